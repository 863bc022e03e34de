package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A joint operation's totals are computed from its tagged cases, never typed in; withdrawn cases do not count. */
@HubTest
class OperationTotalsTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void totalsAreTheSumOfTheTaggedCasesByCategoryAndPhase() {
        long operation = createMekongDragon();
        long drugsInKg = record(NewCase.methamphetamineAtHaiPhong().with("quantity.value", 12.5));
        long drugsInGrams = record(NewCase.methamphetamineAtHaiPhong()
                .with("quantity", java.util.Map.of("value", 3000, "unit", "g")));
        long pangolins = record(NewCase.methamphetamineAtHaiPhong().with("category", "cites-fauna").with("hsCode", "0106")
                .with("quantity", java.util.Map.of("value", 4, "unit", "items")));
        long untagged = record(NewCase.methamphetamineAtHaiPhong().with("quantity.value", 100));

        tag(operation, drugsInKg, "Phase 1");
        tag(operation, drugsInGrams, "Phase 2");
        tag(operation, pangolins, null);
        JsonNode totals = totals(operation);

        assertThat(totals.get("cases").asInt()).isEqualTo(3);
        assertThat(totals.at("/byCategory/drugs/kg").decimalValue()).isEqualByComparingTo("15.5");
        assertThat(totals.at("/byCategory/cites-fauna/items").decimalValue()).isEqualByComparingTo("4");
        assertThat(totals.at("/byPhase/Phase 1/drugs/kg").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(totals.at("/byPhase/Phase 2/drugs/kg").decimalValue()).isEqualByComparingTo("3");
        assertThat(untagged).isPositive();
    }

    @Test
    void quantitiesInDifferentUnitsAreNeverAddedUpAndEachUnitHasAChartOfItsOwn() {
        long operation = createMekongDragon();
        tag(operation, record(NewCase.methamphetamineAtHaiPhong().with("quantity.value", 12.5)), "Phase 1");
        tag(operation, record(NewCase.methamphetamineAtHaiPhong()
                .with("quantity", java.util.Map.of("value", 300, "unit", "pieces"))), "Phase 1");
        tag(operation, record(NewCase.methamphetamineAtHaiPhong().with("category", "tobacco").with("hsCode", "240220")
                .with("quantity", java.util.Map.of("value", 20000, "unit", "sticks"))), "Phase 2");

        JsonNode totals = totals(operation);
        assertThat(fieldNames(totals.at("/byCategory/drugs"))).containsExactly("kg", "pieces");
        assertThat(fieldNames(totals.get("byUnit"))).as("weights first, then counts, as cases are recorded")
                .containsExactly("kg", "pieces", "sticks");
        assertThat(totals.at("/byUnit/kg/drugs").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(totals.at("/byUnit/pieces/drugs").decimalValue()).isEqualByComparingTo("300");
        assertThat(totals.at("/byUnit/sticks/tobacco").decimalValue()).isEqualByComparingTo("20000");
        assertThat(fieldNames(totals.at("/byUnit/kg"))).containsExactly("drugs");
        var figures = JSON.readTree(HubClient.as(port, "analyst").get("/api/enforcement/operations/" + operation + "/figures")
                .body());
        assertThat(figures.at("/totals/byUnit")).as("the figures carry the same totals").isEqualTo(totals.get("byUnit"));
        assertThat(totals.toString() + figures).as("no sum across units anywhere").doesNotContain("312.5", "20012.5",
                "20300", "20312.5");

        var screen = new org.caunoi.hub.BrowserSession(port);
        screen.logIn("analyst", "demo");
        String vietnamese = screen.get("/enforcement/operations/" + operation + "?lang=vi");
        java.util.Map<String, JsonNode> charts = charts(vietnamese);
        assertThat(charts).as("a chart per unit").containsOnlyKeys("kg", "pieces", "sticks");
        assertThat(charts.get("kg").get("unit").asString()).isEqualTo("kg");
        assertThat(charts.get("kg").get("years").toString()).isEqualTo("[\"Ma túy\"]");
        assertThat(charts.get("kg").at("/series/0/name").asString()).isEqualTo("Phase 1");
        assertThat(charts.get("kg").at("/series/0/data/0").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(charts.get("kg").get("series")).as("only the phases that have any in the unit").hasSize(1);
        assertThat(charts.get("pieces").get("unit").asString()).as("the unit in the officer's language").isEqualTo("chiếc");
        assertThat(charts.get("pieces").at("/series/0/data/0").decimalValue()).isEqualByComparingTo("300");
        assertThat(charts.get("sticks").get("unit").asString()).isEqualTo("điếu");
        assertThat(charts.get("sticks").get("years").toString()).isEqualTo("[\"Thuốc lá\"]");
        assertThat(charts.get("sticks").at("/series/0/name").asString()).isEqualTo("Phase 2");
        assertThat(charts.get("sticks").at("/series/0/data/0").decimalValue()).isEqualByComparingTo("20000");
        assertThat(vietnamese).as("the table says the unit of each total")
                .containsPattern(row("total-drugs-kg", "Ma túy", "12,5", "kg"))
                .containsPattern(row("total-drugs-pieces", "Ma túy", "300", "chiếc"))
                .containsPattern(row("total-tobacco-sticks", "Thuốc lá", "20.000", "điếu"))
                .contains("Tính theo chiếc");
        assertThat(charts(screen.get("/enforcement/operations/" + operation + "?lang=en")).get("sticks").get("unit")
                .asString()).isEqualTo("sticks");
    }

    /** The charts' data on the page by unit, as the page hands it to ECharts. */
    private static java.util.Map<String, JsonNode> charts(String page) {
        var chart = java.util.regex.Pattern.compile("(?s)id=\"operation-chart-([a-z0-9]+)\".*?data-chart=\"([^\"]*)\"")
                .matcher(page);
        java.util.Map<String, JsonNode> charts = new java.util.LinkedHashMap<>();
        while (chart.find()) {
            charts.put(chart.group(1), JSON.readTree(org.springframework.web.util.HtmlUtils.htmlUnescape(chart.group(2))));
        }
        return charts;
    }

    /** A row of the totals table: its cells in order. */
    private static String row(String id, String... cells) {
        return "(?s)id=\"" + id + "\">" + java.util.Arrays.stream(cells)
                .map(cell -> "\\s*<td[^>]*>" + java.util.regex.Pattern.quote(cell) + "</td>")
                .collect(java.util.stream.Collectors.joining());
    }

    private static java.util.List<String> fieldNames(JsonNode object) {
        java.util.List<String> names = new java.util.ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void theOperationsAreListedOnAScreenInTheMenuAndInTheApiWithTheirTaggedCases() {
        long operation = createMekongDragon();
        tag(operation, record(NewCase.methamphetamineAtHaiPhong()), "Phase 1");
        tag(operation, record(NewCase.methamphetamineAtHaiPhong()), null);

        var listed = JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body());
        JsonNode mekong = null;
        for (JsonNode o : listed) {
            if (o.get("id").asLong() == operation) {
                mekong = o;
            }
        }
        assertThat(mekong).as(listed.toString()).isNotNull();
        assertThat(mekong.get("cases").asLong()).isEqualTo(2);
        assertThat(mekong.get("name").asString()).isEqualTo("Mekong Dragon");

        var screen = new org.caunoi.hub.BrowserSession(port);
        screen.logIn("viewer", "demo");
        assertThat(screen.get("/enforcement/operations?lang=vi")).contains("<title>Chiến dịch · CầuNối</title>",
                "href=\"/enforcement/operations/" + operation + "\"", "Ma túy");
        assertThat(screen.get("/enforcement/operations?lang=en")).contains("Joint operations",
                "href=\"/enforcement/operations\"");
    }

    @Test
    void aCorrectionOrAWithdrawalChangesTheTotals() {
        long operation = createMekongDragon();
        long corrected = record(NewCase.methamphetamineAtHaiPhong().with("quantity.value", 10));
        long withdrawn = record(NewCase.methamphetamineAtHaiPhong().with("quantity.value", 7));
        tag(operation, corrected, null);
        tag(operation, withdrawn, null);

        HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + corrected,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 11).with("version", 1).json());
        HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + withdrawn + "/withdraw", "");

        JsonNode totals = totals(operation);
        assertThat(totals.get("cases").asInt()).isEqualTo(1);
        assertThat(totals.at("/byCategory/drugs/kg").decimalValue()).isEqualByComparingTo("11");
    }

    @Test
    void anUnknownPhaseOrCategoryIsABadRequest() {
        long operation = createMekongDragon();
        long id = record(NewCase.methamphetamineAtHaiPhong());

        var unknownPhase = HubClient.as(port, "investigator")
                .postJson("/api/enforcement/operations/" + operation + "/cases/" + id + "?phase=Phase%209", "");
        var unknownCategory = HubClient.as(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"X\", \"categories\": [\"gold\"], \"partners\": [\"HK\"]}");

        assertThat(unknownPhase.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownPhase.body()).at("/errors/0/field").asString()).isEqualTo("phase");
        assertThat(unknownCategory.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownCategory.body()).at("/errors/0/field").asString()).isEqualTo("categories[0]");
    }

    private long createMekongDragon() {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/operations", """
                {"name": "Mekong Dragon", "organisers": ["VN", "CN"], "categories": ["drugs", "precursors", "cites-fauna"],
                 "partners": ["HK", "LA"],
                 "phases": [{"name": "Phase 1", "from": "2026-10-01", "to": "2026-10-31"},
                            {"name": "Phase 2", "from": "2026-11-01", "to": "2026-11-30"}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private void tag(long operation, long caseId, String phase) {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/cases/"
                + caseId + (phase == null ? "" : "?phase=" + phase.replace(" ", "%20")), "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private JsonNode totals(long operation) {
        var response = HubClient.as(port, "analyst").get("/api/enforcement/operations/" + operation + "/totals");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long record(NewCase input) {
        return Recorded.caseOn(port, input);
    }
}
