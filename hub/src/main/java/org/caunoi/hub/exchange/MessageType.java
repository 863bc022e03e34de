package org.caunoi.hub.exchange;

import java.util.regex.Pattern;

import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.i18n.Sentences;

/**
 * What a business message is, as the ebMS Service and Action of its user message say
 * ({@code enforcement/SeizureReport}, {@code exchange/Ping}); handlers register for one type.
 */
public record MessageType(String service, String action) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");

    /** The connectivity check every hub answers. */
    public static final MessageType PING = new MessageType("exchange", "Ping");

    public MessageType {
        if (!NAME.matcher(service).matches() || !NAME.matcher(action).matches()) {
            throw new IllegalArgumentException("Service and action are short names of letters, digits and '-': "
                    + service + "/" + action);
        }
    }

    /** The type by its name in the reader's language, as an argument of a stored sentence. */
    public Sentences.Name named() {
        return new Sentences.Name(Labels.messageTypeKey(service, action), toString());
    }

    /** {@code service/action}, as lists show it. */
    @Override
    public String toString() {
        return service + "/" + action;
    }
}
