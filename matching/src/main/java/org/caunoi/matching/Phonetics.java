package org.caunoi.matching;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone keys (commons-codec) of romanised words: Oussama / Usama, Qadhafi / Gaddafi,
 * Chebel / Shibl sound alike where their consonant skeletons differ. Never for one-syllable
 * Vietnamese or Chinese words, whose vowels are the name; callers rule those out.
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

    /** Configured once before publication, then only read: safe to share between threads. */
    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    static {
        ENCODER.setMaxCodeLen(KEY_LENGTH);
    }

    private Phonetics() {
    }

    /**
     * The primary and alternate keys of a folded word, each empty when too short to tell names
     * apart. Remembered per thread: the scorer asks about the same few words many times a query.
     */
    static String[] keys(String folded) {
        Map<String, String[]> cache = CACHE.get();
        String[] keys = cache.get(folded);
        if (keys == null) {
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
            keys = new String[] {usable(ENCODER.doubleMetaphone(folded)), usable(ENCODER.doubleMetaphone(folded, true))};
            cache.put(folded, keys);
        }
        return keys;
    }

    private static final int CACHE_SIZE = 20_000;
    private static final ThreadLocal<Map<String, String[]>> CACHE = ThreadLocal.withInitial(HashMap::new);

    private static String usable(String key) {
        return key == null || key.length() < SHORTEST_KEY ? "" : key;
    }

    /** Whether a reading of one word has the same key as a reading of the other. */
    static boolean sameKey(String a, String b) {
        String[] ka = keys(a);
        String[] kb = keys(b);
        for (String x : ka) {
            if (!x.isEmpty() && (x.equals(kb[0]) || x.equals(kb[1]))) {
                return true;
            }
        }
        return false;
    }
}
