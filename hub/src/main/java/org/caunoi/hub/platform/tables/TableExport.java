package org.caunoi.hub.platform.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Writes a list as CSV (UTF-8 with a byte order mark, so spreadsheets show Vietnamese right) or XLSX,
 * one header row in the officer's language, then one row per record. Text that a spreadsheet would
 * run as a formula gets a leading apostrophe in CSV; XLSX cells are typed, so they never run.
 * <p>
 * Days and moments are written one way in every export, whatever the columns: in CSV as ISO 8601
 * ({@code 2026-10-01}, {@code 2026-10-01T14:05:31+07:00}), which reads the same in Vietnamese and English
 * and which Excel and programs read back as dates; in XLSX as date cells shown as the screens show them
 * (day first, a moment with its offset). A moment is written in the officers' time zone ({@link #inZone}).
 */
public final class TableExport<T> {

    /** ISO 8601 days in CSV: 01/10/2026 would be 10 January to a reader who puts months first. */
    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** ISO 8601 moments in CSV, to the second, with the zone's offset: never mistaken for UTC. */
    static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    /** XLSX display of a date cell: day first, as the screens and forms write days in either language. */
    static final String XLSX_DATE = "dd/mm/yyyy";
    /** XLSX display of a moment's cell, followed by its offset (a cell has no zone of its own). */
    static final String XLSX_DATE_TIME = "dd/mm/yyyy hh:mm:ss";

    /** A column and how to take its value from a record: text, a number, a day, a moment, a boolean or null. */
    public record Column<T>(TableColumn column, Function<T, @Nullable Object> value) {
    }

    private final List<Column<T>> columns;
    private final @Nullable ZoneId zone;

    private TableExport(List<Column<T>> columns, @Nullable ZoneId zone) {
        this.columns = List.copyOf(columns);
        this.zone = zone;
    }

    public static <T> TableExport<T> of(List<Column<T>> columns) {
        return new TableExport<>(columns, null);
    }

    /**
     * The export writing moments ({@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}) in this
     * zone, the officers' ({@code Times.zone()}); an export without one refuses a moment rather than guess.
     */
    public TableExport<T> inZone(ZoneId officersZone) {
        return new TableExport<>(columns, officersZone);
    }

    public static <T> Column<T> column(String name, String headerKey, Function<T, @Nullable Object> value) {
        return new Column<>(new TableColumn(name, headerKey), value);
    }

    public void write(List<T> rows, TableFormat format, OutputStream out, MessageSource messages, Locale locale) {
        write(rows, format, out, messages, locale, "CauNoi");
    }

    /** The rows, a sheet named {@code sheetName} in XLSX (Excel allows 31 characters, none of {@code []:*?/\}). */
    public void write(List<T> rows, TableFormat format, OutputStream out, MessageSource messages, Locale locale,
            String sheetName) {
        List<String> headers = columns.stream()
                .map(c -> messages.getMessage(c.column().headerKey(), null, c.column().name(), locale)).toList();
        try {
            if (format == TableFormat.CSV) {
                csv(rows, headers, out);
            }
            else {
                xlsx(rows, headers, out, sheetName);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as a download named {@code baseName.csv} or {@code baseName.xlsx}. */
    public ResponseEntity<byte[]> response(List<T> rows, TableFormat format, String baseName, MessageSource messages,
            Locale locale) {
        return response(rows, format, baseName, messages, locale, List.of());
    }

    /** The rows as a download, the XLSX one with these charts beside the table (a CSV has none). */
    public ResponseEntity<byte[]> response(List<T> rows, TableFormat format, String baseName, MessageSource messages,
            Locale locale, List<TableChart> charts) {
        var out = new ByteArrayOutputStream();
        write(rows, format, out, messages, locale, baseName);
        byte[] body = format == TableFormat.XLSX && !charts.isEmpty()
                ? XlsxCharts.add(out.toByteArray(), charts, columns.stream().map(c -> c.column().name()).toList())
                : out.toByteArray();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private void csv(List<T> rows, List<String> headers, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(headers);
            for (T row : rows) {
                List<String> cells = new ArrayList<>(columns.size());
                for (Column<T> column : columns) {
                    cells.add(csvCell(moment(column.value().apply(row))));
                }
                printer.printRecord(cells);
            }
        }
    }

    private static String csvCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return CSV_DATE.format(day);
        }
        if (value instanceof ZonedDateTime moment) {
            return CSV_DATE_TIME.format(moment);
        }
        String text = value.toString();
        return value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void xlsx(List<T> rows, List<String> headers, OutputStream out, String sheetName)
            throws IOException {
        Workbook workbook = new Workbook(out, "CauNoi", "1.0");
        String safeName = sheetName.replaceAll("[\\[\\]:*?/\\\\]", "-");
        Worksheet sheet = workbook.newWorksheet(safeName.substring(0, Math.min(31, safeName.length())));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        boolean[] dateColumns = new boolean[columns.size()];
        boolean[] momentColumns = new boolean[columns.size()];
        // A zone without summer time has one offset, so a column of its moments takes one style.
        boolean oneOffset = zone == null || zone.getRules().isFixedOffset();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = moment(columns.get(c).value().apply(rows.get(r)));
                xlsxCell(sheet, r + 1, c, value);
                dateColumns[c] |= value instanceof LocalDate;
                if (value instanceof ZonedDateTime moment) {
                    momentColumns[c] = true;
                    if (!oneOffset) {
                        sheet.style(r + 1, c).format(xlsxMomentFormat(moment.getOffset())).set();
                    }
                }
            }
        }
        // One style per date column, not per cell: FastExcel pays for every cell style (measured 4x slower).
        for (int c = 0; c < columns.size(); c++) {
            if (dateColumns[c]) {
                sheet.range(1, c, rows.size(), c).style().format(XLSX_DATE).set();
            }
            if (momentColumns[c] && oneOffset && zone != null) {
                sheet.range(1, c, rows.size(), c).style().format(xlsxMomentFormat(zone.getRules().getOffset(Instant.EPOCH))).set();
            }
        }
        workbook.finish();
    }

    /**
     * The format of a moment's cell, shown as the screens write a moment ({@code 30/11/2026 23:30:45 UTC+07:00}).
     * The offset's characters escaped one by one, not quoted: FastExcel writes a format's quotes unescaped into
     * the workbook's XML, which then no longer opens.
     */
    private static String xlsxMomentFormat(ZoneOffset offset) {
        String literal = "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
        var format = new StringBuilder(XLSX_DATE_TIME).append(' ');
        literal.chars().forEach(character -> format.append('\\').append((char) character));
        return format.toString();
    }

    /** A moment as the officers' clocks showed it, to the second; any other value as it is. */
    private @Nullable Object moment(@Nullable Object value) {
        Instant instant = switch (value) {
            case Instant at -> at;
            case OffsetDateTime at -> at.toInstant();
            case ZonedDateTime at -> at.toInstant();
            case null, default -> null;
        };
        if (instant == null) {
            return value;
        }
        if (zone == null) {
            throw new IllegalStateException("A moment in a table export needs the officers' time zone: "
                    + "call TableExport.inZone(times.zone()) before writing " + value);
        }
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone);
    }

    private static void xlsxCell(Worksheet sheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> {
            }
            case Number number -> sheet.value(r, c, number);
            case Boolean bool -> sheet.value(r, c, bool);
            case LocalDate date -> sheet.value(r, c, date);
            // Excel keeps no zone: the cell holds the officers' clock time, its format names the offset.
            case ZonedDateTime moment -> sheet.value(r, c, moment.toLocalDateTime());
            default -> sheet.value(r, c, value.toString());
        }
    }
}
