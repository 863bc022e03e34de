package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeveralNamesTest {

    private static final Watchlist LIST = new Watchlist(List.of(
            WatchlistEntry.of("p1", EntryType.PERSON, "QASEM SOLEIMANI"),
            WatchlistEntry.of("p2", EntryType.PERSON, "HOSEIN SALIMI"),
            WatchlistEntry.of("p3", EntryType.PERSON, "AZIM AGHAJANI"),
            WatchlistEntry.of("p4", EntryType.PERSON, "SOLEIMAN AZIMI")));

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Qasim Soleimani; Qasem Sulaimani; Kasim Sulaymani; Qasim Sulaymani        | p1
            Husain Salimi; Hosain Salimi; Hussain Salimi; Hosein Saleemi; Hossein Salimi | p2
            Azim Adhajani; Azim Agha-Jani                                              | p3
            Azim Agha-Jani;                                                            | p3
            """)
    void aNameFieldOfSeveralNamesSeparatedBySemicolonsIsScreenedAsEachName(String query, String entry) {
        List<Hit> hits = LIST.screen(ScreeningQuery.of(query));
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).isEqualTo(entry);
        // an entry met by several of the names is one hit, scored by the name that meets it best
        assertThat(hits).extracting(h -> h.entry().id()).doesNotHaveDuplicates();
        assertThat(hits.getFirst().explanation()).doesNotContain("not in entry");
    }
}
