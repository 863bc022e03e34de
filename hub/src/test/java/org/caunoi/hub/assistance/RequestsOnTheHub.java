package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the request tests do on the shared hub, over its real API and screens: draft a request as an officer, take a
 * step on it, read its state and what the audit trail holds of it, sign an officer in; and add the second officer a
 * rule needs (a second supervisor for four eyes, a colleague of the drafter).
 */
record RequestsOnTheHub(int port, JdbcClient jdbc, UserAccounts accounts) {

    /** A draft to Hong Kong by the officer (a verification of origin), belonging to the officer's unit; its id. */
    long draft(String officer) {
        var created = as(officer).postJson("/api/assistance/requests", AssistanceBetweenHubsTest.request("HK", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }

    /** A step on the request ({@code approve}, {@code close?lang=en}), posted with an empty body. */
    HttpResponse<String> step(String officer, long id, String step) {
        return as(officer).post("/api/assistance/requests/" + id + "/" + step, "application/json", new byte[0]);
    }

    /** The request's state as the API writes it ({@code draft}, {@code sent}), read by a supervisor, who reads every one. */
    String state(long id) {
        return JsonPath.read(as("supervisor").get("/api/assistance/requests/" + id).body(), "$.state");
    }

    String reference(long id) {
        return jdbc.sql("SELECT reference FROM assistance.request WHERE id = ?").param(id).query(String.class).single();
    }

    /** How many entries of the action the audit trail holds for the request. */
    long audited(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = ? AND record_id = ?")
                .params(action, reference(id)).query(Long.class).single();
    }

    /** An officer with the demo password, created once for every test of the run. */
    void officer(String username, String displayName, String unit, Role role) {
        accounts.createIfAbsent(username, "demo", displayName, new Unit(unit), EnumSet.of(role), false);
    }

    HubClient as(String officer) {
        return HubClient.as(port, officer);
    }

    BrowserSession signedIn(String officer) {
        BrowserSession session = new BrowserSession(port);
        session.logIn(officer, "demo");
        return session;
    }
}
