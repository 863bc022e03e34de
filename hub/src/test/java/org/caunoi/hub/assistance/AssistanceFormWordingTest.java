package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the officer reads around a request: a day inside a refusal written day first, as the screens
 * write days, in the API's answer too; the empty new-request form naming every missing field at once;
 * a document's line in the history not repeating the step's words.
 */
@HubTest
class AssistanceFormWordingTest extends HubTest.Base {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReminderRefusedBeforeTheDeadlineWritesTheDeadlineDayFirstInTheApi() {
        var created = HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "KR", "kind": "verification-of-value", "subject": "undervaluation", "purpose": "verification",
                 "questions": "What was the invoice value of shipment K-78?"}""");
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        assertThat(supervisor.submit("/assistance/requests/" + id + "/sent-elsewhere", "").statusCode()).isEqualTo(302);
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(40);
        // As if it had gone through the hub: only the deadline stands between it and a reminder.
        jdbc.sql("UPDATE assistance.request SET deadline = ?, request_message_id = 'test-message' WHERE id = ?")
                .params(java.sql.Date.valueOf(deadline), id).update();

        var vietnamese = HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/remind",
                "application/json", new byte[0]);
        var english = HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/remind?lang=en",
                "application/json", new byte[0]);

        assertThat(vietnamese.statusCode()).as(vietnamese.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(vietnamese.body(), "$.detail"))
                .isEqualTo("Thời hạn trả lời (" + deadline.format(DAY_FIRST) + ") chưa qua: chưa thể gửi đôn đốc trả lời.");
        assertThat((String) JsonPath.read(vietnamese.body(), "$.errors[0].message")).contains("(" + deadline.format(DAY_FIRST) + ")");
        assertThat(english.body()).contains("(" + deadline.format(DAY_FIRST) + ")").doesNotContain(deadline.toString());
    }

    @Test
    void theEmptyNewRequestFormNamesEveryMissingFieldAtOnce() {
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");
        liaison.get("/assistance/requests/new?lang=vi");

        String form = liaison.postFormForPage("/assistance/requests", "partner=&kind=surveillance&subject=drugs"
                + "&purpose=investigation&questions=&caveats=&concerns=&deadline=31/02/2027&deadlineReason=");

        assertThat(form).contains("id=\"partner-error\"", "Chọn đối tác nhận yêu cầu.", "id=\"questions-error\"",
                "id=\"deadline-error\"", "Ngày 31/02/2027 không có thật");
    }

    @Test
    void aDocumentsLineInTheHistoryDoesNotRepeatTheStep() {
        var created = HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "KR", "kind": "verification-of-value", "subject": "undervaluation", "purpose": "verification",
                 "questions": "What was the invoice value of shipment K-79?"}""");
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var attached = Upload.pdf("invoice K-79.pdf").postAs(HubClient.as(port, "liaison"), "/api/assistance/requests/" + id + "/attachments");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        assertThat(liaison.get("/assistance/requests/" + id + "?lang=vi")).contains("thuộc yêu cầu: invoice K-79.pdf")
                .doesNotContain("tài liệu tài liệu", "tài liệu kèm yêu cầu:");
    }
}
