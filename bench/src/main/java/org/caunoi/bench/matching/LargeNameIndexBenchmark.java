package org.caunoi.bench.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.Hit;
import org.caunoi.matching.LoadMode;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;
import org.caunoi.matching.WatchlistEntry;
import org.caunoi.matching.WatchlistLoader;

/**
 * The matcher at enforcement's scale (issue #18): N Vietnamese person names drawn with the
 * population's family and middle name frequencies (Nguyễn about 38 %, Văn and Thị a third each),
 * one watchlist entry per name; prints the index build time, the heap it holds after a GC, and per
 * query kind (a listed name as written, its words reordered, in capitals without diacritics, and a
 * common name such as Nguyễn Văn Hùng that thousands share) the latency p50/p95/p99 of the clock
 * and of the thread's CPU, against OFAC alias queries on the OFAC + UN index in the same process,
 * passes alternating so both see the same moments of a busy machine. "found" is the share of
 * queries whose top hit carries the queried name (any of the persons sharing it).
 *
 * <pre>java -Xmx6g -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.LargeNameIndexBenchmark \
 *     200000 ../shared/reference/sanctions [queries per kind, default 300] [passes, default 5]</pre>
 */
public final class LargeNameIndexBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** The build analyses names on all processors (and the GC works beside it): its CPU time is the process's. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LargeNameIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path folder = Path.of(args.length > 1 ? args[1] : "../shared/reference/sanctions");
        int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String loadBefore = ThroughputBenchmark.loadAverage();
        PopulationNames population = new PopulationNames(42);
        List<WatchlistEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(new WatchlistEntry("c" + i, "cases", EntryType.PERSON, List.of(population.next()), null, null, List.of()));
        }
        // a first build warms the JIT up, whose compiling would count in the process's CPU time
        long firstStart = System.nanoTime();
        new Watchlist(entries);
        System.out.printf(Locale.ROOT, "first build (JIT cold) %.1f s%n", (System.nanoTime() - firstStart) / 1e9);
        long heapBefore = ThroughputBenchmark.usedHeapAfterGc();
        long cpuStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        Watchlist large = new Watchlist(entries);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        double buildCpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
        long held = ThroughputBenchmark.usedHeapAfterGc() - heapBefore;
        System.out.printf(Locale.ROOT, "%d names: index built in %.1f s, %.1f s of CPU (%.1f µs a name, %d processors), heap held %.0f MB (%.0f bytes a name)%n",
                n, buildSeconds, buildCpuSeconds, buildCpuSeconds * 1e6 / n, Runtime.getRuntime().availableProcessors(), held / 1e6,
                (double) held / n);

        Map<String, List<String[]>> kinds = queries(entries, population, perKind);
        List<WatchlistEntry> lists = new ArrayList<>(WatchlistLoader.ofac(folder, LoadMode.STRICT).entries());
        lists.addAll(WatchlistLoader.unXml(folder.resolve("un-consolidated.xml"), LoadMode.STRICT).entries());
        Watchlist sanctions = new Watchlist(lists);
        List<OfacData.Alias> aliases = OfacData.read(folder).aliases();
        Random random = new Random(7);
        List<String[]> ofac = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            ofac.add(new String[] {aliases.get(random.nextInt(aliases.size())).name(), null});
        }

        Map<String, long[][]> times = new LinkedHashMap<>();
        for (int pass = 0; pass < passes + 2; pass++) {
            boolean warm = pass >= 2;
            for (Map.Entry<String, List<String[]>> kind : kinds.entrySet()) {
                run(sanctions, "OFAC aliases on OFAC+UN", ofac, warm, times);
                run(large, kind.getKey(), kind.getValue(), warm, times);
            }
        }
        long[][] base = times.get("OFAC aliases on OFAC+UN");
        for (Map.Entry<String, long[][]> kind : times.entrySet()) {
            long[] wall = kind.getValue()[0];
            long[] cpu = kind.getValue()[1];
            Arrays.sort(wall);
            Arrays.sort(cpu);
            List<String[]> qs = kinds.get(kind.getKey());
            String found = qs == null ? "" : String.format(Locale.ROOT, ", found %.3f", found(large, qs));
            System.out.printf(Locale.ROOT, "%-26s clock p50 %.2f p95 %.2f p99 %.2f ms | CPU p50 %.2f p95 %.2f p99 %.2f ms | CPU p95 x%.1f of OFAC%s%n",
                    kind.getKey(), p(wall, 0.5), p(wall, 0.95), p(wall, 0.99), p(cpu, 0.5), p(cpu, 0.95), p(cpu, 0.99),
                    p(cpu, 0.95) / p(base[1], 0.95), found);
        }
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %d MB; load average (1, 5, 15 min) before %s, after %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                loadBefore, ThroughputBenchmark.loadAverage());
    }

    /** Query kinds: each query is the name asked and the name expected on top (null: not checked). */
    static Map<String, List<String[]>> queries(List<WatchlistEntry> entries, PopulationNames population, int perKind) {
        Random random = new Random(11);
        Map<String, List<String[]>> kinds = new LinkedHashMap<>();
        for (String kind : List.of("as written", "reordered", "no diacritics", "common name")) {
            kinds.put(kind, new ArrayList<>());
        }
        for (int i = 0; i < perKind; i++) {
            String name = entries.get(random.nextInt(entries.size())).primaryName();
            kinds.get("as written").add(new String[] {name, name});
            String[] w = entries.get(random.nextInt(entries.size())).primaryName().split(" ");
            kinds.get("reordered").add(new String[] {w[w.length - 1] + " " + w[0] + " " + String.join(" ", Arrays.copyOfRange(w, 1, w.length - 1)),
                    String.join(" ", w)});
            String plain = entries.get(random.nextInt(entries.size())).primaryName();
            kinds.get("no diacritics").add(new String[] {VietnamesePersons.strip(plain).toUpperCase(Locale.ROOT), plain});
            String common = population.common(random);
            kinds.get("common name").add(new String[] {common, common});
        }
        return kinds;
    }

    private static void run(Watchlist watchlist, String label, List<String[]> queries, boolean record, Map<String, long[][]> times) {
        long[] wall = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            ScreeningQuery q = ScreeningQuery.of(queries.get(i)[0]);
            long c = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            watchlist.screen(q, Watchlist.DEFAULT_THRESHOLD, Watchlist.DEFAULT_TOP);
            wall[i] = System.nanoTime() - s;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        if (record) {
            times.merge(label, new long[][] {wall, cpu}, (a, b) -> new long[][] {concat(a[0], b[0]), concat(a[1], b[1])});
        }
    }

    /** Share of queries whose top hit is a person of the expected name, compared without diacritics and case. */
    private static double found(Watchlist watchlist, List<String[]> queries) {
        int found = 0;
        for (String[] q : queries) {
            List<Hit> hits = watchlist.screen(ScreeningQuery.of(q[0]), Watchlist.DEFAULT_THRESHOLD, Watchlist.DEFAULT_TOP);
            if (!hits.isEmpty() && VietnamesePersons.fold(hits.getFirst().entry().primaryName()).equals(VietnamesePersons.fold(q[1]))) {
                found++;
            }
        }
        return (double) found / queries.size();
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double p(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }
}
