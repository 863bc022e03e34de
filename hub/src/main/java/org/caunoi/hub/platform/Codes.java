package org.caunoi.hub.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.caunoi.hub.platform.problem.UnknownValueException;
import org.jspecify.annotations.Nullable;

/**
 * The codes the hub writes for its enums wherever people or other systems read them (the API, the
 * facts file, forms, stored outcomes, message keys): kebab case, {@code RECEIPT_RECEIVED} →
 * {@code receipt-received}. Every module reads and writes them here, so there is one spelling.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return of(value.name());
    }

    public static @Nullable String ofNullable(@Nullable Enum<?> value) {
        return value == null ? null : of(value);
    }

    /** A constant's name as a code, for the places that hold the name as text. */
    public static String of(String constantName) {
        return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A code given in either spelling as the constant's name: {@code receipt-received} → {@code RECEIPT_RECEIVED}. */
    public static String constant(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Reads a code; an unknown one is a 400 naming the field and the valid codes. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        String constant = constant(text);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(constant)).findFirst()
                .orElseThrow(() -> new UnknownValueException(field, text, valid(type)));
    }

    /** Reads a code where the caller names the field later ({@link UnknownValueException#forField}): {@code agreementKind}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String name = type.getSimpleName();
        return parse(type, Character.toLowerCase(name.charAt(0)) + name.substring(1), text);
    }

    public static <E extends Enum<E>> List<String> valid(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
    }
}
