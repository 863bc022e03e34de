package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.command;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.manifestCounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup written before tables were encrypted (format 1, {@code backups/format-1.zip}) restores
 * with this release: an administration's older backups stay usable after an upgrade.
 */
class BackupOfFormatOneTest {

    @Test
    void aBackupWhoseTablesWereNotEncryptedStillRestoresWithEveryRow() throws IOException {
        Path archive = TestHub.newDataDir("format-1").resolve("format-1.zip");
        try (InputStream fixture = getClass().getResourceAsStream("/backups/format-1.zip")) {
            Files.copy(fixture, archive);
        }
        Path restored = TestHub.newDataDir("format-1-restored").resolve("data");

        var result = command("restore", "--from", archive.toString(), "--data-dir=" + restored, "--password=format one backup");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Long> expected = manifestCounts(archive);
        assertThat(expected.get("partners.partner")).isPositive();
        try (DataDirectoryLock lock = DataDirectoryLock.tryAcquire(restored).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(restored, 0, lock)) {
            var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(jdbc.sql("SELECT count(*) FROM partners.partner").query(Long.class).single())
                    .isEqualTo(expected.get("partners.partner"));
            assertThat(jdbc.sql("SELECT count(*) FROM platform.user_account WHERE username = 'liaison'").query(Long.class).single())
                    .isOne();
        }
        assertThat(restored.resolve("keys/hub.p12")).isRegularFile();
    }
}
