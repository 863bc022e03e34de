package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
 * A case corrected on screen: the form comes filled from the stored case, a save is the API's
 * correction (a new version, audited), what the form does not show is kept, and only the officers
 * who may correct a case through the API get the form.
 */
@HubTest
class CaseCorrectionScreenTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static NewCase withMoreThanTheFormShows() {
        return CasePageTest.everyField()
                .with("route", Map.of("departure", "LA", "departurePort", "CNSHA", "transit", List.of("HK"),
                        "transitPorts", List.of("HKHKG"), "destination", "VN", "destinationPort", "VNHPH"))
                .with("conveyance", Map.of("vesselName", "HAI PHONG STAR", "imo", "9074729", "flight", "VN0513",
                        "containers", List.of("CSQU3054383", "MSKU9070323")))
                .with("persons", List.of(
                        Map.of("name", "Nguyễn Văn Hùng", "dateOfBirth", "1980-05-17", "nationality", "VN",
                                "documents", List.of("C1234567", "B7654321"),
                                "documentTypes", Map.of("C1234567", "passport", "B7654321", "national-id-card")),
                        Map.of("name", "Sok Dara", "nationality", "KH")))
                .with("companies", List.of(
                        Map.of("name", "Công ty TNHH Thương mại Hoàng Long", "taxNumber", "0101234567", "address", "Hải Phòng"),
                        Map.of("name", "Mekong Trading Co., Ltd.")));
    }

    @Test
    void theFormComesFilledFromTheStoredCaseInTheOfficersLanguage() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");

        String vietnamese = screen.get("/enforcement/cases/" + id + "/edit?lang=vi");
        String english = screen.get("/enforcement/cases/" + id + "/edit?lang=en");

        assertThat(vietnamese).contains("Đính chính vụ việc VN-", "value=\"02/11/2026\"", "value=\"VNHPH\"",
                "value=\"Lào\"", "value=\"Việt Nam\"", "value=\"9074729\"", "value=\"CSQU3054383\"",
                "name=\"persons[0].name\" value=\"Nguyễn Văn H", "value=\"17/05/1980\"", "value=\"C1234567\"", "value=\"0101234567\"",
                "value=\"12.5\"", "action=\"/enforcement/cases/" + id + "/edit\"", "name=\"persons[1].name\" value=\"Sok Dara\"",
                "name=\"containers[1]\" value=\"MSKU9070323\"", "name=\"companies[1].name\" value=\"Mekong Trading Co., Ltd.\"",
                "name=\"valueAmount\" value=\"250000\"", "value=\"inside tea packages\"");
        var filled = FilledForm.of(vietnamese, "case-form");
        assertThat(filled.get("detectionMethod")).isEqualTo("scanner");
        assertThat(filled.get("persons[0].documents[0].number")).isEqualTo("C1234567");
        assertThat(filled.get("persons[0].documents[0].type")).isEqualTo("passport");
        assertThat(filled.get("persons[0].documents[1].number")).as("every document of a person").isEqualTo("B7654321");
        assertThat(filled.get("persons[0].documents[1].type")).isEqualTo("national-id-card");
        assertThat(filled.get("persons[1].documents[0].number")).as("a line to type one in").isEmpty();
        assertThat(filled.get("companies[0].address")).isEqualTo("Hải Phòng");
        assertThat(filled.get("transit[0]")).isEqualTo("Hồng Kông (Trung Quốc)");
        assertThat(english).contains("Correct case VN-", "value=\"Laos\"", "value=\"Vietnam\"");
    }

    @Test
    void aSaveIsANewAuditedVersionThatKeepsWhatTheFormDoesNotShow() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=vi"), "case-form");

        var saved = screen.submit("/enforcement/cases/" + id + "/edit",
                filled.with("description", "Heroin, not methamphetamine").with("departure", "Campuchia").body());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode read = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body());
        JsonNode content = read.get("content");
        assertThat(read.get("version").asInt()).isEqualTo(2);
        assertThat(content.get("description").asString()).isEqualTo("Heroin, not methamphetamine");
        assertThat(content.at("/route/departure").asString()).isEqualTo("KH");
        assertThat(content.at("/route/transit/0").asString()).isEqualTo("HK");
        assertThat(content.at("/route/departurePort").asString()).isEqualTo("CNSHA");
        assertThat(content.at("/route/transitPorts/0").asString()).isEqualTo("HKHKG");
        assertThat(content.at("/conveyance/flight").asString()).isEqualTo("VN0513");
        assertThat(content.at("/conveyance/containers").toString()).isEqualTo("[\"CSQU3054383\",\"MSKU9070323\"]");
        assertThat(content.at("/persons/0/documents").toString()).isEqualTo("[\"C1234567\",\"B7654321\"]");
        assertThat(content.at("/persons/0/documentTypes/C1234567").asString()).isEqualTo("passport");
        assertThat(content.at("/persons/0/documentTypes/B7654321").asString()).isEqualTo("national-id-card");
        assertThat(content.at("/persons/0/latinName").asString()).isEqualTo("Nguyen Van Hung");
        assertThat(content.at("/persons/1/name").asString()).isEqualTo("Sok Dara");
        assertThat(content.at("/persons/1/nationality").asString()).isEqualTo("KH");
        assertThat(content.at("/companies/0/address").asString()).isEqualTo("Hải Phòng");
        assertThat(content.at("/companies/1/name").asString()).isEqualTo("Mekong Trading Co., Ltd.");
        assertThat(content.at("/value/amount").asInt()).isEqualTo(250000);
        assertThat(content.at("/value/currency").asString()).isEqualTo("USD");
        assertThat(content.get("concealment").asString()).isEqualTo("inside tea packages");
        assertThat(content.get("procedure").asString()).isEqualTo("import");
        assertThat(content.get("detectingUnit").asString()).isEqualTo("Đội Kiểm soát Hải quan Hải Phòng");
        assertThat(content.get("detectionMethod").asString()).isEqualTo("scanner");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry
                WHERE action = 'CORRECT' AND record_type = 'enforcement-case' AND record_id = ?""")
                .param(read.get("reference").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoDocumentsForEachPersonRoundTripWithTheirTypes() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=vi"), "case-form");

        // The second suspect gets a border pass and, on a line added without JavaScript, a passport; the first
        // suspect's ID card is found to be a residence permit.
        var withLine = screen.submit("/enforcement/cases/" + id + "/edit", filled
                .with("persons[1].documents[0].number", "N0123456").with("persons[1].documents[0].type", "border-pass")
                .body() + "&add=documents%3A1");
        var saved = screen.submit("/enforcement/cases/" + id + "/edit", FilledForm.of(withLine.body(), "case-form")
                .with("persons[1].documents[1].number", "P9988776").with("persons[1].documents[1].type", "passport")
                .with("persons[0].documents[1].type", "residence-permit").body());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode read = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body());
        assertThat(read.get("version").asInt()).isEqualTo(2);
        assertThat(read.at("/content/persons/0/documents").toString()).isEqualTo("[\"C1234567\",\"B7654321\"]");
        assertThat(read.at("/content/persons/0/documentTypes"))
                .isEqualTo(JSON.readTree("{\"C1234567\":\"passport\",\"B7654321\":\"residence-permit\"}"));
        assertThat(read.at("/content/persons/1/documents").toString()).isEqualTo("[\"N0123456\",\"P9988776\"]");
        assertThat(read.at("/content/persons/1/documentTypes"))
                .isEqualTo(JSON.readTree("{\"N0123456\":\"border-pass\",\"P9988776\":\"passport\"}"));
        var again = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=en"), "case-form");
        assertThat(again.get("persons[0].documents[1].number")).isEqualTo("B7654321");
        assertThat(again.get("persons[0].documents[1].type")).isEqualTo("residence-permit");
        assertThat(again.get("persons[1].documents[0].number")).isEqualTo("N0123456");
        assertThat(again.get("persons[1].documents[0].type")).isEqualTo("border-pass");
        assertThat(again.get("persons[1].documents[1].number")).isEqualTo("P9988776");
        assertThat(again.get("persons[1].documents[1].type")).isEqualTo("passport");
    }

    @Test
    void aDocumentRemovedOnTheFormIsGoneFromTheCorrectedCaseWithItsType() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=en"), "case-form");

        var withoutPassport = screen.submit("/enforcement/cases/" + id + "/edit", filled.body() + "&remove=documents%3A0%3A0");
        var saved = screen.submit("/enforcement/cases/" + id + "/edit", FilledForm.of(withoutPassport.body(), "case-form").body());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode person = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .at("/content/persons/0");
        assertThat(person.get("documents").toString()).isEqualTo("[\"B7654321\"]");
        assertThat(person.get("documentTypes").toString()).isEqualTo("{\"B7654321\":\"national-id-card\"}");
        assertThat(person.get("latinName").asString()).isEqualTo("Nguyen Van Hung");
    }

    @Test
    void removingTheSecondSuspectAndAContainerSavesExactlyWhatTheFormHolds() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=en"), "case-form");

        // The remove buttons without JavaScript: the form comes back without the row, nothing saved yet.
        var withoutSecond = screen.submit("/enforcement/cases/" + id + "/edit", filled.body() + "&remove=persons%3A1");
        var withoutContainer = screen.submit("/enforcement/cases/" + id + "/edit",
                FilledForm.of(withoutSecond.body(), "case-form").body() + "&remove=containers%3A0");
        var saved = screen.submit("/enforcement/cases/" + id + "/edit", FilledForm.of(withoutContainer.body(), "case-form").body());

        assertThat(withoutSecond.statusCode()).isEqualTo(200);
        assertThat(FilledForm.of(withoutSecond.body(), "case-form").get("persons[0].name")).isEqualTo("Nguyễn Văn Hùng");
        assertThat(withoutSecond.body()).doesNotContain("Sok Dara", "persons[1]");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode read = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body());
        assertThat(read.get("version").asInt()).isEqualTo(2);
        assertThat(read.at("/content/persons")).hasSize(1);
        assertThat(read.at("/content/persons/0/name").asString()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(read.at("/content/persons/0/latinName").asString()).isEqualTo("Nguyen Van Hung");
        assertThat(read.at("/content/persons/0/documents").toString()).isEqualTo("[\"C1234567\",\"B7654321\"]");
        assertThat(read.at("/content/conveyance/containers").toString()).isEqualTo("[\"MSKU9070323\"]");
        assertThat(read.at("/content/conveyance/flight").asString()).isEqualTo("VN0513");
        assertThat(read.at("/content/companies")).hasSize(2);
    }

    @Test
    void removingTheFirstSuspectKeepsTheSecondAsStoredWithoutTheFirstsDocuments() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=vi"), "case-form");

        var withoutFirst = screen.submit("/enforcement/cases/" + id + "/edit", filled.body() + "&remove=persons%3A0");
        var saved = screen.submit("/enforcement/cases/" + id + "/edit", FilledForm.of(withoutFirst.body(), "case-form").body());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode persons = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .at("/content/persons");
        assertThat(persons).hasSize(1);
        assertThat(persons.at("/0/name").asString()).isEqualTo("Sok Dara");
        assertThat(persons.at("/0/nationality").asString()).isEqualTo("KH");
        assertThat(persons.at("/0").has("documents") ? persons.at("/0/documents").toString() : "[]").doesNotContain("B7654321");
    }

    @Test
    void aCorrectionWithErrorsShowsThemAllBesideTheirRowsChangesNothingAndLosesNothingTyped() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=en"), "case-form");

        var refused = screen.submit("/enforcement/cases/" + id + "/edit", filled.with("description", "Heroin")
                .with("date", "31/02/2026").with("departure", "Cambodja").with("persons[1].nationality", "Kambodia")
                .with("containers[1]", "MSKU9070324").body());

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is no day 31/02/2026", "Country Cambodja is not known");
        assertThat(fieldWithError(refused.body(), "persons1.nationality")).contains("Country Kambodia is not known");
        assertThat(fieldWithError(refused.body(), "persons0.nationality")).doesNotContain("is not known");
        assertThat(fieldWithError(refused.body(), "containers1")).contains("MSKU9070324 is not valid");
        assertThat(fieldWithError(refused.body(), "containers0")).doesNotContain("is not valid");
        var kept = FilledForm.of(refused.body(), "case-form");
        assertThat(kept.get("description")).isEqualTo("Heroin");
        assertThat(kept.get("persons[1].name")).isEqualTo("Sok Dara");
        assertThat(kept.get("persons[1].origin")).isEqualTo("1");
        assertThat(kept.get("companies[1].name")).isEqualTo("Mekong Trading Co., Ltd.");
        assertThat(JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("version").asInt()).isEqualTo(1);
    }

    @Test
    void theFormSendsTheVersionItWasFilledFromAndAStaleOneIsRefusedKeepingWhatWasTyped() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        String filled = screen.get("/enforcement/cases/" + id + "/edit?lang=en");
        var meanwhile = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id,
                withMoreThanTheFormShows().with("description", "Corrected through the API").with("version", 1).json());

        var stale = screen.submit("/enforcement/cases/" + id + "/edit",
                FilledForm.of(filled, "case-form").with("description", "Heroin").body());

        assertThat(filled).containsPattern("name=\"version\" value=\"1\"");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("was corrected by someone else meanwhile", "value=\"Heroin\"", "value=\"Sok Dara\"");
        JsonNode read = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body());
        assertThat(read.get("version").asInt()).isEqualTo(2);
        assertThat(read.at("/content/description").asString()).isEqualTo("Corrected through the API");
    }

    @Test
    void onlyOfficersWhoMayCorrectThroughTheApiGetTheForm() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());

        for (String officer : List.of("viewer", "analyst", "liaison", "supervisor", "admin")) {
            var screen = signedIn(officer);
            assertThat(screen.status("/enforcement/cases/" + id + "/edit")).as(officer).isEqualTo(403);
            assertThat(screen.submit("/enforcement/cases/" + id + "/edit", form("Gold", "KH")).statusCode()).as(officer)
                    .isEqualTo(403);
            assertThat(screen.submit("/enforcement/cases/" + id + "/edit", form("Gold", "KH") + "&add=persons").statusCode())
                    .as("nor a row added to it, for " + officer).isEqualTo(403);
            assertThat(HubClient.as(port, officer).putJson("/api/enforcement/cases/" + id,
                    withMoreThanTheFormShows().with("version", 1).json()).statusCode()).as("the API agrees for " + officer).isEqualTo(403);
            assertThat(screen.get("/enforcement/cases/" + id)).as(officer).doesNotContain("id=\"edit-case\"");
        }
        assertThat(signedIn("investigator").status("/enforcement/cases/" + id + "/edit")).isEqualTo(200);
        assertThat(signedIn("investigator").get("/enforcement/cases/" + id)).contains("id=\"edit-case\"");
        assertThat(JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("version").asInt()).isEqualTo(1);
    }

    private BrowserSession signedIn(String officer) {
        var screen = new BrowserSession(port);
        screen.logIn(officer, "demo");
        return screen;
    }

    /** A few fields of the form, for officers who never get it. */
    private static String form(String description, String departure) {
        return "date=" + encode("02/11/2026") + "&placeKind=port&place=VNHPH&category=drugs&description="
                + encode(description) + "&departure=" + encode(departure) + "&persons%5B0%5D.name=" + encode("Nguyễn Văn Hùng");
    }

    /** A field and the error shown beside it: the page from the field up to the next field. */
    static String fieldWithError(String page, String fieldId) {
        int start = page.indexOf("id=\"" + fieldId + "\"");
        assertThat(start).as("field " + fieldId + " on the page").isNotNegative();
        int next = page.indexOf(" id=\"", start + fieldId.length() + 5);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
