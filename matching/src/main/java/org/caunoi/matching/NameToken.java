package org.caunoi.matching;

import java.util.List;

/**
 * One word of an analysed name: as written (for explanations), folded to [a-z0-9] (for
 * comparison; a Han character may have several readings), where the folded form came from, and
 * its {@link Phonetics} keys (packed in a {@code long}).
 */
record NameToken(String original, String folded, Origin origin, List<String> alternatives, long phonetic) {

    NameToken(String original, String folded, Origin origin) {
        this(original, folded, origin, List.of());
    }

    NameToken(String original, String folded, Origin origin, List<String> alternatives) {
        this(original, folded, origin, alternatives,
                origin == Origin.HAN_VIET || origin == Origin.PINYIN ? Phonetics.NONE : Phonetics.of(folded));
    }

    /** The folded form and the other readings (a Han character may have several Hán-Việt readings). */
    List<String> forms() {
        if (alternatives.isEmpty()) {
            return List.of(folded);
        }
        var all = new java.util.ArrayList<String>(alternatives.size() + 1);
        all.add(folded);
        all.addAll(alternatives);
        return all;
    }

    /** BUSINESS_TERM: a phrase read as the English term it means ({@link BusinessTerms}). */
    enum Origin { LATIN, TRANSLITERATED, HAN_VIET, PINYIN, ABBREVIATION, BUSINESS_TERM }
}
