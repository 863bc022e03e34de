package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.enforcement.internal.CenTemplate;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.tables.TableColumn;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases in and out as sheets in the CEN template's shape: a good sheet imports in one go and is
 * audited; a sheet with faults imports nothing and names each fault by line and column in the
 * officer's language, unless the officer chose its valid rows; exports give each officer the form
 * they may see, audited; the empty template carries the headers.
 */
@HubTest
class CaseSheetsTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The template's columns, in its order; a row gives the cells it fills by column name. */
    private static final String HEADER = String.join(",", CenTemplate.COLUMNS.stream().map(TableColumn::name).toList()) + "\n";
    /**
     * A good row, of a seizure of each test's own (its description): the same seizure imported by another test
     * would be a likely duplicate of that test's case.
     */
    private final String good = row(Map.ofEntries(Map.entry("date", "2026-11-02"), Map.entry("place", "VNHPH"),
            Map.entry("category", "drugs"), Map.entry("hs-code", "293945"),
            Map.entry("description", "Methamphetamine in tea " + System.nanoTime()),
            Map.entry("quantity", "12.5"), Map.entry("unit", "kg"), Map.entry("departure-country", "LA"),
            Map.entry("transit-countries", "HK"), Map.entry("destination-country", "VN"),
            Map.entry("vessel-name", "HAI PHONG STAR"), Map.entry("imo", "9074729"), Map.entry("containers", "CSQU3054383"),
            Map.entry("person-name", "Trần Thị Sheet"), Map.entry("person-date-of-birth", "1985-03-01"),
            Map.entry("person-nationality", "VN"), Map.entry("person-documents", "B7654321"),
            Map.entry("company-name", "Công ty Sheet"), Map.entry("company-tax-number", "0109999999"),
            Map.entry("narrative", "Trần Thị Sheet declared tea")));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sentences sentences;

    @Test
    void aGoodSheetImportsEveryRowInOneGoAndTheImportIsAudited() {
        long before = cases();
        String sheet = HEADER + good + good.replace("12.5", "3").replace("B7654321", "B1111111");

        var response = importCsv(sheet, "", "investigator", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("imported").asInt()).isEqualTo(2);
        assertThat(cases()).isEqualTo(before + 2);
        String reference = body.at("/references/0").asString();
        JsonNode stored = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/"
                + idOf(reference)).body());
        assertThat(stored.at("/content/route/transit/0").asString()).isEqualTo("HK");
        assertThat(stored.at("/content/quantity/kg").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(stored.at("/content/persons/0/latinName").asString()).isEqualTo("Tran Thi Sheet");
        String last = body.at("/references/1").asString();
        assertThat(auditDetails("IMPORT", reference)).singleElement().satisfies(details -> assertThat(details)
                .startsWith("2 case(s) from a csv file of ").endsWith(", 0 problem(s); " + reference + " to " + last));
    }

    @Test
    void aSheetFilledInByHandMayNameItsCodesAsTheScreensDoAndWriteDecimalsWithAComma() {
        String sheet = HEADER + good.replace(",drugs,", ",Ma túy,").replace("12.5", "\"3,2\"")
                + good.replace(",drugs,", ",Tobacco,").replace("B7654321", "B2222222");

        var response = importCsv(sheet, "", "investigator", "vi");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode first = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/"
                + idOf(body.at("/references/0").asString())).body());
        JsonNode second = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/"
                + idOf(body.at("/references/1").asString())).body());
        assertThat(first.at("/content/category").asString()).isEqualTo("drugs");
        assertThat(first.at("/content/quantity/value").decimalValue()).isEqualByComparingTo("3.2");
        assertThat(first.at("/content/quantity/unit").asString()).isEqualTo("kg");
        assertThat(second.at("/content/category").asString()).isEqualTo("tobacco");
    }

    @Test
    void aSheetWithFaultsImportsNothingAndNamesEachFaultByLineAndColumnInTheOfficersLanguage() {
        long before = cases();
        String sheet = HEADER + good
                + good.replace("293945", "999999")
                + good.replace("9074729", "9074728").replace("CSQU3054383", "CSQU3054384")
                + good.replace("2026-11-02", "2099-01-01").replace("12.5", "-1")
                + good.replace("VNHPH", "XXYYY").replace(",LA,,HK,", ",LA,,QQ,");

        var response = importCsv(sheet, "", "investigator", "vi");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(cases()).isEqualTo(before);
        List<String> faults = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> faults.add(error.get("field").asString()));
        assertThat(faults).containsExactlyInAnyOrder("line 3: hs-code", "line 4: imo", "line 4: containers",
                "line 5: date", "line 5: quantity", "line 6: place", "line 6: transit-countries");
        assertThat(response.body()).contains("Mã HS 999999", "không có vụ việc nào được nhập");
    }

    @Test
    void aSheetOfThousandsOfRowsLinksEachPersonCompanyAndVesselOnceAcrossTheStoredChunks() {
        String suffix = String.valueOf(1_000_000 + new java.util.Random().nextInt(8_999_999));
        String known = "K" + suffix;
        long recorded = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("persons",
                List.of(Map.of("name", "Đỗ Văn Known", "documents", List.of(known)))));
        StringBuilder sheet = new StringBuilder(HEADER);
        int rows = 2_500;
        for (int i = 0; i < rows; i++) {
            // Two persons (one already recorded), two companies and one vessel, named in rows far apart.
            sheet.append(good.replace("B7654321", i % 2 == 0 ? known : "N" + suffix)
                    .replace("0109999999", i % 2 == 0 ? "01" + suffix + "1" : "01" + suffix + "2")
                    .replace("Methamphetamine in tea", "Chunked " + suffix + " " + i));
        }

        var response = importCsv(sheet.toString(), "", "investigator", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("imported").asInt()).isEqualTo(rows);
        assertThat(body.at("/references/" + (rows - 1)).asString()).as("consecutive references")
                .endsWith(String.format("%06d", Integer.parseInt(body.at("/references/0").asString().substring(8)) + rows - 1));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM enforcement.case_record WHERE content->>'description' LIKE ?""")
                .param("Chunked " + suffix + " %").query(Long.class).single()).isEqualTo(rows);
        assertThat(personsOf(suffix)).as("one record per document, the recorded one reused")
                .containsExactlyInAnyOrder(personOf(recorded), personOf(idOf(body.at("/references/1").asString())));
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT cc.company_id) FROM enforcement.case_company cc JOIN enforcement.case_record c
                ON c.id = cc.case_id WHERE c.content->>'description' LIKE ?""").param("Chunked " + suffix + " %")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT cv.conveyance_id) FROM enforcement.case_conveyance cv JOIN enforcement.case_record c
                ON c.id = cv.case_id WHERE c.content->>'description' LIKE ?""").param("Chunked " + suffix + " %")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_version v JOIN enforcement.case_record c ON c.id = v.case_id"
                + " WHERE c.content->>'description' LIKE ?").param("Chunked " + suffix + " %").query(Long.class).single())
                .isEqualTo(rows);
    }

    @Test
    void aLargeSheetWithOneFaultInItsLastRowImportsNothing() {
        long before = cases();
        StringBuilder sheet = new StringBuilder(HEADER);
        for (int i = 0; i < 2_500; i++) {
            sheet.append(good.replace("Methamphetamine in tea", "Large sheet " + i));
        }
        sheet.append(good.replace("293945", "999999"));

        var response = importCsv(sheet.toString(), "", "investigator", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theValidRowsAreImportedWhenTheOfficerChoosesThem() {
        long before = cases();
        String sheet = HEADER + good + good.replace("293945", "999999");

        var response = importCsv(sheet, "&choice=valid-rows-only", "investigator", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("imported").asInt()).isEqualTo(1);
        assertThat(body.at("/problems/0/line").asInt()).isEqualTo(3);
        assertThat(body.at("/problems/0/column").asString()).isEqualTo("hs-code");
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void onlyOfficersWhoRecordCasesImportThem() {
        assertThat(importCsv(HEADER + good, "", "analyst", "en").statusCode()).isEqualTo(403);
        assertThat(importCsv(HEADER + good, "", "viewer", "en").statusCode()).isEqualTo(403);
    }

    @Test
    void anExportReadBackIsReportedRowByRowAsDuplicatesInTheOfficersLanguageAndImportsNothing() throws Exception {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("date", "2023-07-19")
                .with("description", "Read back twice " + System.nanoTime()));
        String reference = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();
        long before = cases();

        for (var format : List.of(Map.entry("csv", "text/csv"),
                Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))) {
            byte[] exported = download("/api/enforcement/cases/export?format=" + format.getKey()
                    + "&from=2023-07-19&to=2023-07-19", "investigator");
            for (var language : Map.of("vi", "Vụ việc " + reference + " đã có trong hệ thống: dòng này bị trùng nên không được nhập.",
                    "en", "Case " + reference + " is already in the hub: this row repeats it and is not imported.").entrySet()) {
                for (String choice : List.of("all-or-nothing", "valid-rows-only")) {
                    var response = HubClient.as(port, "investigator").post("/api/enforcement/cases/import?format=" + format.getKey()
                            + "&choice=" + choice + "&lang=" + language.getKey(), format.getValue(), exported);

                    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
                    JsonNode body = JSON.readTree(response.body());
                    assertThat(body.get("imported").asInt()).isZero();
                    List<String> duplicates = new ArrayList<>();
                    body.get("errors").forEach(error -> duplicates.add(error.get("message").asString()));
                    assertThat(duplicates).as("%s in %s, %s", format.getKey(), language.getKey(), choice)
                            .hasSize(body.get("rowsRead").asInt()).contains(language.getValue());
                    body.get("errors").forEach(error -> assertThat(error.get("field").asString()).endsWith(": reference"));
                }
            }
        }
        assertThat(cases()).as("no case imported twice").isEqualTo(before);
    }

    @Test
    void aCaseTwiceInOneFileIsReportedOnItsSecondLine() {
        String sheet = "reference," + HEADER + "HK-2026-999001," + good + "HK-2026-999001," + good;

        var response = importCsv(sheet, "&choice=valid-rows-only", "investigator", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("imported").asInt()).as("a reference not of this hub's cases is no duplicate").isEqualTo(1);
        assertThat(body.at("/problems/0/line").asInt()).isEqualTo(3);
        assertThat(body.at("/problems/0/column").asString()).isEqualTo("reference");
        assertThat(body.at("/problems/0/message").asString())
                .isEqualTo("Case HK-2026-999001 is already on line 2 of this file: this row repeats it and is not imported.");
    }

    @Test
    void aSheetTypedByHandForACaseAlreadyHereIsReportedAsALikelyDuplicateInTheOfficersLanguageAndImportsNothing() {
        String words = "Ma túy đá trong hộp trà " + System.nanoTime();
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("date", "2025-03-14")
                .with("description", words).with("quantity", Map.of("value", 7.25, "unit", "kg")));
        String reference = referenceOf(id);
        // Typed again: no reference column, other capitals, no diacritics, other spacing, the number written otherwise.
        String typed = row(Map.of("date", "2025-03-14", "place", "VNHPH", "category", "drugs", "hs-code", "2939.45",
                "description", "  " + words.toUpperCase(Locale.ROOT).replace("Đ", "D").replace("Á", "A").replace("Ộ", "O")
                        .replace("À", "A").replace("Ú", "U").replace(" TRONG", "  TRONG"),
                "quantity", "7.250", "unit", "kg"));
        long before = cases();

        for (var language : Map.of("en", "Likely a duplicate of case " + reference + ": the same day, place, goods and quantity.",
                "vi", "Có thể trùng với vụ việc " + reference + ": cùng ngày, địa điểm, hàng hóa và số lượng.").entrySet()) {
            var response = importCsv(HEADER + typed, "", "investigator", language.getKey());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("imported").asInt()).isZero();
            assertThat(body.get("errors")).hasSize(1);
            assertThat(body.at("/errors/0/field").asString()).isEqualTo("line 2: reference");
            assertThat(body.at("/errors/0/message").asString()).startsWith(language.getValue());
        }
        assertThat(cases()).as("nothing imported").isEqualTo(before);

        var anyway = importCsv(HEADER + typed, "&duplicates=import-as-new", "investigator", "en");

        assertThat(anyway.statusCode()).as(anyway.body()).isEqualTo(200);
        assertThat(JSON.readTree(anyway.body()).get("imported").asInt()).isEqualTo(1);
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void aSeizureTwiceInOneSheetIsReportedOnItsSecondLineAndOneDifferingInQuantityIsNoDuplicate() {
        String once = good.replace("B7654321", "B3333333");
        String otherQuantity = good.replace("12.5", "12.6");
        long before = cases();

        var response = importCsv(HEADER + once + once.replace("Trần Thị Sheet", "tran thi sheet") + otherQuantity,
                "&choice=valid-rows-only", "investigator", "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("imported").asInt()).as("the first row and the one with another quantity").isEqualTo(2);
        assertThat(body.get("problems")).hasSize(1);
        assertThat(body.at("/problems/0/line").asInt()).isEqualTo(3);
        assertThat(body.at("/problems/0/column").asString()).isEqualTo("reference");
        assertThat(body.at("/problems/0/message").asString()).isEqualTo("Likely a duplicate of line 2 of this file: the same "
                + "day, place, goods and quantity. This row is not imported; to import it all the same, import duplicates "
                + "as new cases.");
        assertThat(cases()).isEqualTo(before + 2);

        var again = importCsv(HEADER + otherQuantity.replace("12.6", "12.7"), "", "investigator", "en");
        assertThat(again.statusCode()).as("another quantity is another seizure: " + again.body()).isEqualTo(200);
    }

    @Test
    void anExportedXlsxImportsBackAsTheSameCaseWhenTheOfficerAsksForDuplicatesAsNewCases() throws Exception {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("date", "2024-02-29")
                .with("description", "Round trip " + System.nanoTime()));
        String description = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .at("/content/description").asString();
        byte[] exported = download("/api/enforcement/cases/export?format=xlsx&from=2024-02-29&to=2024-02-29",
                "investigator");

        var response = HubClient.as(port, "investigator").post(
                "/api/enforcement/cases/import?format=xlsx&choice=valid-rows-only&duplicates=import-as-new",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exported);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement.case_record WHERE content->>'description' = ?")
                .param(description).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT content->'persons') FROM enforcement.case_record WHERE content->>'description' = ?""")
                .param(description).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExportNamesWhatItsCodesMeanInTheOfficersLanguage() throws Exception {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("date", "2024-03-01")
                .with("description", "Named export " + System.nanoTime()));
        String reference = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();

        String csv = new String(download("/api/enforcement/cases/export?format=csv&lang=vi&from=2024-03-01&to=2024-03-01",
                "investigator"), StandardCharsets.UTF_8);
        byte[] xlsx = download("/api/enforcement/cases/export?format=xlsx&lang=vi&from=2024-03-01&to=2024-03-01",
                "investigator");

        assertThat(rowOf(csv, reference)).contains("Hiện hành", "Dữ liệu định danh", "Cục Điều tra chống buôn lậu", "Ma túy",
                "Lào", "Việt Nam").doesNotContain(",active,", ",nominal,", ",drugs,", ",DTCBL,", ",LA,");
        assertThat(rowOf(csv, reference)).as("the day in ISO 8601, as every CSV export writes days").contains(",2024-03-01,");
        java.nio.file.Path file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("export", ".xlsx"), xlsx);
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(workbook).as("the sheet named as the file").contains("name=\"enforcement-cases\"");
            assertThat(styles).as("dates day first for a Vietnamese reader").contains("dd/mm/yyyy");
        }
        finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void anXlsxSheetBuiltFromTheTemplateImports() throws Exception {
        List<String> headers = firstRow(download("/api/enforcement/cases/import-template?format=xlsx&lang=vi", "investigator"));
        assertThat(headers).contains("Ngày bắt giữ (ngày/tháng/năm)", "Mã HS", "Số IMO", "Nước quá cảnh");
        var out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("1");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.value(1, headers.indexOf("Ngày bắt giữ (ngày/tháng/năm)"), java.time.LocalDate.of(2026, 11, 3));
        sheet.style(1, headers.indexOf("Ngày bắt giữ (ngày/tháng/năm)")).format("yyyy-mm-dd").set();
        sheet.value(1, headers.indexOf("Địa điểm (chi cục hải quan, cửa khẩu hoặc cảng UN/LOCODE)"), "VNHPH");
        sheet.value(1, headers.indexOf("Loại hàng hóa"), "tobacco");
        sheet.value(1, headers.indexOf("Mô tả hàng hóa"), "Cigarettes from the template");
        sheet.value(1, headers.indexOf("Số lượng"), 20000);
        sheet.value(1, headers.indexOf("Đơn vị tính"), "sticks");
        workbook.finish();

        var response = HubClient.as(port, "investigator").post("/api/enforcement/cases/import?format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void analystsExportTheNonNominalFormAndInvestigatorsTheNominalOneAudited() {
        // Letters only: a long number in a text is withheld from the non-nominal form as a possible identifier.
        String description = "Export " + java.util.UUID.randomUUID().toString().replaceAll("[0-9-]", "");
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("description", description));
        String reference = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();
        long nominalReadsBefore = nominalReads(reference);

        String byAnalyst = new String(download("/api/enforcement/cases/export?format=csv&lang=en", "analyst"),
                StandardCharsets.UTF_8);
        String byInvestigator = new String(download("/api/enforcement/cases/export?format=csv&lang=en", "investigator"),
                StandardCharsets.UTF_8);

        // This case's row only: the hub is shared with other tests' cases.
        String analystsRow = rowOf(byAnalyst, reference);
        assertThat(analystsRow).contains(description, "HAI PHONG STAR", "[…] declared the goods")
                .doesNotContain("Nguyễn Văn Hùng", "C1234567", "0101234567");
        assertThat(rowOf(byInvestigator, reference)).contains("Nguyễn Văn Hùng", "C1234567");
        assertThat(byInvestigator).contains("Date of seizure");
        assertThat(nominalReads(reference)).isEqualTo(nominalReadsBefore + 1);
        assertThat(jdbc.sql("SELECT details FROM platform.audit_entry WHERE action = 'EXPORT' AND actor = 'analyst'")
                .query(String.class).list()).as("the analyst's exports, none of them nominal")
                .anySatisfy(details -> assertThat(sentences.render(details, Locale.ENGLISH))
                        .contains(" case(s) as csv (filter ").endsWith(", 0 in nominal form"));
    }

    @Test
    void aNameSearchExportsTheCasesItFinds() {
        String description = "Search export " + System.nanoTime();
        Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("description", description)
                .with("persons", List.of(Map.of("name", "Lý Quang Diệu Xuất", "nationality", "VN")))
                .with("narrative", "Lý Quang Diệu Xuất declared the goods as tea."));

        String csv = new String(download("/api/enforcement/search/export?q=Ly%20Quang%20Dieu%20Xuat&format=csv",
                "investigator"), StandardCharsets.UTF_8);

        assertThat(csv).contains(description, "Lý Quang Diệu Xuất");
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheField() {
        var response = HubClient.as(port, "investigator").get("/api/enforcement/cases/export?format=pdf");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/field").asString()).isEqualTo("format");
    }

    private static String row(Map<String, String> cells) {
        return String.join(",", CenTemplate.COLUMNS.stream().map(column -> cells.getOrDefault(column.name(), "")).toList())
                + "\n";
    }

    private HttpResponse<String> importCsv(String sheet, String query, String officer, String language) {
        return HubClient.as(port, officer).post("/api/enforcement/cases/import?format=csv&lang=" + language + query,
                "text/csv", sheet.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] download(String path, String officer) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((officer + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> firstRow(byte[] xlsx) throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getFirstSheet().read().getFirst();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(row.getCellText(i));
            }
            return cells;
        }
    }

    private List<Long> personsOf(String suffix) {
        return jdbc.sql("""
                SELECT DISTINCT cp.person_id FROM enforcement.case_person cp JOIN enforcement.case_record c ON c.id = cp.case_id
                WHERE c.content->>'description' LIKE ?""").param("Chunked " + suffix + " %").query(Long.class).list();
    }

    private long personOf(long caseId) {
        return jdbc.sql("SELECT person_id FROM enforcement.case_person WHERE case_id = ?").param(caseId).query(Long.class)
                .single();
    }

    private long cases() {
        return jdbc.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
    }

    private String referenceOf(long id) {
        return jdbc.sql("SELECT reference FROM enforcement.case_record WHERE id = ?").param(id).query(String.class).single();
    }

    private long idOf(String reference) {
        return jdbc.sql("SELECT id FROM enforcement.case_record WHERE reference = ?").param(reference).query(Long.class).single();
    }

    private long nominalReads(String reference) {
        return auditDetails("READ", reference).stream().filter(details -> details.equals("nominal, export")).count();
    }

    /** The details of the record's audit entries of the action, oldest first, in English. */
    private List<String> auditDetails(String action, String recordId) {
        return jdbc.sql("SELECT details FROM platform.audit_entry WHERE action = ? AND record_id = ? ORDER BY id")
                .params(action, recordId).query(String.class).list().stream()
                .map(details -> sentences.render(details, Locale.ENGLISH)).toList();
    }

    private static String rowOf(String csv, String reference) {
        return csv.lines().filter(line -> line.startsWith(reference + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + reference + " in\n" + csv));
    }
}
