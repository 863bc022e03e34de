package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.UserAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A draft request, over real HTTP on the shared hub: corrected or deleted by its drafter or a supervisor
 * until it is approved, through the screens and the API alike; and no free-text field of a request or an
 * answer takes more than its length, refused beside the field in the officer's language.
 */
@HubTest
class AssistanceDraftsTest extends HubTest.Base {

    static final String LONG_WORD = "x".repeat(10_001);

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
    void theDrafterCorrectsADraftOnTheSameFormPrefilledAndTheHistoryKeepsIt() {
        long id = hub.draft("liaison");
        BrowserSession liaison = hub.signedIn("liaison");

        String page = liaison.get("/assistance/requests/" + id + "?lang=vi");
        String form = liaison.get("/assistance/requests/" + id + "/edit");
        var saved = liaison.submit("/assistance/requests/" + id + "/edit", "partner=HK&kind=verification-of-origin"
                + "&subject=origin-fraud&purpose=verification&questions=" + encode("Who signed certificate E2612345?")
                + "&concerns=&caveats=&deadline=&deadlineReason=");

        assertThat(page).contains("id=\"edit-draft\"", ">Sửa bản dự thảo<", "id=\"delete-draft\"", ">Xóa bản dự thảo<");
        assertThat(form).contains("Sửa bản dự thảo " + hub.reference(id), "action=\"/assistance/requests/" + id + "/edit\"",
                "Was certificate E2612345 issued by your authority for this exporter?</textarea>",
                "value=\"Form E certificate E2612345\"");
        String deadline = JsonPath.read(hub.as("liaison").get("/api/assistance/requests/" + id).body(), "$.deadline");
        assertThat(form).as("the deadline as the form asks for it, day first")
                .contains("value=\"" + java.time.LocalDate.parse(deadline).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"");
        assertThat(saved.statusCode()).isEqualTo(302);
        var read = hub.as("liaison").get("/api/assistance/requests/" + id);
        assertThat((String) JsonPath.read(read.body(), "$.questions")).isEqualTo("Who signed certificate E2612345?");
        assertThat((String) JsonPath.read(read.body(), "$.concerns")).isEmpty();
        assertThat((List<String>) JsonPath.read(read.body(), "$.history[*].step")).containsExactly("drafted", "edited");
        assertThat(hub.audited("ASSISTANCE_EDITED", id)).isEqualTo(1);
    }

    @Test
    void concernsAndCaveatsLeftEmptySayNoneInBothLanguagesAndGivenOnesAreShown() {
        long id = hub.draft("liaison");
        BrowserSession liaison = hub.signedIn("liaison");
        Document drafted = Jsoup.parse(liaison.get("/assistance/requests/" + id + "?lang=en"));
        var emptied = liaison.submit("/assistance/requests/" + id + "/edit", "partner=HK&kind=verification-of-origin"
                + "&subject=origin-fraud&purpose=verification&questions=" + encode("Who signed certificate E2612345?")
                + "&concerns=&caveats=" + encode("Not for court use") + "&deadline=&deadlineReason=");

        assertThat(drafted.select("#request-concerns").text()).isEqualTo("Form E certificate E2612345");
        assertThat(drafted.select("#request-caveats").text()).as("a draft made without caveats").isEqualTo("None.");
        assertThat(emptied.statusCode()).isEqualTo(302);
        Document english = Jsoup.parse(liaison.get("/assistance/requests/" + id + "?lang=en"));
        Document vietnamese = Jsoup.parse(liaison.get("/assistance/requests/" + id + "?lang=vi"));
        assertThat(english.select("#request-concerns").text()).isEqualTo("None.");
        assertThat(vietnamese.select("#request-concerns").text()).isEqualTo("Không có.");
        assertThat(english.select("#request-caveats").text()).isEqualTo("Not for court use");
    }

    @Test
    void aSupervisorMayCorrectADraftAnotherOfficerOfTheUnitMayNot() {
        hub.officer("liaison-2", "Second Liaison", "HTQT", Role.LIAISON_OFFICER);
        long id = hub.draft("liaison");

        var other = hub.as("liaison-2").putJson("/api/assistance/requests/" + id, corrected("By the colleague"));
        var otherDelete = hub.as("liaison-2").delete("/api/assistance/requests/" + id);
        var supervisor = hub.as("supervisor").putJson("/api/assistance/requests/" + id, corrected("By the supervisor"));

        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
        assertThat(otherDelete.statusCode()).isEqualTo(403);
        assertThat(hub.signedIn("liaison-2").get("/assistance/requests/" + id)).doesNotContain("id=\"edit-draft\"");
        assertThat(supervisor.statusCode()).as(supervisor.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(supervisor.body(), "$.questions")).isEqualTo("By the supervisor");
    }

    @Test
    void aDraftIsDeletedAfterAConfirmationAndTheAuditTrailKeepsIt() {
        long id = hub.draft("liaison");
        String reference = hub.reference(id);
        BrowserSession liaison = hub.signedIn("liaison");

        String confirmation = liaison.get("/assistance/requests/" + id + "/delete?lang=en");
        var deleted = liaison.submit("/assistance/requests/" + id + "/delete", "");

        assertThat(confirmation).contains("Delete the draft request " + reference, "id=\"confirm-delete\"",
                "action=\"/assistance/requests/" + id + "/delete\"");
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/assistance/requests");
        assertThat(hub.as("liaison").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'ASSISTANCE_DELETED' AND record_id = ?")
                .param(reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deletingADraftDeletesItsDocumentsFromTheStoreAuditedAndLeavesNoOrphan() {
        long id = hub.draft("liaison");
        var liaison = hub.as("liaison");
        var upload = Upload.pdf("draft annex.pdf").postAs(liaison, "/api/assistance/requests/" + id + "/attachments");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String file = JsonPath.read(upload.body(), "$.id");
        String download = "/api/assistance/requests/" + id + "/attachments/" + file;
        assertThat(liaison.get(download).statusCode()).isEqualTo(200);

        var deleted = liaison.delete("/api/assistance/requests/" + id);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(liaison.get(download).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.attachment WHERE owner_module = 'assistance'"
                + " AND (owner_id = ? OR owner_id = ? OR id = ?::uuid)").params(String.valueOf(id), id + "/answer", file)
                .query(Long.class).single()).as("no attachment row of the deleted draft").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.attachment_content WHERE attachment_id = ?::uuid").param(file)
                .query(Long.class).single()).as("nor its bytes").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'DELETE_ATTACHMENT' AND record_id = ?")
                .param(file).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownRequestIsNamedByItsIdInPlainDigits() {
        var missing = hub.as("liaison").get("/api/assistance/requests/123456789", "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(missing.body(), "$.detail")).isEqualTo("No request for assistance 123456789.");
    }

    @Test
    void theListsCodedFiltersTakeEitherCaseAndRefuseAnUnknownCodeListingTheValidOnes() {
        var upper = hub.as("supervisor").get("/api/assistance/requests?direction=OUT", "en");
        var bogus = hub.as("supervisor").get("/api/assistance/requests?kind=bogus", "en");

        assertThat(upper.statusCode()).as(upper.body()).isEqualTo(200);
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(bogus.body(), "$.errors[*].field")).containsExactly("kind");
        assertThat(JsonPath.<List<String>>read(bogus.body(), "$.validValues")).isNotEmpty();
    }

    @Test
    void theApiCorrectsAndDeletesDraftsOnlyAndAnswers409Otherwise() {
        long id = hub.draft("liaison");
        long sent = hub.draft("liaison");
        var supervisor = hub.as("supervisor");
        assertThat(supervisor.post("/api/assistance/requests/" + sent + "/sent-elsewhere", "application/json", new byte[0])
                .statusCode()).isEqualTo(200);

        var corrected = hub.as("liaison").putJson("/api/assistance/requests/" + id, corrected("Corrected by API"));
        var correctSent = hub.as("liaison").putJson("/api/assistance/requests/" + sent, corrected("Too late"));
        var deleteSent = hub.as("liaison").delete("/api/assistance/requests/" + sent);
        var deleted = hub.as("liaison").delete("/api/assistance/requests/" + id);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(corrected.body(), "$.questions")).isEqualTo("Corrected by API");
        assertThat(correctSent.statusCode()).as(correctSent.body()).isEqualTo(409);
        assertThat(deleteSent.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(hub.as("liaison").get("/api/assistance/requests/" + sent).body(),
                "$.questions")).isEqualTo("Was certificate E2612345 issued by your authority for this exporter?");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(hub.as("liaison").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void tooLongARequestIsRefusedBesideItsFieldByTheApiAndTheScreenAlike() {
        long before = requests();
        var api = hub.as("liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "%s"}""".formatted(LONG_WORD));
        String screen = hub.signedIn("liaison").postFormForPage("/assistance/requests?lang=vi", "partner=HK"
                + "&kind=verification-of-origin&subject=origin-fraud&purpose=verification&questions=ok&concerns="
                + "y".repeat(2_001));
        long id = hub.draft("liaison");
        var correction = hub.as("liaison").putJson("/api/assistance/requests/" + id, corrected(LONG_WORD));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(api.body(), "$.errors[*].field")).containsExactly("questions");
        assertThat(screen).containsPattern("id=\"concerns-error\" class=\"field-error\">Tối đa 2.000 ký tự; nội dung đã nhập có 2.001 ký tự.<")
                .contains("maxlength=\"10000\"");
        assertThat(correction.statusCode()).isEqualTo(400);
        assertThat(requests()).as("nothing stored but the one valid draft").isEqualTo(before + 1);
    }

    @Test
    void tooLongAnAnswerIsRefusedBesideItsField() {
        long id = jdbc.sql("SELECT id FROM assistance.request WHERE direction = 'IN' AND state = 'RECEIVED' ORDER BY id LIMIT 1")
                .query(Long.class).single();

        var api = hub.as("supervisor").postJson("/api/assistance/requests/" + id + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"" + LONG_WORD + "\"}");
        String screen = hub.signedIn("supervisor").postFormForPage("/assistance/requests/" + id + "/answer?lang=en",
                "outcome=refused&text=&reason=" + "z".repeat(2_001));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(api.body(), "$.errors[*].field")).containsExactly("text");
        assertThat(screen).contains("id=\"reason-error\" class=\"field-error\">At most 2,000 characters; this has 2,001.<");
        assertThat(jdbc.sql("SELECT state FROM assistance.request WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("RECEIVED");
    }

    @Test
    void longUnbrokenTextWrapsOnTheRequestsPage() {
        String css = hub.as("liaison").get("/css/hub.css").body();

        assertThat(css).contains(".facts { display: grid; grid-template-columns: 220px minmax(0, 1fr);")
                .contains(".facts dd { margin: 0; overflow-wrap: anywhere; }")
                .contains(".pre { white-space: pre-wrap; overflow-wrap: anywhere; }");
    }

    private static String corrected(String questions) {
        return """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "%s"}""".formatted(questions);
    }

    private long requests() {
        return jdbc.sql("SELECT count(*) FROM assistance.request").query(Long.class).single();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
