package org.caunoi.hub.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.platform.OwnerOnly;
import org.caunoi.hub.platform.StartRefusedException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data directory ({@code <data-dir>/pg}): started the same way for the
 * hub and for the commands that run beside it (backup, restore), and found again from its pid file
 * while a hub runs on it. {@link EmbeddedServer} keeps the hub's own one running.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * The database and user of the embedded server. Every connection, even from this machine, gives
     * the password kept in {@link #passwordFile}: any local user could reach the port otherwise.
     */
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    private static final String SCRAM = "scram-sha-256";
    /** A rule of pg_hba.conf (not a comment) that lets in without a password, as zonky's initdb wrote them. */
    private static final Pattern TRUST_RULE = Pattern.compile("^(\\s*[^#\\s].*\\s)trust(\\s*)$");

    private EmbeddedDatabase() {
    }

    /** Where the server keeps its data inside a hub's data directory. */
    public static Path pgDirectory(Path dataDirectory) {
        return dataDirectory.resolve("pg");
    }

    /**
     * The password of the embedded server's superuser, owner-only; beside {@code pg/} rather than in it,
     * because initdb wants an empty directory and reads the password from a file.
     */
    public static Path passwordFile(Path dataDirectory) {
        return dataDirectory.resolve("pg-password");
    }

    /** The password every connection to the embedded server of {@code dataDirectory} gives. */
    public static String password(Path dataDirectory) throws IOException {
        return Files.readString(passwordFile(dataDirectory), StandardCharsets.UTF_8).strip();
    }

    /** Starts (or creates) the server of {@code dataDirectory}; the caller holds the directory's lock. Port 0 picks a free one. */
    public static EmbeddedPostgres start(Path dataDirectory, int port, DataDirectoryLock lock) {
        Path pgDirectory = pgDirectory(dataDirectory);
        try {
            Files.createDirectories(pgDirectory);
            lock.stopOrphanedServer(pgDirectory);
            boolean firstStart = !Files.exists(pgDirectory.resolve("postgresql.conf"));
            boolean trusting = !firstStart && trusts(pgDirectory);
            if (!firstStart && !trusting && !Files.exists(passwordFile(dataDirectory))) {
                throw new StartRefusedException("The embedded database in " + pgDirectory + " wants a password, and its file "
                        + passwordFile(dataDirectory) + " is missing.",
                        "Put the file back from a copy of the data directory, or restore the hub's last backup into a new one.");
            }
            String password = passwordOf(dataDirectory);
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
                    .setServerConfig("work_mem", "32MB")
                    // zonky runs initdb with -A trust and passes its "locale" settings to initdb as --name=value:
                    // the later --auth wins, and the new server asks every connection for the password.
                    .setLocaleConfig("auth", SCRAM)
                    .setLocaleConfig("pwfile", passwordFile(dataDirectory).toString())
                    .setServerConfig("password_encryption", SCRAM)
                    .setConnectConfig("password", password);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            if (trusting) {
                postgres = requirePassword(postgres, builder, pgDirectory, password);
            }
            log.info("Embedded PostgreSQL {} on port {}, data in {}",
                    firstStart ? "created" : "started", postgres.getPort(), pgDirectory);
            return postgres;
        }
        catch (StartRefusedException e) {
            throw e;
        }
        catch (IOException | IllegalStateException e) {
            throw new EmbeddedPostgresConfiguration.EmbeddedDatabaseUnavailable(pgDirectory, e);
        }
    }

    /** The server's password, made at the first start of the data directory. */
    private static String passwordOf(Path dataDirectory) throws IOException {
        Path file = passwordFile(dataDirectory);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path unfinished = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(unfinished); // left by a start that died before the move: never used
            Path written = OwnerOnly.createFile(unfinished);
            Files.writeString(written, Base64.getUrlEncoder().withoutPadding().encodeToString(random), StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        }
        OwnerOnly.file(file);
        return password(dataDirectory);
    }

    private static boolean trusts(Path pgDirectory) throws IOException {
        return Files.readAllLines(pgDirectory.resolve("pg_hba.conf")).stream().anyMatch(line -> TRUST_RULE.matcher(line).matches());
    }

    /**
     * Converts a server an earlier release created, which trusted every local connection: gives the
     * superuser the password (hashed here, so it never reaches the server's log), has pg_hba.conf ask for
     * it, and restarts the server so no connection is let in without it from then on. A crash half-way
     * leaves trust rules behind, and the next start does it again.
     */
    private static EmbeddedPostgres requirePassword(EmbeddedPostgres postgres, EmbeddedPostgres.Builder builder, Path pgDirectory,
            String password) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), SCRAM);
        }
        catch (SQLException e) {
            postgres.close();
            throw new IOException("the password could not be set: " + e.getMessage(), e);
        }
        Path hba = pgDirectory.resolve("pg_hba.conf");
        List<String> rules = Files.readAllLines(hba).stream().map(line -> TRUST_RULE.matcher(line).replaceFirst("$1" + SCRAM + "$2")).toList();
        Path written = hba.resolveSibling("pg_hba.conf.new");
        Files.write(written, rules);
        OwnerOnly.file(written);
        Files.move(written, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        int port = postgres.getPort();
        postgres.close();
        log.warn("The embedded PostgreSQL in {} let local connections in without a password: it now asks for the one in its data"
                + " directory", pgDirectory);
        return builder.setPort(port).start();
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
