package org.caunoi.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the tests share: a fresh data directory for the embedded database of this test run, and the
 * path of the shared cooperation facts (the repository's sibling {@code shared/}).
 */
public final class TestHub {

    private static final Path DATA_DIR = createDataDir();

    private TestHub() {
    }

    /** One embedded database per test JVM, so Spring's context cache can share the running hub. */
    public static Path dataDir() {
        return DATA_DIR;
    }

    /** A fresh data directory under target/, so that test databases go with {@code mvn clean} and never pile up in /tmp. */
    public static Path newDataDir(String name) {
        try {
            Path parent = Files.createDirectories(Path.of("target/test-data").toAbsolutePath());
            return Files.createTempDirectory(parent, name + "-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code shared/reference/cooperation-facts.yaml}, found by walking up from the working directory. */
    public static Path cooperationFacts() {
        return sharedReference().resolve("cooperation-facts.yaml");
    }

    public static Path sharedReference() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference not found above " + Path.of("").toAbsolutePath()
                + ": the tests need the shared folder beside the repository");
    }

    private static Path createDataDir() {
        return newDataDir("hub");
    }
}
