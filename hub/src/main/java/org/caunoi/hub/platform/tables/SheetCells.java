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

    /** The longest text a spreadsheet cell holds (Excel's own limit); a longer one is no table of ours. */
    static final int MAX_CELL_LENGTH = 32_767;
    /**
     * How large a workbook may grow when unzipped. A small upload can unzip to gigabytes (one shared
     * string of 1.8 GB fits in 1.8 MB zipped), and the reader keeps the shared strings in memory; a
     * sheet of the largest import the hub takes unzips to a few tens of megabytes.
     */
    static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

    /** A file refused for its size as it is read: a message key and its arguments, for the officer. */
    static final class TooLarge extends IOException {
        final String key;
        final transient Object[] arguments;

        TooLarge(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments;
        }
    }

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
                List<String> cells = record.stream().map(SheetCells::unguard).toList();
                checkCellLengths(Math.toIntExact(line), cells);
                if (!lines.add(new Line(Math.toIntExact(line), cells))) {
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

    private static void checkCellLengths(int line, List<String> cells) throws TooLarge {
        for (String cell : cells) {
            if (cell.length() > MAX_CELL_LENGTH) {
                throw new TooLarge("platform.tables.cell-too-long", line, MAX_CELL_LENGTH);
            }
        }
    }

    /**
     * Unzips the workbook once, counting, before the reader sees it: nothing is kept but the count.
     * Through {@link java.util.zip.ZipFile}, which reads the entries by the central directory: a
     * workbook's stored entries with trailing descriptors are beyond {@code ZipInputStream}.
     */
    private static void checkUnzippedSize(byte[] workbook) throws IOException {
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("caunoi-import-", ".xlsx");
        try {
            java.nio.file.Files.write(copy, workbook);
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (var zip = new java.util.zip.ZipFile(copy.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements();) {
                    try (InputStream entry = zip.getInputStream(entries.nextElement())) {
                        for (int n; (n = entry.read(buffer)) > 0;) {
                            total += n;
                            if (total > MAX_UNZIPPED_BYTES) {
                                throw new TooLarge("platform.tables.unzips-too-large", MAX_UNZIPPED_BYTES / (1024 * 1024));
                            }
                        }
                    }
                }
            }
        }
        finally {
            java.nio.file.Files.deleteIfExists(copy);
        }
    }

    private static void xlsx(InputStream in, Lines lines) throws IOException {
        byte[] bytes = in.readAllBytes();
        checkUnzippedSize(bytes);
        try (var workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    checkCellLengths(row.getRowNum(), cells);
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
