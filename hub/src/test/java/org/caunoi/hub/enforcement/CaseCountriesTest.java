package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Countries are typed by name (Vietnamese or English, with or without accents) or by code, stored as
 * their ISO 3166 alpha-2 code and never cut short; anything else is refused with what to type instead.
 */
@HubTest
class CaseCountriesTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Campuchia, KH", "Cambodia, KH", "campuchia, KH", "KH, KH", "kh, KH", "KHM, KH", "Việt Nam, VN",
            "Viet Nam, VN", "Vietnam, VN", "VIỆT NAM, VN", "Lào, LA", "Hồng Kông, HK", "'Hồng Kông (Trung Quốc)', HK",
            "Hong Kong, HK", "Trung Quốc, CN", "Hoa Kỳ, US", "Canada, CA"})
    void aCountryIsStoredByItsCodeWhateverNameOrCodeWasTyped(String typed, String code) {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("route.departure", typed)
                .with("persons[0].nationality", typed));

        JsonNode content = content(id);

        assertThat(content.at("/route/departure").asString()).isEqualTo(code);
        assertThat(content.at("/persons/0/nationality").asString()).isEqualTo(code);
    }

    @Test
    void aNameThatIsNoCountryIsRefusedSayingWhatToTypeInBothLanguages() {
        String body = NewCase.methamphetamineAtHaiPhong().with("route.destination", "Campuchiaa").json();
        var investigator = HubClient.as(port, "investigator");

        JsonNode english = JSON.readTree(investigator.postJson("/api/enforcement/cases?lang=en", body).body());
        JsonNode vietnamese = JSON.readTree(investigator.postJson("/api/enforcement/cases?lang=vi", body).body());

        assertThat(english.at("/errors/0/field").asString()).isEqualTo("route.destination");
        assertThat(english.at("/errors/0/message").asString()).isEqualTo("Country Campuchiaa is not known: type the "
                + "country's name (e.g. Cambodia) or its two-letter ISO 3166 code (e.g. KH).");
        assertThat(vietnamese.at("/errors/0/message").asString()).isEqualTo("Không nhận ra quốc gia Campuchiaa: hãy gõ "
                + "tên nước (ví dụ Campuchia) hoặc mã ISO 3166 hai chữ cái (ví dụ KH).");
    }

    @Test
    void theFormTakesCountriesByNameAndOffersEveryCountryByNameInTheOfficersLanguage() {
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");

        String vietnamese = screen.get("/enforcement/cases/new?lang=vi");
        assertThat(vietnamese).doesNotContain("maxlength=\"2\"").contains("list=\"countries\"",
                "<option value=\"Campuchia\">KH</option>", "<option value=\"Việt Nam\">VN</option>");
        assertThat(screen.get("/enforcement/cases/new?lang=en")).contains("<option value=\"Cambodia\">KH</option>");

        var saved = screen.submit("/enforcement/cases", form("departure=Campuchia&destination="
                + URLEncoder.encode("Việt Nam", StandardCharsets.UTF_8) + "&persons%5B0%5D.name=Sok+Dara&persons%5B0%5D.nationality=Campuchia"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        JsonNode content = content(id);
        assertThat(content.at("/route/departure").asString()).isEqualTo("KH");
        assertThat(content.at("/route/destination").asString()).isEqualTo("VN");
        assertThat(content.at("/persons/0/nationality").asString()).isEqualTo("KH");
    }

    @Test
    void theFormShowsAnUnknownCountryAsTypedWithWhatToTypeInstead() {
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");
        screen.get("/enforcement/cases/new?lang=vi");

        var refused = screen.submit("/enforcement/cases", form("departure=Cam&destination=VN"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("value=\"Cam\"", "Không nhận ra quốc gia Cam: hãy gõ tên nước");
    }

    @Test
    void theOperationPageNamesRouteCountriesAndParticipantsInTheReadersLanguageWithTheCodeAsTitle() {
        var investigator = HubClient.as(port, "investigator");
        long operation = JSON.readTree(investigator.postJson("/api/enforcement/operations",
                "{\"name\": \"Countries by name\", \"categories\": [\"drugs\"], \"partners\": [\"LA\"]}").body())
                .get("id").asLong();
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("route.departure", "Campuchia"));
        investigator.postJson("/api/enforcement/operations/" + operation + "/cases/" + id, "");
        var screen = new BrowserSession(port);
        screen.logIn("analyst", "demo");

        String vietnamese = screen.get("/enforcement/operations/" + operation + "?lang=vi");
        String english = screen.get("/enforcement/operations/" + operation + "?lang=en");

        assertThat(vietnamese).contains("<td title=\"KH\">Campuchia</td>", "title=\"LA\">Lào</span>");
        assertThat(english).contains("<td title=\"KH\">Cambodia</td>", "title=\"LA\">Laos</span>");
    }

    /** A seizure as the form posts it, with the given fields added. */
    static String form(String fields) {
        return "date=2026-11-02&place=VNHPH&category=drugs&description=Heroin&quantityValue=2&quantityUnit=kg&" + fields;
    }

    private JsonNode content(long id) {
        return JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body()).get("content");
    }
}
