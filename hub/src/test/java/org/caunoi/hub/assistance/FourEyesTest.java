package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.security.Role;
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

    RequestsOnTheHub hub;

    @BeforeEach
    void aSecondSupervisor() {
        hub = new RequestsOnTheHub(port, jdbc, accounts);
        hub.officer("supervisor-2", "Second Supervisor", "HTQT", Role.SUPERVISOR);
    }

    @Test
    void aSupervisorDoesNotApproveTheirOwnDraftAnotherSupervisorDoes() {
        long id = hub.draft("supervisor");

        HttpResponse<String> own = hub.step("supervisor", id, "approve?lang=en");
        HttpResponse<String> ownInVietnamese = hub.step("supervisor", id, "approve?lang=vi");
        HttpResponse<String> ownElsewhere = hub.step("supervisor", id, "sent-elsewhere?lang=en");
        String page = hub.signedIn("supervisor").get("/assistance/requests/" + id + "?lang=en");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(own.body(), "$.detail")).contains("another supervisor must approve it");
        assertThat((String) JsonPath.read(ownInVietnamese.body(), "$.detail")).contains("một lãnh đạo khác phê duyệt");
        assertThat(ownElsewhere.statusCode()).as("recording it as sent elsewhere approves it too").isEqualTo(403);
        assertThat(page).contains("id=\"four-eyes\"", "another supervisor approves it").doesNotContain("id=\"approve\"");
        assertThat(hub.state(id)).isEqualTo("draft");
        assertThat(hub.audited("ASSISTANCE_APPROVAL_REFUSED", id)).isEqualTo(3);

        HttpResponse<String> byAnother = hub.step("supervisor-2", id, "approve");
        assertThat(byAnother.statusCode()).as(byAnother.body()).isEqualTo(200);
        assertThat(hub.state(id)).isEqualTo("sent");
    }

    @Test
    void whoLastChangedADraftDoesNotApproveItEither() {
        long id = hub.draft("supervisor-2");
        var changed = hub.as("supervisor").putJson("/api/assistance/requests/" + id, """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Corrected by the supervisor"}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        assertThat(hub.step("supervisor", id, "approve").statusCode()).as("changed it last").isEqualTo(403);
        assertThat(hub.step("supervisor-2", id, "approve").statusCode()).as("drafted it").isEqualTo(403);
        assertThat(hub.state(id)).isEqualTo("draft");
    }

    @Test
    void whoDraftedAnAnswerDoesNotApproveItAnotherSupervisorDoes() {
        long id = jdbc.sql("""
                SELECT id FROM assistance.request WHERE demo AND direction = 'IN' AND state = 'RECEIVED'
                   AND kind <> 'SPONTANEOUS_INFORMATION' ORDER BY id DESC LIMIT 1""").query(Long.class).single();
        var answered = hub.as("supervisor").postJson("/api/assistance/requests/" + id + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"Done by post.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        assertThat(hub.step("supervisor", id, "sent-elsewhere").statusCode()).isEqualTo(403);
        assertThat(hub.state(id)).isEqualTo("answer-drafted");
        assertThat(hub.step("supervisor-2", id, "sent-elsewhere").statusCode()).isEqualTo(200);
        assertThat(hub.state(id)).isEqualTo("answered");
    }
}
