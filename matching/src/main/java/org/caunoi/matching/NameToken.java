package org.caunoi.matching;

/**
 * One word of an analysed name: as written (for explanations), folded to [a-z0-9] (for
 * comparison), and where the folded form came from.
 */
record NameToken(String original, String folded, Origin origin) {

    enum Origin { LATIN, TRANSLITERATED, HAN_VIET, PINYIN, ABBREVIATION }
}
