package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo carries the joint operations of the cooperation facts, their targets as case categories
 * and their totals computed from tagged cases only (the facts' real-world results are never typed
 * in); set up once however often the hub restarts, and never outside demo mode.
 */
@HubTest
class DemoOperationsTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCarriesTheOperationsOfTheFactsMappedToCaseCategories() {
        JsonNode mekong = operation(demoOperation("Mekong Dragon"));
        assertThat(strings(mekong.get("organisers"))).containsExactly("VN", "CN");
        assertThat(strings(mekong.get("partners"))).as("the other initiator; this hub is VN").containsExactly("CN");
        assertThat(strings(mekong.get("categories"))).containsExactly("drugs", "precursors", "cites-fauna");
        List<String> phases = new ArrayList<>();
        mekong.get("phases").forEach(phase -> phases.add(phase.get("name").asString()));
        assertThat(phases).containsExactlyInAnyOrder("Mekong Dragon I", "Mekong Dragon II", "Mekong Dragon III",
                "Mekong Dragon IV", "Mekong Dragon V", "Mekong Dragon VI");

        JsonNode thunderball = operation(demoOperation("Thunderball"));
        assertThat(strings(thunderball.get("organisers"))).containsExactly("WCO", "INTERPOL");
        assertThat(strings(thunderball.get("categories"))).containsExactly("cites-fauna", "cites-flora");
        assertThat(strings(operation(demoOperation("DEMETER 6")).get("categories"))).containsExactly("hazardous-waste");
        assertThat(strings(operation(demoOperation("ATS global operation")).get("categories"))).containsExactly("drugs");

        JsonNode listed = JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body());
        listed.forEach(operation -> assertThat(operation.get("demo").asBoolean()).as(operation.toString())
                .isEqualTo(operation.get("id").asLong() == demoOperationOrNone(operation.get("name").asString())));
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        assertThat(browser.get("/enforcement/operations?lang=vi")).contains("class=\"badge demo\">Dữ liệu mẫu</span>");
    }

    @Test
    void aDemoOperationsTotalsComeFromItsTaggedCasesNotFromTheFactsFigures() {
        long mekong = demoOperation("Mekong Dragon");
        var browser = new BrowserSession(port);
        browser.logIn("analyst", "demo");
        String page = browser.get("/enforcement/operations/" + mekong + "?lang=en");
        assertThat(page).contains("Mekong Dragon", "Mekong Dragon VI")
                .as("the facts' cumulative results (5600 cases, 75 t of drugs) are not shown as totals")
                .doesNotContain("5600", "5,600", "14000");

        long before = totals(mekong).get("cases").asLong();
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("quantity.value", 2));
        var tagged = HubClient.as(port, "investigator")
                .postJson("/api/enforcement/operations/" + mekong + "/cases/" + id + "?phase=Mekong%20Dragon%20VI", "");
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(204);
        assertThat(totals(mekong).get("cases").asLong()).isEqualTo(before + 1);
        assertThat(totals(mekong).at("/byPhase/Mekong Dragon VI/drugs/kg").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void theDemoOperationsAreSetUpOnceAcrossRestartsAndNeverOutsideDemoMode() {
        Path dataDir = TestHub.newDataDir("enforcement-demo-operations");
        Map<String, Long> first;
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=true")) {
            first = demoOperations(hub);
            assertThat(first).containsOnlyKeys("Mekong Dragon", "Thunderball", "DEMETER 6", "ATS global operation");
        }
        try (var restarted = TestHub.start(dataDir, "--caunoi.demo=true")) {
            assertThat(demoOperations(restarted)).as("a restart adds none").isEqualTo(first);
            assertThat(restarted.getBean(JdbcClient.class).sql("SELECT count(*) FROM enforcement.operation")
                    .query(Long.class).single()).isEqualTo(4);
        }
        try (var production = TestHub.start(TestHub.newDataDir("enforcement-production"), "--caunoi.demo=false",
                "--caunoi.admin-password=correct-horse-battery")) {
            assertThat(production.getBean(JdbcClient.class).sql("SELECT count(*) FROM enforcement.operation")
                    .query(Long.class).single()).isZero();
        }
    }

    private static Map<String, Long> demoOperations(ConfigurableApplicationContext hub) {
        Map<String, Long> byName = new java.util.TreeMap<>();
        hub.getBean(JdbcClient.class).sql("SELECT name, id FROM enforcement.operation WHERE created_by = 'demo-facts'")
                .query((rs, n) -> byName.put(rs.getString("name"), rs.getLong("id"))).list();
        return byName;
    }

    private long demoOperation(String name) {
        return jdbc.sql("SELECT id FROM enforcement.operation WHERE created_by = 'demo-facts' AND name = ?").param(name)
                .query(Long.class).single();
    }

    /** The demo's operation of that name, or -1 where the demo has none (one a test created). */
    private long demoOperationOrNone(String name) {
        return jdbc.sql("SELECT id FROM enforcement.operation WHERE created_by = 'demo-facts' AND name = ?").param(name)
                .query(Long.class).optional().orElse(-1L);
    }

    private JsonNode operation(long id) {
        return JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations/" + id).body());
    }

    private JsonNode totals(long id) {
        return JSON.readTree(HubClient.as(port, "analyst").get("/api/enforcement/operations/" + id + "/totals").body());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
