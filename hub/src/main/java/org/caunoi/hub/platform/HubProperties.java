package org.caunoi.hub.platform;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hub's own settings ({@code caunoi.*}): where its data lives, whether it runs in demo mode,
 * which node of the demo network it plays, and the embedded database.
 */
@ConfigurationProperties("caunoi")
public record HubProperties(
        String dataDir,
        boolean demo,
        String node,
        String demoFacts,
        String adminPassword,
        EmbeddedDb embeddedDb) {

    public HubProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "data" : dataDir;
        demoFacts = demoFacts == null ? "" : demoFacts;
        node = node == null || node.isBlank() ? "VN" : node;
        adminPassword = adminPassword == null ? "" : adminPassword;
        embeddedDb = embeddedDb == null ? new EmbeddedDb(true, 0) : embeddedDb;
    }

    /** The data directory, absolute. (Plain strings bind here: Spring's Path conversion rejects "../".) */
    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The demo facts file, absolute; empty when none is configured. */
    public Optional<Path> demoFactsFile() {
        return demoFacts.isBlank() ? Optional.empty()
                : Optional.of(Path.of(demoFacts).toAbsolutePath().normalize());
    }

    /** The embedded PostgreSQL; port 0 picks a free one at each start. */
    public record EmbeddedDb(boolean enabled, int port) {
    }
}
