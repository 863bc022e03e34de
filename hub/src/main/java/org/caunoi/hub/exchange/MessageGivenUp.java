package org.caunoi.hub.exchange;

/**
 * A message this hub sent stayed undelivered until its give-up time and is now on the list of
 * undelivered messages, where an officer may send it again. {@code lastError} is the last attempt's.
 */
public record MessageGivenUp(String messageId, String partnerCode, MessageType type, String lastError) {
}
