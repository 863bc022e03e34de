package org.caunoi.hub.platform.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A whole-number parameter outside what the call takes (a page size of 0, a negative page). */
public class ParameterOutOfRangeException extends RuntimeException implements Problem {

    private final String field;
    private final long min;
    private final long max;

    public ParameterOutOfRangeException(String field, long min, long max) {
        super(field + " must be between " + min + " and " + max);
        this.field = field;
        this.min = min;
        this.max = max;
    }

    /** The value when it lies within {@code [min, max]}; otherwise the problem naming the field. */
    public static int check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterOutOfRangeException(field, min, max);
        }
        return value;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "platform.problem.out-of-range";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {field, min, max};
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, "platform.problem.out-of-range", field, min, max));
    }
}
