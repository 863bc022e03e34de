package org.caunoi.hub.platform.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caunoi.hub.CauNoiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A hub of the operations tests' own, on a data directory and with options as an operator gives them. */
final class RunningHubs {

    private RunningHubs() {
    }

    static ConfigurableApplicationContext start(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--caunoi.data-dir=" + dataDir, "--caunoi.demo=true"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(CauNoiApplication.class).run(all.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext hub) {
        return ((WebServerApplicationContext) hub).getWebServer().getPort();
    }
}
