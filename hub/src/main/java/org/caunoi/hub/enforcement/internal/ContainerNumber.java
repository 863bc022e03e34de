package org.caunoi.hub.enforcement.internal;

import java.util.regex.Pattern;

/**
 * The ISO 6346 check of a freight container number: owner code, category letter, six digits and a
 * check digit computed from the other ten characters (CSQU3054383).
 */
final class ContainerNumber {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}[UJZ][0-9]{7}");

    private ContainerNumber() {
    }

    /** The number as the hub keeps it: capitals, without spaces or hyphens. */
    static String normalise(String text) {
        return text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static boolean isValid(String number) {
        if (!SHAPE.matcher(number).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += value(number.charAt(i)) << i;
        }
        return sum % 11 % 10 == number.charAt(10) - '0';
    }

    /** Letters count from 10 for A, skipping the multiples of 11 (11, 22, 33); digits count as themselves. */
    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int value = 10 + (c - 'A');
        return value + (value - 1) / 10;
    }
}
