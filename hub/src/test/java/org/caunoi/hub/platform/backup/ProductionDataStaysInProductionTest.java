package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.command;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.internal.keys.HubKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data a hub has used in production never becomes a demo hub's because {@code --caunoi.demo=false}
 * was forgotten: the start in demo mode is refused before demo accounts, data or keys reach it, on
 * the embedded database, on an external one, and on the hub restored from its backup.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionDataStaysInProductionTest {

    private static final String ADMIN_PASSWORD = "--caunoi.admin-password=correct-horse-battery";
    private static final String REFUSAL = "This hub's data has been used in production and the hub was started in demo mode";

    @Test
    void aProductionDataDirectoryStartedInDemoModeIsRefusedAndKeepsNoDemoTrace(CapturedOutput output) throws Exception {
        Path dataDir = TestHub.newDataDir("production-then-demo");
        try (var production = TestHub.start(dataDir, "--caunoi.demo=false", ADMIN_PASSWORD)) {
            assertThat(demoAccounts(production)).isZero();
        }

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=true")).hasStackTraceContaining(REFUSAL);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("Add --caunoi.demo=false");
        assertThat(HubKeys.keystoreFile(dataDir)).as("no demo key in the hub's slot").doesNotExist();
        try (var production = TestHub.start(dataDir, "--caunoi.demo=false")) {
            assertThat(demoAccounts(production)).as("no demo account").isZero();
            assertThat(jdbc(production).sql("SELECT count(*) FROM partners.partner").query(Long.class).single())
                    .as("no demo partner").isZero();
        }

        Path archive = TestHub.newDataDir("production-backup").resolve("hub.zip");
        Path restored = TestHub.newDataDir("production-restored").resolve("data");
        var made = command("backup", "--to", archive.toString(), "--caunoi.data-dir=" + dataDir,
                "--password=" + BackupAndRestoreTest.PASSWORD);
        assertThat(made.exitCode()).as(made.err()).isZero();
        var restoring = command("restore", "--from", archive.toString(), "--data-dir=" + restored,
                "--password=" + BackupAndRestoreTest.PASSWORD);
        assertThat(restoring.exitCode()).as(restoring.err()).isZero();

        assertThat(restoring.out()).contains("start the hub with --caunoi.data-dir=" + restored + " --caunoi.demo=false");
        assertThatThrownBy(() -> TestHub.start(restored, "--caunoi.demo=true")).hasStackTraceContaining(REFUSAL);
    }

    /**
     * With the operator's own keystore in place, a start that forgot --caunoi.demo=false must say that,
     * not that the keystore's password is wrong (the demo's password does not open it): the trial's
     * IT officer fixed the password first and only then met the real problem.
     */
    @Test
    void aForgottenProductionFlagIsSaidBeforeTheKeystoresPassword(CapturedOutput output) throws Exception {
        Path dataDir = TestHub.newDataDir("production-keystore-then-demo");
        try (var production = TestHub.start(dataDir, "--caunoi.demo=false", ADMIN_PASSWORD)) {
            assertThat(demoAccounts(production)).isZero();
        }
        Path keystore = HubKeys.keystoreFile(dataDir);
        Files.createDirectories(keystore.getParent());
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", HubKeys.KEY_ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "operators-own-secret",
                "-dname", "CN=hub.customs.example").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=true")).hasStackTraceContaining(REFUSAL);
        assertThat(output.getAll()).contains("Add --caunoi.demo=false");
    }

    @Test
    void anExternalDatabaseUsedInProductionIsRefusedInDemoModeToo() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String[] database = {"--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres"};
            try (var production = TestHub.start(TestHub.newDataDir("external-production"), "--caunoi.demo=false",
                    ADMIN_PASSWORD, database[0], database[1])) {
                assertThat(demoAccounts(production)).isZero();
            }

            assertThatThrownBy(() -> TestHub.start(TestHub.newDataDir("external-demo"), "--caunoi.demo=true",
                    database[0], database[1])).hasStackTraceContaining(REFUSAL);

            assertThat(JdbcClient.create(external.getPostgresDatabase()).sql("SELECT count(*) FROM platform.user_account WHERE demo")
                    .query(Long.class).single()).isZero();
        }
    }

    private static long demoAccounts(ConfigurableApplicationContext hub) {
        return jdbc(hub).sql("SELECT count(*) FROM platform.user_account WHERE demo AND enabled").query(Long.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext hub) {
        return JdbcClient.create(hub.getBean(javax.sql.DataSource.class));
    }
}
