package org.caunoi.bench.matching;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caunoi.matching.Hit;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;

/**
 * Benchmark 1: every OFAC alias screened against the OFAC primary names, ground truth the entity
 * id, best hit only; CauNoi's matcher and a plain Lucene fuzzy-query baseline in the same run.
 *
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.OfacLinkageBenchmark ../shared/reference/sanctions</pre>
 */
public final class OfacLinkageBenchmark {

    private OfacLinkageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/reference/sanctions");
        OfacData data = OfacData.read(folder);
        long sharing = data.aliases().stream().filter(OfacData.Alias::sharesWord).count();
        System.out.printf(Locale.ROOT, "OFAC: %d primaries, %d aliases (%d share a word with their primary, %d do not)%n",
                data.primaries().size(), data.aliases().size(), sharing, data.aliases().size() - sharing);

        Watchlist watchlist = new Watchlist(data.primaries().values());
        LinkageScores ours = new LinkageScores();
        long start = System.nanoTime();
        for (OfacData.Alias alias : data.aliases()) {
            List<Hit> hits = watchlist.screen(ScreeningQuery.of(alias.name()), 0.0, 1);
            if (hits.isEmpty()) {
                ours.add(Double.NaN, false, alias.sharesWord());
            } else {
                ours.add(hits.getFirst().score(), hits.getFirst().entry().id().equals(alias.entityId()), alias.sharesWord());
            }
        }
        double oursQps = data.aliases().size() / ((System.nanoTime() - start) / 1e9);

        LinkageScores lucene = new LinkageScores();
        double luceneQps = 0;
        boolean withBaseline = !List.of(args).contains("--no-baseline");
        if (withBaseline) try (LuceneFuzzyBaseline baseline = new LuceneFuzzyBaseline(data.primaries())) {
            start = System.nanoTime();
            for (OfacData.Alias alias : data.aliases()) {
                Map.Entry<String, Double> best = baseline.best(alias.name());
                if (best == null) {
                    lucene.add(Double.NaN, false, alias.sharesWord());
                } else {
                    lucene.add(best.getValue(), best.getKey().equals(alias.entityId()), alias.sharesWord());
                }
            }
            luceneQps = data.aliases().size() / ((System.nanoTime() - start) / 1e9);
        }

        System.out.println("| method | threshold | all aliases | shares a word | shares no word |");
        System.out.println("|---|---|---|---|---|");
        System.out.println(ours.report("CauNoi matcher (default threshold)", Watchlist.DEFAULT_THRESHOLD));
        System.out.println(ours.report("CauNoi matcher (best threshold in hindsight)", ours.bestThreshold()));
        if (withBaseline) System.out.println(lucene.report("Lucene fuzzy baseline (best threshold in hindsight)", lucene.bestThreshold()));
        System.out.printf(Locale.ROOT, "queries/s, one thread, cold JVM: CauNoi %.0f, Lucene fuzzy %.0f%n", oursQps, luceneQps);
    }
}
