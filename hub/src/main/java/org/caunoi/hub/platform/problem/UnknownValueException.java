package org.caunoi.hub.platform.problem;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.audit.Clipped;
import org.springframework.http.HttpStatus;

/** A parameter or field whose value is none of the codes the hub knows (a filter's state, an agreement's kind); names the valid ones. */
public class UnknownValueException extends IllegalArgumentException implements Problem {

    private final String field;
    private final String value;
    private final List<String> validValues;

    public UnknownValueException(String field, String value, List<String> validValues) {
        super("Unknown " + field + " '" + Clipped.text(value, Clipped.SHORT) + "'. Valid values: " + String.join(", ", validValues));
        this.field = field;
        this.value = Clipped.text(value, Clipped.SHORT);
        this.validValues = List.copyOf(validValues);
    }

    /** The same problem, named for the parameter or field the client filled in. */
    public UnknownValueException forField(String name) {
        return new UnknownValueException(name, value, validValues);
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public List<String> validValues() {
        return validValues;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "platform.problem.unknown-value";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {field, value, String.join(", ", validValues)};
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field, "validValues", validValues);
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, "platform.problem.unknown-value", field, value, String.join(", ", validValues)));
    }
}
