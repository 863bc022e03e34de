package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Four eyes on what leaves, over real HTTP on the shared hub: whoever drafted a request or changed it last,
 * or drafted an answer, does not approve it (nor record it as sent by another channel); another supervisor does.
 */
@HubTest
class FourEyesTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void aSecondSupervisor() {
        accounts.createIfAbsent("supervisor-2", "demo", "Second Supervisor", new Unit("HTQT"), EnumSet.of(Role.SUPERVISOR), false);
    }

    @Test
    void aSupervisorDoesNotApproveTheirOwnDraftAnotherSupervisorDoes() {
        long id = draft("supervisor");

        HttpResponse<String> own = step("supervisor", id, "approve?lang=en");
        HttpResponse<String> ownInVietnamese = step("supervisor", id, "approve?lang=vi");
        HttpResponse<String> ownElsewhere = step("supervisor", id, "sent-elsewhere?lang=en");
        BrowserSession screen = new BrowserSession(port);
        screen.logIn("supervisor", "demo");
        String page = screen.get("/assistance/requests/" + id + "?lang=en");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(own.body(), "$.detail")).contains("another supervisor must approve it");
        assertThat((String) JsonPath.read(ownInVietnamese.body(), "$.detail")).contains("một lãnh đạo khác phê duyệt");
        assertThat(ownElsewhere.statusCode()).as("recording it as sent elsewhere approves it too").isEqualTo(403);
        assertThat(page).contains("id=\"four-eyes\"", "another supervisor approves it").doesNotContain("id=\"approve\"");
        assertThat(state(id)).isEqualTo("draft");
        assertThat(refusalsAudited(id)).isEqualTo(3);

        HttpResponse<String> byAnother = step("supervisor-2", id, "approve");
        assertThat(byAnother.statusCode()).as(byAnother.body()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("sent");
    }

    @Test
    void whoLastChangedADraftDoesNotApproveItEither() {
        long id = draft("supervisor-2");
        var changed = HubClient.as(port, "supervisor").putJson("/api/assistance/requests/" + id, """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Corrected by the supervisor"}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        assertThat(step("supervisor", id, "approve").statusCode()).as("changed it last").isEqualTo(403);
        assertThat(step("supervisor-2", id, "approve").statusCode()).as("drafted it").isEqualTo(403);
        assertThat(state(id)).isEqualTo("draft");
    }

    @Test
    void whoDraftedAnAnswerDoesNotApproveItAnotherSupervisorDoes() {
        long id = jdbc.sql("""
                SELECT id FROM assistance.request WHERE demo AND direction = 'IN' AND state = 'RECEIVED'
                   AND kind <> 'SPONTANEOUS_INFORMATION' ORDER BY id DESC LIMIT 1""").query(Long.class).single();
        var answered = HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"Done by post.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        assertThat(step("supervisor", id, "sent-elsewhere").statusCode()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("answer-drafted");
        assertThat(step("supervisor-2", id, "sent-elsewhere").statusCode()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("answered");
    }

    private long draft(String officer) {
        var created = HubClient.as(port, officer).postJson("/api/assistance/requests", AssistanceBetweenHubsTest.request("HK", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }

    private HttpResponse<String> step(String officer, long id, String step) {
        return HubClient.as(port, officer).post("/api/assistance/requests/" + id + "/" + step, "application/json", new byte[0]);
    }

    private String state(long id) {
        return JsonPath.read(HubClient.as(port, "supervisor").get("/api/assistance/requests/" + id).body(), "$.state");
    }

    private long refusalsAudited(long id) {
        String reference = JsonPath.read(HubClient.as(port, "supervisor").get("/api/assistance/requests/" + id).body(), "$.reference");
        List<Long> counts = jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action = 'ASSISTANCE_APPROVAL_REFUSED' AND record_id = ?""")
                .param(reference).query(Long.class).list();
        return counts.getFirst();
    }
}
