package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.exchange.CarriedRecords.CarriedMessage;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list of messages links each row to the record it carries, as each message's own page does, with the records
 * of a whole page asked of each module at once: cases shared, an alert, requests for assistance and a reminder, on
 * one page, each row to its own record; a request only for an officer whose unit may see it.
 */
@HubTest
class RecordsBehindTheMessageListTest extends HubTest.Base {

    private static final CurrentOfficer LIAISON = new CurrentOfficer("list-liaison", "Liaison", new Unit("HTQT"),
            Set.of(Role.LIAISON_OFFICER));
    private static final CurrentOfficer VIEWER = new CurrentOfficer("list-viewer", "Viewer", new Unit("DTCBL"), Set.of(Role.VIEWER));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<CarriedRecords> carriers;

    @Test
    void eachRowOfAPageLinksToItsOwnRecordAsFarAsTheOfficerMaySee() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("quantity.value", 3.1 + i));
            cases.put(sharedWithHongKong(id), "/enforcement/cases/" + id);
        }
        Map<String, String> requests = new java.util.LinkedHashMap<>();
        List<Long> requestIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = sentRequest();
            requestIds.add(id);
            requests.put(jdbc.sql("SELECT request_message_id FROM assistance.request WHERE id = ?").param(id)
                    .query(String.class).single(), "/assistance/requests/" + id);
        }
        String reminder = reminded(requestIds.getFirst());
        String alert = alertSent();

        String forTheLiaison = signedIn("liaison").get("/exchange/messages?direction=out&partner=HK&size=50&lang=en");
        String forTheViewer = signedIn("viewer").get("/exchange/messages?direction=out&partner=HK&size=50&lang=en");

        cases.forEach((message, page) -> {
            assertThat(row(forTheLiaison, message)).as("case row for the liaison").contains("href=\"" + page + "\"");
            assertThat(row(forTheViewer, message)).as("every officer opens a case").contains("href=\"" + page + "\"");
        });
        requests.forEach((message, page) -> {
            assertThat(row(forTheLiaison, message)).as("request row").contains("href=\"" + page + "\"");
            assertThat(row(forTheViewer, message)).as("the viewer's unit may not open it")
                    .doesNotContain("/assistance/requests/", "class=\"carried-record\"");
        });
        assertThat(row(forTheLiaison, reminder)).as("the reminder leads to the request it reminds of")
                .contains("href=\"/assistance/requests/" + requestIds.getFirst() + "\"");
        assertThat(row(forTheViewer, reminder)).doesNotContain("class=\"carried-record\"");
        assertThat(row(forTheLiaison, alert)).contains("href=\"/enforcement/operations/");
    }

    @Test
    void aPageAskedAtOnceGetsWhatEachMessageGetsOnItsOwn() {
        // Its own messages of every kind, whichever test of the class ran first.
        sharedWithHongKong(Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong()));
        reminded(sentRequest());
        alertSent();
        List<CarriedMessage> page = jdbc.sql("""
                (SELECT message_id, partner_code, service || '/' || action AS type, in_reply_to, true AS outbound
                 FROM exchange.outbound_message ORDER BY id DESC LIMIT 200)
                UNION ALL
                (SELECT message_id, partner_code, service || '/' || action, in_reply_to, false
                 FROM exchange.inbound_message ORDER BY id DESC LIMIT 200)""")
                .query((rs, n) -> new CarriedMessage(rs.getBoolean("outbound"), rs.getString("message_id"),
                        rs.getString("partner_code"), rs.getString("type"), rs.getString("in_reply_to")))
                .list();

        for (CurrentOfficer officer : List.of(LIAISON, VIEWER)) {
            carriers.orderedStream().forEach(module -> {
                Map<CarriedMessage, CarriedRecords.CarriedRecord> atOnce = module.carriedBy(page, officer);
                Map<CarriedMessage, CarriedRecords.CarriedRecord> oneByOne = new java.util.HashMap<>();
                page.forEach(message -> module.carriedBy(message, officer).ifPresent(record -> oneByOne.put(message, record)));
                assertThat(atOnce).as(module.getClass().getSimpleName() + " for " + officer.username())
                        .isEqualTo(oneByOne);
            });
        }
        assertThat(page).as("a page with messages of every kind the test made").hasSizeGreaterThan(3);
    }

    /** The row of the message in the list, from its first cell to its end. */
    private static String row(String list, String messageId) {
        var matcher = Pattern.compile("data-message-id=\"" + Pattern.quote(messageId) + "\"((?:(?!</tr>)[\\s\\S])*)</tr>")
                .matcher(list);
        assertThat(matcher.find()).as("the list has a row for " + messageId).isTrue();
        return matcher.group(1);
    }

    private String sharedWithHongKong(long caseId) {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + caseId + "/share",
                "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$[0].messageId");
    }

    /** A request for assistance drafted by the liaison officer to Hong Kong and approved, so it leaves; its id. */
    private long sentRequest() {
        var created = HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Was certificate E2612345 issued by your authority for this exporter?"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var approved = HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/approve",
                "application/json", new byte[0]);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    /** The reminder's message, the request made overdue first. */
    private String reminded(long requestId) {
        jdbc.sql("UPDATE assistance.request SET deadline = ? WHERE id = ?").params(java.sql.Date.valueOf(TestHub.today().minusDays(1)), requestId).update();
        var reminded = HubClient.as(port, "liaison").post("/api/assistance/requests/" + requestId + "/remind",
                "application/json", new byte[0]);
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        return jdbc.sql("""
                SELECT o.message_id FROM exchange.outbound_message o JOIN assistance.request r
                  ON o.in_reply_to = r.request_message_id
                WHERE r.id = ? AND o.service = 'assistance' AND o.action = 'Reminder'""").param(requestId)
                .query(String.class).single();
    }

    /** An alert of a new operation with Hong Kong; its message. */
    private String alertSent() {
        HubClient investigator = HubClient.as(port, "investigator");
        var created = investigator.postJson("/api/enforcement/operations", """
                {"name": "Listed Alerts", "nameVi": "Chiến dịch cảnh báo trong danh sách", "categories": ["drugs"],
                 "partners": ["HK"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long operation = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var sent = investigator.postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Listed alert: inspect container TGHU8839202\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return JsonPath.<List<String>>read(sent.body(), "$.recipients[?(@.partner == 'HK')].messageId").getFirst();
    }

    private BrowserSession signedIn(String officer) {
        BrowserSession session = new BrowserSession(port);
        session.logIn(officer, "demo");
        return session;
    }
}
