package org.caunoi.hub.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo network in one JVM: hubs VN, HK and LA (a test starts those it needs), each on its own
 * data directory and port, sharing one demo PKI folder, each knowing its partners at their loopback
 * endpoints. Ports are chosen up front so a hub can be stopped and started again at the same address.
 * Registered as an extension ({@code @RegisterExtension static final DemoHubs NETWORK}), it stops
 * every hub it started once the test class is done, the last started first.
 */
public final class DemoHubs implements AfterAllCallback {

    private final Deque<ConfigurableApplicationContext> started = new ConcurrentLinkedDeque<>();

    public final Path pki = TestHub.newDataDir("demo-pki");
    public final Path vnData = TestHub.newDataDir("vn");
    public final Path hkData = TestHub.newDataDir("hk");
    public final Path laData = TestHub.newDataDir("la");
    public final int vnPort = freePort();
    public final int hkPort = freePort();
    public final int laPort = freePort();

    public ConfigurableApplicationContext startVn(String... extra) {
        return start("VN", vnData, vnPort, extra);
    }

    public ConfigurableApplicationContext startHk(String... extra) {
        return start("HK", hkData, hkPort, extra);
    }

    public ConfigurableApplicationContext startLa(String... extra) {
        return start("LA", laData, laPort, extra);
    }

    public ConfigurableApplicationContext start(String node, Path dataDir, int port, String... extra) {
        var hub = new SpringApplicationBuilder(CauNoiApplication.class).run(arguments(node, dataDir, port, extra));
        started.push(hub);
        return hub;
    }

    /** Stops the hubs still running (closing one a test closed already does nothing). */
    @Override
    public void afterAll(ExtensionContext context) {
        for (ConfigurableApplicationContext hub; (hub = started.poll()) != null; ) {
            hub.close();
        }
    }

    /**
     * Starts the Hong Kong hub in a JVM of its own, so a test can kill it as the operating system
     * would ({@code SIGKILL}: no shutdown hooks, its PostgreSQL left running); waits until it is ready.
     */
    public Process startHkProcess(String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CauNoiApplication.class.getName()));
        command.addAll(List.of(arguments("HK", hkData, hkPort, extra)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(hkData.resolve("hub-process.log").toFile()).start();
        var health = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + hkPort + "/actuator/health")).build();
        try {
            org.awaitility.Awaitility.await("the HK hub process ready").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("The HK hub process ended; see " + hkData.resolve("hub-process.log"), () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> health.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body().contains("UP"));
            return process;
        }
        catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private String[] arguments(String node, Path dataDir, int port, String... extra) {
        List<String> args = new ArrayList<>(arguments(node, dataDir, port, pki,
                java.util.Map.of("VN", vnPort, "HK", hkPort, "LA", laPort)));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /**
     * The command line of a demo hub of {@code node} on {@code port} and {@code dataDir}, reaching the
     * other hubs of the network at the loopback {@code ports} given, with short polls and retries so a
     * test does not wait for them.
     */
    static List<String> arguments(String node, Path dataDir, int port, Path pki, java.util.Map<String, Integer> ports) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--caunoi.node=" + node,
                "--caunoi.demo=true",
                "--caunoi.data-dir=" + dataDir,
                "--caunoi.exchange.demo-pki=" + pki));
        ports.forEach((other, otherPort) -> args.add("--caunoi.exchange.demo-network." + other + "=http://127.0.0.1:" + otherPort + "/as4"));
        args.addAll(List.of(
                "--caunoi.exchange.poll-interval=200ms",
                "--caunoi.exchange.first-retry=300ms",
                "--caunoi.exchange.max-retry=1s"));
        return args;
    }

    public static int port(ConfigurableApplicationContext hub) {
        return ((WebServerApplicationContext) hub).getWebServer().getPort();
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up). A hub's port is chosen before it
     * starts and reused when a test restarts it; a port from the ephemeral range could meanwhile be
     * taken as the local end of any outgoing connection (to PostgreSQL, to the other hub).
     */
    public static int freePort() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            }
            catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
    }
}
