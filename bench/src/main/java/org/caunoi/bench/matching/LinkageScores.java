package org.caunoi.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The best hit of each query and whether it was right, with precision, recall and F1 at any
 * threshold: a hit on the wrong entity is a false positive, no hit above the threshold a false negative.
 */
final class LinkageScores {

    /**
     * One query's outcome: the best hit's score (NaN when none), whether it was the right entity, and
     * the entity it named (empty when none; kept for the error analysis).
     */
    record Outcome(double score, boolean correct, boolean sharesWord, String kind, String entityId, String answer) {

        /** Half of the entities, by their id: the split a threshold is chosen on, the other half judging it. */
        boolean firstHalf() {
            return (entityId.hashCode() & 1) == 0;
        }
    }

    record Prf(double precision, double recall, double f1, int queries) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (n=%d)", precision, recall, f1, queries);
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    void add(double score, boolean correct, OfacData.Alias alias) {
        add(score, correct, alias, "");
    }

    void add(double score, boolean correct, OfacData.Alias alias, String answer) {
        outcomes.add(new Outcome(score, correct, alias.sharesWord(), alias.kind(), alias.entityId(), answer));
    }

    /** Each query's outcome, in query order. */
    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    Prf at(double threshold, Predicate<Outcome> subset) {
        int tp = 0;
        int fp = 0;
        int n = 0;
        for (Outcome o : outcomes) {
            if (!subset.test(o)) {
                continue;
            }
            n++;
            if (!Double.isNaN(o.score()) && o.score() >= threshold) {
                if (o.correct()) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = n == 0 ? 0 : (double) tp / n;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), n);
    }

    Prf at(double threshold) {
        return at(threshold, o -> true);
    }

    /** The threshold with the best F1 over all queries, in hindsight (generous to a baseline without a scale). */
    double bestThreshold() {
        double best = 0;
        double bestF1 = -1;
        List<Double> scores = outcomes.stream().map(Outcome::score).filter(s -> !Double.isNaN(s)).sorted().distinct().toList();
        int step = Math.max(1, scores.size() / 400);
        for (int i = 0; i < scores.size(); i += step) {
            double f1 = at(scores.get(i)).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = scores.get(i);
            }
        }
        return best;
    }

    /**
     * The lowest threshold (in steps of 0.01 from 0.30) whose precision on the queries of the
     * subset is at least {@code precision}: the rule the default threshold is chosen by.
     */
    double lowestWithPrecision(double precision, Predicate<Outcome> subset) {
        for (int t = 30; t <= 100; t++) {
            if (at(t / 100.0, subset).precision() >= precision) {
                return t / 100.0;
            }
        }
        return 1.0;
    }

    /** Share of queries whose best hit is the right entity, whatever its score: the ceiling of recall. */
    double firstRight() {
        return firstRight(o -> true);
    }

    double firstRight(Predicate<Outcome> subset) {
        List<Outcome> some = outcomes.stream().filter(subset).toList();
        return some.isEmpty() ? 0 : (double) some.stream().filter(Outcome::correct).count() / some.size();
    }

    /** One row per kind of alias the list names (aka/fka, the UN's quality): P/R/F1 at the threshold and the right entity first. */
    List<String> reportByKind(String method, double threshold) {
        return outcomes.stream().map(Outcome::kind).distinct().sorted().map(kind -> String.format(Locale.ROOT,
                "| %s | %s | %.3f | %s | %.3f |", method, kind, threshold, at(threshold, o -> o.kind().equals(kind)),
                firstRight(o -> o.kind().equals(kind)))).toList();
    }

    String report(String method, double threshold) {
        return String.format(Locale.ROOT, "| %s | %.3f | %s | %s | %s |", method, threshold,
                at(threshold), at(threshold, Outcome::sharesWord), at(threshold, o -> !o.sharesWord()));
    }
}
