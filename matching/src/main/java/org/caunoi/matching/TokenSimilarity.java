package org.caunoi.matching;

/**
 * How similar two name words are and why: equal after folding (exact, diacritics, reading,
 * transliteration), truncated, an initial, or a spelling variant by Jaro-Winkler above a floor.
 */
final class TokenSimilarity {

    /** Below this Jaro-Winkler value two words are different words, not spelling variants. */
    static final double SPELLING_FLOOR = 0.87;
    static final double TRUNCATION_SIMILARITY = 0.9;
    static final double INITIAL_SIMILARITY = 0.5;

    private TokenSimilarity() {
    }

    /** Similarity of two words, the best over their readings. */
    static double similarity(NameToken q, NameToken e) {
        if (q.alternatives().isEmpty() && e.alternatives().isEmpty()) {
            return similarity(q.folded(), e.folded());
        }
        double best = 0;
        for (String qf : q.forms()) {
            for (String ef : e.forms()) {
                best = Math.max(best, similarity(qf, ef));
            }
        }
        return best;
    }

    /** Similarity of two folded words in [0, 1]; 0 means no match. */
    static double similarity(String q, String e) {
        if (q.equals(e)) {
            return 1.0;
        }
        int lq = q.length();
        int le = e.length();
        if (lq == 1 || le == 1) {
            return (lq == 1 ? e.charAt(0) == q.charAt(0) : q.charAt(0) == e.charAt(0)) ? INITIAL_SIMILARITY : 0.0;
        }
        if (Math.min(lq, le) >= 4 && (q.startsWith(e) || e.startsWith(q))) {
            return TRUNCATION_SIMILARITY;
        }
        if (Math.min(lq, le) <= 2) {
            return 0.0;
        }
        double jw = JaroWinkler.similarity(q, e);
        // short words differ in meaning after one letter: demand more of them
        double floor = Math.min(lq, le) <= 4 ? SPELLING_FLOOR + 0.01 : SPELLING_FLOOR;
        return jw >= floor ? jw : 0.0;
    }

    static MatchKind kind(NameToken q, NameToken e, double similarity) {
        if (q.original().equals(e.original())) {
            return MatchKind.EXACT;
        }
        if (q.origin() == NameToken.Origin.HAN_VIET || e.origin() == NameToken.Origin.HAN_VIET) {
            return MatchKind.HAN_VIET;
        }
        if (q.origin() == NameToken.Origin.PINYIN || e.origin() == NameToken.Origin.PINYIN) {
            return MatchKind.PINYIN;
        }
        if (q.origin() == NameToken.Origin.TRANSLITERATED || e.origin() == NameToken.Origin.TRANSLITERATED) {
            return MatchKind.TRANSLITERATION;
        }
        if (q.origin() == NameToken.Origin.ABBREVIATION || e.origin() == NameToken.Origin.ABBREVIATION) {
            return MatchKind.ABBREVIATION;
        }
        if (similarity >= 1.0) {
            return q.original().equalsIgnoreCase(e.original()) ? MatchKind.EXACT : MatchKind.DIACRITICS;
        }
        if (similarity == TRUNCATION_SIMILARITY && q.alternatives().isEmpty() && (q.folded().startsWith(e.folded()) || e.folded().startsWith(q.folded()))) {
            return MatchKind.TRUNCATION;
        }
        if (similarity == INITIAL_SIMILARITY && (q.folded().length() == 1 || e.folded().length() == 1)) {
            return MatchKind.INITIAL;
        }
        return MatchKind.SPELLING;
    }
}
