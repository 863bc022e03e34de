package org.caunoi.hub.enforcement;

import java.util.List;

import org.caunoi.hub.enforcement.internal.CenTemplate;
import org.caunoi.hub.platform.tables.TableColumn;

/**
 * The columns of the CEN-shaped case sheet that {@code POST /api/enforcement/cases/import} reads, by
 * name (a header may also give each column's title in Vietnamese or English): what a program that
 * writes such sheets, the benchmark among them, builds on.
 */
public final class CenSheet {

    private CenSheet() {
    }

    /** The column names in the template's order. */
    public static List<String> columnNames() {
        return CenTemplate.COLUMNS.stream().map(TableColumn::name).toList();
    }
}
