package org.caunoi.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone keys (commons-codec) of romanised words: Oussama / Usama, Qadhafi / Gaddafi,
 * Chebel / Shibl sound alike where their consonant skeletons differ. Never for one-syllable
 * Vietnamese or Chinese words, whose vowels are the name, nor for words under four letters.
 *
 * <p>A word's two keys are packed into one {@code long} ({@link #of}): a key of at most
 * {@link #KEY_LENGTH} characters of Double Metaphone's alphabet (capitals, {@code 0}, space) fits in 30
 * bits, so the scorer compares keys as numbers, and a name word carries no key objects (every
 * word of the index has one).
 */
final class Phonetics {

    /** Keys longer than Double Metaphone's default four letters: long names collide less. */
    private static final int KEY_LENGTH = 6;
    /**
     * Keys of fewer consonants say too little. Three still join names that differ (Usama and Isam
     * are both ASM): measured on the OFAC linkage benchmark, keys of four or more find almost none of
     * what three find (docs/benchmarks.md), and the pair still needs the rest of the name to agree.
     */
    static final int SHORTEST_KEY = 3;
    static final int SHORTEST_WORD = 4;
    /** No usable key: the word is too short, one syllable, or its keys are. */
    static final long NONE = 0L;

    /** Configured once before publication, then only read: safe to share between threads. */
    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    static {
        ENCODER.setMaxCodeLen(KEY_LENGTH);
    }

    private Phonetics() {
    }

    /**
     * The keys of a folded word, primary in the high 32 bits and alternate in the low ones, each 0
     * where too short to use; {@link #NONE} for words they are not for. Worked out once per word
     * when a name is analysed: encoding costs more than comparing every pair of words.
     */
    static long of(String folded) {
        if (folded.length() < SHORTEST_WORD || TokenSimilarity.oneSyllable(folded)) {
            return NONE;
        }
        long primary = pack(ENCODER.doubleMetaphone(folded));
        long alternate = pack(ENCODER.doubleMetaphone(folded, true));
        return primary << 32 | alternate;
    }

    /** Whether two words share a key (either of one is either of the other's). */
    static boolean matches(long a, long b) {
        int ap = (int) (a >>> 32);
        int aa = (int) a;
        int bp = (int) (b >>> 32);
        int ba = (int) b;
        return ap != 0 && (ap == bp || ap == ba) || aa != 0 && (aa == bp || aa == ba);
    }

    static String primary(long keys) {
        return unpack((int) (keys >>> 32));
    }

    static String alternate(long keys) {
        return unpack((int) keys);
    }

    /**
     * Five bits a character, the first in the lowest: distinct keys give distinct numbers, 0 is none.
     * Double Metaphone writes only capitals, {@code 0} (th) and a space; a key with anything else
     * (none seen) is left unused rather than risk two keys packing alike.
     */
    private static int pack(String key) {
        if (key == null || key.length() < SHORTEST_KEY || key.length() > KEY_LENGTH) {
            return 0;
        }
        int packed = 0;
        for (int i = key.length() - 1; i >= 0; i--) {
            int code = code(key.charAt(i));
            if (code == 0) {
                return 0;
            }
            packed = packed << 5 | code;
        }
        return packed;
    }

    private static int code(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 1;
        }
        return switch (c) {
            case '0' -> 27;
            case ' ' -> 28;
            default -> 0;
        };
    }

    private static String unpack(int packed) {
        StringBuilder key = new StringBuilder(KEY_LENGTH);
        for (; packed != 0; packed >>>= 5) {
            int code = packed & 31;
            key.append(code == 27 ? '0' : code == 28 ? ' ' : (char) ('A' + code - 1));
        }
        return key.toString();
    }
}
