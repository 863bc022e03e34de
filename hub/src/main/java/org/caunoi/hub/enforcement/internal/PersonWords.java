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
 * everyday words that are also names (see {@link #everyday}) are never taken: they say nothing of who is meant.
 * Counted, so that a name two cases share stays known while either has it.
 */
final class PersonWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final int SHORTEST = 3;
    /**
     * Middle names, forms of address and small words that are names too (Văn, Thị; ông, anh, chị, chú, bác;
     * cùng, với, của): taking them would blank half of any Vietnamese narrative and name nobody. As spelt,
     * so that Chí (a name) is not chị; a word written without diacritics is compared folded.
     */
    private static final Set<String> EVERYDAY_SPELT = Set.of("văn", "thị", "ông", "anh", "chị", "chú", "bác", "cùng",
            "với", "của", "con", "cho", "này", "the", "and", "mrs", "miss");
    private static final Set<String> EVERYDAY_FOLDED = EVERYDAY_SPELT.stream().map(NameWords::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Map<String, Integer> spellings = new ConcurrentHashMap<>();
    private final Map<String, Integer> folded = new ConcurrentHashMap<>();
    /** Words of names written without any diacritics (a Latin name in capitals): any spelling that folds alike. */
    private final Map<String, Integer> bare = new ConcurrentHashMap<>();

    void add(Collection<String> names) {
        change(names, 1);
    }

    void remove(Collection<String> names) {
        change(names, -1);
    }

    private void change(Collection<String> names, int by) {
        for (String name : names) {
            List<String> words = words(name);
            boolean withoutDiacritics = words.stream().allMatch(word -> word.equals(NameWords.fold(word)));
            for (String word : words) {
                spellings.merge(word, by, PersonWords::sum);
                folded.merge(NameWords.fold(word), by, PersonWords::sum);
                if (withoutDiacritics) {
                    bare.merge(word, by, PersonWords::sum);
                }
            }
        }
    }

    private static @org.jspecify.annotations.Nullable Integer sum(Integer a, Integer b) {
        return a + b == 0 ? null : a + b;
    }

    /** Whether the word of a text is a word of a known person's name (see the class). */
    boolean contains(String word) {
        String spelt = lower(word);
        String plain = NameWords.fold(spelt);
        if (everyday(spelt, plain) || !folded.containsKey(plain)) {
            return false;
        }
        // Written without diacritics, the word may be any of the names it folds to; with them, only the same
        // name or one recorded without any diacritics (a Latin name in capitals: NGUYEN VAN HUNG is Hùng).
        return spelt.equals(plain) || spellings.containsKey(spelt) || bare.containsKey(plain);
    }

    /** Whether the word says nothing of who is meant: under three letters, or an everyday word (see above). */
    static boolean everyday(String word) {
        String spelt = lower(word);
        return everyday(spelt, NameWords.fold(spelt));
    }

    private static boolean everyday(String spelt, String plain) {
        return plain.length() < SHORTEST || (spelt.equals(plain) ? EVERYDAY_FOLDED.contains(plain) : EVERYDAY_SPELT.contains(spelt));
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
