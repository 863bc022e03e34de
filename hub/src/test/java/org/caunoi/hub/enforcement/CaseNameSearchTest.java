package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names of persons, companies and vessels are found whatever the spelling, every hit says why, a
 * different person sharing a family and middle name is not a hit, and the index follows corrections.
 */
@HubTest
class CaseNameSearchTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    long hungsCase;
    long haisCase;

    @BeforeEach
    void twoPeopleSharingNguyenVan() {
        hungsCase = record(NewCase.methamphetamineAtHaiPhong());
        haisCase = record(NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(Map.of("name", "Nguyễn Văn Hải", "documents", List.of("B7654321"))))
                .with("narrative", "Nguyễn Văn Hải was the consignee."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NGUYEN VAN HUNG", "Hung Nguyen Van", "阮文雄", "nguyễn văn hùng"})
    void findsNguyenVanHungWhateverTheSpelling(String query) {
        List<JsonNode> hits = hits("investigator", query);

        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(hungsCase);
            assertThat(hit.get("entity").asString()).isEqualTo("person");
            assertThat(hit.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
            assertThat(hit.get("why").asString()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"NGUYEN VAN HUNG %s", "%s", "%s-"})
    void aDocumentNumberFindsItsBearerAloneOrBesideTheName(String query) {
        // A passport of this test's own: other tests' cases carry the usual one.
        String passport = "P" + (1_000_000 + (System.nanoTime() & 0xFFFFF));
        long bearersCase = record(NewCase.methamphetamineAtHaiPhong().with("persons",
                List.of(Map.of("name", "Nguyễn Văn Hùng", "documents", List.of(passport)))));

        List<JsonNode> hits = hits("investigator", query.formatted(passport.toLowerCase(java.util.Locale.ROOT)), "vi");

        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(bearersCase);
            assertThat(hit.get("score").asDouble()).as("the number decides").isEqualTo(1.0);
            assertThat(hit.get("why").asString()).contains(passport.toUpperCase(java.util.Locale.ROOT) + ": số giấy tờ").doesNotContain("other");
        });
        assertThat(hits).as("Nguyễn Văn Hải's passport is another").noneMatch(hit -> hit.get("caseId").asLong() == haisCase);
    }

    @Test
    void aTaxNumberFindsItsCompanyExplainedAsATaxNumberNotADocument() {
        String tax = "0" + (100_000_000 + (System.nanoTime() & 0xFFFFFF));
        long companysCase = record(NewCase.methamphetamineAtHaiPhong().with("companies",
                List.of(Map.of("name", "Công ty TNHH Mã Số Riêng", "taxNumber", tax))));

        List<JsonNode> vietnamese = hits("investigator", tax, "vi");
        List<JsonNode> english = hits("investigator", tax, "en");

        assertThat(vietnamese).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(companysCase);
            assertThat(hit.get("why").asString()).contains(tax + ": mã số thuế").doesNotContain("số giấy tờ");
        });
        assertThat(english).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(companysCase);
            assertThat(hit.get("why").asString()).contains(tax + ": tax number");
        });
    }

    @Test
    void aHitShowsTheNameAsWrittenWithItsLatinFormBeside() {
        long hanCase = record(NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(Map.of("name", "阮文雄", "latinName", "Nguyen Van Hung", "documents", List.of("Z9000001")))));

        List<JsonNode> hits = hits("investigator", "Nguyen Van Hung");

        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(hungsCase);
            assertThat(hit.get("nameAsWritten").asString()).isEqualTo("Nguyễn Văn Hùng");
            assertThat(hit.get("latinName").asString()).isEqualTo("Nguyen Van Hung");
            assertThat(hit.get("name").asString()).as("the form that matched stays").isNotBlank();
            assertThat(hit.get("received").asBoolean()).isFalse();
        });
        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(hanCase);
            assertThat(hit.get("nameAsWritten").asString()).isEqualTo("阮文雄");
            assertThat(hit.get("latinName").asString()).isEqualTo("Nguyen Van Hung");
        });
        assertThat(hits("investigator", "HAI PHONG STAR")).anySatisfy(hit -> {
            assertThat(hit.get("nameAsWritten").asString()).isEqualTo("HAI PHONG STAR");
            assertThat(hit.get("latinName").isNull()).as("nothing beside a name that is already Latin").isTrue();
        });
    }

    @Test
    void aDifferentPersonSharingNguyenVanIsNotAHit() {
        assertThat(hits("investigator", "Nguyen Van Hung")).noneSatisfy(hit ->
                assertThat(hit.get("caseId").asLong()).isEqualTo(haisCase));
        assertThat(hits("investigator", "Nguyen Van Hai")).noneSatisfy(hit ->
                assertThat(hit.get("caseId").asLong()).isEqualTo(hungsCase));
    }

    @Test
    void companiesAndVesselsAreFoundToo() {
        assertThat(hits("investigator", "Hoang Long Trading Co Ltd")).anySatisfy(hit -> {
            assertThat(hit.get("entity").asString()).isEqualTo("company");
            assertThat(hit.get("why").asString()).contains("company form");
        });
        assertThat(hits("investigator", "Hoang Long Trading Co Ltd", "vi")).as("why, in the officer's language")
                .anySatisfy(hit -> assertThat(hit.get("why").asString()).contains("loại hình doanh nghiệp")
                        .doesNotContain("company form"));
        assertThat(hits("investigator", "Hai Phong Star")).anySatisfy(hit ->
                assertThat(hit.get("entity").asString()).isEqualTo("vessel"));
    }

    @Test
    void analystsFindVesselsButNoPersonOrCompany() {
        assertThat(hits("analyst", "Nguyen Van Hung")).isEmpty();
        assertThat(hits("analyst", "Hai Phong Star")).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.get("entity").asString()).isEqualTo("vessel"));
    }

    @Test
    void aCorrectedNameIsFoundUnderItsNewSpellingOnly() {
        long id = record(NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(Map.of("name", "Trịnh Công Sơn Tùng", "documents", List.of("D1112223")))));
        assertThat(caseIds("Trinh Cong Son Tung")).contains(id);

        var corrected = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong()
                        .with("persons", List.of(Map.of("name", "Lương Thế Vinh", "documents", List.of("D1112223"))))
                        .with("version", 1).json());

        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(caseIds("Luong The Vinh")).contains(id);
        assertThat(caseIds("Trinh Cong Son Tung")).doesNotContain(id);
    }

    @Test
    void aPersonTakenOutOfACaseIsNoLongerFoundInIt() {
        long id = record(NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(Map.of("name", "Tôn Thất Thuyết", "documents", List.of("E5556667")))));
        assertThat(caseIds("Ton That Thuyet")).contains(id);

        HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("persons", List.of()).with("version", 1).json());

        assertThat(caseIds("Ton That Thuyet")).doesNotContain(id);
    }

    @Test
    void aLoneFamilyNameFindsNoOneAndThePageSaysWhyInTheOfficersLanguage() {
        var screen = new org.caunoi.hub.BrowserSession(port);
        screen.logIn("investigator", "demo");
        assertThat(hits("investigator", "Nguyễn")).as("by design: half the country is called so").isEmpty();

        assertThat(screen.get("/enforcement/cases?lang=vi&q=" + encode("Nguyễn")))
                .contains("Chỉ nhập “Nguyễn” thì không tìm thấy ai", "Nhập họ và tên đầy đủ (ví dụ: Nguyễn Văn Hùng)")
                .doesNotContain("Không có tên nào khớp.");
        assertThat(screen.get("/enforcement/cases?lang=en&q=" + encode("Nguyễn")))
                .contains("“Nguyễn” alone finds no one", "Enter the full name (for example Nguyễn Văn Hùng)");
        var typed = screen.get("/enforcement/cases?lang=vi&q=" + encode("Xy"), "HX-Request", "true");
        assertThat(typed.body()).as("the rows htmx swaps in as the officer types")
                .contains("“Xy” quá ngắn để tìm theo tên").doesNotContain("<html");

        assertThat(screen.get("/enforcement/cases?lang=vi&q=" + encode("Nguyễn Văn Hùng")))
                .doesNotContain("không tìm thấy ai", "quá ngắn").contains("/enforcement/cases/" + hungsCase + "\"")
                .as("this hub's own case said so in words, its code beside")
                .contains("class=\"recorded-here\" title=\"VN\">ghi nhận tại hệ thống này</span>").doesNotContain(">VN</span>");
        assertThat(screen.get("/enforcement/cases?lang=en&q=" + encode("Nguyễn Văn Hùng")))
                .contains("class=\"recorded-here\" title=\"VN\">recorded here</span>").doesNotContain(">VN</span>");
        assertThat(screen.get("/enforcement/cases?lang=vi&q=" + encode("Zbigniew Quorthwaite")))
                .as("a full name nobody bears: the plain empty result").contains("Không có tên nào khớp.")
                .doesNotContain("không tìm thấy ai", "quá ngắn");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<Long> caseIds(String query) {
        return hits("investigator", query).stream().map(hit -> hit.get("caseId").asLong()).toList();
    }

    private List<JsonNode> hits(String officer, String query) {
        return hits(officer, query, "en");
    }

    private List<JsonNode> hits(String officer, String query, String language) {
        var response = HubClient.as(port, officer).get("/api/enforcement/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> hits = new java.util.ArrayList<>();
        JSON.readTree(response.body()).get("hits").forEach(hits::add);
        return hits;
    }

    private long record(NewCase input) {
        return Recorded.caseOn(port, input);
    }
}
