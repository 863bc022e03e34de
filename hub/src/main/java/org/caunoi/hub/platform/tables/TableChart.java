package org.caunoi.hub.platform.tables;

import java.util.List;

/**
 * A native Excel chart drawn beside a download's table from the table's own cells: bars over the rows
 * {@code fromRow} to {@code toRow} (indexes into the rows exported, both included), one series per
 * value column, each named by its column's header. Titles are already in the officer's language.
 *
 * @param categoryColumn the column that names each bar ({@link TableColumn#name()})
 * @param valueColumns the columns counted, one series each
 */
public record TableChart(String title, String categoryAxisTitle, String valueAxisTitle, int fromRow, int toRow,
        String categoryColumn, List<String> valueColumns) {

    public TableChart {
        valueColumns = List.copyOf(valueColumns);
    }

    /** Whether the chart has rows to draw: a breakdown with nothing in it gets no empty chart. */
    boolean hasRows() {
        return fromRow >= 0 && toRow >= fromRow;
    }
}
