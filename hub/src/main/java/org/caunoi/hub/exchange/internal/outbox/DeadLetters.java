package org.caunoi.hub.exchange.internal.outbox;

import java.time.Clock;
import java.time.Instant;

import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.hub.platform.i18n.Sentences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An officer's second chance for a message the sender gave up on: back into the queue, same MessageId. */
@Service
public class DeadLetters {

    private final OutboundMessages messages;
    private final MessageEvents events;
    private final AuditTrail audit;
    private final OutboxSender sender;
    private final ExchangeProperties properties;
    private final Clock clock;

    DeadLetters(OutboundMessages messages, MessageEvents events, AuditTrail audit, OutboxSender sender,
            ExchangeProperties properties, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** False when the message is not (or no longer) a dead letter. */
    @Transactional
    /** The state of an outgoing message, if this hub sent one with that id. */
    public java.util.Optional<String> state(String messageId) {
        return messages.state(messageId);
    }

    public boolean resend(String messageId) {
        Instant now = clock.instant();
        if (!messages.requeue(messageId, now, now.plus(properties.giveUpAfter()))) {
            return false;
        }
        events.record("OUT", messageId, OutboundMessage.State.QUEUED.name(), Sentences.of("exchange.event-details.resent"));
        audit.record("EXCHANGE_RESEND", "exchange-message", messageId, Sentences.of("exchange.audit-details.resend"));
        AfterCommit.run(sender::nudge);
        return true;
    }
}
