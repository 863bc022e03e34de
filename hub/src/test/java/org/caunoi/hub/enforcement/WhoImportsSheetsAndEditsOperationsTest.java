package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Screens a role may not use are refused even when typed into the address bar, and the refusal is in
 * the audit trail: the case sheet import is investigators' work (as recording a case is), and a joint
 * operation is edited by those who manage operations, the only ones shown the operation page's edit link.
 */
@HubTest
class WhoImportsSheetsAndEditsOperationsTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    String marker;

    @BeforeEach
    void marker() {
        marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"VIEWER", "ANALYST", "SUPERVISOR", "LIAISON_OFFICER", "ADMIN"})
    void onlyInvestigatorsOpenOrPostTheCaseSheetImportAndTheRefusalIsAudited(Role role) {
        Signed officer = freshOfficer(role);

        var form = officer.session().get("/enforcement/cases/import?lang=en", "Accept", "text/html");
        var posted = officer.session().upload("/enforcement/cases/import", "cases.csv", CSV_WITH_A_HEADER_ONLY, Map.of());

        assertThat(form.statusCode()).as("the form, from the address bar").isEqualTo(403);
        assertThat(form.body()).contains("Access denied").doesNotContain("id=\"file\"");
        assertThat(posted.statusCode()).as("a sheet posted all the same").isEqualTo(403);
        assertThat(posted.headers().firstValue("Location")).as("no import was started").isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(refusalsOf(officer, "/enforcement/cases/import")).isEqualTo(2);
        });
    }

    @Test
    void anInvestigatorOpensTheCaseSheetImport() {
        BrowserSession investigator = new BrowserSession(port);
        investigator.logIn("investigator", "demo");

        var form = investigator.get("/enforcement/cases/import?lang=en", "Accept", "text/html");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"file\"");
    }

    @ParameterizedTest(name = "{0} sees the edit link: {1}")
    @CsvSource({"admin, true", "liaison, true", "investigator, true", "supervisor, true", "analyst, false", "viewer, false"})
    void theOperationPageShowsTheEditLinkOnlyToThoseWhoMayEditAndTheLinkWorksForThem(String user, boolean mayEdit) {
        long operation = operation();
        BrowserSession officer = new BrowserSession(port);
        officer.logIn(user, "demo");

        String page = officer.get("/enforcement/operations/" + operation + "?lang=en");
        int form = officer.status("/enforcement/operations/" + operation + "/edit");

        assertThat(page).contains("Edit " + marker);
        assertThat(page.contains("id=\"edit-operation\"")).as("the edit link").isEqualTo(mayEdit);
        assertThat(form).as("the form the link opens").isEqualTo(mayEdit ? 200 : 403);
    }

    @Test
    void aSupervisorSavesTheOperationFormTheLinkOpens() {
        long operation = operation();
        BrowserSession supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");

        var saved = supervisor.submit("/enforcement/operations/" + operation, changedForm());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(supervisor.get("/enforcement/operations/" + operation + "?lang=en")).contains("Edited " + marker);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"VIEWER", "ANALYST"})
    void viewersAndAnalystsPostingTheOperationFormAreRefusedAndAudited(Role role) {
        long operation = operation();
        Signed officer = freshOfficer(role);

        var refused = officer.session().submit("/enforcement/operations/" + operation, changedForm());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(officer.session().get("/enforcement/operations/" + operation + "?lang=en")).contains("Edit " + marker)
                .doesNotContain("Edited " + marker);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(refusalsOf(officer, "/enforcement/operations/" + operation)).isEqualTo(1);
        });
    }

    private static final byte[] CSV_WITH_A_HEADER_ONLY = "reference\n".getBytes(StandardCharsets.UTF_8);

    /** A new joint operation named with this test's marker; its id. */
    private long operation() {
        var created = HubClient.as(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"Edit " + marker + "\", \"code\": \"E" + marker + "\", \"categories\": [\"drugs\"], \"partners\": [\"HK\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }

    private String changedForm() {
        return "name=Edited+" + marker + "&code=E" + marker + "&partners=HK&categories=drugs";
    }

    /** A signed-in officer and the name the audit trail knows them by. */
    private record Signed(String username, BrowserSession session) {
    }

    /** An officer of the role made for this test alone, so that others' refusals in the same minute do not count. */
    private Signed freshOfficer(Role role) {
        String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + marker;
        accounts.createIfAbsent(username, "demo", "Officer " + marker, new Unit("CSDP"), EnumSet.of(role), false);
        BrowserSession session = new BrowserSession(port);
        session.logIn(username, "demo");
        return new Signed(username, session);
    }

    private long refusalsOf(Signed officer, String path) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'ACCESS_REFUSED' AND actor = ? AND record_id = ?")
                .params(officer.username(), path).query(Long.class).single();
    }
}
