package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agreement list leaves the hub as a spreadsheet a reader opens: XLSX or CSV, headers in the officer's language. */
@HubTest
class AgreementExportTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void theApiExportsEveryAgreementAsAnXlsxWorkbookWithHeadersInTheAskedLanguage() throws IOException, InterruptedException {
        int agreements = JsonPath.<Integer>read(HubClient.as(port, "viewer").get("/api/agreements").body(), "$.length()");

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/agreements/export?format=xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("agreements.xlsx"));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(agreements + 1);
            assertThat(rows.getFirst().getCellText(1)).isEqualTo("Date of signature");
            assertThat(rows.getFirst().getCellText(8)).isEqualTo("Status");
            assertThat(rows.getFirst().getCellText(9)).isEqualTo("Parties (codes)");
            assertThat(rows.stream().filter(row -> "HK".equals(row.getCellText(9))).findFirst())
                    .as("an agreement with Hong Kong alone").hasValueSatisfying(row -> assertThat(row.getCellText(2))
                            .isEqualTo("Customs and Excise Department, Hong Kong, China"));
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(2)))
                    .as("every party by its name, none by a bare code").noneMatch(parties -> parties.matches("[A-Z]{2,12}( [A-Z]{2,12})*"));
        }
    }

    @Test
    void theApiExportsCsvInVietnamese() {
        var response = HubClient.as(port, "viewer").get("/api/agreements/export?format=csv", "vi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("\uFEFFSố thứ tự,Ngày ký,Các bên,").contains(",Mã các bên\r\n")
                .as("the parties named in Vietnamese").containsPattern(",\"?Cơ quan Hải quan và Thuế Hong Kong \\(Trung Quốc\\)\"?,")
                .doesNotContain("Customs and Excise Department, Hong Kong, China")
                .as("days in ISO 8601, as every CSV export writes them").containsPattern(",\\d{4}-\\d{2}-\\d{2},")
                .doesNotContainPattern("\\d{2}/\\d{2}/\\d{4}");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() {
        var response = HubClient.as(port, "viewer").get("/api/agreements/export?format=pdf");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.body(), "$.field")).isEqualTo("format");
    }

    @Test
    void theScreenOffersTheSameListToASignedInOfficer() {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        assertThat(browser.get("/agreements/export?format=csv&lang=en")).startsWith("\uFEFFNumber,Date of signature,Parties,")
                .contains(",\"Customs and Excise Department, Hong Kong, China\",").doesNotContain("Thuế Hong Kong");
    }
}
