package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operation's figures download carries the tables its page shows, in the officer's language, and in
 * the XLSX the page's charts as Excel's own over the download's rows. Its totals are the page's, for an
 * operation this test makes with its own cases; read back with Apache POI and Commons CSV as a
 * spreadsheet would.
 */
@HubTest
class OperationFiguresDownloadTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "vi, Tính theo kg, Tính theo điếu, Loại hàng, điếu, Ma túy, Thuốc lá, Số vụ theo thời gian, Ngày, Số vụ theo quốc gia trên tuyến, Số lượng, Số vụ việc, Từ ngày",
            "en, In kg, In sticks, Commodity, sticks, Drugs, Tobacco, Cases over time, Day, Cases by route country, Quantity, Cases, From"})
    void theWorkbookHoldsThePagesTotalsAndItsChartsOverItsRowsInTheOfficersLanguage(String language, String inKg,
            String inSticks, String commodity, String sticks, String drugs, String tobacco, String timeline, String day,
            String byRouteCountry, String quantityHeader, String casesHeader, String fromHeader) throws Exception {
        long operation = operationWithItsCases();
        var viewer = new BrowserSession(port);
        viewer.logIn("viewer", "demo");
        String page = viewer.get("/enforcement/operations/" + operation + "?lang=" + language);
        assertThat(page).contains("/enforcement/operations/" + operation + "/figures/export?format=xlsx");

        byte[] xlsx = viewer.download("/enforcement/operations/" + operation + "/figures/export?format=xlsx&lang=" + language);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = headers(sheet);
            assertThat(headers).contains(quantityHeader, "Phase 1", "Phase 2", casesHeader, fromHeader);
            int quantity = headers.indexOf(quantityHeader);
            int phase1 = headers.indexOf("Phase 1");
            int phase2 = headers.indexOf("Phase 2");

            List<Integer> kgRows = rowsOf(sheet, inKg);
            assertThat(kgRows).as("one line per commodity counted in kg").hasSize(1);
            Row drugsInKg = sheet.getRow(kgRows.getFirst());
            assertThat(drugsInKg.getCell(1).getStringCellValue()).isEqualTo(drugs);
            assertThat(number(drugsInKg.getCell(quantity))).as("the page's total")
                    .isEqualByComparingTo(pageTotal(page, "total-drugs-kg", language)).isEqualByComparingTo("15.5");
            assertThat(number(drugsInKg.getCell(phase1))).isEqualByComparingTo("12.5");
            assertThat(number(drugsInKg.getCell(phase2))).isEqualByComparingTo("3");
            Row tobaccoInSticks = sheet.getRow(rowsOf(sheet, inSticks).getFirst());
            assertThat(tobaccoInSticks.getCell(1).getStringCellValue()).isEqualTo(tobacco);
            assertThat(number(tobaccoInSticks.getCell(quantity)))
                    .isEqualByComparingTo(pageTotal(page, "total-tobacco-sticks", language)).isEqualByComparingTo("20000");
            assertThat(number(tobaccoInSticks.getCell(phase1))).as("none in Phase 1").isEqualByComparingTo("0");

            int cases = headers.indexOf(casesHeader);
            assertThat((long) sheet.getRow(1).getCell(cases).getNumericCellValue()).as("all cases, as the page counts them")
                    .isEqualTo(Long.parseLong(cell(page, "id=\"operation-cases\"[^>]*>([^<]*)<")));
            List<Integer> countryRows = rowsOf(sheet, byRouteCountry);
            assertThat(countryRows).hasSize(4);
            for (int r : countryRows) {
                Row row = sheet.getRow(r);
                if (row.getCell(1).getStringCellValue().equals(pageCountryName(page, "LA"))) {
                    assertThat((long) row.getCell(cases).getNumericCellValue()).isEqualTo(3);
                }
            }

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            XSSFChart kgChart = chartTitled(charts, "kg");
            assertThat(axisTitles(kgChart)).containsExactly(commodity, "kg");
            XDDFChartData kgBars = kgChart.getChartSeries().getFirst();
            assertThat(kgBars.getSeriesCount()).as("a series per phase with any in kg").isEqualTo(2);
            assertThat(kgBars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo(range(sheet, kgRows, 1));
            assertThat(kgBars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo(range(sheet, kgRows, phase1));
            assertThat(kgBars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo(range(sheet, kgRows, phase2));
            XSSFChart sticksChart = chartTitled(charts, sticks);
            assertThat(axisTitles(sticksChart)).containsExactly(commodity, sticks);
            assertThat(sticksChart.getChartSeries().getFirst().getSeriesCount()).as("only Phase 2 has sticks").isEqualTo(1);

            XSSFChart timelineChart = charts.stream()
                    .filter(chart -> chart.getTitleText().getString().equals(timeline)).findFirst().orElseThrow();
            assertThat(axisTitles(timelineChart).getFirst()).isEqualTo(day);
            List<Integer> dayRows = rowsOf(sheet, timeline);
            assertThat(dayRows).as("a line a day from the first phase's start to the last's end").hasSize(61);
            var perDay = timelineChart.getChartSeries().getFirst().getSeries(0);
            assertThat(perDay.getValuesData().getDataRangeReference()).isEqualTo(range(sheet, dayRows, cases));
            assertThat(perDay.getCategoryData().getDataRangeReference()).isEqualTo(range(sheet, dayRows, 1));
            long counted = 0;
            for (int r : dayRows) {
                counted += (long) sheet.getRow(r).getCell(cases).getNumericCellValue();
            }
            assertThat(counted).as("every case on the timeline").isEqualTo(3);
            Row firstDay = sheet.getRow(dayRows.getFirst());
            Cell firstDayOf = firstDay.getCell(1);
            assertThat(DateUtil.isCellDateFormatted(firstDayOf)).as("the bucket's first day, a date cell").isTrue();
            assertThat(firstDayOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            Cell from = firstDay.getCell(headers.indexOf(fromHeader));
            assertThat(DateUtil.isCellDateFormatted(from)).as("a date cell").isTrue();
            assertThat(from.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void theCsvHasTheSameLinesWithDaysInIso8601AsEveryCsvExportWritesThem() throws Exception {
        long operation = operationWithItsCases();
        var analyst = new BrowserSession(port);
        analyst.logIn("analyst", "demo");

        String csv = new String(analyst.download("/enforcement/operations/" + operation + "/figures/export?format=csv&lang=vi"),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        Map<String, Integer> header = records.getFirst().getParser().getHeaderMap();
        assertThat(header).containsKeys("Phân loại", "Số lượng", "Phase 1", "Phase 2", "Số vụ việc", "Nơi đi", "Từ ngày");
        CSVRecord drugsInKg = records.stream().filter(r -> r.get("Phân loại").equals("Tính theo kg")).findFirst().orElseThrow();
        assertThat(drugsInKg.get("Số lượng")).isEqualTo("15.5");
        assertThat(drugsInKg.get("Phase 1")).isEqualTo("12.5");
        CSVRecord phase1 = records.stream().filter(r -> r.get("Phân loại").equals("Giai đoạn")
                && r.get(1).equals("Phase 1")).findFirst().orElseThrow();
        assertThat(phase1.get("Từ ngày")).isEqualTo("2026-10-01");
        assertThat(phase1.get("Đến ngày")).isEqualTo("2026-10-31");
        assertThat(records.stream().filter(r -> r.get("Phân loại").equals("Số vụ theo thời gian")).map(r -> r.get(1)).findFirst())
                .as("the timeline's first day").hasValue("2026-10-01");
        assertThat(records.stream().filter(r -> r.get("Phân loại").equals("Số vụ theo thời gian"))
                .mapToLong(r -> Long.parseLong(r.get("Số vụ việc"))).sum()).isEqualTo(3);
        String page = analyst.get("/enforcement/operations/" + operation + "?lang=vi");
        String laos = pageCountryName(page, "LA");
        String hongKong = pageCountryName(page, "HK");
        assertThat(records.stream().filter(r -> r.get("Phân loại").equals("Tuyến vận chuyển: nơi đi, quá cảnh, nơi đến"))
                .map(r -> r.get(1) + " = " + r.get("Số vụ việc")).toList())
                .as("the route flows, each step of a route with its cases")
                .contains("Nơi đi: " + laos + " → Quá cảnh 1: " + hongKong + " = 1", "Nơi đi: " + laos + " → Nơi đến: "
                        + pageCountryName(page, "VN") + " = 1")
                .hasSize(5);
    }

    @Test
    void theDownloadIsForOfficersWhoMayOpenThePageAndNoneIsThereForAnUnknownOperation() {
        long operation = operationWithItsCases();
        String path = "/enforcement/operations/" + operation + "/figures/export?format=xlsx";

        var stranger = new BrowserSession(port);
        var signedIn = new BrowserSession(port);
        signedIn.logIn("viewer", "demo");

        assertThat(stranger.status(path)).as("not signed in: sent to the login, nothing downloaded").isEqualTo(302);
        assertThat(stranger.get(path)).doesNotContain("PK");
        assertThat(signedIn.status("/enforcement/operations/" + operation)).isEqualTo(200);
        assertThat(signedIn.status(path)).as("every officer who may open the page").isEqualTo(200);
        assertThat(signedIn.status("/enforcement/operations/99999999/figures/export?format=csv")).isEqualTo(404);
        assertThat(signedIn.status("/enforcement/operations/" + operation + "/figures/export?format=pdf")).isEqualTo(400);
    }

    /**
     * Mekong Dragon with two phases of October and November 2026 and three cases of its own: 12.5 kg of drugs
     * in Phase 1 from Laos, 3,000 g in Phase 2, 20,000 cigarette sticks in Phase 2, each on its route.
     */
    private long operationWithItsCases() {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/operations", """
                {"name": "Mekong Dragon", "categories": ["drugs", "tobacco"], "partners": ["HK", "LA"],
                 "phases": [{"name": "Phase 1", "from": "2026-10-01", "to": "2026-10-31"},
                            {"name": "Phase 2", "from": "2026-11-01", "to": "2026-11-30"}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long operation = JSON.readTree(response.body()).get("id").asLong();
        tag(operation, Recorded.caseOn(port, onRoute("LA", List.of("HK"), "2026-10-15").with("quantity.value", 12.5)),
                "Phase 1");
        tag(operation, Recorded.caseOn(port, onRoute("LA", List.of(), "2026-11-02")
                .with("quantity", Map.of("value", 3000, "unit", "g"))), "Phase 2");
        tag(operation, Recorded.caseOn(port, onRoute("CN", List.of("LA"), "2026-11-02").with("category", "tobacco")
                .with("hsCode", "240220").with("quantity", Map.of("value", 20000, "unit", "sticks"))), "Phase 2");
        return operation;
    }

    private static NewCase onRoute(String departure, List<String> transit, String date) {
        return NewCase.methamphetamineAtHaiPhong().with("date", date)
                .with("route", Map.of("departure", departure, "transit", transit, "destination", "VN"));
    }

    private void tag(long operation, long caseId, String phase) {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/cases/"
                + caseId + "?phase=" + phase.replace(" ", "%20"), "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** The quantity of a row of the page's totals table, read as the page writes numbers in that language. */
    private static BigDecimal pageTotal(String page, String rowId, String language) throws ParseException {
        String quantity = cell(page, "(?s)id=\"" + rowId + "\">\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>([^<]*)</td>");
        NumberFormat format = NumberFormat.getInstance(Locale.forLanguageTag(language));
        return new BigDecimal(format.parse(quantity).toString());
    }

    private static String pageCountryName(String page, String code) {
        return HtmlUtils.htmlUnescape(cell(page, "(?s)id=\"route-country-" + code + "\">\\s*<td[^>]*>([^<]*)</td>"));
    }

    private static String cell(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1).strip();
    }

    private static BigDecimal number(Cell cell) {
        assertThat(cell.getCellType()).as("a number cell").isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The rows (0-based) whose breakdown, the first column, is {@code breakdown}; they follow one another. */
    private static List<Integer> rowsOf(XSSFSheet sheet, String breakdown) {
        List<Integer> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && breakdown.equals(row.getCell(0).getStringCellValue())) {
                rows.add(row.getRowNum());
            }
        }
        assertThat(rows).as("rows of " + breakdown).isNotEmpty();
        assertThat(rows.getLast() - rows.getFirst() + 1).as("rows of " + breakdown + " together").isEqualTo(rows.size());
        return rows;
    }

    private static XSSFChart chartTitled(List<XSSFChart> charts, String endingIn) {
        return charts.stream().filter(chart -> chart.getTitleText().getString().endsWith(" " + endingIn)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart in " + endingIn + " among "
                        + charts.stream().map(chart -> chart.getTitleText().getString()).toList()));
    }

    private static String range(XSSFSheet sheet, List<Integer> rows, int column) {
        return new CellRangeAddress(rows.getFirst(), rows.getLast(), column, column).formatAsString(sheet.getSheetName(), true);
    }

    /** The category axis's title, then the value axis's, as the chart's XML holds them. */
    private static List<String> axisTitles(XSSFChart chart) {
        var plotArea = chart.getCTChart().getPlotArea();
        return List.of(plotArea.getCatAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT(),
                plotArea.getValAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
    }
}
