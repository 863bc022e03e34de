package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document is given once in a case: twice for one suspect (the same type and number, numbers compared without
 * spaces, dashes or capitals) or again for another suspect is refused beside the second time, on the form and
 * through the API, and nothing is stored. The hub finds a suspect's record again by its documents, so a document
 * given for two suspects would make them one person.
 */
@HubTest
class DocumentsGivenOnceTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} ({1}) then {2} ({3}): {4}")
    @CsvSource(nullValues = "-", value = {
            "B1234567,     passport,         B1234567,   passport,         refused",
            "B 123-4567,   passport,         b1234567,   passport,         refused",
            "B–1234567,    -,                B1234567,   -,                refused",
            "B1234567,     passport,         b1234567,   -,                refused",
            "0790 8000 12, national-id-card, 079080-0012, national-id-card, refused",
            "B1234567,     passport,         B-1234567,  border-pass,      recorded",
            "B1234567,     passport,         B1234568,   passport,         recorded"})
    void theSameDocumentTwiceForOneSuspectIsRefusedThroughTheApi(String first, String firstType, String second,
            String secondType, String outcome) {
        String description = unique("Two documents of one suspect");
        Map<String, String> types = new HashMap<>();
        if (firstType != null) {
            types.put(first, firstType);
        }
        if (secondType != null) {
            types.put(second, secondType);
        }
        Map<String, Object> person = new HashMap<>(Map.of("name", "Đỗ Văn Hải", "documents", List.of(first, second)));
        if (!types.isEmpty()) {
            person.put("documentTypes", types);
        }

        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/cases?lang=en",
                NewCase.methamphetamineAtHaiPhong().with("description", description).with("persons", List.of(person)).json());

        if (outcome.equals("refused")) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            assertThat(errors.findValuesAsString("field")).containsExactly("persons[0].documents[1]");
            assertThat(errors.findValuesAsString("message")).singleElement().asString()
                    .startsWith("Document " + second.strip() + " is already given above for this suspect");
            assertThat(casesDescribedAs(description)).isZero();
        }
        else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(casesDescribedAs(description)).isOne();
        }
    }

    @Test
    void aDocumentOfOneSuspectGivenForAnotherIsRefusedThroughTheApiBesideTheSecond() {
        String description = unique("One document, two suspects");
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/cases?lang=vi",
                NewCase.methamphetamineAtHaiPhong().with("description", description).with("persons", List.of(
                        Map.of("name", "Đỗ Văn Hải", "documents", List.of("C7001001", "079080007001")),
                        Map.of("name", "Sok Dara", "documents", List.of("N7001001", "C 7001-001")))).json());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("persons[1].documents[1]");
        assertThat(errors.findValuesAsString("message")).containsExactly("Giấy tờ số C 7001-001 đã được nhập cho một đối "
                + "tượng nghi vấn khác trong vụ việc này: mỗi giấy tờ chỉ thuộc về một người, hãy kiểm tra lại số.");
        assertThat(casesDescribedAs(description)).isZero();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "vi|Giấy tờ số b123-4567 đã được nhập ở trên cho đối tượng này",
            "en|Document b123-4567 is already given above for this suspect"})
    void theSameDocumentTwiceOnTheFormIsAnErrorBesideTheSecondLineKeepingEverythingTyped(String language, String error) {
        String description = unique("Form, two documents of one suspect");

        var refused = signedIn(language).submit("/enforcement/cases", form(description)
                + "&persons%5B0%5D.documents%5B0%5D.number=" + encode("B 1234567") + "&persons%5B0%5D.documents%5B0%5D.type=passport"
                + "&persons%5B0%5D.documents%5B1%5D.number=" + encode("079080001234") + "&persons%5B0%5D.documents%5B1%5D.type=national-id-card"
                + "&persons%5B0%5D.documents%5B2%5D.number=b123-4567&persons%5B0%5D.documents%5B2%5D.type=passport");

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = Parser.unescapeEntities(refused.body(), false);
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons0.documents2.number")).contains(error);
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons0.documents0.number")).doesNotContain(error);
        var typed = FilledForm.of(refused.body(), "case-form");
        assertThat(typed.get("persons[0].documents[0].number")).isEqualTo("B 1234567");
        assertThat(typed.get("persons[0].documents[2].number")).isEqualTo("b123-4567");
        assertThat(typed.get("persons[0].documents[2].type")).isEqualTo("passport");
        assertThat(typed.get("description")).isEqualTo(description);
        assertThat(casesDescribedAs(description)).isZero();
    }

    @Test
    void aDocumentGivenForTwoSuspectsOnTheFormIsAnErrorBesideTheSecondSuspectsLine() {
        String description = unique("Form, one document of two suspects");

        // A blank suspect between them: the checks count the suspects typed, the form its rows.
        var refused = signedIn("en").submit("/enforcement/cases", form(description)
                + "&persons%5B0%5D.documents%5B0%5D.number=C7002002"
                + "&persons%5B2%5D.name=Sok+Dara&persons%5B2%5D.documents%5B0%5D.number=c7002002"
                + "&persons%5B2%5D.documents%5B0%5D.type=border-pass");

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = Parser.unescapeEntities(refused.body(), false);
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons2.documents0.number"))
                .contains("Document c7002002 is already given for another suspect of this case");
        assertThat(CaseCorrectionScreenTest.fieldWithError(page, "persons0.documents0.number")).doesNotContain("already given");
        assertThat(FilledForm.of(refused.body(), "case-form").get("persons[2].name")).isEqualTo("Sok Dara");
        assertThat(casesDescribedAs(description)).isZero();
    }

    @Test
    void aCorrectionGivingASuspectAnotherSuspectsDocumentIsRefusedAndTheCaseStaysAsItWas() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("description", unique("Corrected")).with("persons",
                List.of(Map.of("name", "Đỗ Văn Hải", "documents", List.of("C7003003")), Map.of("name", "Sok Dara"))));
        var screen = signedIn("en");
        var filled = FilledForm.of(screen.get("/enforcement/cases/" + id + "/edit?lang=en"), "case-form")
                .with("persons[1].documents[0].number", "c-7003003");

        var refused = screen.submit("/enforcement/cases/" + id + "/edit", filled.body());

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(CaseCorrectionScreenTest.fieldWithError(Parser.unescapeEntities(refused.body(), false),
                "persons1.documents0.number")).contains("Document c-7003003 is already given for another suspect of this case");
        JsonNode stored = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body());
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.at("/content/persons/1/documents").size()).as("the second suspect holds no document").isZero();
    }

    private long casesDescribedAs(String description) {
        return jdbc.sql("SELECT count(*) FROM enforcement.case_record WHERE content->>'description' = ?").param(description)
                .query(Long.class).single();
    }

    private BrowserSession signedIn(String language) {
        var screen = new BrowserSession(port);
        screen.logIn("investigator", "demo");
        screen.get("/enforcement/cases/new?lang=" + language);
        return screen;
    }

    private static String form(String description) {
        return "date=02%2F11%2F2026&placeKind=port&place=VNHPH&category=drugs&description=" + encode(description)
                + "&quantityValue=2&quantityUnit=kg&persons%5B0%5D.name=" + encode("Đỗ Văn Hải")
                + "&persons%5B0%5D.nationality=VN";
    }

    private static String unique(String description) {
        return description + " " + UUID.randomUUID();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
