package org.caunoi.hub.exchange;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;

/**
 * Sends messages to partners' hubs. A send asks the legal basis first and, when allowed, queues the
 * message in the caller's transaction: the business change and the message commit together, and
 * the hub delivers it later, retrying until the partner's signed receipt is back. The sending
 * module hears how it ended through {@link MessageDelivered}, {@link MessageRefusedByPartner} and
 * {@link MessageGivenUp}, for the message types it names in a {@link FollowedMessageTypes} bean.
 */
public interface ExchangeService {

    /**
     * Queues a copy for every recipient the checks allow (legal basis for the category and purpose,
     * the source's consent when the content came from another partner, a configured endpoint) and
     * says for each recipient what became of it; one refused recipient does not stop the others.
     *
     * @throws PayloadTooLargeException when the payload exceeds the configured maximum (nothing is queued)
     */
    List<Dispatch> send(OutgoingMessage message);

    /**
     * Queues a message to one partner and returns its AS4 MessageId.
     *
     * @throws NoLegalBasisException when no agreement allows the category and purpose with the partner
     * @throws PayloadTooLargeException when the payload exceeds the configured maximum
     * @throws UnknownEndpointException when the partner's hub endpoint is not configured
     */
    default String send(String partnerCode, MessageType type, DataCategory category, Purpose purpose, String contentType,
            byte[] payload) {
        Dispatch dispatch = send(OutgoingMessage.to(List.of(partnerCode), type, category, purpose, contentType, payload))
                .getFirst();
        if (dispatch.messageId() != null) {
            return dispatch.messageId();
        }
        if (dispatch.refusal() == Dispatch.Refusal.NO_ENDPOINT) {
            throw new UnknownEndpointException(partnerCode);
        }
        throw new NoLegalBasisException(partnerCode, dispatch.legalBasisReason(),
                type + " " + category.kebab() + " for " + purpose.kebab());
    }

    /**
     * Whether the partner's hub connection is set up (its endpoint configured): without one nothing can
     * be sent to the partner through the hub, whatever the agreements allow.
     */
    boolean reaches(String partnerCode);

    /**
     * How far each partner's hub connection is set up, by partner code: one read for a whole form. A partner
     * with no endpoint registered is absent (its connection is {@link HubConnection#NONE}).
     */
    Map<String, HubConnection> connections();

    /**
     * Queues a connectivity check. It carries no data of any category, so instead of one category
     * and purpose it needs the partner to be known with at least one agreement in force.
     */
    String ping(String partnerCode);
}
