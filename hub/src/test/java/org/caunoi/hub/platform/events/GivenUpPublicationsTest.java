package org.caunoi.hub.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A publication whose listener always fails is handed back until it has failed caunoi.events.max-attempts
 * times (three here), then no more: the log says so once, monitoring counts it, and an administrator sees it
 * on the screen and tries it again by hand, which, once the listener is fixed, completes it.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ModuleEventsTestBase.MovableClock.class, GivenUpPublicationsTest.Listeners.class})
@ExtendWith(OutputCaptureExtension.class)
class GivenUpPublicationsTest extends ModuleEventsTestBase {

    static final int MAX_ATTEMPTS = 3;
    static final Duration PAST_RESUBMIT_AFTER = Duration.ofMinutes(6);
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    public record RecordRefused(String reference) {
    }

    /** Fails until the test fixes it, as a listener with a bug does until the fix is deployed. */
    static class BrokenListener {
        final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        final Set<String> handled = ConcurrentHashMap.newKeySet();
        final AtomicBoolean fixed = new AtomicBoolean();

        @ModuleListener
        void on(RecordRefused event) {
            attempts.merge(event.reference(), 1, Integer::sum);
            if (!fixed.get()) {
                throw new IllegalStateException("the register refused record " + event.reference());
            }
            handled.add(event.reference());
        }

        int attempts(String reference) {
            return attempts.getOrDefault(reference, 0);
        }

        boolean handled(String reference) {
            return handled.contains(reference);
        }

        void fix() {
            fixed.set(true);
        }
    }

    public record Backlogged(int n) {
    }

    /** Always fails on the events before {@link #FAILS_ONCE_FROM}; from there on, fails once and then succeeds. */
    static class BacklogListener {
        static final int FAILS_ONCE_FROM = FailedPublications.BATCH + 5;
        final Map<Integer, Integer> attempts = new ConcurrentHashMap<>();
        final Set<Integer> handled = ConcurrentHashMap.newKeySet();

        @ModuleListener
        void on(Backlogged event) {
            int attempt = attempts.merge(event.n(), 1, Integer::sum);
            if (event.n() < FAILS_ONCE_FROM || attempt == 1) {
                throw new IllegalStateException("backlog event " + event.n() + " refused");
            }
            handled.add(event.n());
        }

        int attempts(int n) {
            return attempts.getOrDefault(n, 0);
        }

        boolean handled(int n) {
            return handled.contains(n);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {
        @Bean
        BrokenListener brokenListener() {
            return new BrokenListener();
        }

        @Bean
        BacklogListener backlogListener() {
            return new BacklogListener();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        platformHub(registry, "given-up-events", "PT0.2S");
        registry.add("caunoi.events.max-attempts", () -> String.valueOf(MAX_ATTEMPTS));
    }

    @LocalServerPort
    int port;

    @Autowired
    BrokenListener listener;

    @Autowired
    AuditTrail audit;

    @Autowired
    BacklogListener backlog;

    @Test
    void aPublicationIsGivenUpAfterMaxAttemptsThenTriedAgainByAnAdministratorUntilItCompletes(CapturedOutput output) {
        String reference = "refused-" + UUID.randomUUID();
        publish(new RecordRefused(reference));

        awaitFailedAfter(reference, 1);
        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
            clock.advance(PAST_RESUBMIT_AFTER);
            awaitFailedAfter(reference, attempt);
        }
        // Old enough for the schedule (every 0.2 s) twice over, and still not handed back.
        clock.advance(PAST_RESUBMIT_AFTER.multipliedBy(2));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> listener.attempts(reference) == MAX_ATTEMPTS);
        assertThat(publication(reference).map(EventPublication::getStatus)).contains(EventPublication.Status.FAILED);
        UUID id = publication(reference).orElseThrow().getIdentifier();

        String givenUpLine = "Gave up on event " + RecordRefused.class.getName() + " for listener";
        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains(givenUpLine));
        assertThat(output.getOut().lines().filter(line -> line.contains(givenUpLine)))
                .singleElement().asString().contains("WARN", "BrokenListener", "after " + MAX_ATTEMPTS + " failed attempts");

        // Each failed attempt: Modulith's line naming the listener, no stack trace.
        assertThat(output.getOut().lines().filter(line -> line.contains("Invocation of listener") && line.contains(reference)))
                .hasSize(MAX_ATTEMPTS);
        assertThat(output.getOut()).doesNotContain("the register refused record " + reference + "\n\tat ")
                .doesNotContain("invoking async method: void " + BrokenListener.class.getName());

        // Monitoring: the hub's health turns WARNING (still answered with 200), and the gauge counts it.
        var health = HubClient.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"WARNING\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> HubClient.as(port, "admin").get("/actuator/prometheus").body()
                .matches("(?s).*\\ncaunoi_events_given_up [1-9][0-9]*\\.0\\n.*"));

        BrowserSession admin = new BrowserSession(port);
        admin.logIn("admin", "demo");
        assertThat(admin.get("/admin/events?lang=en")).contains("Events given up", "publication-" + id, RecordRefused.class.getName(),
                "BrokenListener", "Try again");
        assertThat(admin.get("/admin/events?lang=vi")).contains("Sự kiện đã ngừng xử lý", "publication-" + id, "Thử lại");

        // Tried again while the fault is still there: one more attempt, and it stays given up.
        assertThat(tryAgain(admin, id).headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin/events"));
        awaitFailedAfter(reference, MAX_ATTEMPTS + 1);
        assertThat(admin.get("/admin/events?lang=en")).contains("publication-" + id);

        listener.fix();
        tryAgain(admin, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.handled(reference));
        await().atMost(Duration.ofSeconds(10)).until(() -> publication(reference).isEmpty());
        assertThat(completed.findAll()).anyMatch(publication -> publication.getIdentifier().equals(id));
        assertThat(admin.get("/admin/events?lang=en")).doesNotContain("publication-" + id);
        assertThat(audit.search("admin", "event-publication", "EVENT_RESUBMITTED", null, 10))
                .filteredOn(entry -> id.toString().equals(entry.recordId())).hasSize(2);
    }

    @Test
    void publicationsGivenUpBeyondABatchKeepNoNewerFailedOneFromItsTurn() {
        int givenUp = BacklogListener.FAILS_ONCE_FROM;
        transactions.executeWithoutResult(status -> IntStream.range(0, givenUp).forEach(n -> events.publishEvent(new Backlogged(n))));
        awaitBacklogFailedAfter(givenUp, 1);
        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
            clock.advance(PAST_RESUBMIT_AFTER);
            awaitBacklogFailedAfter(givenUp, attempt);
        }

        // More given up than Modulith reads in a batch, all older than this one, which fails once.
        publish(new Backlogged(givenUp));
        await().atMost(Duration.ofSeconds(10)).until(() -> backlog.attempts(givenUp) == 1 && backlogFailed(1) == givenUp + 1);
        clock.advance(PAST_RESUBMIT_AFTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> backlog.handled(givenUp));
        assertThat(IntStream.range(0, givenUp).map(backlog::attempts)).as("the given-up ones, not handed back").containsOnly(MAX_ATTEMPTS);
    }

    private void awaitBacklogFailedAfter(int events, int attempts) {
        await().atMost(Duration.ofSeconds(30)).until(() -> backlogFailed(attempts) == events);
    }

    /** Backlogged publications failed, with at least this many attempts. */
    private long backlogFailed(int attempts) {
        return publications.findIncompletePublications().stream()
                .filter(publication -> publication.getEvent() instanceof Backlogged)
                .filter(publication -> publication.getStatus() == EventPublication.Status.FAILED && publication.getCompletionAttempts() >= attempts)
                .count();
    }

    @Test
    void onlyAnAdministratorSeesTheGivenUpPublicationsOrTriesOneAgainOrDiscardsOne() {
        for (String officer : new String[] {"viewer", "supervisor", "investigator"}) {
            BrowserSession session = new BrowserSession(port);
            session.logIn(officer, "demo");
            assertThat(session.status("/admin/events")).as(officer).isEqualTo(403);
            var post = session.send("POST", "/admin/events/" + UUID.randomUUID() + "/try-again",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), "_csrf=" + encode(csrfTokenOf(session.get("/account/password"))));
            assertThat(post.statusCode()).as(officer).isEqualTo(403);
            var discard = session.send("POST", "/admin/events/" + UUID.randomUUID() + "/discard",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    "reason=mine&_csrf=" + encode(csrfTokenOf(session.get("/account/password"))));
            assertThat(discard.statusCode()).as(officer).isEqualTo(403);
        }
    }

    private HttpResponse<String> tryAgain(BrowserSession admin, UUID id) {
        String token = csrfTokenOf(admin.get("/admin/events"));
        var answer = admin.send("POST", "/admin/events/" + id + "/try-again", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "_csrf=" + encode(token));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return answer;
    }

    private void awaitFailedAfter(String reference, int attempts) {
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts(reference) == attempts
                && publication(reference).map(EventPublication::getStatus).filter(EventPublication.Status.FAILED::equals).isPresent());
        assertThat(publication(reference).orElseThrow().getCompletionAttempts()).isEqualTo(attempts);
    }

    private Optional<EventPublication> publication(String reference) {
        return unfinished(event -> event instanceof RecordRefused refused && refused.reference().equals(reference));
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
