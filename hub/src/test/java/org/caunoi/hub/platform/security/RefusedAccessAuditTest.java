package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in officer refused a screen or an API call (403) leaves an entry in the audit trail, named
 * on the audit screen in both languages; a loop of refusals is counted, not recorded one by one.
 * Each test refuses itself paths of its own, so it finds its entries whatever ran before.
 */
@HubTest
class RefusedAccessAuditTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    RefusedAccessAudit refusals;

    @Autowired
    JdbcClient jdbc;

    String marker;

    @BeforeEach
    void freshWindowAndMarker() {
        // What other tests' refusals used of this minute's allowance must not decide what is recorded here.
        refusals.closeWindow();
        marker = "X" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRefusalOnAScreenOrTheApiIsRecordedWithOfficerMethodAndPath() {
        var viewerInTheBrowser = new BrowserSession(port);
        viewerInTheBrowser.logIn("viewer", "demo");
        var viewer = HubClient.as(port, "viewer");

        assertThat(viewerInTheBrowser.status("/admin/" + marker)).as("a URL rule on a screen").isEqualTo(403);
        assertThat(viewer.get("/api/audit/" + marker).statusCode()).as("a URL rule of the API").isEqualTo(403);
        assertThat(viewer.putJson("/api/partners/" + marker, "{}").statusCode()).as("method security").isEqualTo(403);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(refusedOf("viewer"))
                .extracting(AuditTrail.Entry::details)
                .containsExactlyInAnyOrder("GET /admin/" + marker, "GET /api/audit/" + marker, "PUT /api/partners/" + marker));
        assertThat(refusedOf("viewer")).allSatisfy(entry -> {
            assertThat(entry.recordType()).isEqualTo("request");
            assertThat(entry.recordId()).endsWith(marker);
            assertThat(entry.remoteAddr()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aRefusalForABusinessReasonOrOfAStrangerIsNotCountedAsARefusedAccess() {
        long pingsRefusedBefore = refusedPings();

        assertThat(HubClient.anonymous(port).get("/api/audit/" + marker).statusCode()).isEqualTo(401);
        assertThat(HubClient.as(port, "admin").get("/api/audit/" + marker).statusCode()).isEqualTo(404);
        // A partner of this test's own, registered without an agreement: an unknown code would be a bad parameter.
        assertThat(HubClient.as(port, "liaison").putJson("/api/partners/NOPACT", """
                {"kind": "customs-administration", "nameVi": "Hải quan chưa ký kết", "nameEn": "Customs without agreement",
                 "region": "europe"}""").statusCode()).isEqualTo(200);
        assertThat(HubClient.as(port, "liaison").post("/api/exchange/ping?partner=NOPACT", "application/json", new byte[0])
                .statusCode()).as("no legal basis: the exchange records it as such").isEqualTo(403);

        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'ACCESS_REFUSED' AND record_id LIKE ?")
                .param("%" + marker).query(Long.class).single()).isZero();
        assertThat(refusedPings()).isEqualTo(pingsRefusedBefore);
    }

    private long refusedPings() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'ACCESS_REFUSED' AND record_id = '/api/exchange/ping'")
                .query(Long.class).single();
    }

    @Test
    void aLoopOfRefusalsIsCountedNotRecordedOneByOne() {
        Instant began = Instant.now().minusSeconds(1);
        var investigator = HubClient.as(port, "investigator");
        // 20 an officer a minute: a loop of 50 goes over it even if the minute's window closes once meanwhile.
        int refused = 50;
        for (int i = 0; i < refused; i++) {
            assertThat(investigator.get("/api/audit/" + marker).statusCode()).isEqualTo(403);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !refusedOf("investigator").isEmpty());

        refusals.closeWindow();

        long recordedSingly = refusedOf("investigator").size();
        assertThat(recordedSingly).as("at most the allowance of the one or two windows the loop spans").isBetween(1L, 40L);
        long counted = jdbc.sql("""
                SELECT coalesce(sum((details::jsonb -> 'args' ->> 0)::int), 0) FROM platform.audit_entry
                WHERE action = 'ACCESS_REFUSED_UNRECORDED' AND details LIKE '%investigator (%' AND occurred_at >= ?""")
                .param(java.sql.Timestamp.from(began)).query(Long.class).single();
        assertThat(recordedSingly + counted).as("every refusal recorded or counted").isEqualTo(refused);
    }

    @Test
    void theAuditScreenNamesTheActionInBothLanguages() {
        assertThat(HubClient.as(port, "analyst").get("/api/audit/" + marker).statusCode()).isEqualTo(403);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !refusedOf("analyst").isEmpty());
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");

        assertThat(supervisor.get("/admin/audit?lang=vi&action=ACCESS_REFUSED&actor=analyst"))
                .contains("Truy cập bị từ chối (không có quyền)", "GET /api/audit/" + marker);
        assertThat(supervisor.get("/admin/audit?lang=en&action=ACCESS_REFUSED&actor=analyst"))
                .contains("Access refused (no permission)", "<option value=\"request\">Request</option>");
    }

    /** This test's refused accesses of an officer. */
    private java.util.List<AuditTrail.Entry> refusedOf(String officer) {
        return audit.search(officer, "request", "ACCESS_REFUSED", null, 100).stream()
                .filter(entry -> marker.equals(entry.recordId() == null ? null : entry.recordId().substring(entry.recordId().lastIndexOf('/') + 1)))
                .toList();
    }
}
