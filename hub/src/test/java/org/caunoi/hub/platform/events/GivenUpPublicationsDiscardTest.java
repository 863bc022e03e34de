package org.caunoi.hub.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A given-up publication is discarded by an administrator who says why, or by the schedule once its last
 * attempt is older than caunoi.events.keep-given-up-days (90 days by default); a publication that is merely
 * failed (the schedule still hands it back) or in a listener's hands is never discarded. The resubmission
 * schedule is left to wait an hour: the test hands failed ones back itself, so none is tried behind its back,
 * and so it also checks what the schedule counts before it hands any back.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ModuleEventsTestBase.MovableClock.class, GivenUpPublicationsDiscardTest.Listeners.class})
class GivenUpPublicationsDiscardTest extends ModuleEventsTestBase {

    static final int MAX_ATTEMPTS = 2;
    static final Duration PAST_RESUBMIT_AFTER = Duration.ofMinutes(6);
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    public record Refused(String reference) {
    }

    public record Held(String reference) {
    }

    /** Always fails, as a listener with a fault does. */
    static class RefusingListener {
        final Map<String, Integer> attempts = new ConcurrentHashMap<>();

        @ModuleListener
        void on(Refused event) {
            attempts.merge(event.reference(), 1, Integer::sum);
            throw new IllegalStateException("refused " + event.reference());
        }
    }

    /**
     * Holds each event until the test lets it go: a publication in a listener's hands, and, with every listener
     * thread holding one, others waiting in the queue. (Read through methods: the bean is a proxy.)
     */
    static class HoldingListener {
        volatile CountDownLatch letGo = new CountDownLatch(1);
        final Set<String> holding = ConcurrentHashMap.newKeySet();
        final Set<String> handled = ConcurrentHashMap.newKeySet();

        @ModuleListener
        void on(Held event) throws InterruptedException {
            CountDownLatch until = letGo;
            holding.add(event.reference());
            try {
                if (until.await(1, TimeUnit.MINUTES)) {
                    handled.add(event.reference());
                }
            }
            finally {
                holding.remove(event.reference());
            }
        }

        void hold() {
            letGo = new CountDownLatch(1);
        }

        void letGo() {
            letGo.countDown();
        }

        int holding() {
            return holding.size();
        }

        boolean handled(String reference) {
            return handled.contains(reference);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {
        @Bean
        RefusingListener refusingListener() {
            return new RefusingListener();
        }

        @Bean
        HoldingListener holdingListener() {
            return new HoldingListener();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        platformHub(registry, "discarded-events", "PT1H");
        registry.add("caunoi.events.max-attempts", () -> String.valueOf(MAX_ATTEMPTS));
    }

    @LocalServerPort
    int port;

    @Autowired
    FailedPublications failedPublications;

    @Autowired
    GivenUpPublications givenUpPublications;

    @Autowired
    HoldingListener holding;

    @Autowired
    AuditTrail audit;

    @Value("${caunoi.events.listener-threads:3}")
    int listenerThreads;

    @Test
    void theCheckCountsFailedPublicationsAndThoseHandedBackAndNotYetTakenAsTheRegistryHasThem() {
        FailedPublications.Counts before = failedPublications.counts();
        assertThat(before).isEqualTo(registryCounts());
        String reference = "counted-" + UUID.randomUUID();
        failedOnce(reference);
        assertThat(failedPublications.counts()).isEqualTo(registryCounts())
                .isEqualTo(new FailedPublications.Counts(before.failed() + 1, before.inFlight()));

        holding.hold();
        try {
            List<String> held = IntStream.range(0, listenerThreads).mapToObj(n -> "busy-" + n + "-" + UUID.randomUUID()).toList();
            held.forEach(busy -> publish(new Held(busy)));
            await().atMost(Duration.ofSeconds(10)).until(() -> holding.holding() == listenerThreads);

            clock.advance(PAST_RESUBMIT_AFTER);
            failedPublications.resubmit();

            assertThat(refused(reference).map(EventPublication::getStatus)).as("in the queue, every listener thread busy")
                    .contains(EventPublication.Status.RESUBMITTED);
            FailedPublications.Counts handedBack = failedPublications.counts();
            assertThat(handedBack).isEqualTo(registryCounts());
            assertThat(handedBack.inFlight()).isPositive();
            assertThat(handedBack.failed() + handedBack.inFlight()).isEqualTo(before.failed() + 1 + before.inFlight());
        }
        finally {
            holding.letGo();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> failedAfter(reference, 2));
        assertThat(failedPublications.counts()).isEqualTo(registryCounts());
    }

    /** The counts as Modulith's registry reads its own table. */
    private FailedPublications.Counts registryCounts() {
        var statuses = publications.findIncompletePublications().stream().map(EventPublication::getStatus).toList();
        return new FailedPublications.Counts(
                (int) statuses.stream().filter(EventPublication.Status.FAILED::equals).count(),
                (int) statuses.stream().filter(EventPublication.Status.RESUBMITTED::equals).count());
    }

    @Test
    void anAdministratorDiscardsAGivenUpPublicationSayingWhyAndNeverOneStillHandedBack() {
        UUID givenUp = givenUp("discard-" + UUID.randomUUID());
        UUID failedOnce = failedOnce("failed-once-" + UUID.randomUUID());
        BrowserSession admin = new BrowserSession(port);
        admin.logIn("admin", "demo");
        assertThat(admin.get("/admin/events?lang=en")).contains("publication-" + givenUp, "Discard", "Reason")
                .doesNotContain("publication-" + failedOnce);
        assertThat(admin.get("/admin/events?lang=vi")).contains("publication-" + givenUp, "Loại bỏ", "Lý do");

        discard(admin, givenUp, "   ");
        assertThat(admin.get("/admin/events?lang=en")).as("without a reason: refused, saying what to do")
                .contains("Say why the event is discarded, in 1 to 300 characters");
        assertThat(stillThere(givenUp)).isTrue();

        discard(admin, failedOnce, "not needed");
        assertThat(admin.get("/admin/events?lang=vi")).contains("không có trong danh sách sự kiện đã ngừng xử lý");
        assertThat(stillThere(failedOnce)).as("merely failed: the schedule still hands it back").isTrue();

        String reason = "duplicate of a seizure already recorded " + UUID.randomUUID();
        discard(admin, givenUp, reason);
        assertThat(admin.get("/admin/events?lang=en")).contains("The event is discarded").doesNotContain("publication-" + givenUp);
        assertThat(stillThere(givenUp)).isFalse();
        assertThat(completed.findAll()).noneMatch(publication -> publication.getIdentifier().equals(givenUp));
        assertThat(audit.search("admin", "event-publication", "EVENT_DISCARDED", null, 10))
                .filteredOn(entry -> givenUp.toString().equals(entry.recordId())).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains(reason, RefusingListener.class.getSimpleName()));
        assertThat(audit.search("admin", "event-publication", "EVENT_DISCARDED", null, 10))
                .noneMatch(entry -> failedOnce.toString().equals(entry.recordId()));
    }

    @Test
    void theScheduleDiscardsGivenUpPublicationsPastTheKeptDaysButNoneFailedOrInAListenersHands() {
        UUID givenUp = givenUp("expired-" + UUID.randomUUID());
        UUID failedOnce = failedOnce("kept-failed-" + UUID.randomUUID());
        holding.hold();
        String heldReference = "held-" + UUID.randomUUID();
        publish(new Held(heldReference));
        await().atMost(Duration.ofSeconds(10)).until(() -> unfinished(event -> event.equals(new Held(heldReference))).isPresent());
        UUID held = unfinished(event -> event.equals(new Held(heldReference))).orElseThrow().getIdentifier();
        try {
            clock.advance(Duration.ofDays(89));
            givenUpPublications.discardExpired();
            assertThat(stillThere(givenUp)).as("last attempt 89 days ago: kept").isTrue();

            clock.advance(Duration.ofDays(2));
            long entriesBefore = audit.count("system", "event-publication", "GIVEN_UP_EVENTS_DISCARDED");
            int discarded = givenUpPublications.discardExpired();

            assertThat(discarded).isPositive();
            assertThat(stillThere(givenUp)).as("last attempt 91 days ago: discarded").isFalse();
            assertThat(stillThere(failedOnce)).as("merely failed, however old").isTrue();
            assertThat(stillThere(held)).as("in a listener's hands, however old").isTrue();
            assertThat(audit.count("system", "event-publication", "GIVEN_UP_EVENTS_DISCARDED")).as("one entry for the run")
                    .isEqualTo(entriesBefore + 1);
            assertThat(audit.search("system", "event-publication", "GIVEN_UP_EVENTS_DISCARDED", null, 1).getFirst().details())
                    .contains("\"" + discarded + "\"", "\"90\"");
            assertThat(givenUpPublications.discardExpired()).as("nothing more to discard, and no entry for it").isZero();
            assertThat(audit.count("system", "event-publication", "GIVEN_UP_EVENTS_DISCARDED")).isEqualTo(entriesBefore + 1);
        }
        finally {
            holding.letGo();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> holding.handled(heldReference) && !stillThere(held));
    }

    @Test
    void theStalenessCheckSaysNothingAtInfoButStillWarns() {
        var registryLog = LoggerFactory.getLogger(DefaultEventPublicationRegistry.class);

        assertThat(registryLog.isInfoEnabled()).as("'No stale publications of status … found', three lines a minute").isFalse();
        assertThat(registryLog.isWarnEnabled()).isTrue();
    }

    /** A publication whose listener failed {@link #MAX_ATTEMPTS} times, handed back by the schedule in between. */
    private UUID givenUp(String reference) {
        UUID id = failedOnce(reference);
        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
            clock.advance(PAST_RESUBMIT_AFTER);
            failedPublications.resubmit();
            int after = attempt;
            await().atMost(Duration.ofSeconds(10)).until(() -> failedAfter(reference, after));
        }
        assertThat(givenUpPublications.all()).extracting(GivenUpPublications.GivenUp::id).contains(id);
        return id;
    }

    /** A publication whose listener failed once: the schedule would hand it back. */
    private UUID failedOnce(String reference) {
        publish(new Refused(reference));
        await().atMost(Duration.ofSeconds(10)).until(() -> failedAfter(reference, 1));
        return refused(reference).orElseThrow().getIdentifier();
    }

    private boolean failedAfter(String reference, int attempts) {
        return refused(reference).filter(publication -> publication.getStatus() == EventPublication.Status.FAILED
                && publication.getCompletionAttempts() == attempts).isPresent();
    }

    private Optional<EventPublication> refused(String reference) {
        return unfinished(event -> event.equals(new Refused(reference)));
    }

    private boolean stillThere(UUID id) {
        return publications.findIncompletePublications().stream().anyMatch(publication -> publication.getIdentifier().equals(id));
    }

    private void discard(BrowserSession admin, UUID id, String reason) {
        HttpResponse<String> answer = admin.send("POST", "/admin/events/" + id + "/discard",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "reason=" + encode(reason) + "&_csrf=" + encode(csrfTokenOf(admin.get("/admin/events"))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin/events"));
    }

    private static String csrfTokenOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
