package org.caunoi.hub.platform.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 */
public final class TableExport<T> {

    /** A column and how to take its value from a record: text, a number, a date, a boolean or null. */
    public record Column<T>(TableColumn column, Function<T, @Nullable Object> value) {
    }

    private final List<Column<T>> columns;

    private TableExport(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <T> TableExport<T> of(List<Column<T>> columns) {
        return new TableExport<>(columns);
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
                    cells.add(csvCell(column.value().apply(row)));
                }
                printer.printRecord(cells);
            }
        }
    }

    private static String csvCell(@Nullable Object value) {
        if (value == null) {
            return "";
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
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(rows.get(r));
                xlsxCell(sheet, r + 1, c, value);
                dateColumns[c] |= value instanceof LocalDate;
            }
        }
        // One style per date column, not per cell: FastExcel pays for every cell style (measured 4x slower).
        for (int c = 0; c < dateColumns.length; c++) {
            if (dateColumns[c]) {
                // Day first in either language, as the hub's screens and forms write dates.
                sheet.range(1, c, rows.size(), c).style().format("dd/mm/yyyy").set();
            }
        }
        workbook.finish();
    }

    private static void xlsxCell(Worksheet sheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> {
            }
            case Number number -> sheet.value(r, c, number);
            case Boolean bool -> sheet.value(r, c, bool);
            case LocalDate date -> sheet.value(r, c, date);
            default -> sheet.value(r, c, value.toString());
        }
    }
}
