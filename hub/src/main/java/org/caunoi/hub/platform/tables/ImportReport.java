package org.caunoi.hub.platform.tables;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What reading a file gave: the records of the rows without problems, and every problem found. The
 * caller imports {@link #accepted(ImportChoice)}: nothing from a file with problems unless the
 * officer chose its valid rows.
 */
public record ImportReport<T>(List<T> validRows, int rowsRead, List<TableProblem> problems) {

    public ImportReport {
        validRows = List.copyOf(validRows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<T> accepted(ImportChoice choice) {
        return hasProblems() && choice == ImportChoice.ALL_OR_NOTHING ? List.of() : validRows;
    }

    /** One line per problem in the officer's language, for a report on screen or in an API answer. */
    public List<Line> lines(MessageSource messages, Locale locale) {
        return problems.stream().map(problem -> new Line(problem.line(), problem.column(), problem.message(messages, locale)))
                .toList();
    }

    /** A problem as an officer reads it. */
    public record Line(int line, String column, String message) {
    }
}
