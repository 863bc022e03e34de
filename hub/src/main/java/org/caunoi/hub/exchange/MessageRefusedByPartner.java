package org.caunoi.hub.exchange;

/**
 * The partner's hub answered a message this hub sent with an ebMS error: it will not take it as
 * sent (for example no legal basis on its side). {@code error} is the ebMS code and its detail.
 */
public record MessageRefusedByPartner(String messageId, String partnerCode, MessageType type, String error) {
}
