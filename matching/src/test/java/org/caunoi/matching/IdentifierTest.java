package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"9074729", "IMO 9074729", "IMO9074729", "imo:9074729", "9176187"})
    void imoWithCorrectCheckDigitIsAccepted(String text) {
        assertThat(Identifier.parse(text.contains("imo:") || text.startsWith("IMO") ? text : "imo:" + text).type())
                .isEqualTo(IdentifierType.IMO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9074728", "IMO 9074720", "907472", "90747299", "IMO ABCDEFG"})
    void imoWithBadCheckDigitOrLengthIsRefused(String text) {
        assertThatThrownBy(() -> Identifier.parse(text.startsWith("IMO") ? text : "imo:" + text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid IMO number");
    }

    @Test
    void identifiersCompareWithoutSpacesDashesOrCase() {
        assertThat(Identifier.passport("b 123-456")).isEqualTo(Identifier.passport("B123456"));
    }

    @Test
    void equalImoDecidesTheMatchWhateverTheName() {
        Watchlist list = Fixtures.watchlist();
        List<Hit> hits = list.screen(ScreeningQuery.of("MV Unrelated Name").withIdentifier(Identifier.imo("9074729")));
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).isEqualTo("v1");
        assertThat(hits.getFirst().score()).isEqualTo(1.0);
        assertThat(hits.getFirst().explanation()).contains("imo 9074729 = imo 9074729: identifier");
    }

    @Test
    void aDocumentNumberTypedBesideTheNameIsAnIdentifierNotAWordOfTheName() {
        ScreeningQuery query = ScreeningQuery.ofText("Nguyen Van Hung  C1234567, IMO 9074729");

        assertThat(query.name()).isEqualTo("Nguyen Van Hung IMO");
        assertThat(query.identifiers()).containsExactly(new Identifier(IdentifierType.OTHER, "C1234567"),
                new Identifier(IdentifierType.OTHER, "9074729"));
        assertThat(ScreeningQuery.ofText("Lot 12 Street 2025").identifiers()).as("a short number is part of a name or an address")
                .isEmpty();
    }

    @Test
    void aNumberAloneFindsWhatItIdentifiesWhateverTheName() {
        Watchlist list = Fixtures.watchlist();

        List<Hit> hits = list.screen(ScreeningQuery.ofText("9074729"));

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).isEqualTo("v1");
        assertThat(hits.getFirst().score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "./.", " - ", "passport:--"})
    void anIdentifierOfOnlySeparatorsIsRefused(String text) {
        assertThatThrownBy(() -> Identifier.parse(text.contains(":") ? text : "passport:" + text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no letter or digit");
    }

    @Test
    void identifiersWithDifferentValuesAreNotTheSame() {
        assertThat(Identifier.passport("B1234567").sameAs(Identifier.passport("B1234568"))).isFalse();
        assertThat(Identifier.parse("C7654321").sameAs(Identifier.passport("B1234567"))).isFalse();
    }

    @Test
    void theSameValueUnderTwoKnownTypesIsNotTheSameIdentifier() {
        assertThat(Identifier.passport("0101234567").sameAs(Identifier.taxNumber("0101234567"))).isFalse();
    }

    @Test
    void aValueOfUnknownTypeIsTheSameAsThatValueOfAnyType() {
        assertThat(Identifier.parse("B 123-4567").sameAs(Identifier.passport("b1234567"))).isTrue();
        assertThat(Identifier.passport("b1234567").sameAs(Identifier.parse("B1234567"))).isTrue();
        assertThat(Identifier.passport("B1234567").sameAs(Identifier.passport("B-1234567"))).isTrue();
    }
}
