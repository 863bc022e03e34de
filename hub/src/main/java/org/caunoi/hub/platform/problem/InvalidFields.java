package org.caunoi.hub.platform.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Input refused field by field, for checks beyond bean validation: 400 with each field at fault and
 * what is wrong with it, as bean validation's own refusals answer.
 */
public class InvalidFields extends RuntimeException implements Problem {

    private final List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "platform.problem.invalid-input";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {problems.size()};
    }

    @Override
    public List<FieldProblem> errors() {
        return problems;
    }
}
