package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.attachments.AttachmentPurpose;
import org.caunoi.hub.platform.attachments.Attachments;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts received from partners are enforcement information: administrators, investigators, supervisors and
 * analysts read them (each read audited under their name), liaison officers and viewers are refused (403 on
 * screen and in problem details, the refusal audited) and are not shown the inbox. The hub's own alerts are
 * read by those who read alerts and those who send them, not by viewers. Every address checked over HTTP.
 */
@HubTest
class AlertAccessTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A 1x1 PNG: a photo the attachment store takes. */
    private static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    private static final List<String> READERS = List.of("admin", "investigator", "supervisor", "analyst");
    /** Who reads the alerts in full: personal data received, and the sending unit's (the sender's own alert too). */
    private static final List<String> READ_IN_FULL = List.of("investigator", "supervisor");
    private static final List<String> REFUSED = List.of("liaison", "viewer");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Attachments attachments;

    String marker;
    long operation;
    long matched;
    long unmatched;
    /** The alerts' ids at the sending hub: with the sender, what the audit trail names a received alert by. */
    long matchedAtSender;
    long unmatchedAtSender;
    long sent;
    UUID matchedPhoto;
    UUID sentPhoto;

    @BeforeEach
    void anOperationWithAnAlertSentAndTwoReceived() {
        // letters only: a run of digits would be withheld as a number in the non-nominal form some readers get
        marker = "A" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").chars().limit(8)
                .mapToObj(c -> String.valueOf((char) (c - 'a' + 'K'))).collect(java.util.stream.Collectors.joining());
        var created = HubClient.as(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"Access " + marker + "\", \"code\": \"" + marker + "\", \"categories\": [\"drugs\"], "
                        + "\"partners\": [\"HK\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        operation = JSON.readTree(created.body()).get("id").asLong();
        matchedAtSender = 1_000_000 + new java.util.Random().nextInt(1_000_000);
        unmatchedAtSender = matchedAtSender + 1;
        matched = received("Matched " + marker, matchedAtSender, operation);
        unmatched = received("Unmatched " + marker, unmatchedAtSender, null);
        matchedPhoto = attachments.store("enforcement", "received-alert/" + matched, AttachmentPurpose.PHOTO, "seized.png",
                PHOTO).id();
        // The hub's own alert as sending stores it: the exchange itself is another test's business.
        sent = jdbc.sql("""
                INSERT INTO enforcement.operation_alert (operation_id, text, purpose, sent_by, sent_at)
                VALUES (?, ?, 'investigation', 'investigator', ?) RETURNING id""")
                .param(operation).param("Sent " + marker).param(Timestamp.from(Instant.now())).query(Long.class).single();
        sentPhoto = attachments.store("enforcement", "operation-alert/" + sent, AttachmentPurpose.PHOTO, "sent.png", PHOTO)
                .id();
    }

    @Test
    void theEnforcementRolesReadReceivedAlertsOnScreenAndInTheApiEachReadAudited() {
        for (String officer : READERS) {
            BrowserSession browser = signedIn(officer);
            assertThat(browser.get("/enforcement/alerts?lang=en")).as(officer).contains("Matched " + marker, "Unmatched " + marker);
            assertThat(browser.get("/enforcement/alerts/" + matched + "?lang=en")).as(officer).contains("Matched " + marker);
            assertThat(browser.get("/enforcement/alerts/" + unmatched + "?lang=en")).as(officer)
                    .contains("Unmatched " + marker, "not known here");
            assertThat(browser.get("/enforcement/cases?lang=en")).as(officer + " has the inbox at hand")
                    .contains("id=\"alert-inbox\"");
            assertThat(browser.get("/enforcement/operations/" + operation + "?lang=en")).as(officer)
                    .contains("Matched " + marker, "Sent " + marker);
            // The files are the nominal form's: for those who read personal data (the sent one: its unit's cases).
            boolean full = READ_IN_FULL.contains(officer);
            HttpResponse<String> photo = browser.get("/enforcement/alerts/attachments/" + matchedPhoto, "Accept", "*/*");
            assertThat(photo.statusCode()).as(officer).isEqualTo(full ? 200 : 403);
            if (full) {
                assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
            }
            assertThat(browser.status("/enforcement/alerts/attachments/" + sentPhoto)).as(officer).isEqualTo(full ? 200 : 403);

            var all = HubClient.as(port, officer).get("/api/enforcement/alerts/received");
            assertThat(all.statusCode()).as(officer).isEqualTo(200);
            assertThat(texts(JSON.readTree(all.body()))).as(officer).contains("Matched " + marker, "Unmatched " + marker);
            JsonNode ofOperation = JSON.readTree(HubClient.as(port, officer)
                    .get("/api/enforcement/alerts/received?operation=" + operation).body());
            assertThat(texts(ofOperation)).as(officer).containsExactly("Matched " + marker);
            assertThat(ofOperation.at("/0/operationId").asLong()).isEqualTo(operation);
            if (full) {
                assertThat(ofOperation.at("/0/attachments/0/displayName").asString()).isEqualTo("seized.png");
            }
            else {
                assertThat(ofOperation.at("/0/attachments")).as(officer).isEmpty();
                assertThat(ofOperation.at("/0/form").asString()).isEqualTo("non-nominal");
            }
            var ofSent = HubClient.as(port, officer).get("/api/enforcement/operations/" + operation + "/alerts");
            assertThat(ofSent.statusCode()).as(officer).isEqualTo(200);
            assertThat(texts(JSON.readTree(ofSent.body()))).containsExactly("Sent " + marker);
        }
        for (String officer : READERS) {
            assertThat(reads(officer, "HK/" + matchedAtSender)).as("%s read the matched alert: page, inbox, operation page, API",
                    officer).isGreaterThanOrEqualTo(4);
            assertThat(reads(officer, "HK/" + unmatchedAtSender)).as(officer).isGreaterThanOrEqualTo(3);
        }
        assertThat(jdbc.sql("""
                SELECT details FROM platform.audit_entry WHERE action = 'READ' AND record_type = 'enforcement-alert'
                AND record_id = ? AND actor = 'analyst' LIMIT 1""").param("HK/" + unmatchedAtSender).query(String.class).single())
                .contains(String.valueOf(unmatched));
    }

    @Test
    void liaisonOfficersAndViewersAreRefusedReceivedAlertsEverywhereAndTheRefusalIsAudited() {
        Instant before = Instant.now().minusSeconds(1);
        for (String officer : REFUSED) {
            BrowserSession browser = signedIn(officer);
            for (String path : List.of("/enforcement/alerts", "/enforcement/alerts/" + matched, "/enforcement/alerts/" + unmatched,
                    "/enforcement/alerts/attachments/" + matchedPhoto)) {
                HttpResponse<String> page = browser.get(path + (path.contains("attachments") ? "" : "?lang=en"),
                        "Accept", "text/html");
                assertThat(page.statusCode()).as("%s on %s", officer, path).isEqualTo(403);
                assertThat(page.body()).as("%s on %s", officer, path).doesNotContain(marker);
                if (!path.contains("attachments")) {
                    assertThat(page.body()).as("the error page, naming the officer's roles").contains("id=\"error-roles\"");
                }
            }
            assertThat(browser.get("/enforcement/cases?lang=en")).as(officer + " is not shown the inbox")
                    .doesNotContain("id=\"alert-inbox\"");
            assertThat(browser.get("/enforcement/operations/" + operation + "?lang=en")).as(officer)
                    .contains("Access " + marker).doesNotContain("Matched " + marker);

            for (String path : List.of("/api/enforcement/alerts/received",
                    "/api/enforcement/alerts/received?operation=" + operation)) {
                var answer = HubClient.as(port, officer).get(path);
                assertThat(answer.statusCode()).as("%s on %s", officer, path).isEqualTo(403);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                        assertThat(type).startsWith("application/problem+json"));
                assertThat(JSON.readTree(answer.body()).get("status").asInt()).isEqualTo(403);
                assertThat(answer.body()).doesNotContain(marker);
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(refused("viewer", before)).contains("GET /enforcement/alerts", "GET /enforcement/alerts/" + matched,
                    "GET /enforcement/alerts/attachments/" + matchedPhoto, "GET /api/enforcement/alerts/received");
            assertThat(refused("liaison", before)).contains("GET /enforcement/alerts/" + unmatched,
                    "GET /api/enforcement/alerts/received");
        });
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action IN ('READ', 'VIEW_ATTACHMENT')
                AND actor IN ('viewer', 'liaison') AND occurred_at >= ? AND (record_id LIKE 'HK/%' OR record_id = ?)""")
                .param(Timestamp.from(before)).param(matchedPhoto.toString()).query(Long.class).single())
                .as("nothing refused is recorded as seen").isZero();
    }

    @Test
    void theHubsOwnAlertsAreForThoseWhoSendOrReadAlertsNotForViewers() {
        BrowserSession liaison = signedIn("liaison");
        assertThat(liaison.status("/enforcement/alerts/attachments/" + sentPhoto)).as("read in the non-nominal form: no files")
                .isEqualTo(403);
        assertThat(liaison.get("/enforcement/operations/" + operation + "?lang=en")).contains("Sent " + marker);
        var ofSent = HubClient.as(port, "liaison").get("/api/enforcement/operations/" + operation + "/alerts");
        assertThat(ofSent.statusCode()).isEqualTo(200);
        assertThat(texts(JSON.readTree(ofSent.body()))).containsExactly("Sent " + marker);

        BrowserSession viewer = signedIn("viewer");
        assertThat(viewer.status("/enforcement/alerts/attachments/" + sentPhoto)).isEqualTo(403);
        assertThat(viewer.get("/enforcement/operations/" + operation + "?lang=en")).as("the operation, without its alerts")
                .contains("Access " + marker).doesNotContain("Sent " + marker);
        var byViewer = HubClient.as(port, "viewer").get("/api/enforcement/operations/" + operation + "/alerts");
        assertThat(byViewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(byViewer.body()).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void anUnknownAlertOrAnAttachmentOfAnotherRecordIsNotFoundForAReader() {
        UUID otherRecord = attachments.store("enforcement", "case/" + marker, AttachmentPurpose.PHOTO, "case.png", PHOTO).id();
        BrowserSession investigator = signedIn("investigator");

        assertThat(investigator.status("/enforcement/alerts/" + (unmatched + 1_000_000))).isEqualTo(404);
        assertThat(investigator.status("/enforcement/alerts/attachments/" + otherRecord)).isEqualTo(404);
        assertThat(investigator.status("/enforcement/alerts/attachments/" + UUID.randomUUID())).isEqualTo(404);
    }

    private long received(String text, long senderAlertId, @Nullable Long operationId) {
        return jdbc.sql("""
                INSERT INTO enforcement.received_alert (source_partner, message_id, sender_alert_id, operation_name, text,
                    sent_at, received_at, operation_code, operation_id)
                VALUES ('HK', ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")
                .param(UUID.randomUUID() + "@hk").param(senderAlertId).param(operationId == null ? "Elsewhere " + marker : "Access " + marker)
                .param(text).param(Timestamp.from(Instant.now())).param(Timestamp.from(Instant.now()))
                .param(operationId == null ? null : marker).param(operationId)
                .query(Long.class).single();
    }

    private BrowserSession signedIn(String officer) {
        var browser = new BrowserSession(port);
        browser.logIn(officer, "demo");
        return browser;
    }

    private static List<String> texts(JsonNode alerts) {
        List<String> texts = new java.util.ArrayList<>();
        alerts.forEach(alert -> texts.add(alert.get("text").asString()));
        return texts;
    }

    private long reads(String officer, String recordId) {
        return jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action = 'READ' AND record_type = 'enforcement-alert'
                AND actor = ? AND record_id = ?""").param(officer).param(recordId).query(Long.class).single();
    }

    private List<String> refused(String officer, Instant since) {
        return jdbc.sql("""
                SELECT details FROM platform.audit_entry WHERE action = 'ACCESS_REFUSED' AND actor = ? AND occurred_at >= ?""")
                .param(officer).param(Timestamp.from(since)).query(String.class).list();
    }

}
