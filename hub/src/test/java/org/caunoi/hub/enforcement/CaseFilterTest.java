package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case list filters in PostgreSQL (category, dates, route country, operation, words of the description) and counts per category. */
@HubTest
class CaseFilterTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void filtersByCategoryDateRouteCountryAndOperation() {
        long tobaccoFromCambodia = record(NewCase.methamphetamineAtHaiPhong().with("category", "tobacco")
                .with("hsCode", "2402").with("date", "2025-03-04")
                .with("route", java.util.Map.of("departure", "KH", "transit", List.of("TH"), "destination", "VN")));
        long drugs = record(NewCase.methamphetamineAtHaiPhong());
        long operation = JSON.readTree(investigator().postJson("/api/enforcement/operations",
                "{\"name\": \"Tobacco sweep\", \"categories\": [\"tobacco\"]}").body()).get("id").asLong();
        investigator().postJson("/api/enforcement/operations/" + operation + "/cases/" + tobaccoFromCambodia, "");

        assertThat(ids("?category=tobacco")).contains(tobaccoFromCambodia).doesNotContain(drugs);
        assertThat(ids("?country=th")).as("a transit country").contains(tobaccoFromCambodia).doesNotContain(drugs);
        assertThat(ids("?from=2026-01-01")).contains(drugs).doesNotContain(tobaccoFromCambodia);
        assertThat(ids("?operation=" + operation)).containsExactly(tobaccoFromCambodia);
    }

    @Test
    void facetsCountTheCasesOfEachCategoryTheOtherFiltersLetThrough() {
        long operation = JSON.readTree(investigator().postJson("/api/enforcement/operations",
                "{\"name\": \"Counted\"}").body()).get("id").asLong();
        for (String category : new String[] {"drugs", "drugs", "weapons"}) {
            long id = record(NewCase.methamphetamineAtHaiPhong().with("category", category).without("hsCode"));
            investigator().postJson("/api/enforcement/operations/" + operation + "/cases/" + id, "");
        }

        JsonNode facets = JSON.readTree(investigator().get("/api/enforcement/cases/facets?operation=" + operation
                + "&category=weapons").body());

        assertThat(facets.get("cases").asLong()).isEqualTo(3);
        assertThat(facets.at("/byCategory/drugs").asLong()).isEqualTo(2);
        assertThat(facets.at("/byCategory/weapons").asLong()).isEqualTo(1);
    }

    @Test
    void theRouteCountryFilterReturnsExactlyTheCasesWithThatCountryAsDepartureTransitOrDestination() {
        String token = "route" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long departs = record(NewCase.methamphetamineAtHaiPhong().with("description", "Departs " + token)
                .with("route", java.util.Map.of("departure", "KH", "destination", "VN")));
        long transits = record(NewCase.methamphetamineAtHaiPhong().with("description", "Transits " + token)
                .with("route", java.util.Map.of("departure", "LA", "transit", List.of("TH", "KH"), "destination", "VN")));
        long arrives = record(NewCase.methamphetamineAtHaiPhong().with("description", "Arrives " + token)
                .with("route", java.util.Map.of("departure", "VN", "destination", "KH")));
        record(NewCase.methamphetamineAtHaiPhong().with("description", "Elsewhere " + token)
                .with("route", java.util.Map.of("departure", "LA", "transit", List.of("TH"), "destination", "VN")));

        assertThat(ids("?country=kh&text=" + token)).containsExactlyInAnyOrder(departs, transits, arrives);
        assertThat(ids("?country=TH&text=" + token)).hasSize(2).contains(transits);
        assertThat(ids("?country=XX&text=" + token)).isEmpty();
    }

    @Test
    void theTextFilterFindsWordsOfTheDescriptionWhateverTheirCaseAndDiacriticsAndNothingElse() {
        String token = "text" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long iceMeth = record(NewCase.methamphetamineAtHaiPhong().with("description", "Ma túy đá trong hộp trà " + token));
        long percent = record(NewCase.methamphetamineAtHaiPhong().with("description", "Vải 100% cotton giả " + token));
        long other = record(NewCase.methamphetamineAtHaiPhong().with("description", "Thuốc lá điếu " + token));

        assertThat(ids("?text=MA+TUY+DA")).contains(iceMeth).doesNotContain(percent, other);
        assertThat(ids("?text=" + token)).containsExactlyInAnyOrder(iceMeth, percent, other);
        assertThat(ids("?text=100%25+cotton")).as("a %% is taken literally").contains(percent).doesNotContain(iceMeth);
        assertThat(ids("?text=1_0")).as("so is an underscore").doesNotContain(percent);
        JsonNode facets = JSON.readTree(investigator().get("/api/enforcement/cases/facets?text=" + token).body());
        assertThat(facets.get("cases").asLong()).isEqualTo(3);
    }

    @Test
    void unitAndCategoryFiltersTakeTheirCodesInEitherCase() {
        long drugs = record(NewCase.methamphetamineAtHaiPhong());

        assertThat(ids("?unit=dtcbl&size=500")).as("as the README and /api/officers write it").contains(drugs);
        assertThat(ids("?unit=DTCBL&size=500")).as("as the case list writes it").contains(drugs);
        assertThat(ids("?unit=htqt&size=500")).doesNotContain(drugs);
        assertThat(ids("?category=DRUGS&size=500")).contains(drugs);
    }

    @Test
    void anUnknownUnitOrCategoryIsRefusedListingTheValidCodes() {
        var unit = investigator().get("/api/enforcement/cases?unit=bogus", "en");
        var category = investigator().get("/api/enforcement/cases?category=drug", "en");
        var facets = investigator().get("/api/enforcement/cases/facets?unit=bogus", "en");

        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(400);
        JsonNode unitProblem = JSON.readTree(unit.body());
        assertThat(unitProblem.at("/errors/0/field").asString()).isEqualTo("unit");
        assertThat(JsonPath.<List<String>>read(unit.body(), "$.validValues")).containsExactly("htqt", "dtcbl", "pcu", "it");
        assertThat(category.statusCode()).as(category.body()).isEqualTo(400);
        JsonNode categoryProblem = JSON.readTree(category.body());
        assertThat(categoryProblem.at("/errors/0/field").asString()).isEqualTo("category");
        assertThat(categoryProblem.at("/errors/0/message").asString()).contains("drug", "drugs", "precursors");
        assertThat(facets.statusCode()).isEqualTo(400);
    }

    @Test
    void aFilterOfTheWrongTypeIsNamed() {
        var response = investigator().get("/api/enforcement/cases?from=yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/field").asString()).isEqualTo("from");
    }

    private List<Long> ids(String query) {
        var response = investigator().get("/api/enforcement/cases" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private long record(NewCase input) {
        return Recorded.caseOn(port, input);
    }

    private HubClient investigator() {
        return HubClient.as(port, "investigator");
    }
}
