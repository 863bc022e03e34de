package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoneWordTest {

    private static final double BROAD = 0.6;

    /** A list like OFAC's, where one-word vessel and organisation names sit beside persons. */
    private static final Watchlist LIST = new Watchlist(List.of(
            WatchlistEntry.of("v1", EntryType.VESSEL, "YAGHOUB"),
            WatchlistEntry.of("v2", EntryType.VESSEL, "MARIANA"),
            WatchlistEntry.of("v3", EntryType.VESSEL, "DANIEL"),
            WatchlistEntry.of("o1", EntryType.ORGANISATION, "KARDIAM"),
            WatchlistEntry.of("o2", EntryType.ORGANISATION, "HIZBALLAH"),
            WatchlistEntry.of("p1", EntryType.PERSON, "YAQOOB, Muhammad Ali"),
            WatchlistEntry.of("p2", EntryType.PERSON, "KALASHOVA, Marina Petrovna"),
            WatchlistEntry.of("p3", EntryType.PERSON, "NOVAK, Ivan")));

    @ParameterizedTest(name = "\"{0}\" hits {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AVENDANO, Mariano     | v2 | false
            POMOJAC, Marin        | v2 | false
            KALASHOVA, Marina     | v2 | false
            YAQOOB, Mohammad      | v1 | false
            TVITO, Daniel         | v3 | true
            KARDIAM BVBA          | o1 | true
            LEBANESE HIZBALLAH    | o2 | true
            YAQUB                 | v1 | true
            """)
    void aOneWordEntryOnlySpelledLikeOneWordOfALongerQueryIsNoHit(String query, String entry, boolean hit) {
        // a broad search, well below the default threshold: the likeness is no hit even there
        List<Hit> hits = LIST.screen(ScreeningQuery.of(query), BROAD, 10);
        assertThat(hits).as(query + ": " + hits).extracting(h -> h.entry().id()).matches(ids -> ids.contains(entry) == hit);
    }
}
