package org.caunoi.hub.exchange.internal.inbox;

import java.time.Instant;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Threading;
import org.jspecify.annotations.Nullable;

/** A row of the inbox, without its raw form. */
public record InboundMessage(long id, String messageId, String partnerCode, MessageType type, @Nullable String category,
        @Nullable String purpose, String contentType, byte[] payload, State state, int attempts, @Nullable String lastError,
        int duplicates, Instant receivedAt, @Nullable Instant processedAt, Threading threading) {

    /** Where an incoming message is: stored and receipted, or handed to its module. */
    public enum State {
        /** Stored and receipted; its handler has not finished yet (or failed and will be retried). */
        RECEIVED,
        /** Its handler ran and committed. */
        PROCESSED,
        /** Reserved for a message no handler will ever take; kept, never dropped. */
        FAILED
    }
}
