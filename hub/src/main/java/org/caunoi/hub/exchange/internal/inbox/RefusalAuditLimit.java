package org.caunoi.hub.exchange.internal.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many refusals of messages from unknown senders the audit trail records one by one: at most
 * {@code caunoi.exchange.refusals-audited-per-minute} per remote address and minute, and at most
 * {@code caunoi.exchange.refusals-audited-per-minute-in-all} from all addresses together, since an
 * attacker with a block of IPv6 addresses has as many addresses as it likes. Above that they are
 * counted, and one entry per minute says how many were not recorded singly and which addresses sent
 * most, so a flood of garbage posted to {@code /as4} shows in the trail without filling it.
 * Refusals of messages from an authenticated partner are always recorded one by one.
 *
 * A fixed one-minute window, by hand: the counts are replaced every minute, and an address is
 * counted on its own only while refusals are still recorded, so a flood from many addresses cannot
 * grow them; a rate-limiting library would add little to these few lines.
 */
@Component
class RefusalAuditLimit {

    /** The counts of one window. */
    private record Window(Instant start, Map<String, AtomicInteger> perAddress, AtomicInteger recorded,
            AtomicInteger unrecorded) {

        Window(Instant start) {
            this(start, new ConcurrentHashMap<>(), new AtomicInteger(), new AtomicInteger());
        }

        boolean countAsUnrecorded() {
            unrecorded.incrementAndGet();
            return false;
        }
    }

    private final AuditTrail audit;
    private final Clock clock;
    private final int perAddressAndMinute;
    private final int inAllPerMinute;
    private volatile Window window;

    RefusalAuditLimit(AuditTrail audit, Clock clock,
            @Value("${caunoi.exchange.refusals-audited-per-minute:30}") int perAddressAndMinute,
            @Value("${caunoi.exchange.refusals-audited-per-minute-in-all:120}") int inAllPerMinute) {
        this.audit = audit;
        this.clock = clock;
        this.perAddressAndMinute = perAddressAndMinute;
        this.inAllPerMinute = inAllPerMinute;
        this.window = new Window(clock.instant());
    }

    /** True when this refusal is to be recorded one by one; otherwise it has been counted. */
    boolean admit(@Nullable String remoteAddress) {
        Window current = window;
        if (current.recorded().get() >= inAllPerMinute) {
            return current.countAsUnrecorded();
        }
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        if (current.perAddress().computeIfAbsent(address, any -> new AtomicInteger()).incrementAndGet() > perAddressAndMinute) {
            return current.countAsUnrecorded();
        }
        // Checked again: other requests may have taken the last places since the first look.
        return current.recorded().incrementAndGet() <= inAllPerMinute || current.countAsUnrecorded();
    }

    /** Closes the window: one entry if refusals went unrecorded, and fresh counts. */
    @Scheduled(fixedDelayString = "${caunoi.exchange.refusal-window:PT1M}")
    @PreDestroy
    void closeWindow() {
        Window closed = window;
        window = new Window(clock.instant());
        int notRecorded = closed.unrecorded().get();
        if (notRecorded == 0) {
            return;
        }
        var most = closed.perAddress().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, AtomicInteger> entry) -> entry.getValue().get()).reversed())
                .limit(5).toList();
        // The entry is filed under the address that sent most, so a search by address finds it.
        audit.recordAs("as4:unknown", "EXCHANGE_REFUSE_INBOUND_UNRECORDED", "remote-address",
                most.isEmpty() ? null : most.getFirst().getKey(),
                notRecorded + " more messages from unknown senders refused between " + closed.start().truncatedTo(ChronoUnit.SECONDS)
                        + " and " + window.start().truncatedTo(ChronoUnit.SECONDS) + ", not recorded one by one (limits " + perAddressAndMinute
                        + " a minute per address, " + inAllPerMinute + " in all); most refused from: "
                        + most.stream().map(entry -> entry.getKey() + " (" + entry.getValue().get() + ")")
                                .collect(Collectors.joining(", ")));
    }
}
