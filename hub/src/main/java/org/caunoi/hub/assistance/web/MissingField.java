package org.caunoi.hub.assistance.web;

import java.util.List;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** A required field left out of the JSON; named in the problem details. */
class MissingField extends RuntimeException implements Problem {

    private final String field;

    MissingField(String field) {
        super("Missing " + field);
        this.field = field;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "assistance.problem.required";
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of(field, "assistance.problem.required"));
    }
}
