package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.internal.keys.HubKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator's own keystore may come readable by others (keytool writes it 0644 under a usual umask):
 * the hub starts, and its log says so and how to fix it. The keystore it makes itself gives no warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeystorePermissionsTest {

    private static final String WARNING = "The hub's private key is not for its operating-system user only";

    @Test
    void aKeystoreOthersMayReadIsWarnedOfInTheLog(CapturedOutput output) throws Exception {
        Path dataDir = TestHub.newDataDir("keystore-permissions");
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=true")) {
            assertThat(output.getAll()).doesNotContain(WARNING);
        }
        Path keystore = HubKeys.keystoreFile(dataDir);
        Files.setPosixFilePermissions(keystore.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(keystore, PosixFilePermissions.fromString("rw-r--r--"));

        try (var hub = TestHub.start(dataDir, "--caunoi.demo=true")) {
            assertThat(output.getAll()).contains(WARNING + ": " + keystore.getParent() + " is rwxr-xr-x and " + keystore
                    + " is rw-r--r--. Run: chmod 700 " + keystore.getParent() + " && chmod 600 " + keystore);
        }
    }
}
