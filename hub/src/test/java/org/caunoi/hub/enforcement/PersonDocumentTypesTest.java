package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.enforcement.internal.CenTemplate;
import org.caunoi.hub.platform.tables.TableColumn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's documents carry their type from a closed list (passport, national identity card, …), named in the
 * officer's language on the case page and the merge screen, in the sheets the hub writes and reads, and in the case
 * a partner gets; a case without types, as a partner's hub that sends none writes it, is recorded as before.
 */
@HubTest
class PersonDocumentTypesTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDocumentCarriesItsTypeNamedInTheOfficersLanguage() {
        long id = caseWith("Vũ Minh Khoa", List.of("V8820417", "079082004417"),
                Map.of("V8820417", "passport", "079082004417", "national-id-card"), "2026-10-14");
        BrowserSession session = new BrowserSession(port);
        session.logIn("investigator", "demo");

        JsonNode person = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .at("/content/persons/0");
        String vietnamese = session.get("/enforcement/cases/" + id + "?lang=vi");
        String english = session.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(person.get("documentTypes")).isEqualTo(JSON.readTree("""
                {"V8820417": "passport", "079082004417": "national-id-card"}"""));
        assertThat(vietnamese).contains(">Hộ chiếu V8820417, <", ">Thẻ căn cước công dân 079082004417<");
        assertThat(english).contains(">Passport V8820417, <", ">National identity card 079082004417<");
        // The name index takes the new person in after the case is stored.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(session.get("/enforcement/merge?entity=person&q=Vu%20Minh%20Khoa&lang=vi"))
                        .contains(">Hộ chiếu V8820417, <", ">Thẻ căn cước công dân 079082004417<"));
    }

    @Test
    void aTypeOutsideTheListOrForADocumentThePersonDoesNotHoldIsRefused() {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/cases?lang=en",
                NewCase.methamphetamineAtHaiPhong().with("persons", List.of(Map.of("name", "Đinh Bộ Lĩnh",
                        "documents", List.of("D9680001"), "documentTypes", Map.of("D9680001", "visa", "D9680002", "passport"))))
                        .json());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsOnly("persons[0].documentTypes");
        assertThat(errors.findValuesAsString("message")).anySatisfy(message -> assertThat(message).startsWith("'visa' is not one of"))
                .anySatisfy(message -> assertThat(message).contains("D9680002"));
    }

    @Test
    void aPersonWithoutTypesIsRecordedAsBeforeAsAPartnersHubThatSendsNoneWritesIt() {
        long id = caseWith("Ngô Quyền", List.of("N9380001"), null, "2026-10-15");

        JsonNode person = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .at("/content/persons/0");

        assertThat(person.has("documentTypes")).isFalse();
        assertThat(person.get("documents")).isEqualTo(JSON.readTree("[\"N9380001\"]"));
    }

    @Test
    void theSheetNamesEachDocumentsTypeAndTheImportReadsThemBack() {
        String day = "2024-04-17";
        long id = caseWith("Lý Thường Kiệt", List.of("L1077001", "L1077002", "L1077003"),
                Map.of("L1077001", "border-pass", "L1077003", "residence-permit"), day);
        String reference = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();

        String csv = new String(download("/api/enforcement/cases/export?format=csv&lang=vi&from=" + day + "&to=" + day),
                StandardCharsets.UTF_8);
        String row = csv.lines().filter(line -> line.startsWith(reference)).findFirst().orElseThrow();
        // The exported row names a case already here: imported again as a new one, on purpose.
        var imported = HubClient.as(port, "investigator").post(
                "/api/enforcement/cases/import?format=csv&lang=vi&duplicates=import-as-new",
                "text/csv", (csv.lines().findFirst().orElseThrow() + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(csv.lines().findFirst().orElseThrow()).contains("Loại giấy tờ của đối tượng");
        assertThat(row).as("a type for each document in their order, none for the second; the comma in a name quoted")
                .contains("L1077001 L1077002 L1077003,\"Giấy thông hành; ; Thẻ thường trú, tạm trú\"");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(typesOf("L1077003")).as("the case, then its copy read back from the sheet")
                .containsExactly(THREE_DOCUMENTS, THREE_DOCUMENTS);
    }

    @Test
    void anXlsxExportCarriesEachDocumentsTypeAndImportsBackWithThem() throws Exception {
        String day = "2024-04-18";
        caseWith("Ngô Quyền", List.of("N9380938", "038093800938"), Map.of("N9380938", "passport",
                "038093800938", "national-id-card"), day);
        byte[] xlsx = download("/api/enforcement/cases/export?format=xlsx&lang=en&from=" + day + "&to=" + day);

        var imported = HubClient.as(port, "investigator").post(
                "/api/enforcement/cases/import?format=xlsx&lang=en&duplicates=import-as-new",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode both = JSON.readTree("{\"N9380938\": \"passport\", \"038093800938\": \"national-id-card\"}");
        assertThat(typesOf("038093800938")).as("the case, then its copy read back from the workbook").containsExactly(both, both);
    }

    @Test
    void aTypeBeyondTheDocumentsInASheetIsRefusedOnItsColumn() {
        List<String> columns = CenTemplate.COLUMNS.stream().map(TableColumn::name).toList();
        Map<String, String> cells = Map.of("date", "2024-05-03", "place", "VNHPH", "category", "drugs", "description",
                "Two types for one document", "quantity", "2", "unit", "kg", "person-name", "Lê Lợi",
                "person-documents", "L1428001", "document-type", "passport; border-pass", "narrative", "Seized at the gate.");
        String sheet = String.join(",", columns) + "\n"
                + String.join(",", columns.stream().map(column -> cells.getOrDefault(column, "")).toList()) + "\n";

        var imported = HubClient.as(port, "investigator").post("/api/enforcement/cases/import?format=csv&lang=en", "text/csv",
                sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
        assertThat(JSON.readTree(imported.body()).findValuesAsString("field")).as(imported.body())
                .containsExactly("line 2: document-type");
    }

    @Test
    void aSheetMadeFromTheTemplateBeforeDocumentTypesStillImports() {
        List<String> columns = CenTemplate.COLUMNS.stream().map(TableColumn::name).filter(name -> !name.equals("document-type"))
                .toList();
        Map<String, String> cells = Map.of("date", "2024-05-02", "place", "VNHPH", "category", "drugs", "description",
                "Sheet of the earlier template", "quantity", "2", "unit", "kg", "person-name", "Phan Bội Châu",
                "person-documents", "P1867001", "narrative", "Seized at the gate.");
        String sheet = String.join(",", columns) + "\n"
                + String.join(",", columns.stream().map(column -> cells.getOrDefault(column, "")).toList()) + "\n";

        var imported = HubClient.as(port, "investigator").post("/api/enforcement/cases/import?format=csv&lang=en", "text/csv",
                sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT content->'persons'->0->'documentTypes' IS NULL FROM enforcement.case_record
                WHERE content->'persons'->0->>'name' = 'Phan Bội Châu'""").query(Boolean.class).single()).isTrue();
    }

    @Test
    void theTypesTravelWithACaseSharedWithAPartner() {
        long id = caseWith("Trần Hưng Đạo", List.of("T1288001"), Map.of("T1288001", "seafarer-book"), "2026-10-16");

        var shared = HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}");
        String messageId = JSON.readTree(shared.body()).get(0).get("messageId").asString();
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM exchange.outbound_message WHERE message_id = ?")
                .param(messageId).query(String.class).single();

        assertThat(JSON.readTree(payload).at("/content/persons/0/documentTypes"))
                .isEqualTo(JSON.readTree("{\"T1288001\": \"seafarer-book\"}"));
    }

    /** Three documents, the second of no known type. */
    private static final JsonNode THREE_DOCUMENTS = JSON.readTree("""
            {"L1077001": "border-pass", "L1077003": "residence-permit"}""");

    /** The document types of the first person of each case whose first person holds this document, oldest case first. */
    private List<JsonNode> typesOf(String document) {
        return jdbc.sql("""
                SELECT content->'persons'->0->'documentTypes' FROM enforcement.case_record
                WHERE content->'persons'->0->'documents' @> jsonb_build_array(CAST(? AS text)) ORDER BY id""").param(document).query(String.class).list().stream()
                .map(types -> JSON.readTree(types == null ? "null" : types)).toList();
    }

    private long caseWith(String name, List<String> documents, Map<String, String> types, String day) {
        Map<String, Object> person = new java.util.LinkedHashMap<>(Map.of("name", name, "nationality", "VN", "documents",
                documents));
        if (types != null) {
            person.put("documentTypes", types);
        }
        return Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("date", day).with("persons", List.of(person))
                .with("narrative", "Seized at the gate."));
    }

    private byte[] download(String path) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("investigator:demo".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
