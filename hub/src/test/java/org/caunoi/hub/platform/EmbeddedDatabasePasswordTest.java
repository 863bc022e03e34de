package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * The embedded server lets no one in without the password in its data directory: not another user of
 * the machine on 127.0.0.1, and not after an upgrade from a release whose server trusted every local
 * connection.
 */
public class EmbeddedDatabasePasswordTest {

    @Test
    void refusesAConnectionWithoutThePasswordOrWithAWrongOne() throws Exception {
        Path dataDir = TestHub.newDataDir("db-password");
        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir, 0, lock)) {
            assertRefusedWithoutThePassword(dataDir, postgres.getPort());
            assertThat(Files.getPosixFilePermissions(EmbeddedDatabase.passwordFile(dataDir)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(EmbeddedDatabase.password(dataDir)).hasSizeGreaterThanOrEqualTo(40);
            try (Connection hub = connect(postgres.getPort(), EmbeddedDatabase.password(dataDir));
                    var rows = hub.createStatement().executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")) {
                rows.next();
                assertThat(rows.getString(1)).startsWith("SCRAM-SHA-256$");
            }
        }
        assertThat(pgHbaRules(dataDir)).isNotEmpty().allMatch(rule -> rule.endsWith("scram-sha-256"));
    }

    @Test
    void convertsADataDirectoryOfAnEarlierReleaseThatTrustedLocalConnectionsAndKeepsItsData() throws Exception {
        Path dataDir = TestHub.newDataDir("db-trusting");
        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir, 0, lock);
                Connection connection = connect(postgres.getPort(), EmbeddedDatabase.password(dataDir));
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (what text)");
            statement.execute("INSERT INTO kept VALUES ('a case of 0.1.0')");
            statement.execute("ALTER ROLE postgres PASSWORD NULL");
        }
        // What the earlier releases left: zonky's initdb -A trust, no password anywhere.
        Path hba = EmbeddedDatabase.pgDirectory(dataDir).resolve("pg_hba.conf");
        Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        Files.delete(EmbeddedDatabase.passwordFile(dataDir));
        assertThat(pgHbaRules(dataDir)).isNotEmpty().allMatch(rule -> rule.endsWith("trust"));

        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir, 0, lock)) {
            assertRefusedWithoutThePassword(dataDir, postgres.getPort());
            assertThat(kept(postgres.getPort(), EmbeddedDatabase.password(dataDir))).isEqualTo("a case of 0.1.0");
        }
        assertThat(pgHbaRules(dataDir)).isNotEmpty().allMatch(rule -> rule.endsWith("scram-sha-256"));
        assertThat(Files.getPosixFilePermissions(EmbeddedDatabase.passwordFile(dataDir)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir, 0, lock)) {
            assertThat(kept(postgres.getPort(), EmbeddedDatabase.password(dataDir))).as("after a restart").isEqualTo("a case of 0.1.0");
            assertRefusedWithoutThePassword(dataDir, postgres.getPort());
        }
    }

    @Test
    void aDatabaseThatAsksForAPasswordWhoseFileIsGoneIsRefusedWithWhatToDo() throws Exception {
        Path dataDir = TestHub.newDataDir("db-password-gone");
        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir, 0, lock)) {
            assertThat(postgres.getPort()).isPositive();
        }
        Files.delete(EmbeddedDatabase.passwordFile(dataDir));

        try (var lock = DataDirectoryLock.tryAcquire(dataDir).orElseThrow()) {
            // Not a new password the server does not know, and not a minute waiting for a server that refuses it.
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0, lock)).isInstanceOf(StartRefusedException.class)
                    .hasMessageContaining("pg-password is missing");
        }
        assertThat(EmbeddedDatabase.passwordFile(dataDir)).doesNotExist();
    }

    /** What another user of the machine could try: no password, an empty one, a wrong one. */
    public static void assertRefusedWithoutThePassword(Path dataDir, int port) {
        String url = EmbeddedDatabase.jdbcUrl(port);
        assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(port, "").close()).isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> connect(port, "postgres").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(url.replace("/postgres", "/template1"), "postgres",
                EmbeddedDatabase.password(dataDir) + "x").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(port), EmbeddedDatabase.USER, password);
    }

    private static String kept(int port, String password) throws SQLException {
        try (Connection connection = connect(port, password);
                var rows = connection.createStatement().executeQuery("SELECT what FROM kept")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** pg_hba.conf's rules, without comments and blank lines. */
    public static List<String> pgHbaRules(Path dataDir) throws IOException {
        return Files.readAllLines(EmbeddedDatabase.pgDirectory(dataDir).resolve("pg_hba.conf")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
