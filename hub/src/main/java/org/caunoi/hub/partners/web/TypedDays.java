package org.caunoi.hub.partners.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.caunoi.hub.platform.web.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * The agreement editor's days as officers type them: day/month/year (or ISO) on the way in, as the page's
 * language writes a day on the way out; the agreement keeps ISO, and the API's JSON never passes through here.
 * A day that does not parse is its field's error, which tells a day that does not exist (31/02/2026) from
 * text that is no day at all.
 */
final class TypedDays {

    /** The editor's fields that hold a day; {@code signed} may hold a year alone. */
    private static final Set<String> DAY_FIELDS = Set.of("signed", "entryIntoForce", "expiresOn");

    private TypedDays() {
    }

    static void register(WebDataBinder binder, Locale locale) {
        binder.registerCustomEditor(LocalDate.class, new DayEditor(locale));
        binder.registerCustomEditor(String.class, "signed", new SigningDayEditor(locale));
        binder.setBindingErrorProcessor(new DayErrors());
    }

    /** The day typed; an {@link IllegalArgumentException}, which the binder turns into the field's error, when it is none. */
    static LocalDate parse(String typed) {
        try {
            return Times.parseDay(typed);
        }
        catch (DateTimeParseException notADay) {
            throw new IllegalArgumentException(notADay.getMessage(), notADay);
        }
    }

    /** The bundle key and arguments of the error for text typed into a day field. */
    static FieldError error(String objectName, String field, String typed) {
        String text = typed.strip();
        if (Times.writtenAsADay(text)) {
            return new FieldError(objectName, field, typed, true, new String[] {"partners.validation.day-not-real"},
                    new Object[] {text}, null);
        }
        String key = "signed".equals(field) ? "partners.validation.signed-typed" : "partners.validation.day-typed";
        return new FieldError(objectName, field, typed, true, new String[] {key}, null, null);
    }

    private static final class DayEditor extends PropertyEditorSupport {

        private final Locale locale;

        DayEditor(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void setAsText(@Nullable String text) {
            setValue(text == null || text.isBlank() ? null : parse(text));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof LocalDate day ? Times.date(day, locale) : "";
        }
    }

    /** The signing date: a day, kept as ISO, or a year given alone (2013), kept as it is. */
    private static final class SigningDayEditor extends PropertyEditorSupport {

        private final Locale locale;

        SigningDayEditor(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void setAsText(@Nullable String text) {
            String typed = text == null ? "" : text.strip();
            setValue(typed.isEmpty() || typed.matches("\\d{4}") ? typed : parse(typed).toString());
        }

        @Override
        public String getAsText() {
            return getValue() instanceof String signed ? Times.isoDate(signed, locale) : "";
        }
    }

    /** Words a day that did not bind as the editor's own error instead of the binder's general "invalid value". */
    private static final class DayErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException failure, BindingResult bindingResult) {
            String field = failure.getPropertyName();
            if (field != null && DAY_FIELDS.contains(field) && failure.getValue() instanceof String typed) {
                bindingResult.addError(error(bindingResult.getObjectName(), field, typed));
            }
            else {
                super.processPropertyAccessException(failure, bindingResult);
            }
        }
    }
}
