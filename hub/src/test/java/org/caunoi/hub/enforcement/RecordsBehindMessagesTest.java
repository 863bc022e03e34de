package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.DemoHubs;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Partners;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No dead ends between the exchange, the partners and the records, over real AS4 between the Vietnam and
 * Hong Kong demo hubs: a message's page links to the case or request it carries, on the sending hub and on
 * the receiving one; a partner's page counts the records exchanged with it and links to their lists. Need
 * to know holds: a request of the International Cooperation Department is neither linked nor counted for a
 * viewer of the Anti-Smuggling Investigation Department.
 */
class RecordsBehindMessagesTest {

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
    void aCaseReportsMessageLinksToTheCaseItSharedAndToTheCaseReceivedAtThePartner() {
        long id = Recorded.caseOn(NETWORK.vnPort, NewCase.methamphetamineAtHaiPhong());
        String reference = JsonPath.read(HubClient.as(NETWORK.vnPort, "investigator").get("/api/enforcement/cases/" + id)
                .body(), "$.reference");
        String messageId = JsonPath.read(share(id), "$[0].messageId");
        long received = awaitReceivedAtHongKong(reference);

        BrowserSession analyst = signedIn(NETWORK.vnPort, "analyst");
        String sentPage = analyst.get("/exchange/messages/out/" + messageId + "?lang=en");
        String sentList = analyst.get("/exchange/messages?direction=out&partner=HK&type=enforcement/CaseReport");
        BrowserSession hongKongViewer = signedIn(NETWORK.hkPort, "viewer");
        String receivedPage = hongKongViewer.get("/exchange/messages/in/" + messageId + "?lang=vi");

        assertThat(sentPage).contains("href=\"/enforcement/cases/" + id + "\">" + reference + "</a>", "Case shared");
        assertThat(sentList).as("the list of messages links each to its record too")
                .containsPattern("data-message-id=\"" + java.util.regex.Pattern.quote(messageId) + "\"(?:(?!</tr>)[\\s\\S])*href=\"/enforcement/cases/"
                        + id + "\"");
        assertThat(receivedPage).contains("href=\"/enforcement/received/" + received + "\">" + reference + "</a>",
                "Vụ việc nhận được từ đối tác");
        assertThat(hongKongViewer.get("/enforcement/received/" + received)).as("the link opens for its reader")
                .contains(reference);
        String vietnam = hk.getBean(Partners.class).partner("VN").orElseThrow().nameEn();
        assertThat(hongKongViewer.get("/enforcement/received?source=VN&lang=en"))
                .as("the received list's partner is chosen by its name").contains(reference)
                .containsPattern("<option value=\"VN\"[^>]*selected[^>]*>" + java.util.regex.Pattern.quote(vietnam) + "</option>");
    }

    @Test
    void theCaseListFiltersTheCasesSharedWithAPartnerEachCaseOnceHoweverManyVersionsWentThere() {
        long shared = Recorded.caseOn(NETWORK.vnPort, NewCase.methamphetamineAtHaiPhong());
        long kept = Recorded.caseOn(NETWORK.vnPort, NewCase.methamphetamineAtHaiPhong().with("quantity.value", 2.5));
        share(shared);
        var corrected = HubClient.as(NETWORK.vnPort, "investigator").putJson("/api/enforcement/cases/" + shared,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.1).with("version", 1).json());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        HubClient viewer = HubClient.as(NETWORK.vnPort, "viewer");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JsonPath.<List<Object>>read(
                viewer.get("/api/enforcement/cases/" + shared).body(), "$.shares[?(@.partner == 'HK')]"))
                .as("both versions went to Hong Kong").hasSize(2));

        var listed = viewer.get("/api/enforcement/cases?sharedWith=hk&size=500");
        List<Number> ids = JsonPath.read(listed.body(), "$[*].id");
        List<Number> everyCase = JsonPath.read(viewer.get("/api/enforcement/cases?size=500").body(), "$[*].id");
        String sharedReference = JsonPath.read(corrected.body(), "$.reference");
        String keptReference = JsonPath.read(viewer.get("/api/enforcement/cases/" + kept).body(), "$.reference");
        Partner hongKong = vn.getBean(Partners.class).partner("HK").orElseThrow();
        BrowserSession screen = signedIn(NETWORK.vnPort, "viewer");
        String english = screen.get("/enforcement/cases?sharedWith=HK&size=200&lang=en");
        String vietnamese = screen.get("/enforcement/cases?sharedWith=HK&size=200&lang=vi");

        assertThat(ids.stream().map(Number::longValue).toList()).as("the shared case once, the other not at all")
                .containsOnlyOnce(shared).doesNotContain(kept);
        assertThat(everyCase.stream().map(Number::longValue).toList()).as("without the filter both are listed")
                .contains(shared, kept);
        assertThat(listed.headers().firstValue("X-Total-Count")).contains(String.valueOf(ids.size()));
        assertThat(english).contains("id=\"case-" + sharedReference + "\"", "Shared with")
                .doesNotContain("id=\"case-" + keptReference + "\"")
                .containsPattern(selected("HK", hongKong.nameEn()));
        assertThat(vietnamese).contains("id=\"case-" + sharedReference + "\"", "Đã chia sẻ với")
                .containsPattern(selected("HK", hongKong.nameVi()));
    }

    @Test
    void aRequestsMessageLinksToTheRequestOnlyForOfficersWhoMaySeeIt() {
        long id = sentRequest();
        String reference = JsonPath.read(HubClient.as(NETWORK.vnPort, "liaison").get("/api/assistance/requests/" + id)
                .body(), "$.reference");
        String messageId = vn.getBean(JdbcClient.class).sql("SELECT request_message_id FROM assistance.request WHERE id = ?")
                .param(id).query(String.class).single();

        String forTheLiaison = signedIn(NETWORK.vnPort, "liaison").get("/exchange/messages/out/" + messageId + "?lang=en");
        BrowserSession viewer = signedIn(NETWORK.vnPort, "viewer");
        String forTheViewer = viewer.get("/exchange/messages/out/" + messageId + "?lang=en");
        String listForTheLiaison = signedIn(NETWORK.vnPort, "liaison").get("/exchange/messages?type=assistance/Request");
        String listForTheViewer = viewer.get("/exchange/messages?type=assistance/Request");

        assertThat(forTheLiaison).contains("href=\"/assistance/requests/" + id + "\">" + reference + "</a>",
                "Request for assistance");
        assertThat(forTheViewer).as("the viewer's unit may not open it").contains(messageId)
                .doesNotContain("/assistance/requests/" + id, reference, "class=\"carried-record\"");
        assertThat(listForTheLiaison).contains("href=\"/assistance/requests/" + id + "\"");
        assertThat(listForTheViewer).contains(messageId).doesNotContain("/assistance/requests/" + id, reference);
    }

    @Test
    void anAlertsMessageLinksToItsOperationWhereItWasSentAndToTheAlertsOwnPageWhereItArrived() {
        HubClient investigator = HubClient.as(NETWORK.vnPort, "investigator");
        var created = investigator.postJson("/api/enforcement/operations", """
                {"name": "Linked Alerts", "nameVi": "Chiến dịch cảnh báo có liên kết", "categories": ["drugs"],
                 "partners": ["HK"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long operation = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var sent = investigator.postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Linked alert: inspect container TGHU8839201\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long alert = ((Number) JsonPath.read(sent.body(), "$.id")).longValue();
        String messageId = JsonPath.<List<String>>read(sent.body(), "$.recipients[?(@.partner == 'HK')].messageId").getFirst();
        long received = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Number> ids = JsonPath.read(HubClient.as(NETWORK.hkPort, "investigator").get("/api/enforcement/alerts/received")
                    .body(), "$[?(@.text =~ /Linked alert.*/)].id");
            return ids.isEmpty() ? 0L : ids.getFirst().longValue();
        }, found -> found > 0);

        BrowserSession analyst = signedIn(NETWORK.vnPort, "analyst");
        String sentInEnglish = analyst.get("/exchange/messages/out/" + messageId + "?lang=en");
        String sentInVietnamese = analyst.get("/exchange/messages/out/" + messageId + "?lang=vi");
        BrowserSession hongKongAnalyst = signedIn(NETWORK.hkPort, "analyst");
        String receivedPage = hongKongAnalyst.get("/exchange/messages/in/" + messageId + "?lang=vi");

        String operationPage = "/enforcement/operations/" + operation + "#alert-" + alert;
        assertThat(sentInEnglish).contains("href=\"" + operationPage + "\">Linked Alerts</a>", "Alert of the joint operation");
        assertThat(sentInVietnamese).contains("href=\"" + operationPage + "\">Chiến dịch cảnh báo có liên kết</a>",
                "Cảnh báo của chiến dịch");
        assertThat(analyst.get("/enforcement/operations/" + operation)).contains("id=\"alert-" + alert + "\"");
        assertThat(receivedPage).contains("href=\"/enforcement/alerts/" + received + "\">Chiến dịch cảnh báo có liên kết</a>",
                "Cảnh báo nhận được từ đối tác");
        BrowserSession hongKongViewer = signedIn(NETWORK.hkPort, "viewer");
        assertThat(hongKongViewer.get("/exchange/messages/in/" + messageId + "?lang=vi"))
                .as("no link for an officer who may not read received alerts").doesNotContain("href=\"/enforcement/alerts/");
        assertThat(hongKongViewer.status("/enforcement/alerts/" + received)).isEqualTo(403);
        // 200 alerts received after it: the inbox, which lists the newest 200, no longer has it.
        hk.getBean(JdbcClient.class).sql("""
                INSERT INTO enforcement.received_alert (source_partner, message_id, sender_alert_id, operation_name, text,
                    sent_at, received_at)
                SELECT source_partner, message_id || '-later-' || n, sender_alert_id, operation_name, 'A later alert',
                    sent_at, received_at + n * INTERVAL '1 second'
                FROM enforcement.received_alert, generate_series(1, 200) AS n WHERE id = ?""").param(received).update();
        assertThat(hongKongAnalyst.get("/enforcement/alerts")).as("the inbox lists the newest 200 only")
                .doesNotContain("id=\"alert-" + received + "\"");
        assertThat(hongKongAnalyst.get("/enforcement/alerts/" + received + "?lang=vi")).as("the alert's own page, however old")
                .contains("id=\"alert-" + received + "\"", "Cảnh báo nhận từ đối tác", "Linked alert: inspect container",
                        "Chiến dịch cảnh báo có liên kết", "Tất cả cảnh báo từ đối tác");
        assertThat(hongKongAnalyst.get("/enforcement/alerts/" + received + "?lang=en"))
                .contains("id=\"alert-" + received + "\"", "Alert from a partner", "Linked alert: inspect container",
                        "Linked Alerts", "All alerts from partners");
        assertThat(hongKongAnalyst.status("/enforcement/alerts/" + (received + 1_000_000))).isEqualTo(404);
        assertThat(new BrowserSession(NETWORK.hkPort).status("/enforcement/alerts/" + received)).as("signed in only, as the inbox")
                .isEqualTo(302);
    }

    @Test
    void aRemindersMessageLinksToTheRequestItRemindsOfOnBothHubsForOfficersWhoMaySeeIt() {
        long id = sentRequest();
        JdbcClient vnDatabase = vn.getBean(JdbcClient.class);
        String reference = JsonPath.read(HubClient.as(NETWORK.vnPort, "liaison").get("/api/assistance/requests/" + id)
                .body(), "$.reference");
        long atHongKong = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Number> ids = JsonPath.read(HubClient.as(NETWORK.hkPort, "supervisor")
                    .get("/api/assistance/requests?direction=in&partner=VN").body(),
                    "$[?(@.senderReference == '" + reference + "')].id");
            return ids.isEmpty() ? 0L : ids.getFirst().longValue();
        }, found -> found > 0);
        String referenceAtHongKong = JsonPath.read(HubClient.as(NETWORK.hkPort, "supervisor")
                .get("/api/assistance/requests/" + atHongKong).body(), "$.reference");
        // Overdue at Vietnam: two hubs that sign with today's date cannot move the time itself.
        vnDatabase.sql("UPDATE assistance.request SET deadline = ? WHERE id = ?").params(java.sql.Date.valueOf(TestHub.today().minusDays(1)), id).update();
        var reminded = HubClient.as(NETWORK.vnPort, "liaison").post("/api/assistance/requests/" + id + "/remind",
                "application/json", new byte[0]);
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        String messageId = vnDatabase.sql("""
                SELECT o.message_id FROM exchange.outbound_message o JOIN assistance.request r
                  ON o.in_reply_to = r.request_message_id
                WHERE r.id = ? AND o.service = 'assistance' AND o.action = 'Reminder'""").param(id).query(String.class).single();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(JsonPath.<List<String>>read(
                HubClient.as(NETWORK.hkPort, "supervisor").get("/api/assistance/requests/" + atHongKong).body(),
                "$.history[*].step")).contains("reminder-received"));

        String forTheLiaison = signedIn(NETWORK.vnPort, "liaison").get("/exchange/messages/out/" + messageId + "?lang=en");
        String forTheViewer = signedIn(NETWORK.vnPort, "viewer").get("/exchange/messages/out/" + messageId + "?lang=en");
        String atThePartner = signedIn(NETWORK.hkPort, "supervisor").get("/exchange/messages/in/" + messageId + "?lang=vi");

        assertThat(forTheLiaison).contains("href=\"/assistance/requests/" + id + "\">" + reference + "</a>",
                "Reminder of a request for assistance");
        assertThat(forTheViewer).as("the viewer's unit may not open the request").contains(messageId)
                .doesNotContain("/assistance/requests/" + id, "class=\"carried-record\"");
        assertThat(atThePartner).contains("href=\"/assistance/requests/" + atHongKong + "\">" + referenceAtHongKong + "</a>",
                "Đôn đốc trả lời yêu cầu hỗ trợ");
    }

    @Test
    void thePartnersPageCountsTheRecordsExchangedWithItAndLinksToThemAsFarAsTheOfficerMaySee() {
        long caseId = Recorded.caseOn(NETWORK.vnPort, NewCase.methamphetamineAtHaiPhong());
        share(caseId);
        sentRequest();
        long cases = total(HubClient.as(NETWORK.vnPort, "liaison"), "/api/enforcement/cases?sharedWith=HK");
        long requests = total(HubClient.as(NETWORK.vnPort, "liaison"),
                "/api/assistance/requests?direction=out&partner=HK&measure=sent");

        String forTheLiaison = signedIn(NETWORK.vnPort, "liaison").get("/partners/HK?lang=en");
        String forTheViewer = signedIn(NETWORK.vnPort, "viewer").get("/partners/HK?lang=vi");

        assertThat(cases).isPositive();
        assertThat(requests).isPositive();
        assertThat(forTheLiaison).contains("Records exchanged with this partner",
                "Cases shared with the partner", "href=\"/enforcement/cases?sharedWith=HK\">" + cases + "</a>",
                "href=\"/assistance/requests?direction=out&amp;partner=HK&amp;measure=sent\">" + requests + "</a>");
        assertThat(forTheViewer).contains("Hồ sơ đã trao đổi với đối tác", "Yêu cầu hỗ trợ đi",
                        "href=\"/enforcement/cases?sharedWith=HK\">" + cases + "</a>")
                .as("none of the requests is the viewer's unit's: counted 0, no link")
                .doesNotContain("href=\"/assistance/requests?direction=out");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                signedIn(NETWORK.hkPort, "viewer").get("/partners/VN?lang=en"))
                .as("Hong Kong's page of Vietnam leads to the cases received from it")
                .containsPattern("href=\"/enforcement/received\\?source=VN\">[1-9]\\d*</a>"));
    }

    /** A request for assistance drafted by the liaison officer to Hong Kong and approved, so it leaves; its id. */
    private static long sentRequest() {
        var created = HubClient.as(NETWORK.vnPort, "liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Was certificate E2612345 issued by your authority for this exporter?"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var approved = HubClient.as(NETWORK.vnPort, "supervisor").post("/api/assistance/requests/" + id + "/approve",
                "application/json", new byte[0]);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private static String share(long id) {
        var response = HubClient.as(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The id at Hong Kong of the case Vietnam shared, once it has arrived. */
    private static long awaitReceivedAtHongKong(String reference) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Number> ids = JsonPath.read(HubClient.as(NETWORK.hkPort, "investigator")
                    .get("/api/enforcement/cases?source=VN").body(), "$[?(@.reference == '" + reference + "')].id");
            return ids.isEmpty() ? 0L : ids.getFirst().longValue();
        }, found -> found > 0);
    }

    private static long total(HubClient client, String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    /** The filter's option for the partner, chosen, showing its name. */
    private static String selected(String code, String name) {
        return "<option value=\"" + code + "\"[^>]*selected[^>]*>" + java.util.regex.Pattern.quote(name) + "</option>";
    }

    private static BrowserSession signedIn(int port, String officer) {
        BrowserSession session = new BrowserSession(port);
        session.logIn(officer, "demo");
        return session;
    }
}
