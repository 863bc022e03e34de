package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * Input the hub refuses, with every field at fault and what is wrong with it: the API answers 400
 * problem details naming the fields, a screen shows each message next to its field. Nothing is
 * stored when it is thrown.
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

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("The input has " + errors.size() + " error(s): " + String.join(", ", errors.stream()
                .map(error -> error.field() + " (" + error.code() + ")").toList()));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String... args) {
        return new InvalidInputException(List.of(new FieldError(field, code, List.of(args))));
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
        return "enforcement.invalid.title";
    }

    @Override
    public List<FieldProblem> errors() {
        return errors.stream().map(error -> FieldProblem.of(error.field(), error.messageKey(), error.args().toArray()))
                .toList();
    }
}
