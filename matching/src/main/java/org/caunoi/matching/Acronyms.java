package org.caunoi.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name written as one word made of the starts of another name's words: the initials of its
 * words (PFLP for Popular Front for the Liberation of Palestine, with or without its particles)
 * or, as Spanish-speaking registries like to write companies, the first syllables of each word
 * (COPROVA for Comercialización de Productos Varios).
 */
final class Acronyms {

    /** Similarity of an acronym of four letters or more that spells one name of the list alone. */
    static final double INITIALS = 0.9;
    /** Three letters say less: more names share them, and many short words are not acronyms. */
    static final double SHORT_INITIALS = 0.84;
    /** Starts of two or more words written together: longer than initials, so rarer by chance. */
    static final double CONTRACTION = 0.86;
    /** What each further name spelling the same acronym takes off: the acronym cannot tell them apart. */
    static final double SHARED_PENALTY = 0.06;
    /** The shortest acronym read as one (two letters spell too many names). */
    static final int SHORTEST = 3;
    static final int LONGEST = 8;
    /** The shortest contraction: the starts of two words, two letters or more each, and one more. */
    static final int SHORTEST_CONTRACTION = 5;
    /** Shortest piece of a word in a contraction, unless the piece is the whole word. */
    private static final int SHORTEST_PIECE = 2;

    private Acronyms() {
    }

    /**
     * The query's single word, folded, when it is written like an acronym: one word of three Latin
     * capitals or more (PKK, AQIM, COPROVA). Initials are looked for up to {@link #LONGEST} letters,
     * contractions from {@link #SHORTEST_CONTRACTION}.
     */
    static String asAcronym(NameVariant query) {
        if (query.words().size() != 1) {
            return null;
        }
        NameToken word = query.words().getFirst();
        String original = word.original();
        if (word.origin() != NameToken.Origin.LATIN || original.length() < SHORTEST) {
            return null;
        }
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        return word.folded();
    }

    /**
     * The acronyms a name's words may be written as: the initials of all its words, of its words
     * without function words (AQIM for Al-Qaida in the Islamic Maghreb) and without the Arabic
     * article too, each also with the initial of a one-word legal form the name ends with (NIOC for
     * National Iranian Oil Company); none for names of fewer than two words or of words not
     * written in Latin letters.
     */
    static List<String> initials(NameVariant name) {
        List<NameToken> words = name.words();
        if (words.size() < 2) {
            return List.of();
        }
        StringBuilder all = new StringBuilder();
        StringBuilder withArticle = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (NameToken word : words) {
            if (word.origin() != NameToken.Origin.LATIN && word.origin() != NameToken.Origin.TRANSLITERATED) {
                return List.of();
            }
            char initial = word.folded().charAt(0);
            all.append(initial);
            if (!CommonWords.isFunctionWord(word.folded())) {
                withArticle.append(initial);
            }
            if (!isParticle(word.folded())) {
                content.append(initial);
            }
        }
        String form = name.forms().size() == 1 && !name.forms().getFirst().original().contains(" ")
                ? TextFolding.fold(name.forms().getFirst().original()) : "";
        Set<String> keys = new LinkedHashSet<>(6);
        for (StringBuilder key : List.of(all, withArticle, content)) {
            if (key.length() >= SHORTEST && key.length() <= LONGEST) {
                keys.add(key.toString());
            }
            if (!form.isEmpty() && key.length() + 1 >= SHORTEST && key.length() + 1 <= LONGEST) {
                keys.add(key.toString() + form.charAt(0));
            }
        }
        return List.copyOf(keys);
    }

    /** The words of a name a contraction is made of: all but the particles. */
    static List<String> contentWords(List<NameToken> words) {
        List<String> content = new ArrayList<>(words.size());
        for (NameToken word : words) {
            if (word.origin() != NameToken.Origin.LATIN && word.origin() != NameToken.Origin.TRANSLITERATED) {
                return List.of();
            }
            if (!isParticle(word.folded())) {
                content.add(word.folded());
            }
        }
        return content.size() >= 2 ? content : List.of();
    }

    /**
     * Whether the folded word is the starts of all the content words in order, each start two
     * letters or more or the whole word: COPROVA = CO·mercializacion PRO·ductos VA·rios.
     */
    static boolean isContraction(String word, List<String> content) {
        return content.size() >= 2 && word.length() > content.size() && contracts(word, 0, content, 0);
    }

    private static boolean contracts(String word, int from, List<String> content, int next) {
        if (next == content.size()) {
            return from == word.length();
        }
        String part = content.get(next);
        int remainingWords = content.size() - next - 1;
        int longest = Math.min(part.length(), word.length() - from - remainingWords);
        for (int length = longest; length >= 1; length--) {
            if (length < SHORTEST_PIECE && length < part.length()) {
                break;
            }
            if (word.regionMatches(from, part, 0, length) && contracts(word, from + length, content, next + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Words an acronym leaves out: function words and the Arabic article. */
    static boolean isParticle(String folded) {
        return CommonWords.isFunctionWord(folded) || folded.equals("al") || folded.equals("el");
    }

    /** The similarity of an acronym that spells {@code sharing} names of the list, this one included. */
    static double similarity(double base, int sharing) {
        return base - SHARED_PENALTY * (Math.max(1, sharing) - 1);
    }
}
