package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;

/**
 * The crash soak at a size the build can afford: two hubs in JVMs of their own, started from the
 * test class path (the jar is built only after the tests), exchange messages while hubs and an
 * embedded PostgreSQL are killed with SIGKILL; nothing is lost or processed twice. The long run is
 * {@code bench/crash-soak.sh}.
 */
class CrashSoakTest {

    @Test
    void messagesExchangedWhileHubsAndTheirDatabasesAreKilledAreAllDeliveredAndProcessedExactlyOnce() throws Exception {
        // 200 messages, two hub kills and one of a database. The timeouts are for a machine shared with
        // other builds, where a hub has taken seven minutes to start; they bound a failure, not a pass.
        var settings = new CrashSoak.Settings(TestHub.newDataDir("crash-soak"), HubProcess.fromClassPath(), 200, 2, 1,
                Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(30), 20);

        List<CrashSoak.Check> checks = new CrashSoak(settings).run();

        assertThat(checks).as("every check of the soak").allMatch(CrashSoak.Check::passed, "passed");
    }
}
