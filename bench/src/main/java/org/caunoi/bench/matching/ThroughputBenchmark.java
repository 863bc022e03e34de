package org.caunoi.bench.matching;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.caunoi.matching.LoadMode;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;
import org.caunoi.matching.WatchlistEntry;
import org.caunoi.matching.WatchlistLoader;

/**
 * Benchmark 3: screening speed against the full OFAC + UN lists, in a warmed-up harness (the
 * figures are per query end to end, so a JMH microbenchmark adds nothing): list load and index
 * build time, heap held by the watchlist, queries per second on 1 and 2 threads, latency p50/p99.
 * The queries are the 11,910 OFAC alias names, which look like what officers type.
 *
 * <pre>java -Xmx1g -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.ThroughputBenchmark ../shared/reference/sanctions [seconds]</pre>
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/reference/sanctions");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        List<WatchlistEntry> entries = new ArrayList<>(WatchlistLoader.ofac(folder, LoadMode.STRICT).entries());
        entries.addAll(WatchlistLoader.unXml(folder.resolve("un-consolidated.xml"), LoadMode.STRICT).entries());
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Watchlist watchlist = new Watchlist(entries);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        watchlist.add(WatchlistEntry.of("live-1", org.caunoi.matching.EntryType.PERSON, "Nguyễn Văn Thử"));
        double updateMillis = (System.nanoTime() - start) / 1e6;
        long heapAfter = usedHeapAfterGc();
        int names = entries.stream().mapToInt(e -> e.names().size()).sum();
        System.out.printf(Locale.ROOT, "lists: %d entries, %d names; files read in %.2f s, index built in %.2f s, one live add %.1f ms; heap held %.0f MB%n",
                entries.size(), names, loadSeconds, buildSeconds, updateMillis, (heapAfter - heapBefore) / 1e6);

        List<ScreeningQuery> queries = OfacData.read(folder).aliases().stream().map(a -> ScreeningQuery.of(a.name())).toList();
        run(watchlist, queries, 1, seconds, false);
        double[] single = run(watchlist, queries, 1, seconds, true);
        double[] dual = run(watchlist, queries, 2, seconds, false);
        System.out.printf(Locale.ROOT, "1 thread: %.0f queries/s, latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
                single[0], single[1], single[2], single[3]);
        System.out.printf(Locale.ROOT, "2 threads: %.0f queries/s%n", dual[0]);
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Queries per second, and with latencies recorded p50, p99 and p99.9 in ms. */
    private static double[] run(Watchlist watchlist, List<ScreeningQuery> queries, int threads, int seconds, boolean latencies)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder done = new LongAdder();
        long[][] times = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            times[t] = latencies ? new long[4_000_000] : null;
            Thread.ofPlatform().start(() -> {
                int i = thread * 997;
                int n = 0;
                while (running.get()) {
                    ScreeningQuery q = queries.get(i++ % queries.size());
                    long s = latencies ? System.nanoTime() : 0;
                    watchlist.screen(q, Watchlist.DEFAULT_THRESHOLD, Watchlist.DEFAULT_TOP);
                    if (latencies && n < times[thread].length) {
                        times[thread][n] = System.nanoTime() - s;
                    }
                    n++;
                }
                counts[thread] = n;
                done.add(n);
                finished.countDown();
            });
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        finished.await();
        double qps = done.sum() / ((System.nanoTime() - start) / 1e9);
        if (!latencies) {
            return new double[] {qps};
        }
        long[] all = Arrays.copyOf(times[0], Math.min(counts[0], times[0].length));
        Arrays.sort(all);
        return new double[] {qps, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[(int) (all.length * 0.999)] / 1e6};
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
