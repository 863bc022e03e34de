package org.caunoi.bench.matching;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caunoi.matching.Hit;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;
import org.caunoi.matching.WatchlistEntry;

/**
 * Why the right entity is not the best hit of the OFAC linkage benchmark: each alias whose best hit
 * is wrong or missing is put in one category (no candidate at all, right entity not among the
 * candidates, right entity scored but ranked lower, tied, or the alias is another entity's name),
 * crossed with the alias's shape (acronym, shares a distinctive word, shares only frequent words,
 * shares none). Reads the ground truth only to count; the matcher never sees it.
 *
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.LinkageFailureAnalysis ../shared/reference/sanctions
 *     [--examples N [--explain]] [--scores FILE]</pre>
 *
 * <p>{@code --scores} writes each alias's best and second-best (another entity) score and whether
 * the best was right, for trying score calibrations offline.
 */
public final class LinkageFailureAnalysis {

    /** How deep the ranking is read: deeper than any candidate set the screener scores. */
    private static final int DEPTH = 200;
    /** A word in at most this many primary names is distinctive (the split docs/benchmarks.md uses). */
    private static final int DISTINCTIVE = 20;

    private LinkageFailureAnalysis() {
    }

    enum Outcome {
        FIRST("right entity first"),
        SAME_NAME_ELSEWHERE("alias is (folded) another entity's primary name"),
        TIED("right entity tied with the best"),
        RANKED_LOWER("right entity scored, ranked 2nd or lower"),
        NOT_A_CANDIDATE("right entity not among the scored candidates"),
        NO_HIT("no hit at all");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    enum Shape {
        ACRONYM("single all-caps token of 2-8 letters"),
        DISTINCTIVE_WORD("shares a distinctive word (3+ letters, in <= 20 primaries)"),
        FREQUENT_WORDS_ONLY("shares only short or frequent words"),
        NO_WORD("shares no word");

        final String label;

        Shape(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/reference/sanctions");
        List<String> options = List.of(args);
        int examplesAt = options.indexOf("--examples");
        int examples = examplesAt >= 0 ? Integer.parseInt(args[examplesAt + 1]) : 0;
        int scoresAt = options.indexOf("--scores");
        java.io.PrintWriter scores = scoresAt >= 0 ? new java.io.PrintWriter(args[scoresAt + 1], java.nio.charset.StandardCharsets.UTF_8) : null;
        OfacData data = OfacData.read(folder);
        Map<String, Integer> primaryFrequency = new HashMap<>();
        Map<String, List<String>> byFoldedName = new HashMap<>();
        for (WatchlistEntry e : data.primaries().values()) {
            for (String w : OfacData.words(e.primaryName())) {
                primaryFrequency.merge(w, 1, Integer::sum);
            }
            byFoldedName.computeIfAbsent(key(e.primaryName()), k -> new ArrayList<>()).add(e.id());
        }
        Watchlist watchlist = new Watchlist(data.primaries().values());
        Map<Shape, Map<Outcome, Integer>> counts = new LinkedHashMap<>();
        for (Shape s : Shape.values()) {
            Map<Outcome, Integer> row = new LinkedHashMap<>();
            for (Outcome o : Outcome.values()) {
                row.put(o, 0);
            }
            counts.put(s, row);
        }
        Map<String, List<String>> samples = new LinkedHashMap<>();
        List<Integer> ranks = new ArrayList<>();
        for (OfacData.Alias alias : data.aliases()) {
            String primary = data.primaries().get(alias.entityId()).primaryName();
            Shape shape = shape(alias.name(), primary, primaryFrequency);
            List<Hit> hits = watchlist.screen(ScreeningQuery.of(alias.name()), 0.0, DEPTH);
            int rank = -1;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).entry().id().equals(alias.entityId())) {
                    rank = i;
                    break;
                }
            }
            Outcome outcome;
            List<String> sameName = byFoldedName.getOrDefault(key(alias.name()), List.of());
            if (rank == 0) {
                outcome = Outcome.FIRST;
            } else if (!sameName.isEmpty() && !sameName.contains(alias.entityId())) {
                outcome = Outcome.SAME_NAME_ELSEWHERE;
            } else if (hits.isEmpty()) {
                outcome = Outcome.NO_HIT;
            } else if (rank < 0) {
                outcome = Outcome.NOT_A_CANDIDATE;
            } else if (hits.get(rank).score() >= hits.getFirst().score() - 1e-9) {
                outcome = Outcome.TIED;
            } else {
                outcome = Outcome.RANKED_LOWER;
                ranks.add(rank);
            }
            counts.get(shape).merge(outcome, 1, Integer::sum);
            if (scores != null) {
                scores.printf(Locale.ROOT, "%s\t%.5f\t%.5f\t%b\t%b\t%s%n", shape, hits.isEmpty() ? 0.0 : hits.getFirst().score(),
                        hits.size() < 2 ? 0.0 : hits.get(1).score(), rank == 0,
                        hits.size() >= 2 && key(hits.get(0).matchedName()).equals(key(hits.get(1).matchedName())), alias.name());
            }
            if (outcome != Outcome.FIRST && examples > 0) {
                List<String> list = samples.computeIfAbsent(shape + " / " + outcome, k -> new ArrayList<>());
                if (list.size() < examples) {
                    list.add(String.format(Locale.ROOT, "  %s  <-  %s   | best: %s (%.3f)%s", alias.name(), primary,
                            hits.isEmpty() ? "-" : hits.getFirst().matchedName(), hits.isEmpty() ? 0.0 : hits.getFirst().score(),
                            rank > 0 ? String.format(Locale.ROOT, " | right at %d (%.3f)", rank + 1, hits.get(rank).score()) : "")
                            + (options.contains("--explain") && rank > 0 ? "\n      best:  " + hits.getFirst().explanation()
                            + "\n      right: " + hits.get(rank).explanation() : ""));
                }
            }
        }
        if (scores != null) {
            scores.close();
        }
        print(counts, data.aliases().size());
        if (!ranks.isEmpty()) {
            Map<Integer, Long> byRank = ranks.stream().collect(Collectors.groupingBy(r -> Math.min(r + 1, 11), java.util.TreeMap::new, Collectors.counting()));
            System.out.println("rank of the right entity when scored lower (11 = 11th or deeper): " + byRank);
        }
        samples.forEach((k, v) -> {
            System.out.println(k);
            v.forEach(System.out::println);
        });
    }

    private static void print(Map<Shape, Map<Outcome, Integer>> counts, int total) {
        StringBuilder header = new StringBuilder("| alias shape | aliases |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Outcome o : Outcome.values()) {
            header.append(' ').append(o.label).append(" |");
            rule.append("---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        Map<Outcome, Integer> totals = new LinkedHashMap<>();
        counts.forEach((shape, row) -> {
            int n = row.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder("| " + shape.label + " | " + n + " |");
            row.forEach((o, c) -> {
                line.append(' ').append(c).append(" |");
                totals.merge(o, c, Integer::sum);
            });
            System.out.println(line);
        });
        StringBuilder line = new StringBuilder("| all | " + total + " |");
        totals.forEach((o, c) -> line.append(String.format(Locale.ROOT, " %d (%.1f %%) |", c, 100.0 * c / total)));
        System.out.println(line);
    }

    private static Shape shape(String alias, String primary, Map<String, Integer> primaryFrequency) {
        String trimmed = alias.strip();
        if (trimmed.matches("[A-Z]{2,8}")) {
            return Shape.ACRONYM;
        }
        Set<String> shared = OfacData.words(alias);
        shared.retainAll(OfacData.words(primary));
        if (shared.isEmpty()) {
            return Shape.NO_WORD;
        }
        boolean distinctive = shared.stream().anyMatch(w -> w.length() >= 3 && primaryFrequency.getOrDefault(w, 0) <= DISTINCTIVE);
        return distinctive ? Shape.DISTINCTIVE_WORD : Shape.FREQUENT_WORDS_ONLY;
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(folded.split("[^A-Z0-9]+")).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }
}
