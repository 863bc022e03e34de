package org.caunoi.hub.platform.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a CSV file or an XLSX workbook's first sheet as lines of text cells, numbered as the officer
 * sees them in a spreadsheet. XLSX dates become yyyy-mm-dd and numbers plain decimals, so one set of
 * cell readers serves both formats.
 */
final class SheetCells {

    /** What a formula-guarded export put before a value; taken off again on the way in. */
    static final Pattern GUARDED = Pattern.compile("^'[=+\\-@\t\r]");

    private static final Pattern DATE_FORMAT = Pattern.compile("[dy]", Pattern.CASE_INSENSITIVE);

    record Line(int number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private SheetCells() {
    }

    /**
     * Reads the header and at most {@code maxLines} non-blank lines after it: a file with more holds
     * more than can be imported, and reading on would only spend memory on rows that will be refused.
     */
    static List<Line> read(InputStream in, TableFormat format, int maxLines) throws IOException {
        var lines = new Lines(maxLines);
        if (format == TableFormat.CSV) {
            csv(in, lines);
        }
        else {
            xlsx(in, lines);
        }
        return lines.read;
    }

    /** The lines read so far, and whether the limit is reached. */
    private static final class Lines {
        private final List<Line> read = new ArrayList<>();
        private final int maxLines;
        private int nonBlankAfterHeader;

        Lines(int maxLines) {
            this.maxLines = maxLines;
        }

        /** Adds a line; false once the header and {@code maxLines} non-blank lines are in. */
        boolean add(Line line) {
            read.add(line);
            if (read.size() > 1 && !line.blank()) {
                nonBlankAfterHeader++;
            }
            return nonBlankAfterHeader < maxLines;
        }
    }

    private static void csv(InputStream in, Lines lines) throws IOException {
        var buffered = new BufferedInputStream(in);
        skipByteOrderMark(buffered);
        Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8);
        var headerPeek = new java.io.BufferedReader(reader);
        headerPeek.mark(64 * 1024);
        String first = headerPeek.readLine();
        headerPeek.reset();
        // Spreadsheets set to a decimal comma (Vietnamese among them) save CSV with semicolons.
        char delimiter = first != null && first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(headerPeek)) {
            long line = 1;
            for (CSVRecord record : parser) {
                if (!lines.add(new Line(Math.toIntExact(line), record.stream().map(SheetCells::unguard).toList()))) {
                    return;
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        }
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    private static void xlsx(InputStream in, Lines lines) throws IOException {
        try (var workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    if (!lines.add(new Line(row.getRowNum(), cells))) {
                        return;
                    }
                }
            }
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString()
                    : ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.asBoolean());
            case STRING -> cell.asString();
            case EMPTY -> "";
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "")).find()
                && !format.toLowerCase(Locale.ROOT).equals("general");
    }

    private static String unguard(String value) {
        return GUARDED.matcher(value).find() ? value.substring(1) : value;
    }
}
