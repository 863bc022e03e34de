package org.caunoi.hub.platform.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Adds native charts to a workbook FastExcel wrote. FastExcel streams large tables in little memory but
 * writes no charts; Apache POI draws them, and the workbooks that carry charts (a year's figures, a few
 * dozen rows) are small enough to open whole. The charts refer to the table's cells, so Excel redraws
 * them when an officer corrects a figure.
 */
final class XlsxCharts {

    /** A chart's size in cells, and the gap between two charts. */
    private static final int WIDTH = 10;
    private static final int HEIGHT = 18;
    private static final int GAP = 2;

    private XlsxCharts() {
    }

    /** The workbook with each chart (having rows) below the previous, to the right of the table's columns. */
    static byte[] add(byte[] xlsx, List<TableChart> charts, List<String> columnNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            int left = columnNames.size() + 1;
            int top = 0;
            for (TableChart chart : charts) {
                if (!chart.hasRows()) {
                    continue;
                }
                draw(sheet, drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, top, left + WIDTH, top + HEIGHT)),
                        chart, columnNames);
                top += HEIGHT + GAP;
            }
            var out = new ByteArrayOutputStream(xlsx.length + 16 * 1024);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(XSSFSheet sheet, XSSFChart chart, TableChart of, List<String> columnNames) {
        chart.setTitleText(of.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categoryAxis.setTitle(of.categoryAxisTitle());
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(of.valueAxisTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        // The table's header is row 0: the exported rows start at row 1.
        int first = of.fromRow() + 1;
        int last = of.toRow() + 1;
        int categoryColumn = column(columnNames, of.categoryColumn());
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, categoryColumn, categoryColumn));
        var bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        for (String name : of.valueColumns()) {
            int valueColumn = column(columnNames, name);
            var series = bars.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, valueColumn, valueColumn)));
            String header = sheet.getRow(0).getCell(valueColumn).getStringCellValue();
            series.setTitle(header, new CellReference(sheet.getSheetName(), 0, valueColumn, true, true));
        }
        chart.plot(bars);
    }

    private static int column(List<String> columnNames, String name) {
        int index = columnNames.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in the table: " + columnNames);
        }
        return index;
    }
}
