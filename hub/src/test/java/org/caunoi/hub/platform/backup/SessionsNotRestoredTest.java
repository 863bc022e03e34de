package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caunoi.hub.platform.backup.BackupAndRestoreTest.command;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.DemoHubs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restore is a new start of the data: nobody stays signed in through it. An officer signed in on
 * the hub that was backed up, whose browser comes back to the restored hub at the same address, is
 * sent to the sign-in page, and signs in again there. Sessions live in the hub's memory (Tomcat's, and
 * Spring Security's session registry), never in the database, so a backup holds none to restore.
 */
class SessionsNotRestoredTest {

    @Test
    void aSessionOfTheBackedUpHubIsRefusedByTheRestoredHubAndTheOfficerSignsInAgain() throws IOException {
        Path dataDir = TestHub.newDataDir("signed-in");
        Path archive = TestHub.newDataDir("signed-in-backup").resolve("hub.zip");
        Path restored = TestHub.newDataDir("signed-in-restored").resolve("data");
        int port = DemoHubs.freePort();
        var browser = new BrowserSession(port);
        try (var hub = start(dataDir, port)) {
            browser.logIn("investigator", "demo");
            assertThat(browser.status("/enforcement/cases")).as("signed in on the hub that is backed up").isEqualTo(200);

            var made = command("backup", "--to", archive.toString(), "--caunoi.data-dir=" + dataDir,
                    "--password=" + BackupAndRestoreTest.PASSWORD);

            assertThat(made.exitCode()).as(made.err()).isZero();
        }
        assertThat(BackupAndRestoreTest.manifestCounts(archive).keySet()).as("no table of sessions in the backup")
                .isNotEmpty().noneMatch(table -> table.toLowerCase(Locale.ROOT).contains("session"));
        var restoring = command("restore", "--from", archive.toString(), "--data-dir=" + restored,
                "--password=" + BackupAndRestoreTest.PASSWORD);
        assertThat(restoring.exitCode()).as(restoring.err()).isZero();

        try (var hub = start(restored, port)) {
            HttpResponse<String> oldCookie = browser.response("/enforcement/cases", Map.of());

            assertThat(oldCookie.statusCode()).as("the old session's cookie, refused").isEqualTo(302);
            assertThat(oldCookie.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

            browser.logIn("investigator", "demo");

            assertThat(browser.status("/enforcement/cases")).as("signed in again on the restored hub").isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, int port) {
        return new SpringApplicationBuilder(CauNoiApplication.class).run("--server.port=" + port, "--caunoi.data-dir=" + dataDir,
                "--caunoi.node=VN", "--caunoi.demo=true");
    }
}
