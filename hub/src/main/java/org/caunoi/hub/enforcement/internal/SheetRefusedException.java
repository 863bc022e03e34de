package org.caunoi.hub.enforcement.internal;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.caunoi.hub.platform.tables.ImportReport;
import org.caunoi.hub.platform.tables.TableProblem;
import org.springframework.http.HttpStatus;

/**
 * A sheet of cases with faults, of which nothing was stored (the officer did not choose its valid
 * rows): 400 problem details with every fault, named {@code line 3: hs-code}, in the caller's language.
 */
public class SheetRefusedException extends RuntimeException implements Problem {

    private final int rowsRead;
    private final List<TableProblem> problems;

    public SheetRefusedException(ImportReport<?> report) {
        super("The sheet has " + report.problems().size() + " problem(s); nothing was imported");
        this.rowsRead = report.rowsRead();
        this.problems = report.problems();
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "enforcement.import.refused";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {problems.size()};
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rowsRead", rowsRead, "imported", 0);
    }

    @Override
    public List<FieldProblem> errors() {
        return problems.stream().map(problem -> FieldProblem.of("line " + problem.line() + ": " + problem.column(),
                problem.messageKey(), problem.args().toArray())).toList();
    }
}
