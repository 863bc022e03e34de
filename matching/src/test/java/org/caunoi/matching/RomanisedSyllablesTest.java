package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanisedSyllablesTest {

    @ParameterizedTest(name = "{0} / {1}: one syllable {2}")
    @CsvSource(delimiter = '|', textBlock = """
            chin   | jin    | true
            kwang  | gwang  | true
            pak    | bak    | true
            chol   | cheol  | true
            sung   | seung  | true
            mun    | moon   | true
            hun    | hoon   | true
            cha    | ja     | true
            thaek  | taek   | true
            pil    | phil   | true
            chang  | zhang  | true
            tsui   | cui    | true
            hsu    | xu     | true
            tung   | dung   | false
            bong   | phong  | false
            chun   | chung  | false
            kim    | lim    | false
            sin    | shin   | false
            """)
    void oneKoreanOrChineseSyllableInTwoRomanisationsIsOneSyllable(String a, String b, boolean same) {
        assertThat(TokenSimilarity.similarity(a, b)).as(a + " / " + b)
                .isEqualTo(same ? TokenSimilarity.SOUND_SIMILARITY : 0.0);
        assertThat(TokenSimilarity.similarity(b, a)).as(b + " / " + a)
                .isEqualTo(same ? TokenSimilarity.SOUND_SIMILARITY : 0.0);
    }

    /** Persons of one family name, as a list of Korean names holds them. */
    private static final Watchlist LIST = Fixtures.persons(
            "k1", "KIM, Kang Jin", "k2", "KIM, Kang Il", "k3", "RI, Jae Il", "k4", "RI, Song Il",
            "k5", "KU, Ja Hyong", "k6", "KU, Song Hyong", "k7", "CHANG, Kyong Hwa", "k8", "KANG, Kyong Hwa");

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            KIM, Kang-chin     | k1
            RI, Chae-Il        | k3
            KU, Cha-hyong      | k5
            JANG, Kyong Hwa    | k7
            """)
    void aKoreanNameInAnotherRomanisationFindsItsEntryFirst(String query, String entry) {
        Fixtures.firstHit(LIST, query, entry);
    }

    @ParameterizedTest(name = "\"{0}\" does not find {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trần Văn Tùng  | Trần Văn Dũng
            Lê Thị Bông    | Lê Thị Phong
            Phạm Văn Pông  | Phạm Văn Bông
            """)
    void twoVietnameseSyllablesStayTwoNames(String query, String other) {
        Watchlist list = Fixtures.persons("v1", other);
        assertThat(list.screen(ScreeningQuery.of(query))).as(query).isEmpty();
    }
}
