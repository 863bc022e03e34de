package org.caunoi.hub.platform.operations;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail's figures for Prometheus: how many entries wait to be linked into the hash chain
 * (a lag that keeps growing means the linker stopped), and counters of entries by action prefix that
 * other modules register ({@link #countActions}).
 */
@Component
public class AuditMetrics implements MeterBinder {

    static final Duration PERIOD = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Recent<Long> unlinked;

    AuditMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.unlinked = new Recent<>(() -> jdbc.sql("SELECT count(*) FROM platform.audit_unlinked").query(Long.class).single(),
                PERIOD, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("caunoi.audit.chain.lag", unlinked, Recent::get)
                .description("Audit entries written and not yet linked into the hash chain")
                .register(registry);
    }

    /**
     * How many audit entries have an action starting with the prefix, since the chain began: for a
     * {@link io.micrometer.core.instrument.FunctionCounter}, which the caller must hold on to. Each
     * reading looks only at the links added since the one before, so it stays cheap as the trail grows.
     */
    public Recent<Double> countActions(String actionPrefix) {
        return new Recent<>(new ActionCount(jdbc, actionPrefix)::read, PERIOD, clock);
    }

    /** Counts linked entries by position: positions have no gaps and grow in commit order, so none is missed or counted twice. */
    private static final class ActionCount {

        private final JdbcClient jdbc;
        private final String pattern;
        private long lastPosition;
        private double total;

        ActionCount(JdbcClient jdbc, String actionPrefix) {
            this.jdbc = jdbc;
            this.pattern = actionPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }

        synchronized double read() {
            var step = jdbc.sql("""
                            SELECT coalesce(max(l.position), :last) AS last, count(*) FILTER (WHERE e.action LIKE :pattern) AS matching
                            FROM platform.audit_link l JOIN platform.audit_entry e ON e.id = l.entry_id
                            WHERE l.position > :last""")
                    .param("last", lastPosition)
                    .param("pattern", pattern)
                    .query((rows, n) -> new long[] {rows.getLong("last"), rows.getLong("matching")})
                    .single();
            lastPosition = step[0];
            total += step[1];
            return total;
        }
    }
}
