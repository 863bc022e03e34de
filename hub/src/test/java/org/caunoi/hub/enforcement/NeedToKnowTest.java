package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.http.HttpResponse;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who reads a case in full, over real HTTP on the shared hub, as the README's table says: a supervisor
 * every case (audited), an admin none, and nobody sends in nominal form a case they do not read in full.
 * The demo's cases belong to the Anti-Smuggling Investigation Department; the supervisor, the liaison
 * officer and the admin are of other units.
 */
@HubTest
class NeedToKnowTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PERSON = "Nguyễn Văn Hùng";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorReadsACaseOfAnotherUnitInFullWithItsPhotosAndEachReadIsAudited() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        String href = photoOf(id);
        long auditedBefore = reads("supervisor", reference(id));

        JsonNode read = read("supervisor", id);
        String page = signedIn("supervisor").get("/enforcement/cases/" + id + "?lang=en");

        assertThat(read.get("unit").asString()).isEqualTo("DTCBL");
        assertThat(read.get("form").asString()).isEqualTo("nominal");
        assertThat(read.at("/content/persons/0/name").asString()).isEqualTo(PERSON);
        assertThat(JSON.readTree(HubClient.as(port, "supervisor").get("/api/enforcement/cases/" + id + "/photos").body()))
                .hasSize(1);
        assertThat(Photos.read(port, "supervisor", href).statusCode()).isEqualTo(200);
        assertThat(page).contains(PERSON).doesNotContain("case-persons-withheld")
                .as("reads in full, corrects only their own unit's cases").doesNotContain("id=\"edit-case\"");
        assertThat(reads("supervisor", reference(id))).as("the case and its photos by the API, and the page: each audited")
                .isEqualTo(auditedBefore + 3);
    }

    @Test
    void anAdminReadsCasesInTheNonNominalFormWithoutPhotosOnThePageTheApiAndExports() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        String href = photoOf(id);
        String photoId = href.substring(href.lastIndexOf('/') + 1);

        JsonNode read = read("admin", id);
        JsonNode versions = JSON.readTree(HubClient.as(port, "admin").get("/api/enforcement/cases/" + id + "/versions").body());
        String page = signedIn("admin").get("/enforcement/cases/" + id + "?lang=en");
        String export = HubClient.as(port, "admin").get("/api/enforcement/cases/export?format=csv&category=drugs").body();

        assertThat(read.get("form").asString()).isEqualTo("non-nominal");
        assertThat(read.at("/content/persons")).isEmpty();
        assertThat(versions.get(0).at("/content/persons")).isEmpty();
        assertThat(JSON.readTree(HubClient.as(port, "admin").get("/api/enforcement/cases/" + id + "/photos").body())).isEmpty();
        assertThat(Photos.read(port, "admin", href).statusCode()).isEqualTo(403);
        assertThat(page).contains("id=\"case-persons-withheld\"").doesNotContain(PERSON, photoId, "id=\"share-form\"",
                "id=\"edit-case\"", "id=\"photo-form\"");
        assertThat(export).contains(reference(id)).doesNotContain(PERSON, "C1234567");
        assertThat(reads("admin", reference(id))).as("no nominal read").isZero();
    }

    @Test
    void aLiaisonOfficerMayNotSendInNominalFormACaseTheyReadWithoutPersonsWhileTheOwningUnitMay() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        HubClient liaison = HubClient.as(port, "liaison");
        long outboxBefore = outboxToHongKong();
        String share = "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}";

        JsonNode preview = JSON.readTree(liaison.get("/api/enforcement/cases/" + id
                + "/share-preview?partners=HK&purpose=investigation&lang=en").body());
        HttpResponse<String> refused = liaison.postJson("/api/enforcement/cases/" + id + "/share?lang=en", share);
        HttpResponse<String> refusedInVietnamese = liaison.postJson("/api/enforcement/cases/" + id + "/share?lang=vi", share);

        assertThat(preview.at("/0/form").isNull()).as("the preview says so before sending").isTrue();
        assertThat(preview.at("/0/refusal").asString()).isEqualTo("not-read-in-full");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).startsWith("Nothing was sent. You read " + reference(id)
                + " in the non-nominal form only, so you may not send it in nominal form (personal data) to HK");
        assertThat(JSON.readTree(refusedInVietnamese.body()).get("detail").asString()).startsWith("Chưa gửi gì.");
        assertThat(outboxToHongKong()).as("nothing queued").isEqualTo(outboxBefore);
        assertThat(read("investigator", id).get("shares")).isEmpty();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry
                WHERE actor = 'liaison' AND action = 'SHARE_REFUSED' AND record_id = ?""").param(reference(id))
                .query(Long.class).single()).as("each refusal in the audit trail").isEqualTo(2);

        BrowserSession screen = signedIn("liaison");
        screen.get("/enforcement/cases/" + id + "?lang=en");
        assertThat(screen.submit("/enforcement/cases/" + id + "/share", "partners=HK&purpose=investigation").statusCode())
                .isEqualTo(302);
        assertThat(screen.get("/enforcement/cases/" + id)).as("said beside the share form")
                .containsPattern("id=\"share-refusal\"[^>]*>Nothing was sent\\. You read ");
        assertThat(outboxToHongKong()).isEqualTo(outboxBefore);

        JsonNode toLaos = JSON.readTree(liaison.postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"LA\"], \"purpose\": \"investigation\"}").body());
        JsonNode byTheOwningUnit = JSON.readTree(HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + id
                + "/share", share).body());

        assertThat(toLaos.at("/0/form").asString()).as("the form the liaison officer reads may go").isEqualTo("non-nominal");
        assertThat(byTheOwningUnit.at("/0/form").asString()).isEqualTo("nominal");
        assertThat(outboxToHongKong()).isEqualTo(outboxBefore + 1);
    }

    @Test
    void theContentOfAMessageOfPersonalDataIsReadOnlyByASupervisorNotThroughTheExchangePages() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        String messageId = JSON.readTree(HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}").body()).at("/0/messageId").asString();
        String page = "/exchange/messages/out/" + messageId;

        for (String officer : new String[] {"liaison", "admin"}) {
            BrowserSession screen = signedIn(officer);
            assertThat(screen.get(page + "?lang=en")).as(officer).contains("id=\"payload-withheld\"", "only a supervisor reads")
                    .doesNotContain("id=\"show-payload\"");
            assertThat(screen.status(page + "/payload")).as(officer).isEqualTo(403);
        }
        BrowserSession supervisor = signedIn("supervisor");
        assertThat(supervisor.get(page)).contains("id=\"show-payload\"");
        assertThat(supervisor.get(page + "/payload")).contains("Nguy");
    }

    @Test
    void alertFilesTravelAsPersonalDataSoOnlyThoseWhoReadItAttachThem() {
        long operation = JSON.readTree(HubClient.as(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"Need to know\", \"categories\": [\"drugs\"], \"partners\": [\"HK\"]}").body()).get("id").asLong();
        String alert = "{\"text\": \"Inspect CSQU3054383 on arrival\", \"attachments\": [{\"name\": \"seal.png\", \"content\": \""
                + java.util.Base64.getEncoder().encodeToString(Photos.image("png", Color.BLUE)) + "\"}]}";

        HttpResponse<String> byLiaison = HubClient.as(port, "liaison")
                .postJson("/api/enforcement/operations/" + operation + "/alerts?lang=en", alert);
        HttpResponse<String> byInvestigator = HubClient.as(port, "investigator")
                .postJson("/api/enforcement/operations/" + operation + "/alerts", alert);

        assertThat(byLiaison.statusCode()).as(byLiaison.body()).isEqualTo(403);
        assertThat(JSON.readTree(byLiaison.body()).get("detail").asString()).startsWith("Nothing was sent.");
        assertThat(byInvestigator.statusCode()).as(byInvestigator.body()).isIn(200, 201);
        assertThat(JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/operations/" + operation + "/alerts")
                .body())).as("the investigator's alert alone").hasSize(1);
    }

    private String photoOf(long id) {
        var uploaded = Photos.upload(port, "investigator", id, "suspect.png", Photos.image("png", Color.GREEN));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return JSON.readTree(uploaded.body()).get("href").asString();
    }

    private JsonNode read(String officer, long id) {
        var response = HubClient.as(port, officer).get("/api/enforcement/cases/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String reference(long id) {
        return JSON.readTree(HubClient.as(port, "analyst").get("/api/enforcement/cases/" + id).body()).get("reference").asString();
    }

    private long reads(String officer, String reference) {
        return jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry
                WHERE actor = ? AND action = 'READ' AND record_type = 'enforcement-case' AND record_id = ?""")
                .params(officer, reference).query(Long.class).single();
    }

    private long outboxToHongKong() {
        var listed = HubClient.as(port, "liaison").get("/api/exchange/messages?direction=out&partner=HK&size=1");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return Long.parseLong(listed.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private BrowserSession signedIn(String officer) {
        BrowserSession session = new BrowserSession(port);
        session.logIn(officer, "demo");
        return session;
    }
}
