package org.caunoi.hub.platform.events;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.notifications.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the module events tests share: a hub of the platform alone with its own data directory, a clock
 * that stands still until the test moves it (the schedule's "old enough" and the retention's days read
 * it), and a look into Modulith's registry. A test class imports {@link MovableClock} with its listeners.
 */
abstract class ModuleEventsTestBase {

    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(START);
        }
    }

    /** A demo hub in a data directory of its own, the resubmission schedule checking every {@code resubmitCheck}. */
    static void platformHub(DynamicPropertyRegistry registry, String dataDirName, String resubmitCheck) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir(dataDirName).toString());
        registry.add("caunoi.demo", () -> "true");
        registry.add("caunoi.events.resubmit-check", () -> resubmitCheck);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventPublicationRegistry publications;

    @Autowired
    CompletedEventPublications completed;

    @Autowired
    MutableClock clock;

    /** Publishes in a transaction, as a module's service does: its listeners run after the commit. */
    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** The unfinished publication of the first event that matches, as the registry has it now. */
    Optional<EventPublication> unfinished(Predicate<Object> event) {
        return publications.findIncompletePublications().stream().filter(publication -> event.test(publication.getEvent()))
                .map(EventPublication.class::cast).findFirst();
    }

    long unfinishedOf(Class<?> type) {
        return publications.findIncompletePublications().stream().filter(publication -> type.isInstance(publication.getEvent()))
                .count();
    }

    long completedOf(Class<?> type) {
        return completed.findAll().stream().filter(publication -> type.isInstance(publication.getEvent())).count();
    }
}
