package org.caunoi.hub.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many refusals of messages from unknown senders the audit trail records one by one: at most
 * {@code caunoi.exchange.refusals-audited-per-minute} per remote address and minute. Above that
 * they are counted, and one entry per address says how many were not recorded singly, so a flood
 * of garbage posted to {@code /as4} shows in the trail without filling it. Refusals of messages
 * from an authenticated partner are always recorded one by one.
 *
 * A fixed one-minute window, by hand: the map is emptied every minute, so it never holds more
 * addresses than wrote in a minute; a rate-limiting library would add little to these few lines.
 */
@Component
class RefusalAuditLimit {

    private final AuditTrail audit;
    private final Clock clock;
    private final int perAddressAndMinute;
    private volatile Map<String, AtomicInteger> window = new ConcurrentHashMap<>();
    private volatile Instant windowStart;

    RefusalAuditLimit(AuditTrail audit, Clock clock,
            @Value("${caunoi.exchange.refusals-audited-per-minute:30}") int perAddressAndMinute) {
        this.audit = audit;
        this.clock = clock;
        this.perAddressAndMinute = perAddressAndMinute;
        this.windowStart = clock.instant();
    }

    /** True when this refusal is to be recorded one by one; otherwise it has been counted. */
    boolean admit(@Nullable String remoteAddress) {
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        return window.computeIfAbsent(address, any -> new AtomicInteger()).incrementAndGet() <= perAddressAndMinute;
    }

    /** Closes the window: one entry per address that went over the limit, and a fresh count. */
    @Scheduled(fixedDelayString = "${caunoi.exchange.refusal-window:PT1M}")
    @PreDestroy
    void closeWindow() {
        Map<String, AtomicInteger> closed = window;
        Instant from = windowStart;
        window = new ConcurrentHashMap<>();
        windowStart = clock.instant();
        closed.forEach((address, count) -> {
            int notRecorded = count.get() - perAddressAndMinute;
            if (notRecorded > 0) {
                audit.recordAs("as4:unknown", "EXCHANGE_REFUSE_INBOUND_UNRECORDED", "remote-address", address,
                        notRecorded + " more messages from unknown senders refused between " + from + " and "
                                + windowStart + ", not recorded one by one (limit " + perAddressAndMinute + " a minute)");
            }
        });
    }
}
