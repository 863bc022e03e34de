package org.caunoi.hub.enforcement.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.matching.NameWords;

/**
 * The single words of persons' names, so that free text loses a known person's family or given name
 * written alone ("ông Hùng", "cùng Zhang"), not only the whole name. A word of a text is such a word when
 * it folds (the matching library's folding) to one of a name, and, when both carry diacritics, is spelt
 * the same: "Hung" and "HÙNG" are Hùng, "hàng" (goods) is not Hằng. Words under three letters and a few
 * everyday Vietnamese words that are also names are never taken: they say nothing of who is meant.
 * Counted, so that a name two cases share stays known while either has it.
 */
final class PersonWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final int SHORTEST = 3;
    /**
     * Middle names and forms of address that are everyday words too (Văn, Thị; ông, anh, chị, cô, chú, bác,
     * em; cùng, với, của): taking them would blank half of any Vietnamese narrative and name nobody.
     */
    private static final Set<String> EVERYDAY = Set.of("van", "thi", "ong", "anh", "chi", "chu", "bac", "cung", "voi",
            "cua", "con", "cho", "nay", "the", "and", "mrs");

    private final Map<String, Integer> spellings = new ConcurrentHashMap<>();
    private final Map<String, Integer> folded = new ConcurrentHashMap<>();

    void add(Collection<String> names) {
        change(names, 1);
    }

    void remove(Collection<String> names) {
        change(names, -1);
    }

    private void change(Collection<String> names, int by) {
        for (String name : names) {
            for (String word : words(name)) {
                spellings.merge(word, by, (a, b) -> a + b == 0 ? null : a + b);
                folded.merge(NameWords.fold(word), by, (a, b) -> a + b == 0 ? null : a + b);
            }
        }
    }

    /** Whether the word of a text is a word of a known person's name (see the class). */
    boolean contains(String word) {
        String spelt = lower(word);
        String plain = NameWords.fold(spelt);
        if (plain.length() < SHORTEST || EVERYDAY.contains(plain) || !folded.containsKey(plain)) {
            return false;
        }
        // Written without diacritics, the word may be any of the names it folds to; with them, only the same
        // name or one recorded without diacritics (a Latin name in capitals).
        return spelt.equals(plain) || spellings.containsKey(spelt) || spellings.containsKey(plain);
    }

    /** The distinct words of a name, lower case, Han script left to the name index's own screening. */
    static List<String> words(String name) {
        Matcher matcher = WORD.matcher(name);
        java.util.ArrayList<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            String word = lower(matcher.group());
            if (!NameWords.isHan(word) && NameWords.fold(word).length() >= SHORTEST && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String lower(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
