package org.caunoi.hub.platform.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes event publications completed longer ago than caunoi.events.keep-completed (a week), by the
 * hub's clock: every event leaves a row, and the table would otherwise grow with every one.
 */
@Component
class CompletedPublications {

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedPublications(CompletedEventPublications completed, @Value("${caunoi.events.keep-completed:P7D}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "${caunoi.events.purge-check:PT1H}", initialDelayString = "PT5M")
    void purge() {
        completed.deletePublicationsOlderThan(keep);
    }
}
