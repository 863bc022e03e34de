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
 * build time, heap held by the watchlist, the cost of an update (add, change, remove) against a full
 * rebuild, queries per second and latency p50/p99/p99.9 on 1 and 2 threads, and on 2 threads with
 * updates pending beside the index.
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
        long heapAfter = usedHeapAfterGc();
        int names = entries.stream().mapToInt(e -> e.names().size()).sum();
        System.out.printf(Locale.ROOT, "lists: %d entries, %d names; files read in %.2f s, index built in %.2f s; heap held %.0f MB%n",
                entries.size(), names, loadSeconds, buildSeconds, (heapAfter - heapBefore) / 1e6);
        updates(watchlist, entries);

        List<ScreeningQuery> queries = OfacData.read(folder).aliases().stream().map(a -> ScreeningQuery.of(a.name())).toList();
        String loadBefore = loadAverage();
        // warm up by work done, not by time: on a busy machine the JIT gets little of a fixed time
        for (int pass = 0; pass < 4; pass++) {
            for (ScreeningQuery q : queries) {
                watchlist.screen(q, Watchlist.DEFAULT_THRESHOLD, Watchlist.DEFAULT_TOP);
            }
        }
        run(watchlist, queries, 2, Math.max(1, seconds / 2), false);
        double[] single = run(watchlist, queries, 1, seconds, true);
        double[] dual = run(watchlist, queries, 2, seconds, true);
        double[] own = ownCost(watchlist, queries);
        // what a query costs while updates wait beside the main index (a second, small index to read)
        for (int i = 0; i < PENDING; i++) {
            watchlist.add(changed(entries.get(i * 7)));
        }
        for (ScreeningQuery q : queries) {
            watchlist.screen(q, Watchlist.DEFAULT_THRESHOLD, Watchlist.DEFAULT_TOP);
        }
        double[] pending = run(watchlist, queries, 2, seconds, true);
        String loadAfter = loadAverage();
        System.out.printf(Locale.ROOT, "2 threads, %d updates pending: %.0f queries/s (%.0f per CPU second), latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
                PENDING, pending[0], pending[1], pending[2], pending[3], pending[4]);
        System.out.printf(Locale.ROOT, "1 thread: %.0f queries/s (%.0f per CPU second), latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
                single[0], single[1], single[2], single[3], single[4]);
        System.out.printf(Locale.ROOT, "2 threads: %.0f queries/s (%.0f per CPU second), latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
                dual[0], dual[1], dual[2], dual[3], dual[4]);
        System.out.printf(Locale.ROOT, "each query's own cost (best of 3 runs of it, one thread): mean %.3f ms (%.0f queries/s), p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                own[0], 1000 / own[0], own[1], own[2], own[3]);
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB; load average (1, 5, 15 min) before %s, after %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter);
    }

    /** Updates waiting beside the main index in the last speed run: most of what a rebuild allows. */
    private static final int PENDING = 200;

    /**
     * What an update costs, added, changed and removed entries each timed 100 times (median and
     * max in ms), against a full rebuild of the index; leaves the index rebuilt, with no update pending.
     */
    private static void updates(Watchlist watchlist, List<WatchlistEntry> entries) {
        long[] add = new long[100];
        long[] change = new long[100];
        long[] remove = new long[100];
        for (int round = 0; round < 2; round++) {
            // the first round warms up; a rebuild before each keeps the updates from reaching the limit
            watchlist.rebuild();
            for (int i = 0; i < 100; i++) {
                long s = System.nanoTime();
                watchlist.add(WatchlistEntry.of("live-" + i, org.caunoi.matching.EntryType.PERSON, "Nguyễn Văn Thử " + i));
                add[i] = System.nanoTime() - s;
                s = System.nanoTime();
                watchlist.add(changed(entries.get(i * 13)));
                change[i] = System.nanoTime() - s;
                s = System.nanoTime();
                watchlist.remove("live-" + i);
                remove[i] = System.nanoTime() - s;
            }
        }
        long[] rebuild = new long[3];
        for (int i = 0; i < rebuild.length; i++) {
            long s = System.nanoTime();
            watchlist.rebuild();
            rebuild[i] = System.nanoTime() - s;
        }
        System.out.printf(Locale.ROOT, "updates, median / max of 100, up to 300 pending: add %.2f / %.2f ms, change %.2f / %.2f ms, remove %.2f / %.2f ms; full rebuild %.0f ms (median of 3)%n",
                median(add), max(add), median(change), max(change), median(remove), max(remove), median(rebuild));
    }

    /** The entry with one more alias: a change an officer makes. */
    private static WatchlistEntry changed(WatchlistEntry e) {
        List<String> names = new ArrayList<>(e.names());
        names.add(e.primaryName() + " Junior");
        return new WatchlistEntry(e.id(), e.list(), e.type(), names, e.country(), e.dateOfBirth(), e.identifiers());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    /**
     * Each query timed three times, keeping the fastest: on a machine others share, a query the
     * scheduler interrupted once is rarely interrupted thrice, so this is what a query costs
     * itself. Mean, p50, p99 and max in ms.
     */
    private static double[] ownCost(Watchlist watchlist, List<ScreeningQuery> queries) {
        long[] best = new long[queries.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int repeat = 0; repeat < 3; repeat++) {
            for (int i = 0; i < queries.size(); i++) {
                long s = System.nanoTime();
                watchlist.screen(queries.get(i), Watchlist.DEFAULT_THRESHOLD, Watchlist.DEFAULT_TOP);
                best[i] = Math.min(best[i], System.nanoTime() - s);
            }
        }
        Arrays.sort(best);
        double mean = Arrays.stream(best).average().orElse(0) / 1e6;
        return new double[] {mean, best[best.length / 2] / 1e6, best[(int) (best.length * 0.99)] / 1e6, best[best.length - 1] / 1e6};
    }

    /** The machine's load average as uptime shows it: the figures mean little when others share the cores. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** CPU time of the screening threads: on a shared machine, what the queries cost rather than what they got. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Queries per second of wall time and per second of the threads' CPU time, and with latencies recorded p50, p99 and p99.9 in ms. */
    private static double[] run(Watchlist watchlist, List<ScreeningQuery> queries, int threads, int seconds, boolean latencies)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder done = new LongAdder();
        LongAdder cpuNanos = new LongAdder();
        long[][] times = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            times[t] = latencies ? new long[4_000_000] : null;
            Thread.ofPlatform().start(() -> {
                long cpuStart = CPU.getCurrentThreadCpuTime();
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
                cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpuStart);
                finished.countDown();
            });
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        finished.await();
        double qps = done.sum() / ((System.nanoTime() - start) / 1e9);
        double perCpuSecond = done.sum() / (cpuNanos.sum() / 1e9);
        if (!latencies) {
            return new double[] {qps, perCpuSecond};
        }
        long[] all = new long[0];
        for (int t = 0; t < threads; t++) {
            int n = Math.min(counts[t], times[t].length);
            int from = all.length;
            all = Arrays.copyOf(all, from + n);
            System.arraycopy(times[t], 0, all, from, n);
        }
        Arrays.sort(all);
        return new double[] {qps, perCpuSecond, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                all[(int) (all.length * 0.999)] / 1e6};
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
