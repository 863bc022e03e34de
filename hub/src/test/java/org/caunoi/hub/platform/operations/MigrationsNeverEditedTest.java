package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * A migration once released is never edited, removed or slipped in below a released one: databases
 * that ran it would not run it again. The released ones are listed with their SHA-256 in
 * {@code released-migrations.sha256}; a new one is allowed above every released version of its folder.
 */
class MigrationsNeverEditedTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyReleasedMigrationIsUnchanged() throws IOException {
        Map<String, String> released = released();
        Map<String, String> current = current();

        assertThat(released).as("the list of released migrations").isNotEmpty();
        released.forEach((file, sha256) -> {
            assertThat(current).as("released migration %s was removed or renamed: write a new migration instead", file)
                    .containsKey(file);
            assertThat(current.get(file)).as("released migration %s was edited: put the change in a new migration", file)
                    .isEqualTo(sha256);
        });
    }

    @Test
    void aNewMigrationHasAHigherVersionThanEveryReleasedOneInItsFolder() throws IOException {
        Map<String, String> released = released();
        List<String> problems = new ArrayList<>();
        current().forEach((file, sha256) -> {
            if (released.containsKey(file)) {
                return;
            }
            String folder = folder(file);
            MigrationVersion highest = released.keySet().stream().filter(other -> folder(other).equals(folder))
                    .map(MigrationsNeverEditedTest::version).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
            if (version(file).compareTo(highest) <= 0) {
                problems.add(file + " is not above the released " + folder + "/V" + highest);
            }
            else {
                System.out.println("Not released yet; at the release, add to released-migrations.sha256: " + sha256 + "  " + file);
            }
        });
        assertThat(problems).as("new migrations must come after the released ones of their folder").isEmpty();
    }

    /**
     * How many versioned migrations Flyway runs: the SQL files, not the script configuration files
     * beside some of them ({@code V8__….sql.conf}), which {@link #current()} checksums as well.
     */
    static long migrationCount() throws IOException {
        return current().keySet().stream().filter(name -> name.endsWith(".sql")).count();
    }

    /** Versioned migrations only: repeatable ones (R__) are meant to change. */
    static Map<String, String> current() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(MIGRATIONS)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = MIGRATIONS.relativize(path).toString().replace('\\', '/');
                if (!path.getFileName().toString().startsWith("R__")) {
                    files.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }

    static Map<String, String> released() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream list = Objects.requireNonNull(MigrationsNeverEditedTest.class.getResourceAsStream("/released-migrations.sha256"))) {
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+\\*?", 2);
                    files.put(parts[1], parts[0]);
                }
            }
        }
        return files;
    }

    /** Of the text with LF line endings, so a checkout that turns them into CRLF changes nothing. */
    static String sha256(byte[] content) {
        byte[] lf = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lf));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String folder(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /** V2_1__name.sql is version 2.1, as Flyway reads it. */
    static MigrationVersion version(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")));
    }
}
