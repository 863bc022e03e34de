package org.caunoi.hub.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data directory ({@code <data-dir>/pg}): started the same way for the
 * hub and for the commands that run beside it (backup, restore), and found again from its pid file
 * while a hub runs on it. {@link EmbeddedServer} keeps the hub's own one running.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** The database and user of the embedded server; it trusts connections from this machine only. */
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    private EmbeddedDatabase() {
    }

    /** Where the server keeps its data inside a hub's data directory. */
    public static Path pgDirectory(Path dataDirectory) {
        return dataDirectory.resolve("pg");
    }

    /** Starts (or creates) the server of {@code dataDirectory}; the caller holds the directory's lock. Port 0 picks a free one. */
    public static EmbeddedPostgres start(Path dataDirectory, int port, DataDirectoryLock lock) {
        Path pgDirectory = pgDirectory(dataDirectory);
        try {
            Files.createDirectories(pgDirectory);
            lock.stopOrphanedServer(pgDirectory);
            boolean firstStart = !Files.exists(pgDirectory.resolve("postgresql.conf"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Stopped by the owner's close, after everything that uses the database. zonky's own
                    // JVM shutdown hook stopped it while Spring was still shutting down, and the last
                    // users (Spring Modulith's event registry) waited 30 s for a connection.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("timezone", "UTC")
                    // zonky is made for tests: it starts the server with -F (no fsync) and synchronous_commit
                    // off, so a crash could lose what the hub said it had stored. These -c settings win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // The cases list's facet counts read a bitmap of some 200,000 cases at a million; in
                    // PostgreSQL's default 4 MB it goes lossy and every case of the range is read again
                    // (1.2 s against 0.27 s measured). An external server is tuned by its administrator.
                    .setServerConfig("work_mem", "32MB");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL {} on port {}, data in {}",
                    firstStart ? "created" : "started", postgres.getPort(), pgDirectory);
            return postgres;
        }
        catch (IOException | IllegalStateException e) {
            throw new EmbeddedPostgresConfiguration.EmbeddedDatabaseUnavailable(pgDirectory, e);
        }
    }

    /**
     * The port of the server running on {@code dataDirectory}, read from PostgreSQL's own pid file (its
     * fourth line); empty when no server has written one.
     */
    public static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
        Path pidFile = pgDirectory(dataDirectory).resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).strip()));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }
}
