package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who works on what is a supervisor's call (README, "Who reads what"), over real HTTP on the shared hub: a supervisor
 * assigns a request to a unit and sets how many days before a deadline a unit is warned; the administrator, who keeps
 * accounts and the hub, and the officers who work on requests are refused with the reason, each refusal audited.
 */
@HubTest
class WhoAssignsRequestsTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    RequestsOnTheHub hub;

    @BeforeEach
    void onTheSharedHub() {
        hub = new RequestsOnTheHub(port, jdbc, accounts);
    }

    @Test
    void onlyASupervisorAssignsARequestTheAdministratorIsToldWhyAndTheRefusalIsAudited() {
        long id = hub.draft("liaison");

        HttpResponse<String> byAdmin = assign("admin", id, "en");
        HttpResponse<String> byAdminInVietnamese = assign("admin", id, "vi");
        HttpResponse<String> byInvestigator = assign("investigator", id, "en");

        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(403);
        assertThat(byAdmin.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(byAdmin.body(), "$.detail"))
                .contains("Only a supervisor assigns requests to a unit", "Ask a supervisor");
        assertThat(JsonPath.<String>read(byAdminInVietnamese.body(), "$.detail")).contains("Chỉ lãnh đạo mới giao yêu cầu");
        assertThat(byInvestigator.statusCode()).as(byInvestigator.body()).isEqualTo(403);
        assertThat(JsonPath.<String>read(byInvestigator.body(), "$.detail")).contains("Only a supervisor assigns requests");
        assertThat(assignedUnit(id)).as("nothing changed").isEqualTo("HTQT");
        assertThat(hub.audited("ASSISTANCE_ASSIGNMENT_REFUSED_ROLE", id)).isEqualTo(3);
        assertThat(hub.audited("ASSISTANCE_ASSIGNED", id)).isZero();

        HttpResponse<String> bySupervisor = assign("supervisor", id, "en");
        assertThat(bySupervisor.statusCode()).as(bySupervisor.body()).isEqualTo(200);
        assertThat(assignedUnit(id)).isEqualTo("PCU");
        assertThat(hub.audited("ASSISTANCE_ASSIGNED", id)).isEqualTo(1);
    }

    @Test
    void theRequestPageOffersASupervisorTheAssignFormAndNoOneElseTheAdministratorPostingItIsToldWhy() {
        long id = hub.draft("liaison");
        String page = "/assistance/requests/" + id + "?lang=en";
        var supervisor = hub.signedIn("supervisor");
        var admin = hub.signedIn("admin");

        assertThat(supervisor.get(page)).contains("id=\"assign-form\"", "Assign to the unit", "<option value=\"PCU\"");
        for (String officer : java.util.List.of("admin", "liaison", "investigator")) {
            assertThat(hub.signedIn(officer).get(page)).as(officer).doesNotContain("id=\"assign-form\"");
        }
        String refused = admin.postFormForPage("/assistance/requests/" + id + "/assign?lang=en", "unit=PCU&officer=");
        assertThat(refused).contains("Only a supervisor assigns requests to a unit").doesNotContain("id=\"assign-form\"");
        assertThat(assignedUnit(id)).isEqualTo("HTQT");
        assertThat(hub.audited("ASSISTANCE_ASSIGNMENT_REFUSED_ROLE", id)).isEqualTo(1);

        var assigned = supervisor.submit("/assistance/requests/" + id + "/assign", "unit=PCU&officer=");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(302);
        assertThat(assignedUnit(id)).isEqualTo("PCU");
        assertThat(supervisor.get(page)).contains("<option value=\"PCU\" selected=\"selected\"");
    }

    @Test
    void onlyASupervisorSetsAUnitsWarningDaysTheAdministratorIsToldWhyAndBothAreAudited() {
        // PCU's warning days are set to the default (5): what the other tests' deadlines expect is left as it was.
        long refusedBefore = audited("ASSISTANCE_WARNING_DAYS_REFUSED_ROLE", "admin");
        long setBefore = audited("ASSISTANCE_WARNING_DAYS_SET", "supervisor");

        HttpResponse<String> byAdmin = hub.as("admin").putJson("/api/assistance/warning-days/PCU?days=9&lang=en", "");
        HttpResponse<String> byAdminInVietnamese = hub.as("admin").putJson("/api/assistance/warning-days/PCU?days=9&lang=vi", "");

        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(403);
        assertThat(JsonPath.<String>read(byAdmin.body(), "$.detail"))
                .contains("Only a supervisor assigns requests to a unit or sets how many days before a deadline a unit is warned");
        assertThat(JsonPath.<String>read(byAdminInVietnamese.body(), "$.detail")).contains("đặt số ngày cảnh báo");
        assertThat(warningDays()).as("nothing changed").isNotEqualTo(9);
        assertThat(audited("ASSISTANCE_WARNING_DAYS_REFUSED_ROLE", "admin")).isEqualTo(refusedBefore + 2);

        HttpResponse<String> bySupervisor = hub.as("supervisor").putJson("/api/assistance/warning-days/PCU?days=5", "");
        assertThat(bySupervisor.statusCode()).as(bySupervisor.body()).isEqualTo(204);
        assertThat(warningDays()).isEqualTo(5);
        assertThat(audited("ASSISTANCE_WARNING_DAYS_SET", "supervisor")).isEqualTo(setBefore + 1);
    }

    private HttpResponse<String> assign(String officer, long id, String language) {
        return hub.as(officer).postJson("/api/assistance/requests/" + id + "/assign?lang=" + language, "{\"unit\": \"PCU\"}");
    }

    private String assignedUnit(long id) {
        return JsonPath.read(hub.as("supervisor").get("/api/assistance/requests/" + id).body(), "$.assignedUnit");
    }

    /** PCU's warning days as stored, -1 while none are set (the default applies). */
    private int warningDays() {
        return jdbc.sql("SELECT days FROM assistance.warning_days WHERE unit = 'PCU'").query(Integer.class).optional().orElse(-1);
    }

    private long audited(String action, String actor) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = ? AND record_id = 'PCU' AND actor = ?")
                .params(action, actor).query(Long.class).single();
    }
}
