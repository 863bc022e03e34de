package org.caunoi.hub.platform.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.caunoi.hub.TestHub;

/** The hub's clock in a test, in the officers' time zone as the hub's own: it stands still until the test moves it. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Puts the clock at that moment, back or forward. */
    public void set(Instant moment) {
        now = moment;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return TestHub.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
