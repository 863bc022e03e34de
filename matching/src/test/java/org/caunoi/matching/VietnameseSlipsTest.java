package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseSlipsTest {

    @ParameterizedTest(name = "{0}: syllable {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nguyen  | true
            nghieng | true
            quang   | true
            ke      | true
            ca      | true
            ghe     | true
            gi      | true
            khuyen  | true
            ly      | true
            thuy    | true
            ce      | false
            ka      | false
            gha     | false
            quagn   | false
            phna    | false
            hunh    | false
            zhang   | false
            ming    | false
            """)
    void theSyllableSetFollowsTheOrthography(String word, boolean syllable) {
        assertThat(VietnameseSyllables.isSyllable(word)).isEqualTo(syllable);
    }

    @Test
    void theSetIsAFewThousandWrittenForms() {
        assertThat(VietnameseSyllables.writtenCount()).isBetween(2_000, 6_000);
    }

    private static final Watchlist PERSONS = Fixtures.persons(
            "s1", "Hoàng Quang Bình",
            "s2", "Phan Hữu Tài",
            "s3", "Nguyễn Văn Hùng",
            "s4", "Trần Thị Tâm",
            "s5", "Lê Văn Minh");

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoang Quagn Binh | s1
            Hoang Quang Bnih | s1
            Hoagn Quang Binh | s1
            Phna Huu Tai     | s2
            Phan Hhuu Tai    | s2
            Phan Huu Tia     | s2
            Nguyen Vna Hung  | s3
            Nguyen Van Hunh  | s3
            Tran Thi Tqm     | s4
            """)
    void aSlipThatMakesNoSyllableFindsTheName(String query, String expected) {
        assertThat(Fixtures.firstHit(PERSONS, query, expected).explanation()).contains("spelling");
    }

    @ParameterizedTest(name = "\"{0}\" is another person")
    @CsvSource(textBlock = """
            Nguyen Van Hang
            Nguyen Van Hong
            Tran Thi Tan
            Le Van Manh
            Hoang Quang Binh Minh
            """)
    void aRealSyllableOneLetterFromTheListedOneIsAnotherName(String query) {
        assertThat(PERSONS.screen(ScreeningQuery.of(query))).as(query).isEmpty();
    }

    @Test
    void aWordOneLetterFromASyllableInANameThatIsNotVietnameseIsNoSlip() {
        Watchlist list = new Watchlist(List.of(WatchlistEntry.of("e1", EntryType.PERSON, "Dan Miller")));
        assertThat(list.screen(ScreeningQuery.of("Dean Miller"))).allSatisfy(h -> assertThat(h.explanation()).doesNotContain("Dean ≈"));
    }
}
