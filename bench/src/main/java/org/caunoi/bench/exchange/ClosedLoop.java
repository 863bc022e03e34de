package org.caunoi.bench.exchange;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a number of messages from a few threads, each thread sending its next message once the
 * previous one is delivered, and measures each message from the start of its send to its delivery.
 */
final class ClosedLoop {

    /** Delivers message number {@code i} and returns once it is delivered; throws when it is not. */
    @FunctionalInterface
    interface Delivery {
        void deliver(int i) throws Exception;
    }

    /** What a run measured. */
    record Result(int messages, int threads, double seconds, long[] latenciesNanos) {

        double perSecond() {
            return messages / seconds;
        }

        double p50Millis() {
            return percentile(0.50);
        }

        double p99Millis() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = Math.max(0, (int) Math.ceil(p * sorted.length) - 1);
            return sorted[index] / 1e6;
        }
    }

    private ClosedLoop() {
    }

    static Result run(int threads, int messages, Delivery delivery) throws InterruptedException {
        long[] latencies = new long[messages];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().name("bench-sender-" + t).daemon().start(() -> {
                try {
                    start.await();
                    for (int i = next.getAndIncrement(); i < messages && failure.get() == null; i = next.getAndIncrement()) {
                        long began = System.nanoTime();
                        delivery.deliver(i);
                        latencies[i] = System.nanoTime() - began;
                    }
                }
                catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
                finally {
                    done.countDown();
                }
            });
        }
        long began = System.nanoTime();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - began) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("A message was not delivered: " + failure.get(), failure.get());
        }
        return new Result(messages, threads, seconds, latencies);
    }
}
