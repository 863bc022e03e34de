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
                                "documents", List.of("C1234567", "B7654321")),
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
                "name=\"personName\" value=\"Nguyễn Văn H", "value=\"17/05/1980\"", "value=\"C1234567\"", "value=\"0101234567\"",
                "value=\"12.5\"", "action=\"/enforcement/cases/" + id + "/edit\"");
        assertThat(english).contains("Correct case VN-", "value=\"Laos\"", "value=\"Vietnam\"");
    }

    @Test
    void aSaveIsANewAuditedVersionThatKeepsWhatTheFormDoesNotShow() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        screen.get("/enforcement/cases/" + id + "/edit?lang=vi");

        var saved = screen.submit("/enforcement/cases/" + id + "/edit", form("Heroin, not methamphetamine", "Campuchia"));

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
        assertThat(content.at("/persons/0/latinName").asString()).isEqualTo("Nguyen Van Hung");
        assertThat(content.at("/persons/1/name").asString()).isEqualTo("Sok Dara");
        assertThat(content.at("/companies/0/address").asString()).isEqualTo("Hải Phòng");
        assertThat(content.at("/companies/1/name").asString()).isEqualTo("Mekong Trading Co., Ltd.");
        assertThat(content.at("/value/currency").asString()).isEqualTo("USD");
        assertThat(content.get("procedure").asString()).isEqualTo("import");
        assertThat(content.get("detectionMethod").asString()).isEqualTo("scanner");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry
                WHERE action = 'CORRECT' AND record_type = 'enforcement-case' AND record_id = ?""")
                .param(read.get("reference").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionWithErrorsShowsThemAllAndChangesNothing() {
        long id = Recorded.caseOn(port, withMoreThanTheFormShows());
        var screen = signedIn("investigator");
        screen.get("/enforcement/cases/" + id + "/edit?lang=en");

        var refused = screen.submit("/enforcement/cases/" + id + "/edit",
                form("Heroin", "Cambodja").replace("date=02%2F11%2F2026", "date=31%2F02%2F2026"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is no day 31/02/2026", "Country Cambodja is not known");
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

        var stale = screen.submit("/enforcement/cases/" + id + "/edit", form("Heroin", "Campuchia") + "&version=1&lang=en");

        assertThat(filled).containsPattern("name=\"version\" value=\"1\"");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("was corrected by someone else meanwhile", "value=\"Heroin\"");
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

    /** The form as the filled one posts it back, with a new description and departure. */
    private static String form(String description, String departure) {
        return "date=" + encode("02/11/2026") + "&placeKind=port&place=VNHPH&category=drugs&hsCode=293945&description="
                + encode(description) + "&quantityValue=12.5&quantityUnit=kg&departure=" + encode(departure)
                + "&destination=" + encode("Việt Nam") + "&vesselName=" + encode("HAI PHONG STAR")
                + "&imo=9074729&container=CSQU3054383&personName=" + encode("Nguyễn Văn Hùng")
                + "&personDateOfBirth=" + encode("17/05/1980") + "&personNationality=" + encode("Việt Nam")
                + "&personDocument=C1234567&companyName=" + encode("Công ty TNHH Thương mại Hoàng Long")
                + "&companyTaxNumber=0101234567&narrative=" + encode("Corrected on screen.");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
