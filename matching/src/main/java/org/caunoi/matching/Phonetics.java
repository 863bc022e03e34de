package org.caunoi.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone keys (commons-codec) of romanised words: Oussama / Usama, Qadhafi / Gaddafi,
 * Chebel / Shibl sound alike where their consonant skeletons differ. Never for one-syllable
 * Vietnamese or Chinese words, whose vowels are the name, nor for words under four letters.
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

    /** Configured once before publication, then only read: safe to share between threads. */
    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    static {
        ENCODER.setMaxCodeLen(KEY_LENGTH);
    }

    /** A word's primary and alternate keys; empty strings where a key is too short to use. */
    record Key(String primary, String alternate) {

        static final Key NONE = new Key("", "");

        boolean matches(Key other) {
            return !primary.isEmpty() && (primary.equals(other.primary) || primary.equals(other.alternate))
                    || !alternate.isEmpty() && (alternate.equals(other.primary) || alternate.equals(other.alternate));
        }
    }

    private Phonetics() {
    }

    /**
     * The keys of a folded word, {@link Key#NONE} for words they are not for. Worked out once per
     * word when a name is analysed: encoding costs more than comparing every pair of words.
     */
    static Key of(String folded) {
        if (folded.length() < SHORTEST_WORD || TokenSimilarity.oneSyllable(folded)) {
            return Key.NONE;
        }
        String primary = usable(ENCODER.doubleMetaphone(folded));
        String alternate = usable(ENCODER.doubleMetaphone(folded, true));
        return primary.isEmpty() && alternate.isEmpty() ? Key.NONE : new Key(primary, alternate);
    }

    private static String usable(String key) {
        return key == null || key.length() < SHORTEST_KEY ? "" : key;
    }
}
