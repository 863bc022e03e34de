package org.caunoi.matching;

import java.util.Optional;

/**
 * Whether a query of one word is too vague to find anyone by: a name word shared by too many
 * people (NGUYEN, WANG, VAN) or too short a word. Such a word never drives a match alone (see
 * {@link CommonWords}), so a search for it finds nothing by design; a search screen says why
 * instead of showing a bare empty result.
 */
public final class VagueQueries {

    /** Why a lone word finds nothing. */
    public enum Vagueness {
        /** A family name or name word so common it is no evidence of anyone (NGUYEN, WANG, TRADING). */
        COMMON_NAME,
        /** Fewer letters than a name is searched by (a lone Han character, two Latin letters). */
        TOO_SHORT
    }

    /** The fewest letters of a lone Latin word that is searched for. */
    static final int SHORTEST = 3;

    private VagueQueries() {
    }

    /** Why the query finds nothing on its own; empty when it has more than one word or a word that may find someone. */
    public static Optional<Vagueness> of(String query) {
        String[] words = TextFolding.nfkc(query).strip().split("[\\s,;]+");
        if (words.length != 1 || words[0].isEmpty()) {
            return Optional.empty();
        }
        String word = words[0];
        int first = word.codePointAt(0);
        if (TextFolding.isHan(first)) {
            if (word.codePointCount(0, word.length()) > 1) {
                return Optional.empty();
            }
            return Optional.of(CommonWords.isCommon(TextFolding.pinyin(first)) ? Vagueness.COMMON_NAME : Vagueness.TOO_SHORT);
        }
        String folded = TextFolding.fold(word);
        if (CommonWords.isCommon(folded) || CommonWords.isFunctionWord(folded)) {
            return Optional.of(Vagueness.COMMON_NAME);
        }
        return folded.length() < SHORTEST ? Optional.of(Vagueness.TOO_SHORT) : Optional.empty();
    }
}
