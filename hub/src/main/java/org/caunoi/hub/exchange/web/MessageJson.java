package org.caunoi.hub.exchange.web;

import java.time.Instant;

import org.caunoi.hub.exchange.internal.MessageSummaries.MessageSummary;
import org.caunoi.hub.platform.Codes;
import org.jspecify.annotations.Nullable;

/**
 * A message as {@code GET /api/exchange/messages} gives it: codes in kebab-case ({@code receipt-received}),
 * as the rest of the API spells them (category, purpose, the partners API's kinds and statuses).
 */
record MessageJson(String direction, String messageId, String partner, String type, String state, int attempts,
        @Nullable String lastError, Instant at, @Nullable Instant doneAt, @Nullable String category,
        @Nullable String purpose, int duplicates) {

    static MessageJson of(MessageSummary m) {
        return new MessageJson(m.direction(), m.messageId(), m.partner(), m.type(), kebab(m.state()), m.attempts(),
                m.lastError(), m.at(), m.doneAt(), m.category(), m.purpose(), m.duplicates());
    }

    /** {@code RECEIPT_RECEIVED} as the API writes it: {@code receipt-received}. */
    static String kebab(String constant) {
        return Codes.of(constant);
    }

    /** What a client gives as a state, in either spelling, as the constant's name: {@code receipt-received} → {@code RECEIPT_RECEIVED}. */
    static String constant(String code) {
        return Codes.constant(code);
    }
}
