package org.caunoi.hub.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed (a database hiccup, a bug fixed since) back to their
 * listener, a batch at a time, until it succeeds or has failed caunoi.events.max-attempts times
 * ({@link GivenUpPublications}). A publication left unfinished by a stop or a crash is marked failed by
 * Spring Modulith's staleness check first (spring.modulith.events.staleness), and then comes here. Only
 * failed ones: a publication still queued for a listener thread is not handed over a second time, as
 * resubmitting every incomplete one would.
 */
@Component
class FailedPublications {

    /** At most this many handed back and not yet handled at once: a backlog must not flood the listener threads. */
    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(FailedPublications.class);

    private final FailedEventPublications failed;
    private final GivenUpPublications givenUp;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration after;
    /** The given-up publications the log has told of since the start, so that it tells of each once. */
    private final Set<UUID> told = new HashSet<>();
    private boolean checkedSinceStart;

    FailedPublications(FailedEventPublications failed, GivenUpPublications givenUp, JdbcClient jdbc, Clock clock,
            @Value("${caunoi.events.resubmit-after:PT5M}") Duration after) {
        this.failed = failed;
        this.givenUp = givenUp;
        this.jdbc = jdbc;
        this.clock = clock;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${caunoi.events.resubmit-check:PT1M}", initialDelayString = "${caunoi.events.resubmit-check:PT1M}")
    void resubmit() {
        List<GivenUpPublications.GivenUp> given = givenUp.all();
        tellOfNewlyGivenUp(given);
        Counts counts = counts();
        int room = BATCH - counts.inFlight();
        int failedNow = counts.failed();
        if (room <= 0 || failedNow == 0) {
            return;
        }
        Instant before = clock.instant().minus(after);
        AtomicInteger taken = new AtomicInteger();
        // Modulith reads the failed publications oldest first, as many as the batch size, and filters after
        // reading: the given-up ones, and those tried again too recently, stay failed and would fill a batch
        // of "room" and keep the others from their turn (publications of one transaction share their time, so
        // which ones is left to chance). So the batch reads every failed one, and the filter takes no more
        // than there is room for; the cap on in flight is ours ("room"), not Modulith's.
        // The filter repeats the minimum age, which Modulith 2.1.1's JDBC repository ignores for failed
        // publications (spring-modulith#1942), and waits as long again after each failed attempt.
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(after)
                .withBatchSize(failedNow).withMaxInFlight(BATCH + failedNow)
                .withFilter(publication -> givenUp.withinAttempts(publication.getCompletionAttempts())
                        && publication.getPublicationDate().isBefore(before)
                        && lastAttemptBefore(publication, before)
                        && taken.getAndIncrement() < room));
    }

    /**
     * The failed publications, and those in flight: handed back and not yet handled (the listener threads'
     * queue, and those a crash left behind until the staleness check).
     */
    record Counts(int failed, int inFlight) {
    }

    /** Both counts in one read of the table, as the check runs every minute. */
    Counts counts() {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'FAILED') AS failed,
                               count(*) FILTER (WHERE status = 'RESUBMITTED') AS in_flight
                        FROM event_publication
                        WHERE status IN ('FAILED', 'RESUBMITTED')""")
                .query((row, n) -> new Counts(row.getInt("failed"), row.getInt("in_flight"))).single();
    }

    private static boolean lastAttemptBefore(EventPublication publication, Instant before) {
        Instant last = publication.getLastResubmissionDate();
        return last == null || last.isBefore(before);
    }

    /**
     * One line at WARN for each publication given up, without the stack trace (each failed attempt has
     * logged its error already); after a start, one line for all those given up before it.
     */
    private void tellOfNewlyGivenUp(List<GivenUpPublications.GivenUp> given) {
        if (!checkedSinceStart) {
            checkedSinceStart = true;
            if (!given.isEmpty()) {
                log.warn("{} event publications were given up before this start, each after {} or more failed attempts: "
                        + "an administrator may try them again under /admin/events", given.size(), givenUp.maxAttempts());
            }
        }
        else {
            given.stream().filter(publication -> !told.contains(publication.id()))
                    .forEach(publication -> log.warn("Gave up on event {} for listener {} after {} failed attempts "
                            + "(caunoi.events.max-attempts): no more resubmissions; an administrator may try it again under /admin/events",
                            publication.eventType(), publication.listener(), publication.attempts()));
        }
        told.clear();
        given.forEach(publication -> told.add(publication.id()));
    }
}
