package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Logs as JSON, one object a line, for a log collector: asked for with one option, no rebuild. */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    @Test
    void withStructuredLoggingAskedForEachLogLineIsAnEcsJsonObject(CapturedOutput output) {
        int before = output.length();
        int port;
        try (var hub = RunningHubs.start(TestHub.newDataDir("json-logs"), "--logging.structured.format.console=ecs")) {
            port = RunningHubs.port(hub);
        }

        List<String> lines = output.toString().substring(before).lines().filter(line -> line.contains("Tomcat started on port")).toList();
        assertThat(lines).hasSize(1);
        JsonNode started = JsonMapper.shared().readTree(lines.getFirst());
        assertThat(field(started, "log.level")).isEqualTo("INFO");
        assertThat(field(started, "@timestamp")).isNotBlank();
        assertThat(field(started, "service.name")).isEqualTo("caunoi-hub");
        assertThat(field(started, "message")).startsWith("Tomcat started on port " + port);
        assertThat(field(started, "log.logger")).endsWith("TomcatWebServer");
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
