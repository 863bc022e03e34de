package org.caunoi.matching;

/**
 * How similar two name words are and why: equal after folding (exact, diacritics, reading,
 * transliteration), truncated, an initial, the same consonant skeleton (Sa'id / Saeed,
 * Mohamed / Muhammad), or within one or two typing errors.
 */
final class TokenSimilarity {

    static final double TRUNCATION_SIMILARITY = 0.9;
    static final double SKELETON_SIMILARITY = 0.88;
    static final double INITIAL_SIMILARITY = 0.3;
    /** A word within the allowed edits never scores below this, however Jaro-Winkler rates it. */
    static final double TYPO_FLOOR = 0.85;

    private TokenSimilarity() {
    }

    /** Similarity of two words, the best over their readings. */
    static double similarity(NameToken q, NameToken e) {
        if (fromHan(q) || fromHan(e)) {
            // readings are short syllables: one letter apart they are other characters (hàng / đặng)
            for (String qf : q.forms()) {
                for (String ef : e.forms()) {
                    if (qf.equals(ef)) {
                        return 1.0;
                    }
                }
            }
            return 0.0;
        }
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

    private static boolean isTransposition(String a, String b) {
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first) && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    static boolean fromHan(NameToken token) {
        return token.origin() == NameToken.Origin.HAN_VIET || token.origin() == NameToken.Origin.PINYIN;
    }

    /** Similarity of two folded words in [0, 1]; 0 means no match. */
    static double similarity(String q, String e) {
        if (q.equals(e)) {
            return 1.0;
        }
        int lq = q.length();
        int le = e.length();
        int shorter = Math.min(lq, le);
        int longer = Math.max(lq, le);
        if (shorter == 1) {
            return q.charAt(0) == e.charAt(0) ? INITIAL_SIMILARITY : 0.0;
        }
        if (shorter >= 4 && shorter * 5 >= longer * 3 && q.charAt(0) == e.charAt(0) && q.regionMatches(0, e, 0, shorter)) {
            return TRUNCATION_SIMILARITY;
        }
        // one error in five to seven letters, two from eight; four-letter words only swap two
        // letters: Thắm and Phạm, Minh and Manh are different names one letter apart
        int allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        if (allowed > 0 && longer - shorter <= allowed && letterSetDistance(q, e) <= 2 * allowed
                && EditDistance.atMost(q, e, allowed)) {
            return Math.max(TYPO_FLOOR, JaroWinkler.similarity(q, e));
        }
        if (lq == 4 && le == 4 && isTransposition(q, e)) {
            return TYPO_FLOOR;
        }
        if (shorter >= 5 && q.charAt(0) == e.charAt(0) && longer <= 2 * shorter && sameSkeleton(q, e)) {
            return SKELETON_SIMILARITY;
        }
        return 0.0;
    }

    /**
     * How many letters are in one word and not the other: each edit changes at most two, so a
     * larger count rules out the edit distance without computing it.
     */
    private static int letterSetDistance(String a, String b) {
        return Long.bitCount(letterSet(a) ^ letterSet(b));
    }

    private static long letterSet(String word) {
        long set = 0;
        for (int i = 0; i < word.length(); i++) {
            set |= 1L << (word.charAt(i) & 63);
        }
        return set;
    }

    /** Same skeleton of at least three consonants: two (S-L for Saleh and Shallah) say too little. */
    private static boolean sameSkeleton(String q, String e) {
        String s = skeleton(q);
        return s.length() >= 3 && s.equals(skeleton(e));
    }

    /**
     * The consonant skeleton of a romanised word: vowels, y and a silent h (after a vowel, in kh gh dh th, at the end) dropped after the first letter,
     * v/w, q/k/c, ph/f, x/ks and doubled letters merged. Arabic and Persian names romanised by different
     * hands mostly agree on it.
     */
    static String skeleton(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'v' -> 'w';
                case 'q', 'c' -> 'k';
                case 'x' -> {
                    // Alexander / Aleksandr
                    if (last != 'k') {
                        out.append('k');
                    }
                    yield 's';
                }
                case 'p' -> i + 1 < word.length() && word.charAt(i + 1) == 'h' ? 'f' : 'p';
                default -> word.charAt(i);
            };
            boolean silentH = c == 'h' && (i == word.length() - 1 || last == 'k' || last == 'g' || last == 'd' || last == 't'
                    || last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u');
            if (i > 0 && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || silentH)) {
                if (!silentH) {
                    last = c;
                }
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
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
