package org.caunoi.hub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The demo facts a hub in demo mode builds its demo data from ({@code cooperation-facts.yaml}): the
 * file {@code caunoi.demo-facts} names, or the facts built into the hub, which need nothing beside
 * the jar. Every module that builds demo data opens them here, so all read the same facts.
 *
 * @param file the configured file; empty for the built-in facts
 */
public record DemoFacts(Optional<Path> file) {

    /** The built-in facts, a resource of the hub. */
    public static final String BUILT_IN = "demo/cooperation-facts.yaml";

    /** The facts this hub runs on. */
    public static DemoFacts of(HubProperties hub) {
        return new DemoFacts(hub.demoFactsFile());
    }

    public static DemoFacts builtIn() {
        return new DemoFacts(Optional.empty());
    }

    public static DemoFacts file(Path file) {
        return new DemoFacts(Optional.of(file));
    }

    /** The file's path, or {@code classpath:} and the resource: for messages that name where a problem is. */
    public String name() {
        return file.map(Path::toString).orElse("classpath:" + BUILT_IN);
    }

    /** False only when a configured file is not there: the built-in facts always are. */
    public boolean exists() {
        return file.map(Files::isRegularFile).orElse(true);
    }

    /** Opens the facts for reading, as UTF-8 text. */
    public Reader open() throws IOException {
        if (file.isPresent()) {
            return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
        }
        InputStream in = DemoFacts.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IOException(BUILT_IN + " is not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
