package org.caunoi.hub.partners.web;

import java.util.List;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/** Input that failed the checks beyond bean validation; lists each field and what is wrong with it. */
class InvalidInputException extends RuntimeException implements Problem {

    private final List<FieldProblem> errors;

    InvalidInputException(Errors errors) {
        super("The input has " + errors.getErrorCount() + " error(s)");
        this.errors = errors.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), error)).toList();
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
        return new Object[] {errors.size()};
    }

    @Override
    public List<FieldProblem> errors() {
        return errors;
    }
}
