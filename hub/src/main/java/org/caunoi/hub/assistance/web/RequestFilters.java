package org.caunoi.hub.assistance.web;

import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.assistance.internal.Direction;
import org.caunoi.hub.assistance.internal.RequestFilter;
import org.caunoi.hub.assistance.internal.RequestKind;
import org.caunoi.hub.assistance.internal.Subject;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.problem.ParameterOutOfRangeException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list's filter from query parameters, the same for the screen and the API, so a figure's
 * link opens the list that counts it: {@code direction}, {@code partner}, {@code kind}, {@code subject},
 * {@code year}, {@code measure} ({@code received}, {@code sent}, {@code answered}, {@code overdue}), {@code answerDaysFrom},
 * {@code answerDaysTo}. A wrong value is a 400 naming the parameter.
 */
final class RequestFilters {

    private RequestFilters() {
    }

    static RequestFilter parse(Map<String, String> params) {
        String partner = text(params, "partner");
        return new RequestFilter(code(params, "direction", Direction.class),
                partner == null ? null : partner.toUpperCase(Locale.ROOT), code(params, "kind", RequestKind.class),
                code(params, "subject", Subject.class), number(params, "year", 2000, 2100),
                code(params, "measure", RequestFilter.Measure.class), number(params, "answerDaysFrom", 0, 10_000),
                number(params, "answerDaysTo", 0, 10_000));
    }

    private static @Nullable String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> @Nullable E code(Map<String, String> params, String name, Class<E> type) {
        String value = text(params, name);
        return value == null ? null : Codes.parse(type, name, value);
    }

    private static @Nullable Integer number(Map<String, String> params, String name, int min, int max) {
        String value = text(params, name);
        if (value == null) {
            return null;
        }
        try {
            return ParameterOutOfRangeException.check(name, Integer.parseInt(value), min, max);
        }
        catch (NumberFormatException notANumber) {
            throw new ParameterOutOfRangeException(name, min, max);
        }
    }
}
