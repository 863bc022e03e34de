package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

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
 * An imported sheet takes days as the screens do, day first (03/12/2026, 3/12/2026) or ISO, and says of
 * a day that does not exist what the case form says; a row holds one suspect, and a name cell listing
 * several is refused rather than stored as one person's name.
 */
@HubTest
class CaseSheetDaysAndPersonsTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = String.join(",", CenTemplate.COLUMNS.stream().map(TableColumn::name).toList()) + "\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void daysWrittenDayFirstImportAsTheScreensReadThem() {
        var response = importCsv(HEADER + row("03/12/2026", "1/3/1985", "Trần Văn An"), "vi");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode stored = stored(JSON.readTree(response.body()).at("/references/0").asString());
        assertThat(stored.at("/content/date").asString()).isEqualTo("2026-12-03");
        assertThat(stored.at("/content/persons/0/dateOfBirth").asString()).isEqualTo("1985-03-01");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAsTheCaseFormRefusesIt() {
        var vietnamese = importCsv(HEADER + row("31/02/2026", "", "Trần Văn An"), "vi");
        var english = importCsv(HEADER + row("2026-12-03", "tomorrow", "Trần Văn An"), "en");

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(error(vietnamese).get("field").asString()).isEqualTo("line 2: date");
        assertThat(error(vietnamese).get("message").asString()).isEqualTo("Ngày 31/02/2026 không có thật: hãy kiểm tra ngày và tháng.");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(error(english).get("field").asString()).isEqualTo("line 2: person-date-of-birth");
        assertThat(error(english).get("message").asString()).contains("'tomorrow' is not a date", "06/12/2026");
    }

    @Test
    void aNameCellListingSeveralPersonsIsRefusedNotStoredAsOneName() {
        var response = importCsv(HEADER + row("03/12/2026", "", "Trần Văn An; Lý Thị Bình"), "vi");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).get("field").asString()).isEqualTo("line 2: person-name");
        assertThat(error(response).get("message").asString()).startsWith("Mỗi dòng chỉ ghi một đối tượng");
    }

    /** A row of a seizure of its own: the same seizure imported again would be reported as a duplicate. */
    private static String row(String date, String dateOfBirth, String person) {
        String description = "Cigarettes, days written day first " + UUID.randomUUID();
        Map<String, String> cells = Map.of("date", date, "place", "VNHPH", "category", "tobacco",
                "description", description, "quantity", "200", "unit", "sticks",
                "person-name", person, "person-date-of-birth", dateOfBirth, "person-nationality", "VN");
        return String.join(",", CenTemplate.COLUMNS.stream().map(column -> cells.getOrDefault(column.name(), "")).toList())
                .replace(description, "\"" + description + "\"") + "\n";
    }

    private HttpResponse<String> importCsv(String sheet, String language) {
        return HubClient.as(port, "investigator").post("/api/enforcement/cases/import?format=csv&lang=" + language,
                "text/csv", sheet.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode error(HttpResponse<String> response) {
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        return errors.get(0);
    }

    private JsonNode stored(String reference) {
        long id = jdbc.sql("SELECT id FROM enforcement.case_record WHERE reference = ?").param(reference).query(Long.class).single();
        return JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body());
    }
}
