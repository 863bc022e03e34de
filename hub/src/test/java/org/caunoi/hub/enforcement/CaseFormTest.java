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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The new-case form takes dates the Vietnamese way (dd/mm/yyyy) as well as yyyy-mm-dd, says how to
 * type one it cannot read, and shows every field's error on the first submit, in the officer's language.
 */
@HubTest
class CaseFormTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"02/11/2026, 17/05/1980", "2/11/2026, 17.5.1980", "2026-11-02, 1980-05-17", "02-11-2026, 17-05-1980"})
    void datesAreTakenDayFirstOrAsIso(String seized, String born) {
        var screen = signedIn("vi");

        var saved = screen.submit("/enforcement/cases", form(seized, "VNHPH", "9074729", "VN", born));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String id = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        JsonNode content = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("content");
        assertThat(content.get("date").asString()).isEqualTo("2026-11-02");
        assertThat(content.at("/persons/0/dateOfBirth").asString()).isEqualTo("1980-05-17");
    }

    @Test
    void aDateItCannotReadSaysHowToTypeItInBothLanguages() {
        var vietnamese = signedIn("vi").submit("/enforcement/cases", form("2 tháng 11", "VNHPH", "", "", ""));
        var english = signedIn("en").submit("/enforcement/cases", form("Nov 2", "VNHPH", "", "", ""));

        assertThat(vietnamese.body()).contains("Hãy gõ ngày theo dạng ngày/tháng/năm, ví dụ 02/11/2026 (hoặc 2026-11-02).")
                .doesNotContain("Giá trị của trường này sai kiểu.", "Trường này là bắt buộc.");
        assertThat(english.body()).contains("Type the date as day/month/year, e.g. 02/11/2026 (or 2026-11-02).");
    }

    @Test
    void aDayThatDoesNotExistIsSaidToNotExistNotToBeMistyped() {
        var vietnamese = signedIn("vi").submit("/enforcement/cases", form("31/02/2026", "VNHPH", "", "", ""));
        var english = signedIn("en").submit("/enforcement/cases", form("2026-02-30", "VNHPH", "", "", ""));

        assertThat(vietnamese.body()).contains("Ngày 31/02/2026 không có thật: hãy kiểm tra ngày và tháng.", "value=\"31/02/2026\"")
                .doesNotContain("Hãy gõ ngày theo dạng ngày/tháng/năm", "Trường này là bắt buộc.");
        assertThat(english.body()).contains("There is no day 2026-02-30: check the day and the month.")
                .doesNotContain("Type the date as day/month/year");
    }

    @Test
    void everyFieldsErrorShowsOnTheFirstSubmitAndNothingIsStored() {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();

        var vietnamese = signedIn("vi").submit("/enforcement/cases", form("2 tháng 11", "Lao Bảo", "9074728", "Cam", "x"));
        var english = signedIn("en").submit("/enforcement/cases", form("2 November", "Lao Bảo", "9074728", "Cam", "x"));

        assertThat(vietnamese.statusCode()).isEqualTo(200);
        assertThat(vietnamese.body()).contains("Vụ việc có lỗi: chưa lưu gì",
                "Hãy gõ ngày theo dạng ngày/tháng/năm", "Cảng Lao Bảo không phải cảng biển đã biết",
                "Số IMO 9074728 không hợp lệ", "Không nhận ra quốc gia Cam");
        assertThat(vietnamese.body().split("Hãy gõ ngày theo dạng", -1)).as("both dates, each at its field").hasSize(3);
        assertThat(english.body()).contains("Type the date as day/month/year", "Port Lao Bảo is not a known sea port",
                "IMO number 9074728 is not valid", "Country Cam is not known");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    private BrowserSession signedIn(String language) {
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");
        screen.get("/enforcement/cases/new?lang=" + language);
        return screen;
    }

    private static String form(String date, String place, String imo, String nationality, String born) {
        return "date=" + encode(date) + "&placeKind=port&place=" + encode(place) + "&category=drugs&description=Heroin"
                + "&quantityValue=2&quantityUnit=kg&vesselName=SEA+STAR&imo=" + imo + "&personName=" + encode("Trần Văn An")
                + "&personNationality=" + encode(nationality) + "&personDateOfBirth=" + encode(born);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
