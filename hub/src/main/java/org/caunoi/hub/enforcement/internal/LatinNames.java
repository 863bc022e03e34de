package org.caunoi.hub.enforcement.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;

/**
 * A name's Latin form (ICU's Any-Latin, then Latin-ASCII), transliterated word by word with each
 * distinct word's form remembered: names repeat their parts (Nguyễn, Văn, 王), and the transliterator
 * was the largest cost of importing a sheet of cases.
 */
final class LatinNames {

    /** Enough for every distinct name part of a large hub; a word forgotten is only transliterated again. */
    private static final int WORDS_KEPT = 200_000;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Cache<String, String> WORDS = Caffeine.newBuilder().maximumSize(WORDS_KEPT).build();

    private LatinNames() {
    }

    /** The Latin form; the spaces between words are kept as they are. */
    static String of(String name) {
        Matcher word = WORD.matcher(name);
        StringBuilder latin = new StringBuilder(name.length() + 8);
        int at = 0;
        while (word.find()) {
            latin.append(name, at, word.start()).append(WORDS.get(word.group(), LatinNames::transliterated));
            at = word.end();
        }
        return latin.append(name, at, name.length()).toString();
    }

    /** Without the cache: what {@link #of} must equal. */
    static String transliterated(String text) {
        return TO_LATIN.get().transliterate(text);
    }
}
