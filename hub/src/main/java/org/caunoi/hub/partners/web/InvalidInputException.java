package org.caunoi.hub.partners.web;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.InvalidFields;
import org.springframework.validation.Errors;

/** Input that failed the checks beyond bean validation; lists each field and what is wrong with it. */
class InvalidInputException extends InvalidFields {

    InvalidInputException(Errors errors) {
        super(errors.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), error)).toList());
    }
}
