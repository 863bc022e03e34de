package org.caunoi.hub.platform.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Import with a report per row, nothing taken from a file with problems unless asked; export that reads back. */
class TablesInAndOutTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** A test record as a seizure list would carry it. */
    record SeizureLine(String reference, int quantity, LocalDate seizedOn, String note) {
    }

    static final List<TableColumn> COLUMNS = List.of(new TableColumn("reference", "platform.tables.test.reference"),
            new TableColumn("quantity", "platform.tables.test.quantity"),
            new TableColumn("seized-on", "platform.tables.test.seized-on"),
            new TableColumn("note", "platform.tables.test.note"));

    final ResourceBundleMessageSource messages = bundles();

    final TableImport<SeizureLine> seizures = TableImport.of(COLUMNS, row -> {
        String reference = row.required("reference");
        Integer quantity = row.integer("quantity");
        if (row.text("quantity").isEmpty()) {
            row.problem("quantity", "platform.tables.required");
        }
        LocalDate seizedOn = row.date("seized-on");
        return new SeizureLine(String.valueOf(reference), quantity == null ? 0 : quantity,
                seizedOn == null ? LocalDate.MIN : seizedOn, row.text("note"));
    }, messages);

    static final String CSV_WITH_BAD_ROWS = """
            reference,quantity,seized-on,note
            HP-001,12,2026-11-30,cigarettes
            HP-002,ten,2026-12-01,
            ,3,Nov 30,no reference
            
            HP-004,1,2026-12-02,ivory
            """;

    @Test
    void aFileWithBadRowsReportsEachProblemByLineAndColumnAndImportsNothing() {
        ImportReport<SeizureLine> report = seizures.read(csv(CSV_WITH_BAD_ROWS), TableFormat.CSV);

        assertThat(report.problems()).extracting(TableProblem::line, TableProblem::column, TableProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "quantity", "platform.tables.not-a-number"),
                        org.assertj.core.groups.Tuple.tuple(4, "reference", "platform.tables.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "seized-on", "platform.tables.not-a-date"));
        assertThat(report.accepted(ImportChoice.ALL_OR_NOTHING)).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(4);
    }

    @Test
    void problemsAreWordedInTheOfficersLanguage() {
        ImportReport<SeizureLine> report = seizures.read(csv(CSV_WITH_BAD_ROWS), TableFormat.CSV);

        assertThat(report.lines(messages, Locale.ENGLISH).getFirst().message()).isEqualTo("'ten' is not a whole number.");
        assertThat(report.lines(messages, VI).getFirst().message()).isEqualTo("'ten' không phải là số nguyên.");
    }

    @Test
    void validRowsOnlyImportsTheRowsWithoutProblems() {
        ImportReport<SeizureLine> report = seizures.read(csv(CSV_WITH_BAD_ROWS), TableFormat.CSV);

        assertThat(report.accepted(ImportChoice.VALID_ROWS_ONLY)).extracting(SeizureLine::reference)
                .containsExactly("HP-001", "HP-004");
    }

    @Test
    void aCleanFileImportsEveryRow() {
        ImportReport<SeizureLine> report = seizures.read(csv("""
                reference;quantity;seized-on;note
                HP-001;12;2026-11-30;semicolons, as a Vietnamese spreadsheet saves them
                """), TableFormat.CSV);

        assertThat(report.problems()).isEmpty();
        assertThat(report.accepted(ImportChoice.ALL_OR_NOTHING)).containsExactly(new SeizureLine("HP-001", 12,
                LocalDate.of(2026, 11, 30), "semicolons, as a Vietnamese spreadsheet saves them"));
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        ImportReport<SeizureLine> report = seizures.read(csv("reference,quantity,note\nHP-001,1,x\n"), TableFormat.CSV);

        assertThat(report.problems()).containsExactly(new TableProblem(1, "seized-on", "platform.tables.missing-column",
                List.of("seized-on")));
        assertThat(report.accepted(ImportChoice.VALID_ROWS_ONLY)).isEmpty();
    }

    @Test
    void anOptionalColumnTheFileLacksReadsEmptyAndOneItHasIsRead() {
        List<TableColumn> withOptionalNote = List.of(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(2),
                TableColumn.optional("note", "platform.tables.test.note"));
        TableImport<SeizureLine> optionalNote = TableImport.of(withOptionalNote, row -> new SeizureLine(row.text("reference"),
                1, LocalDate.MIN, row.text("note")), messages);

        assertThat(optionalNote.read(csv("reference,quantity,seized-on\nHP-001,1,2026-11-30\n"), TableFormat.CSV).validRows())
                .extracting(SeizureLine::note).containsExactly("");
        assertThat(optionalNote.read(csv("note,reference,quantity,seized-on\nivory,HP-001,1,2026-11-30\n"), TableFormat.CSV)
                .validRows()).extracting(SeizureLine::note).containsExactly("ivory");
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWithoutReadingItToTheEnd() {
        // A stream with no end: the import must stop one row past its limit, not after the last row.
        var endless = new InputStream() {
            private final byte[] header = "reference,quantity,seized-on,note\n".getBytes(StandardCharsets.US_ASCII);
            private final byte[] row = "HP-001,12,2026-11-30,cigarettes\n".getBytes(StandardCharsets.US_ASCII);
            long position;

            @Override
            public int read() {
                long at = position++;
                return at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
            }
        };

        ImportReport<SeizureLine> report = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> seizures.withMaxRows(100).read(endless, TableFormat.CSV));

        assertThat(report.problems()).extracting(TableProblem::messageKey).containsExactly("platform.tables.too-many-rows");
        assertThat(report.accepted(ImportChoice.VALID_ROWS_ONLY)).isEmpty();
        assertThat(endless.position).isLessThan(64 * 1024 + 101 * 32L);
    }

    @Test
    void aFileAtTheRowLimitIsImportedWhole() {
        var lines = new StringBuilder("reference,quantity,seized-on,note\n");
        for (int i = 0; i < 100; i++) {
            lines.append("HP-").append(i).append(",1,2026-11-30,\n\n");
        }

        ImportReport<SeizureLine> report = seizures.withMaxRows(100).read(csv(lines.toString()), TableFormat.CSV);

        assertThat(report.problems()).isEmpty();
        assertThat(report.accepted(ImportChoice.ALL_OR_NOTHING)).hasSize(100);
    }

    @Test
    void anXlsxFileIsReportedByTheRowNumbersTheSpreadsheetShows() throws IOException {
        var out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("s");
        List<List<Object>> rows = List.of(List.of("reference", "quantity", "seized-on", "note"),
                List.of("HP-001", 12, LocalDate.of(2026, 11, 30), "ok"),
                List.of("HP-002", 1.5, "yesterday", ""));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                switch (rows.get(r).get(c)) {
                    case Number n -> sheet.value(r, c, n);
                    case LocalDate d -> {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    }
                    case Object o -> sheet.value(r, c, o.toString());
                }
            }
        }
        workbook.finish();

        ImportReport<SeizureLine> report = seizures.read(new ByteArrayInputStream(out.toByteArray()), TableFormat.XLSX);

        assertThat(report.problems()).extracting(TableProblem::line, TableProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "quantity"),
                        org.assertj.core.groups.Tuple.tuple(3, "seized-on"));
        assertThat(report.accepted(ImportChoice.VALID_ROWS_ONLY))
                .containsExactly(new SeizureLine("HP-001", 12, LocalDate.of(2026, 11, 30), "ok"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedUnreadable() {
        ImportReport<SeizureLine> report = seizures.read(csv("reference,quantity\n"), TableFormat.XLSX);

        assertThat(report.problems()).extracting(TableProblem::messageKey).containsExactly("platform.tables.unreadable");
    }

    @Test
    void aWorkbookThatUnzipsToMoreThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        // A third of a megabyte zipped, more than the limit unzipped: what a zip bomb looks like.
        var zipped = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] letters = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= SheetCells.MAX_UNZIPPED_BYTES; written += letters.length) {
                zip.write(letters);
            }
            zip.closeEntry();
        }
        assertThat(zipped.size()).isLessThan(1024 * 1024);

        ImportReport<SeizureLine> report = seizures.read(new ByteArrayInputStream(zipped.toByteArray()), TableFormat.XLSX);

        assertThat(report.problems()).extracting(TableProblem::messageKey).containsExactly("platform.tables.unzips-too-large");
        assertThat(report.problems().getFirst().message(messages, Locale.ENGLISH)).contains("unzips to more than 200 MB");
    }

    @Test
    void aCellLongerThanASpreadsheetHoldsIsRefusedNamingItsLine() {
        ImportReport<SeizureLine> report = seizures.read(csv("reference,quantity,seized-on,note\n"
                + "HP-001,1,2026-11-30,ok\nHP-002,1,2026-11-30," + "x".repeat(SheetCells.MAX_CELL_LENGTH + 1) + "\n"), TableFormat.CSV);

        assertThat(report.problems()).extracting(TableProblem::line, TableProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "platform.tables.cell-too-long"));
        assertThat(report.problems().getFirst().message(messages, Locale.of("vi"))).startsWith("Dòng 3 có ô dài hơn 32.767 ký tự");
    }

    static final List<SeizureLine> LINES = List.of(
            new SeizureLine("HP-001", 12, LocalDate.of(2026, 11, 30), "thuốc lá, \"Jet\""),
            new SeizureLine("HP-002", -3, LocalDate.of(2026, 12, 1), "=HYPERLINK(\"http://evil\")"));

    static final TableExport<SeizureLine> EXPORT = TableExport.of(List.of(
            TableExport.column("reference", "platform.tables.test.reference", SeizureLine::reference),
            TableExport.column("quantity", "platform.tables.test.quantity", SeizureLine::quantity),
            TableExport.column("seized-on", "platform.tables.test.seized-on", SeizureLine::seizedOn),
            TableExport.column("note", "platform.tables.test.note", SeizureLine::note)));

    @Test
    void anExportReadsBackAsTheSameRecordsInBothFormats() {
        for (TableFormat format : TableFormat.values()) {
            var out = new ByteArrayOutputStream();
            EXPORT.write(LINES, format, out, messages, VI);

            ImportReport<SeizureLine> report = seizures.read(new ByteArrayInputStream(out.toByteArray()), format);

            assertThat(report.problems()).as(format.name()).isEmpty();
            assertThat(report.accepted(ImportChoice.ALL_OR_NOTHING)).as(format.name()).isEqualTo(LINES);
        }
    }

    @Test
    void anXlsxExportOpensWithTranslatedHeadersAndTypedCells() throws IOException {
        var out = new ByteArrayOutputStream();
        EXPORT.write(LINES, TableFormat.XLSX, out, messages, Locale.ENGLISH);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Reference");
            assertThat(rows.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(12));
            assertThat(rows.get(2).getCellAsString(3)).hasValue("=HYPERLINK(\"http://evil\")");
        }
    }

    @Test
    void aCsvExportKeepsFormulasFromRunningAndStartsWithAByteOrderMark() {
        var out = new ByteArrayOutputStream();
        EXPORT.write(LINES, TableFormat.CSV, out, messages, VI);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFSố tham chiếu,");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains(",-3,");
    }

    /** A seizure as recorded: the day it happened, and the moment an officer wrote it down. */
    record Recorded(String reference, LocalDate seizedOn, Instant recordedAt) {
    }

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    static final TableExport<Recorded> RECORDED = TableExport.of(List.of(
            TableExport.column("reference", "platform.tables.test.reference", Recorded::reference),
            TableExport.column("seized-on", "platform.tables.test.seized-on", Recorded::seizedOn),
            TableExport.column("recorded-at", "platform.tables.test.recorded-at", Recorded::recordedAt)));

    /** 30 November at 23:30 in Hanoi is still the 30th there, and already past midnight nowhere near UTC. */
    static final Recorded LATE_EVENING = new Recorded("HP-009", LocalDate.of(2026, 11, 30),
            Instant.parse("2026-11-30T16:30:45.123Z"));

    @Test
    void aCsvWritesDaysAndMomentsInIso8601TheMomentInTheOfficersZoneWithItsOffset() throws IOException {
        for (Locale locale : List.of(VI, Locale.ENGLISH)) {
            var out = new ByteArrayOutputStream();
            RECORDED.inZone(HANOI).write(List.of(LATE_EVENING), TableFormat.CSV, out, messages, locale);

            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(1)).as(locale.toString()).isEqualTo("HP-009,2026-11-30,2026-11-30T23:30:45+07:00");
        }
    }

    @Test
    void anXlsxHasDateCellsShownDayFirstAndMomentsAsTheOfficersClockShowedThemWithTheOffset() throws IOException {
        var out = new ByteArrayOutputStream();
        RECORDED.inZone(HANOI).write(List.of(LATE_EVENING), TableFormat.XLSX, out, messages, VI);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            Cell day = row.getCell(1);
            Cell moment = row.getCell(2);
            assertThat(DateUtil.isCellDateFormatted(day)).as("a date cell").isTrue();
            assertThat(day.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 0, 0));
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            // The officers' clock time as Excel's day number; POI's guess at date formats misses escaped letters, Excel's does not.
            assertThat(moment.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDateTime.of(2026, 11, 30, 23, 30, 45)));
            assertThat(moment.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm:ss \\U\\T\\C\\+\\0\\7\\:\\0\\0");
        }
    }

    @Test
    void inAZoneWithSummerTimeEachMomentIsShownWithItsOwnOffset() throws IOException {
        var out = new ByteArrayOutputStream();
        List<Recorded> winterAndSummer = List.of(new Recorded("FR-1", LocalDate.of(2026, 1, 15), Instant.parse("2026-01-15T09:00:00Z")),
                new Recorded("FR-2", LocalDate.of(2026, 7, 15), Instant.parse("2026-07-15T09:00:00Z")));
        RECORDED.inZone(ZoneId.of("Europe/Paris")).write(winterAndSummer, TableFormat.XLSX, out, messages, Locale.ENGLISH);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell winter = workbook.getSheetAt(0).getRow(1).getCell(2);
            Cell summer = workbook.getSheetAt(0).getRow(2).getCell(2);
            assertThat(winter.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDateTime.of(2026, 1, 15, 10, 0)));
            assertThat(winter.getCellStyle().getDataFormatString()).endsWith("\\U\\T\\C\\+\\0\\1\\:\\0\\0");
            assertThat(summer.getNumericCellValue()).isEqualTo(DateUtil.getExcelDate(LocalDateTime.of(2026, 7, 15, 11, 0)));
            assertThat(summer.getCellStyle().getDataFormatString()).endsWith("\\U\\T\\C\\+\\0\\2\\:\\0\\0");
        }
    }

    @Test
    void anExportWithoutTheOfficersZoneRefusesAMomentRatherThanGuessIt() {
        assertThatThrownBy(() -> RECORDED.write(List.of(LATE_EVENING), TableFormat.CSV, new ByteArrayOutputStream(), messages, VI))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inZone");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/platform/messages", "i18n/test-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
