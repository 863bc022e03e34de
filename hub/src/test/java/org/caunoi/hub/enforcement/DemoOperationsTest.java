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
import org.caunoi.hub.platform.web.Paging;
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
 * in), and in Vietnam's hub a year of generated seizures tagged to them; set up once however often
 * the hub restarts, and never outside demo mode.
 */
@HubTest
class DemoOperationsTest extends HubTest.Base {

    /** The list in one page: the demo's operations are the oldest, past the first page once tests have made enough. */
    private static final String WHOLE_LIST = "/enforcement/operations?size=" + Paging.MAX_SIZE;


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
        mekong.get("phases").forEach(phase -> assertThat(phase.get("from").isNull() && phase.get("to").isNull())
                .as("the facts give no phase's days, so none is made up: %s", phase).isTrue());
        assertThat(mekong.get("nameVi").asString()).as("the glossary's name").isEqualTo("Chiến dịch Con Rồng Mê Kông");

        JsonNode thunderball = operation(demoOperation("Thunderball"));
        assertThat(strings(thunderball.get("organisers"))).containsExactly("WCO", "INTERPOL");
        assertThat(strings(thunderball.get("categories"))).containsExactly("cites-fauna", "cites-flora");
        assertThat(thunderball.get("nameVi").asString()).isEqualTo("Chiến dịch Thunderball");
        assertThat(strings(operation(demoOperation("DEMETER 6")).get("categories"))).containsExactly("hazardous-waste");
        assertThat(operation(demoOperation("DEMETER 6")).get("nameVi").asString()).isEqualTo("Chiến dịch DEMETER 6");
        assertThat(strings(operation(demoOperation("ATS global operation")).get("categories"))).containsExactly("drugs");

        JsonNode listed = JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body());
        listed.forEach(operation -> assertThat(operation.get("demo").asBoolean()).as(operation.toString())
                .isEqualTo(operation.get("id").asLong() == demoOperationOrNone(operation.get("name").asString())));
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        assertThat(browser.get(WHOLE_LIST + "&lang=vi")).contains("class=\"badge demo\">Dữ liệu mẫu</span>",
                ">Chiến dịch Con Rồng Mê Kông</a>", ">Chiến dịch Thunderball</a>");
        assertThat(browser.get(WHOLE_LIST + "&lang=en")).contains(">Mekong Dragon</a>", ">Thunderball</a>");
    }

    @Test
    void anOperationsOrganisersAndPartnersAreNamedCountriesByTheCountryBodiesByTheirName() {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        String thunderball = "/enforcement/operations/" + demoOperation("Thunderball");

        assertThat(browser.get(thunderball + "?lang=en")).contains("id=\"operation-organisers\">"
                + "<span class=\"country\" title=\"WCO\">World Customs Organization (WCO), </span>")
                .contains("id=\"operation-partners\"><span class=\"country\" title=\"WCO\">World Customs Organization (WCO)</span>")
                .doesNotContain(">WCO, <", ">WCO<");
        assertThat(browser.get(thunderball + "?lang=vi")).contains(
                "<span class=\"country\" title=\"WCO\">Tổ chức Hải quan Thế giới (WCO), </span>");
        assertThat(browser.get("/enforcement/operations/" + demoOperation("Mekong Dragon") + "?lang=vi"))
                .as("a country stays named as a country").contains("<span class=\"country\" title=\"CN\">Trung Quốc</span>");
        assertThat(browser.get(WHOLE_LIST + "&lang=en")).as("the list of operations names them too")
                .contains("title=\"WCO\">World Customs Organization (WCO)</span>");
    }

    @Test
    void anOperationWithoutPartnersSaysSoInsteadOfAnEmptyLine() {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        // The facts name no partner of the ATS global operation.
        String ats = "/enforcement/operations/" + demoOperation("ATS global operation");
        assertThat(browser.get(ats + "?lang=vi")).contains("id=\"operation-partners-none\" class=\"muted\">Chưa ghi nhận đối tác nào.</span>");
        assertThat(browser.get(ats + "?lang=en")).contains("id=\"operation-partners-none\" class=\"muted\">None recorded.</span>");
        assertThat(browser.get("/enforcement/operations/" + demoOperation("Thunderball") + "?lang=en"))
                .as("an operation with partners names them only").doesNotContain("operation-partners-none");
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

        JsonNode before = totals(mekong);
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("quantity.value", 2));
        var tagged = HubClient.as(port, "investigator")
                .postJson("/api/enforcement/operations/" + mekong + "/cases/" + id + "?phase=Mekong%20Dragon%20VI", "");
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(204);
        JsonNode after = totals(mekong);
        assertThat(after.get("cases").asLong()).isEqualTo(before.get("cases").asLong() + 1);
        assertThat(drugsKgOfPhaseVi(after).subtract(drugsKgOfPhaseVi(before))).isEqualByComparingTo("2");
    }

    @Test
    void theDemoRecordsLastYearsGeneratedSeizuresAndTagsThemToItsOperations() {
        int lastYear = TestHub.today().getYear() - 1;
        var demo = jdbc.sql("""
                SELECT count(*) AS cases, count(*) FILTER (WHERE extract(year FROM case_date) = ?) AS last_year,
                    count(*) FILTER (WHERE content->>'narrative' LIKE '%không phải vụ bắt giữ thật%') AS said_generated
                FROM enforcement.case_record WHERE created_by = 'demo-facts'""")
                .param(lastYear).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        assertThat(demo).as("cases, of last year, saying they are generated").containsExactly(48L, 48L, 48L);
        assertThat(jdbc.sql("""
                SELECT (content->>'description') || ' / ' || (content->>'concealment') FROM enforcement.case_record
                WHERE created_by = 'demo-facts' AND category = 'cites-fauna'""").query(String.class).list())
                .as("written in Vietnamese, as Vietnam's officers write their cases")
                .contains("Vảy tê tê / Bao tải giấu dưới hạt điều")
                .noneMatch(text -> text.matches(".*\\b(in|of|and|under|Declared)\\b.*"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry
                WHERE actor = 'demo-facts' AND action = 'CREATE' AND record_type = 'enforcement-case'""")
                .query(Long.class).single()).as("recorded in the audit trail by the demo").isEqualTo(48);

        // DEMETER 6 is the demo's alone: its totals are exactly its tagged demo cases, by weight.
        long demeter = demoOperation("DEMETER 6");
        var waste = jdbc.sql("""
                SELECT count(*), sum(kg) FROM enforcement.case_record
                WHERE created_by = 'demo-facts' AND category = 'hazardous-waste'""")
                .query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2))).single();
        JsonNode totals = totals(demeter);
        assertThat(totals.get("cases").asLong()).isPositive().isEqualTo(waste.get(0).longValue());
        assertThat(totals.at("/byCategory/hazardous-waste/kg").decimalValue()).isEqualByComparingTo(waste.get(1));
        // Mekong Dragon's are in its latest phase; the ATS operation and Thunderball have theirs too.
        assertThat(totals(demoOperation("Mekong Dragon")).at("/byPhase/Mekong Dragon VI/drugs/kg").decimalValue())
                .isPositive();
        assertThat(totals(demoOperation("Thunderball")).get("cases").asLong()).isPositive();
        assertThat(totals(demoOperation("ATS global operation")).get("cases").asLong()).isPositive();

        // Marked as the demo's in the API and on the list, in the officer's language.
        JsonNode listed = JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/cases?operation=" + demeter).body());
        assertThat(listed.size()).isEqualTo(waste.get(0).intValue());
        listed.forEach(row -> assertThat(row.get("demo").asBoolean()).as(row.toString()).isTrue());
        assertThat(JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/cases/" + listed.get(0).get("id").asLong())
                .body()).get("demo").asBoolean()).as("one case marked as the list marks it").isTrue();
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        assertThat(browser.get("/enforcement/cases?category=hazardous-waste&lang=vi"))
                .contains("title=\"Vụ việc do hệ thống tạo làm dữ liệu mẫu, không phải vụ bắt giữ thật\">Dữ liệu mẫu</span>");
    }

    @Test
    void theDemoOperationsAreSetUpOnceAcrossRestartsAndNeverOutsideDemoMode() {
        Path dataDir = TestHub.newDataDir("enforcement-demo-operations");
        Map<String, Long> first;
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=true")) {
            first = demoOperations(hub);
            assertThat(first).containsOnlyKeys("Mekong Dragon", "Thunderball", "DEMETER 6", "ATS global operation");
            assertThat(cases(hub)).isEqualTo(48);
        }
        try (var restarted = TestHub.start(dataDir, "--caunoi.demo=true")) {
            assertThat(demoOperations(restarted)).as("a restart adds none").isEqualTo(first);
            assertThat(restarted.getBean(JdbcClient.class).sql("SELECT count(*) FROM enforcement.operation")
                    .query(Long.class).single()).isEqualTo(4);
            assertThat(cases(restarted)).as("a restart adds no cases").isEqualTo(48);
        }
        try (var production = TestHub.start(TestHub.newDataDir("enforcement-production"), "--caunoi.demo=false",
                "--caunoi.admin-password=correct-horse-battery")) {
            assertThat(production.getBean(JdbcClient.class).sql("SELECT count(*) FROM enforcement.operation")
                    .query(Long.class).single()).isZero();
            assertThat(cases(production)).isZero();
        }
        try (var hongKong = TestHub.start(TestHub.newDataDir("enforcement-demo-hk"), "--caunoi.demo=true",
                "--caunoi.node=HK")) {
            assertThat(demoOperations(hongKong)).as("every node has the operations").hasSize(4);
            assertThat(cases(hongKong)).as("the seizures are Vietnam's").isZero();
        }
    }

    @Test
    void phasesTheFactsListWithTheirDaysGetThoseDaysAndNoOthers() throws Exception {
        Path dataDir = TestHub.newDataDir("enforcement-demo-dated-phases");
        Path facts = java.nio.file.Files.writeString(dataDir.resolveSibling("dated-phases-facts.yaml"), """
                joint_operations:
                  - name: "Mekong Dragon"
                    name_vi: "Chiến dịch Con Rồng Mê Kông"
                    targets: ["drugs"]
                    phases:
                      - {name: "Mekong Dragon II", from: 2020-06-01, to: "2020-11-12"}
                      - {name: "Mekong Dragon III", from: "2021"}
                """);
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=true", "--caunoi.demo-facts=" + facts)) {
            var phases = hub.getBean(JdbcClient.class).sql("""
                    SELECT p.name || ' ' || coalesce(p.starts_on::text, '-') || ' ' || coalesce(p.ends_on::text, '-')
                    FROM enforcement.operation_phase p JOIN enforcement.operation o ON o.id = p.operation_id
                    WHERE o.name = 'Mekong Dragon' ORDER BY p.name""").query(String.class).list();
            assertThat(phases).as("a year is no day: left open").containsExactly("Mekong Dragon II 2020-06-01 2020-11-12",
                    "Mekong Dragon III - -");
        }
    }

    private static java.math.BigDecimal drugsKgOfPhaseVi(JsonNode totals) {
        JsonNode kg = totals.at("/byPhase/Mekong Dragon VI/drugs/kg");
        return kg.isMissingNode() ? java.math.BigDecimal.ZERO : kg.decimalValue();
    }

    private static long cases(ConfigurableApplicationContext hub) {
        return hub.getBean(JdbcClient.class).sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
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
