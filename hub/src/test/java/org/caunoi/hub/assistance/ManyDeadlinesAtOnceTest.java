package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.assistance.internal.DeadlineWatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Thousands of inbound requests overdue at once (a hub back from a long stop, an import): every
 * warning reaches the supervisor, and the hub keeps answering while they are delivered. Before the
 * notifications had their own two threads, each warning took a connection of its own at once, and
 * the assistance benchmark saw the pool run dry and warnings left undelivered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CauNoiApplication.class)
class ManyDeadlinesAtOnceTest {

    static final int OVERDUE = 3_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir("many-deadlines").toString());
        registry.add("caunoi.demo", () -> "true");
        // Only the test's own call warns.
        registry.add("caunoi.assistance.deadline-check", () -> "P365D");
        // A small pool that gives up quickly, so a flood that takes a connection per warning shows here as it did
        // under the benchmark's 100,000 requests.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "250");
    }

    @LocalServerPort
    int port;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWarningOfAFloodIsDeliveredAndTheHubKeepsAnswering() {
        jdbc.sql("""
                INSERT INTO assistance.request (reference, sender_reference, direction, partner, kind, subject, purpose,
                    questions, deadline, assigned_unit, state, created_at, created_by)
                SELECT 'FLOOD-' || n, 'HK-FLOOD-' || n, 'IN', 'HK', 'VERIFICATION_OF_VALUE', 'UNDERVALUATION', 'INVESTIGATION',
                       'Please verify the value declared.', :deadline, 'HTQT', 'RECEIVED', now(), 'test'
                  FROM generate_series(1, :count) AS n""").param("count", OVERDUE)
                .param("deadline", java.sql.Date.valueOf(TestHub.today().minusDays(3))).update();

        assertThat(watch.warnDue()).isGreaterThanOrEqualTo(OVERDUE);

        var supervisor = HubClient.as(port, "supervisor");
        assertThat(supervisor.get("/api/notifications").statusCode())
                .as("the hub answers an officer while the warnings are delivered").isEqualTo(200);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> warningsDelivered() == OVERDUE);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM event_publication
                 WHERE completion_date IS NULL AND event_type LIKE '%NotificationRequested'""")
                .query(Long.class).single()).as("no warning left undelivered in the registry").isZero();
    }

    private long warningsDelivered() {
        return jdbc.sql("""
                SELECT count(*) FROM platform.notification n
                  JOIN assistance.request r ON n.link = '/assistance/requests/' || r.id
                 WHERE n.officer = 'supervisor' AND r.reference LIKE 'FLOOD-%'""").query(Long.class).single();
    }
}
