package org.caunoi.hub.exchange;

import java.time.Instant;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * A message from a partner's hub as its handler sees it: verified, decrypted, within an agreement.
 * Category and purpose are absent only for the connectivity check; {@code threading} says what
 * it answers, which version of a shared record it carries, and its caveats.
 */
public record ReceivedMessage(String messageId, String partnerCode, MessageType type,
        @Nullable DataCategory category, @Nullable Purpose purpose, String contentType, byte[] payload,
        Instant receivedAt, Threading threading) {
}
