package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One way to fail, over real HTTP: every bad input is a 400 that names the field, as RFC 9457
 * problem details in the caller's language for the API and as the error page for screens; no
 * input makes the hub answer 500, and no answer shows a stack trace, SQL or a class name.
 */
@HubTest
class ProblemDetailsTest extends HubTest.Base {

    static final String NUL = "a%00b";
    static final String LONG = "x".repeat(3000);
    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/partners?q=", "/api/exchange/messages?partner=", "/api/agreements?partner=",
            "/api/legal-basis?category=enforcement-nominal&purpose=investigation&partner="})
    void aNulByteInAnApiParameterIs400NamingTheField(String path) {
        var response = HubClient.as(port, "analyst").get(path + NUL);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        String field = path.substring(path.lastIndexOf(path.contains("&") ? '&' : '?') + 1, path.length() - 1);
        assertThat(fields(response)).containsExactly(field);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/partners?q=", "/exchange/messages?partner=", "/admin/audit?actor=", "/legal-basis?partner="})
    void aNulByteInAScreenParameterShowsTheErrorPageNamingTheField(String path) {
        var browser = new BrowserSession(port);
        browser.logIn("admin", "demo");

        var response = browser.response(path + NUL + "&lang=en", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("holds a character that is not allowed");
    }

    @Test
    void aPartnerCodeInThePathThatIsNoneIs400NamingTheCode() {
        var response = HubClient.as(port, "liaison").putJson("/api/partners/zzlower", SecurityTest.PARTNER_JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(fields(response)).containsExactly("code");
    }

    @Test
    void nullInsideAgreementJsonIs400NamingTheField() {
        var liaison = HubClient.as(port, "liaison");

        var nullKind = liaison.postJson("/api/agreements", agreementJson("\"kind\": null, \"parties\": [\"KR\"]"));
        var nullParty = liaison.postJson("/api/agreements", agreementJson("\"parties\": [null]"));

        assertThat(nullKind.statusCode()).isEqualTo(400);
        assertThat(fields(nullKind)).contains("kind");
        assertThat(nullParty.statusCode()).isEqualTo(400);
        assertThat(fields(nullParty)).contains("parties[0]");
    }

    @Test
    void aNulByteInsideJsonTextIs400NamingTheField() {
        var response = HubClient.as(port, "liaison").putJson("/api/partners/SG",
                SecurityTest.PARTNER_JSON.replace("Singapore Customs", "Singapore\\u0000Customs"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(fields(response)).containsExactly("nameEn");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).as("says what is wrong, not 'wrong type'")
                .isEqualTo("Trường nameEn có ký tự điều khiển (như NUL hoặc BEL), không được phép; hãy xóa chúng và gửi lại.");
    }

    @Test
    void aBodyLargerThanTheHubTakesIs413BeforeItIsRead() {
        byte[] tooLarge = new byte[22 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        var investigator = HubClient.as(port, "investigator");

        var declared = investigator.post("/api/enforcement/cases", "application/json", tooLarge);
        var chunked = investigator.post("/api/enforcement/cases/import?format=csv", "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge)));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(declared.body(), "$.detail")).contains("21 MB");
        assertThat(chunked.statusCode()).as("a body without a declared length, counted as it is read").isEqualTo(413);
        assertThat(JsonPath.<String>read(chunked.body(), "$.detail")).contains("21 MB");
    }

    @Test
    void problemsAreWordedInTheLanguageOfAcceptLanguage() {
        var analyst = HubClient.as(port, "analyst");

        var english = analyst.get("/api/exchange/messages?state=FOO", "en");
        var vietnamese = analyst.get("/api/exchange/messages?state=FOO", "vi");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(english.body(), "$.title")).isEqualTo("Invalid request");
        assertThat(fields(english)).containsExactly("state");
        assertThat(JsonPath.<List<String>>read(english.body(), "$.validValues"))
                .as("spelled as the list writes states").contains("receipt-received", "processed");
        assertThat(JsonPath.<String>read(vietnamese.body(), "$.title")).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(fields(vietnamese)).containsExactly("state");
    }

    @Test
    void permissionComesBeforeValidation() {
        var response = HubClient.as(port, "viewer").postJson("/api/agreements", "{\"kind\": null, \"parties\": [null]}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(403);
        assertThat(JsonPath.<Map<String, Object>>read(response.body(), "$")).doesNotContainKey("errors");
    }

    @Test
    void unauthenticatedAndUnknownApiCallsAreProblemDetailsToo() {
        var anonymous = HubClient.anonymous(port).get("/api/partners", "en");
        var unknown = HubClient.as(port, "viewer").get("/api/no-such-thing", "en");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"/partner, en, Page or record not found", "/partner, vi, Không tìm thấy trang hoặc dữ liệu",
            "/partners?q=" + NUL + ", en, Something went wrong", "/partners?q=" + NUL + ", vi, Có lỗi xảy ra"})
    void aMistypedAddressInTheBrowserShowsTheErrorPageInTheOfficersLanguageNotJson(String path, String language, String heading) {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        var response = browser.response(path + (path.contains("?") ? "&" : "?") + "lang=" + language, Map.of("Accept", "text/html"));

        assertThat(response.statusCode()).isBetween(400, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(heading(response)).isEqualTo(heading);
        assertThat(response.body()).doesNotContain("\"status\"", "Exception");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Access denied, Your role does not let you open this page",
            "vi, Không có quyền truy cập, Vai trò của bạn không được phép mở trang này"})
    void aPageTheOfficersRoleMayNotOpenIsHeadedAsRefusedAndSaysWhy(String language, String heading, String why) {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        var response = browser.response("/admin/audit?lang=" + language, Map.of("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(heading(response)).isEqualTo(heading);
        assertThat(response.body()).contains(why, "id=\"error-roles\"");
    }

    /** The error page's heading, as the officer reads it. */
    private static String heading(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("h1#error-heading").text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, check the address", "vi, kiểm tra lại địa chỉ"})
    void anAddressThatLeadsNowhereSaysWhatToDo(String language, String hint) {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        var response = browser.response("/partner?lang=" + language, Map.of("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains(hint);
    }

    /** Every GET of the API and the screens, each query parameter given a NUL byte, then 3,000 characters. */
    @Test
    void noQueryParameterValueMakesTheHubAnswer500() {
        Map<String, List<String>> parameters = Map.ofEntries(
                Map.entry("/api/partners", List.of("q", "region", "kind")),
                Map.entry("/api/agreements", List.of("partner")),
                Map.entry("/api/legal-basis", List.of("partner", "category", "purpose", "date")),
                Map.entry("/api/exchange/messages", List.of("partner", "direction", "state", "type")),
                Map.entry("/api/audit/verify", List.of("x")),
                Map.entry("/", List.of("lang")),
                Map.entry("/partners", List.of("q", "region", "kind")),
                Map.entry("/agreements", List.of("partner", "q")),
                Map.entry("/agreements/new", List.of("partner")),
                Map.entry("/legal-basis", List.of("partner", "category", "purpose", "date")),
                Map.entry("/exchange/messages", List.of("direction", "partner", "state", "type")),
                Map.entry("/exchange/dead-letters", List.of("x")),
                Map.entry("/admin/audit", List.of("actor", "recordType", "action", "before")),
                Map.entry("/login", List.of("locked", "error")));
        var admin = HubClient.as(port, "admin");
        var browser = new BrowserSession(port);
        browser.logIn("admin", "demo");

        parameters.forEach((path, names) -> names.forEach(name -> Stream.of(NUL, LONG).forEach(value -> {
            String url = path + "?" + name + "=" + value;
            int status = path.startsWith("/api/") ? admin.get(url).statusCode() : browser.status(url);
            assertThat(status).as(url.substring(0, Math.min(url.length(), 80))).isLessThan(500);
        })));
    }

    private static String agreementJson(String fields) {
        return "{\"titleVi\": \"Bản ghi nhớ\", \"titleEn\": \"MoU\", \"signed\": \"2021\", " + fields + "}";
    }

    /** The fields a problem's validation errors name. */
    private static List<String> fields(HttpResponse<String> problem) {
        return JsonPath.read(problem.body(), "$.errors[*].field");
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(JsonPath.<Map<String, Object>>read(response.body(), "$")).containsKeys("title", "detail");
        assertThat(response.body()).doesNotContain("Exception", "org.", "SQL", "\tat ");
    }
}
