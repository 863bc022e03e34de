package org.caunoi.hub.exchange.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of work (claim one due row and handle it) on a few threads. Two things start it:
 * <ul>
 * <li>a nudge, which says that one new row was committed in this process: it is worth one claim,
 * not a drain, which would end in a claim that finds nothing;</li>
 * <li>the sweep at every interval, which drains until nothing is due: rows whose time has come
 * (retries), rows of another instance on the same database, and any nudge that was missed.</li>
 * </ul>
 * Stops with the application, so a stopped hub sends and processes nothing more.
 */
public final class Poller {

    private static final Logger log = LoggerFactory.getLogger(Poller.class);

    private final String name;
    private final int threads;
    private final Duration interval;
    private final BooleanSupplier workOnce;
    private final Semaphore running;
    /** Claims owed to nudges not yet served. */
    private final AtomicInteger owed = new AtomicInteger();
    private final AtomicBoolean sweepDue = new AtomicBoolean();
    private volatile boolean stopped = true;
    /** None until the first start. */
    private @Nullable ScheduledExecutorService executor;

    /** @param workOnce claims and handles one due row; false when none was due */
    public Poller(String name, int threads, Duration interval, BooleanSupplier workOnce) {
        this.name = name;
        this.threads = threads;
        this.interval = interval;
        this.workOnce = workOnce;
        this.running = new Semaphore(threads);
    }

    public synchronized void start() {
        stopped = false;
        ScheduledExecutorService started = Executors.newScheduledThreadPool(threads,
                Thread.ofPlatform().name(name + "-", 0).daemon().factory());
        executor = started;
        started.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One new row was committed: one claim for it, on an idle thread if there is one. */
    public void nudge() {
        owed.incrementAndGet();
        startIdleThread();
    }

    private void sweep() {
        sweepDue.set(true);
        startIdleThread();
    }

    private void startIdleThread() {
        ScheduledExecutorService current = executor;
        if (stopped || current == null || !running.tryAcquire()) {
            return;
        }
        try {
            current.execute(this::work);
        }
        catch (RejectedExecutionException e) {
            running.release();
        }
    }

    private void work() {
        try {
            while (!stopped) {
                if (takeOwedClaim()) {
                    if (owed.get() > 0) {
                        startIdleThread();
                    }
                    // A nudge is worth one claim, whether or not that claim found a row.
                    var unused = workOnce.getAsBoolean();
                }
                else if (sweepDue.getAndSet(false)) {
                    drain();
                }
                else {
                    break;
                }
            }
        }
        catch (RuntimeException e) {
            // The database may be down: leave the owed claims to the next sweep rather than retry at once.
            owed.set(0);
            if (!stopped) {
                log.warn("{}: {}", name, e.toString());
            }
            running.release();
            return;
        }
        running.release();
        // A nudge that came while this thread was leaving found no idle thread: serve it now.
        if (owed.get() > 0) {
            startIdleThread();
        }
    }

    /** Claims until nothing is due; the first claim that finds work brings in another thread. */
    private void drain() {
        boolean recruited = false;
        while (!stopped && workOnce.getAsBoolean()) {
            if (!recruited) {
                recruited = true;
                sweepDue.set(true);
                startIdleThread();
            }
        }
    }

    private boolean takeOwedClaim() {
        return owed.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public synchronized void stop() {
        stopped = true;
        ScheduledExecutorService current = executor;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitTermination(30, TimeUnit.SECONDS)) {
                    current.shutdownNow();
                }
            }
            catch (InterruptedException e) {
                current.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return !stopped;
    }
}
