package org.caunoi.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub stopped while its audit chain links a backlog (the end of a benchmark) stops quietly: the
 * linker no longer works on into the closing database, broken connections and failed rollbacks in
 * the log. What it did not link waits, queued, and the next start links it.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditChainShutdownTest {

    /** Some seconds of linking: more than the background linker's batch and stop's own few seconds. */
    static final int BACKLOG = 300_000;

    @Test
    void aHubStoppedWhileLinkingABacklogStopsQuietlyAndLinksTheRestAtItsNextStart(CapturedOutput output) {
        Path dataDir = TestHub.newDataDir("audit-chain-shutdown");
        int printedBefore;
        try (var hub = TestHub.start(dataDir)) {
            JdbcClient jdbc = JdbcClient.create(hub.getBean(DataSource.class));
            jdbc.sql("""
                    WITH written AS (
                        INSERT INTO platform.audit_entry (occurred_at, actor, action, record_type, record_id)
                        SELECT now(), 'test', 'TEST_BACKLOG', 'thing', n::text FROM generate_series(1, :count) AS n
                        RETURNING id)
                    INSERT INTO platform.audit_unlinked (entry_id) SELECT id FROM written""").param("count", BACKLOG).update();
            hub.getBean(AuditChain.class).nudge();
            await().atMost(Duration.ofSeconds(30)).until(() -> unlinked(jdbc) < BACKLOG);
            printedBefore = output.getAll().length();
        }

        String shutdown = output.getAll().substring(printedBefore);
        assertThat(shutdown).doesNotContain(" ERROR ").doesNotContain("marked as broken")
                .doesNotContain("Linking the audit chain failed").doesNotContain("did not stop");

        try (var hub = TestHub.start(dataDir)) {
            JdbcClient jdbc = JdbcClient.create(hub.getBean(DataSource.class));
            await().atMost(Duration.ofMinutes(2)).until(() -> unlinked(jdbc) == 0);
        }
    }

    private static long unlinked(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_unlinked").query(Long.class).single();
    }
}
