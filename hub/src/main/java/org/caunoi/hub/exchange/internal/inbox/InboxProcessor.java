package org.caunoi.hub.exchange.internal.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.internal.Backoff;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.Poller;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands stored messages to their handlers, one at a time: the handler runs in the transaction that
 * marks the message processed, so after a crash or a handler failure the message is still there,
 * unprocessed, and is tried again with backoff; it is never dropped and never processed twice.
 */
@Component
public class InboxProcessor implements SmartLifecycle {

    private final Map<MessageType, MessageHandler> handlers = new HashMap<>();
    private final InboundMessages messages;
    private final MessageEvents events;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Backoff backoff;
    private final Poller poller;
    private final Partners partners;

    InboxProcessor(List<MessageHandler> handlers, InboundMessages messages, MessageEvents events, AuditTrail audit,
            TransactionTemplate transaction, Clock clock, ExchangeProperties properties, Partners partners) {
        this.partners = partners;
        for (MessageHandler handler : handlers) {
            MessageHandler previous = this.handlers.put(handler.type(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for " + handler.type() + ": " + previous.getClass().getName()
                        + " and " + handler.getClass().getName());
            }
        }
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.backoff = new Backoff(properties.firstRetry(), properties.maxRetry());
        this.poller = new Poller("as4-inbox", 2, properties.pollInterval(), this::processOne);
    }

    boolean handles(MessageType type) {
        return handlers.containsKey(type);
    }

    /** What is wrong with a payload for its type's handler, if anything. */
    java.util.Optional<String> payloadProblem(MessageType type, byte[] payload) {
        MessageHandler handler = handlers.get(type);
        return handler == null ? java.util.Optional.empty()
                : handler.schema().problemWith(payload).map(problem -> handler.schema().name() + ": " + problem);
    }

    /** Why the handler of the type will not take the message, before it is stored; empty when it will. */
    java.util.Optional<String> refusal(MessageType type, String partnerCode, org.caunoi.hub.exchange.Threading threading,
            byte[] payload) {
        MessageHandler handler = handlers.get(type);
        return handler == null ? java.util.Optional.empty() : handler.refusal(partnerCode, threading, payload);
    }

    /**
     * The name of the handler that completes a message of this type on arrival, in the transaction
     * that stores it ({@link MessageHandler#completesOnArrival()}); null when the message waits for this processor.
     */
    @org.jspecify.annotations.Nullable String completesOnArrival(MessageType type) {
        MessageHandler handler = handlers.get(type);
        return handler != null && handler.completesOnArrival() ? handler.getClass().getSimpleName() : null;
    }

    /** Runs the handler of a message stored processed, in the transaction that stores it. */
    void handleOnArrival(ReceivedMessage message) {
        MessageHandler handler = handlers.get(message.type());
        if (handler == null) {
            throw new IllegalStateException("No handler for " + message.type());
        }
        handler.handle(message);
    }

    /** Processes one due message; false when none is due. */
    boolean processOne() {
        var claimed = new InboundMessage[1];
        try {
            Boolean worked = transaction.execute(status -> {
                var message = messages.claimDue(clock.instant());
                if (message.isEmpty()) {
                    return false;
                }
                claimed[0] = message.get();
                process(message.get());
                return true;
            });
            return Boolean.TRUE.equals(worked);
        }
        catch (RuntimeException e) {
            if (claimed[0] == null) {
                throw e;
            }
            recordFailure(claimed[0], e);
            return true;
        }
    }

    private void process(InboundMessage message) {
        MessageHandler handler = handlers.get(message.type());
        if (handler == null) {
            throw new IllegalStateException("No handler for " + message.type() + " any more");
        }
        handler.handle(new ReceivedMessage(message.messageId(), message.partnerCode(), message.type(),
                message.category() == null ? null : DataCategory.parse(message.category()),
                message.purpose() == null ? null : Purpose.parse(message.purpose()), message.contentType(),
                message.payload(), message.receivedAt(), message.threading()));
        messages.processed(message.id(), clock.instant(), handler.getClass().getSimpleName());
        audit.recordAs("system", "EXCHANGE_PROCESSED", "exchange-message", message.messageId(),
                Sentences.of("exchange.audit-details.processed", message.type().named(), partners.inSentence(message.partnerCode()),
                        handler.getClass().getSimpleName()));
    }

    private void recordFailure(InboundMessage message, RuntimeException failure) {
        Instant next = clock.instant().plus(backoff.after(message.attempts() + 1));
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        transaction.executeWithoutResult(status -> {
            messages.handlerFailed(message.id(), next, error);
            events.record("IN", message.messageId(), "HANDLER_FAILED", Sentences.of("exchange.event-details.handler-failed",
                    error, next));
        });
    }

    public void nudge() {
        poller.nudge();
    }

    @Override
    public void start() {
        poller.start();
    }

    @Override
    public void stop() {
        poller.stop();
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }

}
