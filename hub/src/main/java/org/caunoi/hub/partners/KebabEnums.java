package org.caunoi.hub.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the kebab-case names the API and the facts file use for this module's enums. */
public final class KebabEnums {

    private KebabEnums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String constant = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(constant))
                .findFirst()
                .orElseThrow(() -> new UnknownCodeException(type.getSimpleName(), text,
                        Arrays.stream(type.getEnumConstants())
                                .map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .collect(Collectors.joining(", "))));
    }
}
