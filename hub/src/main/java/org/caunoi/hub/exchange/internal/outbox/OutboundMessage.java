package org.caunoi.hub.exchange.internal.outbox;

import java.time.Instant;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Threading;
import org.jspecify.annotations.Nullable;

/** A row of the outbox, without its raw forms (which only the message page loads). */
public record OutboundMessage(long id, String messageId, String partnerCode, MessageType type,
        @Nullable String category, @Nullable String purpose, String contentType, byte[] payload, State state,
        int attempts, Instant nextAttemptAt, Instant giveUpAt, @Nullable String lastError, Instant createdAt,
        String createdBy, @Nullable Instant receiptAt, Threading threading) {

    /** Where an outgoing message is on its way. */
    public enum State {
        /** Committed, waiting for its first attempt. */
        QUEUED,
        /** At least one attempt failed; the next is due at {@code nextAttemptAt}. */
        RETRYING,
        /** The partner's signed receipt is stored: delivered. */
        RECEIPT_RECEIVED,
        /** Refused by the partner, or undelivered until {@code giveUpAt}; an officer may resend. */
        DEAD_LETTER
    }
}
