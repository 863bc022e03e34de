package org.caunoi.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the tests share: a fresh data directory for the embedded database of this test run, and a
 * hub of their own for tests that restart one. The demo data is the hub's own resource, so the
 * tests need nothing outside the repository.
 */
public final class TestHub {

    private static final Path DATA_DIR = createDataDir();

    /** The officers' time zone the test hubs run in ({@code caunoi.time-zone}'s default): their "today" is its day. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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

    /**
     * A whole hub on a free port and its own data directory, for tests that restart it with other settings:
     * Vietnam's ({@code --caunoi.node=VN}) unless {@code args} name the node, as a production hub must.
     */
    public static ConfigurableApplicationContext start(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(arg -> arg.startsWith("--caunoi.node="))) {
            all.addFirst("--caunoi.node=VN");
        }
        return startAsGiven(dataDir, all.toArray(String[]::new));
    }

    /** The same with {@code args} alone: the node too is left as the operator leaves it. */
    public static ConfigurableApplicationContext startAsGiven(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--caunoi.data-dir=" + dataDir));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(CauNoiApplication.class).run(all.toArray(String[]::new));
    }

    /** The hub's today, the officers' day: what deadlines, overdue and the figures' year go by. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The port a hub from {@link #start} listens on. */
    public static int port(ConfigurableApplicationContext hub) {
        return ((WebServerApplicationContext) hub).getWebServer().getPort();
    }

    private static Path createDataDir() {
        return newDataDir("hub");
    }
}
