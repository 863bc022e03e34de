package org.caunoi.hub.enforcement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** What the module's forms share: reading typed dates and putting the checks' errors on their fields. */
final class FormFields {

    private FormFields() {
    }

    /**
     * Puts the checks' errors on the form's fields, worded by the bundles; an error whose field the
     * form does not have (after {@code formField} names it as the form does) goes above the form.
     */
    static void reject(InvalidInputException invalid, Errors errors, UnaryOperator<String> formField) {
        for (InvalidInputException.FieldError error : invalid.fieldErrors()) {
            String field = formField.apply(error.field());
            if (errors.getFieldType(field) == null) {
                errors.reject(error.messageKey(), error.args().toArray(), error.code());
            }
            else {
                errors.rejectValue(field, error.messageKey(), error.args().toArray(), error.code());
            }
        }
    }

    /** A date typed as yyyy-mm-dd, null when blank; one that does not parse is the field's error. */
    static @Nullable LocalDate date(String field, String text, Errors errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            errors.rejectValue(field, "enforcement.invalid.wrong-type");
            return null;
        }
    }
}
