package org.caunoi.hub.exchange.internal.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.caunoi.hub.exchange.internal.inbox.InboundMessage;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessage;
import org.caunoi.hub.platform.operations.AuditMetrics;
import org.caunoi.hub.platform.operations.Recent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The exchange's figures for Prometheus: messages by direction and state and the dead letters (read
 * from the message tables, at most every few seconds) and the inbound messages refused (their audit
 * entries). The time from queuing a message to its partner's receipt is the outbox sender's, which
 * knows both without a query.
 */
@Component
class ExchangeMetrics {

    private static final Duration PERIOD = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Recent<Map<String, Long>> counts;
    /** Held here: a meter keeps only a weak reference to what it reads. */
    private final Recent<Double> refusals;

    ExchangeMetrics(JdbcClient jdbc, MeterRegistry registry, AuditMetrics audit, Clock clock) {
        this.jdbc = jdbc;
        this.counts = new Recent<>(this::countByState, PERIOD, clock);
        for (OutboundMessage.State state : OutboundMessage.State.values()) {
            messages(registry, "out", state.name());
        }
        for (InboundMessage.State state : InboundMessage.State.values()) {
            messages(registry, "in", state.name());
        }
        Gauge.builder("caunoi.exchange.dead.letters", counts, all -> all.get().getOrDefault(key("out", "DEAD_LETTER"), 0L))
                .description("Outbound messages given up on, waiting for an officer to send them again")
                .register(registry);
        this.refusals = audit.countActions("EXCHANGE_REFUSE_INBOUND");
        FunctionCounter.builder("caunoi.exchange.refusals", refusals, Recent::get)
                .description("Audit entries of inbound messages refused (one entry may stand for many anonymous refusals)")
                .register(registry);
    }

    private void messages(MeterRegistry registry, String direction, String state) {
        String key = key(direction, state);
        Gauge.builder("caunoi.exchange.messages", counts, all -> all.get().getOrDefault(key, 0L))
                .description("Messages in the exchange's tables by direction and state")
                .tag("direction", direction)
                .tag("state", state)
                .register(registry);
    }

    private Map<String, Long> countByState() {
        Map<String, Long> byState = new HashMap<>();
        jdbc.sql("""
                        SELECT 'out' AS direction, state, count(*) AS n FROM exchange.outbound_message GROUP BY state
                        UNION ALL
                        SELECT 'in', state, count(*) FROM exchange.inbound_message GROUP BY state""")
                .query(rows -> {
                    byState.put(key(rows.getString("direction"), rows.getString("state")), rows.getLong("n"));
                });
        return byState;
    }

    private static String key(String direction, String state) {
        return direction + "/" + state;
    }
}
