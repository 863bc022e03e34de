package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.command;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.manifestCounts;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub that keeps its data in the administration's own PostgreSQL (here a separate server the hub
 * did not start) is backed up with the same command, pointed at that database, and restored into an
 * embedded database in a new data directory, where a hub starts with everything it had.
 */
class BackupOfAnExternalDatabaseTest {

    @Test
    void aHubOnAnExternalDatabaseIsBackedUpFromItAndRestoredIntoAnEmbeddedOne() throws Exception {
        Path dataDir = TestHub.newDataDir("external-hub");
        Path archive = TestHub.newDataDir("external-backup").resolve("vn.zip");
        Path restored = TestHub.newDataDir("external-restored").resolve("data");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            List<Map<String, Object>> partnersBefore;
            List<Map<String, Object>> auditBefore;
            try (var hub = TestHub.start(dataDir, "--caunoi.demo=true", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres")) {
                hub.getBean(ExchangeService.class).ping("HK");
                partnersBefore = rows(hub, "SELECT * FROM partners.partner ORDER BY code");
                assertThat(partnersBefore).hasSizeGreaterThan(20);
                // Entries of the chain are never changed once in it: what is there now must come back as it is.
                auditBefore = rows(hub, "SELECT * FROM platform.audit_entry ORDER BY id");

                var made = command("backup", "--to", archive.toString(), "--caunoi.data-dir=" + dataDir,
                        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--password=" + BackupAndRestoreTest.PASSWORD);

                assertThat(made.exitCode()).as(made.err()).isZero();
                assertThat(made.out()).contains("keys/hub.p12");
                assertThat(Files.exists(dataDir.resolve("pg"))).as("nothing read from an embedded database").isFalse();
            }

            var restoring = command("restore", "--from", archive.toString(), "--data-dir=" + restored,
                    "--password=" + BackupAndRestoreTest.PASSWORD);

            assertThat(restoring.exitCode()).as(restoring.err()).isZero();
            Map<String, Long> expected = manifestCounts(archive);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (DataDirectoryLock lock = DataDirectoryLock.tryAcquire(restored).orElseThrow();
                    EmbeddedPostgres postgres = EmbeddedDatabase.start(restored, 0, lock)) {
                var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
                for (String table : expected.keySet()) {
                    counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
                }
            }
            expected.merge("platform.audit_entry", 1L, Long::sum); // the restore's own entry
            expected.merge("platform.audit_unlinked", 1L, Long::sum);
            assertThat(counts).as("every table of the external database, row for row").isEqualTo(expected);

            try (var hub = TestHub.start(restored, "--caunoi.demo=true")) {
                assertThat(rows(hub, "SELECT * FROM partners.partner ORDER BY code")).isEqualTo(partnersBefore);
                assertThat(auditBefore).isNotEmpty();
                assertThat(rows(hub, "SELECT * FROM platform.audit_entry WHERE id <= ? ORDER BY id", auditBefore.getLast().get("id")))
                        .isEqualTo(auditBefore);
                assertThat(hub.getBean(AuditTrail.class).verify().intact()).isTrue();
            }
        }
    }
}
