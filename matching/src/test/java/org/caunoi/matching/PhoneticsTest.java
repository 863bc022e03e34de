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
        assertThat(TokenSimilarity.similarity(a, b)).isGreaterThanOrEqualTo(TokenSimilarity.PHONETIC_SIMILARITY);
        assertThat(TokenSimilarity.similarity(b, a)).isGreaterThanOrEqualTo(TokenSimilarity.PHONETIC_SIMILARITY);
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
        assertThat(TokenSimilarity.similarity(a, b)).as(why).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ab       | ''
            usama    | ASM
            gaddafi  | KTF
            """)
    void keysShorterThanThreeConsonantsAreNotUsed(String word, String key) {
        assertThat(Phonetics.keys(word)[0]).isEqualTo(key);
    }
}
