package org.caunoi.hub.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed (a database hiccup, a bug fixed since) back to their
 * listener, a batch at a time, until it succeeds. A publication left unfinished by a stop or a crash is
 * marked failed by Spring Modulith's staleness check first (spring.modulith.events.staleness), and then
 * comes here. Only failed ones: a publication still queued for a listener thread is not handed over a
 * second time, as resubmitting every incomplete one would.
 */
@Component
class FailedPublications {

    /** At most this many handed back and not yet handled at once: a backlog must not flood the listener threads. */
    static final int BATCH = 100;

    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration after;

    FailedPublications(FailedEventPublications failed, Clock clock,
            @Value("${caunoi.events.resubmit-after:PT5M}") Duration after) {
        this.failed = failed;
        this.clock = clock;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${caunoi.events.resubmit-check:PT1M}", initialDelayString = "${caunoi.events.resubmit-check:PT1M}")
    void resubmit() {
        Instant before = clock.instant().minus(after);
        // The filter repeats the minimum age, which Modulith 2.1.1's JDBC repository ignores for failed
        // publications (spring-modulith#1942), and waits as long again after each failed attempt.
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(after).withBatchSize(BATCH).withMaxInFlight(BATCH)
                .withFilter(publication -> publication.getPublicationDate().isBefore(before)
                        && lastAttemptBefore(publication, before)));
    }

    private static boolean lastAttemptBefore(EventPublication publication, Instant before) {
        Instant last = publication.getLastResubmissionDate();
        return last == null || last.isBefore(before);
    }
}
