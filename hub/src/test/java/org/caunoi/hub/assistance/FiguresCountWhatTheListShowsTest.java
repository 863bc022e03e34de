package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #19: every figure equals the length of the list its link opens, for whoever reads them. Last
 * year's demo requests are received by the International Cooperation Department; two of them are
 * moved to the Anti-Smuggling Investigation Department, so the liaison officer (the first unit), the
 * investigator (the second) and the supervisor (every unit) each see other numbers.
 */
@HubTest
class FiguresCountWhatTheListShowsTest extends HubTest.Base {

    static final int LAST_YEAR = TestHub.today().getYear() - 1;

    @LocalServerPort
    int port;

    private List<Integer> moved = List.of();

    @BeforeEach
    void twoOfLastYearsRequestsBelongToTheOtherUnit() {
        List<Integer> ids = JsonPath.read(HubClient.as(port, "supervisor").get("/api/assistance/requests?direction=in&year="
                + LAST_YEAR + "&measure=answered").body(), "$[*].id");
        moved = ids.subList(0, 2);
        assign(moved, "dtcbl");
    }

    /** The hub is shared: other tests count last year's requests as received, all by the first unit. */
    @AfterEach
    void giveThemBack() {
        assign(moved, "htqt");
    }

    private void assign(List<Integer> ids, String unit) {
        for (Integer id : ids) {
            assertThat(HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                    "{\"unit\": \"" + unit + "\"}").statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"liaison", "investigator", "supervisor"})
    void eachFigureEqualsTheLengthOfTheListItsLinkOpens(String officer) {
        HubClient client = HubClient.as(port, officer);
        String figures = client.get("/api/assistance/figures?year=" + LAST_YEAR).body();
        String year = "direction=in&year=" + LAST_YEAR;

        assertThat(number(figures, "$.received")).isEqualTo(total(client, year));
        assertThat(number(figures, "$.answered")).isEqualTo(total(client, year + "&measure=answered"));
        assertThat(number(figures, "$.overdue")).isEqualTo(total(client, year + "&measure=overdue"));
        String sent = "direction=out&year=" + LAST_YEAR;
        assertThat(number(figures, "$.sent")).isEqualTo(total(client, sent + "&measure=sent"));
        assertThat(number(figures, "$.sentAnswered")).isEqualTo(total(client, sent + "&measure=answered"));
        assertThat(number(figures, "$.sentOverdue")).isEqualTo(total(client, sent + "&measure=overdue"));
        Map<String, Map<String, Object>> perPartner = JsonPath.read(figures, "$.perPartner");
        perPartner.forEach((partner, counts) -> assertThat(((Number) counts.get("received")).longValue())
                .as("received from " + partner).isEqualTo(total(client, year + "&partner=" + partner)));
        perPartner.forEach((partner, counts) -> assertThat(((Number) counts.get("sentAnswered")).longValue())
                .as("answered by " + partner).isEqualTo(total(client, sent + "&partner=" + partner + "&measure=answered")));
        Map<String, Map<String, Object>> perKind = JsonPath.read(figures, "$.perKind");
        perKind.forEach((kind, counts) -> assertThat(((Number) counts.get("answered")).longValue())
                .as("answered of kind " + kind).isEqualTo(total(client, year + "&kind=" + kind + "&measure=answered")));
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"liaison", "investigator"})
    void anOfficerOfOneUnitCountsFewerRequestsThanTheSupervisorOfAll(String officer) {
        long ofOneUnit = number(HubClient.as(port, officer).get("/api/assistance/figures?year=" + LAST_YEAR).body(),
                "$.received");
        long ofAll = number(HubClient.as(port, "supervisor").get("/api/assistance/figures?year=" + LAST_YEAR).body(),
                "$.received");

        assertThat(ofOneUnit).isPositive().isLessThan(ofAll);
    }

    private static long number(String json, String path) {
        return JsonPath.<Number>read(json, path).longValue();
    }

    private static long total(HubClient client, String filter) {
        var response = client.get("/api/assistance/requests?" + filter);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }
}
