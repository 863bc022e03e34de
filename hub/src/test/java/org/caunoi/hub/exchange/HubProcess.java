package org.caunoi.hub.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;

/**
 * One hub in a JVM of its own on a fixed port and data directory, so that it can be killed as the
 * operating system kills ({@code SIGKILL}: no shutdown hook runs, its PostgreSQL is left behind),
 * its embedded PostgreSQL killed on its own, and the hub started again where it was. Its output
 * goes to {@code hub-process.log} in its data directory, every start appended.
 */
final class HubProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String node;
    final int port;
    final Path dataDir;
    private final List<String> command;
    private @Nullable Process process;

    /**
     * @param launcher how to start a hub: {@code java -jar caunoi-hub.jar} or {@code java -cp ... CauNoiApplication}
     * @param arguments the hub's own arguments (node, port, data directory...)
     */
    HubProcess(String node, int port, Path dataDir, List<String> launcher, List<String> arguments) {
        this.node = node;
        this.port = port;
        this.dataDir = dataDir;
        this.command = new ArrayList<>(launcher);
        this.command.addAll(arguments);
    }

    /**
     * The command that starts a hub from this JVM's class path, as a test has it. A test's hubs start
     * more often than they work: the quick compiler alone and one GC thread make a start cheaper on
     * a machine whose cores are busy with other builds.
     */
    static List<String> fromClassPath() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.caunoi.hub.CauNoiApplication");
    }

    /** The command that starts a hub from the built jar, as an administrator does. */
    static List<String> fromJar(Path jar) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
    }

    void start() {
        try {
            Files.createDirectories(dataDir);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return dataDir.resolve("hub-process.log");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Health answers UP: the web server runs and its database answers. */
    boolean ready() {
        if (!alive()) {
            throw new IllegalStateException("The " + node + " hub process ended; see " + log());
        }
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        }
        catch (IOException notListening) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGKILLs the embedded PostgreSQL's postmaster alone, and waits until it is gone; its pid. */
    long killDatabase() {
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("no PostgreSQL runs for " + node));
        postmaster.destroyForcibly();
        postmaster.onExit().join();
        return postmaster.pid();
    }

    /** The running postmaster of the hub's embedded PostgreSQL, from its pid file. */
    Optional<ProcessHandle> postmaster() {
        return postmasterPidFile().flatMap(lines -> {
            try {
                return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
            }
            catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).filter(ProcessHandle::isAlive);
    }

    private Optional<List<String>> postmasterPidFile() {
        try {
            Path file = dataDir.resolve("pg/postmaster.pid");
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            return lines.size() >= 4 ? Optional.of(lines) : Optional.empty();
        }
        catch (IOException racingAStart) {
            return Optional.empty();
        }
    }

    /** A connection to the hub's embedded database, found by the port in its pid file, to count what the hub stored. */
    Connection database() throws SQLException {
        int databasePort = postmasterPidFile().map(lines -> Integer.parseInt(lines.get(3).strip()))
                .orElseThrow(() -> new SQLException("no PostgreSQL runs for " + node));
        try {
            return DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(databasePort),
                    EmbeddedDatabase.USER,
                    EmbeddedDatabase.password(dataDir));
        }
        catch (IOException e) {
            throw new SQLException("the password of " + node + "'s database cannot be read", e);
        }
    }

    /** A POST or GET to the hub's API with HTTP Basic as a demo officer; its status and body. */
    HttpResponse<String> api(String method, String path, String officer) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((officer + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public String toString() {
        return node;
    }
}
