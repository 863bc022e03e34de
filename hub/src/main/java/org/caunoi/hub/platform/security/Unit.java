package org.caunoi.hub.platform.security;

import java.util.regex.Pattern;

import org.caunoi.hub.platform.Codes;

/**
 * An organisational unit an officer belongs to, by its code ({@code HTQT}). Which units a hub has, and
 * their names, are its configuration ({@link Units}): each administration has its own departments.
 * Codes are stored as written here, in capitals, as the cases and requests of earlier releases stored them.
 */
public record Unit(String code) {

    /**
     * Capitals, digits and {@code _}, a letter first: the API writes a unit both as {@code DTCBL} and in
     * kebab case as {@code dtcbl}, so a code must read back the same from either spelling.
     */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

    public Unit {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a unit code: " + code);
        }
    }

    /** The code as forms and {@code /api/officers} write it: {@code dtcbl}. */
    public String kebab() {
        return Codes.of(code);
    }

    /** Whether the text is a code a unit may have. */
    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
