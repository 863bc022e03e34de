package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operation alert follows the case rule: only a sender who reads their unit's cases in full sends its nominal
 * form, so a liaison officer's alert reaches even a partner whose agreements allow personal data (Hong Kong) in the
 * non-nominal form, and the form says so before sending; and reading one of the hub's own alerts in full is put in
 * the audit trail under the reader's name, as reading a received one is. Over real HTTP, on screen and in the API.
 */
@HubTest
class OperationAlertFormsTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String marker;
    long operation;

    @BeforeEach
    void anOperationWithHongKongAndLaos() {
        // letters only: a run of digits would be withheld as a number in the non-nominal form
        marker = "F" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").chars().limit(8)
                .mapToObj(c -> String.valueOf((char) (c - 'a' + 'K'))).collect(java.util.stream.Collectors.joining());
        var created = HubClient.as(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"Forms " + marker + "\", \"categories\": [\"drugs\"], \"partners\": [\"HK\", \"LA\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        operation = JSON.readTree(created.body()).get("id").asLong();
    }

    @Test
    void aLiaisonOfficerSeesBeforeSendingThatEveryParticipantGetsTheNonNominalForm() {
        JsonNode byLiaison = reach("liaison");
        assertThat(entry(byLiaison, "HK").get("form").asString()).isEqualTo("non-nominal");
        assertThat(entry(byLiaison, "HK").get("reason").asString()).isEqualTo("sender-reads-non-nominal");
        assertThat(entry(byLiaison, "LA").get("reason").asString()).as("its agreements' reason comes first")
                .isEqualTo("category-not-covered");
        assertThat(entry(reach("investigator"), "HK").get("form").asString()).as("the unit's investigator sends it in full")
                .isEqualTo("nominal");

        String liaisonPage = signedIn("liaison").get("/enforcement/operations/" + operation + "?lang=en");
        assertThat(liaisonPage).contains("id=\"alert-non-nominal-only\"",
                "You read your unit&#39;s cases in the non-nominal form only, so every participant gets your alert without names",
                "the text without names and numbers, no files (the sender reads the unit&#39;s cases in the non-nominal form only)")
                .doesNotContain("the full text and the files");
        assertThat(signedIn("liaison").get("/enforcement/operations/" + operation + "?lang=vi"))
                .contains("Bạn chỉ được đọc vụ việc của đơn vị mình ở dạng không định danh");
        assertThat(signedIn("investigator").get("/enforcement/operations/" + operation + "?lang=en"))
                .contains("the full text and the files").doesNotContain("id=\"alert-non-nominal-only\"");
    }

    @Test
    void aLiaisonOfficersAlertLeavesInTheNonNominalFormFromTheApiAndFromTheScreen() {
        var sent = HubClient.as(port, "liaison").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Api " + marker + ": passport K9876543 crosses today\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode hongKong = entry(JSON.readTree(sent.body()).get("recipients"), "HK");
        assertThat(hongKong.get("outcome").asString()).isEqualTo("queued");
        assertThat(hongKong.get("form").asString()).isEqualTo("non-nominal");
        assertThat(hongKong.get("formReason").asString()).isEqualTo("sender-reads-non-nominal");
        assertThat(wire(hongKong.get("messageId").asString())).contains("Api " + marker + ": passport […] crosses today")
                .doesNotContain("K9876543");
        assertThat(category(hongKong.get("messageId").asString())).isEqualTo("enforcement-non-nominal");

        BrowserSession liaison = signedIn("liaison");
        var posted = liaison.submit("/enforcement/operations/" + operation + "/alerts",
                "text=Screen+" + marker + "%3A+passport+K1234567+at+Lao+Bao");
        assertThat(posted.statusCode()).isEqualTo(302);
        String page = liaison.get("/enforcement/operations/" + operation + "?lang=en");
        assertThat(page).contains("Screen " + marker, "(non-nominal: text without names and numbers, no files; "
                + "the sender reads the unit&#39;s cases in the non-nominal form only)");
        String screenMessage = jdbc.sql("""
                SELECT r.message_id FROM enforcement.operation_alert_recipient r JOIN enforcement.operation_alert a
                ON a.id = r.alert_id WHERE a.operation_id = ? AND a.text LIKE ? AND r.partner_code = 'HK'""")
                .param(operation).param("Screen " + marker + "%").query(String.class).single();
        assertThat(wire(screenMessage)).doesNotContain("K1234567");

        // The investigator's alert still goes in full where the agreements allow it.
        var full = HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Full " + marker + ": passport K5555555\"}");
        assertThat(entry(JSON.readTree(full.body()).get("recipients"), "HK").get("form").asString()).isEqualTo("nominal");
    }

    @Test
    void readingTheHubsOwnAlertInFullIsAuditedUnderTheReadersNameAndTheNonNominalReadIsNot() {
        var sent = HubClient.as(port, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Audited " + marker + "\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long alert = JSON.readTree(sent.body()).get("id").asLong();
        assertThat(reads("investigator", alert)).as("sending is no read of it").isZero();

        assertThat(signedIn("supervisor").get("/enforcement/operations/" + operation + "?lang=en")).contains("Audited " + marker);
        var byApi = HubClient.as(port, "investigator").get("/api/enforcement/operations/" + operation + "/alerts");
        assertThat(byApi.body()).contains("Audited " + marker);
        var byAnalyst = HubClient.as(port, "analyst").get("/api/enforcement/operations/" + operation + "/alerts");
        assertThat(JSON.readTree(byAnalyst.body()).at("/0/form").asString()).isEqualTo("non-nominal");

        assertThat(reads("supervisor", alert)).isEqualTo(1);
        assertThat(reads("investigator", alert)).isEqualTo(1);
        assertThat(reads("analyst", alert)).as("the non-nominal form holds no personal data to account for").isZero();
        assertThat(jdbc.sql("""
                SELECT details FROM platform.audit_entry WHERE action = 'READ' AND record_type = 'enforcement-operation'
                AND record_id = ? AND actor = 'supervisor'""").param(String.valueOf(operation)).query(String.class).single())
                .contains(String.valueOf(alert));
    }

    private JsonNode reach(String officer) {
        var answer = HubClient.as(port, officer).get("/api/enforcement/operations/" + operation + "/alert-reach");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static JsonNode entry(JsonNode list, String partner) {
        for (JsonNode entry : list) {
            if (entry.get("partner").asString().equals(partner)) {
                return entry;
            }
        }
        throw new AssertionError(partner + " is not in " + list);
    }

    private String wire(String messageId) {
        return new String(jdbc.sql("SELECT payload FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(byte[].class).single(), StandardCharsets.UTF_8);
    }

    private String category(String messageId) {
        return jdbc.sql("SELECT category FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).single();
    }

    private long reads(String officer, long alert) {
        return jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action = 'READ' AND record_type = 'enforcement-operation'
                AND record_id = ? AND actor = ? AND details LIKE ?""")
                .param(String.valueOf(operation)).param(officer).param("%" + alert + "%").query(Long.class).single();
    }

    private BrowserSession signedIn(String officer) {
        var browser = new BrowserSession(port);
        browser.logIn(officer, "demo");
        return browser;
    }
}
