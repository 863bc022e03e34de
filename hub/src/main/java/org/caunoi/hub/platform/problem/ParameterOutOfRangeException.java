package org.caunoi.hub.platform.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A whole-number parameter outside what the call takes (a page size of 0, a negative page, a year of 1890).
 * The explanation names the parameter in the reader's language ({@code platform.parameter.<name>}, the
 * name itself where no bundle has one) and writes the bounds as plain numbers: a year is 2000, not 2.000.
 */
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
        return new Object[] {name(), String.valueOf(min), String.valueOf(max)};
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, "platform.problem.out-of-range", detailArguments()));
    }

    private MessageSourceResolvable name() {
        String key = "platform.parameter." + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return new DefaultMessageSourceResolvable(new String[] {key}, field);
    }
}
