package org.caunoi.hub.exchange.internal;

import org.jspecify.annotations.Nullable;

/**
 * Text a sender chose (a MessageId, a party id, what phase4 made of its message), made fit for our
 * audit trail and log: clipped to a length we choose, its line breaks and other control characters
 * replaced, so that whoever posts to {@code /as4} can neither fill the trail nor forge a log line.
 */
public final class SenderText {

    private SenderText() {
    }

    public static String clip(@Nullable String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String clipped = text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
        return clipped.replaceAll("\\p{Cntrl}", " ");
    }
}
