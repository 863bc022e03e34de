package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Chinese name a list writes in pinyin alone ("Zhang Min", no characters), searched by a
 * Vietnamese officer as it reads in Hán-Việt ("Trương Mẫn"): the syllables meet where a character
 * common in names reads as both, below a reading of the characters themselves, since a pinyin
 * syllable stands for several characters.
 */
class HanVietOfPinyinTest {

    private static final Watchlist LIST = new Watchlist(List.of(
            WatchlistEntry.of("z1", EntryType.PERSON, "Zhang Min"),
            WatchlistEntry.of("z2", EntryType.PERSON, "Zhang Wei"),
            WatchlistEntry.of("z3", EntryType.PERSON, "Zhang Wen Ming"),
            WatchlistEntry.of("z4", EntryType.PERSON, "Chen Wen Xiong"),
            WatchlistEntry.of("z5", EntryType.PERSON, "Chen Wei Xiong"),
            WatchlistEntry.of("h1", EntryType.PERSON, "张伟"),
            WatchlistEntry.of("v1", EntryType.PERSON, "Nguyễn Văn Hùng"),
            WatchlistEntry.of("v2", EntryType.PERSON, "Tan Long")));

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trương Mẫn        | z1
            Truong Man        | z1
            Truong Vi         | z2
            Trương Vĩ         | z2
            """)
    void aVietnameseReadingFindsTheNameWrittenInPinyin(String query, String entry) {
        Hit hit = hit(LIST.screen(ScreeningQuery.ofText(query)), entry);
        assertThat(hit.score()).as(query).isGreaterThanOrEqualTo(Watchlist.DEFAULT_THRESHOLD).isLessThan(1.0);
    }

    @Test
    void theReadingOfThePinyinIsExplainedAndCountsLessThanAReadingOfTheCharacters() {
        Hit pinyin = hit(LIST.screen(ScreeningQuery.ofText("Trương Vĩ")), "z2");
        assertThat(pinyin.explanation()).contains("Trương ~ Zhang: Hán-Việt reading of the pinyin")
                .contains("Vĩ ~ Wei: Hán-Việt reading of the pinyin");
        Hit characters = hit(LIST.screen(ScreeningQuery.ofText("Trương Vĩ")), "h1");
        assertThat(characters.score()).isEqualTo(1.0);
        assertThat(characters.score()).isGreaterThan(pinyin.score());
    }

    @Test
    void vietnameseNamesWithVanAreTheSameNamesReadInHanVietSoTheyFindThePinyinBelowAnExactReading() {
        // 张文明 is Trương Văn Minh and 陈文雄 Trần Văn Hùng: read in Hán-Việt the names are the same,
        // and an officer screening a Trần Văn Hùng should see Chen Wen Xiong, told why, to rule it
        // out by birth date or nationality; both scored as readings, below a name written the same
        assertThat(hit(LIST.screen(ScreeningQuery.ofText("Trương Văn Minh")), "z3").score()).isLessThan(1.0);
        assertThat(hit(LIST.screen(ScreeningQuery.ofText("Trần Văn Hùng")), "z4").score()).isLessThan(1.0);
    }

    @ParameterizedTest(name = "\"{0}\" does not find {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trần Văn Hùng     | z5
            Trương Minh       | z1
            Nguyễn Văn Hùng   | z4
            Trương Văn        | z4
            Đàm Long          | v2
            """)
    void onlySyllablesThatANameCharacterReadsBothWaysMeet(String query, String entry) {
        // wei is no reading of Văn; min (敏, 民) is Mẫn or Dân, never Minh (明 ming); the family
        // names differ; a Vietnamese name written without its marks (Tan Long) is not read as pinyin
        assertThat(LIST.screen(ScreeningQuery.ofText(query))).as(query).extracting(h -> h.entry().id()).doesNotContain(entry);
    }

    @Test
    void aNameInPinyinAskedInPinyinOrAVietnameseNameAskedInVietnameseIsScoredAsBefore() {
        assertThat(hit(LIST.screen(ScreeningQuery.ofText("Zhang Min")), "z1").score()).isEqualTo(1.0);
        assertThat(hit(LIST.screen(ScreeningQuery.ofText("Nguyen Van Hung")), "v1").explanation()).doesNotContain("pinyin");
        assertThat(HanVietOfPinyin.reads("truong", "zhang")).isTrue();
        assertThat(HanVietOfPinyin.reads("van", "wen")).isTrue();
        assertThat(HanVietOfPinyin.reads("van", "wei")).isFalse();
    }

    private static Hit hit(List<Hit> hits, String id) {
        return hits.stream().filter(h -> h.entry().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + hits));
    }
}
