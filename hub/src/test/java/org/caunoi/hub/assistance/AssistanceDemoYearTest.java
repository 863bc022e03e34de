package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo year: in demo mode last year is filled with generated requests, each flagged and shown as
 * demo data, once however often the hub restarts; in production mode there are none, and those a
 * demo run left are removed.
 */
class AssistanceDemoYearTest {

    static final int LAST_YEAR = TestHub.today().getYear() - 1;

    @Test
    void demoModeFillsLastYearOnceWithRequestsMarkedAsDemoDataAndProductionModeHasNone() {
        Path dataDir = TestHub.newDataDir("assistance-demo-year");
        long generated;
        try (var hub = start(dataDir, "--caunoi.demo=true")) {
            int port = port(hub);
            String figures = HubClient.as(port, "supervisor").get("/api/assistance/figures?year=" + LAST_YEAR).body();
            assertThat((Integer) JsonPath.read(figures, "$.received")).as("the published order of magnitude").isEqualTo(166);
            assertThat((Integer) JsonPath.read(figures, "$.answered")).isEqualTo(131);
            assertThat((Integer) JsonPath.read(figures, "$.sent")).as("and some sent to partners").isEqualTo(42);
            assertThat((Integer) JsonPath.read(figures, "$.demo")).as("all of them demo data").isEqualTo(166 + 42);
            assertThat(JsonPath.<Map<String, Object>>read(figures, "$.perPartner")).hasSizeGreaterThan(3);

            List<Map<String, Object>> listed = JsonPath.read(HubClient.as(port, "supervisor")
                    .get("/api/assistance/requests?direction=in&year=" + LAST_YEAR).body(), "$[*]");
            assertThat(listed).hasSize(166).allSatisfy(request -> assertThat(request.get("demo")).isEqualTo(true));
            // Each names the agreements it was exchanged under, and none is with a partner the hub would
            // refuse a request to (Lao PDR's demo agreements cover non-nominal enforcement data only).
            assertThat(listed).allSatisfy(request -> assertThat((List<?>) request.get("agreementIds")).isNotEmpty())
                    .noneSatisfy(request -> assertThat(request.get("partner")).isEqualTo("LA"));
            // What Vietnam wrote is in Vietnamese; what the partners wrote stays in their English.
            assertThat(listed).allSatisfy(request -> assertThat((String) request.get("questions")).startsWith("Please "));
            assertThat(listed).filteredOn(request -> request.get("answerText") != null).isNotEmpty()
                    .allSatisfy(request -> assertThat(request.get("answerText")).isEqualTo("Trả lời mẫu."));
            List<Map<String, Object>> sent = JsonPath.read(HubClient.as(port, "supervisor")
                    .get("/api/assistance/requests?direction=out&year=" + LAST_YEAR).body(), "$[*]");
            assertThat(sent).isNotEmpty()
                    .allSatisfy(request -> assertThat((String) request.get("questions")).startsWith("Đề nghị "));
            assertThat(sent).filteredOn(request -> request.get("answerText") != null).isNotEmpty()
                    .allSatisfy(request -> assertThat(request.get("answerText")).isEqualTo("Demo answer."));

            var browser = new BrowserSession(port);
            browser.logIn("liaison", "demo");
            assertThat(browser.get("/assistance/figures?year=" + LAST_YEAR + "&lang=en")).contains("id=\"figures-demo\"")
                    .contains("208 of the 208 requests counted are demo data");
            assertThat(browser.get("/assistance/requests?year=" + LAST_YEAR + "&lang=en")).contains("class=\"badge demo\"");
            assertThat(browser.get("/assistance/requests/" + listed.getFirst().get("id") + "?lang=vi"))
                    .contains("id=\"request-demo\"").contains("Dữ liệu mẫu");
            assertThat(browser.get("/assistance/requests/" + listed.getFirst().get("id") + "?lang=en"))
                    .as("the legal basis named on the request's page, linked to the agreement")
                    .containsPattern("id=\"request-legal-basis\"><a href=\"/agreements/\\d+\">[^<]+</a>")
                    .doesNotContain("No agreement recorded");
            // Last year's deadlines have passed: an answered request has no days left or overdue, an unanswered one is overdue.
            Object answered = listed.stream().filter(request -> "answered".equals(request.get("state"))).findFirst()
                    .orElseThrow().get("id");
            assertThat(browser.get("/assistance/requests/" + answered + "?lang=vi")).doesNotContain("(còn").doesNotContain("quá hạn");
            // Spontaneous information expects no answer: it has no deadline and is never overdue.
            Object owed = listed.stream().filter(request -> "received".equals(request.get("state"))
                    && !"spontaneous-information".equals(request.get("kind"))).findFirst()
                    .orElseThrow().get("id");
            assertThat(browser.get("/assistance/requests/" + owed + "?lang=vi")).containsPattern("\\(quá hạn \\d+ ngày\\)")
                    .doesNotContain("(còn -");
            assertThat(browser.get("/assistance/figures/export?year=" + LAST_YEAR + "&format=csv&lang=en"))
                    .contains("Of which demo data").contains(",166,131,");
            generated = demoRows(hub);
            String history = "/api/assistance/requests/" + listed.getFirst().get("id");
            assertThat(JsonPath.<List<String>>read(HubClient.as(port, "supervisor").get(history, "en").body(),
                    "$.history[*].details")).isNotEmpty().containsOnly("demo data");
            assertThat(JsonPath.<List<String>>read(HubClient.as(port, "supervisor").get(history, "vi").body(),
                    "$.history[*].details")).isNotEmpty().containsOnly("dữ liệu mẫu");
            assertThat(demoYearAudit(hub, Locale.ENGLISH)).isEqualTo(generated + " demo requests generated for " + LAST_YEAR);
            assertThat(demoYearAudit(hub, Locale.of("vi")))
                    .isEqualTo("đã tạo " + generated + " yêu cầu hỗ trợ mẫu cho năm " + LAST_YEAR);
        }

        try (var restarted = start(dataDir, "--caunoi.demo=true")) {
            assertThat(demoRows(restarted)).as("a restart adds none").isEqualTo(generated);
        }

        // The demo start installed the demo network's keys, which outside demo mode open only with their password given.
        try (var production = start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=correct-horse-battery",
                "--caunoi.exchange.keystore-password=caunoi-demo")) {
            assertThat(demoRows(production)).as("no demo data in production").isZero();
            assertThat(demoYearAudit(production, Locale.ENGLISH))
                    .isEqualTo(generated + " demo requests removed outside demo mode");
            String figures = new HubClient(port(production), "admin", "correct-horse-battery")
                    .get("/api/assistance/figures?year=" + LAST_YEAR).body();
            assertThat((Integer) JsonPath.read(figures, "$.received")).isZero();
        }
    }

    @Test
    void productionModeGeneratesNoDemoYear() {
        try (var production = start(TestHub.newDataDir("assistance-production"), "--caunoi.demo=false",
                "--caunoi.admin-password=correct-horse-battery")) {
            assertThat(production.getBean(JdbcClient.class).sql("SELECT count(*) FROM assistance.request")
                    .query(Long.class).single()).isZero();
        }
    }

    private static long demoRows(ConfigurableApplicationContext hub) {
        return hub.getBean(JdbcClient.class).sql("SELECT count(*) FROM assistance.request WHERE demo").query(Long.class)
                .single();
    }

    /** The details of the latest audit entry of the demo year, in the language. */
    private static String demoYearAudit(ConfigurableApplicationContext hub, Locale language) {
        String stored = hub.getBean(JdbcClient.class)
                .sql("SELECT details FROM platform.audit_entry WHERE action = 'ASSISTANCE_DEMO_YEAR' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        return hub.getBean(Sentences.class).render(stored, language);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... args) {
        return TestHub.start(dataDir, args);
    }

    private static int port(ConfigurableApplicationContext hub) {
        return TestHub.port(hub);
    }
}
