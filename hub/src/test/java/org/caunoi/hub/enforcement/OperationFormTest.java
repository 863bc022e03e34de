package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The joint operation form and the case page's tag form over real HTTP, as a browser posts them:
 * the API's checks with errors at their fields in the officer's language, the API's roles, its audit.
 */
@HubTest
class OperationFormTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Test
    void anInvestigatorCreatesAnOperationFromTheFormWithItsPhasesAndItIsAudited() {
        var browser = as("investigator");
        assertThat(browser.get("/enforcement/operations?lang=en")).contains("id=\"new-operation\"");
        assertThat(browser.get("/enforcement/operations/new?lang=vi")).contains("Tạo chiến dịch", "Cơ quan tổ chức",
                "value=\"HK\"", "value=\"cites-fauna\"");

        var answer = browser.submit("/enforcement/operations", form("name", "Operation Storm Petrel", "code", "storm-petrel-26",
                "organisers", "VN, WCO", "partners", "HK", "partners", "LA", "categories", "drugs", "categories", "precursors",
                "phases[0].name", "Phase 1", "phases[0].from", "2026-10-01", "phases[0].to", "2026-10-31",
                "phases[1].name", "", "phases[1].from", "", "phases[1].to", "",
                "phases[2].name", "Phase 2", "phases[2].from", "2026-11-01", "phases[2].to", ""));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/enforcement/operations/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode stored = operation(id);
        assertThat(stored.get("name").asString()).isEqualTo("Operation Storm Petrel");
        assertThat(stored.get("code").asString()).isEqualTo("STORM-PETREL-26");
        assertThat(strings(stored.get("organisers"))).containsExactly("VN", "WCO");
        assertThat(strings(stored.get("partners"))).containsExactly("HK", "LA");
        assertThat(strings(stored.get("categories"))).containsExactly("drugs", "precursors");
        assertThat(stored.get("phases").toString()).contains("\"name\":\"Phase 1\",\"from\":\"2026-10-01\",\"to\":\"2026-10-31\"",
                "\"name\":\"Phase 2\",\"from\":\"2026-11-01\",\"to\":null");
        assertThat(audit.search("investigator", "enforcement-operation", "CREATE", null, 5))
                .anySatisfy(entry -> assertThat(entry.recordId()).isEqualTo(String.valueOf(id)));
        assertThat(browser.get("/enforcement/operations?lang=en")).contains("Operation Storm Petrel", "STORM-PETREL-26");
    }

    @Test
    void aFormWithErrorsShowsEachAtItsFieldInVietnameseAndStoresNothing() {
        var browser = as("investigator");
        browser.get("/enforcement/operations?lang=vi");
        int before = JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body()).size();

        var answer = browser.submit("/enforcement/operations", form("name", " ", "code", "x", "organisers", "",
                "phases[0].name", "Phase 1", "phases[0].from", "2026-10-31", "phases[0].to", "2026-10-01"));
        var badDate = browser.submit("/enforcement/operations", form("name", "Bad date",
                "phases[0].name", "Phase 1", "phases[0].from", "1 October"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Chiến dịch có lỗi: chưa lưu gì",
                "Hãy đặt tên cho chiến dịch bằng tiếng Anh, tiếng Việt hoặc cả hai.",
                "Mã chiến dịch X phải gồm 2 đến 40 chữ in hoa", "Giai đoạn kết thúc trước khi bắt đầu.");
        assertThat(badDate.body()).contains("Hãy gõ ngày theo dạng ngày/tháng/năm, ví dụ 02/11/2026 (hoặc 2026-11-02).", "value=\"1 October\"");
        assertThat(JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body()).size())
                .as("nothing stored").isEqualTo(before);

        var twice = browser.submit("/enforcement/operations?lang=en", form("name", "Twice", "phases[0].name", "Phase 1",
                "phases[1].name", "Phase 1", "partners", "ZZ"));
        assertThat(twice.body()).contains("Phase Phase 1 is already on a line above.", "There is no partner ZZ.");
    }

    @Test
    void aFormWithSeveralFaultsShowsThemAllAtOnceEachBesideItsFieldWithWhatWasTyped() {
        var browser = as("investigator");
        browser.get("/enforcement/operations?lang=vi");
        int before = JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body()).size();

        var answer = browser.submit("/enforcement/operations", form("name", " ", "code", "x", "organisers", "VN",
                "partners", "ZZ", "partners", "YY", "categories", "drugs",
                "phases[0].name", "", "phases[0].from", "1 October", "phases[0].to", "",
                "phases[1].name", "Phase 2", "phases[1].from", "2026-10-31", "phases[1].to", "2026-10-01"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("a date that does not parse hides none of the other faults")
                .containsPattern(beside("name", "Hãy đặt tên cho chiến dịch bằng tiếng Anh, tiếng Việt hoặc cả hai."))
                .containsPattern(beside("code", "Mã chiến dịch X phải gồm 2 đến 40 chữ in hoa"))
                .containsPattern(beside("phases[0].name", "Trường này là bắt buộc."))
                .containsPattern(beside("phases[0].from", "Hãy gõ ngày theo dạng ngày/tháng/năm"))
                .containsPattern(beside("phases[1].to", "Giai đoạn kết thúc trước khi bắt đầu."))
                .as("both unknown partners, not only the first").contains("Không có đối tác ZZ.", "Không có đối tác YY.")
                .as("what was typed stays").contains("value=\"x\"", "value=\"1 October\"", "value=\"VN\"", "value=\"Phase 2\"");
        assertThat(JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations").body()).size())
                .as("nothing stored").isEqualTo(before);

        long operation = createByApi("""
                {"name": "Several faults", "categories": ["drugs"], "phases": [{"name": "Phase 1"}]}""");
        long tagged = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/cases/" + tagged
                + "?phase=Phase%201", "");
        var edited = browser.submit("/enforcement/operations/" + operation + "?lang=en", form("name", "",
                "categories", "drugs", "phases[0].name", "Phase 9", "phases[0].from", "31/02/2026"));
        assertThat(edited.body()).as("editing too: every fault at once")
                .containsPattern(beside("name", "Give the operation a name, in English, in Vietnamese or both."))
                .containsPattern(beside("phases[0].from", "There is no day 31/02/2026"))
                .contains("Phase Phase 1 has cases tagged to it: it cannot be left out.");
        assertThat(operation(operation).get("name").asString()).isEqualTo("Several faults");
    }

    @Test
    void anOperationHasAVietnameseNameBesideItsEnglishOneAndEachScreenShowsItsOwnOrTheOther() {
        var browser = as("investigator");
        assertThat(browser.get("/enforcement/operations/new?lang=vi")).contains("Tên tiếng Anh", "Tên tiếng Việt");

        var answer = browser.submit("/enforcement/operations", form("name", "Operation Black Kite",
                "nameVi", "Chiến dịch Diều Hâu Đen", "categories", "drugs", "phases[0].name", "Phase 1"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        long both = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long englishOnly = createByApi("{\"name\": \"Operation Grey Heron\", \"categories\": [\"drugs\"]}");
        long vietnameseOnly = createByApi("{\"nameVi\": \"Chiến dịch Cò Trắng\", \"categories\": [\"drugs\"]}");

        assertThat(operation(both).get("nameVi").asString()).isEqualTo("Chiến dịch Diều Hâu Đen");
        assertThat(operation(englishOnly).get("nameVi").isNull()).isTrue();
        assertThat(operation(vietnameseOnly).get("name").isNull()).isTrue();
        assertThat(browser.get("/enforcement/operations?lang=vi")).contains(">Chiến dịch Diều Hâu Đen</a>",
                ">Operation Grey Heron</a>", ">Chiến dịch Cò Trắng</a>").doesNotContain(">Operation Black Kite</a>");
        assertThat(browser.get("/enforcement/operations?lang=en")).contains(">Operation Black Kite</a>",
                ">Operation Grey Heron</a>", ">Chiến dịch Cò Trắng</a>").doesNotContain(">Chiến dịch Diều Hâu Đen</a>");
        assertThat(browser.get("/enforcement/operations/" + both + "?lang=vi"))
                .contains("<title>Chiến dịch Diều Hâu Đen · CầuNối</title>", "id=\"operation-name\">Chiến dịch Diều Hâu Đen</h1>");
        assertThat(unescaped(browser.get("/enforcement/operations/" + both + "/edit?lang=en")))
                .contains("value=\"Operation Black Kite\"", "value=\"Chiến dịch Diều Hâu Đen\"");

        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + both + "/cases/" + id + "?phase=Phase%201", "");
        assertThat(unescaped(browser.get("/enforcement/cases/" + id + "?lang=vi"))).as("the case page names it as the reader reads")
                .contains(">Chiến dịch Diều Hâu Đen</a>", "label=\"Chiến dịch Cò Trắng\"", "label=\"Operation Grey Heron\"");
        assertThat(unescaped(browser.get("/enforcement/cases/" + id + "?lang=en"))).contains(">Operation Black Kite</a>",
                "label=\"Chiến dịch Cò Trắng\"");

        var renamed = browser.submit("/enforcement/operations/" + englishOnly, form("name", "",
                "nameVi", "Chiến dịch Diệc Xám", "categories", "drugs"));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);
        assertThat(operation(englishOnly).get("name").isNull()).as("the English name taken away").isTrue();
        assertThat(operation(englishOnly).get("nameVi").asString()).isEqualTo("Chiến dịch Diệc Xám");
        var nameless = HubClient.as(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \" \", \"nameVi\": \"\", \"categories\": [\"drugs\"]}");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(nameless.body()).at("/errors/0/field").asString()).isEqualTo("name");
    }

    @Test
    void aPhaseCarriesItsDaysTypedDayFirstAndShownAsTheReaderWritesADay() {
        var browser = as("investigator");
        browser.get("/enforcement/operations?lang=vi");
        var answer = browser.submit("/enforcement/operations", form("name", "Dated phases", "categories", "drugs",
                "phases[0].name", "Phase 1", "phases[0].from", "01/10/2026", "phases[0].to", "31/10/2026",
                "phases[1].name", "Phase 2", "phases[1].from", "2026-11-01", "phases[1].to", "",
                "phases[2].name", "Phase 3", "phases[2].from", "", "phases[2].to", ""));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(operation(id).get("phases").toString()).as("the API keeps ISO days")
                .contains("\"name\":\"Phase 1\",\"from\":\"2026-10-01\",\"to\":\"2026-10-31\"",
                        "\"name\":\"Phase 2\",\"from\":\"2026-11-01\",\"to\":null",
                        "\"name\":\"Phase 3\",\"from\":null,\"to\":null");
        assertThat(browser.get("/enforcement/operations/" + id + "?lang=vi")).contains("Phase 1: 01/10/2026 – 31/10/2026",
                "Phase 2: 01/11/2026 – …", ">Phase 3</li>");
        assertThat(browser.get("/enforcement/operations/" + id + "?lang=en")).contains("Phase 1: 01/10/2026 – 31/10/2026");
        assertThat(browser.get("/enforcement/operations/" + id + "/edit?lang=vi")).as("the form shows them as it asks for them")
                .contains("value=\"01/10/2026\"", "value=\"31/10/2026\"", "value=\"01/11/2026\"");

        var backwards = browser.submit("/enforcement/operations/" + id + "?lang=en", form("name", "Dated phases",
                "categories", "drugs", "phases[0].name", "Phase 1", "phases[0].from", "31/10/2026", "phases[0].to", "01/10/2026"));
        assertThat(backwards.statusCode()).isEqualTo(200);
        assertThat(backwards.body()).containsPattern(beside("phases[0].to", "The phase ends before it starts."));
        assertThat(operation(id).get("phases").toString()).as("unchanged").contains("\"from\":\"2026-10-01\"");
    }

    /** The page with its attributes' entities (&acirc;) as the letters they stand for. */
    private static String unescaped(String page) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(page);
    }

    /** The error shown right after the field's input, before any other input. */
    private static String beside(String field, String error) {
        return "(?s)name=\"" + java.util.regex.Pattern.quote(field) + "\"[^>]*>(?:(?!<input|<select).)*?"
                + "class=\"field-error\">[^<]*" + java.util.regex.Pattern.quote(error);
    }

    @Test
    void viewersAndAnalystsMayNotCreateOrChangeAnOperation() {
        long operation = createByApi("{\"name\": \"Read only\", \"categories\": [\"drugs\"]}");
        for (String user : List.of("viewer", "analyst")) {
            var browser = as(user);
            assertThat(browser.get("/enforcement/operations?lang=en")).doesNotContain("id=\"new-operation\"");
            assertThat(browser.get("/enforcement/operations/" + operation + "?lang=en")).doesNotContain("id=\"edit-operation\"");
            assertThat(browser.status("/enforcement/operations/new")).isEqualTo(403);
            assertThat(browser.status("/enforcement/operations/" + operation + "/edit")).isEqualTo(403);
            assertThat(browser.submit("/enforcement/operations", form("name", "By " + user)).statusCode()).isEqualTo(403);
            assertThat(browser.submit("/enforcement/operations/" + operation, form("name", "Renamed")).statusCode())
                    .isEqualTo(403);
        }
        assertThat(operation(operation).get("name").asString()).isEqualTo("Read only");
    }

    @Test
    void editingKeepsAPhaseThatHasCasesAndChangesTheRest() {
        long operation = createByApi("""
                {"name": "Edited", "categories": ["drugs"], "phases": [{"name": "Phase 1"}, {"name": "Phase 2"}]}""");
        long tagged = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/cases/" + tagged
                + "?phase=Phase%201", "");
        var browser = as("supervisor");
        assertThat(browser.get("/enforcement/operations/" + operation + "/edit?lang=en"))
                .contains("Edit the joint operation", "value=\"Phase 1\"", "value=\"Phase 2\"");

        var dropped = browser.submit("/enforcement/operations/" + operation,
                form("name", "Edited", "categories", "drugs", "phases[0].name", "Phase 2"));
        assertThat(dropped.statusCode()).isEqualTo(200);
        assertThat(dropped.body()).contains("Phase Phase 1 has cases tagged to it: it cannot be left out.");
        assertThat(operation(operation).get("phases")).hasSize(2);

        var changed = browser.submit("/enforcement/operations/" + operation, form("name", "Edited again",
                "categories", "drugs", "categories", "tobacco", "partners", "KH",
                "phases[0].name", "Phase 1", "phases[0].from", "2026-09-01", "phases[1].name", "Phase 3"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        JsonNode stored = operation(operation);
        assertThat(stored.get("name").asString()).isEqualTo("Edited again");
        assertThat(strings(stored.get("categories"))).containsExactly("drugs", "tobacco");
        assertThat(strings(stored.get("partners"))).containsExactly("KH");
        assertThat(stored.get("phases").toString()).contains("Phase 1", "2026-09-01", "Phase 3").doesNotContain("Phase 2");
        assertThat(totals(operation).at("/byPhase/Phase 1/drugs/kg").decimalValue()).as("the tagged case stays")
                .isEqualByComparingTo("12.5");
        assertThat(audit.search("supervisor", "enforcement-operation", "UPDATE", null, 5))
                .anySatisfy(entry -> assertThat(entry.recordId()).isEqualTo(String.valueOf(operation)));
    }

    @Test
    void aCaseIsTaggedToAnOperationAndPhaseFromItsPage() {
        long operation = createByApi("""
                {"name": "Tagged from the page", "categories": ["drugs"], "phases": [{"name": "Phase A"}]}""");
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("quantity.value", 4));
        var browser = as("investigator");
        assertThat(browser.get("/enforcement/cases/" + id + "?lang=en")).contains("The case is not tagged to any joint operation.",
                "value=\"" + operation + ":Phase A\"");

        var tagged = browser.submit("/enforcement/cases/" + id + "/operations", form("target", operation + ":Phase A"));
        assertThat(tagged.statusCode()).isEqualTo(302);
        assertThat(totals(operation).at("/byPhase/Phase A/drugs/kg").decimalValue()).isEqualByComparingTo("4");
        assertThat(browser.get("/enforcement/cases/" + id + "?lang=vi")).contains("Tagged from the page", "giai đoạn Phase A");

        browser.submit("/enforcement/cases/" + id + "/operations", form("target", operation + ":Phase Z"));
        assertThat(browser.get("/enforcement/cases/" + id)).as("worded in the language the officer chose last").contains("id=\"tag-error\"",
                "Chiến dịch không có giai đoạn Phase Z.");
        assertThat(totals(operation).at("/byPhase/Phase A/drugs/kg").decimalValue()).as("unchanged").isEqualByComparingTo("4");

        var viewer = as("viewer");
        assertThat(viewer.get("/enforcement/cases/" + id + "?lang=en")).doesNotContain("id=\"tag-form\"");
        assertThat(viewer.submit("/enforcement/cases/" + id + "/operations", form("target", String.valueOf(operation)))
                .statusCode()).isEqualTo(403);
    }

    private BrowserSession as(String user) {
        var browser = new BrowserSession(port);
        browser.logIn(user, "demo");
        return browser;
    }

    private long createByApi(String json) {
        HttpResponse<String> response = HubClient.as(port, "investigator").postJson("/api/enforcement/operations", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private JsonNode operation(long id) {
        return JSON.readTree(HubClient.as(port, "viewer").get("/api/enforcement/operations/" + id).body());
    }

    private JsonNode totals(long id) {
        return JSON.readTree(HubClient.as(port, "analyst").get("/api/enforcement/operations/" + id + "/totals").body());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** name, value, name, value... as a browser encodes a form. */
    private static String form(String... pairs) {
        return java.util.stream.IntStream.range(0, pairs.length / 2)
                .mapToObj(i -> encode(pairs[2 * i]) + "=" + encode(pairs[2 * i + 1])).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
