package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic words of organisation names as sanctions lists romanise them from Persian, Arabic,
 * Turkish and Russian, or write them in French and Spanish: each reads as the English word of the
 * translated name, one row per word of the table.
 */
class OrganisationWordsTest {

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            MARKAZI      | CENTRAL
            TSENTRALNYI  | CENTRAL
            BANQUE       | BANK
            BANCO        | BANK
            JOMHOURI     | REPUBLIC
            RESPUBLIKA   | REPUBLIC
            MELLI        | NATIONAL
            MILLI        | NATIONAL
            PEOPLE'S     | POPULAR
            SHAABI       | POPULAR
            TEJARAT      | TRADING
            TIJARA       | TRADING
            SANAYE       | INDUSTRIAL
            SANAYI       | INDUSTRIES
            BONYAD       | FOUNDATION
            MUASSASA     | FOUNDATION
            KHAYRIYYA    | CHARITABLE
            JAMIAT       | SOCIETY
            TURATH       | HERITAGE
            IHYA         | REVIVAL
            ISLAMI       | ISLAMIC
            SHOHADA      | MARTYRS
            GOSTARESH    | DEVELOPMENT
            NAFT         | PETROLEUM
            KASHTIRANI   | SHIPPING
            HAVAPEYMAIE  | AIRLINES
            SAZMAN       | ORGANIZATION
            JABHAT       | FRONT
            HARAKAT      | MOVEMENT
            KATAIB       | BRIGADES
            JAISH        | ARMY
            HIZB         | PARTY
            ITTIHAD      | UNION
            LAJNAT       | COMMITTEE
            IGHATHA      | RELIEF
            MAKTAB       | OFFICE
            MARKAZ       | CENTER
            ZAVOD        | PLANT
            INSTITUT     | INSTITUTE
            EMPRESA      | ENTERPRISE
            """)
    void anOrganisationWordOfAnotherLanguageReadsAsItsEnglishWord(String foreign, String english) {
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("o1", EntryType.ORGANISATION, "ZAGROS " + english + " KARUN"),
                WatchlistEntry.of("o2", EntryType.ORGANISATION, "ZAGROS KARUN DENA ALBORZ")));
        List<Hit> hits = list.screen(ScreeningQuery.of("ZAGROS " + foreign + " KARUN"));
        assertThat(hits).as(foreign).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).as(hits.toString()).isEqualTo("o1");
        assertThat(hits.getFirst().explanation()).as(foreign).containsIgnoringCase(foreign.replace("'", "") + " = " + english)
                .contains("business term");
    }

    @ParameterizedTest(name = "\"{0}\" is a company form")
    @CsvSource(textBlock = """
            SHERKAT
            SHARIKAT
            SIRKETI
            KOMPANIYA
            """)
    void companyInOtherLanguagesIsALegalForm(String form) {
        Watchlist list = new Watchlist(List.of(WatchlistEntry.of("o1", EntryType.ORGANISATION, "ZAGROS KARUN COMPANY")));
        Hit hit = list.screen(ScreeningQuery.of(form + " ZAGROS KARUN")).getFirst();
        assertThat(hit.score()).as(hit.explanation()).isGreaterThanOrEqualTo(0.95);
        assertThat(hit.explanation()).contains("company form");
    }

    @Test
    void aTranslatedNameFindsItsEntityAboveTheDefaultThreshold() {
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("o1", EntryType.ORGANISATION, "CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN"),
                WatchlistEntry.of("o2", EntryType.ORGANISATION, "NATIONAL IRANIAN OIL COMPANY")));
        assertThat(list.screen(ScreeningQuery.of("BANK MARKAZI JOMHOURI ISLAMI IRAN")))
                .extracting(h -> h.entry().id()).first().isEqualTo("o1");
    }

    @Test
    void aPersonsNameIsNotReadAsOrganisationWords() {
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("o1", EntryType.ORGANISATION, "MARTYRS FOUNDATION OF KARUN"),
                WatchlistEntry.of("p1", EntryType.PERSON, "SHAHID, Karun")));
        assertThat(list.screen(ScreeningQuery.of("SHAHID KARUN").withType(EntryType.PERSON)))
                .extracting(h -> h.entry().id()).containsExactly("p1");
    }
}
