package org.caunoi.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with Apache Commons CSV into rows that know the line they start on, so a
 * problem can be reported as file:line even when quoted fields span lines.
 */
final class CsvRows {

    record Row(long line, List<String> values) {
        String get(int i) {
            return i < values.size() ? values.get(i) : "";
        }
    }

    private CsvRows() {
    }

    /** All rows; a broken quote ends the file with a problem reported at its line. */
    static List<Row> read(Path file, boolean skipHeader, ProblemLog log) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        // InputStreamReader replaces undecodable bytes: OFAC's files are not always clean UTF-8
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    if (skipHeader && record.getRecordNumber() == 1) {
                        continue;
                    }
                    // OFAC ends its files with a DOS end-of-file mark (Ctrl-Z) on a line of its own
                    if (record.size() == 1 && record.get(0).replace("\u001A", "").isBlank()) {
                        continue;
                    }
                    rows.add(new Row(start, record.toList()));
                } catch (UncheckedIOException | IllegalStateException e) {
                    log.report(file.toString(), start, "unreadable CSV: " + rootMessage(e));
                    break;
                }
            }
        } catch (IOException e) {
            throw log.fatal(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        return rows;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
