package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub whose database a newer release has migrated does not start on it (Flyway alone only warns):
 * it says that this release is older than the database and what to do instead.
 */
@ExtendWith(OutputCaptureExtension.class)
class NewerDatabaseRefusedTest {

    private static final String ADMIN_PASSWORD = "--caunoi.admin-password=correct-horse-battery";

    @Test
    void aDatabaseMigratedByANewerReleaseIsRefusedPlainly(CapturedOutput output) {
        Path dataDir = TestHub.newDataDir("newer-database");
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=false", ADMIN_PASSWORD)) {
            // What a newer release's platform/V99 leaves in the module's history.
            JdbcClient.create(hub.getBean(DataSource.class)).sql("""
                    INSERT INTO flyway_schema_history_platform
                        (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                    SELECT max(installed_rank) + 1, '99', 'from a newer release', 'SQL', 'V99__from_a_newer_release.sql',
                        0, 'test', 1, TRUE
                    FROM flyway_schema_history_platform""").update();
        }

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=false")).isNotNull();

        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START");
        assertThat(printed.substring(printed.lastIndexOf("APPLICATION FAILED TO START")))
                .contains("This release of the hub is older than its database")
                .contains("flyway_schema_history_platform is at version 99")
                .contains("restore with this release the backup taken before the upgrade");
        assertThat(printed).as("no stack trace").doesNotContain("\tat org.springframework");
    }
}
