package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail names the recipients of a shared case and of an operation alert by name in the reader's
 * language, as the exchange's own entries name partners, with the form each got or why nothing went: read on
 * the audit screen over real HTTP, in Vietnamese and in English.
 */
@HubTest
class SharingAuditTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aSharedCaseNamesEachRecipientInTheReadersLanguageWithWhatItGot() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        String reference = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();
        var shared = HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"HK\", \"LA\", \"MN\"], \"purpose\": \"investigation\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);

        String vietnamese = details("SHARE", reference, "vi");
        String english = details("SHARE", reference, "en");

        assertThat(vietnamese).contains("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) (Dữ liệu định danh)",
                        "Tổng cục Hải quan Lào (Dữ liệu không định danh)",
                        "Hải quan Mông Cổ (")
                .endsWith(", mục đích Điều tra");
        assertThat(english).contains("Customs and Excise Department, Hong Kong, China (Nominal data)",
                        "Lao Customs Department (Non-nominal data)", "Mongolia Customs (")
                .endsWith(" for Investigation");
        assertThat(vietnamese + english).as("no partner codes where every other entry names partners")
                .doesNotContain("HK:", "LA:", "MN:", "nominal,", "no-legal-basis", "no-endpoint");
    }

    @Test
    void anOperationAlertNamesEachRecipientInTheReadersLanguage() {
        var created = HubClient.as(port, "investigator").postJson("/api/enforcement/operations", """
                {"name": "Audit Names Alert", "code": "AUDIT-NAMES-ALERT", "categories": ["drugs"], "partners": ["HK", "LA"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long operation = JSON.readTree(created.body()).get("id").asLong();
        var alert = HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Inspect container CSQU3054383 on arrival\", \"purpose\": \"investigation\"}");
        assertThat(alert.statusCode()).as(alert.body()).isEqualTo(201);

        String vietnamese = details("ALERT", String.valueOf(operation), "vi");
        String english = details("ALERT", String.valueOf(operation), "en");

        assertThat(vietnamese).endsWith("kèm 0 tệp đính kèm, gửi tới Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) "
                + "(Dữ liệu định danh), Tổng cục Hải quan Lào (Dữ liệu không định danh)");
        assertThat(english).endsWith("with 0 attachment(s) to Customs and Excise Department, Hong Kong, China "
                + "(Nominal data), Lao Customs Department (Non-nominal data)");
    }

    /** The details of the newest entry of the action about the record, as the audit screen shows them in the language. */
    private String details(String action, String recordId, String language) {
        BrowserSession supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        Pattern row = Pattern.compile("<span>[^<]*</span>\\s*<span>" + Pattern.quote(recordId) + "</span></td>\\s*<td>([^<]*)</td>");
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Matcher found = row.matcher(supervisor.get("/admin/audit?action=" + action + "&lang=" + language));
            return found.find() ? found.group(1) : null;
        }, details -> details != null);
    }
}
