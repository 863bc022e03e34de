package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A field cut short: the query's last word, when it is no word of the list, may be the start of an
 * entry word ("Hu" for Hùng), found a little below the whole word; a word elsewhere in the query, a
 * longer word, or a query of one word is no cut.
 */
class CutLastWordTest {

    private static final Watchlist PERSONS = Fixtures.persons(
            "c1", "Nguyễn Văn Hùng",
            "c2", "Trần Thị Vân");

    @ParameterizedTest(name = "\"{0}\" finds {1} by \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyen Van Hu | c1 | Hu ≈ Hùng: truncation
            Tran Thi Va   | c2 | Va ≈ Vân: truncation
            """)
    void theLastWordCutShortFindsTheNameBelowTheWholeWord(String query, String expected, String reason) {
        Hit hit = Fixtures.firstHit(PERSONS, query, expected);
        assertThat(hit.explanation()).contains(reason);
        assertThat(hit.score()).isBetween(NameScorer.CUT_LAST_WORD, 0.95);
    }

    @ParameterizedTest(name = "\"{0}\" is no cut of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hu Nguyen Van    | c1
            Tran Thi Vanessa | c2
            Hu               | c1
            """)
    void aWordCutElsewhereALongerWordOrALoneWordIsNoCut(String query, String entry) {
        List<Hit> hits = PERSONS.screen(ScreeningQuery.of(query), 0.0, 5);
        assertThat(hits).filteredOn(hit -> hit.entry().id().equals(entry)).allSatisfy(hit -> {
            assertThat(hit.explanation()).doesNotContain("truncation");
            assertThat(hit.score()).isLessThan(0.5);
        });
    }
}
