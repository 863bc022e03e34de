package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail records changes, refuses edits, and names the first entry of a tampered chain. */
@HubTest
class AuditTrailTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordsWhoChangedAPartner() {
        HubClient.as(port, "liaison").putJson("/api/partners/MY", """
                {"kind": "customs-administration", "isoCountry": "MY", "nameVi": "Hải quan Malaysia",
                 "nameEn": "Royal Malaysian Customs", "region": "southeast-asia"}""");

        assertThat(audit.search("liaison", "partner", "", null, 10))
                .anySatisfy(entry -> {
                    assertThat(entry.recordId()).isEqualTo("MY");
                    assertThat(entry.remoteAddr()).isEqualTo("127.0.0.1");
                });
    }

    @Test
    void refusesToChangeOrDeleteAnEntry() {
        audit.recordAs("tester", "TEST", "thing", "1", "original");

        assertThatThrownBy(() -> jdbc.update("UPDATE platform.audit_entry SET details = 'edited'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM platform.audit_entry"))
                .hasMessageContaining("append-only");
    }

    @Test
    void detectsTamperingAndNamesTheFirstBrokenEntry() {
        audit.recordAs("tester", "TEST", "thing", "a", "first");
        long tampered = audit.recordAs("tester", "TEST", "thing", "b", "second").id();
        audit.recordAs("tester", "TEST", "thing", "c", "third");
        assertThat(audit.verify().intact()).isTrue();

        try {
            bypassTriggers("UPDATE platform.audit_entry SET details = 'forged' WHERE id = " + tampered);
            AuditTrail.ChainVerification verification = audit.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(tampered);
            assertThat(verification.problem()).contains("changed");
            assertThat(HubClient.as(port, "admin").get("/api/audit/verify").body())
                    .contains("\"intact\":false", "\"firstBrokenEntryId\":" + tampered);
        }
        finally {
            bypassTriggers("UPDATE platform.audit_entry SET details = 'second' WHERE id = " + tampered);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** What an attacker with superuser rights on the database could do: bypass the append-only trigger. */
    private void bypassTriggers(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL session_replication_role = replica");
            jdbc.update(sql);
        });
    }
}
