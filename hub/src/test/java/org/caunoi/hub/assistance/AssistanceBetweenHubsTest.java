package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.DemoHubs;
import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.notifications.NotificationRequested;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request for assistance between two real hubs over AS4: Vietnam asks, Hong Kong answers. Its
 * legal basis, who approves what leaves, the answer travelling back as a reply, and the reminder.
 */
class AssistanceBetweenHubsTest {

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
    void aRequestTravelsToThePartnerAndItsApprovedAnswerSetsTheSendersRequestToTheSameOutcome() {
        var created = vnAs("liaison").postJson("/api/assistance/requests", request("HK", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        String reference = JsonPath.read(created.body(), "$.reference");
        assertThat((String) JsonPath.read(created.body(), "$.state")).isEqualTo("draft");
        assertThat((String) JsonPath.read(created.body(), "$.deadline"))
                .as("the agreement with HK gives 60 days").isEqualTo(TestHub.today().plusDays(60).toString());

        assertThat(approve(vnAs("liaison"), id).statusCode()).as("only a supervisor approves what leaves").isEqualTo(403);
        assertThat(state(vnAs("liaison"), id)).isEqualTo("draft");
        var approved = approve(vnAs("supervisor"), id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(approved.body(), "$.state")).isEqualTo("sent");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> state(vnAs("liaison"), id).equals("acknowledged"));

        Map<String, Object> received = awaitReceived(reference);
        long hkId = ((Number) received.get("id")).longValue();
        assertThat(received.get("deadline")).isEqualTo(TestHub.today().plusDays(60).toString());
        assertThat(received.get("state")).isEqualTo("received");

        var withoutReason = hkAs("liaison").postJson("/api/assistance/requests/" + hkId + "/answer",
                "{\"outcome\": \"refused\", \"text\": \"\"}");
        assertThat(withoutReason.statusCode()).as("a refusal needs its reason").isEqualTo(400);
        assertThat((List<String>) JsonPath.read(withoutReason.body(), "$.errors[*].field")).containsExactly("reason");
        assertThat(state(hkAs("liaison"), hkId)).isEqualTo("received");

        var drafted = hkAs("liaison").postJson("/api/assistance/requests/" + hkId + "/answer",
                "{\"outcome\": \"partly-answered\", \"text\": \"The certificate was issued; the exporter has closed.\"}");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(drafted.body(), "$.state")).isEqualTo("answer-drafted");
        assertThat((Object) JsonPath.read(hkAs("investigator").get("/api/assistance/requests/" + hkId).body(), "$.answerText"))
                .as("an officer of another unit reads it withheld").isNull();
        assertThat(approve(hkAs("liaison"), hkId).statusCode()).isEqualTo(403);
        assertThat(approve(hkAs("supervisor"), hkId).statusCode()).isEqualTo(200);
        assertThat(state(hkAs("liaison"), hkId)).isEqualTo("partly-answered");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> state(vnAs("liaison"), id).equals("partly-answered"));
        String vnRequest = vnAs("liaison").get("/api/assistance/requests/" + id).body();
        assertThat((String) JsonPath.read(vnRequest, "$.answerText")).isEqualTo("The certificate was issued; the exporter has closed.");
        assertThat((List<String>) JsonPath.read(vnRequest, "$.history[*].step"))
                .containsExactly("drafted", "approved-and-sent", "acknowledged", "answer-received");
        assertThat((List<String>) JsonPath.read(hkAs("supervisor").get("/api/assistance/requests/" + hkId).body(), "$.history[*].step"))
                .containsExactly("received", "answer-drafted", "answer-approved-and-sent");

        var closed = vnAs("liaison").post("/api/assistance/requests/" + id + "/close", "application/json", new byte[0]);
        assertThat((String) JsonPath.read(closed.body(), "$.state")).isEqualTo("closed");
        assertThat(vnAs("liaison").post("/api/assistance/requests/" + id + "/close", "application/json", new byte[0])
                .statusCode()).as("closed once").isEqualTo(409);
    }

    @Test
    void documentsTravelInsideTheRequestAndItsAnswerAndArriveUnchangedOnTheOtherHub() {
        var created = vnAs("liaison").postJson("/api/assistance/requests", request("HK", null));
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        String reference = JsonPath.read(created.body(), "$.reference");
        Upload certificate = Upload.pdf("certificate E2612345.pdf");
        var attached = certificate.postAs(vnAs("liaison"), "/api/assistance/requests/" + id + "/attachments");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        String sha256 = JsonPath.read(attached.body(), "$.sha256");
        assertThat((String) JsonPath.read(attached.body(), "$.uploadedBy")).isEqualTo("liaison");

        approve(vnAs("supervisor"), id);
        long hkId = ((Number) awaitReceived(reference).get("id")).longValue();
        String atHk = hkAs("liaison").get("/api/assistance/requests/" + hkId).body();
        assertThat((List<String>) JsonPath.read(atHk, "$.attachments[*].sha256")).containsExactly(sha256);
        assertThat((List<String>) JsonPath.read(atHk, "$.attachments[*].name")).containsExactly("certificate E2612345.pdf");
        String hkFile = JsonPath.read(atHk, "$.attachments[0].id");
        assertThat(hkAs("liaison").get("/api/assistance/requests/" + hkId + "/attachments/" + hkFile).body())
                .isEqualTo(new String(certificate.content(), java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(certificate.postAs(vnAs("liaison"), "/api/assistance/requests/" + id + "/attachments").statusCode())
                .as("nothing is added to a request once it is sent").isEqualTo(409);

        Upload report = Upload.pdf("verification report.pdf");
        hkAs("liaison").postJson("/api/assistance/requests/" + hkId + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"Issued by us; report attached.\"}");
        assertThat(report.postAs(hkAs("liaison"), "/api/assistance/requests/" + hkId + "/attachments").statusCode())
                .isEqualTo(201);
        assertThat(approve(hkAs("supervisor"), hkId).statusCode()).isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> state(vnAs("liaison"), id).equals("answered"));
        String atVn = vnAs("liaison").get("/api/assistance/requests/" + id).body();
        assertThat((List<String>) JsonPath.read(atVn, "$.answerAttachments[*].name")).containsExactly("verification report.pdf");
        assertThat((List<String>) JsonPath.read(atVn, "$.history[*].step")).contains("attachment-added", "attachment-received");
    }

    @Test
    void aRequestWithoutALegalBasisIsRefusedWithTheReasonAndNothingIsStoredOrQueued() {
        int requestsBefore = vnAs("admin").get("/api/assistance/requests").body().split("\"reference\"").length;
        int messagesBefore = outboundMessages();

        var refused = vnAs("liaison").postJson("/api/assistance/requests", request("LA", null));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.body(), "$.reason")).isEqualTo("category-not-covered");
        assertThat((List<String>) JsonPath.read(refused.body(), "$.errors[*].field")).containsExactly("partner");
        assertThat(vnAs("admin").get("/api/assistance/requests").body().split("\"reference\"").length).isEqualTo(requestsBefore);
        assertThat(outboundMessages()).isEqualTo(messagesBefore);
    }

    @Test
    void aDeadlineInThePastOrOtherThanTheAgreementsWithoutAReasonIsRefused() {
        var past = vnAs("liaison").postJson("/api/assistance/requests", request("HK", TestHub.today().minusDays(1)));
        var noReason = vnAs("liaison").postJson("/api/assistance/requests", request("HK", TestHub.today().plusDays(20)));

        assertThat(past.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(past.body(), "$.errors[*].field")).containsExactly("deadline");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(noReason.body(), "$.errors[*].field")).containsExactly("deadlineReason");
    }

    @Test
    void aReminderOfARequestPastItsDeadlineReachesThePartnersHubAsAMessageReferringToTheRequest() {
        var created = vnAs("liaison").postJson("/api/assistance/requests", request("HK", null));
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        String reference = JsonPath.read(created.body(), "$.reference");
        approve(vnAs("supervisor"), id);
        Map<String, Object> received = awaitReceived(reference);
        long hkId = ((Number) received.get("id")).longValue();

        var tooEarly = vnAs("liaison").post("/api/assistance/requests/" + id + "/remind", "application/json", new byte[0]);
        assertThat(tooEarly.statusCode()).as("not before the deadline").isEqualTo(400);
        var screen = new BrowserSession(NETWORK.vnPort);
        screen.logIn("liaison", "demo");
        String deadline = LocalDate.parse(JsonPath.read(created.body(), "$.deadline")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(screen.postFormForPage("/assistance/requests/" + id + "/remind?lang=vi", ""))
                .as("the deadline as the officer writes a day").contains("Thời hạn trả lời (" + deadline + ") chưa qua");

        // The deadline has passed on VN's side (the time itself cannot move for two hubs that sign with today's date).
        vn.getBean(JdbcClient.class).sql("UPDATE assistance.request SET deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(TestHub.today().minusDays(1)), id).update();
        var reminded = vnAs("liaison").post("/api/assistance/requests/" + id + "/remind", "application/json", new byte[0]);
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat((List<String>) JsonPath.read(
                hkAs("supervisor").get("/api/assistance/requests/" + hkId).body(), "$.history[*].step"))
                .contains("reminder-received"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                hkAs("supervisor").get("/api/notifications").body()).contains((String) received.get("reference")));
    }

    /**
     * A courtesy reminder goes from seven days before the deadline (the default), once: it shows in the
     * history on both hubs and the partner's officers are told; too early or a second time it is refused
     * with the reason, and past the deadline the ordinary reminder still goes as before.
     */
    @Test
    void aCourtesyReminderBeforeTheDeadlineReachesThePartnersHubOnceAndIsRefusedWithTheReasonOtherwise() {
        var created = vnAs("liaison").postJson("/api/assistance/requests", request("HK", null));
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        String reference = JsonPath.read(created.body(), "$.reference");
        approve(vnAs("supervisor"), id);
        Map<String, Object> received = awaitReceived(reference);
        long hkId = ((Number) received.get("id")).longValue();
        LocalDate deadline = LocalDate.parse(JsonPath.read(created.body(), "$.deadline"));
        var screen = new BrowserSession(NETWORK.vnPort);
        screen.logIn("liaison", "demo");

        var tooEarly = vnAs("liaison").post("/api/assistance/requests/" + id + "/courtesy-reminder?lang=en",
                "application/json", new byte[0]);
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(tooEarly.body(), "$.detail")).isEqualTo("A courtesy reminder can be sent from "
                + dayFirst(deadline.minusDays(7)) + ", 7 days before the reply deadline (" + dayFirst(deadline)
                + "): wait until then.");
        assertThat(screen.get("/assistance/requests/" + id + "?lang=vi")).doesNotContain("id=\"courtesy-reminder\"")
                .contains("Có thể gửi đối tác nhắc hạn trả lời từ ngày " + dayFirst(deadline.minusDays(7)));
        assertThat(screen.postFormForPage("/assistance/requests/" + id + "/courtesy-reminder?lang=vi", ""))
                .contains("Chỉ có thể gửi nhắc hạn trả lời từ ngày " + dayFirst(deadline.minusDays(7)));

        // Three days left on VN's side (the time itself cannot move for two hubs that sign with today's date).
        vn.getBean(JdbcClient.class).sql("UPDATE assistance.request SET deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(TestHub.today().plusDays(3)), id).update();
        assertThat(screen.get("/assistance/requests/" + id + "?lang=en")).contains("id=\"courtesy-reminder\"")
                .doesNotContain("id=\"remind\"");
        var reminded = vnAs("liaison").post("/api/assistance/requests/" + id + "/courtesy-reminder", "application/json",
                new byte[0]);
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(vnAs("liaison").get("/api/assistance/requests/" + id).body(),
                "$.history[*].step")).containsOnlyOnce("courtesy-reminder-sent");
        assertThat(auditedSenders(id)).as("who sent it, in the audit trail").containsExactly("liaison");

        var again = vnAs("supervisor").post("/api/assistance/requests/" + id + "/courtesy-reminder?lang=en",
                "application/json", new byte[0]);
        assertThat(again.statusCode()).as("one per request").isEqualTo(409);
        assertThat((String) JsonPath.read(again.body(), "$.detail")).startsWith("A courtesy reminder of this request was sent on ")
                .contains("only one is sent per request");
        assertThat(screen.get("/assistance/requests/" + id + "?lang=en")).doesNotContain("id=\"courtesy-reminder\"");

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat((List<String>) JsonPath.read(
                hkAs("supervisor").get("/api/assistance/requests/" + hkId).body(), "$.history[*].step"))
                .containsOnlyOnce("courtesy-reminder-received").doesNotContain("reminder-received"));
        var partnersPage = new BrowserSession(NETWORK.hkPort);
        partnersPage.logIn("supervisor", "demo");
        assertThat(partnersPage.get("/assistance/requests/" + hkId + "?lang=en")).contains("Courtesy reminder received");
        assertThat(partnersPage.get("/assistance/requests/" + hkId + "?lang=vi")).contains("Nhận nhắc hạn trả lời");
        String hkReference = (String) received.get("reference");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notices(hkAs("supervisor"), "en"))
                .anyMatch(n -> n.startsWith("Vietnam Customs (Department of Customs) sent a courtesy reminder about "
                        + "request for assistance " + hkReference + ": the reply deadline is ")));

        // Past the deadline the ordinary reminder goes, as it did before courtesy reminders.
        vn.getBean(JdbcClient.class).sql("UPDATE assistance.request SET deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(TestHub.today().minusDays(1)), id).update();
        var late = vnAs("liaison").post("/api/assistance/requests/" + id + "/courtesy-reminder?lang=en", "application/json",
                new byte[0]);
        assertThat(late.statusCode()).isIn(400, 409);
        var overdue = vnAs("liaison").post("/api/assistance/requests/" + id + "/remind", "application/json", new byte[0]);
        assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat((List<String>) JsonPath.read(
                hkAs("supervisor").get("/api/assistance/requests/" + hkId).body(), "$.history[*].step"))
                .containsSubsequence("courtesy-reminder-received", "reminder-received"));
    }

    /** Who the audit trail says sent a courtesy reminder of the request. */
    private static List<String> auditedSenders(long id) {
        return vn.getBean(JdbcClient.class).sql("""
                SELECT a.actor FROM platform.audit_entry a JOIN assistance.request r ON a.record_id = r.reference
                 WHERE r.id = ? AND a.record_type = 'assistance-request' AND a.action = 'ASSISTANCE_COURTESY_REMINDER_SENT'""")
                .param(id).query(String.class).list();
    }

    private static String dayFirst(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void supervisorsAreToldWhatAwaitsTheirApprovalAndTheDrafterOfThePartnersAnswerOnceInBothLanguages() {
        var created = vnAs("liaison").postJson("/api/assistance/requests", request("HK", null));
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        String reference = JsonPath.read(created.body(), "$.reference");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notices(vnAs("supervisor"), "en"))
                .contains("Request for assistance " + reference
                        + " to Customs and Excise Department, Hong Kong, China awaits your approval.|/assistance/requests/" + id));
        assertThat(notices(vnAs("supervisor"), "vi")).contains("Yêu cầu hỗ trợ " + reference
                + " gửi Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) đang chờ phê duyệt.|/assistance/requests/" + id);
        assertThat(notices(vnAs("liaison"), "en")).as("the drafter approves nothing").noneMatch(n -> n.contains(reference));

        approve(vnAs("supervisor"), id);
        long hkId = ((Number) awaitReceived(reference).get("id")).longValue();
        String hkReference = JsonPath.read(hkAs("supervisor").get("/api/assistance/requests/" + hkId).body(), "$.reference");
        hkAs("liaison").postJson("/api/assistance/requests/" + hkId + "/answer",
                "{\"outcome\": \"partly-answered\", \"text\": \"The certificate was issued; the exporter has closed.\"}");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notices(hkAs("supervisor"), "en"))
                .contains("The reply to request for assistance " + hkReference
                        + " from Vietnam Customs (Department of Customs) awaits your approval.|/assistance/requests/" + hkId));
        assertThat(notices(hkAs("supervisor"), "vi")).anyMatch(n -> n.startsWith("Văn bản trả lời yêu cầu hỗ trợ "
                + hkReference + " của Cục Hải quan") && n.contains("đang chờ phê duyệt."));
        approve(hkAs("supervisor"), hkId);

        String english = "Customs and Excise Department, Hong Kong, China replied to request for assistance " + reference
                + ": Partly answered.|/assistance/requests/" + id;
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notices(vnAs("liaison"), "en"))
                .contains(english));
        assertThat(notices(vnAs("liaison"), "vi")).contains("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) đã trả lời "
                + "yêu cầu hỗ trợ " + reference + ": Đã trả lời một phần.|/assistance/requests/" + id);

        handleTheAnswerAgain(id);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> vn.getBean(EventPublicationRegistry.class)
                .findIncompletePublications().stream().noneMatch(p -> p.getEvent() instanceof NotificationRequested));
        assertThat(notices(vnAs("liaison"), "en")).as("told once").filteredOn(english::equals).hasSize(1);
        assertThat((List<String>) JsonPath.read(vnAs("liaison").get("/api/assistance/requests/" + id).body(), "$.history[*].step"))
                .as("recorded once").containsOnlyOnce("answer-received");
    }

    /** The partner's answer handed to Vietnam's handler a second time, as a retried message would be. */
    private static void handleTheAnswerAgain(long id) {
        JdbcClient jdbc = vn.getBean(JdbcClient.class);
        Map<String, Object> request = jdbc.sql("SELECT request_message_id, answer_message_id FROM assistance.request WHERE id = ?")
                .param(id).query().singleRow();
        byte[] payload = jdbc.sql("SELECT payload FROM exchange.inbound_message WHERE message_id = ?")
                .param(request.get("answer_message_id")).query(byte[].class).single();
        var answer = new ReceivedMessage((String) request.get("answer_message_id"), "HK",
                new MessageType("assistance", "Answer"), DataCategory.ASSISTANCE_REQUEST, Purpose.VERIFICATION,
                "application/json", payload, java.time.Instant.now(),
                new Threading((String) request.get("request_message_id"), null, java.util.Set.of()));
        vn.getBean(TransactionTemplate.class).executeWithoutResult(status -> vn.getBean("assistanceAnswerHandler",
                MessageHandler.class).handle(answer));
    }

    /** The officer's notifications as "text|link", worded in the language. */
    private static List<String> notices(HubClient officer, String language) {
        List<Map<String, Object>> inbox = JsonPath.read(officer.get("/api/notifications", language).body(), "$.notifications");
        return inbox.stream().map(n -> n.get("text") + "|" + n.get("link")).toList();
    }

    /**
     * An answer that refers to no request of the receiving hub is refused with an ebMS error before
     * anything is stored there: the sending hub sees the refusal, the receiving hub keeps nothing.
     */
    @Test
    void anAnswerToARequestTheOtherHubNeverSentIsRefusedOverTheWire() {
        byte[] payload = """
                {"reference": "HK-AR-9", "requestReference": "VN-AR-2026-999999", "outcome": "answered", "text": "Done."}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var answer = org.caunoi.hub.exchange.OutgoingMessage.to(List.of("VN"),
                new org.caunoi.hub.exchange.MessageType("assistance", "Answer"),
                org.caunoi.hub.partners.DataCategory.ASSISTANCE_REQUEST, org.caunoi.hub.partners.Purpose.VERIFICATION,
                "application/json", payload).inReplyTo("no-such-request@vn.caunoi");

        String messageId = hk.getBean(org.springframework.transaction.support.TransactionTemplate.class).execute(status ->
                hk.getBean(org.caunoi.hub.exchange.ExchangeService.class).send(answer).getFirst().messageId());

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(JdbcClient.create(
                hk.getBean(javax.sql.DataSource.class)).sql("SELECT state || ' ' || coalesce(last_error, '') FROM exchange.outbound_message WHERE message_id = ?")
                .param(messageId).query(String.class).single())
                .startsWith("DEAD_LETTER").contains("EBMS:0004").contains("answers no request of this hub"));
        assertThat(JdbcClient.create(vn.getBean(javax.sql.DataSource.class))
                .sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(Long.class).single()).as("nothing stored on the receiving hub").isZero();
    }

    private static Map<String, Object> awaitReceived(String senderReference) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> found = JsonPath.read(hkAs("supervisor")
                    .get("/api/assistance/requests?direction=in&partner=VN").body(),
                    "$[?(@.senderReference == '" + senderReference + "')]");
            return found.isEmpty() ? null : found.getFirst();
        }, java.util.Objects::nonNull);
    }

    private static int outboundMessages() {
        List<Object> messages = JsonPath.read(vnAs("admin").get("/api/exchange/messages?direction=out&size=500").body(), "$[*]");
        return messages.size();
    }

    static String request(String partner, LocalDate deadline) {
        return """
                {"partner": "%s", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Was certificate E2612345 issued by your authority for this exporter?",
                 "concerns": "Form E certificate E2612345"%s}"""
                .formatted(partner, deadline == null ? "" : ", \"deadline\": \"" + deadline + "\"");
    }

    private static HttpResponse<String> approve(HubClient client, long id) {
        return client.post("/api/assistance/requests/" + id + "/approve", "application/json", new byte[0]);
    }

    private static String state(HubClient client, long id) {
        return JsonPath.read(client.get("/api/assistance/requests/" + id).body(), "$.state");
    }

    private static HubClient vnAs(String user) {
        return HubClient.as(NETWORK.vnPort, user);
    }

    private static HubClient hkAs(String user) {
        return HubClient.as(NETWORK.hkPort, user);
    }
}
