package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input answers 400 problem details naming the field, in the officer's language, and stores nothing. */
@HubTest
class CaseBadInputTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HubClient investigator;

    @BeforeEach
    void signIn() {
        investigator = HubClient.as(port, "investigator");
    }

    static Stream<Arguments> badCases() {
        NewCase good = NewCase.methamphetamineAtHaiPhong();
        return Stream.of(
                Arguments.of("an HS code not in the nomenclature", good.with("hsCode", "999999"), "hsCode",
                        "HS code 999999 is not in the HS 2022 nomenclature."),
                Arguments.of("an IMO number with a wrong check digit", good.with("conveyance.imo", "9074728"), "imo",
                        "IMO number 9074728 is not valid: 7 digits whose last is the check digit."),
                Arguments.of("a container number with a wrong check digit",
                        good.with("conveyance.containers", java.util.List.of("CSQU3054384")), "containers[0]",
                        "Container number CSQU3054384 is not valid: 4 letters, 6 digits and the ISO 6346 check digit."),
                Arguments.of("a date in the future", good.with("date", "2099-01-01"), "date",
                        "The date cannot be in the future."),
                Arguments.of("a negative quantity", good.with("quantity.value", -1), "quantity.value",
                        "The value cannot be negative."),
                Arguments.of("an unknown port", good.with("place", "VNXXX"), "place",
                        "Port VNXXX is not a known sea port: type its UN/LOCODE (e.g. VNHPH) or its name (e.g. Haiphong); "
                                + "for a land border gate or a customs office, choose that kind of place."),
                Arguments.of("an unknown departure country", good.with("route.departure", "XX"), "route.departure",
                        "Country XX is not known: type the country's name (e.g. Cambodia) or its two-letter ISO 3166 code (e.g. KH)."),
                Arguments.of("an unknown nationality", good.with("persons[0].nationality", "QQ"), "persons[0].nationality",
                        "Country QQ is not known: type the country's name (e.g. Cambodia) or its two-letter ISO 3166 code (e.g. KH)."),
                Arguments.of("an unknown category", good.with("category", "gold"), "category",
                        "'gold' is not one of: drugs, precursors, cites-fauna, cites-flora, tobacco, counterfeit, weapons, "
                                + "hazardous-waste, currency, other."),
                Arguments.of("no date", good.without("date"), "date", "This field is required."),
                Arguments.of("a date that is no date", good.with("date", "2026-13-45"), "date",
                        "Invalid date: write it as year-month-day (ISO 8601), e.g. 2026-11-02."),
                Arguments.of("a date written day first", good.with("date", "02/11/2026"), "date",
                        "Invalid date: write it as year-month-day (ISO 8601), e.g. 2026-11-02."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badInputIsRefusedWithTheFieldNamedAndNothingStored(String what, NewCase input, String field, String message) {
        long before = caseCount();

        var response = investigator.postJson("/api/enforcement/cases?lang=en", input.json());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).isEqualTo(message);
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemDetail() {
        long before = caseCount();

        var response = investigator.postJson("/api/enforcement/cases?lang=en", "{\"date\": \"2026-11-02\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo("The body is not valid JSON for this request.");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        var response = investigator.postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("hsCode", "999999").with("conveyance.imo", "1234568").with("quantity.value", -5).json());

        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("hsCode", "imo", "quantity.value");
    }

    @Test
    void aCaseLargerThanAnyAnOfficerWritesIsRefusedFieldByFieldBeforeAnyOtherCheck() {
        long before = caseCount();
        var containers = java.util.stream.IntStream.range(0, 201).mapToObj(i -> "CSQU3054383").toList();
        var response = investigator.postJson("/api/enforcement/cases?lang=en", NewCase.methamphetamineAtHaiPhong()
                .with("description", "x".repeat(4_001)).with("narrative", "y".repeat(20_001))
                .with("persons[0].name", "Nguyễn ".repeat(50)).with("conveyance.containers", containers)
                .with("hsCode", "999999").json());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).as("the sizes alone: nothing else is read of so large a case")
                .containsExactlyInAnyOrder("description", "narrative", "persons[0].name", "containers");
        assertThat(errors.findValuesAsString("message")).contains("At most 4000 characters.", "At most 200 entries.");
        assertThat(caseCount()).isEqualTo(before);
        var longest = investigator.postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("description", "x".repeat(4_000)).json());
        assertThat(longest.statusCode()).as(longest.body()).isEqualTo(201);
    }

    @Test
    void theMessageIsInTheOfficersLanguage() {
        String body = NewCase.methamphetamineAtHaiPhong().with("hsCode", "999999").json();

        var english = investigator.postJson("/api/enforcement/cases?lang=en", body);
        var vietnamese = investigator.postJson("/api/enforcement/cases?lang=vi", body);

        assertThat(JSON.readTree(english.body()).get("errors").get(0).get("message").asString())
                .isEqualTo("HS code 999999 is not in the HS 2022 nomenclature.");
        assertThat(JSON.readTree(vietnamese.body()).get("errors").get(0).get("message").asString())
                .isEqualTo("Mã HS 999999 không có trong Danh mục HS 2022.");
    }

    @Test
    void theIssuesExampleIsAccepted() {
        var response = investigator.postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong().json());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.get("reference").asString()).matches("VN-\\d{4}-\\d{6}");
    }

    private long caseCount() {
        return jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
    }
}
