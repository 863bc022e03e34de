package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearMissTest {

    /**
     * Each pair of entries shares the query's other word; one has a word close to the query's last
     * one without being a spelling of it, the other an unrelated word.
     */
    private static final Watchlist LIST = new Watchlist(List.of(
            WatchlistEntry.of("near1", EntryType.PERSON, "NAMAN, Saalim"),
            WatchlistEntry.of("far1", EntryType.PERSON, "NAMAN, Bashir"),
            WatchlistEntry.of("near2", EntryType.PERSON, "SHALISH, Zuhayr"),
            WatchlistEntry.of("far2", EntryType.PERSON, "SHALISH, Kamal"),
            WatchlistEntry.of("near3", EntryType.PERSON, "ELMABRUK, Maftah"),
            WatchlistEntry.of("far3", EntryType.PERSON, "ELMABRUK, Yousef"),
            WatchlistEntry.of("near4", EntryType.PERSON, "CHAIWORASIN, Wimonsi"),
            WatchlistEntry.of("far4", EntryType.PERSON, "CHAIWORASIN, Somchai"),
            WatchlistEntry.of("near5", EntryType.PERSON, "SOAN, Karim"),
            WatchlistEntry.of("far5", EntryType.PERSON, "BELHADJ, Karim"),
            WatchlistEntry.of("near6", EntryType.PERSON, "WEI, Hsueh Yuan"),
            WatchlistEntry.of("far6", EntryType.PERSON, "WEI, Hsueh Ming"),
            WatchlistEntry.of("vn1", EntryType.PERSON, "Trần Văn Mạnh"),
            WatchlistEntry.of("vn2", EntryType.PERSON, "Trần Văn Lộc")));

    @ParameterizedTest(name = "\"{0}\": {1} above {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NAMAN, Sam        | near1 | far1
            SHALISH, Zuhilma  | near2 | far2
            ELMABRUK, Mustah  | near3 | far3
            CHAIWORASIN, Vimonsri | near4 | far4
            SOUN, Karim       | near5 | far5
            WEI, Hsueh Yun    | near6 | far6
            """)
    void aWordCloseToTheOneInItsPlaceCostsLessThanAnUnrelatedOne(String query, String near, String far) {
        assertThat(score(query, near)).as(query).isGreaterThan(score(query, far) + 0.02);
    }

    @ParameterizedTest(name = "\"{0}\": {1} and {2} alike")
    @CsvSource(delimiter = '|', textBlock = """
            Trần Văn Minh | vn1 | vn2
            TRAN VAN MINH | vn1 | vn2
            """)
    void twoSyllablesOfAVietnameseNameOneLetterApartAreNoNearMiss(String query, String close, String other) {
        // Minh and Mạnh are two names: the entry with Mạnh is no closer than the one with Lộc
        assertThat(score(query, close)).as(query).isEqualTo(score(query, other));
    }

    private static double score(String query, String id) {
        return LIST.screen(ScreeningQuery.of(query), 0.0, 20).stream().filter(h -> h.entry().id().equals(id))
                .mapToDouble(Hit::score).findFirst().orElse(0.0);
    }
}
