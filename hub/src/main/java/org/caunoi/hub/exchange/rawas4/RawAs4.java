package org.caunoi.hub.exchange.rawas4;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;

/**
 * Sends and answers single AS4 user messages exactly as this hub's phase4 layer does (its key, the
 * partner's registered party id and certificate, the hub's profile, a signed receipt), with nothing of
 * the hub before or after: no legal-basis check, no outbox, no storage, no audit.
 */
public interface RawAs4 {

    /** What one raw send achieved: delivered (the partner's signed receipt, checked), or why not. */
    record Outcome(boolean delivered, String detail) {
    }

    /**
     * Sends one message at once to {@code endpointUrl}, signed for and encrypted to the partner this
     * hub knows as {@code partnerCode}, and waits for the receipt.
     *
     * @throws IllegalArgumentException when this hub has no endpoint for the partner
     */
    Outcome send(String partnerCode, String endpointUrl, MessageType type, DataCategory category, Purpose purpose,
            String contentType, byte[] payload);

    /**
     * Answers one AS4 request as the hub's {@code /as4} does at phase4's level (signature verified,
     * payload decrypted, decompressed and read, signed receipt or ebMS error), and keeps nothing.
     */
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
