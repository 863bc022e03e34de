package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A company's name as registered and as a foreign document writes it: business words read across languages. */
class BusinessTermsTest {

    private static final Watchlist REGISTERED = new Watchlist(List.of(
            WatchlistEntry.of("c1", EntryType.ORGANISATION, "Công ty TNHH Thương mại Dịch vụ Hoàng Long"),
            WatchlistEntry.of("c2", EntryType.ORGANISATION, "Công ty Cổ phần Xuất nhập khẩu Thủy sản Minh Phú"),
            WatchlistEntry.of("c3", EntryType.ORGANISATION, "Tổng công ty Xây dựng Hà Nội"),
            WatchlistEntry.of("c4", EntryType.ORGANISATION, "华强贸易有限公司"),
            WatchlistEntry.of("c5", EntryType.ORGANISATION, "Công ty TNHH MTV Xuất nhập khẩu Tân Phát"),
            WatchlistEntry.of("c6", EntryType.ORGANISATION, "Sao Mai Trading Co., Ltd"),
            WatchlistEntry.of("c7", EntryType.ORGANISATION, "Long Hoang Steel JSC"),
            WatchlistEntry.of("c8", EntryType.ORGANISATION, "Công ty TNHH Đỗ Thu Xây dựng"),
            WatchlistEntry.of("c9", EntryType.ORGANISATION, "深圳市华强电子有限公司"),
            WatchlistEntry.of("c10", EntryType.ORGANISATION, "东兴市宏达进出口贸易有限公司"),
            WatchlistEntry.of("c11", EntryType.ORGANISATION, "Công ty Cổ phần Đặng Tú Vận tải"),
            WatchlistEntry.of("c12", EntryType.ORGANISATION, "Công ty Cổ phần Sa Ly Vận tải"),
            WatchlistEntry.of("p1", EntryType.PERSON, "Lê Quốc Tế"),
            WatchlistEntry.of("p2", EntryType.PERSON, "Sa Minh")));

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoang Long Trading Service Co., Ltd               | c1
            Hoang Long Trading and Services Company Limited   | c1
            Cty TNHH TM DV Hoang Long                         | c1
            Minh Phu Seafood Import Export JSC                | c2
            Hanoi Construction Corporation                    | c3
            Huaqiang Trading Co Ltd                           | c4
            Huaqiang Maoyi Youxian Gongsi                     | c4
            Tan Phat Import Export One Member Co Ltd          | c5
            Tan Phat Imex Co Ltd                              | c5
            Công ty TNHH Thương mại Sao Mai                   | c6
            Chi nhánh Công ty TNHH Thương mại Sao Mai         | c6
            Shenzhen Huaqiang Electronics Co Ltd              | c9
            Huaqiang Electronics (Shenzhen) Co., Ltd.         | c9
            Dongxing City Hongda Import Export Trade Co Ltd   | c10
            Dongxing Hongda Import and Export Trading Co Ltd  | c10
            Dang Tu Transport JSC                             | c11
            Sa Ly Transport Joint Stock Company               | c12
            """)
    void aNameWithItsBusinessWordsInAnotherLanguageFindsTheRegisteredName(String query, String expected) {
        List<Hit> hits = REGISTERED.screen(ScreeningQuery.of(query));
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).as(query + ": " + hits).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" does not hit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoang Lan Trading Service Co., Ltd    | c1
            Minh Phat Seafood Import Export JSC   | c2
            Hai Phong Construction Corporation    | c3
            Huaxing Trading Co Ltd                | c4
            To Thu Construction JSC               | c8
            Le Thu Construction Co Ltd            | c8
            Shenzhen Huaxing Electronics Co Ltd   | c9
            Dongxing Hongli Trading Co Ltd        | c10
            """)
    void anotherCompanyInTheSameBusinessIsNotAHit(String query, String notExpected) {
        assertThat(REGISTERED.screen(ScreeningQuery.of(query))).extracting(h -> h.entry().id()).doesNotContain(notExpected);
    }

    @Test
    void theExplanationSaysWhichBusinessWordsAreTheSame() {
        Hit hit = REGISTERED.screen(ScreeningQuery.of("Minh Phu Seafood Import Export JSC")).getFirst();
        assertThat(hit.explanation())
                .contains("Seafood = Thủy sản: business term")
                .contains("Import Export = Xuất nhập khẩu: business term")
                .contains("JSC = Công ty Cổ phần: company form");
        // Xuất nhập khẩu reads as two terms, TM as two words: each phrase is said once
        assertThat(hit.reasons()).doesNotHaveDuplicates();
        assertThat(REGISTERED.screen(ScreeningQuery.of("Cty TNHH TM DV Hoang Long")).getFirst().explanation())
                .contains("TM = Thương mại: abbreviation; DV = Dịch vụ: abbreviation");
        // an English spelling of the term (Service for services) is the same business term too
        assertThat(REGISTERED.screen(ScreeningQuery.of("Hoang Long Trading Service Co., Ltd")).getFirst().explanation())
                .contains("Service = Dịch vụ: business term");
        assertThat(REGISTERED.screen(ScreeningQuery.of("Huaqiang Trading Co Ltd")).getFirst().explanation())
                .contains("Trading = 贸易: business term");
        // 市 marks a city: said or left out, the name is the same
        assertThat(REGISTERED.screen(ScreeningQuery.of("Dongxing City Hongda Import Export Trade Co Ltd")).getFirst().explanation())
                .contains("City = 市: business term");
        assertThat(REGISTERED.screen(ScreeningQuery.of("Shenzhen Huaqiang Electronics Co Ltd")).getFirst().score()).isGreaterThan(0.95);
    }

    @Test
    void aPhraseIsReadWhereItStandsNotAcrossTheBrand() {
        // Tú Vận would be consulting (tư vấn) read from the start; Vận tải is transport read from the end
        assertThat(REGISTERED.screen(ScreeningQuery.of("Dang Tu Transport JSC")).getFirst().explanation())
                .contains("Transport = Vận tải: business term");
        // S.A. follows a name: at its start Sa is the name's own
        assertThat(REGISTERED.screen(ScreeningQuery.of("Sa Ly Transport Joint Stock Company")).getFirst().explanation())
                .contains("Sa = Sa: exact");
    }

    @Test
    void aSameBrandInAnotherBusinessRanksBelowTheTranslatedName() {
        List<Hit> hits = REGISTERED.screen(ScreeningQuery.of("Hoang Long Trading Service Co., Ltd"), 0.0, 3);
        assertThat(hits).extracting(h -> h.entry().id()).startsWith("c1").contains("c7");
        assertThat(hits.getFirst().score()).isGreaterThan(hits.get(1).score() + 0.3);
    }

    @Test
    void aPersonWhoseGivenNamesAreBusinessWordsKeepsThem() {
        // Quốc Tế is "international" in a company's name and given names in a person's
        assertThat(REGISTERED.screen(ScreeningQuery.of("Le Quoc Te"))).extracting(Hit::score).first().isEqualTo(1.0);
        assertThat(REGISTERED.screen(ScreeningQuery.of("Le Quoc Te").withType(EntryType.PERSON)))
                .extracting(Hit::score).first().isEqualTo(1.0);
    }

    @Test
    void aNameWithALegalFormIsTakenForACompanysEvenWithoutAType() {
        assertThat(REGISTERED.screen(ScreeningQuery.of("Công ty TNHH Minh Sa"))).extracting(h -> h.entry().id())
                .doesNotContain("p2");
        Hit scoredLow = REGISTERED.screen(ScreeningQuery.of("Công ty TNHH Minh Sa"), 0.0, 10).stream()
                .filter(h -> h.entry().id().equals("p2")).findFirst().orElseThrow();
        assertThat(scoredLow.explanation()).contains("type differs");
        // a two-letter form is also a syllable: "Nguyen Thi Sa" stays a person's name
        assertThat(Screener.namesACompany(NameAnalyzer.analyze("Nguyen Thi Sa", true, true))).isFalse();
        assertThat(Screener.namesACompany(NameAnalyzer.analyze("华强贸易有限公司", true, true))).isTrue();
    }

    @Test
    void vietnameseFamilyNamesThatSpellLikeArticlesStillCountInVietnameseNames() {
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("a", EntryType.ORGANISATION, "LE CLAUDE, S.A."),
                WatchlistEntry.of("b", EntryType.PERSON, "DE LA CRUZ, Juan")));
        // an article in a name of another language still costs little when left out
        assertThat(list.screen(ScreeningQuery.of("CLAUDE S.A."))).extracting(h -> h.entry().id()).containsExactly("a");
        assertThat(list.screen(ScreeningQuery.of("CRUZ, Juan"))).extracting(h -> h.entry().id()).containsExactly("b");
        // Lê, Đỗ and Tô among Vietnamese syllables disagree like any family name
        Watchlist vietnamese = new Watchlist(List.of(WatchlistEntry.of("n", EntryType.PERSON, "Nguyễn Văn Hùng")));
        double tran = vietnamese.screen(ScreeningQuery.of("Tran Van Hung"), 0.0, 1).getFirst().score();
        assertThat(vietnamese.screen(ScreeningQuery.of("Le Van Hung"), 0.0, 1).getFirst().score()).isEqualTo(tran);
        assertThat(vietnamese.screen(ScreeningQuery.of("Do Van Hung"), 0.0, 1).getFirst().score()).isEqualTo(tran);
    }
}
