package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.browser.Chromium;
import org.caunoi.hub.exchange.DemoHubs;
import org.caunoi.hub.exchange.PayloadSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payload versions negotiated per partner between two real hubs (Vietnam sending, Hong Kong receiving) over
 * real AS4: Vietnam learns from Hong Kong's own {@code GET /schemas} which versions it takes, or an
 * administrator sets them, and a partner recorded at version 1 gets what a hub of the earlier release reads.
 * A small HTTP server stands for a foreign hub of the earlier release where its list is needed.
 */
class PayloadVersionsBetweenHubsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a hub of the earlier release lists at {@code GET /schemas}: every payload in version 1. */
    private static final String EARLIER_RELEASE_LIST = """
            [{"type":"assistance/Reminder","schema":"/schemas/assistance/reminder-1.schema.json"},
             {"type":"enforcement/CaseReport","schema":"/schemas/enforcement/case-report-1.schema.json"},
             {"type":"enforcement/OperationAlert","schema":"/schemas/enforcement/operation-alert-1.schema.json"},
             {"type":"exchange/Ping","schema":"/schemas/exchange/ping-1.xsd"}]""";

    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;

    @BeforeAll
    static void startBothHubs() {
        hk = NETWORK.startHk();
        vn = NETWORK.startVn();
    }

    @Test
    void vietnamLearnsFromHongKongsOwnSchemaListThatItTakesThisReleasesVersions() {
        String listed = HubClient.anonymous(NETWORK.hkPort).get("/schemas").body();
        assertThat(listed).as("both reminder versions are taken, and listed").contains(
                "/schemas/assistance/reminder-1.schema.json", "/schemas/assistance/reminder-2.schema.json",
                "/schemas/enforcement/case-report-1.schema.json", "/schemas/enforcement/case-report-2.schema.json");
        setByHand("HK", "{\"enforcement/CaseReport\": 1, \"assistance/Reminder\": 1}");

        var checked = vnAs("admin").postJson("/api/partners/HK/connection/versions/check", "");

        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode caseReport = version(JSON.readTree(checked.body()), "enforcement/CaseReport");
        assertThat(caseReport.get("partnerVersion").asInt()).isEqualTo(2);
        assertThat(caseReport.get("writtenVersion").asInt()).isEqualTo(2);
        assertThat(caseReport.get("source").asString()).isEqualTo("partner-list");
        assertThat(caseReport.get("recordedBy").asString()).isEqualTo("admin");
        assertThat(version(versions("HK"), "assistance/Reminder").get("partnerVersion").asInt()).isEqualTo(2);
        assertThat(vnAs("liaison").postJson("/api/partners/HK/connection/versions/check", "").statusCode())
                .as("an administrator's action").isEqualTo(403);
        awaitAudited("EXCHANGE_VERSIONS_LEARN", "enforcement/CaseReport 2");
    }

    @Test
    void anAdministratorSetsAVersionByHandOnlyOneThisHubWritesAndThePageShowsItInBothLanguages() throws IOException {
        assertThat(vnAs("liaison").putJson("/api/partners/HK/connection/versions", "{\"enforcement/CaseReport\": 1}")
                .statusCode()).isEqualTo(403);
        var tooHigh = vnAs("admin").putJson("/api/partners/HK/connection/versions?lang=en",
                "{\"enforcement/CaseReport\": 3, \"enforcement/Unknown\": 1}");
        assertThat(tooHigh.statusCode()).as(tooHigh.body()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("enforcement/CaseReport", "in versions 1, 2 only", "enforcement/Unknown");
        assertThat(version(versions("HK"), "enforcement/CaseReport").get("source").asString())
                .as("nothing recorded from a refused request").isNotEqualTo("administrator");

        setByHand("HK", "{\"enforcement/CaseReport\": 1}");

        JsonNode caseReport = version(versions("HK"), "enforcement/CaseReport");
        assertThat(caseReport.get("partnerVersion").asInt()).isEqualTo(1);
        assertThat(caseReport.get("ownVersion").asInt()).isEqualTo(2);
        assertThat(caseReport.get("source").asString()).isEqualTo("administrator");
        awaitAudited("EXCHANGE_VERSIONS_SET", "enforcement/CaseReport 1");
        var admin = new BrowserSession(NETWORK.vnPort);
        admin.logIn("admin", "demo");
        assertThat(admin.get("/exchange/partners/HK/connection?lang=en")).contains("Payload versions",
                "id=\"version-enforcement-CaseReport\"", "(sent as version 1)", "Set by an administrator on",
                "id=\"check-versions\"");
        assertThat(admin.get("/exchange/partners/HK/connection?lang=vi")).contains("Phiên bản nội dung thông điệp",
                "(gửi ở phiên bản 1)", "Quản trị viên đặt ngày");
        assertThat(inTheBrowser("/partners/HK?lang=en")).contains("Payload versions", "Case report", "version 2",
                "version 1 (sent as version 1)", "Check the partner's versions");
        var liaison = new BrowserSession(NETWORK.vnPort);
        liaison.logIn("liaison", "demo");
        assertThat(liaison.get("/exchange/partners/HK/connection?lang=en")).contains("(sent as version 1)")
                .doesNotContain("id=\"check-versions\"");
    }

    @Test
    void aPartnerRecordedAtVersion1ReceivesTheCaseReportAndTheAlertInVersion1() {
        setByHand("HK", "{\"enforcement/CaseReport\": 1, \"enforcement/OperationAlert\": 1}");
        long id = Recorded.caseOn(NETWORK.vnPort, NewCase.methamphetamineAtHaiPhong());
        var shared = vnAs("investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\":[\"HK\"],\"purpose\":\"investigation\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(shared.body()).get(0);
        assertThat(outcome.get("form").asString()).as("Hong Kong's agreements allow the nominal form").isEqualTo("nominal");

        String caseAtHongKong = awaitStoredAtHongKong(outcome.get("messageId").asString());
        assertThat(caseAtHongKong).contains("Nguyễn Văn Hùng").doesNotContain("nonNominal");
        assertThat(PayloadSchema.json("enforcement/schemas/case-report-1.schema.json")
                .problemWith(caseAtHongKong.getBytes(StandardCharsets.UTF_8))).as("what an earlier hub takes").isEmpty();

        long operation = operation("Versions Alerts " + id, "HK");
        var alerted = vnAs("investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Container CSQU3054383 for Nguyễn Văn Hùng " + id + "\", \"purpose\": \"investigation\"}");
        assertThat(alerted.statusCode()).as(alerted.body()).isEqualTo(201);
        String alertMessage = JSON.readTree(alerted.body()).get("recipients").get(0).get("messageId").asString();
        String alertAtHongKong = awaitStoredAtHongKong(alertMessage);
        assertThat(alertAtHongKong).contains("Nguyễn Văn Hùng " + id).doesNotContain("nonNominalText");
        assertThat(PayloadSchema.json("enforcement/schemas/operation-alert-1.schema.json")
                .problemWith(alertAtHongKong.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aCourtesyReminderToAPartnerRecordedAtVersion1IsRefusedWithNothingQueuedAndTheOverdueOneStillGoes() {
        setByHand("HK", "{\"assistance/Reminder\": 1}");
        var created = vnAs("liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Was certificate E2699001 issued by your authority?", "concerns": "Form E certificate E2699001"}""");
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(vnAs("supervisor").post("/api/assistance/requests/" + id + "/approve", "application/json", new byte[0])
                .statusCode()).isEqualTo(200);
        JdbcClient vnDatabase = vn.getBean(JdbcClient.class);
        vnDatabase.sql("UPDATE assistance.request SET deadline = ? WHERE id = ?").params(java.sql.Date.valueOf(TestHub.today().plusDays(3)), id).update();
        long queuedBefore = queuedToHongKong();

        var english = vnAs("liaison").post("/api/assistance/requests/" + id + "/courtesy-reminder?lang=en",
                "application/json", new byte[0]);
        var vietnamese = vnAs("liaison").post("/api/assistance/requests/" + id + "/courtesy-reminder?lang=vi",
                "application/json", new byte[0]);

        assertThat(english.statusCode()).as(english.body()).isEqualTo(409);
        assertThat(JSON.readTree(english.body()).get("detail").asString()).isEqualTo("The hub of Customs and Excise "
                + "Department, Hong Kong, China does not take courtesy reminders yet: its release is earlier. Once the reply "
                + "deadline has passed, send a reminder, which every release takes.");
        assertThat(JSON.readTree(vietnamese.body()).get("detail").asString()).startsWith("Hệ thống của Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) ")
                .contains("chưa nhận nhắc hạn trả lời: hệ thống đó thuộc bản phát hành cũ hơn.");
        assertThat(queuedToHongKong()).as("nothing queued").isEqualTo(queuedBefore);
        assertThat(vnAs("liaison").get("/api/assistance/requests/" + id).body()).doesNotContain("courtesy-reminder-sent");
        var liaisonScreen = new BrowserSession(NETWORK.vnPort);
        liaisonScreen.logIn("liaison", "demo");
        assertThat(liaisonScreen.get("/assistance/requests/" + id + "?lang=en")).as("the page says why, with no button")
                .contains("id=\"courtesy-reminder-partner-earlier\"", "does not take courtesy reminders yet")
                .doesNotContain("id=\"courtesy-reminder\"");

        vnDatabase.sql("UPDATE assistance.request SET deadline = ? WHERE id = ?").params(java.sql.Date.valueOf(TestHub.today().minusDays(1)), id).update();
        var overdue = vnAs("liaison").post("/api/assistance/requests/" + id + "/remind", "application/json", new byte[0]);
        assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
        String reminder = vnDatabase.sql("""
                SELECT convert_from(payload, 'UTF8') FROM exchange.outbound_message
                WHERE action = 'Reminder' AND partner_code = 'HK' ORDER BY created_at DESC LIMIT 1""")
                .query(String.class).single();
        assertThat(PayloadSchema.json("assistance/schemas/reminder-1.schema.json")
                .problemWith(reminder.getBytes(StandardCharsets.UTF_8))).as(reminder).isEmpty();
    }

    @Test
    void anEarlierReleasesListIsLearnedOnSavingTheConnectionAndAnUnreachableListLeavesTheRecordAsItWas() throws IOException {
        HttpServer earlierHub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        earlierHub.createContext("/schemas", exchange -> {
            byte[] body = EARLIER_RELEASE_LIST.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        earlierHub.start();
        String address = "http://127.0.0.1:" + earlierHub.getAddress().getPort() + "/as4";
        String partyId = JSON.readTree(vnAs("admin").get("/api/partners/LA/connection").body()).get("partyId").asString();
        try {
            var saved = vnAs("admin").putJson("/api/partners/LA/connection",
                    "{\"endpoint\": \"" + address + "\", \"partyId\": \"" + partyId + "\"}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(saved.body()).doesNotContain("versionsProblem");
        }
        finally {
            earlierHub.stop(0);
        }
        JsonNode learned = version(versions("LA"), "enforcement/CaseReport");
        assertThat(learned.get("partnerVersion").asInt()).isEqualTo(1);
        assertThat(learned.get("source").asString()).isEqualTo("partner-list");
        assertThat(version(versions("LA"), "assistance/Reminder").get("writtenVersion").asInt()).isEqualTo(1);
        JsonNode before = versions("LA");

        var unreachable = vnAs("admin").postJson("/api/partners/LA/connection/versions/check?lang=en", "");

        assertThat(unreachable.statusCode()).as(unreachable.body()).isEqualTo(502);
        assertThat(JSON.readTree(unreachable.body()).get("detail").asString()).startsWith("The hub of ")
                .contains("did not answer at http://127.0.0.1:" + earlierHub.getAddress().getPort() + "/schemas",
                        "those recorded before stand");
        assertThat(versions("LA")).as("the record as it was").isEqualTo(before);
        awaitAudited("EXCHANGE_VERSIONS_UNREADABLE", "/schemas");
        var admin = new BrowserSession(NETWORK.vnPort);
        admin.logIn("admin", "demo");
        assertThat(admin.postFormForPage("/exchange/partners/LA/versions/check?lang=en", ""))
                .contains("id=\"versions-problem\"", "did not answer at", "Read from the partner");
        assertThat(admin.postFormForPage("/exchange/partners/LA/versions/check?lang=vi", ""))
                .contains("id=\"versions-problem\"", "không trả lời tại");
    }

    /** The payload versions section of a page as the administrator sees it in Chromium, after htmx has loaded it. */
    private static String inTheBrowser(String page) throws IOException {
        ChromeDriver browser = Chromium.start();
        try {
            browser.get("http://127.0.0.1:" + NETWORK.vnPort + page);
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("sign-in")).click();
            var section = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("payload-versions")));
            new Actions(browser).scrollToElement(section).perform();
            Chromium.screenshot(browser, "exchange-payload-versions-en");
            return section.getText();
        }
        finally {
            browser.quit();
        }
    }

    private static void setByHand(String partner, String versions) {
        var set = vnAs("admin").putJson("/api/partners/" + partner + "/connection/versions", versions);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    private static JsonNode versions(String partner) {
        var response = vnAs("viewer").get("/api/partners/" + partner + "/connection/versions");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode version(JsonNode versions, String type) {
        for (JsonNode version : versions) {
            if (version.get("type").asString().equals(type)) {
                return version;
            }
        }
        throw new AssertionError(type + " is not in " + versions);
    }

    /** The payload of a message as Hong Kong's hub stored it on arrival. */
    private static String awaitStoredAtHongKong(String messageId) {
        JdbcClient hkDatabase = hk.getBean(JdbcClient.class);
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> hkDatabase
                .sql("SELECT convert_from(payload, 'UTF8') FROM exchange.inbound_message WHERE message_id = ?")
                .param(messageId).query(String.class).optional().orElse(null), payload -> payload != null);
    }

    private static long queuedToHongKong() {
        return vn.getBean(JdbcClient.class).sql("SELECT count(*) FROM exchange.outbound_message WHERE partner_code = 'HK'")
                .query(Long.class).single();
    }

    /** An entry of the action in Vietnam's audit trail whose details mention the words, once written. */
    private static void awaitAudited(String action, String words) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(vn.getBean(JdbcClient.class)
                .sql("SELECT details FROM platform.audit_entry WHERE action = ?").param(action).query(String.class).list())
                .anyMatch(details -> details.contains(words)));
    }

    private static long operation(String name, String... partners) {
        var response = vnAs("investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"" + name + "\", \"categories\": [\"drugs\"], \"partners\": " + JSON.writeValueAsString(List.of(partners))
                        + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static HubClient vnAs(String user) {
        return HubClient.as(NETWORK.vnPort, user);
    }
}
