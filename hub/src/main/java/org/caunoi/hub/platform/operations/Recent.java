package org.caunoi.hub.platform.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value read at most once per period and reused in between: a scrape reads many gauges, and
 * several scrapers may come, but the database answers each of the queries behind them only once.
 */
public final class Recent<T> {

    private final Supplier<T> reading;
    private final Duration period;
    private final Clock clock;
    private @Nullable T value;
    private Instant readAt = Instant.EPOCH;

    public Recent(Supplier<T> reading, Duration period, Clock clock) {
        this.reading = reading;
        this.period = period;
        this.clock = clock;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        T current = value;
        if (current == null || !now.isBefore(readAt.plus(period))) {
            current = reading.get();
            value = current;
            readAt = now;
        }
        return current;
    }
}
