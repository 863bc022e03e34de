package org.caunoi.matching;

/**
 * One word as the matcher compares it, for callers outside the library that look for the words of
 * known names in free text: folded the library's way (NFKC, diacritics and case removed, other
 * scripts transliterated), so that a word matches however it was written.
 */
public final class NameWords {

    private NameWords() {
    }

    /** The word folded to {@code [a-z0-9]*}, as the matcher compares it (Han is not read here: empty or ICU's Latin). */
    public static String fold(String word) {
        return TextFolding.fold(TextFolding.nfkc(word));
    }

    /** Whether the word is written in Han script (read by the matcher in Hán-Việt and pinyin, not folded word by word). */
    public static boolean isHan(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(TextFolding::isHan);
    }
}
