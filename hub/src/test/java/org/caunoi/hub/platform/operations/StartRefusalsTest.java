package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.crypto.KeyGenerator;

import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A hub that cannot start for a reason the operator can fix says what is wrong and what to do in
 * Spring Boot's "APPLICATION FAILED TO START" block, not at line 200 of a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartRefusalsTest {

    @Test
    void aSecondHubOnTheSameDataDirectorySaysSoPlainly(CapturedOutput output) throws Exception {
        Path dataDir = TestHub.newDataDir("second-hub");
        try (var firstHub = DataDirectoryLock.tryAcquire(dataDir).orElseThrow()) {
            assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=true")).isNotNull();
        }

        assertPlainRefusal(output, "Another hub is already running with the data directory " + dataDir,
                "--caunoi.data-dir=ANOTHER_DIR");
    }

    @Test
    void aDataDirectoryTheHubCannotWriteSaysSoPlainly(CapturedOutput output) throws Exception {
        // Not a directory at all: refused whoever runs the test (permissions do not stop root).
        Path file = Files.writeString(TestHub.newDataDir("unwritable").resolve("a-file"), "");
        Path dataDir = file.resolve("data");

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=true")).isNotNull();

        assertPlainRefusal(output, "The hub cannot write to its data directory " + dataDir, "--caunoi.data-dir=A_WRITABLE_DIR");
    }

    @Test
    void aKeystoreThatDoesNotOpenWithThePasswordGivenNamesTheOption(CapturedOutput output) throws Exception {
        Path dataDir = TestHub.newDataDir("keystore-password");
        writeKeystore(dataDir, "the-administration's-own");

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=true",
                "--caunoi.exchange.keystore-password=not-this-one")).isNotNull();

        assertPlainRefusal(output, "does not open with the password given", "--caunoi.exchange.keystore-password=");
    }

    @Test
    void outsideDemoModeAKeystoreWithoutAGivenPasswordIsRefusedNotOpenedWithTheDemoOne(CapturedOutput output) throws Exception {
        Path dataDir = TestHub.newDataDir("keystore-no-password");
        // The demo network's password: outside demo mode nobody may open a keystore with it unasked.
        writeKeystore(dataDir, "caunoi-demo");

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=false",
                "--caunoi.admin-password=correct-horse-battery")).isNotNull();

        assertPlainRefusal(output, "is there but no password was given for it", "--caunoi.exchange.keystore-password=");
        assertThat(output.getAll()).contains("CAUNOI_EXCHANGE_KEYSTOREPASSWORD");
    }

    @Test
    void theFirstProductionStartWithoutAnAdminPasswordSaysWhatToGiveBeforeTheDatabaseStarts(CapturedOutput output) {
        Path dataDir = TestHub.newDataDir("no-admin");

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=false")).isNotNull();

        assertPlainRefusal(output, "Outside demo mode there is no enabled administrator", "--caunoi.admin-password=");
        assertThat(dataDir.resolve("pg")).as("no database started, no migration waited for").doesNotExist();
    }

    @Test
    void aNewProductionHubWithoutItsNodeIsRefusedWhileOneWhoseDataIsVietnamsStartsWithAWarning(CapturedOutput output) {
        Path dataDir = TestHub.newDataDir("no-node");

        assertThatThrownBy(() -> TestHub.startAsGiven(dataDir, "--caunoi.demo=false",
                "--caunoi.admin-password=correct-horse-battery")).isNotNull();

        assertPlainRefusal(output, "Outside demo mode the hub must be told which administration it is", "--caunoi.node=CODE");
        assertThat(output.getAll()).contains("VN-2026-000001").contains("@vn.caunoi").contains("CAUNOI_NODE");

        // Vietnam's production data from before the option was required: it starts as VN, with a warning.
        try (var vietnam = TestHub.startAsGiven(dataDir, "--caunoi.demo=false", "--caunoi.node=VN",
                "--caunoi.admin-password=correct-horse-battery")) {
            assertThat(vietnam.getEnvironment().getProperty("caunoi.node")).isEqualTo("VN");
        }
        try (var vietnam = TestHub.startAsGiven(dataDir, "--caunoi.demo=false")) {
            assertThat(vietnam.getBean(org.caunoi.hub.platform.HubProperties.class).node()).isEqualTo("VN");
            assertThat(output.getAll()).contains("--caunoi.node is not given: this hub is VN, the default");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "eleven-char        | Use at least 12 characters.",
            "the-Admin-of-Hanoi | The password must not contain your user name.",
            "CauNoi-Hanoi-2026  | The password must not contain the hub's name"})
    void anAdminPasswordThePolicyRefusesIsRefusedBeforeTheDatabaseStartsSayingWhatToFix(String password, String why,
            CapturedOutput output) {
        Path dataDir = TestHub.newDataDir("refused-admin-password");

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=" + password)).isNotNull();

        assertPlainRefusal(output, "The admin password given at start is refused: " + why, "--caunoi.admin-password=");
        assertThat(output.getAll()).contains("CAUNOI_ADMIN_PASSWORD");
        assertThat(dataDir.resolve("pg")).as("no database started").doesNotExist();
    }

    /** A keystore at the hub's place in {@code dataDir}, opening with {@code password}. */
    private static void writeKeystore(Path dataDir, String password) throws Exception {
        Path keystore = Files.createDirectories(dataDir.resolve("keys")).resolve("hub.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry("hub", new KeyStore.SecretKeyEntry(KeyGenerator.getInstance("AES").generateKey()),
                new KeyStore.PasswordProtection(password.toCharArray()));
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password.toCharArray());
        }
    }

    private static void assertPlainRefusal(CapturedOutput output, String description, String action) {
        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START");
        String block = printed.substring(printed.lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(block).contains("Description:").contains(description).contains("Action:").contains(action);
        assertThat(printed).as("no stack trace").doesNotContain("\tat org.springframework");
    }
}
