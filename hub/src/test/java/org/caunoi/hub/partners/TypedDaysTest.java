package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agreement editor's days and the legal-basis check's date are typed as the officer writes a day
 * (day/month/year in Vietnamese), shown back that way, kept as ISO, and a day that does not exist is its
 * field's error in the page's language. The agreements are with a partner of this test's own.
 */
@HubTest
class TypedDaysTest extends HubTest.Base {

    private static final String PARTNER = "DATESPG";
    private static final String CHECK = "/legal-basis?partner=HK&category=enforcement-non-nominal&purpose=investigation&date=";

    @LocalServerPort
    int port;

    @BeforeEach
    void ownPartner() {
        HubClient.as(port, "liaison").putJson("/api/partners/" + PARTNER, """
                {"kind": "customs-administration", "isoCountry": "PG", "nameVi": "Hải quan Papua New Guinea",
                 "nameEn": "PNG Customs Service", "region": "oceania"}""");
    }

    @Test
    void daysTypedDayFirstAreKeptAsIsoAndShownDayFirstInBothLanguages() {
        var liaison = signedIn("vi");

        var saved = liaison.submit("/agreements?lang=vi", form("Ngày gõ kiểu Việt Nam", "28/06/2013", "01/07/2013", "30.06.2033"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String json = HubClient.as(port, "viewer").get("/api/agreements/" + id).body();
        assertThat(JsonPath.<String>read(json, "$.signed")).isEqualTo("2013-06-28");
        assertThat(JsonPath.<String>read(json, "$.entryIntoForce")).isEqualTo("2013-07-01");
        assertThat(JsonPath.<String>read(json, "$.expiresOn")).isEqualTo("2033-06-30");
        assertThat(liaison.get("/agreements/" + id + "/edit?lang=vi")).contains("value=\"28/06/2013\"", "value=\"01/07/2013\"",
                "value=\"30/06/2033\"", "placeholder=\"ngày/tháng/năm\"").doesNotContain("type=\"date\"");
        assertThat(liaison.get("/agreements/" + id + "/edit?lang=en")).contains("value=\"28/06/2013\"", "value=\"01/07/2013\"",
                "value=\"30/06/2033\"", "placeholder=\"dd/mm/yyyy\"");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            signed         | vi | Ngày 31/02/2013 không có thật: hãy kiểm tra ngày và tháng.
            signed         | en | There is no day 31/02/2013: check the day and the month.
            entryIntoForce | vi | Ngày 31/02/2013 không có thật: hãy kiểm tra ngày và tháng.
            entryIntoForce | en | There is no day 31/02/2013: check the day and the month.
            expiresOn      | vi | Ngày 31/02/2013 không có thật: hãy kiểm tra ngày và tháng.
            expiresOn      | en | There is no day 31/02/2013: check the day and the month.""")
    void aDayThatDoesNotExistIsItsFieldsErrorInThePagesLanguageAndNothingIsSaved(String field, String language, String error) {
        var liaison = signedIn(language);
        String title = "Ngày không có thật " + field + " " + language;
        String signed = field.equals("signed") ? "31/02/2013" : "2013";
        String entry = field.equals("entryIntoForce") ? "31/02/2013" : "";
        String expiry = field.equals("expiresOn") ? "31/02/2013" : "";

        String page = liaison.postFormForPage("/agreements?lang=" + language, form(title, signed, entry, expiry));

        assertThat(fieldError(page, field)).isEqualTo(error);
        assertThat(page).as("what was typed stays").containsPattern("id=\"" + field + "\"[^>]* value=\"31/02/2013\"");
        assertThat(HubClient.as(port, "viewer").get("/api/agreements?partner=" + PARTNER).body()).doesNotContain(title);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hôm qua    | vi | Hãy gõ ngày theo dạng ngày/tháng/năm, ví dụ 02/11/2026 (hoặc 2026-11-02).
            yesterday  | en | Type the date as year-month-day, e.g. 2026-11-02 (or day/month/year, 02/11/2026).""")
    void textThatIsNoDaySaysHowToTypeOne(String typed, String language, String error) {
        String page = signedIn(language).postFormForPage("/agreements?lang=" + language, form("Không phải ngày", "2013", typed, ""));

        assertThat(fieldError(page, "entryIntoForce")).isEqualTo(error);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-13-45 | vi | Ngày 2026-13-45 không có thật: hãy kiểm tra ngày và tháng.
            2026-13-45 | en | There is no day 2026-13-45: check the day and the month.
            garbage    | vi | Hãy gõ ngày theo dạng ngày/tháng/năm, ví dụ 02/11/2026 (hoặc 2026-11-02).
            garbage    | en | Type the date as year-month-day, e.g. 2026-11-02 (or day/month/year, 02/11/2026).""")
    void theLegalBasisCheckKeepsWhatWasChosenAndSaysWhatToFixOnABadDate(String date, String language, String error) {
        var officer = signedIn(language);

        for (var answer : List.of(officer.get(CHECK + date + "&lang=" + language, "Accept", "text/html"),
                officer.get(CHECK + date + "&lang=" + language, "HX-Request", "true"))) {
            String page = answer.body();
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(page).contains("<option value=\"HK\" selected=\"selected\"",
                    "<option value=\"enforcement-non-nominal\" selected=\"selected\"",
                    "<option value=\"investigation\" selected=\"selected\"", "value=\"" + date + "\"");
            assertThat(Pattern.compile("id=\"date-error\" class=\"field-error\">([^<]*)<").matcher(page).results()
                    .map(match -> match.group(1))).containsExactly(error);
            assertThat(page).as("no answer for a day that is none").doesNotContain("id=\"decision-text\"");
        }
    }

    @Test
    void theLegalBasisCheckTakesADayTypedDayFirstAndShowsItAsThePageWritesDays() {
        var officer = signedIn("vi");

        assertThat(officer.get(CHECK + "14/12/2026&lang=vi")).contains("id=\"decision-text\"", "value=\"14/12/2026\"")
                .doesNotContain("id=\"date-error\"");
        assertThat(officer.get(CHECK + "14/12/2026&lang=en")).contains("id=\"decision-text\"", "value=\"14/12/2026\"");
        assertThat(officer.get("/legal-basis?lang=vi")).contains("placeholder=\"ngày/tháng/năm\"").doesNotContain("type=\"date\"");
    }

    private BrowserSession signedIn(String language) {
        var session = new BrowserSession(port);
        session.logIn("liaison", "demo");
        session.get("/partners?lang=" + language);
        return session;
    }

    private static String form(String title, String signed, String entryIntoForce, String expiresOn) {
        return "kind=administration-arrangement&titleVi=" + encode(title) + "&titleEn=" + encode(title) + "&parties=" + PARTNER
                + "&signed=" + encode(signed) + "&entryIntoForce=" + encode(entryIntoForce) + "&expiresOn=" + encode(expiresOn)
                + "&status=in-force&answerDeadlineDays=30&note=";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The error shown in the cell of a field of the editor. */
    private static String fieldError(String page, String field) {
        var matcher = Pattern.compile("id=\"" + field + "\"[^>]*>\\s*(?:<span class=\"hint\">[^<]*</span>\\s*)?<span class=\"field-error\">([^<]*)</span>")
                .matcher(page);
        return matcher.find() ? matcher.group(1) : "(no error beside " + field + ")";
    }
}
