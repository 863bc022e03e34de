package org.caunoi.hub.exchange;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;

/**
 * Sends messages to partners' hubs. A send asks the legal basis first and, when allowed, queues the
 * message in the caller's transaction: the business change and the message commit together, and
 * the hub delivers it later, retrying until the partner's signed receipt is back.
 */
public interface ExchangeService {

    /**
     * Queues a message and returns its AS4 MessageId.
     *
     * @throws NoLegalBasisException when no agreement allows the category and purpose with the partner
     * @throws PayloadTooLargeException when the payload exceeds the configured maximum
     * @throws UnknownEndpointException when the partner's hub endpoint is not configured
     */
    String send(String partnerCode, MessageType type, DataCategory category, Purpose purpose, String contentType,
            byte[] payload);

    /**
     * Queues a connectivity check. It carries no data of any category, so instead of one category
     * and purpose it needs the partner to be known with at least one agreement in force.
     */
    String ping(String partnerCode);
}
