package org.caunoi.hub.exchange;

import java.util.regex.Pattern;

import org.caunoi.hub.platform.Codes;

/**
 * Which version of a shared record a message carries. A module shares a record as a conversation
 * of its own naming ({@code enforcement-case/VN-2026-000123}); the first message is version 1, a
 * correction or a withdrawal is the next version of the same conversation, and every hub keeps
 * every version.
 *
 * @param conversation the ebMS ConversationId: the shared record, the same on every version
 * @param version 1 for the first message, one more for each correction or withdrawal
 * @param change what this version does to the record
 */
public record Revision(String conversation, int version, Change change) {

    private static final Pattern CONVERSATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");

    /** What a version does to the shared record. */
    public enum Change {
        ORIGINAL, CORRECTION, WITHDRAWAL;

        public String kebab() {
            return Codes.of(this);
        }
    }

    public Revision {
        if (!CONVERSATION.matcher(conversation).matches()) {
            throw new IllegalArgumentException("A conversation is a short name of letters, digits and ._:/-: " + conversation);
        }
        if (version < 1 || (change == Change.ORIGINAL) != (version == 1)) {
            throw new IllegalArgumentException("Version 1 is the original, later versions correct or withdraw: "
                    + version + " " + change);
        }
    }

    public static Revision original(String conversation) {
        return new Revision(conversation, 1, Change.ORIGINAL);
    }

    public Revision correction() {
        return new Revision(conversation, version + 1, Change.CORRECTION);
    }

    public Revision withdrawal() {
        return new Revision(conversation, version + 1, Change.WITHDRAWAL);
    }
}
