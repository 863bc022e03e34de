package org.caunoi.hub.platform.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Event publications whose listener failed {@code caunoi.events.max-attempts} times: {@link FailedPublications}
 * no longer hands them back, and an administrator looks at them and tries one again by hand, or discards one
 * that needs no handling, saying why; those left caunoi.events.keep-given-up-days (90) after their last attempt
 * are discarded by a schedule. Read from Spring
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

    /** The longest reason a discard keeps: as long as an audit entry's argument ({@code Sentences}). */
    static final int REASON_LIMIT = 300;

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxAttempts;
    private final int keepDays;

    GivenUpPublications(JdbcClient jdbc, FailedEventPublications failed, AuditTrail audit, Clock clock,
            @Value("${caunoi.events.max-attempts:12}") int maxAttempts,
            @Value("${caunoi.events.keep-given-up-days:90}") int keepDays) {
        if (maxAttempts < 1) {
            throw new StartRefusedException("caunoi.events.max-attempts is " + maxAttempts + ": no event could be delivered even once.",
                    "Set it to 1 or more: 12 by default, an hour of attempts five minutes apart.");
        }
        if (keepDays < 1) {
            throw new StartRefusedException("caunoi.events.keep-given-up-days is " + keepDays
                    + ": a given-up event would be discarded before an administrator could see it.",
                    "Set it to 1 or more: 90 by default, time to find and fix the listener's fault and try the event again.");
        }
        this.jdbc = jdbc;
        this.failed = failed;
        this.audit = audit;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.keepDays = keepDays;
    }

    /** How many days after its last attempt a given-up publication is discarded. */
    int keepDays() {
        return keepDays;
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
                .query(GivenUpPublications::givenUp)
                .list();
    }

    private static GivenUp givenUp(ResultSet row, int rowNumber) throws SQLException {
        return new GivenUp(row.getObject("id", UUID.class), row.getString("listener_id"), row.getString("event_type"),
                row.getTimestamp("publication_date").toInstant(), row.getInt("completion_attempts"),
                row.getTimestamp("last_attempt").toInstant());
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

    /**
     * Deletes one given-up publication, so that its listener never gets the event, and records who did and
     * why. False, and nothing deleted, when it is not given up: still handed back by the schedule, in a
     * listener's hands, handled since, or discarded a moment ago by someone else.
     */
    @Transactional
    boolean discard(UUID id, String reason) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > REASON_LIMIT) {
            throw new IllegalArgumentException("A discard needs a reason of 1 to " + REASON_LIMIT + " characters");
        }
        Optional<GivenUp> discarded = jdbc.sql("""
                        DELETE FROM event_publication
                        WHERE id = :id AND status = 'FAILED' AND completion_attempts >= :max
                        RETURNING id, listener_id, event_type, publication_date, completion_attempts,
                                  coalesce(last_resubmission_date, publication_date) AS last_attempt""")
                .param("id", id)
                .param("max", maxAttempts)
                .query(GivenUpPublications::givenUp).optional();
        discarded.ifPresent(givenUp -> audit.record("EVENT_DISCARDED", "event-publication", id.toString(),
                Sentences.of("platform.audit-details.event-discarded", givenUp.listener(), givenUp.eventType(),
                        givenUp.attempts(), why)));
        return discarded.isPresent();
    }

    /**
     * Deletes the given-up publications whose last attempt is older than caunoi.events.keep-given-up-days by
     * the hub's clock, and records how many in one audit entry. Only given-up ones: a failed publication the
     * schedule still hands back, or one in a listener's hands, stays however old.
     */
    @Scheduled(fixedDelayString = "${caunoi.events.purge-check:PT1H}", initialDelayString = "PT5M")
    @Transactional
    int discardExpired() {
        int discarded = jdbc.sql("""
                        DELETE FROM event_publication
                        WHERE status = 'FAILED' AND completion_attempts >= :max
                          AND coalesce(last_resubmission_date, publication_date) < :before""")
                .param("max", maxAttempts)
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(keepDays))))
                .update();
        if (discarded > 0) {
            audit.recordAs("system", "GIVEN_UP_EVENTS_DISCARDED", "event-publication", null,
                    Sentences.of("platform.audit-details.given-up-events-discarded", discarded, keepDays));
        }
        return discarded;
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
