package org.caunoi.hub.assistance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.caunoi.hub.platform.problem.UnknownValueException;

/** The kebab-case names the API gives this module's enums ({@code partly-answered}), read and written. */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a code; an unknown one is a 400 naming the field and the valid codes. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        String constant = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(constant)).findFirst()
                .orElseThrow(() -> new UnknownValueException(field, text, valid(type)));
    }

    static <E extends Enum<E>> List<String> valid(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
    }
}
