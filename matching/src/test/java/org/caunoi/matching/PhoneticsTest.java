package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticsTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            oussama  | usama
            qadhafi  | gaddafi
            chebel   | shibl
            youssef  | yusuf
            mohamad  | muhammad
            qaeda    | qaida
            husayn   | hussein
            """)
    void romanisationsOfOneNameAreSimilar(String a, String b) {
        assertThat(TokenSimilarity.similarity(word(a), word(b))).isGreaterThanOrEqualTo(TokenSimilarity.PHONETIC_SIMILARITY);
        assertThat(TokenSimilarity.similarity(word(b), word(a))).isGreaterThanOrEqualTo(TokenSimilarity.PHONETIC_SIMILARITY);
    }

    @ParameterizedTest(name = "{0} ≠ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            trung    | trang    | Vietnamese syllables: the vowel is the name
            minh     | manh     | Vietnamese syllables
            zhang    | zheng    | pinyin syllables
            ahmad    | hamid    | the same consonants in another order
            yusuf    | yasin    | another last consonant
            karim    | kamal    | other consonants
            petrov   | pavlov   | other consonants
            """)
    void otherNamesAreNot(String a, String b, String why) {
        assertThat(TokenSimilarity.similarity(word(a), word(b))).as(why).isZero();
    }

    private static NameToken word(String folded) {
        return new NameToken(folded.toUpperCase(java.util.Locale.ROOT), folded, NameToken.Origin.LATIN);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ab       | ''
            abba     | ''
            trung    | ''
            usama    | ASM
            gaddafi  | KTF
            """)
    void keysOfShortWordsSyllablesAndFewConsonantsAreNotUsed(String word, String key) {
        assertThat(Phonetics.primary(Phonetics.of(word))).isEqualTo(key);
    }
}
