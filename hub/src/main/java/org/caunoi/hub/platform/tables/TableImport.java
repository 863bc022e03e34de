package org.caunoi.hub.platform.tables;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * Reads CSV or XLSX files into records: the first line names the columns (by name, or by the header
 * an export wrote in either language), every other non-blank line goes through the mapper, which
 * reads its cells with {@link TableRow}'s checking readers. Every problem is reported with its line
 * and column; a row with a problem gives no record.
 */
public final class TableImport<T> {

    private static final Set<Locale> LANGUAGES = Set.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);
    private static final Pattern HINT = Pattern.compile("\\s*\\([^()]*\\)$");

    private final List<TableColumn> columns;
    private final Function<TableRow, T> mapper;
    private final MessageSource messages;
    private final int maxRows;

    private TableImport(List<TableColumn> columns, Function<TableRow, T> mapper, MessageSource messages, int maxRows) {
        this.columns = List.copyOf(columns);
        this.mapper = mapper;
        this.messages = messages;
        this.maxRows = maxRows;
    }

    /** An import of these columns into records made by {@code mapper}; at most 10 000 rows. */
    public static <T> TableImport<T> of(List<TableColumn> columns, Function<TableRow, T> mapper, MessageSource messages) {
        return new TableImport<>(columns, mapper, messages, 10_000);
    }

    public TableImport<T> withMaxRows(int maxRows) {
        return new TableImport<>(columns, mapper, messages, maxRows);
    }

    public ImportReport<T> read(InputStream in, TableFormat format) {
        List<SheetCells.Line> lines;
        try {
            // One row past the limit is enough to know the file holds too many.
            lines = SheetCells.read(in, format, (int) Math.min(Integer.MAX_VALUE, maxRows + 1L));
        }
        catch (SheetCells.TooLarge tooLarge) {
            return fileProblem(tooLarge.key, tooLarge.arguments);
        }
        catch (IOException | RuntimeException e) {
            // A damaged or mislabelled file: the officer learns it is unreadable, not why the parser choked.
            return fileProblem("platform.tables.unreadable", format.extension());
        }
        if (lines.isEmpty()) {
            return fileProblem("platform.tables.no-header");
        }
        Map<String, Integer> positions = new HashMap<>();
        List<TableProblem> problems = new ArrayList<>();
        SheetCells.Line header = lines.getFirst();
        for (TableColumn column : columns) {
            int position = positionOf(column, header.cells());
            if (position < 0 && !column.optional()) {
                problems.add(new TableProblem(header.number(), column.name(), "platform.tables.missing-column",
                        List.of(column.name())));
            }
            positions.put(column.name(), position);
        }
        if (!problems.isEmpty()) {
            return new ImportReport<>(List.of(), 0, problems);
        }
        List<SheetCells.Line> body = lines.subList(1, lines.size()).stream().filter(line -> !line.blank()).toList();
        if (body.size() > maxRows) {
            return fileProblem("platform.tables.too-many-rows", maxRows);
        }
        List<T> valid = new ArrayList<>();
        for (SheetCells.Line line : body) {
            Map<String, String> cells = new LinkedHashMap<>();
            positions.forEach((name, position) -> cells.put(name,
                    position >= 0 && position < line.cells().size() ? line.cells().get(position) : ""));
            TableRow row = new TableRow(line.number(), cells);
            T record = mapper.apply(row);
            if (row.problems().isEmpty()) {
                valid.add(record);
            }
            problems.addAll(row.problems());
        }
        return new ImportReport<>(valid, body.size(), problems);
    }

    private int positionOf(TableColumn column, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).strip();
            if (cell.equalsIgnoreCase(column.name()) || LANGUAGES.stream().anyMatch(language -> {
                String written = messages.getMessage(column.headerKey(), null, column.name(), language);
                // A sheet made before its header gained a hint in brackets ("(dd/mm/yyyy)") still imports.
                return cell.equalsIgnoreCase(written) || cell.equalsIgnoreCase(HINT.matcher(written).replaceFirst(""));
            })) {
                return i;
            }
        }
        return -1;
    }

    private ImportReport<T> fileProblem(String messageKey, Object... args) {
        return new ImportReport<>(List.of(), 0, List.of(new TableProblem(1, "", messageKey, List.of(args))));
    }
}
