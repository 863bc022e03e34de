package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningVariantsTest {

    private static final Watchlist WATCHLIST = Fixtures.watchlist();

    @ParameterizedTest(name = "[{0}] \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            diacritics stripped     | NGUYEN VAN HUNG                 | p1
            diacritics stripped     | Tran Thi Thu Ha                 | p3
            diacritics stripped, đ  | Le Duc Tho                      | p5
            word order              | Hung Nguyen Van                 | p1
            word order              | Ha Tran Thi Thu                 | p3
            word order              | Al-Qasimi, Abdul Rahman         | p7
            company form swapped    | Hoang Long LLC                  | o1
            company form swapped    | Hoàng Long Co., Ltd.            | o1
            company form swapped    | Công ty TNHH Minh Phát Trading  | o2
            company form swapped    | Sibirskaya Neft LLC             | o3
            company form swapped    | Sao Bac JSC                     | o4
            company form swapped    | Cty CP Sao Bắc                  | o4
            company form swapped    | Thai Binh Shipping TNHH         | o5
            Han to Vietnamese       | 阮文雄                           | p1
            Vietnamese to Han       | Vương Kiến Quốc                 | p4
            pinyin to Han           | Wang Jianguo                    | p4
            pinyin to Han           | Wang Jian Guo                   | p4
            Han to pinyin           | 周小明                           | p6
            Han company, simplified | Đông Phương Hải Vận Co., Ltd    | o7
            Han company, exact      | Dong Phuong Hai Van Co Ltd      | o7
            one typo                | Nguyen Van Hugn                 | p1
            one typo                | Nguyeen Van Hung                | p1
            one typo                | Ngyuen Van Hung                 | p1
            two typos               | Ngyuen Van Hnug                 | p1
            two typos               | Minh Phatt Tradng Co Ltd        | o2
            truncation              | Pacific Ocean Internat          | o6
            truncation              | Minh Phat Tradi                 | o2
            abbreviation            | Pacific Ocean Intl Trading      | o6
            alias                   | Phan Dinh Khai                  | p5
            transliteration         | Сибирская Нефть                 | o3
            """)
    void variantOfAListedNameFindsTheEntryFirst(String kind, String query, String expected) {
        List<Hit> hits = WATCHLIST.screen(ScreeningQuery.of(query));
        assertThat(hits).as(kind).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).as(kind + ": " + hits).isEqualTo(expected);
    }

    private static final Watchlist ROMANISED = new Watchlist(List.of(
            WatchlistEntry.of("r1", EntryType.PERSON, "AL-RIMI, Qasim"),
            WatchlistEntry.of("r2", EntryType.PERSON, "SADEGHI MOGHADAM, Mohammad Hasan"),
            WatchlistEntry.of("r3", EntryType.PERSON, "TYURIN, Vladimir Anatolyevich"),
            WatchlistEntry.of("r4", EntryType.PERSON, "JALAL MAAB, Mohammad"),
            WatchlistEntry.of("r5", EntryType.ORGANISATION, "IRAN & SHARGH LEASING COMPANY"),
            WatchlistEntry.of("r6", EntryType.ORGANISATION, "MACPAR MAKINA SAN VE TIC A.S."),
            WatchlistEntry.of("x1", EntryType.PERSON, "QASIR, Muhammad"),
            WatchlistEntry.of("x2", EntryType.ORGANISATION, "KASMA"),
            WatchlistEntry.of("x3", EntryType.ORGANISATION, "MAKIN INSTITUTE")));

    @ParameterizedTest(name = "[{0}] \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            vowels written apart          | AL-RAIMI, Qassim                | r1
            gh for q, doubled letters     | SADEQI-MOQADDAM, Mohammad Hasan | r2
            same consonants               | TIURINE, Vladimir               | r3
            written together              | JALALMAAB, Mohammad             | r4
            and for the ampersand         | IRAN AND SHARGH LEASING COMPANY | r5
            a name said more fully        | MACPAR MAKINA                   | r6
            """)
    void romanisationsOfOneNameFindTheEntryFirst(String kind, String query, String expected) {
        List<Hit> hits = ROMANISED.screen(ScreeningQuery.of(query), 0.0, 3);
        assertThat(hits).as(kind).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).as(kind + ": " + hits).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" does not hit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Văn Tuấn                  | p1
            Nguyễn Văn Tuấn                  | p2
            Nguyen Van Hung                  | p2
            Nguyen Van Minh                  | p1
            Tran Thi Mai                     | p3
            Phuong Dong Trading Co Ltd       | o2
            Hoang Long Trading Co Ltd        | o2
            Atlantic Sea International Trading Ltd | o6
            Wang Xiaoming                    | p4
            Tran Van Hung                    | p1
            Nguyen Van Hong                  | p1
            Truong Thi Thu Ha                | p3
            """)
    void differentNameSharingCommonWordsIsNotAHit(String query, String notExpected) {
        List<Hit> hits = WATCHLIST.screen(ScreeningQuery.of(query));
        assertThat(hits).extracting(h -> h.entry().id()).doesNotContain(notExpected);
    }

    @ParameterizedTest(name = "\"{0}\" alone finds nothing")
    @CsvSource({"NGUYEN", "Nguyen Van", "TRADING CO LTD", "INTERNATIONAL TRADING", "Co., Ltd"})
    void frequentWordsNeverDriveAMatchAlone(String query) {
        assertThat(WATCHLIST.screen(ScreeningQuery.of(query))).isEmpty();
    }

    @Test
    void explanationsSayWhichWordsMatchedAndHow() {
        assertThat(WATCHLIST.screen(ScreeningQuery.of("NGUYEN VAN HUNG")).getFirst().explanation())
                .contains("NGUYEN ≈ Nguyễn: diacritics");
        assertThat(WATCHLIST.screen(ScreeningQuery.of("Thai Binh Shipping TNHH")).getFirst().explanation())
                .contains("TNHH = LLC: company form");
        assertThat(WATCHLIST.screen(ScreeningQuery.of("阮文雄")).getFirst().explanation())
                .contains("阮 → Nguyễn: Hán-Việt reading");
        assertThat(WATCHLIST.screen(ScreeningQuery.of("Nguyen Van Hung Tuan"), 0.0, 1).getFirst().explanation())
                .contains("Tuan: not in entry");
    }

    @Test
    void hitsAreRankedBestFirstAndCutAtTop() {
        Watchlist list = new Watchlist(List.of(WatchlistEntry.of("a", EntryType.ORGANISATION, "Binh Long Trading"),
                WatchlistEntry.of("b", EntryType.ORGANISATION, "Tan Binh Long"),
                WatchlistEntry.of("c", EntryType.ORGANISATION, "Binh Long")));
        List<Hit> hits = list.screen(ScreeningQuery.of("Binh Long"), 0.0, 2);
        assertThat(hits).hasSize(2);
        assertThat(hits.getFirst().entry().id()).isEqualTo("c");
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(1).score());
    }

    @Test
    void conflictingBirthYearLowersTheScoreAndSaysSo() {
        Hit plain = WATCHLIST.screen(ScreeningQuery.of("Nguyen Van Hung")).getFirst();
        Hit other = WATCHLIST.screen(ScreeningQuery.of("Nguyen Van Hung").withDateOfBirth("1990")).getFirst();
        assertThat(other.score()).isLessThan(plain.score());
        assertThat(other.explanation()).contains("date of birth differs");
    }

    @Test
    void personQueryDoesNotLoseANameWordThatLooksLikeACompanyForm() {
        Watchlist list = new Watchlist(List.of(WatchlistEntry.of("x", EntryType.PERSON, "Nguyen Thi Sa")));
        assertThat(list.screen(ScreeningQuery.of("Nguyen Thi Sa"))).extracting(h -> h.score()).containsExactly(1.0);
    }
}
