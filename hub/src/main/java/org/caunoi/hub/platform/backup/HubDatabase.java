package org.caunoi.hub.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;

/**
 * The database of the hub to back up: the configured external one; or the embedded server of the
 * data directory, found from its pid file while a hub runs on it, or started here (holding the data
 * directory's lock, so no hub starts on it meanwhile) when none does.
 */
final class HubDatabase implements AutoCloseable {

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final String description;
    private final @Nullable DataDirectoryLock lock;
    private final @Nullable EmbeddedPostgres started;

    private HubDatabase(String url, @Nullable String user, @Nullable String password, String description,
            @Nullable DataDirectoryLock lock, @Nullable EmbeddedPostgres started) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.description = description;
        this.lock = lock;
        this.started = started;
    }

    static HubDatabase of(CommandSettings settings) throws BackupRefusedException, IOException {
        if (settings.datasourceUrl() != null) {
            return new HubDatabase(settings.datasourceUrl(), settings.username(), settings.password(),
                    "the external database " + settings.datasourceUrl(), null, null);
        }
        Path data = settings.dataDirectory();
        if (!Files.exists(EmbeddedDatabase.pgDirectory(data).resolve("postgresql.conf"))) {
            throw new BackupRefusedException("No hub database in " + data + ": give the hub's data directory with "
                    + "--caunoi.data-dir=DIR (or its external database with --spring.datasource.url=...)");
        }
        Optional<DataDirectoryLock> lock = DataDirectoryLock.tryAcquire(data);
        if (lock.isEmpty()) {
            int port = EmbeddedDatabase.runningPort(data).orElseThrow(() -> new BackupRefusedException("A hub holds " + data
                    + " but its database has not started yet: try again once the hub is up"));
            if (!Files.exists(EmbeddedDatabase.passwordFile(data))) {
                throw new BackupRefusedException("The hub running on " + data + " is of an earlier release, whose database has no"
                        + " password: back it up with that release's own backup command");
            }
            return new HubDatabase(EmbeddedDatabase.jdbcUrl(port), EmbeddedDatabase.USER, EmbeddedDatabase.password(data),
                    "the database of the hub running on " + data + " (port " + port + ")", null, null);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedDatabase.start(data, 0, lock.get());
            return new HubDatabase(EmbeddedDatabase.jdbcUrl(postgres.getPort()), EmbeddedDatabase.USER, EmbeddedDatabase.password(data),
                    "the database in " + data + " (no hub runs on it; started for the backup)", lock.get(), postgres);
        }
        catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        try {
            if (started != null) {
                started.close();
            }
        }
        finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
