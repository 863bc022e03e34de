package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymTest {

    private static final Watchlist WATCHLIST = new Watchlist(List.of(
            WatchlistEntry.of("a1", EntryType.ORGANISATION, "POPULAR FRONT FOR THE LIBERATION OF PALESTINE"),
            WatchlistEntry.of("a2", EntryType.ORGANISATION, "LIBERATION TIGERS OF TAMIL EELAM"),
            WatchlistEntry.of("a3", EntryType.ORGANISATION, "AL-QAIDA IN THE ISLAMIC MAGHREB"),
            WatchlistEntry.of("a4", EntryType.ORGANISATION, "COMERCIALIZACION DE PRODUCTOS VARIOS"),
            WatchlistEntry.of("a5", EntryType.ORGANISATION, "HOTELES E INMUEBLES DE COLOMBIA LTDA."),
            WatchlistEntry.of("a6", EntryType.ORGANISATION, "PARTIYA KARKEREN KURDISTAN"),
            WatchlistEntry.of("a7", EntryType.ORGANISATION, "PALESTINE LIBERATION FRONT"),
            WatchlistEntry.of("a8", EntryType.ORGANISATION, "PROGRESSIVE LABOUR FEDERATION"),
            WatchlistEntry.of("a9", EntryType.ORGANISATION, "CIMEX"),
            WatchlistEntry.of("a10", EntryType.ORGANISATION, "COMPANIA IMPORTADORA EXPORTADORA"),
            WatchlistEntry.of("a11", EntryType.ORGANISATION, "NATIONAL IRANIAN OIL COMPANY"),
            WatchlistEntry.of("p1", EntryType.PERSON, "PETROV, Konstantin")));

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PFLP     | a1
            PFFTLOP  | a1
            LTTE     | a2
            AQIM     | a3
            QIM      | a3
            COPROVA  | a4
            HOTINCOL | a5
            PKK      | a6
            CIMEX    | a9
            NIOC     | a11
            NIO      | a11
            """)
    void acronymOrContractionFindsTheNameItSpells(String query, String expected) {
        List<Hit> hits = WATCHLIST.screen(ScreeningQuery.of(query));
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).as(query + ": " + hits).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @CsvSource(delimiter = '|', textBlock = """
            pflp     | lower case is a word, not an acronym
            PF       | two letters spell too many names
            PFL      | initials of only part of the name
            LTTEX    | one letter too many
            COPROV   | a contraction must reach every content word
            CPROVA   | the starts of words are two letters or more
            PK       | two letters
            PETROVK  | a person's name run together is no acronym
            """)
    void otherCapitalsOrPartialInitialsFindNothing(String query, String why) {
        assertThat(WATCHLIST.screen(ScreeningQuery.of(query))).as(why).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" ties with {1} and scores below an acronym one name spells")
    @CsvSource(delimiter = '|', textBlock = """
            PLF | a7
            """)
    void anAcronymSeveralNamesSpellIsWeakerEvidence(String query, String oneOfThem) {
        List<Hit> hits = WATCHLIST.screen(ScreeningQuery.of(query), 0.0, 10);
        assertThat(hits).extracting(h -> h.entry().id()).contains(oneOfThem, "a8");
        // at the default threshold chosen in issue #21 (0.69) both are shown, tied, below the 0.84
        // an acronym of three letters only one name spells gets
        assertThat(hits.getFirst().score()).isLessThan(Acronyms.SHORT_INITIALS);
    }

    @ParameterizedTest(name = "\"{0}\" is explained as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PFLP    | PFLP = POPULAR FRONT FOR THE LIBERATION OF PALESTINE: acronym
            COPROVA | COPROVA = COMERCIALIZACION DE PRODUCTOS VARIOS: acronym
            """)
    void theHitSaysItIsAnAcronym(String query, String explanation) {
        assertThat(WATCHLIST.screen(ScreeningQuery.of(query)).getFirst().explanation()).isEqualTo(explanation);
    }
}
