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
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.OfacLinkageBenchmark ../shared/reference/sanctions
 *     [--un FILE] [--query-type] [--no-baseline] [--no-duke] [--duke-jar bench-duke/target/caunoi-bench-duke.jar] [--curve] [--choose-threshold P]</pre>
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

        long start = System.nanoTime();
        Watchlist watchlist = new Watchlist(data.primaries().values());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        LinkageScores ours = new LinkageScores();
        start = System.nanoTime();
        for (OfacData.Alias alias : data.aliases()) {
            ScreeningQuery query = ScreeningQuery.of(alias.name());
            if (queryType) {
                query = query.withType(data.primaries().get(alias.entityId()).type());
            }
            List<Hit> hits = watchlist.screen(query, 0.0, 1);
            if (hits.isEmpty()) {
                ours.add(Double.NaN, false, alias);
            } else {
                ours.add(hits.getFirst().score(), hits.getFirst().entry().id().equals(alias.entityId()), alias);
            }
        }
        double oursQps = data.aliases().size() / ((System.nanoTime() - start) / 1e9);
        System.err.printf(Locale.ROOT, "caunoi: index built in %.1f s; %.0f queries/s, one thread, cold JVM%n", buildSeconds, oursQps);

        LinkageScores lucene = null;
        if (!options.contains("--no-baseline")) {
            lucene = new LinkageScores();
            try (LuceneFuzzyBaseline baseline = new LuceneFuzzyBaseline(data.primaries())) {
                start = System.nanoTime();
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
                duke.put(config, DukeProcess.run(dukeJar, config, data));
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
}
