package org.caunoi.hub.exchange.internal.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.caunoi.hub.exchange.MessageDelivered;
import org.caunoi.hub.exchange.MessageGivenUp;
import org.caunoi.hub.exchange.MessageRefusedByPartner;
import org.caunoi.hub.exchange.internal.Backoff;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.Poller;
import org.caunoi.hub.exchange.internal.as4.As4Client;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessage.State;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims one due message at a time for a lease (so neither another thread
 * nor another instance on the same database sends it too, and a crashed sender's claim runs out),
 * sends it outside any transaction, and records the receipt, or the next attempt with exponential
 * backoff, or the dead letter, telling the sending module by an event if it follows the message's type.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final int THREADS = 4;

    private final OutboundMessages messages;
    private final PartnerEndpoints endpoints;
    private final As4Client client;
    private final MessageEvents events;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Backoff backoff;
    private final Poller poller;
    private final boolean paused;
    private final java.time.Duration lease;
    private final OutcomeEvents outcomes;
    /** From queuing a message to storing its partner's signed receipt; both times are in the claimed row. */
    private final Timer deliveryLatency;
    /** Names this sender in the message history, so an officer sees which instance delivered. */
    private final String instance = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/"
            + java.util.UUID.randomUUID().toString().substring(0, 8);

    OutboxSender(OutboundMessages messages, PartnerEndpoints endpoints, As4Client client, MessageEvents events,
            AuditTrail audit, TransactionTemplate transaction, Clock clock, ExchangeProperties properties,
            OutcomeEvents outcomes, MeterRegistry registry) {
        this.messages = messages;
        this.endpoints = endpoints;
        this.client = client;
        this.events = events;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.backoff = new Backoff(properties.firstRetry(), properties.maxRetry());
        this.paused = properties.senderPaused();
        this.lease = properties.sendLease();
        this.outcomes = outcomes;
        this.deliveryLatency = Timer.builder("caunoi.exchange.delivery.latency")
                .description("From queuing an outbound message to storing its partner's signed receipt")
                .publishPercentileHistogram()
                .maximumExpectedValue(java.time.Duration.ofHours(1))
                .register(registry);
        this.poller = new Poller("as4-sender", THREADS, properties.pollInterval(), this::deliverOne);
    }

    /**
     * Delivers one due message; false when none is due. The claim commits before the partner is
     * called and the outcome is recorded in a transaction of its own, so a slow partner holds no
     * row lock or database connection, and a crash leaves a claim that simply runs out.
     */
    boolean deliverOne() {
        String claim = instance + "/" + java.util.UUID.randomUUID();
        Instant claimedAt = clock.instant();
        // The partner's endpoint is read in the claim's transaction: one connection and commit for both.
        var claimed = transaction.execute(status -> messages.claimDue(claimedAt, claimedAt.plus(lease), claim)
                .map(due -> new Claimed(due, endpoints.of(due.partnerCode()))));
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        OutboundMessage message = claimed.get().message();
        var endpoint = claimed.get().endpoint();
        As4Client.Outcome outcome = endpoint.isEmpty()
                ? new As4Client.Outcome(As4Client.Outcome.Result.RETRY, "no endpoint for " + message.partnerCode(), null, null)
                : client.send(userMessage(message), endpoint.get());
        transaction.executeWithoutResult(status -> record(message, claim, outcome));
        return true;
    }

    private static As4Client.UserMessage userMessage(OutboundMessage message) {
        return new As4Client.UserMessage(message.messageId(), message.type(), message.category(), message.purpose(),
                message.contentType(), message.payload(), message.threading());
    }

    /** A claimed message and where to send it, if its partner still has an endpoint. */
    private record Claimed(OutboundMessage message, java.util.Optional<PartnerEndpoint> endpoint) {
    }

    private void record(OutboundMessage message, String claim, As4Client.Outcome outcome) {
        Instant now = clock.instant();
        String attempt = "attempt " + (message.attempts() + 1) + " by " + instance;
        switch (outcome.result()) {
            case DELIVERED -> {
                if (messages.delivered(message.id(), outcome.sentRaw(), outcome.receiptRaw(), now, attempt)) {
                    audit.recordAs("system", "EXCHANGE_DELIVERED", "exchange-message", message.messageId(),
                            "to " + message.partnerCode() + " " + message.type() + ", signed receipt stored");
                    outcomes.publish(message.type(), new MessageDelivered(message.messageId(), message.partnerCode(), message.type(), now));
                    // Recorded after commit: a rolled-back receipt was no delivery.
                    AfterCommit.run(() -> deliveryLatency.record(java.time.Duration.between(message.createdAt(), now)));
                }
            }
            case REFUSED -> {
                if (messages.failed(message.id(), claim, State.DEAD_LETTER, now, outcome.detail(), outcome.sentRaw(), now)) {
                    events.record("OUT", message.messageId(), State.DEAD_LETTER.name(), outcome.detail());
                    audit.recordAs("system", "EXCHANGE_REFUSED_BY_PARTNER", "exchange-message", message.messageId(),
                            message.partnerCode() + ": " + outcome.detail());
                    outcomes.publish(message.type(), new MessageRefusedByPartner(message.messageId(), message.partnerCode(),
                            message.type(), outcome.detail()));
                }
            }
            case RETRY -> {
                Instant next = now.plus(backoff.after(message.attempts() + 1));
                boolean giveUp = next.isAfter(message.giveUpAt());
                State state = giveUp ? State.DEAD_LETTER : State.RETRYING;
                if (!messages.failed(message.id(), claim, state, next, outcome.detail(), outcome.sentRaw(), now)) {
                    return;
                }
                events.record("OUT", message.messageId(), state.name(), outcome.detail());
                if (giveUp) {
                    audit.recordAs("system", "EXCHANGE_DEAD_LETTER", "exchange-message", message.messageId(),
                            "undelivered to " + message.partnerCode() + " until "
                            + message.giveUpAt().truncatedTo(ChronoUnit.SECONDS) + ": " + outcome.detail());
                    outcomes.publish(message.type(), new MessageGivenUp(message.messageId(), message.partnerCode(), message.type(),
                            outcome.detail()));
                }
            }
        }
    }

    public void nudge() {
        if (!paused) {
            poller.nudge();
        }
    }

    @Override
    public void start() {
        if (!paused) {
            poller.start();
        }
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
