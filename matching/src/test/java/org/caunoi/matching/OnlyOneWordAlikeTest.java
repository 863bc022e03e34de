package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two names that meet in one pair of words only, and that pair only alike, while either name says
 * more: the likeness of one word is then all the evidence, and at the default threshold it is no hit.
 * The same names meeting in a word written the same, or in two words alike, stay hits.
 */
class OnlyOneWordAlikeTest {

    private static final Watchlist LIST = list();

    /** A few companies and persons, among persons enough of whom are called Muhammad to make it a common name. */
    private static Watchlist list() {
        List<WatchlistEntry> entries = new ArrayList<>(List.of(
                WatchlistEntry.of("o1", EntryType.ORGANISATION, "TEREKHOV SHIPPING COMPANY LIMITED"),
                WatchlistEntry.of("o2", EntryType.ORGANISATION, "HALDANE SHIPPING COMPANY LIMITED"),
                WatchlistEntry.of("o3", EntryType.ORGANISATION, "ZENDRA MARITIME"),
                WatchlistEntry.of("p1", EntryType.PERSON, "FARUKH, Ahmad"),
                WatchlistEntry.of("p2", EntryType.PERSON, "GALLARDO, Miguel"),
                WatchlistEntry.of("p3", EntryType.PERSON, "KOVALENKO, Ivan"),
                WatchlistEntry.of("p4", EntryType.PERSON, "BRANDT, Oskar Wilhelm"),
                WatchlistEntry.of("v1", EntryType.VESSEL, "MARISOL")));
        List<String> surnames = List.of("BAKR", "HASAN", "IQBAL", "KHALID", "NAJIB", "RASHID", "SALIM", "TARIQ", "WALID", "ZAID",
                "AMIN", "FAISAL", "JAMIL", "NABIL", "QASIM", "SAMI", "YUSUF", "ADIL", "HAMID", "KARIM");
        for (String surname : surnames) {
            entries.add(WatchlistEntry.of("m-" + surname, EntryType.PERSON, surname + ", Muhammad"));
        }
        return new Watchlist(entries);
    }

    @ParameterizedTest(name = "\"{0}\" hits {1} at the default threshold: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEREKOV            | o1 | false
            ALDANE             | o2 | false
            ZENDRO             | o3 | false
            FARUK              | p1 | false
            FARUK, Muhammad    | p1 | false
            FARUKH             | p1 | true
            KOVALENKO          | p3 | true
            GALLARDA, Migel    | p2 | true
            BRANDTE, Oskar     | p4 | true
            MARISOLA           | v1 | true
            """)
    void oneWordOnlyAlikeBesideWordsTheOtherNameLacksIsNoHit(String query, String entry, boolean hit) {
        List<Hit> hits = LIST.screen(ScreeningQuery.of(query));
        assertThat(hits).as(query + ": " + hits).extracting(h -> h.entry().id()).matches(ids -> ids.contains(entry) == hit);
    }
}
