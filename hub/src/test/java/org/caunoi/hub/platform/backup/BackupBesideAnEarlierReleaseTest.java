package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Before an upgrade the README says to back up with the old release: this release's command, run
 * beside a hub of an earlier one (whose database has no password yet), says so instead of failing on
 * a missing file.
 */
class BackupBesideAnEarlierReleaseTest {

    @Test
    void aBackupOfARunningHubWhoseDatabaseHasNoPasswordYetSaysToUseThatHubsRelease() throws IOException {
        Path dataDir = TestHub.newDataDir("earlier-release");
        Path archive = TestHub.newDataDir("earlier-release-backup").resolve("hub.zip");
        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow();
                EmbeddedPostgres running = EmbeddedDatabase.start(dataDir, 0, lock)) {
            Files.delete(EmbeddedDatabase.passwordFile(dataDir)); // as a hub of 0.1.0 runs: no password anywhere

            var refused = command("backup", "--to", archive.toString(), "--caunoi.data-dir=" + dataDir,
                    "--password=" + BackupAndRestoreTest.PASSWORD);

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("earlier release").contains("that release's own backup command").hasLineCount(1);
            assertThat(archive).doesNotExist();
        }
    }
}
