package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryAttributesTest {

    private static final Watchlist LIST = new Watchlist(List.of(
            new WatchlistEntry("a1", "t", EntryType.PERSON, List.of("Nguyễn Văn Hùng"), "VN", "1975-03-02",
                    List.of(Identifier.passport("B1234567"))),
            WatchlistEntry.of("a2", EntryType.PERSON, "Trần Văn Hùng")));

    /** The score of a1 for "Nguyen Van Hungg" (one typo, so there is room above and below) with the attribute given. */
    private static Hit hit(UnaryOperator<ScreeningQuery> attribute) {
        return LIST.screen(attribute.apply(ScreeningQuery.of("Nguyen Van Hungg")), 0.0, 5).stream()
                .filter(h -> h.entry().id().equals("a1")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date of birth | 1975-03-02  | raises | date of birth
            date of birth | 1975        | raises | date of birth
            date of birth | 1981-03-02  | lowers | date of birth differs
            nationality   | VN          | raises | country
            nationality   | Vietnam     | raises | country
            nationality   | China       | lowers | country differs
            passport      | B1234567    | raises | identifier
            passport      | B 123-4567  | raises | identifier
            passport      | C7654321    | lowers | identifier differs
            """)
    void anAttributeThatAgreesRaisesTheScoreAndOneThatDiffersLowersItAndTheExplanationSaysSo(String attribute, String value,
                                                                                         String effect, String label) {
        UnaryOperator<ScreeningQuery> given = switch (attribute) {
            case "date of birth" -> q -> q.withDateOfBirth(value);
            case "nationality" -> q -> q.withCountry(value);
            default -> q -> q.withIdentifier(Identifier.passport(value));
        };
        double without = hit(q -> q).score();
        Hit with = hit(given);
        if (effect.equals("raises")) {
            assertThat(with.score()).isGreaterThan(without);
        } else {
            assertThat(with.score()).isLessThan(without);
        }
        assertThat(with.reasons()).anySatisfy(r -> assertThat(r.kind().label()).isEqualTo(label));
    }

    @Test
    void anIdentifierOfAnotherTypeSaysNothing() {
        double without = hit(q -> q).score();
        assertThat(hit(q -> q.withIdentifier(Identifier.taxNumber("0101234567"))).score()).isEqualTo(without);
    }

    @Test
    void anAttributeTheEntryDoesNotKnowLeavesTheScore() {
        ScreeningQuery query = ScreeningQuery.of("Tran Van Hung");
        double without = LIST.screen(query).getFirst().score();
        assertThat(LIST.screen(query.withDateOfBirth("1960").withCountry("VN")).getFirst().score()).isEqualTo(without);
    }
}
