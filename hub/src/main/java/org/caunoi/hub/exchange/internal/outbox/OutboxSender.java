package org.caunoi.hub.exchange.internal.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims one due message at a time for a lease (so neither another thread
 * nor another instance on the same database sends it too, and a crashed sender's claim runs out),
 * sends it outside any transaction, and records the receipt, or the next attempt with exponential
 * backoff, or the dead letter, telling the sending module by an event if it follows the message's type.
 * A message this instance has just queued is usually queued already claimed ({@link #handOver}) and
 * handed over once its queuing commits, which spares it the claiming transaction.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final int THREADS = 4;
    /** Copies handed over and not yet taken up: enough to keep every thread busy, few enough to wait briefly. */
    private static final int HAND_OVER_LIMIT = THREADS * 4;

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
    /** Names the partner in the audit trail's sentences, in the reader's language when read. */
    private final Partners partners;
    /** From queuing a message to storing its partner's signed receipt; both times are in the claimed row. */
    private final Timer deliveryLatency;
    /** Copies queued claimed by this instance, committed, waiting for a thread: see {@link #handOver}. */
    private final java.util.concurrent.BlockingQueue<Claimed> handedOver = new java.util.concurrent.LinkedBlockingQueue<>();
    /** Claims reserved and not yet taken up (or given back): bounds {@link #handedOver}. */
    private final java.util.concurrent.atomic.AtomicInteger reserved = new java.util.concurrent.atomic.AtomicInteger();
    /** Names this sender in the message history, so an officer sees which instance delivered. */
    private final String instance = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/"
            + java.util.UUID.randomUUID().toString().substring(0, 8);

    OutboxSender(OutboundMessages messages, PartnerEndpoints endpoints, As4Client client, MessageEvents events,
            AuditTrail audit, TransactionTemplate transaction, Clock clock, ExchangeProperties properties,
            OutcomeEvents outcomes, MeterRegistry registry, Partners partners) {
        this.messages = messages;
        this.partners = partners;
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
     * Starts the hand-over of the copies about to be queued in the current transaction: a claim for
     * each copy the hand-over has room for (null for the others, which are queued unclaimed and
     * claimed as before). It is registered with the transaction at once, so a rollback, or a failure
     * before the copies are queued, gives every claim back. Without a transaction nothing is reserved.
     */
    HandOver handOver(int copies) {
        Instant leaseEnd = clock.instant().plus(lease);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HandOver(java.util.Collections.nCopies(copies, null), leaseEnd);
        }
        List<@Nullable String> claims = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            claims.add(reserve());
        }
        HandOver handOver = new HandOver(claims, leaseEnd);
        TransactionSynchronizationManager.registerSynchronization(handOver);
        return handOver;
    }

    /** A claim if the hand-over has room; the claim's lease protects the copy if this instance dies before sending it. */
    private @Nullable String reserve() {
        if (paused || !poller.isRunning()
                || reserved.getAndUpdate(n -> n < HAND_OVER_LIMIT ? n + 1 : n) >= HAND_OVER_LIMIT) {
            return null;
        }
        return instance + "/" + java.util.UUID.randomUUID();
    }

    /**
     * The claims of one queuing transaction and, once queued, its copies: after the commit the
     * claimed copies go to the sending threads and each unclaimed one is worth one claim; the
     * reservations of copies that were not queued claimed are given back.
     */
    final class HandOver implements TransactionSynchronization {

        private final List<@Nullable String> claims;
        private final Instant leaseEnd;
        private final List<Claimed> claimed = new ArrayList<>();
        private int unclaimed;

        private HandOver(List<@Nullable String> claims, Instant leaseEnd) {
            this.claims = claims;
            this.leaseEnd = leaseEnd;
        }

        /** One per copy, in order: the claim to queue it under, or null to queue it unclaimed. */
        List<@Nullable String> claims() {
            return claims;
        }

        /** Until when the claims hold. */
        Instant leaseEnd() {
            return leaseEnd;
        }

        /** The copies as queued, in the order of {@link #claims()}, each with the endpoint it goes to. */
        void queued(List<OutboundMessage> copies, List<PartnerEndpoint> endpoints) {
            for (int i = 0; i < copies.size(); i++) {
                String claim = claims.get(i);
                if (claim == null) {
                    unclaimed++;
                }
                else {
                    claimed.add(new Claimed(copies.get(i), java.util.Optional.of(endpoints.get(i)), claim));
                }
            }
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                afterCompletion(STATUS_COMMITTED);
            }
        }

        @Override
        public void afterCompletion(int status) {
            boolean committed = status == STATUS_COMMITTED;
            long reservedClaims = claims.stream().filter(java.util.Objects::nonNull).count();
            // A handed-over copy keeps its reservation until a thread takes it up.
            reserved.addAndGet(-(int) (committed ? reservedClaims - claimed.size() : reservedClaims));
            if (!committed) {
                return;
            }
            handedOver.addAll(claimed);
            claimed.forEach(copy -> poller.nudge());
            for (int i = 0; i < unclaimed; i++) {
                nudge();
            }
        }
    }

    /**
     * Delivers one due message; false when none is due. A handed-over copy goes first; otherwise a
     * due message is claimed. The claim commits before the partner is called and the outcome is
     * recorded in a transaction of its own, so a slow partner holds no row lock or database
     * connection, and a crash leaves a claim that simply runs out.
     */
    boolean deliverOne() {
        Claimed handed = handedOver.poll();
        if (handed != null) {
            try {
                // Waited for half its lease (a partner slower than its timeouts): leave it to the sweep,
                // which claims it afresh once the lease ends, rather than race a sender that already has.
                if (clock.instant().isBefore(handed.message().nextAttemptAt().minus(lease.dividedBy(2)))) {
                    deliver(handed);
                }
            }
            finally {
                reserved.decrementAndGet();
            }
            return true;
        }
        String claim = instance + "/" + java.util.UUID.randomUUID();
        Instant claimedAt = clock.instant();
        // The partner's endpoint is read in the claim's transaction: one connection and commit for both.
        var claimed = transaction.execute(status -> messages.claimDue(claimedAt, claimedAt.plus(lease), claim)
                .map(due -> new Claimed(due, endpoints.of(due.partnerCode()), claim)));
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        deliver(claimed.get());
        return true;
    }

    private void deliver(Claimed claimed) {
        OutboundMessage message = claimed.message();
        var endpoint = claimed.endpoint();
        As4Client.Outcome outcome = endpoint.isEmpty()
                ? new As4Client.Outcome(As4Client.Outcome.Result.RETRY, "no endpoint for " + message.partnerCode(), null, null)
                : client.send(userMessage(message), endpoint.get());
        if (outcome.result() == As4Client.Outcome.Result.DELIVERED && !outcomes.followed(message.type())) {
            // One statement records a delivery nobody follows (the receipt, its history, its audit
            // entry): it commits on its own, without the round trip a transaction's COMMIT costs.
            record(message, claimed.claim(), outcome);
        }
        else {
            transaction.executeWithoutResult(status -> record(message, claimed.claim(), outcome));
        }
    }

    private static As4Client.UserMessage userMessage(OutboundMessage message) {
        return new As4Client.UserMessage(message.messageId(), message.type(), message.category(), message.purpose(),
                message.contentType(), message.payload(), message.threading());
    }

    /**
     * A claimed message (its {@code nextAttemptAt} is when the claim's lease ends), where to send it if
     * its partner still has an endpoint, and the claim.
     */
    record Claimed(OutboundMessage message, java.util.Optional<PartnerEndpoint> endpoint, String claim) {
    }

    private void record(OutboundMessage message, String claim, As4Client.Outcome outcome) {
        Instant now = clock.instant();
        switch (outcome.result()) {
            case DELIVERED -> {
                // The step in the history names the attempt and the instance that delivered.
                String attempt = Sentences.of("exchange.event-details.delivered", message.attempts() + 1, instance);
                var delivered = audit.inStatement(List.of(new AuditTrail.Planned("system", "EXCHANGE_DELIVERED",
                        "exchange-message", message.messageId(), Sentences.of("exchange.audit-details.delivered",
                                partners.inSentence(message.partnerCode()), message.type().named()))));
                if (messages.delivered(message.id(), outcome.sentRaw(), outcome.receiptRaw(), now, attempt, delivered)) {
                    outcomes.publish(message.type(), new MessageDelivered(message.messageId(), message.partnerCode(), message.type(), now));
                    // Recorded after commit: a rolled-back receipt was no delivery.
                    AfterCommit.run(() -> deliveryLatency.record(java.time.Duration.between(message.createdAt(), now)));
                }
            }
            case REFUSED -> {
                if (messages.failed(message.id(), claim, State.DEAD_LETTER, now, outcome.detail(), outcome.sentRaw(), now)) {
                    events.record("OUT", message.messageId(), State.DEAD_LETTER.name(), outcome.detail());
                    audit.recordAs("system", "EXCHANGE_REFUSED_BY_PARTNER", "exchange-message", message.messageId(),
                            Sentences.of("exchange.audit-details.refused-by-partner", partners.inSentence(message.partnerCode()),
                                    outcome.detail()));
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
                            Sentences.of("exchange.audit-details.dead-letter", partners.inSentence(message.partnerCode()),
                                    message.giveUpAt().truncatedTo(ChronoUnit.SECONDS), outcome.detail()));
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
        releaseHandedOver();
    }

    /** Copies handed over but not sent when the sender stops: due at once for the next sender, not when their leases end. */
    private void releaseHandedOver() {
        List<Claimed> left = new ArrayList<>();
        handedOver.drainTo(left);
        if (left.isEmpty()) {
            return;
        }
        reserved.addAndGet(-left.size());
        try {
            transaction.executeWithoutResult(status -> messages.release(left.stream().map(copy -> copy.message().id()).toList(),
                    left.stream().map(Claimed::claim).toList(), clock.instant()));
        }
        catch (RuntimeException e) {
            // The database is going too: the leases run out and the copies come due then.
            org.slf4j.LoggerFactory.getLogger(OutboxSender.class).warn("Could not release {} handed-over messages: {}",
                    left.size(), e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }
}
