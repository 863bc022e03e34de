package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs as JSON, one object a line, for a log collector: asked for with one option, no rebuild. The
 * hub runs in a JVM of its own, as an operator starts it: logging is set up once per JVM, so a hub
 * in the tests' JVM would leave every later test logging JSON.
 */
class JsonLogsTest {

    @Test
    void withStructuredLoggingAskedForEachLogLineIsAnEcsJsonObject() throws Exception {
        Path dataDir = TestHub.newDataDir("json-logs");
        Path log = dataDir.resolve("hub.log");
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CauNoiApplication.class.getName(),
                "--server.port=0", "--caunoi.data-dir=" + dataDir, "--caunoi.demo=true", "--logging.structured.format.console=ecs")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String started;
        try {
            started = await().atMost(Duration.ofMinutes(2)).until(() -> startedLine(log), Optional::isPresent).orElseThrow();
        }
        finally {
            hub.destroy();
            hub.waitFor();
        }

        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("every line is a JSON object").allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        JsonNode tomcat = JsonMapper.shared().readTree(started);
        assertThat(field(tomcat, "log.level")).isEqualTo("INFO");
        assertThat(field(tomcat, "log.logger")).endsWith("TomcatWebServer");
        assertThat(field(tomcat, "@timestamp")).isNotBlank();
        assertThat(field(tomcat, "service.name")).isEqualTo("caunoi-hub");
        assertThat(field(tomcat, "message")).startsWith("Tomcat started on port");
    }

    private static Optional<String> startedLine(Path log) throws java.io.IOException {
        return Files.exists(log)
                ? Files.readAllLines(log).stream().filter(line -> line.contains("Tomcat started on port")).findFirst()
                : Optional.empty();
    }

    /** ECS names such as log.level, written nested ({"log":{"level":...}}) or flat, as the format's versions do. */
    private static String field(JsonNode line, String name) {
        if (line.has(name)) {
            return line.get(name).asString("");
        }
        JsonNode node = line;
        for (String part : name.split("\\.")) {
            node = node.path(part);
        }
        return node.asString("");
    }
}
