package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case list filters in PostgreSQL (category, dates, route country, operation) and counts per category. */
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
