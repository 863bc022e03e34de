package org.caunoi.hub.platform.problem;

import java.util.List;

import org.caunoi.hub.platform.audit.Clipped;
import org.springframework.http.HttpStatus;

/** A request parameter that no screen or API call can take (a control character), refused before any work. */
public class InvalidParameterException extends RuntimeException implements Problem {

    private final String field;

    public InvalidParameterException(String field) {
        super("A parameter holds a control character");
        this.field = Clipped.text(field, Clipped.SHORT);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "platform.problem.invalid-parameter";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {field};
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, "platform.problem.control-character"));
    }
}
