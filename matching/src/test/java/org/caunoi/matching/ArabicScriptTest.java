package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicScriptTest {

    /** Mahmoud (محمود) and Mohammad share consonants once long vowels are set aside: the rule's known cost. */
    @ParameterizedTest(name = "{0} and {1} have the same consonants: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mhmd      | mohammad  | true
            mhmd      | muhammad  | true
            hsyn      | hussein   | true
            hsyn      | husayn    | true
            ahmd      | ahmed     | true
            allh      | abdullah  | false
            bdallh    | abdullah  | true
            hmzh      | hamza     | true
            khald     | khalid    | true
            sadq      | sadiq     | true
            mhmd      | mahmoud   | true
            hsn       | hussein   | true
            hsn       | hassan    | true
            slh       | salih     | true
            mr        | omar      | true
            l         | ali       | false
            """)
    void aTransliterationPairsWithARomanisationOfTheSameConsonants(String transliterated, String romanised, boolean same) {
        assertThat(ArabicScript.sameConsonants(transliterated, romanised)).isEqualTo(same);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            محمد صادق امیر محمد | a1 | محمد → MOHAMMAD
            """)
    void aNameInArabicScriptPairsItsUnwrittenVowelsWithTheRomanisedName(String query, String expected, String reason) {
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("a1", EntryType.PERSON, "MOHAMMAD SADIQ AMIR MOHAMMAD"),
                WatchlistEntry.of("a2", EntryType.PERSON, "HUSSEIN ALI"),
                WatchlistEntry.of("a3", EntryType.PERSON, "HASSAN ALI")));
        Hit hit = Fixtures.firstHit(list, query, expected);
        assertThat(hit.explanation()).contains(reason);
    }

    @ParameterizedTest(name = "{0} is not read as Arabic script")
    @CsvSource(textBlock = """
            Mohammad
            Мухаммад
            穆罕默德
            """)
    void onlyArabicLettersCountAsArabicScript(String word) {
        assertThat(ArabicScript.written(word)).isFalse();
    }
}
