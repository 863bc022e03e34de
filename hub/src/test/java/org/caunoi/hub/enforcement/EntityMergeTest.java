package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An investigator merges two records of one person (or company): every case link moves to the
 * survivor, the other stays as a tombstone pointing to it, the merge is in the history with both
 * records as they were and in the audit trail, and the survivor is found by the merged record's
 * names. Records tied to cases of a unit the officer may not read in full cannot be merged.
 */
@HubTest
class EntityMergeTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sentences sentences;

    @Test
    void mergingMovesEveryCaseLinkLeavesATombstoneAndKeepsTheHistory() {
        long caseA = caseNaming("investigator", "Phạm Đức Long", "P2000001");
        long caseB = caseNaming("investigator", "Phạm Đức Lông", "P2000002");
        long a = personIn(caseA);
        long b = personIn(caseB);

        var merged = merge("investigator", "persons", a, b);

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode survivor = record("persons", a);
        assertThat(longs(survivor.get("cases"))).containsExactly(caseA, caseB);
        assertThat(survivor.at("/record/otherNames").toString()).contains("Phạm Đức Lông");
        assertThat(survivor.at("/record/details/documents").toString()).contains("P2000001", "P2000002");
        JsonNode history = survivor.get("history").get(0);
        assertThat(history.get("mergedBy").asString()).isEqualTo("investigator");
        assertThat(history.at("/merged/name").asString()).as("B as it was").isEqualTo("Phạm Đức Lông");
        assertThat(history.at("/survivor/otherNames")).as("A as it was, before taking B's names").isEmpty();
        assertThat(longs(history.get("movedCases"))).containsExactly(caseB);
        JsonNode tombstone = record("persons", b);
        assertThat(tombstone.at("/record/mergedInto").asLong()).isEqualTo(a);
        assertThat(tombstone.get("cases")).isEmpty();
        assertThat(jdbc.sql("SELECT details FROM platform.audit_entry WHERE action = 'MERGE' AND record_id = ?")
                .param(String.valueOf(a)).query(String.class).list()).singleElement()
                .satisfies(details -> assertThat(sentences.render(details, Locale.ENGLISH)).isEqualTo("person " + b
                        + " (Phạm Đức Lông) merged into " + a + " (Phạm Đức Long), cases moved: [" + caseB + "]"));
    }

    @Test
    void theRecordSearchFindsEverySpellingWithTheNameMatcherAndSaysWhy() {
        long a = personIn(caseNaming("investigator", "Đặng Thùy Trâm", "T4000001"));
        long b = personIn(caseNaming("investigator", "Dang Thuy Tram", "T4000002"));
        long other = personIn(caseNaming("investigator", "Đặng Văn Ngữ", "T4000003"));

        for (String query : List.of("DANG THUY TRAM", "Tram Dang Thuy", "Đặng Thuỳ Trâm")) {
            JsonNode found = JSON.readTree(HubClient.as(port, "investigator")
                    .get("/api/enforcement/persons?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body());
            List<Long> ids = new ArrayList<>();
            found.forEach(record -> ids.add(record.at("/record/id").asLong()));
            assertThat(ids).as(query).contains(a, b).doesNotContain(other);
            found.forEach(record -> assertThat(record.get("why").asString()).as(query).isNotBlank());
        }
        var screen = new org.caunoi.hub.BrowserSession(port);
        screen.logIn("investigator", "demo");
        String page = screen.get("/enforcement/merge?entity=person&q=Tram%20Dang%20Thuy&lang=en");
        assertThat(page).contains("id=\"record-" + a + "\"", "id=\"record-" + b + "\"", "Why")
                .doesNotContain("id=\"record-" + other + "\"");
    }

    @Test
    void theMergeScreenNamesEachRecordWithWhatTellsItApartInTheOfficersLanguage() {
        long caseA = caseOf("investigator", Map.of("name", "Lê Thị Hồng Gấm", "dateOfBirth", "1975-03-09",
                "nationality", "VN", "documents", List.of("G7500001")));
        long caseB = caseOf("investigator", Map.of("name", "Le Thi Hong Gam", "dateOfBirth", "1975-03-19",
                "nationality", "LA", "documents", List.of("G7500002")));
        long a = personIn(caseA);
        long b = personIn(caseB);
        var screen = new org.caunoi.hub.BrowserSession(port);
        screen.logIn("investigator", "demo");
        String search = "/enforcement/merge?entity=person&q=Le%20Thi%20Hong%20Gam&lang=";

        String vietnamese = screen.get(search + "vi");
        String english = screen.get(search + "en");

        assertThat(row(vietnamese, a)).contains("<strong>Lê Thị Hồng Gấm</strong>", "09/03/1975", "Việt Nam", "G7500001",
                reference(caseA), "hồ sơ số " + a, "Giữ lại (A)");
        assertThat(row(vietnamese, b)).contains("<strong>Le Thi Hong Gam</strong>", "19/03/1975", "Lào", "G7500002",
                reference(caseB), "Hợp nhất vào A (B)");
        assertThat(row(english, a)).contains("<strong>Lê Thị Hồng Gấm</strong>", "09/03/1975", "Vietnam", "record " + a,
                "Keep (A)");
        assertThat(row(english, b)).contains("19/03/1975", "Laos", "Merge into A (B)");

        var merged = screen.submit("/enforcement/merge?lang=vi", "entity=person&a=" + a + "&b=" + b);
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(screen.get("/enforcement/merge?entity=person&a=" + a))
                .contains("Hồ sơ Le Thi Hong Gam (số " + b + ") đã được hợp nhất vào hồ sơ Lê Thị Hồng Gấm (số " + a
                        + "); 1 vụ việc đã chuyển.");
        assertThat(screen.get("/enforcement/merge?entity=person&a=" + b + "&lang=en"))
                .containsPattern("class=\"record-tombstone\">Lê Thị Hồng Gấm \\(record " + a + "\\)</dd>");
    }

    /** The row of the records found that shows the record. */
    private static String row(String page, long id) {
        int start = page.indexOf("<tr id=\"record-" + id + "\"");
        assertThat(start).as("record " + id + " found").isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String reference(long caseId) {
        return jdbc.sql("SELECT reference FROM enforcement.case_record WHERE id = ?").param(caseId).query(String.class).single();
    }

    private long caseOf(String officer, Map<String, Object> person) {
        var response = HubClient.as(port, officer).postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(person)).with("narrative", "Seized at the gate.").json());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    @Test
    void theSurvivorIsFoundByTheMergedRecordsNames() {
        long caseA = caseNaming("investigator", "Hồ Quang Hiếu", "H3000001");
        long caseB = caseNaming("investigator", "Trương Văn Bảy", "H3000002");
        long a = personIn(caseA);
        long b = personIn(caseB);
        assertThat(hits("Truong Van Bay")).noneSatisfy(hit -> assertThat(hit.get("caseId").asLong()).isEqualTo(caseA));

        merge("investigator", "persons", a, b);

        assertThat(hits("Truong Van Bay")).anySatisfy(hit -> {
            assertThat(hit.get("caseId").asLong()).isEqualTo(caseA);
            assertThat(hit.get("recordId").asLong()).isEqualTo(a);
            assertThat(hit.get("nameAsWritten").asString()).isEqualTo("Hồ Quang Hiếu");
        });
    }

    @Test
    void aLaterCaseNamingTheMergedRecordsDocumentLinksToTheSurvivor() {
        long a = personIn(caseNaming("investigator", "Vũ Thành Nam", "V4000001"));
        long b = personIn(caseNaming("investigator", "Vu Thanh Nam", "V4000002"));
        merge("investigator", "persons", a, b);

        long later = caseNaming("investigator", "Vu Thanh Nam", "V4000002");

        assertThat(personIn(later)).isEqualTo(a);
    }

    @Test
    void recordsTiedToAnotherUnitsCasesCannotBeMerged() {
        long a = personIn(caseNaming("investigator", "Lý Thường Kiệt", "L5000001"));
        HubClient portControl = OfficerOfUnit.create(port, "pcu", "investigator");
        long elsewhere = personIn(caseNaming(portControl, "Ly Thuong Kiet", "L5000002"));

        var refused = merge("investigator", "persons", a, elsewhere);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(record("persons", elsewhere).at("/record/mergedInto").isNull()).isTrue();
        assertThat(merge("analyst", "persons", a, elsewhere).statusCode()).isEqualTo(403);
    }

    @Test
    void aRecordIsNotMergedIntoItselfNorMergedTwice() {
        long a = personIn(caseNaming("investigator", "Ngô Quyền", "N6000001"));
        long b = personIn(caseNaming("investigator", "Ngo Quyen", "N6000002"));
        long c = personIn(caseNaming("investigator", "Ngô Quyền Sơn", "N6000003"));

        var itself = merge("investigator", "persons", a, a);
        merge("investigator", "persons", a, b);
        var twice = merge("investigator", "persons", c, b);

        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(itself.body()).at("/errors/0/field").asString()).isEqualTo("merged");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(twice.body()).at("/errors/0/message").asString())
                .isEqualTo("Record " + b + " was already merged into record " + a + ".");
        assertThat(longs(record("persons", c).get("cases"))).hasSize(1);
    }

    @Test
    void companiesMergeTheSameWay() {
        long caseA = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong()
                .with("companies", List.of(Map.of("name", "Công ty TNHH Minh Phát", "taxNumber", "0107000001"))));
        long caseB = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong()
                .with("companies", List.of(Map.of("name", "Minh Phat Co., Ltd", "taxNumber", "0107000002"))));
        long a = companyIn(caseA);
        long b = companyIn(caseB);

        var merged = merge("investigator", "companies", a, b);

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(longs(record("companies", a).get("cases"))).containsExactly(caseA, caseB);
        assertThat(record("companies", b).at("/record/mergedInto").asLong()).isEqualTo(a);
        long later = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong()
                .with("companies", List.of(Map.of("name", "Minh Phat Co., Ltd", "taxNumber", "0107000002"))));
        assertThat(companyIn(later)).as("the tombstone's tax number leads to the survivor").isEqualTo(a);
    }

    private long caseNaming(String officer, String name, String document) {
        return caseNaming(HubClient.as(port, officer), name, document);
    }

    private long caseNaming(HubClient officer, String name, String document) {
        var response = officer.postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(Map.of("name", name, "documents", List.of(document))))
                .with("narrative", "Seized at the gate.").json());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private long personIn(long caseId) {
        return jdbc.sql("SELECT person_id FROM enforcement.case_person WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private long companyIn(long caseId) {
        return jdbc.sql("SELECT company_id FROM enforcement.case_company WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private java.net.http.HttpResponse<String> merge(String officer, String kind, long survivor, long merged) {
        return HubClient.as(port, officer).postJson("/api/enforcement/" + kind + "/" + survivor + "/merge?lang=en",
                "{\"merged\": " + merged + "}");
    }

    private JsonNode record(String kind, long id) {
        // The supervisor reads every case in full, so every record.
        var response = HubClient.as(port, "supervisor").get("/api/enforcement/" + kind + "/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<JsonNode> hits(String query) {
        var response = HubClient.as(port, "investigator").get("/api/enforcement/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> hits = new ArrayList<>();
        JSON.readTree(response.body()).get("hits").forEach(hits::add);
        return hits;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }
}
