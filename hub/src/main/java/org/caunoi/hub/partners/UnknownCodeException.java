package org.caunoi.hub.partners;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** A code (category, purpose, kind...) that the hub does not know; the message lists the valid ones. */
public class UnknownCodeException extends IllegalArgumentException implements Problem {

    private final String field;
    private final String value;
    private final String validValues;

    public UnknownCodeException(String field, String value, String validValues) {
        super("Unknown " + field + " '" + value + "'. Valid values: " + validValues);
        this.field = field;
        this.value = value;
        this.validValues = validValues;
    }

    /** The same problem, named for the parameter or field the client filled in. */
    public UnknownCodeException forField(String name) {
        return new UnknownCodeException(name, value, validValues);
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String validValues() {
        return validValues;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public URI problemType() {
        return URI.create("urn:caunoi:problem:unknown-code");
    }

    @Override
    public String detailKey() {
        return "partners.validation.unknown-code";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {value, validValues};
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field, "validValues", List.of(validValues.split(", ")));
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, "partners.validation.unknown-code", value, validValues));
    }
}
