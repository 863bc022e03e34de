package org.caunoi.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CauNoi's own list CSV, {@code entry_id,name,type,country,dob,identifier} with a header;
 * several rows with one entry_id are that entry's aliases, the first row giving its primary name.
 */
final class OwnCsvReader {

    static final List<String> HEADER = List.of("entry_id", "name", "type", "country", "dob", "identifier");

    private OwnCsvReader() {
    }

    static LoadResult read(Path file, String list, LoadMode mode) {
        ProblemLog log = new ProblemLog(mode);
        String name = file.toString();
        Map<String, Rows> byId = new LinkedHashMap<>();
        List<CsvRows.Row> rows = CsvRows.read(file, false, log);
        if (!rows.isEmpty() && !rows.getFirst().values().getFirst().strip().toLowerCase().equals("entry_id")) {
            throw log.fatal(name, rows.getFirst().line(), "expected header " + String.join(",", HEADER));
        }
        for (CsvRows.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String problem = check(row);
            if (problem != null) {
                log.report(name, row.line(), problem);
                continue;
            }
            byId.computeIfAbsent(row.get(0).strip(), k -> new Rows()).rows.add(row);
        }
        List<WatchlistEntry> entries = new ArrayList<>();
        byId.forEach((id, group) -> entries.add(group.toEntry(id, list)));
        return log.result(entries);
    }

    private static String check(CsvRows.Row row) {
        if (row.values().size() < 2 || row.values().size() > HEADER.size()) {
            return "expected 2 to 6 fields (" + String.join(",", HEADER) + "), found " + row.values().size();
        }
        if (row.get(0).isBlank() || row.get(1).isBlank()) {
            return "entry_id and name are required";
        }
        try {
            EntryType.parse(row.get(2));
            if (!row.get(5).isBlank()) {
                Identifier.parse(row.get(5));
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The rows of one entry: the first gives type, country and date of birth unless a later one adds them. */
    private static final class Rows {
        final List<CsvRows.Row> rows = new ArrayList<>();

        WatchlistEntry toEntry(String id, String list) {
            List<String> names = new ArrayList<>();
            List<Identifier> identifiers = new ArrayList<>();
            EntryType type = null;
            String country = null;
            String dob = null;
            for (CsvRows.Row row : rows) {
                names.add(row.get(1));
                type = type != null ? type : EntryType.parse(row.get(2));
                country = country != null || row.get(3).isBlank() ? country : row.get(3).strip();
                dob = dob != null || row.get(4).isBlank() ? dob : row.get(4).strip();
                if (!row.get(5).isBlank()) {
                    Identifier identifier = Identifier.parse(row.get(5));
                    if (!identifiers.contains(identifier)) {
                        identifiers.add(identifier);
                    }
                }
            }
            return new WatchlistEntry(id, list, type, names, country, dob, identifiers);
        }
    }
}
