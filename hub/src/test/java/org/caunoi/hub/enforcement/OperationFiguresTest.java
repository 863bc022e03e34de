package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures an operation page draws are counted from the tagged cases that are not withdrawn:
 * cases per route country in each role, the timeline per day or week against the phases, and the
 * route flows, whose stages keep the graph free of cycles.
 */
@HubTest
class OperationFiguresTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void routeCountriesAndFlowsAreCountedFromTheTaggedCases() {
        long operation = operation("2026-10-01", "2026-11-30");
        tag(operation, record(route("LA", List.of("HK"), "VN", "2026-11-02")));
        tag(operation, record(route("LA", List.of("HK"), "VN", "2026-11-02")));
        tag(operation, record(route("CN", List.of("HK", "LA"), "VN", "2026-10-15")));
        long withdrawn = record(route("TH", List.of(), "VN", "2026-10-20"));
        tag(operation, withdrawn);
        HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + withdrawn + "/withdraw", "");
        record(route("KH", List.of(), "VN", "2026-10-20"));

        JsonNode figures = figures(operation);

        JsonNode countries = figures.get("byRouteCountry");
        assertThat(names(countries)).containsExactly("CN", "HK", "LA", "VN");
        assertThat(countries.at("/LA/cases").asLong()).isEqualTo(3);
        assertThat(countries.at("/LA/departure").asLong()).isEqualTo(2);
        assertThat(countries.at("/LA/transit").asLong()).isEqualTo(1);
        assertThat(countries.at("/HK/transit").asLong()).isEqualTo(3);
        assertThat(countries.at("/VN/destination").asLong()).isEqualTo(3);
        assertThat(links(figures)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "departure:LA>transit-1:HK", 2L, "transit-1:HK>destination:VN", 2L,
                "departure:CN>transit-1:HK", 1L, "transit-1:HK>transit-2:LA", 1L, "transit-2:LA>destination:VN", 1L));
        assertThat(figures.at("/totals/cases").asInt()).isEqualTo(3);
    }

    @Test
    void theTimelineCountsCasesPerDayOverThePhasesOfAShortOperation() {
        long operation = operation("2026-10-01", "2026-11-30");
        tag(operation, record(route("LA", List.of(), "VN", "2026-11-02")));
        tag(operation, record(route("LA", List.of(), "VN", "2026-11-02")));
        tag(operation, record(route("LA", List.of(), "VN", "2026-10-15")));

        JsonNode timeline = figures(operation).get("timeline");

        assertThat(timeline.get("bucket").asString()).isEqualTo("day");
        assertThat(timeline.get("starts").size()).isEqualTo(61);
        assertThat(timeline.at("/starts/0").asString()).isEqualTo("2026-10-01");
        assertThat(timeline.at("/cases/14").asLong()).isEqualTo(1);
        assertThat(timeline.at("/cases/32").asLong()).isEqualTo(2);
        assertThat(sum(timeline.get("cases"))).isEqualTo(3);
        assertThat(timeline.at("/phases/1/name").asString()).isEqualTo("Phase 2");
    }

    @Test
    void theTimelineCountsCasesPerWeekWhenTheOperationIsLongerThanTwoMonths() {
        long operation = operation("2026-08-01", "2026-11-30");
        tag(operation, record(route("LA", List.of(), "VN", "2026-11-02")));
        tag(operation, record(route("LA", List.of(), "VN", "2026-11-08")));
        tag(operation, record(route("LA", List.of(), "VN", "2026-11-09")));

        JsonNode timeline = figures(operation).get("timeline");

        assertThat(timeline.get("bucket").asString()).isEqualTo("week");
        assertThat(timeline.at("/starts/0").asString()).isEqualTo("2026-07-27");
        int week = indexOf(timeline.get("starts"), "2026-11-02");
        assertThat(timeline.at("/cases/" + week).asLong()).isEqualTo(2);
        assertThat(timeline.at("/cases/" + (week + 1)).asLong()).isEqualTo(1);
        assertThat(sum(timeline.get("cases"))).isEqualTo(3);
    }

    @Test
    void anUnknownOperationHasNoFigures() {
        var missing = HubClient.as(port, "analyst").get("/api/enforcement/operations/999999/figures");

        assertThat(missing.statusCode()).isEqualTo(404);
    }

    private static NewCase route(String departure, List<String> transit, String destination, String date) {
        return NewCase.methamphetamineAtHaiPhong().with("date", date)
                .with("route", Map.of("departure", departure, "transit", transit, "destination", destination));
    }

    private long operation(String from, String to) {
        String middle = java.time.LocalDate.parse(from).plusDays(30).toString();
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/operations", """
                {"name": "Mekong Dragon", "categories": ["drugs"], "partners": ["HK", "LA"],
                 "phases": [{"name": "Phase 1", "from": "%s", "to": "%s"},
                            {"name": "Phase 2", "from": "%s", "to": "%s"}]}"""
                .formatted(from, middle, java.time.LocalDate.parse(middle).plusDays(1), to));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private void tag(long operation, long caseId) {
        var response = HubClient.as(port, "investigator")
                .postJson("/api/enforcement/operations/" + operation + "/cases/" + caseId, "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private JsonNode figures(long operation) {
        var response = HubClient.as(port, "analyst").get("/api/enforcement/operations/" + operation + "/figures");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long record(NewCase input) {
        return Recorded.caseOn(port, input);
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static Map<String, Long> links(JsonNode figures) {
        Map<String, Long> links = new java.util.HashMap<>();
        figures.at("/flows/links").forEach(link -> links.put(link.get("source").asString() + ">"
                + link.get("target").asString(), link.get("value").asLong()));
        return links;
    }

    private static long sum(JsonNode numbers) {
        long sum = 0;
        for (JsonNode n : numbers) {
            sum += n.asLong();
        }
        return sum;
    }

    private static int indexOf(JsonNode texts, String text) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).asString().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + texts);
    }
}
