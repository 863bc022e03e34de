package org.caunoi.bench.matching;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caunoi.matching.Hit;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;

/**
 * Benchmark 1: every OFAC alias screened against the OFAC primary names, ground truth the entity
 * id, best hit only. In the same run: CauNoi's matcher, a plain Lucene fuzzy-query baseline and
 * Duke 1.2 (in a child JVM, see {@link DukeProcess}) in each of its configurations.
 *
 * <p>{@code --un FILE} runs the same task on the UN consolidated list instead (see {@link UnData}),
 * a list the matcher was not tuned on. {@code --query-type} gives each query the type of the entity
 * it names (person, organisation, vessel), as the hub's screens do; the baselines get names only.
 *
 * <p>{@code --all-names} screens against every name of every entity instead of the primaries
 * alone, leaving the query's own name out ({@link NameRecords}); Duke gets the same records and
 * the same rule, the Lucene baseline does not run.
 *
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.OfacLinkageBenchmark ../shared/reference/sanctions
 *     [--un FILE] [--all-names] [--query-type] [--no-baseline] [--no-duke] [--duke-jar bench-duke/target/caunoi-bench-duke.jar] [--curve] [--choose-threshold P]</pre>
 *
 * <p>{@code --curve} adds our precision, recall and F1 at thresholds from 0.40 to 0.90;
 * {@code --choose-threshold P} applies the rule the default threshold is chosen by: the lowest
 * threshold whose precision is at least P on the aliases of half the entities (by id), judged on
 * the other half.
 */
public final class OfacLinkageBenchmark {

    /** The threshold the issue quotes Duke's figures at. */
    private static final double DUKE_THRESHOLD = 0.75;
    private static final List<String> DUKE_CONFIGS = List.of("standard", "strict", "loose");

    private OfacLinkageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path folder = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/reference/sanctions");
        int jarAt = options.indexOf("--duke-jar");
        Path dukeJar = jarAt >= 0 ? Path.of(args[jarAt + 1]) : DukeProcess.DEFAULT_JAR;
        int unAt = options.indexOf("--un");
        OfacData data = unAt >= 0 ? UnData.read(Path.of(args[unAt + 1])) : OfacData.read(folder);
        boolean queryType = options.contains("--query-type");
        long sharing = data.aliases().stream().filter(OfacData.Alias::sharesWord).count();
        System.out.printf(Locale.ROOT, (unAt >= 0 ? "UN" : "OFAC") + ": %d primaries, %d aliases (%d share a word with their primary, %d do not)%n",
                data.primaries().size(), data.aliases().size(), sharing, data.aliases().size() - sharing);

        NameRecords names = options.contains("--all-names") ? NameRecords.of(data) : null;
        if (names != null) {
            System.out.printf(Locale.ROOT, "all-names protocol: %d name records (every distinct name of every entity), each alias screened with its own record left out%n",
                    names.records().size());
        }
        LinkageScores ours = names == null ? screenPrimaries(data, queryType) : screenAllNames(data, names, queryType);
        LinkageScores lucene = null;
        if (!options.contains("--no-baseline") && names == null) {
            lucene = new LinkageScores();
            try (LuceneFuzzyBaseline baseline = new LuceneFuzzyBaseline(data.primaries())) {
                long start = System.nanoTime();
                for (OfacData.Alias alias : data.aliases()) {
                    Map.Entry<String, Double> best = baseline.best(alias.name());
                    if (best == null) {
                        lucene.add(Double.NaN, false, alias);
                    } else {
                        lucene.add(best.getValue(), best.getKey().equals(alias.entityId()), alias);
                    }
                }
                System.err.printf(Locale.ROOT, "lucene fuzzy: %.0f queries/s, one thread%n",
                        data.aliases().size() / ((System.nanoTime() - start) / 1e9));
            }
        }

        Map<String, LinkageScores> duke = new LinkedHashMap<>();
        if (!options.contains("--no-duke")) {
            for (String config : DUKE_CONFIGS) {
                duke.put(config, DukeProcess.run(dukeJar, config, data, names));
            }
        }

        System.out.println("| method | threshold | all aliases | shares a word | shares no word |");
        System.out.println("|---|---|---|---|---|");
        System.out.println(ours.report("CauNoi matcher, default threshold", Watchlist.DEFAULT_THRESHOLD));
        System.out.println(ours.report("CauNoi matcher, best threshold in hindsight", ours.bestThreshold()));
        if (lucene != null) {
            System.out.println(lucene.report("Lucene fuzzy baseline, best threshold in hindsight (BM25, no [0,1] scale)", lucene.bestThreshold()));
        }
        duke.forEach((config, scores) -> {
            System.out.println(scores.report("Duke 1.2 `" + config + "`, threshold as cited", DUKE_THRESHOLD));
            System.out.println(scores.report("Duke 1.2 `" + config + "`, best threshold in hindsight", scores.bestThreshold()));
        });
        System.out.println();
        System.out.println("| method | kind of alias | threshold | P / R / F1 | right entity first |");
        System.out.println("|---|---|---|---|---|");
        ours.reportByKind("CauNoi matcher, best threshold in hindsight", ours.bestThreshold()).forEach(System.out::println);
        if (lucene != null) {
            lucene.reportByKind("Lucene fuzzy baseline, best threshold in hindsight", lucene.bestThreshold()).forEach(System.out::println);
        }
        duke.forEach((config, scores) -> scores.reportByKind("Duke 1.2 `" + config + "`, best threshold in hindsight",
                scores.bestThreshold()).forEach(System.out::println));
        int ruleAt = options.indexOf("--choose-threshold");
        if (ruleAt >= 0) {
            double floor = Double.parseDouble(args[ruleAt + 1]);
            double chosen = ours.lowestWithPrecision(floor, LinkageScores.Outcome::firstHalf);
            System.out.printf(Locale.ROOT, "%nthreshold rule: the lowest threshold with precision >= %.2f on the aliases of half the entities: %.2f%n",
                    floor, chosen);
            System.out.printf(Locale.ROOT, "  on that half: %s; on the other half: %s; on all: %s%n",
                    ours.at(chosen, LinkageScores.Outcome::firstHalf), ours.at(chosen, o -> !o.firstHalf()), ours.at(chosen));
        }
        if (options.contains("--curve")) {
            System.out.println();
            System.out.println("| threshold | CauNoi P / R / F1 |");
            System.out.println("|---:|---|");
            for (int t = 40; t <= 90; t += 2) {
                System.out.printf(Locale.ROOT, "| %.2f | %s |%n", t / 100.0, ours.at(t / 100.0));
            }
        }
        System.out.printf(Locale.ROOT, "right entity ranked first (any score): CauNoi %.3f%s%s%n", ours.firstRight(),
                lucene == null ? "" : String.format(Locale.ROOT, ", Lucene fuzzy %.3f", lucene.firstRight()),
                duke.isEmpty() ? "" : String.format(Locale.ROOT, ", Duke (standard) %.3f", duke.values().iterator().next().firstRight()));
    }

    /** The protocol of section 1: the index holds each entity's primary name only. */
    private static LinkageScores screenPrimaries(OfacData data, boolean queryType) {
        long start = System.nanoTime();
        Watchlist watchlist = new Watchlist(data.primaries().values());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        LinkageScores ours = new LinkageScores();
        start = System.nanoTime();
        for (OfacData.Alias alias : data.aliases()) {
            List<Hit> hits = watchlist.screen(query(data, alias, queryType), 0.0, 1);
            if (hits.isEmpty()) {
                ours.add(Double.NaN, false, alias);
            } else {
                ours.add(hits.getFirst().score(), hits.getFirst().entry().id().equals(alias.entityId()), alias);
            }
        }
        double oursQps = data.aliases().size() / ((System.nanoTime() - start) / 1e9);
        System.err.printf(Locale.ROOT, "caunoi: index built in %.1f s; %.0f queries/s, one thread, cold JVM%n", buildSeconds, oursQps);
        return ours;
    }

    /**
     * The all-names protocol, leave-one-out by the watchlist's live updates: the query's own record
     * is removed, the alias screened, the record added back, each step timed. The best hit is the
     * best name, so its entity is the entity with the best score over its names.
     */
    private static LinkageScores screenAllNames(OfacData data, NameRecords names, boolean queryType) {
        Map<String, NameRecords.NameRecord> byId = names.byId();
        long start = System.nanoTime();
        Watchlist watchlist = new Watchlist(names.records().stream().map(NameRecords.NameRecord::entry).toList());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        LinkageScores ours = new LinkageScores();
        int n = data.aliases().size();
        long[] removeNanos = new long[n];
        long[] screenNanos = new long[n];
        long[] addNanos = new long[n];
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            OfacData.Alias alias = data.aliases().get(i);
            NameRecords.NameRecord own = byId.get(names.ownRecords().get(i));
            long t0 = System.nanoTime();
            if (!watchlist.remove(own.id())) {
                throw new IllegalStateException("record " + own.id() + " was not in the index");
            }
            long t1 = System.nanoTime();
            List<Hit> hits = watchlist.screen(query(data, alias, queryType), 0.0, 1);
            long t2 = System.nanoTime();
            watchlist.add(own.entry());
            addNanos[i] = System.nanoTime() - t2;
            removeNanos[i] = t1 - t0;
            screenNanos[i] = t2 - t1;
            if (hits.isEmpty()) {
                ours.add(Double.NaN, false, alias);
            } else if (hits.getFirst().entry().id().equals(own.id())) {
                throw new IllegalStateException("alias " + alias.name() + " found its own record");
            } else {
                ours.add(hits.getFirst().score(), NameRecords.entityOf(hits.getFirst().entry().id()).equals(alias.entityId()), alias);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "caunoi, all names: index of %d records built in %.1f s; %d leave-one-out queries in %.1f s (%.0f a second, one thread, cold JVM)%n",
                names.records().size(), buildSeconds, n, seconds, n / seconds);
        System.err.printf(Locale.ROOT, "  remove %s; screen %s; add back %s%n", latencies(removeNanos), latencies(screenNanos), latencies(addNanos));
        return ours;
    }

    private static ScreeningQuery query(OfacData data, OfacData.Alias alias, boolean queryType) {
        ScreeningQuery query = ScreeningQuery.of(alias.name());
        return queryType ? query.withType(data.primaries().get(alias.entityId()).type()) : query;
    }

    /** Median, p99, largest and total of a step's times, in ms. */
    private static String latencies(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        long total = java.util.Arrays.stream(sorted).sum();
        return String.format(Locale.ROOT, "median %.3f ms, p99 %.3f ms, max %.1f ms, total %.1f s", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, total / 1e9);
    }
}
