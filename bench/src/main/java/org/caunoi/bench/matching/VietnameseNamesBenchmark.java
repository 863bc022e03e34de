package org.caunoi.bench.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caunoi.matching.Hit;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;

/**
 * Benchmark 2b: the Vietnamese names officers meet ({@link VietnamesePersons}), screened at the
 * default threshold. A planted query is found when its entry is the best hit, or among the best
 * three for a name without its middle name (several listed persons may share family and given
 * name); a negative is wrong when it hits anything.
 *
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.VietnameseNamesBenchmark [seed] [persons] [perKind] [threshold] [--verbose]</pre>
 */
public final class VietnameseNamesBenchmark {

    private VietnameseNamesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        double threshold = args.length > 3 && !args[3].startsWith("--") ? Double.parseDouble(args[3]) : Watchlist.DEFAULT_THRESHOLD;
        boolean verbose = List.of(args).contains("--verbose");
        VietnamesePersons data = new VietnamesePersons(seed, persons, perKind);
        Watchlist watchlist = new Watchlist(data.entries);
        Map<VietnamesePersons.Kind, int[]> counts = new EnumMap<>(VietnamesePersons.Kind.class);
        for (VietnamesePersons.Query q : data.queries) {
            List<Hit> hits = watchlist.screen(ScreeningQuery.of(q.name()), threshold, 3);
            int[] c = counts.computeIfAbsent(q.kind(), k -> new int[2]);
            c[0]++;
            boolean ok;
            if (q.expectedId() == null) {
                ok = hits.isEmpty();
            } else if (q.kind() == VietnamesePersons.Kind.MIDDLE_NAME_DROPPED) {
                ok = hits.stream().anyMatch(h -> h.entry().id().equals(q.expectedId()));
            } else {
                ok = !hits.isEmpty() && hits.getFirst().entry().id().equals(q.expectedId());
            }
            c[1] += q.kind().negative() ? (ok ? 0 : 1) : (ok ? 1 : 0);
            if (verbose && !ok) {
                System.out.println((q.kind().negative() ? "hit " : "miss ") + q.kind() + ": " + q.name() + " -> "
                        + (hits.isEmpty() ? "none" : hits.getFirst().matchedName() + " " + hits.getFirst().score() + " "
                        + hits.getFirst().explanation()));
            }
        }
        System.out.printf(Locale.ROOT, "seed %d: %d persons, %d queries, threshold %.2f; %d Han names not writable by the name table%n",
                seed, data.entries.size(), data.queries.size(), threshold, data.hanUnwritable);
        System.out.println("| kind | queries | found (recall), or hit (negatives) |");
        System.out.println("|---|---:|---:|");
        counts.forEach((kind, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %.3f%s |%n", kind, c[0], (double) c[1] / c[0],
                kind.negative() ? " hit (" + c[1] + ")" : ""));
    }
}
