package org.caunoi.bench.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caunoi.matching.Hit;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;

/**
 * Benchmark 2: recall per kind of planted variant, precision and F1 on a seeded synthetic list of
 * Vietnamese, Chinese and English names. A positive query is right when its best hit is the
 * planted entry; a wrong best hit or any hit on a hard negative is a false positive.
 *
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.SyntheticVariantsBenchmark [seed] [perKind] [threshold]</pre>
 */
public final class SyntheticVariantsBenchmark {

    private SyntheticVariantsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : Watchlist.DEFAULT_THRESHOLD;
        boolean verbose = List.of(args).contains("--verbose");
        SyntheticNames data = new SyntheticNames(seed, perKind);
        Watchlist watchlist = new Watchlist(data.entries);
        Map<SyntheticNames.Kind, int[]> perKindCounts = new EnumMap<>(SyntheticNames.Kind.class);
        int tp = 0;
        int fp = 0;
        int positives = 0;
        int translatedWrong = 0;
        for (SyntheticNames.Query q : data.queries) {
            List<Hit> hits = watchlist.screen(ScreeningQuery.of(q.name()), threshold, 1);
            int[] c = perKindCounts.computeIfAbsent(q.kind(), k -> new int[2]);
            c[0]++;
            if (q.expectedId() == null) {
                if (!hits.isEmpty()) {
                    fp++;
                    c[1]++;
                    if (verbose) {
                        System.out.println("FP negative: " + q.name() + " -> " + hits.getFirst().matchedName() + " " + hits.getFirst().explanation());
                    }
                }
                continue;
            }
            positives++;
            if (!hits.isEmpty() && hits.getFirst().entry().id().equals(q.expectedId())) {
                tp++;
                c[1]++;
            } else {
                if (!hits.isEmpty()) {
                    fp++;
                    translatedWrong += q.kind() == SyntheticNames.Kind.TRANSLATED ? 1 : 0;
                }
                if (verbose) {
                    System.out.println("miss " + q.kind() + ": " + q.name() + " -> " + (hits.isEmpty() ? "none"
                            : hits.getFirst().matchedName() + " " + hits.getFirst().score()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "seed %d: %d entries, %d queries, threshold %.2f%n", seed, data.entries.size(),
                data.queries.size(), threshold);
        System.out.println("| variant | queries | found (recall) |");
        System.out.println("|---|---|---|");
        perKindCounts.forEach((kind, c) -> {
            if (kind.negative()) {
                System.out.printf(Locale.ROOT, "| %s | %d | %d hit (false positives), %.3f |%n", kind, c[0], c[1], (double) c[1] / c[0]);
            } else {
                System.out.printf(Locale.ROOT, "| %s | %d | %.3f |%n", kind, c[0], (double) c[1] / c[0]);
            }
        });
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = (double) tp / positives;
        System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f%n", p, r, 2 * p * r / (p + r));
        int[] t = perKindCounts.getOrDefault(SyntheticNames.Kind.TRANSLATED, new int[2]);
        int[] tn = perKindCounts.getOrDefault(SyntheticNames.Kind.TRANSLATED_NEGATIVE, new int[2]);
        // the figures earlier runs gave: what the translated kinds found and wrongly hit taken out of both counts
        int oldTp = tp - t[1];
        int oldFp = fp - tn[1] - translatedWrong;
        double pOld = oldTp + oldFp == 0 ? 0 : (double) oldTp / (oldTp + oldFp);
        double rOld = (double) oldTp / (positives - t[0]);
        System.out.printf(Locale.ROOT, "without the translated kinds (the queries of earlier runs): precision %.3f, recall %.3f, F1 %.3f%n",
                pOld, rOld, 2 * pOld * rOld / (pOld + rOld));
    }
}
