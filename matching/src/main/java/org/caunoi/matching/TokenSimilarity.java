package org.caunoi.matching;

import java.util.Arrays;

/**
 * How similar two name words are and why: equal after folding (exact, diacritics, reading,
 * transliteration), truncated, an initial, the same consonant skeleton (Sa'id / Saeed,
 * Mohamed / Muhammad), or within one or two typing errors.
 */
final class TokenSimilarity {

    static final double TRUNCATION_SIMILARITY = 0.9;
    static final double SKELETON_SIMILARITY = 0.88;
    static final double INITIAL_SIMILARITY = 0.3;
    static final double SOUND_SIMILARITY = 0.85;
    /** The same Double Metaphone key: a broader net than the skeleton, so a little less sure. */
    static final double PHONETIC_SIMILARITY = 0.82;
    /** A word of a Vietnamese name that is no syllable, one edit from a syllable of the entry ({@link VietnameseSyllables#slipsOf}). */
    static final double SLIP_SIMILARITY = 0.85;
    /** A word within the allowed edits never scores below this, however Jaro-Winkler rates it. */
    static final double TYPO_FLOOR = 0.85;

    private TokenSimilarity() {
    }

    /** Similarity of two words, the best over their readings. */
    static double similarity(NameToken q, NameToken e) {
        return similarity(q, oneSyllable(q.folded()), e, oneSyllable(e.folded()));
    }

    /** {@link #similarity(NameToken, NameToken)} with {@link #oneSyllable} of the folded forms known. */
    static double similarity(NameToken q, boolean qSyllable, NameToken e, boolean eSyllable) {
        if (fromHan(q) || fromHan(e)) {
            // readings are short syllables: one letter apart they are other characters (hàng / đặng)
            for (String qf : q.forms()) {
                for (String ef : e.forms()) {
                    // Lý / Lí are one syllable; pinyin li is not Lý
                    if (qf.equals(ef) || q.origin() != NameToken.Origin.PINYIN && e.origin() != NameToken.Origin.PINYIN
                            && VietnameseSyllables.sameSyllable(qf, ef)) {
                        return 1.0;
                    }
                }
            }
            return 0.0;
        }
        if (q.alternatives().isEmpty() && e.alternatives().isEmpty()) {
            double s = similarity(q.folded(), qSyllable, e.folded(), eSyllable, true);
            if (s == 0 && arabicAgainstLatin(q, e)) {
                return SOUND_SIMILARITY;
            }
            // the same Double Metaphone key, where nothing else paired the words: a broader net than
            // the skeleton, so a little less sure; not for syllables, whose vowels are the name
            if (s == 0 && !qSyllable && !eSyllable && Phonetics.matches(q.phonetic(), e.phonetic())) {
                int lq = q.folded().length();
                int le = e.folded().length();
                int shorter = Math.min(lq, le);
                if (shorter >= Phonetics.SHORTEST_WORD && Math.max(lq, le) <= 2 * shorter) {
                    return PHONETIC_SIMILARITY;
                }
            }
            return s;
        }
        double best = 0;
        for (String qf : q.forms()) {
            for (String ef : e.forms()) {
                best = Math.max(best, similarity(qf, ef));
            }
        }
        return best;
    }

    /** A word in Arabic script and a romanised word with the same consonants ({@link ArabicScript}). */
    private static boolean arabicAgainstLatin(NameToken q, NameToken e) {
        if (q.origin() == NameToken.Origin.TRANSLITERATED && e.origin() == NameToken.Origin.LATIN) {
            return ArabicScript.written(q.original()) && ArabicScript.sameConsonants(q.folded(), e.folded());
        }
        return e.origin() == NameToken.Origin.TRANSLITERATED && q.origin() == NameToken.Origin.LATIN
                && ArabicScript.written(e.original()) && ArabicScript.sameConsonants(e.folded(), q.folded());
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
        return q.equals(e) ? 1.0 : similarity(q, oneSyllable(q), e, oneSyllable(e));
    }

    /** {@link #similarity(String, String)} with {@link #oneSyllable} known: callers comparing one word with many pass it. */
    static double similarity(String q, boolean qSyllable, String e, boolean eSyllable) {
        return similarity(q, qSyllable, e, eSyllable, true);
    }

    /**
     * @param withSound whether romanisations count (same skeleton, {@link #soundsAlike}, vowels set
     *                  aside); the index finds those by their key and asks only about spelling otherwise
     */
    static double similarity(String q, boolean qSyllable, String e, boolean eSyllable, boolean withSound) {
        if (VietnameseSyllables.sameSyllable(q, e)) {
            return 1.0;
        }
        int lq = q.length();
        int le = e.length();
        int shorter = Math.min(lq, le);
        int longer = Math.max(lq, le);
        if (shorter == 1) {
            return q.charAt(0) == e.charAt(0) ? INITIAL_SIMILARITY : 0.0;
        }
        // one Korean or Chinese syllable in two romanisations (Chin / Jin, Chol / Cheol, Chang / Zhang)
        if (withSound && RomanisedSyllables.same(q, e)) {
            return SOUND_SIMILARITY;
        }
        // two Vietnamese or Chinese syllables one letter apart are different names (Trung / Trương,
        // Minh / Mạnh, Chan / Chang): only two letters swapped is a typo there
        if (qSyllable && eSyllable) {
            return lq == le && isTransposition(q, e) ? TYPO_FLOOR : 0.0;
        }
        if (shorter >= 4 && shorter * 5 >= longer * 3 && q.charAt(0) == e.charAt(0) && q.regionMatches(0, e, 0, shorter)) {
            return TRUNCATION_SIMILARITY;
        }
        // one error in five to seven letters, two from eight; four-letter words only swap two
        // letters: Thắm and Phạm, Minh and Manh are different names one letter apart
        int allowed = shorter >= 8 ? 2 : shorter >= 5 || shorter == 4 && !qSyllable && !eSyllable ? 1 : 0;
        if (allowed > 0 && longer - shorter <= allowed && letterSetDistance(q, e) <= 2 * allowed
                && EditDistance.atMost(q, e, allowed)) {
            return Math.max(TYPO_FLOOR, JaroWinkler.similarity(q, e));
        }
        if (lq == 4 && le == 4 && isTransposition(q, e)) {
            return TYPO_FLOOR;
        }
        if (!withSound) {
            return 0.0;
        }
        if (shorter >= 5 && q.charAt(0) == e.charAt(0) && longer <= 2 * shorter && sameSkeleton(q, e)) {
            return SKELETON_SIMILARITY;
        }
        if (qSyllable || eSyllable) {
            return 0.0;
        }
        if (shorter >= 4 && longer <= 2 * shorter && soundsAlike(q, e)) {
            return SOUND_SIMILARITY;
        }
        if (shorter >= 3 && q.charAt(0) == e.charAt(0) && sameWithVowelsAside(q, e)) {
            return SOUND_SIMILARITY;
        }
        return 0.0;
    }

    /**
     * Two romanisations of one name: the same consonants once vowels, a leading vowel and doubled
     * letters are gone and q/k/c, v/w, ph/f, x/ks are merged (Naser / Nasr, Qasim / Kassem, Tiurine /
     * Tyurin). Callers have ruled out words that read as one Vietnamese or Chinese syllable, whose
     * vowels are the name (Trung / Trang, Minh / Manh).
     */
    static boolean soundsAlike(String q, String e) {
        if (firstConsonantClass(q) != firstConsonantClass(e)) {
            return false;
        }
        char[][] buffers = buffers(q, e);
        int lq = skeleton(q, buffers[0]);
        int le = skeleton(e, buffers[1]);
        int fq = isVowel(buffers[0][0]) ? 1 : 0;
        int fe = isVowel(buffers[1][0]) ? 1 : 0;
        return lq - fq >= 3 && Arrays.equals(buffers[0], fq, lq, buffers[1], fe, le);
    }

    /** Two skeleton buffers per thread, large enough for both words: skeletons are compared for many pairs. */
    private static final ThreadLocal<char[][]> BUFFERS = ThreadLocal.withInitial(() -> new char[2][64]);

    private static char[][] buffers(String q, String e) {
        char[][] buffers = BUFFERS.get();
        int needed = 2 * Math.max(q.length(), e.length());
        if (buffers[0].length < needed) {
            buffers = new char[2][needed];
            BUFFERS.set(buffers);
        }
        return buffers;
    }

    /** The first consonant as {@link #skeleton} writes it (q, c, x, gh as k; v as w; ph as f): a cheap first test. */
    private static char firstConsonantClass(String word) {
        int i = 0;
        while (i < word.length() - 1 && isVowel(word.charAt(i))) {
            i++;
        }
        char c = word.charAt(i);
        boolean h = i + 1 < word.length() && word.charAt(i + 1) == 'h';
        return switch (c) {
            case 'q', 'c', 'x' -> 'k';
            case 'g' -> h ? 'k' : 'g';
            case 'p' -> h ? 'f' : 'p';
            case 'v' -> 'w';
            default -> c;
        };
    }

    /** The consonant key {@link #soundsAlike} compares; empty for words it does not apply to. */
    static String soundKey(String word) {
        if (word.length() < 4 || oneSyllable(word)) {
            return "";
        }
        String s = skeleton(word);
        char first = s.charAt(0);
        return first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u' || first == 'y' ? s.substring(1) : s;
    }

    /**
     * Equal once each run of vowels (y included) is read as one mark: Saif / Sayf, Ra'ad / Rad,
     * Mumin / Moumin. Compared in place: it runs for many pairs of words.
     */
    static boolean sameWithVowelsAside(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean va = isVowel(a.charAt(i));
            if (va != isVowel(b.charAt(j))) {
                return false;
            }
            if (va) {
                while (i < a.length() && isVowel(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isVowel(b.charAt(j))) {
                    j++;
                }
            } else if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
        return i == a.length() && j == b.length();
    }

    /**
     * A Vietnamese or Chinese (pinyin) syllable: an initial, one group of one to three vowels, a
     * final (gi and qu count as g and q before a vowel group). Called for every pair of words
     * compared, so written out by hand rather than as a pattern.
     */
    static boolean oneSyllable(String word) {
        int length = word.length();
        if (length == 0 || length > 7) {
            return false;
        }
        int initial = 0;
        while (initial < length && !isVowel(word.charAt(initial))) {
            initial++;
        }
        if (!validInitial(word, initial)) {
            return false;
        }
        int end = initial;
        while (end < length && isVowel(word.charAt(end))) {
            end++;
        }
        if (end == initial || end - initial > 3) {
            return false;
        }
        return validFinal(word, end);
    }

    private static boolean validInitial(String word, int length) {
        char a = length > 0 ? word.charAt(0) : 0;
        char b = length > 1 ? word.charAt(1) : 0;
        return switch (length) {
            case 0 -> true;
            case 1 -> a >= 'b' && a <= 'z' && a != 'f';
            case 2 -> b == 'h' ? a == 'n' || a == 'c' || a == 'g' || a == 'k' || a == 'p' || a == 't' || a == 'z' || a == 's'
                    : a == 'n' && b == 'g' || a == 't' && b == 'r';
            case 3 -> a == 'n' && b == 'g' && word.charAt(2) == 'h';
            default -> false;
        };
    }

    /** Nothing, or one of c ch m n ng nh p t r. */
    private static boolean validFinal(String word, int from) {
        int rest = word.length() - from;
        if (rest == 0) {
            return true;
        }
        char a = word.charAt(from);
        if (rest == 1) {
            return a == 'c' || a == 'm' || a == 'n' || a == 'p' || a == 't' || a == 'r';
        }
        char b = word.charAt(from + 1);
        return rest == 2 && (a == 'c' && b == 'h' || a == 'n' && (b == 'g' || b == 'h'));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
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

    /**
     * A folded word's letter set ({@link #letterSet}, bits 33-58 for [a-z0-9]) with its length in
     * the low 32 bits: what {@link #maySpellAlike} needs, one number per word of the index.
     */
    static long shape(String word) {
        return letterSet(word) | word.length();
    }

    /**
     * False only where {@link #similarity(String, boolean, String, boolean, boolean)} without
     * sound is certainly 0 for two different words, judged from their {@link #shape}s: the
     * candidate search tests many words of the index that share trigrams with a query word, and
     * most fail; this rules them out without reading their letters. Each way to score above 0 needs
     * what is tested here: a transposition (syllables, four letters) the same length and letters,
     * a truncation the shorter word's letters in the longer, an edit the bounds
     * {@link #letterSetDistance} and the length difference already set there.
     */
    private static final long I_OR_Y = 1L << ('i' & 63) | 1L << ('y' & 63);

    static boolean maySpellAlike(long q, long e) {
        int lq = (int) q;
        int le = (int) e;
        int shorter = Math.min(lq, le);
        int longer = Math.max(lq, le);
        long qLetters = q & ~0xFFFFFFFFL;
        long eLetters = e & ~0xFFFFFFFFL;
        int distance = Long.bitCount(qLetters ^ eLetters);
        if (shorter <= 1 || lq == le && distance == 0) {
            return true;
        }
        // Lý / Lí: one syllable spelt with i or y ({@link VietnameseSyllables#sameSyllable})
        if (lq == le && lq <= 3 && (qLetters ^ eLetters) == I_OR_Y) {
            return true;
        }
        if (shorter >= 4 && ((lq < le ? qLetters & ~eLetters : eLetters & ~qLetters) == 0)) {
            return true;
        }
        int allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && longer - shorter <= allowed && distance <= 2 * allowed;
    }

    /** Same skeleton of at least three consonants: two (S-L for Saleh and Shallah) say too little. */
    private static boolean sameSkeleton(String q, String e) {
        char[][] buffers = buffers(q, e);
        int lq = skeleton(q, buffers[0]);
        int le = skeleton(e, buffers[1]);
        return lq >= 3 && Arrays.equals(buffers[0], 0, lq, buffers[1], 0, le);
    }

    /**
     * The consonant skeleton of a romanised word: vowels, y and a silent h (after a vowel, in kh gh dh th ph, at the end) dropped after the first letter,
     * v/w, q/k/c, ph/f, x/ks and doubled letters merged. Arabic and Persian names romanised by different
     * hands mostly agree on it.
     */
    static String skeleton(String word) {
        char[] out = new char[2 * word.length()];
        return new String(out, 0, skeleton(word, out));
    }

    /** {@link #skeleton(String)} written into {@code out} (twice the word's length), returning its length. */
    static int skeleton(String word, char[] out) {
        int n = 0;
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'v' -> 'w';
                case 'q', 'c' -> 'k';
                case 'x' -> {
                    // Alexander / Aleksandr
                    if (last != 'k') {
                        out[n++] = 'k';
                    }
                    yield 's';
                }
                case 'p' -> i + 1 < word.length() && word.charAt(i + 1) == 'h' ? 'f' : 'p';
                case 'g' -> i + 1 < word.length() && word.charAt(i + 1) == 'h' ? 'k' : 'g';
                default -> word.charAt(i);
            };
            // gh is already k here; ph's h is in its f (Stephan / Stefan)
            boolean silentH = c == 'h' && (i == word.length() - 1 || last == 'k' || last == 'd' || last == 't'
                    || i > 0 && word.charAt(i - 1) == 'p' || last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u');
            if (i > 0 && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || silentH)) {
                if (!silentH) {
                    last = c;
                }
                continue;
            }
            if (c != last) {
                out[n++] = c;
            }
            last = c;
        }
        return n;
    }

    /**
     * The same letters, whichever way their marks are encoded: "ễ" typed as one character or as e with
     * two combining marks (keyboards and files differ) is the same letter, not a diacritics match.
     */
    private static boolean sameLetters(String a, String b, boolean ignoreCase) {
        String left = java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFC);
        String right = java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC);
        return ignoreCase ? left.equalsIgnoreCase(right) : left.equals(right);
    }

    static MatchKind kind(NameToken q, NameToken e, double similarity) {
        if (sameLetters(q.original(), e.original(), false)) {
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
        if (q.origin() == NameToken.Origin.BUSINESS_TERM && BusinessTerms.sameTerm(e.folded(), q.folded())
                || e.origin() == NameToken.Origin.BUSINESS_TERM && BusinessTerms.sameTerm(q.folded(), e.folded())) {
            return MatchKind.BUSINESS_TERM;
        }
        if (q.origin() == NameToken.Origin.ABBREVIATION || e.origin() == NameToken.Origin.ABBREVIATION) {
            return MatchKind.ABBREVIATION;
        }
        if (similarity >= 1.0) {
            // Lý / Lí: one syllable in its i and y spellings
            return !q.folded().equals(e.folded()) ? MatchKind.SPELLING
                    : sameLetters(q.original(), e.original(), true) ? MatchKind.EXACT : MatchKind.DIACRITICS;
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
