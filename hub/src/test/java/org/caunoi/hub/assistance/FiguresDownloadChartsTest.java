package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The figures' XLSX download carries the screen's charts as Excel's own, titled in the officer's language
 * and drawn from the download's rows: a chart's series cover exactly the rows of its breakdown, so Excel
 * redraws it from the figures. Read back with Apache POI, as Excel would open it. Last year is the demo
 * year, with requests received and answered (other tests make theirs this year).
 */
@HubTest
class FiguresDownloadChartsTest extends HubTest.Base {

    private static final int LAST_YEAR = TestHub.today().getYear() - 1;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "vi, 'Yêu cầu đến, theo đối tác', Đối tác, Số yêu cầu, Thời gian trả lời (số ngày từ khi tiếp nhận đến khi trả lời)",
            "en, 'Requests received, per partner', Partner, Requests, Answer time (days from receipt to answer)"})
    void theDownloadHasTheChartsOverItsRowsInTheOfficersLanguage(String language, String perPartner, String partner,
            String requests, String answerTime) throws Exception {
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        byte[] xlsx = liaison.download("/assistance/figures/export?year=" + LAST_YEAR + "&format=xlsx&lang=" + language);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(chart -> chart.getTitleText().getString()).contains(perPartner, answerTime);

            XSSFChart received = charts.stream().filter(chart -> chart.getTitleText().getString().equals(perPartner))
                    .findFirst().orElseThrow();
            assertThat(axisTitles(received)).containsExactly(partner, requests);
            List<Integer> partnerRows = rowsOf(sheet, partner);
            assertThat(partnerRows).as("the download's partner rows").hasSizeGreaterThan(1);
            XDDFChartData bars = received.getChartSeries().getFirst();
            assertThat(bars.getSeriesCount()).as("received, answered, overdue").isEqualTo(3);
            XDDFChartData.Series receivedSeries = bars.getSeries(0);
            assertThat(receivedSeries.getCategoryData().getDataRangeReference())
                    .isEqualTo(range(sheet, partnerRows, 1));
            assertThat(receivedSeries.getValuesData().getDataRangeReference()).isEqualTo(range(sheet, partnerRows, 2));
            assertThat(receivedSeries.getValuesData().getPointCount()).isEqualTo(partnerRows.size());

            XSSFChart answers = charts.stream().filter(chart -> chart.getTitleText().getString().equals(answerTime))
                    .findFirst().orElseThrow();
            List<Integer> barRows = rowsOf(sheet, answerTime);
            assertThat(barRows).as("the answer-time rows").isNotEmpty();
            assertThat(answers.getChartSeries().getFirst().getSeries(0).getValuesData().getDataRangeReference())
                    .as("answered, over the answer-time rows").isEqualTo(range(sheet, barRows, 3));
        }
    }

    /** The rows (0-based) whose breakdown, the first column, is {@code breakdown}; they follow one another. */
    private static List<Integer> rowsOf(XSSFSheet sheet, String breakdown) {
        List<Integer> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && breakdown.equals(row.getCell(0).getStringCellValue())) {
                rows.add(row.getRowNum());
            }
        }
        if (!rows.isEmpty()) {
            assertThat(rows.getLast() - rows.getFirst() + 1).as("rows of " + breakdown + " together").isEqualTo(rows.size());
        }
        return rows;
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
