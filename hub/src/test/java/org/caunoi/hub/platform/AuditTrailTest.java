package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
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
    org.caunoi.hub.platform.i18n.Sentences sentences;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theAuditScreenNamesActionsInTheOfficersLanguageAndOffersThemAsChoices() {
        var supervisor = new org.caunoi.hub.BrowserSession(port);
        supervisor.logIn("supervisor", "demo");

        String vietnamese = supervisor.get("/admin/audit?lang=vi");
        String english = supervisor.get("/admin/audit?lang=en&action=SIGN_IN");

        assertThat(vietnamese).contains("<span title=\"SIGN_IN\">Đăng nhập</span>")
                .contains("<option value=\"SIGN_IN\">Đăng nhập</option>", "<option value=\"session\">Phiên làm việc</option>");
        assertThat(english).contains("<option value=\"SIGN_IN\" selected=\"selected\">Signed in</option>")
                .doesNotContain("<span title=\"VIEW\">");
        assertThat(sentences.render(audit.search("supervisor", "audit-trail", "VIEW", null, 1).getFirst().details(),
                java.util.Locale.ENGLISH)).isEqualTo("filters: officer —, record type —, action SIGN_IN");
        assertThat(supervisor.get("/admin/audit?lang=vi&action=VIEW")).contains("bộ lọc: người thực hiện —, loại bản ghi —, thao tác SIGN_IN");
    }

    @Test
    void aModuleNamesItsOwnActionsAndRecordTypesInItsBundle() {
        audit.recordAs("demo-facts", "TAG", "enforcement-case", "VN-2026-000001", "operation 1");
        var supervisor = new org.caunoi.hub.BrowserSession(port);
        supervisor.logIn("supervisor", "demo");

        assertThat(supervisor.get("/admin/audit?lang=vi&action=TAG"))
                .contains("<span title=\"TAG\">Gắn với chiến dịch</span>", "<span>Vụ việc thực thi</span>")
                .contains("<option value=\"enforcement-case\">Vụ việc thực thi</option>");
        assertThat(supervisor.get("/admin/audit?lang=en&action=TAG"))
                .contains("<span title=\"TAG\">Tagged to an operation</span>", "<span>Enforcement case</span>");
    }

    @Test
    void anActionWithoutANameShowsAsItsCode() {
        audit.recordAs("system", "SOMETHING_NEW", "thing", null, "");
        var admin = new org.caunoi.hub.BrowserSession(port);
        admin.logIn("admin", "demo");

        assertThat(admin.get("/admin/audit?action=SOMETHING_NEW")).contains("<span title=\"SOMETHING_NEW\">SOMETHING_NEW</span>", "<span>thing</span>");
    }

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
            String answer = HubClient.as(port, "admin").get("/api/audit/verify").body();
            assertThat(JsonPath.<Boolean>read(answer, "$.intact")).isFalse();
            assertThat(JsonPath.<Number>read(answer, "$.firstBrokenEntryId").longValue()).isEqualTo(tampered);
        }
        finally {
            bypassTriggers("UPDATE platform.audit_entry SET details = 'second' WHERE id = " + tampered);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void detectsARemovedEntryAndOneWrittenOutsideTheChain() {
        long removed = audit.recordAs("tester", "TEST", "thing", "d", "to be removed").id();
        audit.recordAs("tester", "TEST", "thing", "e", "after it");
        assertThat(audit.verify().intact()).isTrue();

        jdbc.execute("CREATE TABLE platform.audit_entry_kept AS SELECT * FROM platform.audit_entry WHERE id = " + removed);
        try {
            bypassTriggers("DELETE FROM platform.audit_entry WHERE id = " + removed);
            AuditTrail.ChainVerification verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(removed);
            assertThat(verification.problem()).contains("removed");
        }
        finally {
            bypassTriggers("INSERT INTO platform.audit_entry SELECT * FROM platform.audit_entry_kept");
            jdbc.execute("DROP TABLE platform.audit_entry_kept");
        }
        assertThat(audit.verify().intact()).isTrue();

        long forged = jdbc.queryForObject("""
                INSERT INTO platform.audit_entry (occurred_at, actor, action, record_type, details)
                VALUES (now(), 'forger', 'TEST', 'thing', 'slipped in') RETURNING id""", Long.class);
        try {
            AuditTrail.ChainVerification verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(forged);
            assertThat(verification.problem()).contains("outside the chain");
        }
        finally {
            bypassTriggers("DELETE FROM platform.audit_entry WHERE id = " + forged);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * Two transactions that each write an entry no longer wait for each other (the chain head was
     * locked until commit), and the entries are linked soon after they commit, without a verify.
     */
    @Test
    void auditedTransactionsRunSideBySideAndAreLinkedAfterCommit() throws Exception {
        var firstWrote = new CountDownLatch(1);
        var secondDone = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            long id = audit.recordAs("tester", "TEST", "thing", "f", "first, committed last").id();
            firstWrote.countDown();
            awaitOther(secondDone);
            return id;
        }));
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        long second = transactions.execute(status -> audit.recordAs("tester", "TEST", "thing", "g", "second").id());
        secondDone.countDown();
        long firstId = first.get(30, TimeUnit.SECONDS);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.audit_link WHERE entry_id IN (?, ?)",
                        Long.class, firstId, second)).isEqualTo(2));
        assertThat(audit.verify().intact()).isTrue();
    }

    /** Several entries written with one statement keep the order given, in their ids and in the chain. */
    @Test
    void entriesWrittenTogetherKeepTheirOrderAndAreChainedLikeAnyOther() {
        List<AuditTrail.Entry> written = audit.recordAll(List.of(
                new AuditTrail.Planned("as4:HK", "TEST_FIRST", "thing", "together", "one"),
                new AuditTrail.Planned("system", "TEST_SECOND", "thing", "together", "two"),
                new AuditTrail.Planned("tester", "TEST_THIRD", "thing", "together", "three")));

        assertThat(written).extracting(AuditTrail.Entry::action).containsExactly("TEST_FIRST", "TEST_SECOND", "TEST_THIRD");
        assertThat(written.get(0).id()).isLessThan(written.get(1).id());
        assertThat(written.get(1).id()).isLessThan(written.get(2).id());
        assertThat(jdbc.queryForList("SELECT actor || ' ' || action || ' ' || details FROM platform.audit_entry WHERE record_id = 'together' ORDER BY id",
                String.class)).containsExactly("as4:HK TEST_FIRST one", "system TEST_SECOND two", "tester TEST_THIRD three");
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * A module's statement writes its entries itself, outside any transaction, exactly when its change
     * happened: here the "change" is a row its condition selects or not.
     */
    @Test
    void aStatementWritesItsOwnEntriesOnlyWhenItsChangeHappened() {
        var client = org.springframework.jdbc.core.simple.JdbcClient.create(jdbc.getDataSource());
        for (boolean happened : List.of(true, false)) {
            var entries = audit.inStatement(List.of(
                    new AuditTrail.Planned("tester", "TEST_IN_STATEMENT", "thing", "in-statement-" + happened, "first"),
                    new AuditTrail.Planned("system", "TEST_IN_STATEMENT", "thing", "in-statement-" + happened, "second")));
            long changed = client.sql("WITH changed AS (SELECT 1 AS row WHERE :happened), "
                    + entries.writtenIf("EXISTS (SELECT 1 FROM changed)") + " SELECT count(*) FROM changed")
                    .param("happened", happened).params(entries.parameters())
                    .query(Long.class).single();
            assertThat(changed).isEqualTo(happened ? 1 : 0);
        }

        assertThat(jdbc.queryForList("""
                SELECT record_id || ' ' || actor || ' ' || details FROM platform.audit_entry
                WHERE action = 'TEST_IN_STATEMENT' ORDER BY id""", String.class))
                .containsExactly("in-statement-true tester first", "in-statement-true system second");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryRolledBackLeavesNoGapInTheChain() {
        try {
            transactions.executeWithoutResult(status -> {
                audit.recordAs("tester", "TEST", "thing", "h", "rolled back");
                status.setRollbackOnly();
            });
        }
        finally {
            audit.recordAs("tester", "TEST", "thing", "i", "kept");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private static void awaitOther(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction waited for this one");
            }
        }
        catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an attacker with superuser rights on the database could do: bypass the append-only trigger. */
    private void bypassTriggers(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL session_replication_role = replica");
            jdbc.update(sql);
        });
    }
}
