package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.internal.keys.HubKeys;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * A backup holds the hub's whole database and its private key: the file, and the keystore in a data
 * directory, are for the hub's operating-system user only, and the password that protects the key
 * in the backup is not a short one. So is the embedded database's password, which a restore makes anew.
 */
class BackupFilesOwnerOnlyTest {

    @Test
    void theKeystoreTheBackupAndTheRestoredKeystoreAreTheOwnersOnlyAndAShortPasswordIsRefused() throws IOException {
        Path dataDir = TestHub.newDataDir("owner-only");
        Path archive = TestHub.newDataDir("owner-only-backup").resolve("hub.zip");
        Path restored = TestHub.newDataDir("owner-only-restored").resolve("data");
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=true")) {
            assertThat(permissions(HubKeys.keystoreFile(dataDir))).isEqualTo("rw-------");
            assertThat(permissions(HubKeys.keystoreFile(dataDir).getParent())).isEqualTo("rwx------");

            var refused = command("backup", "--to", archive.toString(), "--caunoi.data-dir=" + dataDir, "--password=elevenchars");

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("at least 12 characters").hasLineCount(1);
            assertThat(archive).doesNotExist();

            var made = command("backup", "--to", archive.toString(), "--caunoi.data-dir=" + dataDir,
                    "--password=" + BackupAndRestoreTest.PASSWORD);

            assertThat(made.exitCode()).as(made.err()).isZero();
            assertThat(permissions(archive)).isEqualTo("rw-------");
        }

        var restoring = command("restore", "--from", archive.toString(), "--data-dir=" + restored,
                "--password=" + BackupAndRestoreTest.PASSWORD);

        assertThat(restoring.exitCode()).as(restoring.err()).isZero();
        assertThat(permissions(restored)).as("the data directory the restore created").isEqualTo("rwx------");
        assertThat(permissions(HubKeys.keystoreFile(restored))).isEqualTo("rw-------");
        assertThat(permissions(HubKeys.keystoreFile(restored).getParent())).isEqualTo("rwx------");
        assertThat(permissions(EmbeddedDatabase.passwordFile(dataDir))).isEqualTo("rw-------");
        assertThat(permissions(EmbeddedDatabase.passwordFile(restored))).isEqualTo("rw-------");
        assertThat(EmbeddedDatabase.password(restored)).as("the restored database's own").isNotEqualTo(EmbeddedDatabase.password(dataDir));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
