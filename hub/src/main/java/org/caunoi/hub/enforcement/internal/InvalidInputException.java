package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * Input the hub refuses, with every field at fault and what is wrong with it: the API answers 400
 * problem details naming the fields, a screen shows each message next to its field. Nothing is
 * stored when it is thrown. The detail sentence says what was refused (a case, an operation, an
 * alert, a share request...): {@link #about(String)} names it, a case when nothing does.
 */
public class InvalidInputException extends RuntimeException implements Problem {

    /**
     * One field at fault. {@code field} is the JSON path as the client wrote it ({@code imo},
     * {@code containers[0]}, {@code quantity.value}); the message key is {@code enforcement.invalid.<code>}.
     */
    public record FieldError(String field, String code, List<String> args) {

        public FieldError {
            args = List.copyOf(args);
        }

        public String messageKey() {
            return "enforcement.invalid." + code;
        }
    }

    /** A case, recorded or corrected. */
    public static final String CASE = "enforcement.invalid.title";
    public static final String OPERATION = "enforcement.invalid.title-operation";
    public static final String ALERT = "enforcement.invalid.title-alert";
    public static final String SHARE = "enforcement.invalid.title-share";
    public static final String PHOTO = "enforcement.invalid.title-photo";
    public static final String LINK = "enforcement.invalid.title-link";
    public static final String MERGE = "enforcement.invalid.title-merge";
    public static final String TAG = "enforcement.invalid.title-tag";
    private static final String WITHDRAWN = "enforcement.invalid.title-withdrawn";

    private final List<FieldError> errors;
    private final String detailKey;
    private final Object[] detailArguments;

    public InvalidInputException(List<FieldError> errors) {
        this(errors, CASE);
    }

    /** The errors of an input {@code detailKey} names: {@link #OPERATION}, {@link #ALERT}... */
    public InvalidInputException(List<FieldError> errors, String detailKey, Object... detailArguments) {
        super("The input has " + errors.size() + " error(s): " + String.join(", ", errors.stream()
                .map(error -> error.field() + " (" + error.code() + ")").toList()));
        this.errors = List.copyOf(errors);
        this.detailKey = detailKey;
        this.detailArguments = detailArguments.clone();
    }

    public static InvalidInputException of(String field, String code, String... args) {
        return new InvalidInputException(List.of(new FieldError(field, code, List.of(args))));
    }

    /** The same errors, explained as faults of what {@code detailKey} names ({@link #SHARE}, {@link #PHOTO}...). */
    public InvalidInputException about(String detailKey) {
        return new InvalidInputException(errors, detailKey);
    }

    /** A change or share of a withdrawn case: nothing may happen to it any more. */
    public static InvalidInputException withdrawn(String reference) {
        return new InvalidInputException(List.of(new FieldError("state", "withdrawn", List.of(reference))), WITHDRAWN,
                reference);
    }

    public List<FieldError> fieldErrors() {
        return errors;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return detailKey;
    }

    @Override
    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    @Override
    public List<FieldProblem> errors() {
        return errors.stream().map(error -> FieldProblem.of(error.field(), error.messageKey(), error.args().toArray()))
                .toList();
    }
}
