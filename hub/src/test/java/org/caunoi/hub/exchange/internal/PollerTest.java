package org.caunoi.hub.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The poller's contract with the outbox and the inbox: every row is handled once, a nudge costs one
 * claim (no claim that finds nothing after it), the sweep finds rows nobody nudged for, and a
 * failing claim does not spin.
 */
class PollerTest {

    /** Stands in for a table of due rows: a claim takes one or finds none. */
    private final ConcurrentLinkedQueue<Integer> due = new ConcurrentLinkedQueue<>();
    private final Set<Integer> handled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger claims = new AtomicInteger();
    private final AtomicInteger emptyClaims = new AtomicInteger();
    private Poller poller;

    private boolean claimOne() {
        claims.incrementAndGet();
        Integer row = due.poll();
        if (row == null) {
            emptyClaims.incrementAndGet();
            return false;
        }
        assertThat(handled.add(row)).as("row %d handled twice", row).isTrue();
        return true;
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    @Test
    void eachNudgeCostsOneClaimAndEveryRowIsHandledOnce() {
        poller = new Poller("test", 4, Duration.ofHours(1), this::claimOne);
        poller.start();
        for (int row = 0; row < 2_000; row++) {
            due.add(row);
            poller.nudge();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2_000);
        assertThat(claims.get()).isEqualTo(2_000);
        assertThat(emptyClaims.get()).isZero();
    }

    @Test
    void theSweepDrainsRowsNobodyNudgedFor() {
        poller = new Poller("test", 4, Duration.ofMillis(50), this::claimOne);
        for (int row = 0; row < 500; row++) {
            due.add(row);
        }
        poller.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 500);
        assertThat(due).isEmpty();
    }

    @Test
    void aFailingClaimWaitsForTheSweepInsteadOfSpinning() {
        AtomicInteger attempts = new AtomicInteger();
        poller = new Poller("test", 4, Duration.ofMillis(500), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database down");
        });
        for (int i = 0; i < 100; i++) {
            poller.nudge(); // before start: owed, served from the first sweep on
        }
        poller.start();

        // The first failures forget the other owed claims: at most one attempt per thread, then one per
        // sweep (two in 1.2 s), not one per nudge (100) — checked all along those 1.2 s.
        await().during(Duration.ofMillis(1_200)).atMost(Duration.ofSeconds(3)).until(() -> attempts.get() <= 4 + 2);
        assertThat(attempts.get()).isBetween(1, 4 + 2);
    }
}
