package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upload larger than the hub takes gets the hub's own answer, whatever its size (30 MB, far over the
 * request's limit; 20.5 MB and 20 MB + 1 byte, under the request's limit but over the file's), as a smaller file too
 * large does: on a screen the error page with the menu in the officer's language, the limit the form
 * quotes and a way back to the form; on the API problem details in Accept-Language. Nothing is stored.
 */
@HubTest
class OversizeUploadTest extends HubTest.Base {

    private static final byte[] THIRTY_MEGABYTES = new byte[30 * 1024 * 1024];

    /** Under the request's limit (21 MB) as a whole, over the file's (20 MB): Tomcat refuses it while reading the parts. */
    private static final byte[] TWENTY_AND_A_HALF_MEGABYTES = new byte[20 * 1024 * 1024 + 512 * 1024];

    /** One byte over the largest file the hub takes ({@code spring.servlet.multipart.max-file-size}). */
    private static final byte[] ONE_BYTE_OVER_THE_LIMIT = new byte[20 * 1024 * 1024 + 1];

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhotoOfThirtyMegabytesOnTheCasePageShowsTheErrorPageWithTheMenuAndTheLimit() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();
        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");
        String casePage = "/enforcement/cases/" + id;

        var refused = browser.upload(casePage + "/photos", "seizure.jpg", THIRTY_MEGABYTES,
                Map.of("Referer", "http://127.0.0.1:" + port + casePage));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).doesNotContain("Tomcat").contains("id=\"menu\"")
                .contains("Tệp quá lớn (tối đa 10 MB).")
                .as("the way back and the other language lead to the form's page, not /error")
                .contains("id=\"error-back\" href=\"" + casePage + "\"")
                .contains("id=\"lang-en\" href=\"" + casePage + "?lang=en\"");
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void aSheetOfThirtyMegabytesToImportIsRefusedQuotingTheSheetLimitInEnglish() {
        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");
        browser.get("/enforcement/cases/import?lang=en");

        var refused = browser.upload("/enforcement/cases/import", "cases.csv", THIRTY_MEGABYTES, Map.of());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).doesNotContain("Tomcat").contains("id=\"menu\"").contains("The file is too large (20 MB at most).");
    }

    @Test
    void aPhotoOfThirtyMegabytesOnTheApiIsProblemDetailsInTheCallersLanguage() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();

        var english = Photos.upload(port, "investigator", id, "seizure.jpg", THIRTY_MEGABYTES, "en");
        var vietnamese = Photos.upload(port, "investigator", id, "seizure.jpg", THIRTY_MEGABYTES, "vi");

        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(english.body(), "$.title")).isEqualTo("Too large");
        assertThat(JsonPath.<String>read(english.body(), "$.detail")).isEqualTo("The file is too large (10 MB at most).");
        assertThat(vietnamese.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(vietnamese.body(), "$.detail")).isEqualTo("Tệp quá lớn (tối đa 10 MB).");
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void aSheetOneByteOverTheLimitToImportGetsTheHubsPageNotAMissingFormToken() {
        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");
        browser.get("/enforcement/cases/import?lang=en");

        var refused = browser.upload("/enforcement/cases/import", "cases.csv", ONE_BYTE_OVER_THE_LIMIT, Map.of());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).doesNotContain("Tomcat").contains("id=\"menu\"").contains("The file is too large (20 MB at most).");
    }

    @Test
    void aPhotoOfTwentyAndAHalfMegabytesOnTheCasePageShowsTheErrorPageWithTheMenuAndTheLimit() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();
        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");
        String casePage = "/enforcement/cases/" + id;

        var refused = browser.upload(casePage + "/photos", "seizure.jpg", TWENTY_AND_A_HALF_MEGABYTES,
                Map.of("Referer", "http://127.0.0.1:" + port + casePage));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).doesNotContain("Tomcat").contains("id=\"menu\"").contains("Tệp quá lớn (tối đa 10 MB).")
                .contains("id=\"error-back\" href=\"" + casePage + "\"");
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void aPhotoOfTwentyAndAHalfMegabytesOnTheApiIsProblemDetailsInTheCallersLanguage() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();

        var english = Photos.upload(port, "investigator", id, "seizure.jpg", TWENTY_AND_A_HALF_MEGABYTES, "en");
        var overByOne = Photos.upload(port, "investigator", id, "seizure.jpg", ONE_BYTE_OVER_THE_LIMIT, "vi");

        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(english.body(), "$.detail")).isEqualTo("The file is too large (10 MB at most).");
        assertThat(overByOne.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(overByOne.body(), "$.detail")).isEqualTo("Tệp quá lớn (tối đa 10 MB).");
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void aPhotoSentInChunksWithoutALengthIsRefusedTheSameWay() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();

        var refused = Photos.uploadInChunks(port, "investigator", id, "seizure.jpg", TWENTY_AND_A_HALF_MEGABYTES, "en");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(refused.body(), "$.detail")).isEqualTo("The file is too large (10 MB at most).");
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void theLanguageLinksOfAnErrorPageLeadToThePageAskedFor() {
        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");

        var missing = browser.response("/enforcement/no-such-page?q=1", Map.of());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"lang-en\" href=\"/enforcement/no-such-page?q=1&amp;lang=en\"")
                .doesNotContain("/error?lang");
    }

    private long attachments() {
        return jdbc.sql("SELECT count(*) FROM platform.attachment").query(Long.class).single();
    }
}
