package org.caunoi.hub.exchange;

import java.time.Instant;

/**
 * A message this hub sent has reached the partner's hub: its receipt, signed with the partner's
 * registered certificate, is stored. The sending module listens to show "shared with HK, receipt 14:02:11".
 */
public record MessageDelivered(String messageId, String partnerCode, MessageType type, Instant receiptAt) {
}
