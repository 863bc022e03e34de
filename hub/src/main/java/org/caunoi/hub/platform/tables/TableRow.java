package org.caunoi.hub.platform.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.caunoi.hub.platform.web.Times;
import org.jspecify.annotations.Nullable;

/**
 * One line of an imported file, its cells by column name. Each reader checks its cell and, when the
 * cell is wrong, notes a problem for that line and column and returns null, so a mapper reads every
 * cell of a row and the report names all that is wrong at once.
 */
public final class TableRow {

    private final int line;
    private final Map<String, String> cells;
    private final List<TableProblem> problems = new ArrayList<>();

    TableRow(int line, Map<String, String> cells) {
        this.line = line;
        this.cells = cells;
    }

    public int line() {
        return line;
    }

    /** The cell's text, stripped; empty when the cell is. */
    public String text(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    /** The cell's text, or null and a problem when it is empty. */
    public @Nullable String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, "platform.tables.required");
            return null;
        }
        return value;
    }

    /** A whole number; null for an empty cell, null and a problem for anything else. */
    public @Nullable Integer integer(String column) {
        return parse(column, text -> new BigDecimal(text).intValueExact(), "platform.tables.not-a-number");
    }

    /**
     * A decimal number written either way: 12.5, or 12,5 as Vietnamese spreadsheets write it; with both
     * marks (1.234,5 or 1,234.5) the last is the decimal one. Null for an empty cell, null and a problem
     * for anything else.
     */
    public @Nullable BigDecimal decimal(String column) {
        return parse(column, TableRow::parseDecimal, "platform.tables.not-a-decimal");
    }

    static BigDecimal parseDecimal(String text) {
        String digits = text.replace(" ", "").replace("\u00a0", "");
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            digits = comma > dot ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        }
        else if (comma >= 0 && digits.indexOf(',') == comma) {
            digits = digits.replace(',', '.');
        }
        return new BigDecimal(digits);
    }

    /**
     * A date as the screens take it: dd/mm/yyyy (d/m/yyyy, dots or hyphens too) or yyyy-mm-dd (a date cell
     * in XLSX comes as one); null for an empty cell. A day that does not exist (31/02/2026) is told apart
     * from text that is no date at all, as the case form tells them.
     */
    public @Nullable LocalDate date(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Times.parseDay(value);
        }
        catch (DateTimeParseException notADay) {
            problem(column, Times.writtenAsADay(value) ? "platform.tables.date-not-real" : "platform.tables.not-a-date", value);
            return null;
        }
    }

    /**
     * A value the caller parses (a code, an enum): null for an empty cell; null and a problem when
     * {@code parse} throws {@link IllegalArgumentException}.
     */
    public <V> @Nullable V value(String column, Function<String, V> parse) {
        return parse(column, parse, "platform.tables.invalid-value");
    }

    /** Notes a problem the mapper found itself (a rule across cells, say), in the caller's own message key. */
    public void problem(String column, String messageKey, Object... args) {
        problems.add(new TableProblem(line, column, messageKey, List.of(args)));
    }

    List<TableProblem> problems() {
        return problems;
    }

    private <V> @Nullable V parse(String column, Function<String, V> parse, String messageKey) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(value);
        }
        catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            problem(column, messageKey, value);
            return null;
        }
    }
}
