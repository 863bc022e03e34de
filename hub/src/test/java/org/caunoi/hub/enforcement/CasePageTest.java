package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page shows every field that was saved, countries by name in the reader's language; a
 * reader who may not see persons and companies is told they are withheld, and sees none of them.
 */
@HubTest
class CasePageTest extends HubTest.Base {

    @LocalServerPort
    int port;

    static NewCase everyField() {
        return NewCase.methamphetamineAtHaiPhong()
                .with("detectingUnit", "Đội Kiểm soát Hải quan Hải Phòng")
                .with("procedure", "import")
                .with("value", Map.of("amount", 250000, "currency", "USD"))
                .with("concealment", "inside tea packages")
                .with("detectionMethod", "scanner")
                .with("route", Map.of("departure", "CN", "departurePort", "CNSHA", "transit", List.of("HK"),
                        "transitPorts", List.of("HKHKG"), "destination", "VN", "destinationPort", "VNHPH"))
                .with("conveyance", Map.of("vesselName", "HAI PHONG STAR", "imo", "9074729", "flight", "VN0513",
                        "plate", "15C-12345", "containers", List.of("CSQU3054383")))
                .with("companies", List.of(Map.of("name", "Công ty TNHH Thương mại Hoàng Long", "taxNumber", "0101234567",
                        "address", "12 Lạch Tray, Hải Phòng")));
    }

    @Test
    void theInvestigatorSeesEverySavedFieldWithCountriesByNameInBothLanguages() {
        long id = Recorded.caseOn(port, everyField());
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");

        String vietnamese = screen.get("/enforcement/cases/" + id + "?lang=vi");
        String english = screen.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).contains("Đội Kiểm soát Hải quan Hải Phòng", "Nhập khẩu", "250.000 USD", "12,5 kg", "inside tea packages",
                "Máy soi", "Cảng biển", "Tuyến đường", "id=\"case-departure\" title=\"CN\">Trung Quốc<", "CNSHA",
                "title=\"HK\">Hồng Kông (Trung Quốc)<", "HKHKG", "id=\"case-destination\" title=\"VN\">Việt Nam<",
                "Hải Phòng (VNHPH)", "HAI PHONG STAR", "9074729", "VN0513", "15C-12345", "CSQU3054383", "Nguyễn Văn Hùng (Nguyen Van Hung)",
                "17/05/1980", "title=\"VN\">Việt Nam<", "C1234567", "0101234567", "12 Lạch Tray, Hải Phòng");
        assertThat(english).contains("250,000 USD", "12.5 kg", "Import", "Scanner", "Sea port", "Route", "Means of transport",
                "id=\"case-departure\" title=\"CN\">China<", "title=\"HK\">Hong Kong (China)<", "title=\"VN\">Vietnam<",
                "Date of birth", "17/05/1980", "Tax number", "Company address", "Shanghai (CNSHA)", "Hong Kong (HKHKG)",
                "Haiphong (VNHPH)");
        assertThat(vietnamese).as("days as the officer writes them").contains("id=\"case-date\">02/11/2026<")
                .doesNotContain("1980-05-17", "2026-11-02");
        assertThat(english).contains("id=\"case-date\">02/11/2026<").doesNotContain("1980-05-17", "2026-11-02");
        assertThat(vietnamese).doesNotContain("case-persons-withheld");
    }

    @Test
    void aNameInHanCharactersReadsInHanVietOnVietnameseScreensAndAsTheSenderWroteItInEnglish() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("persons",
                List.of(Map.of("name", "张伟", "latinName", "Zhang Wei", "nationality", "CN"))));
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");

        String vietnamese = screen.get("/enforcement/cases/" + id + "?lang=vi");
        String english = screen.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).contains("class=\"person-name\">张伟 (Trương Vĩ)<", "class=\"muted person-latin-name\">Zhang Wei<");
        assertThat(english).contains("class=\"person-name\">张伟 (Zhang Wei)<").doesNotContain("Trương");
    }

    @Test
    void aViewerIsToldPersonsAndCompaniesAreWithheldAndSeesNoneOfThem() {
        long id = Recorded.caseOn(port, everyField());
        var screen = new BrowserSession(port);
        screen.logIn("viewer", "demo");

        String vietnamese = screen.get("/enforcement/cases/" + id + "?lang=vi");
        String english = screen.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).contains("id=\"case-persons-withheld\"", "id=\"case-companies-withheld\"",
                "Không hiển thị: bạn xem vụ việc này ở dạng không có dữ liệu cá nhân (dữ liệu không định danh).",
                "HAI PHONG STAR", "title=\"CN\">Trung Quốc<")
                .doesNotContain("Nguyễn Văn Hùng", "17/05/1980", "1980-05-17", "C1234567", "0101234567", "12 Lạch Tray", "Hoàng Long");
        assertThat(english).contains("Withheld: you see this case without personal data (the non-nominal form).");
    }
}
