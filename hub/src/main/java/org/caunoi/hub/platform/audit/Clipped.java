package org.caunoi.hub.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * Text a stranger chose (a user name typed at sign-in, an id in a path), cut to a length the audit
 * trail and the answers can hold, with a marker saying how much was cut, and with control
 * characters (which PostgreSQL refuses or a reader cannot see) shown as {@code ?}.
 */
public final class Clipped {

    /** Long enough for any user name, code or id the hub gives out. */
    public static final int SHORT = 64;

    private Clipped() {
    }

    public static String text(String text, int maximum) {
        StringBuilder clipped = new StringBuilder(Math.min(text.length(), maximum) + 16);
        int end = Math.min(text.length(), maximum);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            clipped.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        if (text.length() > maximum) {
            clipped.append("…[+").append(text.length() - maximum).append(']');
        }
        return clipped.toString();
    }

    public static @Nullable String orNull(@Nullable String text, int maximum) {
        return text == null ? null : text(text, maximum);
    }
}
