package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Need-to-know for requests (README, "Who reads what"), over real HTTP on the shared hub: supervisors, liaison
 * officers, the investigators of the unit a request is assigned to and its drafter read it in full, each read
 * audited; the administrator, analysts, viewers and other units read it withheld and get none of its documents;
 * only a supervisor approves what goes to a partner, and the administrator is told so.
 */
@HubTest
class WhoReadsRequestsTest extends HubTest.Base {

    /** Demo accounts are in HTQT (liaison, supervisor), DTCBL (investigator, viewer), PCU (analyst) and IT (admin). */
    private static final String PCU_INVESTIGATOR = "pcu-investigator";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void anInvestigatorOfThePortControlUnit() {
        accounts.createIfAbsent(PCU_INVESTIGATOR, "demo", "Port Control Investigator", new Unit("PCU"),
                EnumSet.of(Role.INVESTIGATOR), false);
    }

    @Test
    void theAdministratorReadsARequestWithheldGetsNoDocumentAndApprovesNothing() {
        String questions = "Who signed certificate " + unique() + " for Mr Le Van Tam?";
        long id = draft(questions);
        String file = attach(id);

        String request = as("admin").get("/api/assistance/requests/" + id).body();
        String listed = as("admin").get("/api/assistance/requests?direction=out&partner=HK").body();
        var screen = signedIn("admin");
        String page = screen.get("/assistance/requests/" + id + "?lang=en");

        assertThat((Object) JsonPath.read(request, "$.questions")).isNull();
        assertThat(JsonPath.<List<String>>read(request, "$.withheld")).contains("questions", "attachments");
        assertThat(listed).contains("\"id\":" + id).doesNotContain(questions);
        assertThat(page).doesNotContain(questions, file).contains("id=\"nominal-withheld\"", "id=\"supervisors-approve\"",
                "A supervisor approves this").doesNotContain("id=\"approve\"", "id=\"sent-elsewhere\"");
        assertThat(as("admin").get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(404);
        assertThat(screen.status("/assistance/requests/" + id + "/attachments/" + file)).isEqualTo(404);
        assertThat(nominalReads("admin", id)).isZero();

        HttpResponse<String> approved = step("admin", id, "approve?lang=en");
        HttpResponse<String> elsewhere = step("admin", id, "sent-elsewhere?lang=vi");
        String refusedOnScreen = screen.postFormForPage("/assistance/requests/" + id + "/approve?lang=en", "");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(403);
        assertThat(JsonPath.<String>read(approved.body(), "$.detail")).contains("Only a supervisor approves what goes to a partner");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(elsewhere.body(), "$.detail")).contains("Chỉ lãnh đạo mới phê duyệt");
        assertThat(refusedOnScreen).contains("Only a supervisor approves what goes to a partner").doesNotContain(questions);
        assertThat(state(id)).isEqualTo("draft");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action = 'ASSISTANCE_APPROVAL_REFUSED_ROLE' AND record_id = ?""")
                .param(reference(id)).query(Long.class).single()).isEqualTo(3);

        var byTheSupervisor = step("supervisor", id, "approve");
        assertThat(byTheSupervisor.statusCode()).as(byTheSupervisor.body()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("sent");

        // Nor through the message that carried it to the partner.
        String message = "/exchange/messages/out/" + jdbc.sql("SELECT request_message_id FROM assistance.request WHERE id = ?")
                .param(id).query(String.class).single();
        assertThat(screen.get(message + "?lang=en")).contains("id=\"payload-withheld\"", "an administrator does not read its content")
                .doesNotContain("id=\"show-payload\"");
        assertThat(screen.status(message + "/payload")).isEqualTo(403);
        assertThat(signedIn("supervisor").get(message + "/payload")).contains(questions);
    }

    @Test
    void theAdministratorNeitherDraftsNorAnswersARequest() {
        var drafted = as("admin").postJson("/api/assistance/requests?lang=en", AssistanceBetweenHubsTest.request("HK", null));
        long received = jdbc.sql("""
                SELECT id FROM assistance.request WHERE demo AND direction = 'IN' AND state = 'RECEIVED'
                   AND kind <> 'SPONTANEOUS_INFORMATION' ORDER BY id DESC LIMIT 1""").query(Long.class).single();
        var answered = as("admin").postJson("/api/assistance/requests/" + received + "/answer?lang=en",
                "{\"outcome\": \"answered\", \"text\": \"Done.\"}");
        var screen = signedIn("admin");
        String page = screen.get("/assistance/requests?lang=en");
        String form = screen.get("/assistance/requests/new?lang=en");

        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(403);
        assertThat(JsonPath.<String>read(drafted.body(), "$.detail")).contains("A supervisor, a liaison officer or an investigator");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(403);
        assertThat(state(received)).isEqualTo("received");
        assertThat(page).doesNotContain("id=\"new-request\"");
        assertThat(form).as("told at once, not after filling the form in").contains("so you do not draft requests");
    }

    @Test
    void theAdministratorNeitherRemindsAPartnerNorClosesARequestOthersAreRefusedOnlyForItsState() {
        long id = draft("Who shipped container " + unique() + "?");

        for (String step : List.of("remind?lang=en", "courtesy-reminder?lang=en", "close?lang=en")) {
            HttpResponse<String> byAdmin = step("admin", id, step);
            HttpResponse<String> byLiaison = step("liaison", id, step);

            assertThat(byAdmin.statusCode()).as(step + ": " + byAdmin.body()).isEqualTo(403);
            assertThat(JsonPath.<String>read(byAdmin.body(), "$.detail")).contains("remind a partner or close a request");
            assertThat(byLiaison.statusCode()).as(step + ", a draft: " + byLiaison.body()).isIn(400, 409);
        }
        assertThat(state(id)).isEqualTo("draft");
    }

    @Test
    void investigatorsReadInFullTheRequestsOfTheUnitTheyAreAssignedToOtherUnitsReadThemWithheld() {
        String questions = "Which vessel carried container " + unique() + " for Ms Nguyen Thi Hoa?";
        long id = draft(questions);
        String file = attach(id);
        assign(id, "PCU");

        String ofTheUnit = as(PCU_INVESTIGATOR).get("/api/assistance/requests/" + id).body();
        var screen = signedIn(PCU_INVESTIGATOR);
        String page = screen.get("/assistance/requests/" + id + "?lang=en");

        assertThat(JsonPath.<String>read(ofTheUnit, "$.questions")).isEqualTo(questions);
        assertThat(page).contains(questions).doesNotContain("id=\"nominal-withheld\"");
        assertThat(as(PCU_INVESTIGATOR).get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(200);
        assertThat(nominalReads(PCU_INVESTIGATOR, id)).isEqualTo(2);
        String byAnotherUnit = as("investigator").get("/api/assistance/requests/" + id).body();
        assertThat((Object) JsonPath.read(byAnotherUnit, "$.questions")).as("an investigator of another unit (DTCBL)").isNull();
        assertThat(as("investigator").get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(404);
        assertThat(as("investigator").get("/api/assistance/requests?direction=out&partner=HK").body()).doesNotContain(questions)
                .doesNotContain("\"id\":" + id + ",");
        assertThat(nominalReads("investigator", id)).isZero();

        String byTheAnalystOfTheUnit = as("analyst").get("/api/assistance/requests/" + id).body();
        assertThat((Object) JsonPath.read(byTheAnalystOfTheUnit, "$.questions")).as("the unit's analyst").isNull();
        assertThat(as("analyst").get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(404);
    }

    /**
     * As a case of another unit opens in the non-nominal form (enforcement's {@code Officer}), a request of another
     * unit opens withheld by its address, on the page and in the API: not a 404. Lists keep to the officer's unit, and
     * a withheld read is not audited, as a non-nominal read of a case is not; working on it is refused with the reason.
     */
    @ParameterizedTest(name = "{0}, of another unit than International Cooperation, opens its request withheld")
    @CsvSource({"investigator", "viewer", "analyst"})
    void anOfficerOfAnotherUnitOpensARequestByItsAddressWithheldAsACaseOfAnotherUnit(String officer) {
        String questions = "Who owns the account " + unique() + " of Mr Do Van Minh?";
        long id = draft(questions);
        String file = attach(id);

        HttpResponse<String> request = as(officer).get("/api/assistance/requests/" + id);
        String page = signedIn(officer).get("/assistance/requests/" + id + "?lang=en");
        String listPage = signedIn(officer).get("/assistance/requests?direction=out&partner=HK");

        assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
        assertThat((Object) JsonPath.read(request.body(), "$.questions")).isNull();
        assertThat(JsonPath.<List<String>>read(request.body(), "$.withheld")).contains("questions", "attachments");
        assertThat(JsonPath.<String>read(request.body(), "$.reference")).isEqualTo(reference(id));
        assertThat(page).contains(reference(id), "id=\"nominal-withheld\"").doesNotContain(questions, file);
        assertThat(listPage).doesNotContain("/assistance/requests/" + id + "\"");
        assertThat(as(officer).get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(404);
        assertThat(nominalReads(officer, id)).isZero();
        if (!officer.equals("investigator")) {
            return;
        }
        HttpResponse<String> closed = step(officer, id, "close?lang=en");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(403);
        assertThat(JsonPath.<String>read(closed.body(), "$.detail")).contains("an investigator of the unit the request is assigned to");
    }

    /**
     * Whoever drafted a request keeps it when a supervisor assigns it to another unit: in their list and figures, and
     * in full, as before; their colleagues of the unit list it no more.
     */
    @Test
    void anInvestigatorKeepsReadingTheRequestTheyDraftedInFullAfterItIsAssignedToAnotherUnit() {
        String questions = "Who collected parcel " + unique() + " for Mr Tran Van Long?";
        var created = as("investigator").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "information-on-persons", "subject": "drugs", "purpose": "investigation",
                 "questions": "%s"}""".formatted(questions));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        var upload = Upload.pdf("parcel " + unique() + ".pdf").postAs(as("investigator"), "/api/assistance/requests/" + id + "/attachments");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String file = JsonPath.read(upload.body(), "$.id");
        assertThat(step("supervisor", id, "sent-elsewhere").statusCode()).as("counted in the figures once sent").isEqualTo(200);
        assign(id, "PCU");

        String read = as("investigator").get("/api/assistance/requests/" + id).body();
        String page = signedIn("investigator").get("/assistance/requests/" + id + "?lang=en");
        String listPage = signedIn("investigator").get("/assistance/requests?direction=out&partner=HK&lang=en");

        assertThat(JsonPath.<String>read(read, "$.questions")).isEqualTo(questions);
        assertThat(JsonPath.<String>read(read, "$.assignedUnit")).isEqualTo("PCU");
        assertThat(page).contains(questions).doesNotContain("id=\"nominal-withheld\"");
        assertThat(listPage).contains("/assistance/requests/" + id + "\"", "and those you drafted");
        assertThat(as("investigator").get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(200);
        assertThat(sentListed("investigator", id)).isTrue();
        assertThat(sentListed("viewer", id)).as("a colleague of the drafter's unit").isFalse();
        assertThat(sentListed(PCU_INVESTIGATOR, id)).as("the unit it is assigned to").isTrue();

        int year = java.time.Instant.parse(JsonPath.read(read, "$.createdAt")).atZone(org.caunoi.hub.TestHub.ZONE).getYear();
        for (String officer : List.of("investigator", "viewer")) {
            Map<String, Map<String, Number>> perPartner = JsonPath.read(as(officer).get("/api/assistance/figures?year=" + year)
                    .body(), "$.perPartner");
            var listed = as(officer).get("/api/assistance/requests?direction=out&partner=HK&measure=sent&year=" + year + "&size=1");
            assertThat(perPartner.containsKey("HK") ? perPartner.get("HK").get("sent").longValue() : 0)
                    .as(officer + ": the figure counts the rows its link opens")
                    .isEqualTo(Long.parseLong(listed.headers().firstValue("X-Total-Count").orElseThrow()));
        }
    }

    /** Whether the officer's list of requests sent to Hong Kong holds the request (the newest come first). */
    private boolean sentListed(String officer, long id) {
        List<Number> ids = JsonPath.read(as(officer).get("/api/assistance/requests?direction=out&partner=HK&measure=sent").body(),
                "$[*].id");
        return ids.stream().anyMatch(listed -> listed.longValue() == id);
    }

    @ParameterizedTest(name = "{0} reads a request of the International Cooperation unit in full: {1}")
    @CsvSource({"liaison, true", "supervisor, true", "admin, false"})
    void liaisonOfficersAndSupervisorsReadInFullTheAdministratorWithheldEachFullReadAudited(String officer, boolean full) {
        String questions = "Where is Mr Pham Quoc Viet, passport " + unique() + ", registered?";
        long id = draft(questions);
        String file = attach(id);

        String request = as(officer).get("/api/assistance/requests/" + id).body();
        String listed = as(officer).get("/api/assistance/requests?direction=out&partner=HK").body();
        int download = as(officer).get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode();

        assertThat(request.contains(questions)).isEqualTo(full);
        assertThat(listed.contains(questions)).isEqualTo(full);
        assertThat(download).isEqualTo(full ? 200 : 404);
        assertThat(nominalReads(officer, id)).isEqualTo(full ? 1 : 0);
    }

    /** A draft to Hong Kong by the liaison officer, so it belongs to International Cooperation (HTQT); its id. */
    private long draft(String questions) {
        var created = as("liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "information-on-persons", "subject": "drugs", "purpose": "investigation",
                 "questions": "%s"}""".formatted(questions));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }

    private String attach(long id) {
        var upload = Upload.pdf("passport copy " + unique() + ".pdf").postAs(as("liaison"), "/api/assistance/requests/" + id + "/attachments");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        return JsonPath.read(upload.body(), "$.id");
    }

    private void assign(long id, String unit) {
        var assigned = as("supervisor").postJson("/api/assistance/requests/" + id + "/assign", "{\"unit\": \"" + unit + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    }

    private HttpResponse<String> step(String officer, long id, String step) {
        return as(officer).post("/api/assistance/requests/" + id + "/" + step, "application/json", new byte[0]);
    }

    private String state(long id) {
        return JsonPath.read(as("supervisor").get("/api/assistance/requests/" + id).body(), "$.state");
    }

    private String reference(long id) {
        return jdbc.sql("SELECT reference FROM assistance.request WHERE id = ?").param(id).query(String.class).single();
    }

    /** How many times the officer read the request in full, as the audit trail has it. */
    private long nominalReads(String officer, long id) {
        return jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action = 'READ' AND record_type = 'assistance-request'
                   AND record_id = ? AND actor = ?""").params(reference(id), officer).query(Long.class).single();
    }

    private HubClient as(String officer) {
        return HubClient.as(port, officer);
    }

    private BrowserSession signedIn(String officer) {
        var session = new BrowserSession(port);
        session.logIn(officer, "demo");
        return session;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
