package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.DemoHubs;
import org.junit.jupiter.api.Test;

/**
 * The jar a user runs, run as the README says ({@code java -jar hub/target/caunoi-hub.jar}) after
 * the build made it: it starts its embedded database, loads the demo data, reports its version and
 * answers the API. The other tests run the classes, not the jar; a library missing from the jar's
 * run-time classpath (a dependency declared with the test scope, say) is caught only here.
 */
class PackagedJarIT {

    @Test
    void theJarStartsWithItsEmbeddedDatabaseAndDemoDataAndReportsItsVersion() throws Exception {
        Path jar = Path.of(System.getProperty("caunoi.jar", "target/caunoi-hub.jar"));
        assertThat(jar).as("the jar the build packaged").exists();
        Path dataDir = TestHub.newDataDir("packaged-jar");
        int port = DemoHubs.freePort();
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--caunoi.data-dir=" + dataDir.resolve("data"))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("hub.log").toFile()).start();
        try {
            await("the hub is ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsMatching(notYet -> notYet.getCause() instanceof ConnectException)
                    .until(() -> {
                        assertThat(hub.isAlive()).as("the hub runs; its log: %s", log(dataDir)).isTrue();
                        return HubClient.anonymous(port).get("/actuator/health").body().contains("\"UP\"");
                    });

            String info = HubClient.anonymous(port).get("/actuator/info").body();
            assertThat(JsonPath.<String>read(info, "$.build.version")).isEqualTo(System.getProperty("caunoi.version"));
            String partners = HubClient.as(port, "viewer").get("/api/partners").body();
            assertThat(JsonPath.<List<String>>read(partners, "$[*].code")).as("the demo partners the jar carries").contains("HK", "LA");
        }
        finally {
            hub.destroy();
            if (!hub.waitFor(60, TimeUnit.SECONDS)) {
                hub.destroyForcibly();
            }
        }
    }

    private static String log(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("hub.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
