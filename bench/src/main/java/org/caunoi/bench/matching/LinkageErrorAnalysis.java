package org.caunoi.bench.matching;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.caunoi.matching.Hit;
import org.caunoi.matching.MatchReason;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;

/**
 * Our errors against Duke's at each matcher's best threshold in hindsight, under either protocol of
 * {@link OfacLinkageBenchmark}: the queries Duke links right and we do not (we rank the right entity
 * lower, find it first below the threshold, or never retrieve it), our wrong best hits above the
 * threshold, and whether our F1 is held down by the right entity not coming first (recall) or by
 * right and wrong best hits' scores overlapping (calibration). Each class is broken into the
 * commonest patterns of the hits' explanations, with examples. Reads the ground truth only to count.
 *
 * <pre>java -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.LinkageErrorAnalysis ../shared/reference/sanctions
 *     [--un FILE] [--all-names] [--duke-config strict] [--patterns 30] [--examples 3] [--dump FILE]</pre>
 *
 * <p>{@code --dump} writes one line per query: the alias, its entity, our best hit (entity, score,
 * right or not), the right entity's rank among our hits (0: not retrieved) and Duke's best (entity,
 * score, right or not), then our best hit's shape ({@link #signature}) and explanation, so that right and wrong
 * best hits of one shape can be counted side by side.
 */
public final class LinkageErrorAnalysis {

    /** How many hits of ours are read per query: more than the candidates the screener scores. */
    private static final int DEPTH = 30;

    private LinkageErrorAnalysis() {
    }

    /** One query as both matchers answered it. */
    record Query(OfacData.Alias alias, Hit best, String bestEntity, int rightRank, Hit right, LinkageScores.Outcome duke) {

        double score() {
            return best == null ? Double.NaN : best.score();
        }

        boolean correct() {
            return rightRank == 1;
        }
    }

    enum Miss {
        RANKED_LOWER("we rank the right entity below another"),
        BELOW_THRESHOLD("we rank it first, below our threshold"),
        NOT_RETRIEVED("we do not retrieve it (candidate generation)");

        final String label;

        Miss(String label) {
            this.label = label;
        }
    }

    enum FalseHit {
        SAME_TEXT("the best hit is a name of the same text (another entity holds it)"),
        RIGHT_RANKED_LOWER("right entity retrieved, ranked lower"),
        RIGHT_NOT_RETRIEVED("right entity not retrieved");

        final String label;

        FalseHit(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path folder = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/reference/sanctions");
        int unAt = options.indexOf("--un");
        OfacData data = unAt >= 0 ? UnData.read(Path.of(args[unAt + 1])) : OfacData.read(folder);
        NameRecords names = options.contains("--all-names") ? NameRecords.of(data) : null;
        String config = option(args, "--duke-config", "strict");
        int patterns = Integer.parseInt(option(args, "--patterns", "30"));
        int examples = Integer.parseInt(option(args, "--examples", "3"));
        Path jar = Path.of(option(args, "--duke-jar", DukeProcess.DEFAULT_JAR.toString()));

        List<Query> queries = screen(data, names);
        LinkageScores ours = new LinkageScores();
        queries.forEach(q -> ours.add(q.score(), q.correct(), q.alias(), q.bestEntity()));
        LinkageScores dukeScores = DukeProcess.run(jar, config, data, names);
        List<LinkageScores.Outcome> duke = dukeScores.outcomes();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            queries.set(i, new Query(q.alias(), q.best(), q.bestEntity(), q.rightRank(), q.right(), duke.get(i)));
        }
        double t = ours.bestThreshold();
        double dt = dukeScores.bestThreshold();
        System.out.printf(Locale.ROOT, "%s, %s: %d queries; ours best threshold %.3f: %s; Duke `%s` best %.3f: %s%n",
                unAt >= 0 ? "UN" : "OFAC", names == null ? "primaries only" : "all names, leave-one-out", queries.size(),
                t, ours.at(t), config, dt, dukeScores.at(dt));

        int optDump = options.indexOf("--dump");
        if (optDump >= 0) {
            dump(Path.of(args[optDump + 1]), queries);
        }
        budget("ours", ours, t);
        budget("Duke", dukeScores, dt);

        // (a) Duke right above its threshold, we not
        Map<Miss, List<Query>> misses = new EnumMap<>(Miss.class);
        for (Query q : queries) {
            boolean dukeRight = q.duke().correct() && q.duke().score() >= dt;
            boolean oursRight = q.correct() && q.score() >= t;
            if (dukeRight && !oursRight) {
                Miss m = q.correct() ? Miss.BELOW_THRESHOLD : q.rightRank() > 1 ? Miss.RANKED_LOWER : Miss.NOT_RETRIEVED;
                misses.computeIfAbsent(m, k -> new ArrayList<>()).add(q);
            }
        }
        long oursOnly = queries.stream().filter(q -> q.correct() && q.score() >= t && !(q.duke().correct() && q.duke().score() >= dt)).count();
        System.out.printf(Locale.ROOT, "%n(a) Duke links right above its threshold and we do not: %d (we do and Duke does not: %d)%n",
                misses.values().stream().mapToInt(List::size).sum(), oursOnly);
        misses.forEach((m, list) -> System.out.printf(Locale.ROOT, "  %-50s %6d%n", m.label, list.size()));
        misses.forEach((m, list) -> patterns("(a) " + m.label, list, LinkageErrorAnalysis::missPattern, patterns, examples));

        // (b) our wrong best hits above the threshold
        Map<FalseHit, List<Query>> falseHits = new EnumMap<>(FalseHit.class);
        for (Query q : queries) {
            if (!q.correct() && q.best() != null && q.score() >= t) {
                FalseHit f = NameRecords.fold(q.best().matchedName()).equals(NameRecords.fold(q.alias().name())) ? FalseHit.SAME_TEXT
                        : q.rightRank() > 1 ? FalseHit.RIGHT_RANKED_LOWER : FalseHit.RIGHT_NOT_RETRIEVED;
                falseHits.computeIfAbsent(f, k -> new ArrayList<>()).add(q);
            }
        }
        System.out.printf(Locale.ROOT, "%n(b) our wrong best hits above the threshold: %d%n", falseHits.values().stream().mapToInt(List::size).sum());
        falseHits.forEach((f, list) -> System.out.printf(Locale.ROOT, "  %-70s %6d (Duke right on %d, Duke wrong above its threshold on %d)%n",
                f.label, list.size(), list.stream().filter(q -> q.duke().correct() && q.duke().score() >= dt).count(),
                list.stream().filter(q -> !q.duke().correct() && q.duke().score() >= dt).count()));
        falseHits.forEach((f, list) -> patterns("(b) " + f.label, list, q -> "best " + signature(q.best()), patterns, examples));
    }

    /**
     * Where F1 is lost: the right entity not first (no threshold can give those back) against right
     * and wrong best hits interleaved in score (a threshold must give up some of each).
     */
    private static void budget(String who, LinkageScores scores, double t) {
        List<LinkageScores.Outcome> all = scores.outcomes();
        int n = all.size();
        List<Double> right = all.stream().filter(LinkageScores.Outcome::correct).map(LinkageScores.Outcome::score).sorted().toList();
        List<Double> wrong = all.stream().filter(o -> !o.correct() && !Double.isNaN(o.score())).map(LinkageScores.Outcome::score).sorted().toList();
        long tp = right.stream().filter(s -> s >= t).count();
        long fp = wrong.stream().filter(s -> s >= t).count();
        double first = (double) right.size() / n;
        double ceiling = 2 * first / (1 + first);
        // share of (right, wrong) pairs where the wrong best hit scores at least as high: 1 - AUC
        long above = 0;
        int j = 0;
        for (double r : right) {
            while (j < wrong.size() && wrong.get(j) < r) {
                j++;
            }
            above += wrong.size() - j;
        }
        double overlap = right.isEmpty() || wrong.isEmpty() ? 0 : (double) above / right.size() / wrong.size();
        System.out.printf(Locale.ROOT, "(c) %s: right entity first %d (%.3f): F1 ceiling with a perfect score %.3f; at %.3f: TP %d, FP %d, "
                        + "right first below the threshold %d, right not first %d; F1 %.3f, so %.3f lost to recall (right not first) and %.3f to "
                        + "calibration; a wrong best hit scores at least a right one's in %.1f %% of pairs%n",
                who, right.size(), first, ceiling, t, tp, fp, right.size() - tp, n - right.size(), scores.at(t).f1(), 1 - ceiling,
                ceiling - scores.at(t).f1(), 100 * overlap);
    }

    private static List<Query> screen(OfacData data, NameRecords names) {
        Map<String, NameRecords.NameRecord> byId = names == null ? Map.of() : names.byId();
        Watchlist watchlist = new Watchlist(names == null ? data.primaries().values()
                : names.records().stream().map(NameRecords.NameRecord::entry).toList());
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < data.aliases().size(); i++) {
            OfacData.Alias alias = data.aliases().get(i);
            NameRecords.NameRecord own = names == null ? null : byId.get(names.ownRecords().get(i));
            if (own != null) {
                watchlist.remove(own.id());
            }
            List<Hit> hits = watchlist.screen(ScreeningQuery.of(alias.name()), 0.0, DEPTH);
            if (own != null) {
                watchlist.add(own.entry());
            }
            // an entity's rank is that of its best name
            List<String> entities = new ArrayList<>();
            Hit right = null;
            for (Hit h : hits) {
                String entity = names == null ? h.entry().id() : NameRecords.entityOf(h.entry().id());
                if (!entities.contains(entity)) {
                    entities.add(entity);
                    if (entity.equals(alias.entityId())) {
                        right = h;
                    }
                }
            }
            int rank = entities.indexOf(alias.entityId()) + 1;
            queries.add(new Query(alias, hits.isEmpty() ? null : hits.getFirst(), entities.isEmpty() ? "" : entities.getFirst(), rank, right, null));
        }
        return queries;
    }

    /** How a miss looks: the right entity's hit against the best, or what the alias shares with nothing. */
    private static String missPattern(Query q) {
        if (q.right() == null) {
            return (q.best() == null ? "no hit" : "best " + signature(q.best())) + " | " + q.alias().kind() + ", "
                    + (q.alias().sharesWord() ? "shares a word with the primary" : "shares no word with the primary");
        }
        return q.correct() ? "first " + signature(q.right()) : "best " + signature(q.best()) + " | right " + signature(q.right());
    }

    /** A hit's explanation by kind: how many words are the same, alike and unmatched on each side. */
    static String signature(Hit hit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MatchReason r : hit.reasons()) {
            String label = switch (r.kind()) {
                case EXACT -> "=";
                case UNMATCHED_QUERY_PART -> "q-only";
                case UNMATCHED_ENTRY_PART, MIDDLE_NAME_MISSING -> "e-only";
                default -> r.kind().name().toLowerCase(Locale.ROOT);
            };
            counts.merge(label, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder("[");
        counts.forEach((k, v) -> out.append(out.length() > 1 ? " " : "").append(k).append(v > 1 ? "×" + v : ""));
        return out.append(String.format(Locale.ROOT, "] %.1f", Math.floor(hit.score() * 10) / 10)).toString();
    }

    private static void patterns(String title, List<Query> list, Function<Query, String> pattern, int top, int examples) {
        Map<String, List<Query>> byPattern = new LinkedHashMap<>();
        list.forEach(q -> byPattern.computeIfAbsent(pattern.apply(q), k -> new ArrayList<>()).add(q));
        System.out.printf(Locale.ROOT, "%n%s: %d queries, %d patterns; the %d commonest%n", title, list.size(), byPattern.size(), top);
        byPattern.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<Query>> e) -> -e.getValue().size())).limit(top)
                .forEach(e -> {
                    System.out.printf(Locale.ROOT, "%5d  %s%n", e.getValue().size(), e.getKey());
                    e.getValue().stream().limit(examples).forEach(q -> System.out.printf(Locale.ROOT, "         %s  ->  %s (%.3f)%s%n",
                            q.alias().name(), q.best() == null ? "-" : q.best().matchedName(), q.score(),
                            q.right() == null || q.correct() ? "" : String.format(Locale.ROOT, "; right: %s (%.3f, rank %d)",
                                    q.right().matchedName(), q.right().score(), q.rightRank())));
                });
    }

    private static void dump(Path file, List<Query> queries) throws java.io.IOException {
        try (PrintWriter out = new PrintWriter(file.toFile(), StandardCharsets.UTF_8)) {
            out.println("alias\tkind\tentity\tours_entity\tours_score\tours_right\tright_rank\tours_name\tduke_entity\tduke_score\tduke_right"
                    + "\tours_shape\tours_reasons");
            for (Query q : queries) {
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.4f\t%b\t%d\t%s\t%s\t%.4f\t%b\t%s\t%s%n", q.alias().name(), q.alias().kind(),
                        q.alias().entityId(), q.bestEntity(), q.score(), q.correct(), q.rightRank(),
                        q.best() == null ? "" : q.best().matchedName(), q.duke().answer(), q.duke().score(), q.duke().correct(),
                        q.best() == null ? "" : signature(q.best()), q.best() == null ? "" : reasons(q.best()));
            }
        }
    }

    /** A hit's explanation on one line: each reason as query word, kind, entry word. */
    private static String reasons(Hit hit) {
        StringBuilder out = new StringBuilder();
        for (MatchReason r : hit.reasons()) {
            out.append(out.isEmpty() ? "" : "; ").append(r.queryPart()).append(' ').append(r.kind().name().toLowerCase(Locale.ROOT))
                    .append(' ').append(r.entryPart());
        }
        return out.toString();
    }

    private static String option(String[] args, String name, String otherwise) {
        int at = List.of(args).indexOf(name);
        return at >= 0 ? args[at + 1] : otherwise;
    }
}
