package org.caunoi.hub.exchange.internal;

import java.time.Duration;

/** Exponential backoff: the first wait after the first failure, doubling after each, never above the maximum. */
public record Backoff(Duration first, Duration max) {

    public Duration after(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
