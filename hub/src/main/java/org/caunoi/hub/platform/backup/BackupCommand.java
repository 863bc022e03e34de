package org.caunoi.hub.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.caunoi.hub.platform.ProductionUse;
import org.jspecify.annotations.Nullable;

/**
 * The {@code backup} and {@code restore} commands of the hub's jar: reads the arguments, runs the
 * command, prints progress on standard output and, when it cannot go ahead, one line on standard
 * error saying what to fix. Returns the process's exit code: 0 done, 1 refused or failed, 2 wrong usage.
 */
public final class BackupCommand {

    static final String PASSWORD_VARIABLE = "CAUNOI_BACKUP_PASSWORD";
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final String USAGE = "usage: backup --to FILE [--caunoi.data-dir=DIR] [--password=...]"
            + " | restore --from FILE --data-dir=DIR [--password=...]; the password may come from " + PASSWORD_VARIABLE;

    private BackupCommand() {
    }

    /** The process's entry: {@code java -jar caunoi-hub.jar backup|restore ...}. */
    public static int run(String[] arguments) {
        CommandSettings.quietLogging();
        return run(List.of(arguments), System.getenv(), System.out, System.err);
    }

    static int run(List<String> arguments, Map<String, String> environment, PrintStream out, PrintStream err) {
        String command = arguments.isEmpty() ? "" : arguments.getFirst();
        Options options;
        try {
            options = Options.parse(arguments.subList(Math.min(1, arguments.size()), arguments.size()), environment);
        }
        catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage() + " (" + USAGE + ")");
            return 2;
        }
        try {
            Instant start = Instant.now();
            switch (command) {
                case "backup" -> backup(options, out);
                case "restore" -> restore(options, out);
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
            out.printf("%s: done in %s%n", command, Duration.between(start, Instant.now()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            return 0;
        }
        catch (BackupRefusedException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        }
        catch (IOException | SQLException | RuntimeException e) {
            err.println(command + ": failed: " + e.getMessage());
            return 1;
        }
    }

    private static void backup(Options options, PrintStream out) throws BackupRefusedException, IOException, SQLException {
        Path target = options.require("to", "give the backup file to write with --to FILE");
        char[] password = options.password();
        // Only for new backups: older ones, made with a shorter password, must still restore.
        if (password.length < MINIMUM_PASSWORD_LENGTH) {
            throw new BackupRefusedException("The backup password has " + password.length + " characters; it protects the hub's"
                    + " AS4 private key in the backup, so give one of at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters (" + PASSWORD_VARIABLE + " or --password=...)");
        }
        if (Files.exists(target)) {
            throw new BackupRefusedException(target + " already exists: give a new file name (a backup never writes over a file)");
        }
        if (target.toAbsolutePath().getParent() == null || !Files.isDirectory(target.toAbsolutePath().getParent())) {
            throw new BackupRefusedException("The folder of " + target + " does not exist: create it first");
        }
        CommandSettings settings = CommandSettings.read(options.springArguments());
        try (HubDatabase database = HubDatabase.of(settings)) {
            out.println("backup: of " + database.description() + ", files of " + settings.dataDirectory() + ", to " + target);
            try (Connection connection = database.connect(); var snapshot = new DatabaseSnapshot(connection)) {
                BackupManifest manifest = new BackupWriter(out).write(target.toAbsolutePath(), snapshot,
                        settings.dataDirectory(), password, new BackupWriter.Origin(hubVersion(), settings.node()));
                String summary = String.format("%d tables, %,d rows, %d files, %,d bytes in %s", manifest.tables().size(),
                        manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum(), manifest.files().size(),
                        Files.size(target), target.toAbsolutePath());
                out.println("backup: " + summary);
                try (Connection audit = database.connect()) {
                    CommandAudit.record(audit, Clock.systemUTC(), "PLATFORM_BACKUP", "backup", target.getFileName().toString(),
                            "backup of the database as of " + manifest.createdAt() + " and the keystore: " + summary);
                }
            }
        }
    }

    private static void restore(Options options, PrintStream out) throws BackupRefusedException, IOException {
        Path from = options.require("from", "give the backup file to restore with --from FILE");
        Path dataDirectory = options.require("data-dir", "give the new hub's data directory with --data-dir=DIR").toAbsolutePath().normalize();
        char[] password = options.password();
        Restorer.checkEmpty(dataDirectory);
        try (BackupArchive archive = BackupArchive.open(from, password, out)) {
            BackupManifest manifest = archive.manifest();
            Restorer.checkMigrationsKnown(manifest);
            out.printf("restore: %s is whole: node %s, written %s by release %s; restoring into %s%n", from,
                    manifest.node(), manifest.createdAt(), manifest.hubVersion(), dataDirectory);
            new Restorer(out).restore(archive, dataDirectory);
            out.println("restore: start the hub with " + startOptions(manifest, dataDirectory));
        }
    }

    /** The options the restored hub starts with: in production mode when the backed-up hub ran in it, or it refuses to start. */
    static String startOptions(BackupManifest manifest, Path dataDirectory) {
        String node = "--caunoi.node=" + manifest.node();
        var mark = manifest.tables().stream()
                .filter(table -> ProductionUse.MARK_TABLE.equals(table.schema() + "." + table.name())).findFirst();
        if (mark.isEmpty()) { // a backup from a release before the mark
            return "--caunoi.data-dir=" + dataDirectory + " (and " + node
                    + "; with --caunoi.demo=false if the backed-up hub ran in production)";
        }
        return "--caunoi.data-dir=" + dataDirectory + (mark.get().rows() > 0 ? " --caunoi.demo=false" : "") + " (and " + node + ")";
    }

    /** This jar's release, from the build information Spring Boot's Maven plugin writes. */
    static String hubVersion() {
        try (InputStream in = BackupCommand.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("build.version", "unknown");
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    /** The command's own options; anything else goes to the hub's settings ({@code --caunoi.data-dir=...}). */
    private record Options(Map<String, String> values, List<String> springArguments, @Nullable String environmentPassword) {

        static Options parse(List<String> arguments, Map<String, String> environment) {
            Map<String, String> values = new java.util.HashMap<>();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                String name = null;
                for (String option : List.of("to", "from", "data-dir", "password")) {
                    if (argument.equals("--" + option) || argument.startsWith("--" + option + "=")) {
                        name = option;
                    }
                }
                if (name == null) {
                    rest.add(argument);
                    continue;
                }
                String value;
                if (argument.contains("=")) {
                    value = argument.substring(argument.indexOf('=') + 1);
                }
                else if (i + 1 < arguments.size()) {
                    value = arguments.get(++i);
                }
                else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                values.put(name, value);
            }
            return new Options(values, rest, environment.get(PASSWORD_VARIABLE));
        }

        Path require(String name, String hint) throws BackupRefusedException {
            String value = values.get(name);
            if (value == null) {
                throw new BackupRefusedException("--" + name + " is missing: " + hint);
            }
            return Path.of(value);
        }

        char[] password() throws BackupRefusedException {
            String password = values.getOrDefault("password", environmentPassword);
            if (password == null || password.isBlank()) {
                throw new BackupRefusedException("No password: the backup's keystore is encrypted with one; set "
                        + PASSWORD_VARIABLE + " or give --password=... (the same for backup and restore)");
            }
            return password.toCharArray();
        }
    }
}
