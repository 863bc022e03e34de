package org.caunoi.bench.matching;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Old against new matcher in one JVM: each bench jar in its own class loader, both watchlists built
 * from the OFAC + UN lists, then passes over the 11,910 OFAC alias queries (threshold 0.8, top 10,
 * one thread) timed in alternation. The virtual machine's speed drifts by up to 40 % in a day, and
 * within seconds when others run on its two cores, so two runs of {@link ThroughputBenchmark}
 * minutes apart cannot show a change of 10-30 %: here each pass is cut into blocks of
 * {@value #BLOCK} queries, run old, new, new, old, old, new..., so that both jars' passes over the
 * same queries see the same moments of the machine. Each pass is timed by the clock
 * and by the thread's CPU time: when others share the two cores, the clock also counts the time
 * the thread waited for one, the CPU time does not. Prints each jar's fastest and median pass as
 * the mean cost of a query, and new/old ratios of both. The warm-up passes also compare every
 * query's hits between the jars (as text) and count those that differ.
 *
 * <pre>java -Xmx1g -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.SpeedComparison \
 *     /tmp/caunoi-bench-old.jar bench/target/caunoi-bench.jar ../shared/reference/sanctions [passes, default 10]</pre>
 */
public final class SpeedComparison {

    private static final int WARM_UP_PASSES = 4;
    /** About 40 ms of queries. */
    private static final int BLOCK = 500;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private SpeedComparison() {
    }

    /** One jar's matcher, reached by reflection: the two jars hold classes of the same names. */
    private static final class Matcher {
        final String label;
        final Object watchlist;
        final Object[] queries;
        final MethodHandle screen;
        final long[] passNanos;
        final long[] passCpuNanos;

        Matcher(String label, Path jar, Path folder, List<String> names, int passes) throws Throwable {
            this.label = label;
            // the platform loader as parent, so the application class path (the new jar) is not seen
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> loaderClass = loader.loadClass("org.caunoi.matching.WatchlistLoader");
            Class<?> modeClass = loader.loadClass("org.caunoi.matching.LoadMode");
            Class<?> resultClass = loader.loadClass("org.caunoi.matching.LoadResult");
            Class<?> watchlistClass = loader.loadClass("org.caunoi.matching.Watchlist");
            Class<?> queryClass = loader.loadClass("org.caunoi.matching.ScreeningQuery");
            Object strict = modeClass.getField("STRICT").get(null);
            MethodHandle entriesOf = lookup.findVirtual(resultClass, "entries", MethodType.methodType(List.class));
            List<Object> entries = new ArrayList<>();
            entries.addAll((List<?>) entriesOf.invoke(lookup.findStatic(loaderClass, "ofac",
                    MethodType.methodType(resultClass, Path.class, modeClass)).invoke(folder, strict)));
            entries.addAll((List<?>) entriesOf.invoke(lookup.findStatic(loaderClass, "unXml",
                    MethodType.methodType(resultClass, Path.class, modeClass)).invoke(folder.resolve("un-consolidated.xml"), strict)));
            watchlist = lookup.findConstructor(watchlistClass, MethodType.methodType(void.class, Collection.class)).invoke(entries);
            MethodHandle of = lookup.findStatic(queryClass, "of", MethodType.methodType(queryClass, String.class));
            queries = new Object[names.size()];
            for (int i = 0; i < queries.length; i++) {
                queries[i] = of.invoke(names.get(i));
            }
            screen = lookup.findVirtual(watchlistClass, "screen", MethodType.methodType(List.class, queryClass, double.class, int.class))
                    .asType(MethodType.methodType(List.class, Object.class, Object.class, double.class, int.class));
            passNanos = new long[passes];
            passCpuNanos = new long[passes];
        }

        List<?> screen(int query) throws Throwable {
            return (List<?>) screen.invokeExact(watchlist, queries[query], 0.8, 10);
        }

        /** Screens queries [from, to) and adds the time taken to the pass. */
        void block(int pass, int from, int to) throws Throwable {
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = from; i < to; i++) {
                screen(i);
            }
            passNanos[pass] += System.nanoTime() - start;
            passCpuNanos[pass] += CPU.getCurrentThreadCpuTime() - cpuStart;
        }

        double fastest(long[] nanos) {
            return Arrays.stream(nanos).min().orElseThrow() / 1e6 / queries.length;
        }

        double median(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
            return median / 1e6 / queries.length;
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 3) {
            System.err.println("usage: SpeedComparison OLD_JAR NEW_JAR SANCTIONS_DIR [passes]");
            System.exit(2);
        }
        Path folder = Path.of(args[2]);
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<String> names = OfacData.read(folder).aliases().stream().map(OfacData.Alias::name).toList();
        Matcher old = new Matcher("old", Path.of(args[0]), folder, names, passes);
        Matcher current = new Matcher("new", Path.of(args[1]), folder, names, passes);
        int differing = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (int i = 0; i < names.size(); i++) {
                List<?> oldHits = old.screen(i);
                List<?> newHits = current.screen(i);
                if (pass == 0 && !oldHits.toString().equals(newHits.toString())) {
                    differing++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d queries, %d with different hits in old and new%n", names.size(), differing);
        for (int pass = 0; pass < passes; pass++) {
            for (int from = 0, block = 0; from < names.size(); from += BLOCK, block++) {
                int to = Math.min(names.size(), from + BLOCK);
                // who goes first alternates too, so neither always runs just after the other's garbage
                Matcher first = block % 2 == 0 ? old : current;
                Matcher second = first == old ? current : old;
                first.block(pass, from, to);
                second.block(pass, from, to);
            }
            System.out.printf(Locale.ROOT, "pass %d: old %.4f ms (CPU %.4f), new %.4f ms (CPU %.4f) a query%n", pass + 1,
                    old.passNanos[pass] / 1e6 / names.size(), old.passCpuNanos[pass] / 1e6 / names.size(),
                    current.passNanos[pass] / 1e6 / names.size(), current.passCpuNanos[pass] / 1e6 / names.size());
        }
        for (Matcher m : List.of(old, current)) {
            System.out.printf(Locale.ROOT, "%s: fastest pass %.4f ms a query, median %.4f ms; CPU time fastest %.4f ms, median %.4f ms%n",
                    m.label, m.fastest(m.passNanos), m.median(m.passNanos), m.fastest(m.passCpuNanos), m.median(m.passCpuNanos));
        }
        System.out.printf(Locale.ROOT, "new/old: fastest x%.3f, median x%.3f; CPU time fastest x%.3f, median x%.3f; load average %s%n",
                current.fastest(current.passNanos) / old.fastest(old.passNanos),
                current.median(current.passNanos) / old.median(old.passNanos),
                current.fastest(current.passCpuNanos) / old.fastest(old.passCpuNanos),
                current.median(current.passCpuNanos) / old.median(old.passCpuNanos), loadAverage());
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
