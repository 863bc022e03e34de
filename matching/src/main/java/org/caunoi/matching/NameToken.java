package org.caunoi.matching;

import java.util.List;

/**
 * One word of an analysed name: as written (for explanations), folded to [a-z0-9] (for
 * comparison; a Han character may have several readings), and where the folded form came from.
 */
record NameToken(String original, String folded, Origin origin, List<String> alternatives) {

    NameToken(String original, String folded, Origin origin) {
        this(original, folded, origin, List.of());
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

    enum Origin { LATIN, TRANSLITERATED, HAN_VIET, PINYIN, ABBREVIATION }
}
