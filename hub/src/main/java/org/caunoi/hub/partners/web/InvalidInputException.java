package org.caunoi.hub.partners.web;

import java.util.List;

import org.springframework.validation.Errors;

/** Input that failed the checks beyond bean validation; lists each field and what is wrong with it. */
class InvalidInputException extends RuntimeException {

    record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    InvalidInputException(Errors errors) {
        super("The input has " + errors.getErrorCount() + " error(s): fix the fields listed in 'errors'.");
        this.errors = errors.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage() != null
                        ? error.getDefaultMessage() : error.getCode())))
                .toList();
    }

    List<FieldError> errors() {
        return errors;
    }
}
