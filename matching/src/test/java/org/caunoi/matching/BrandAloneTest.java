package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An officer who types a company's brand alone ("Hoàng Long", "Minh Phát") into the case search
 * means the company named so: a bare name, saying no business and no legal form, finds the company
 * whatever its registered name says it trades in, below the name typed in full. Two names that both
 * say a business, and differ on it, still disagree.
 */
class BrandAloneTest {

    private static final Watchlist LIST = new Watchlist(List.of(
            WatchlistEntry.of("c1", EntryType.ORGANISATION, "Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Long"),
            WatchlistEntry.of("c2", EntryType.ORGANISATION, "Minh Phat Trading Co., Ltd"),
            WatchlistEntry.of("c3", EntryType.ORGANISATION, "Công ty Cổ phần Vận tải Sao Bắc"),
            WatchlistEntry.of("c4", EntryType.ORGANISATION, "TEREKHOV SHIPPING COMPANY LIMITED"),
            WatchlistEntry.of("p1", EntryType.PERSON, "Hoàng Văn Long"),
            WatchlistEntry.of("p2", EntryType.PERSON, "Nguyễn Văn Hùng"),
            WatchlistEntry.of("p3", EntryType.PERSON, "Trần Thị Thu Hà"),
            WatchlistEntry.of("u1", null, "Lê Quốc Tế")));

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoàng Long    | c1
            Hoang Long    | c1
            HOANG LONG    | c1
            Minh Phát     | c2
            Sao Bắc       | c3
            """)
    void aBrandTypedAloneFindsTheCompanyBelowItsFullName(String query, String company) {
        Hit hit = hit(LIST.screen(ScreeningQuery.ofText(query), Watchlist.DEFAULT_THRESHOLD, 10), company);
        assertThat(hit.score()).as(query).isGreaterThanOrEqualTo(Watchlist.DEFAULT_THRESHOLD).isLessThan(1.0);
        String full = hit.entry().primaryName();
        assertThat(hit(LIST.screen(ScreeningQuery.ofText(full), 0.0, 10), company).score()).as(full).isGreaterThan(hit.score());
    }

    @Test
    void theExplanationStillSaysWhatTheQueryLeavesOut() {
        Hit hit = hit(LIST.screen(ScreeningQuery.ofText("Hoàng Long")), "c1");
        assertThat(hit.explanation()).contains("Hoàng = Hoàng: exact; Long = Long: exact")
                .contains("Thương mại: not in query").contains("Xuất nhập khẩu: not in query");
    }

    @Test
    void aPersonOfThatExactNameRanksFirstThenTheCompanyAndTheNameWithAMiddleName() {
        // a bare name is a person's as much as a brand: the officer sees both, the name as typed first
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("c1", EntryType.ORGANISATION, "Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Long"),
                WatchlistEntry.of("p1", EntryType.PERSON, "Hoàng Văn Long"),
                WatchlistEntry.of("p4", EntryType.PERSON, "Hoàng Long"),
                WatchlistEntry.of("p2", EntryType.PERSON, "Nguyễn Văn Hùng")));
        List<Hit> hits = list.screen(ScreeningQuery.ofText("Hoàng Long"));
        assertThat(hits).extracting(h -> h.entry().id()).startsWith("p4").contains("c1", "p1");
        assertThat(hits.getFirst().score()).isGreaterThan(hit(hits, "c1").score());
    }

    @Test
    void aQueryForAPersonDoesNotTakeTheBrandForIt() {
        // the officer said a person: the company's business words cost what they always did
        assertThat(LIST.screen(ScreeningQuery.of("Hoàng Long").withType(EntryType.PERSON)))
                .extracting(h -> h.entry().id()).doesNotContain("c1");
    }

    @ParameterizedTest(name = "\"{0}\" does not hit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoàng Long Steel          | c1
            Hoang Long Construction   | c1
            Hoàng Long Minh           | c1
            Sao Bắc Shipping          | c3
            TEREKOV                   | c4
            Lê                        | u1
            """)
    void aNameSayingAnotherBusinessOrMoreThanTheBrandStaysApart(String query, String entry) {
        // both names say a business and differ on it; a word the company's name lacks; a one-word
        // likeness; a person's given names that read as business words in an entry of no type
        assertThat(LIST.screen(ScreeningQuery.ofText(query))).as(query).extracting(h -> h.entry().id()).doesNotContain(entry);
    }

    private static Hit hit(List<Hit> hits, String id) {
        return hits.stream().filter(h -> h.entry().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + hits));
    }
}
