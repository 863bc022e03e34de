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
 * The place of a seizure is a sea port (by UN/LOCODE or by name), a land border gate or a customs
 * office; a port the list does not know is refused with the close matches, or with what to type.
 */
@HubTest
class CasePlacesTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"VNHPH, VNHPH", "vn hph, VNHPH", "Hải Phòng, VNHPH", "Haiphong, VNHPH", "hai phong, VNHPH",
            "Đà Nẵng, VNDAD", "Cái Mép, VNTOT"})
    void aPortIsStoredByItsLocodeWhetherItsCodeOrItsNameWasTyped(String typed, String locode) {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("place", typed));

        assertThat(content(id).get("place").asString()).isEqualTo(locode);
    }

    @Test
    void aLandBorderGateIsRecordedByItsName() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("placeKind", "border-gate")
                .with("place", "Lao Bảo"));

        JsonNode content = content(id);
        assertThat(content.get("placeKind").asString()).isEqualTo("border-gate");
        assertThat(content.get("place").asString()).isEqualTo("Lao Bảo");
    }

    @Test
    void aMistypedPortIsRefusedWithTheCloseMatchesInBothLanguages() {
        String body = NewCase.methamphetamineAtHaiPhong().with("place", "Hai Phog").json();
        var investigator = HubClient.as(port, "investigator");

        JsonNode english = JSON.readTree(investigator.postJson("/api/enforcement/cases?lang=en", body).body());
        JsonNode vietnamese = JSON.readTree(investigator.postJson("/api/enforcement/cases?lang=vi", body).body());

        assertThat(english.at("/errors/0/field").asString()).isEqualTo("place");
        assertThat(english.at("/errors/0/message").asString()).startsWith("Port Hai Phog is not a known sea port. "
                + "Did you mean VNHPH (Haiphong)").endsWith("? Type the UN/LOCODE (e.g. VNHPH) or the port's name; for a land border gate or a customs office, "
                        + "choose that kind of place.");
        assertThat(vietnamese.at("/errors/0/message").asString()).startsWith("Cảng Hai Phog không phải cảng biển đã biết. "
                + "Có phải là VNHPH (Haiphong)");
    }

    @Test
    void aLandBorderGateTypedAsAPortIsRefusedSayingToChooseItsKind() {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/cases?lang=vi",
                NewCase.methamphetamineAtHaiPhong().with("place", "Lao Bảo").json());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/message").asString()).isEqualTo("Cảng Lao Bảo không "
                + "phải cảng biển đã biết: hãy gõ mã UN/LOCODE (ví dụ VNHPH) hoặc tên cảng (ví dụ Hải Phòng); với cửa "
                + "khẩu đường bộ hay chi cục hải quan, hãy chọn loại địa điểm đó.");
    }

    @Test
    void theFormOffersTheKindsOfPlaceAndRecordsABorderGate() {
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");
        assertThat(screen.get("/enforcement/cases/new?lang=vi")).contains("<option value=\"border-gate\">Cửa khẩu</option>",
                "<option value=\"customs-office\">Chi cục Hải quan</option>", "<option value=\"port\" selected=\"selected\">Cảng biển</option>");
        assertThat(screen.get("/enforcement/cases/new?lang=en")).contains("<option value=\"border-gate\">Border gate</option>");

        var saved = screen.submit("/enforcement/cases", "date=2026-11-02&placeKind=border-gate&place="
                + URLEncoder.encode("Lao Bảo", StandardCharsets.UTF_8)
                + "&category=drugs&description=Heroin&quantityValue=2&quantityUnit=kg");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode content = content(Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "")));
        assertThat(content.get("placeKind").asString()).isEqualTo("border-gate");
        assertThat(content.get("place").asString()).isEqualTo("Lao Bảo");
    }

    private JsonNode content(long id) {
        return JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body()).get("content");
    }
}
