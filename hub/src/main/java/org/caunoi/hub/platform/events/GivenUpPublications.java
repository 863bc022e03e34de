package org.caunoi.hub.platform.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caunoi.hub.platform.StartRefusedException;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Service;

/**
 * Event publications whose listener failed {@code caunoi.events.max-attempts} times: {@link FailedPublications}
 * no longer hands them back, and an administrator looks at them and tries one again by hand. Read from Spring
 * Modulith's own registry table (its status and completion_attempts columns), as SQL rather than through the
 * registry, so that an event whose class no longer reads back is still listed.
 * <p>
 * Twelve attempts by default, five minutes apart (caunoi.events.resubmit-after): an hour, which outlasts what
 * cures itself (a database restart, a deployment, a partner's endpoint down for maintenance); a listener that
 * still fails after that has a fault that needs a person, and trying it every five minutes forever only fills
 * the log and holds a listener thread.
 */
@Service
class GivenUpPublications {

    /** One given-up publication, as the registry keeps it. Modulith keeps no error: the log has it, one line per attempt. */
    record GivenUp(UUID id, String listener, String eventType, Instant publishedAt, int attempts,
            Instant lastAttemptAt) {
    }

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final AuditTrail audit;
    private final int maxAttempts;

    GivenUpPublications(JdbcClient jdbc, FailedEventPublications failed, AuditTrail audit,
            @Value("${caunoi.events.max-attempts:12}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new StartRefusedException("caunoi.events.max-attempts is " + maxAttempts + ": no event could be delivered even once.",
                    "Set it to 1 or more: 12 by default, an hour of attempts five minutes apart.");
        }
        this.jdbc = jdbc;
        this.failed = failed;
        this.audit = audit;
        this.maxAttempts = maxAttempts;
    }

    /** How many attempts a publication gets from the schedule: the first delivery and the resubmissions after it. */
    int maxAttempts() {
        return maxAttempts;
    }

    /** Whether the schedule still hands this publication back. */
    boolean withinAttempts(int attempts) {
        return attempts < maxAttempts;
    }

    /** Oldest first, as they were published. */
    List<GivenUp> all() {
        return jdbc.sql("""
                        SELECT id, listener_id, event_type, publication_date, completion_attempts,
                               coalesce(last_resubmission_date, publication_date) AS last_attempt
                        FROM event_publication
                        WHERE status = 'FAILED' AND completion_attempts >= :max
                        ORDER BY publication_date, id""")
                .param("max", maxAttempts)
                .query((row, n) -> new GivenUp(row.getObject("id", UUID.class), row.getString("listener_id"),
                        row.getString("event_type"), row.getTimestamp("publication_date").toInstant(),
                        row.getInt("completion_attempts"), row.getTimestamp("last_attempt").toInstant()))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE status = 'FAILED' AND completion_attempts >= :max")
                .param("max", maxAttempts)
                .query(Long.class).single();
    }

    Optional<GivenUp> find(UUID id) {
        return all().stream().filter(givenUp -> givenUp.id().equals(id)).findFirst();
    }

    /**
     * Hands one given-up publication back to its listener once more, and records who did. False when it is
     * no longer given up (handled since, or tried again by someone else a moment ago). Not in a transaction:
     * the listener, on its own thread, marks the publication completed or failed in one of its own.
     */
    boolean tryAgain(UUID id) {
        Optional<GivenUp> found = find(id);
        if (found.isEmpty()) {
            return false;
        }
        GivenUp givenUp = found.get();
        audit.record("EVENT_RESUBMITTED", "event-publication", id.toString(), Sentences.of("platform.audit-details.event-resubmitted",
                givenUp.listener(), givenUp.eventType(), givenUp.attempts()));
        // Modulith reads failed publications oldest first, so many as the batch allows, and filters after: the
        // batch must reach this one past the older failed ones.
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO).withMaxInFlight(Integer.MAX_VALUE)
                .withBatchSize(Math.toIntExact(failedUpTo(givenUp)))
                .withFilter(publication -> publication.getIdentifier().equals(id)));
        return true;
    }

    /** The failed publications Modulith reads before this one, and this one; those published at the same moment too. */
    private long failedUpTo(GivenUp givenUp) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE (status = 'FAILED' OR (status IS NULL AND completion_date IS NULL)) AND publication_date <= :published""")
                .param("published", Timestamp.from(givenUp.publishedAt()))
                .query(Long.class).single();
    }
}
