package org.caunoi.hub.exchange.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of work on a few threads until it reports nothing left, then again at every interval
 * or when nudged. Stops with the application, so a stopped hub sends and processes nothing more.
 */
final class Poller {

    private static final Logger log = LoggerFactory.getLogger(Poller.class);

    private final String name;
    private final int threads;
    private final Duration interval;
    private final BooleanSupplier workOnce;
    private final Semaphore running;
    private volatile boolean stopped = true;
    private ScheduledExecutorService executor;

    Poller(String name, int threads, Duration interval, BooleanSupplier workOnce) {
        this.name = name;
        this.threads = threads;
        this.interval = interval;
        this.workOnce = workOnce;
        this.running = new Semaphore(threads);
    }

    synchronized void start() {
        stopped = false;
        executor = Executors.newScheduledThreadPool(threads, Thread.ofPlatform().name(name + "-", 0).daemon().factory());
        executor.scheduleWithFixedDelay(this::nudge, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts one idle thread. A thread that finds work wakes the next, so a backlog gets every thread
     * while a single new message costs one empty claim, not one per idle thread.
     */
    void nudge() {
        ScheduledExecutorService current = executor;
        if (stopped || current == null || !running.tryAcquire()) {
            return;
        }
        try {
            current.execute(this::drain);
        }
        catch (java.util.concurrent.RejectedExecutionException e) {
            running.release();
        }
    }

    private void drain() {
        try {
            boolean recruited = false;
            while (!stopped && workOnce.getAsBoolean()) {
                if (!recruited) {
                    recruited = true;
                    nudge();
                }
            }
        }
        catch (RuntimeException e) {
            if (!stopped) {
                log.warn("{}: {}", name, e.toString());
            }
        }
        finally {
            running.release();
        }
    }

    synchronized void stop() {
        stopped = true;
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            }
            catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isRunning() {
        return !stopped;
    }
}
