package org.caunoi.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the tests share: a fresh data directory for the embedded database of this test run. The demo
 * data is the hub's own resource, so the tests need nothing outside the repository.
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

    private static Path createDataDir() {
        return newDataDir("hub");
    }
}
