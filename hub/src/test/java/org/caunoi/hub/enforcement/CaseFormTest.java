package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.jsoup.Jsoup;
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
 * type one it cannot read, and shows every field's error on the first submit, in the officer's language,
 * beside the row it is about; it holds as many suspects, companies, containers and transit countries as the
 * seizure had, rows added and removed without JavaScript too.
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

    @Test
    void twoSuspectsTwoContainersAndHowTheGoodsWereHiddenShowOnTheCasePageAndInTheApi() {
        var screen = signedIn("vi");

        var saved = screen.submit("/enforcement/cases", form("02/11/2026", "VNHPH", "9074729", "Việt Nam", "17/05/1980")
                + "&persons%5B0%5D.documents%5B0%5D.number=C1234567&persons%5B0%5D.documents%5B0%5D.type=passport"
                + "&persons%5B0%5D.documents%5B1%5D.number=079080001234&persons%5B0%5D.documents%5B1%5D.type=national-id-card"
                + "&persons%5B1%5D.name=Sok+Dara&persons%5B1%5D.nationality=Campuchia&persons%5B1%5D.dateOfBirth=03%2F04%2F1985"
                + "&persons%5B1%5D.documents%5B0%5D.number=N0123456&persons%5B1%5D.documents%5B0%5D.type=border-pass"
                + "&containers%5B0%5D=CSQU3054383&containers%5B1%5D=MSKU9070323"
                + "&companies%5B0%5D.name=" + encode("Công ty TNHH Vận tải Lao Bảo") + "&companies%5B0%5D.taxNumber=3200123456"
                + "&companies%5B0%5D.address=" + encode("Khe Sanh, Quảng Trị")
                + "&concealment=" + encode("trong thùng nhiên liệu") + "&detectionMethod=detector-dog"
                + "&valueAmount=1500000000&valueCurrency=VND&transit%5B0%5D=" + encode("Lào"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String id = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        JsonNode content = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("content");
        assertThat(content.get("persons")).hasSize(2);
        assertThat(content.at("/persons/1/name").asString()).isEqualTo("Sok Dara");
        assertThat(content.at("/persons/1/nationality").asString()).isEqualTo("KH");
        assertThat(content.at("/persons/1/dateOfBirth").asString()).isEqualTo("1985-04-03");
        assertThat(content.at("/persons/1/documentTypes/N0123456").asString()).isEqualTo("border-pass");
        assertThat(content.at("/persons/0/documents").toString()).isEqualTo("[\"C1234567\",\"079080001234\"]");
        assertThat(content.at("/persons/0/documentTypes/C1234567").asString()).isEqualTo("passport");
        assertThat(content.at("/persons/0/documentTypes/079080001234").asString()).isEqualTo("national-id-card");
        assertThat(content.at("/conveyance/containers").toString()).isEqualTo("[\"CSQU3054383\",\"MSKU9070323\"]");
        assertThat(content.get("concealment").asString()).isEqualTo("trong thùng nhiên liệu");
        assertThat(content.get("detectionMethod").asString()).isEqualTo("detector-dog");
        assertThat(content.at("/value/amount").asLong()).isEqualTo(1_500_000_000L);
        assertThat(content.at("/value/currency").asString()).isEqualTo("VND");
        assertThat(content.at("/route/transit").toString()).isEqualTo("[\"LA\"]");
        assertThat(content.at("/companies/0/address").asString()).isEqualTo("Khe Sanh, Quảng Trị");
        String page = screen.get("/enforcement/cases/" + id + "?lang=vi");
        assertThat(page).contains("Trần Văn An (Tran Van An)", "Sok Dara", "03/04/1985", "CSQU3054383, MSKU9070323",
                "trong thùng nhiên liệu", "Chó nghiệp vụ", "1.500.000.000 VND", "title=\"LA\">Lào", "Khe Sanh, Quảng Trị");
    }

    @Test
    void anErrorOfTheSecondSuspectOrOfAContainerShowsBesideItsRowKeepingEverythingTyped() {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();

        // A blank container row first: the checks count the containers typed, the form its rows.
        var refused = signedIn("en").submit("/enforcement/cases", form("02/11/2026", "VNHPH", "9074729", "VN", "17/05/1980")
                + "&persons%5B1%5D.name=Sok+Dara&persons%5B1%5D.dateOfBirth=31%2F02%2F1985"
                + "&persons%5B2%5D.nationality=KH&containers%5B0%5D=&containers%5B1%5D=CSQU3054383&containers%5B2%5D=MSKU9070324");

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = refused.body();
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons1.dateOfBirth"))
                .contains("value=\"31/02/1985\"", "There is no day 31/02/1985");
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons0.dateOfBirth")).doesNotContain("There is no day");
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons2.name")).contains("This field is required");
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons1.name")).contains("value=\"Sok Dara\"")
                .doesNotContain("field-error\">");
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "containers2")).contains("MSKU9070324 is not valid");
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "containers1")).doesNotContain("is not valid");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAddAndRemoveButtonsWorkWithoutJavaScriptKeepingWhatWasTypedAndSavingNothing() {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
        var screen = signedIn("vi");
        String typed = form("02/11/2026", "VNHPH", "9074729", "VN", "17/05/1980") + "&containers%5B0%5D=CSQU3054383";

        var added = screen.submit("/enforcement/cases", typed + "&add=persons");
        var removed = screen.submit("/enforcement/cases", typed + "&persons%5B1%5D.name=Sok+Dara&remove=persons%3A0");
        var containerAdded = screen.submit("/enforcement/cases", typed + "&add=containers");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("<html", "value=\"Trần Văn An\"", "id=\"persons1.name\"", "Đối tượng nghi vấn 2",
                "value=\"CSQU3054383\"").doesNotContain("id=\"persons2.name\"", "Vụ việc có lỗi");
        assertThat(FilledForm.of(added.body(), "case-form").get("persons[1].name")).isEmpty();
        assertThat(removed.body()).contains("id=\"persons0.name\"", "value=\"Sok Dara\"")
                .doesNotContain("Trần Văn An", "id=\"persons1.name\"");
        assertThat(containerAdded.body()).contains("id=\"containers1\"", "value=\"CSQU3054383\"");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void htmxGetsTheChangedListAloneWithTheRowAddedAndTheCursorInIt() {
        var screen = signedIn("en");
        String token = Jsoup.parse(screen.get("/enforcement/cases/new?lang=en")).selectFirst("#case-form input[name=_csrf]")
                .attr("value");

        var fragment = screen.send("POST", "/enforcement/cases",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"),
                form("02/11/2026", "VNHPH", "", "VN", "") + "&add=persons&_csrf=" + encode(token));

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<div id=\"persons\"").doesNotContain("<html", "id=\"date\"",
                "id=\"containers0\"");
        assertThat(fragment.body()).contains("value=\"Trần Văn An\"", "Suspect 2");
        var rows = Jsoup.parse(fragment.body());
        assertThat(rows.getElementById("persons1.name").hasAttr("autofocus")).as("the cursor in the row added").isTrue();
        assertThat(rows.getElementById("persons0.name").hasAttr("autofocus")).isFalse();
    }

    @Test
    void aSuspectsDocumentsAreAddedAndRemovedWithoutJavaScriptKeepingWhatWasTypedAndSavingNothing() {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
        var screen = signedIn("en");
        String typed = form("02/11/2026", "VNHPH", "9074729", "VN", "17/05/1980")
                + "&persons%5B0%5D.documents%5B0%5D.number=C1234567&persons%5B0%5D.documents%5B0%5D.type=passport";

        var added = screen.submit("/enforcement/cases", typed + "&add=documents%3A0");
        var secondTyped = FilledForm.of(added.body(), "case-form").with("persons[0].documents[1].number", "079080001234")
                .with("persons[0].documents[1].type", "national-id-card");
        var firstRemoved = screen.submit("/enforcement/cases", secondTyped.body() + "&remove=documents%3A0%3A0");
        var lastRemoved = screen.submit("/enforcement/cases",
                FilledForm.of(firstRemoved.body(), "case-form").body() + "&remove=documents%3A0%3A0");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("<html", "Add a document", "Remove this document").doesNotContain("id=\"persons0.documents2.number\"");
        var withTwo = FilledForm.of(added.body(), "case-form");
        assertThat(withTwo.get("persons[0].documents[0].number")).isEqualTo("C1234567");
        assertThat(withTwo.get("persons[0].documents[0].type")).isEqualTo("passport");
        assertThat(withTwo.get("persons[0].documents[1].number")).as("a line to type the second document in").isEmpty();
        assertThat(Jsoup.parse(added.body()).getElementById("persons0.documents1.number").hasAttr("autofocus")).isTrue();
        var withSecondOnly = FilledForm.of(firstRemoved.body(), "case-form");
        assertThat(withSecondOnly.get("persons[0].documents[0].number")).isEqualTo("079080001234");
        assertThat(withSecondOnly.get("persons[0].documents[0].type")).isEqualTo("national-id-card");
        assertThat(withSecondOnly.get("persons[0].documents[1].number")).isNull();
        assertThat(withSecondOnly.get("persons[0].name")).isEqualTo("Trần Văn An");
        var withNone = FilledForm.of(lastRemoved.body(), "case-form");
        assertThat(withNone.get("persons[0].documents[0].number")).as("an empty line stays to type one in").isEmpty();
        assertThat(withNone.get("persons[0].documents[0].type")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void htmxGetsTheSuspectsWithTheDocumentAddedAndTheCursorInIt() {
        var screen = signedIn("vi");
        String token = Jsoup.parse(screen.get("/enforcement/cases/new?lang=vi")).selectFirst("#case-form input[name=_csrf]")
                .attr("value");

        var fragment = screen.send("POST", "/enforcement/cases",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"),
                form("02/11/2026", "VNHPH", "", "VN", "") + "&persons%5B0%5D.documents%5B0%5D.number=C1234567"
                        + "&persons%5B1%5D.name=Sok+Dara&add=documents%3A1&_csrf=" + encode(token));
        var removed = screen.send("POST", "/enforcement/cases",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"),
                form("02/11/2026", "VNHPH", "", "VN", "") + "&persons%5B0%5D.documents%5B0%5D.number=C1234567"
                        + "&persons%5B0%5D.documents%5B1%5D.number=B7654321&remove=documents%3A0%3A1&_csrf=" + encode(token));

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<div id=\"persons\"").doesNotContain("<html", "id=\"date\"");
        var rows = Jsoup.parse(fragment.body());
        assertThat(rows.getElementById("persons0.documents0.number").attr("value")).isEqualTo("C1234567");
        assertThat(rows.getElementById("persons0.documents1.number")).as("only the second suspect got a line").isNull();
        assertThat(rows.getElementById("persons1.documents1.number").hasAttr("autofocus")).isTrue();
        assertThat(rows.getElementById("persons1.documents0.number").hasAttr("autofocus")).isFalse();
        assertThat(fragment.body()).contains("Thêm giấy tờ");
        assertThat(removed.body().strip()).startsWith("<div id=\"persons\"");
        var left = Jsoup.parse(removed.body());
        assertThat(left.getElementById("persons0.documents0.number").attr("value")).isEqualTo("C1234567");
        assertThat(left.getElementById("persons0.documents1.number")).isNull();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"vi|Nhập số của giấy tờ này, hoặc để trống loại giấy tờ.",
            "en|Type the document's number, or leave its type empty."})
    void aDocumentTypeWithoutItsNumberIsAnErrorBesideThatDocumentAndNothingIsStored(String language, String error) {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();

        var refused = signedIn(language).submit("/enforcement/cases", form("02/11/2026", "VNHPH", "9074729", "VN", "17/05/1980")
                + "&persons%5B0%5D.documents%5B0%5D.number=C1234567&persons%5B0%5D.documents%5B0%5D.type=passport"
                + "&persons%5B0%5D.documents%5B1%5D.number=&persons%5B0%5D.documents%5B1%5D.type=national-id-card");

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = org.jsoup.parser.Parser.unescapeEntities(refused.body(), false);
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons0.documents1.number")).contains(error);
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons0.documents0.number")).contains("value=\"C1234567\"")
                .doesNotContain(error);
        assertThat(FilledForm.of(refused.body(), "case-form").get("persons[0].documents[1].type")).as("the type stays chosen")
                .isEqualTo("national-id-card");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aFaultTheChecksFindInASuspectsSecondDocumentShowsBesideThatDocumentsLine() {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();

        // A blank line first: the checks count the documents typed, the form its lines.
        var refused = signedIn("en").submit("/enforcement/cases", form("02/11/2026", "VNHPH", "9074729", "VN", "17/05/1980")
                + "&persons%5B0%5D.documents%5B0%5D.number=&persons%5B0%5D.documents%5B1%5D.number=C1234567"
                + "&persons%5B0%5D.documents%5B2%5D.number=" + "9".repeat(201));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(CaseCorrectionScreenTest.fieldWithError(refused.body(), "persons0.documents2.number"))
                .contains("At most 200 characters");
        assertThat(CaseCorrectionScreenTest.fieldWithError(refused.body(), "persons0.documents1.number"))
                .contains("value=\"C1234567\"").doesNotContain("At most");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRowNumberNoFormHasIsRefusedWithItsReasonAndNothingIsStored() {
        long before = jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
        var screen = signedIn("en");

        var refused = screen.submit("/enforcement/cases",
                form("02/11/2026", "VNHPH", "9074729", "VN", "17/05/1980") + "&persons%5B5000%5D.name=Forged+Row");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<html").doesNotContain("Exception", "Forged Row");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyOfficersWhoMayRecordGetARowAdded() {
        for (String officer : java.util.List.of("viewer", "analyst")) {
            var screen = new BrowserSession(port);
            screen.logIn(officer, "demo");
            assertThat(screen.submit("/enforcement/cases", "description=x&add=persons").statusCode()).as(officer).isEqualTo(403);
        }
    }

    private BrowserSession signedIn(String language) {
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");
        screen.get("/enforcement/cases/new?lang=" + language);
        return screen;
    }

    private static String form(String date, String place, String imo, String nationality, String born) {
        return "date=" + encode(date) + "&placeKind=port&place=" + encode(place) + "&category=drugs&description=Heroin"
                + "&quantityValue=2&quantityUnit=kg&vesselName=SEA+STAR&imo=" + imo + "&persons%5B0%5D.name=" + encode("Trần Văn An")
                + "&persons%5B0%5D.nationality=" + encode(nationality) + "&persons%5B0%5D.dateOfBirth=" + encode(born);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
