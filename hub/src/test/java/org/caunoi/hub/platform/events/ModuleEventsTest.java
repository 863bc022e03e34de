package org.caunoi.hub.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Module events on the platform alone, with a small connection pool that gives up quickly: a flood is
 * handled in full on the few listener threads, and a publication whose listener failed is handed back
 * by the schedule once it is old enough, then handled.
 */
@ApplicationModuleTest
@Import({ModuleEventsTestBase.MovableClock.class, ModuleEventsTest.Listeners.class})
class ModuleEventsTest extends ModuleEventsTestBase {

    private static final Logger log = LoggerFactory.getLogger(ModuleEventsTest.class);

    static final int FLOOD = 2_000;

    public record Flooded(int n) {
    }

    public record Flaky(String name) {
    }

    /**
     * Each event holds a connection a moment, as a listener's writes do, and counts who runs at once.
     * (Read through methods: the bean is a proxy, its own fields empty.)
     */
    static class FloodListener {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Set<Integer> handled = ConcurrentHashMap.newKeySet();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final JdbcClient jdbc;

        FloodListener(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @ModuleListener
        void on(Flooded event) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                threads.add(Thread.currentThread().getName());
                jdbc.sql("SELECT 1 FROM pg_sleep(0.002)").query(Integer.class).single();
                handled.add(event.n());
            }
            finally {
                running.decrementAndGet();
            }
        }

        int handled() {
            return handled.size();
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        Set<String> threads() {
            return Set.copyOf(threads);
        }
    }

    /** Fails the first time, as a listener does when the database hiccups. */
    static class FlakyListener {
        final AtomicInteger attempts = new AtomicInteger();
        final Set<String> handled = ConcurrentHashMap.newKeySet();

        @ModuleListener
        void on(Flaky event) {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the database did not answer");
            }
            handled.add(event.name());
        }

        Set<String> handled() {
            return Set.copyOf(handled);
        }

        int attempts() {
            return attempts.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {
        @Bean
        FloodListener floodListener(JdbcClient jdbc) {
            return new FloodListener(jdbc);
        }

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        platformHub(registry, "module-events", "PT0.2S");
        // A pool a flood with a connection per event would empty: the test fails on "connection is not available".
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "250");
    }

    @Autowired
    CompletedPublications completedPublications;

    @Autowired
    FloodListener flood;

    @Autowired
    FlakyListener flaky;

    @Test
    void aFloodOfEventsIsHandledInFullOnTheFewListenerThreads() {
        transactions.executeWithoutResult(status -> IntStream.range(0, FLOOD).forEach(n -> events.publishEvent(new Flooded(n))));

        await().atMost(Duration.ofMinutes(2)).until(() -> flood.handled() == FLOOD);
        log.info("{} events handled on {}, at most {} at once", FLOOD, flood.threads(), flood.mostAtOnce());
        assertThat(flood.mostAtOnce()).as("listeners running at once").isBetween(1, 3);
        assertThat(flood.threads()).allMatch(name -> name.startsWith("listener-"));
        // Each completed once its listener returned; none failed.
        await().atMost(Duration.ofSeconds(30)).until(() -> unfinishedOf(Flooded.class) == 0);
        assertThat(completedOf(Flooded.class)).isEqualTo(FLOOD);

        clock.advance(Duration.ofDays(8));
        completedPublications.purge();
        assertThat(completedOf(Flooded.class)).as("completed a week ago, deleted").isZero();
    }

    @Test
    void aPublicationWhoseListenerFailedIsHandedBackOnceOldEnoughAndThenHandled() {
        publish(new Flaky("hiccup"));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(Flaky.class).filter(EventPublication.Status.FAILED::equals).isPresent());
        // The schedule runs every 0.2 s, but the publication is younger than five minutes.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> status(Flaky.class).filter(EventPublication.Status.FAILED::equals).isPresent());
        assertThat(flaky.handled()).isEmpty();

        clock.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(10)).until(() -> flaky.handled().contains("hiccup"));
        await().atMost(Duration.ofSeconds(10)).until(() -> unfinishedOf(Flaky.class) == 0);
        assertThat(flaky.attempts()).isEqualTo(2);
    }

    private Optional<EventPublication.Status> status(Class<?> type) {
        return unfinished(type::isInstance).map(EventPublication::getStatus);
    }
}
