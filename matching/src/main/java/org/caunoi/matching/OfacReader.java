package org.caunoi.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OFAC SDN list as OFAC publishes it in CSV: {@code sdn.csv} (primary names),
 * {@code alt.csv} (aliases) and {@code add.csv} (addresses, for the country), with or without an
 * {@code ofac-} prefix. Birth year, IMO numbers and passports come out of the remarks field.
 */
final class OfacReader {

    private static final String NULL = "-0-";
    private static final Pattern DOB = Pattern.compile("DOB ([^;.]+)");
    private static final Pattern IMO = Pattern.compile("IMO (\\d{7})");
    private static final Pattern PASSPORT = Pattern.compile("Passport ([A-Z0-9][A-Z0-9-]{4,})");

    private OfacReader() {
    }

    static LoadResult read(Path folder, LoadMode mode) {
        ProblemLog log = new ProblemLog(mode);
        Path sdn = find(folder, "sdn.csv", log);
        Map<String, Builder> entries = new LinkedHashMap<>();
        for (CsvRows.Row row : CsvRows.read(sdn, false, log)) {
            if (row.values().size() != 12 || !row.get(0).matches("\\d+") || value(row.get(1)) == null) {
                log.report(sdn.toString(), row.line(), "expected 12 fields: ent_num,SDN_Name,SDN_Type,...,Remarks");
                continue;
            }
            entries.put(row.get(0), new Builder(row));
        }
        Path alt = find(folder, "alt.csv", log);
        for (CsvRows.Row row : CsvRows.read(alt, false, log)) {
            Builder entry = entries.get(row.get(0));
            if (row.values().size() != 5 || entry == null || value(row.get(3)) == null) {
                log.report(alt.toString(), row.line(), entry == null && row.values().size() == 5
                        ? "alias of unknown entity " + row.get(0) : "expected 5 fields: ent_num,alt_num,alt_type,alt_name,remarks");
                continue;
            }
            entry.names.add(row.get(3));
        }
        Path add = findOptional(folder, "add.csv");
        if (add != null) {
            for (CsvRows.Row row : CsvRows.read(add, false, log)) {
                Builder entry = entries.get(row.get(0));
                if (row.values().size() != 6) {
                    log.report(add.toString(), row.line(), "expected 6 fields: ent_num,add_num,address,city,country,remarks");
                    continue;
                }
                if (entry != null && entry.country == null) {
                    entry.country = value(row.get(4));
                }
            }
        }
        List<WatchlistEntry> result = new ArrayList<>(entries.size());
        entries.values().forEach(b -> result.add(b.build()));
        return log.result(result);
    }

    private static Path find(Path folder, String name, ProblemLog log) {
        Path found = findOptional(folder, name);
        if (found == null) {
            throw log.fatal(folder.resolve(name).toString(), 0, "missing: neither " + name + " nor ofac-" + name);
        }
        return found;
    }

    private static Path findOptional(Path folder, String name) {
        for (String candidate : new String[] {name, "ofac-" + name}) {
            Path p = folder.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static String value(String field) {
        String v = field.strip();
        return v.isEmpty() || v.equals(NULL) ? null : v;
    }

    /** An SDN row and the aliases and address gathered for it. */
    private static final class Builder {
        final String id;
        final EntryType type;
        final List<String> names = new ArrayList<>();
        final String remarks;
        final String flag;
        String country;

        Builder(CsvRows.Row row) {
            id = row.get(0);
            names.add(row.get(1));
            type = switch (row.get(2).strip()) {
                case "individual" -> EntryType.PERSON;
                case "vessel" -> EntryType.VESSEL;
                case "aircraft" -> EntryType.AIRCRAFT;
                default -> EntryType.ORGANISATION;
            };
            remarks = value(row.get(11));
            flag = value(row.get(9));
        }

        WatchlistEntry build() {
            List<Identifier> identifiers = new ArrayList<>();
            String dob = null;
            if (remarks != null) {
                Matcher m = IMO.matcher(remarks);
                while (m.find()) {
                    // OFAC's data carries a few numbers with wrong check digits: they identify nothing
                    if (ImoNumber.isValid(m.group(1))) {
                        identifiers.add(Identifier.imo(m.group(1)));
                    }
                }
                m = PASSPORT.matcher(remarks);
                while (m.find()) {
                    identifiers.add(Identifier.passport(m.group(1)));
                }
                m = DOB.matcher(remarks);
                if (m.find()) {
                    dob = m.group(1).strip();
                }
            }
            return new WatchlistEntry(id, "ofac", type, names, country != null ? country : flag, dob, identifiers);
        }
    }
}
