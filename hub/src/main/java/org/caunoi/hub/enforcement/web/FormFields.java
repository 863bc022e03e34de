package org.caunoi.hub.enforcement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.platform.web.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** What the module's forms share: reading typed dates and putting the checks' errors on their fields. */
final class FormFields {

    private FormFields() {
    }

    /**
     * Puts the checks' errors on the form's fields, worded by the bundles; an error whose field the
     * form does not have (after {@code formField} names it as the form does) goes above the form; a field that
     * already has an error as typed keeps only that one. A field the checks find several faults in (a list of
     * partners with two unknown ones) shows them all.
     */
    static void reject(InvalidInputException invalid, Errors errors, UnaryOperator<String> formField) {
        Set<String> typedWrong = errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (InvalidInputException.FieldError error : invalid.fieldErrors()) {
            String field = formField.apply(error.field());
            if (errors.getFieldType(field) != null && typedWrong.contains(field)) {
                // The field already says what is wrong as typed (a date that does not parse): "required" would only confuse.
                continue;
            }
            if (errors.getFieldType(field) == null) {
                errors.reject(error.messageKey(), error.args().toArray(), error.code());
            }
            else {
                errors.rejectValue(field, error.messageKey(), error.args().toArray(), error.code());
            }
        }
    }

    /**
     * A date typed as dd/mm/yyyy (the Vietnamese way) or yyyy-mm-dd, null when blank; one that does not
     * parse is the field's error, which says how to type it, or that the day does not exist (31/02/2026).
     */
    static @Nullable LocalDate date(String field, String text, Errors errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Times.parseDay(text);
        }
        catch (DateTimeParseException notADay) {
            if (Times.writtenAsADay(text)) {
                errors.rejectValue(field, "enforcement.invalid.date-not-real", new Object[] {text.strip()}, null);
            }
            else {
                errors.rejectValue(field, "enforcement.invalid.date-format");
            }
            return null;
        }
    }
}
