package org.caunoi.hub.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.platform.OwnerOnly;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Restores a checked archive into an empty data directory: creates the embedded database, runs this
 * release's own migrations of each module up to the versions the backup had, loads every table in one
 * transaction (triggers and foreign keys held off while it loads, as for a replica), sets the sequences
 * where they were, then writes the data directory's files. When anything fails, the directory is
 * emptied again.
 */
final class Restorer {

    private static final String MIGRATIONS = "db/migration/";

    private final PrintStream progress;

    Restorer(PrintStream progress) {
        this.progress = progress;
    }

    /** Refuses a target that holds anything, before the archive is even read. */
    static void checkEmpty(Path dataDirectory) throws BackupRefusedException {
        if (Files.exists(dataDirectory) && !Files.isDirectory(dataDirectory)) {
            throw new BackupRefusedException(dataDirectory + " is a file: give an empty or new directory with --data-dir=DIR");
        }
        if (Files.isDirectory(dataDirectory)) {
            try (Stream<Path> entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupRefusedException(dataDirectory + " is not empty: restore into a new or empty directory "
                            + "(a restore never writes over a hub's data)");
                }
            }
            catch (IOException e) {
                throw new BackupRefusedException(dataDirectory + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** Refuses a backup whose migrations this release does not carry (written by a newer one). */
    static void checkMigrationsKnown(BackupManifest manifest) throws BackupRefusedException {
        var resources = new PathMatchingResourcePatternResolver();
        for (BackupManifest.Migrations module : manifest.migrations()) {
            for (BackupManifest.Applied applied : module.applied()) {
                try {
                    if (resources.getResources("classpath*:" + MIGRATIONS + module.module() + "/" + applied.script()).length == 0) {
                        throw new BackupRefusedException("The backup's database has migration " + applied.script() + " of "
                                + module.module() + ", which this release (" + BackupCommand.hubVersion()
                                + ") does not have: restore it with the release that wrote it (" + manifest.hubVersion() + ")");
                    }
                }
                catch (IOException e) {
                    throw new BackupRefusedException("This release's migrations cannot be read: " + e.getMessage(), e);
                }
            }
        }
    }

    void restore(BackupArchive archive, Path dataDirectory) throws BackupRefusedException {
        checkEmpty(dataDirectory);
        boolean created = !Files.exists(dataDirectory);
        try {
            if (created) {
                OwnerOnly.directory(dataDirectory); // 0700, as the README asks of a data directory
            }
            try (DataDirectoryLock lock = DataDirectoryLock.tryAcquire(dataDirectory)
                    .orElseThrow(() -> new BackupRefusedException("Another hub holds " + dataDirectory + ": stop it first"))) {
                try (EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDirectory, 0, lock)) {
                    String url = EmbeddedDatabase.jdbcUrl(postgres.getPort());
                    String password = EmbeddedDatabase.password(dataDirectory);
                    migrate(archive.manifest(), url, password);
                    load(archive, url, password);
                }
            }
            writeFiles(archive.files(), dataDirectory);
        }
        catch (BackupRefusedException | IOException | SQLException | RuntimeException e) {
            empty(dataDirectory, created);
            if (e instanceof BackupRefusedException refused) {
                throw refused;
            }
            throw new BackupRefusedException("The restore failed and " + dataDirectory + " was emptied again: " + e.getMessage(), e);
        }
    }

    private void migrate(BackupManifest manifest, String url, String password) throws BackupRefusedException {
        for (BackupManifest.Migrations module : manifest.migrations()) {
            String target = module.lastVersion() == null ? "0" : module.lastVersion();
            // As Spring Modulith runs them at the hub's start: a location and a history table per module.
            Flyway flyway = Flyway.configure()
                    .dataSource(url, EmbeddedDatabase.USER, password)
                    .locations("classpath:" + MIGRATIONS + module.module())
                    .table(module.historyTable())
                    .baselineVersion("0")
                    .baselineOnMigrate(true)
                    .target(target)
                    .load();
            flyway.migrate();
            List<BackupManifest.Applied> applied = new ArrayList<>();
            for (var info : flyway.info().applied()) {
                if (info.getVersion() != null && info.getState().isApplied() && info.getType() != null
                        && !info.getType().name().contains("BASELINE")) {
                    applied.add(new BackupManifest.Applied(info.getVersion().getVersion(), info.getScript(), info.getChecksum()));
                }
            }
            if (!applied.equals(module.applied())) {
                throw new BackupRefusedException("This release's migrations of " + module.module() + " differ from those the backup's "
                        + "database ran (" + manifest.hubVersion() + "): restore it with that release");
            }
            progress.printf("restore: schema of %s migrated to version %s%n", module.module(), target);
        }
    }

    private void load(BackupArchive archive, String url, String password) throws SQLException, IOException, BackupRefusedException {
        BackupManifest manifest = archive.manifest();
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, password)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Rows arrive table by table, not in the order their foreign keys and append-only triggers expect.
                statement.execute("SET session_replication_role = replica");
                statement.execute("TRUNCATE " + String.join(", ", manifest.tables().stream().map(BackupManifest.Table::qualified).toList()));
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            int done = 0;
            for (BackupManifest.Table table : manifest.tables()) {
                long loaded;
                try (InputStream in = archive.openTable(table)) {
                    loaded = copy.copyIn("COPY " + table.qualified() + " (" + Sql.columns(table.columns()) + ") FROM STDIN (FORMAT binary)", in);
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // reach the end, where the stream checks its hash
                }
                if (loaded != table.rows()) {
                    throw new BackupRefusedException("Table " + table.qualified() + " loaded " + loaded + " rows, the backup says "
                            + table.rows() + ": the file changed since it was checked; nothing was restored");
                }
                rows += loaded;
                progress.printf("restore: %d/%d tables, %,d rows (%s.%s: %,d)%n", ++done, manifest.tables().size(), rows,
                        table.schema(), table.name(), loaded);
            }
            try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
                for (BackupManifest.Sequence sequence : manifest.sequences()) {
                    if (sequence.lastValue() != null) {
                        setval.setString(1, Sql.quote(sequence.schema()) + "." + Sql.quote(sequence.name()));
                        setval.setLong(2, sequence.lastValue());
                        try (ResultSet ignored = setval.executeQuery()) {
                            // the new value
                        }
                    }
                }
            }
            CommandAudit.record(connection, Clock.systemUTC(), "PLATFORM_RESTORE", "backup", archive.path().getFileName().toString(),
                    "restored from " + archive.path() + ": the backup of node " + manifest.node() + " as of "
                            + manifest.createdAt() + " by release " + manifest.hubVersion() + ", " + rows + " rows");
            connection.commit();
        }
    }

    private void writeFiles(Map<String, byte[]> files, Path dataDirectory) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = dataDirectory.resolve(file.getKey()).normalize();
            if (!target.startsWith(dataDirectory)) {
                throw new IOException("the backup names a file outside the data directory: " + file.getKey());
            }
            Path folder = java.util.Objects.requireNonNull(target.getParent(), "inside the data directory");
            if (folder.equals(dataDirectory)) {
                Files.createDirectories(folder);
            }
            else {
                OwnerOnly.directory(folder); // keys/
            }
            Files.write(OwnerOnly.createFile(target), file.getValue());
            progress.printf("restore: file %s%n", file.getKey());
        }
    }

    /** Leaves the target as it was: gone when the restore created it, empty otherwise. */
    private static void empty(Path dataDirectory, boolean created) {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dataDirectory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dataDirectory) || created) {
                    Files.deleteIfExists(path);
                }
            }
        }
        catch (IOException e) {
            System.err.println("restore: could not empty " + dataDirectory + " again: " + e.getMessage());
        }
    }
}
