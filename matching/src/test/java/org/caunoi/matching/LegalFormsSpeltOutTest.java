package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal forms as other countries' registers write them, abbreviated or spelt out (S.A. de C.V. /
 * Sociedad Anónima de Capital Variable, A.C. / Asociación Civil, S.A.S., A.Ş. / Sanayi ve Ticaret
 * Anonim Şirketi, PJS / Private Joint Stock Company, BVBA, FZE): forms, not words of the name.
 */
class LegalFormsSpeltOutTest {

    private static final Watchlist LIST = new Watchlist(List.of(
            WatchlistEntry.of("o1", EntryType.ORGANISATION, "MERIDIANO S.A. DE C.V."),
            WatchlistEntry.of("o2", EntryType.ORGANISATION, "FUNDACION LUZ VERDE, A.C."),
            WatchlistEntry.of("o3", EntryType.ORGANISATION, "ALBORADA SOCIEDAD POR ACCIONES SIMPLIFICADA"),
            WatchlistEntry.of("o4", EntryType.ORGANISATION, "DEMIR MAKINA A.S."),
            WatchlistEntry.of("o5", EntryType.ORGANISATION, "ORION SHIPPING PRIVATE JOINT STOCK COMPANY"),
            WatchlistEntry.of("o6", EntryType.ORGANISATION, "KESTREL SOCIEDAD DE RESPONSABILIDAD LIMITADA"),
            WatchlistEntry.of("o7", EntryType.ORGANISATION, "AC MILAN TRADING"),
            WatchlistEntry.of("o8", EntryType.ORGANISATION, "MERIDIANO EXPORT LLC")));

    @ParameterizedTest(name = "\"{0}\" finds {1}, the form read as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MERIDIANO, SOCIEDAD ANONIMA DE CAPITAL VARIABLE       | o1 | SOCIEDAD ANONIMA DE CAPITAL VARIABLE
            FUNDACION LUZ VERDE, ASOCIACION CIVIL                 | o2 | ASOCIACION CIVIL
            ALBORADA S.A.S.                                       | o3 | SAS
            DEMIR MAKINA SANAYI VE TICARET ANONIM SIRKETI         | o4 | SANAYI VE TICARET ANONIM SIRKETI
            ORION SHIPPING P.J.S.                                 | o5 | PJS
            KESTREL S.L.                                          | o6 | SL
            """)
    void aFormSpeltOutOrAbbreviatedIsAFormOfItsKind(String query, String entry, String form) {
        Hit hit = Fixtures.firstHit(LIST, query, entry);
        assertThat(hit.reasons()).as(query + ": " + hit).anyMatch(r -> r.kind() == MatchKind.COMPANY_FORM && r.queryPart().equals(form));
    }

    @ParameterizedTest(name = "\"{0}\" keeps {1} as a word of the name")
    @CsvSource(delimiter = '|', textBlock = """
            AC MILAN TRADING | AC
            """)
    void aFormWrittenOnlyAfterANameIsAWordAtItsStart(String query, String word) {
        Hit hit = Fixtures.firstHit(LIST, query, "o7");
        assertThat(hit.reasons()).as(query + ": " + hit).anyMatch(r -> r.kind() == MatchKind.EXACT && r.queryPart().equals(word));
    }
}
