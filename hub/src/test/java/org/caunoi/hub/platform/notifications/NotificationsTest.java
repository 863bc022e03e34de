package org.caunoi.hub.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.attachments.AttachmentPurpose;
import org.caunoi.hub.platform.attachments.AttachmentStored;
import org.caunoi.hub.platform.attachments.Attachments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform module alone on its own embedded PostgreSQL, with a real SMTP server (GreenMail) and
 * a clock the test moves: notifications in the hub and by e-mail, reminders, and the module events.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({NotificationsTest.MovableTime.class, NotificationsTest.BellPage.class})
class NotificationsTest {

    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    /** Started before the hub, which needs its port; a free port, since other builds may run beside this one. */
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(START);
        }
    }

    /** A page with nothing but the bell, as the layout will include it. */
    @Controller
    static class BellPage {
        @GetMapping("/test/bell")
        String bell() {
            return "platform/notifications :: bell";
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir("notifications").toString());
        registry.add("caunoi.demo", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("caunoi.notifications.base-url", () -> "https://caunoi.customs.gov.vn/");
        registry.add("caunoi.notifications.reminder-check", () -> "PT0.1S");
    }

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    Reminders reminders;

    @Autowired
    Attachments attachments;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock hubClock;

    @Autowired
    EventPublicationRegistry publications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FailedEventPublications failedPublications;

    @Test
    void theHubRunsOnTheMovableClock() {
        assertThat(hubClock.instant()).isEqualTo(clock.instant());
    }

    @Test
    void anOfficerSeesTheirNotificationInTheirLanguageUnreadUntilMarkedRead() {
        long id = notifications.notify("liaison", "platform.audit.intact", List.of("42"), "/admin/audit").id();
        HubClient liaison = HubClient.as(port, "liaison");

        String english = liaison.get("/api/notifications", "en").body();
        assertThat(JsonPath.<Integer>read(english, "$.unread")).isEqualTo(1);
        assertThat(JsonPath.<String>read(english, "$.notifications[0].text")).isEqualTo("The audit chain is intact: 42 entries checked.");
        assertThat(JsonPath.<String>read(english, "$.notifications[0].link")).isEqualTo("/admin/audit");
        assertThat(JsonPath.<String>read(liaison.get("/api/notifications", "vi").body(), "$.notifications[0].text"))
                .startsWith("Chuỗi nhật ký");

        assertThat(liaison.post("/api/notifications/" + id + "/read", "application/json", new byte[0]).statusCode()).isEqualTo(204);
        assertThat(JsonPath.<Integer>read(liaison.get("/api/notifications").body(), "$.unread")).isZero();
        assertThat(JsonPath.<Boolean>read(liaison.get("/api/notifications").body(), "$.notifications[0].read")).isTrue();
    }

    @Test
    void anOfficerCannotMarkAnotherOfficersNotificationRead() {
        long id = notifications.notify("supervisor", "platform.audit.intact", List.of("1"), null).id();

        var answer = HubClient.as(port, "viewer").post("/api/notifications/" + id + "/read", "application/json", new byte[0]);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(notifications.unreadCount("supervisor")).isEqualTo(1);
    }

    @Test
    void aLinkLeadsOnlyInsideTheHub() {
        assertThat(notifications.notify("linked-" + UUID.randomUUID(), "platform.audit.intact", List.of("1"), "/").link())
                .isEqualTo("/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.notify("viewer", "platform.audit.intact",
                List.of("1"), "//evil.example/phish")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.notify("viewer", "platform.audit.intact",
                List.of("1"), "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBellPanelListsTheSignedInOfficersNotifications() {
        notifications.notify("investigator", "platform.audit.intact", List.of("77"), "/admin/audit");
        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");

        String panel = browser.get("/notifications/panel?lang=en");

        assertThat(panel).contains("The audit chain is intact: 77 entries checked.").contains("Mark as read")
                .doesNotContain("<html");
    }

    @Test
    void theBellShowsTheSignedInOfficersUnreadCount() {
        notifications.notify("viewer", "platform.audit.intact", List.of("1"), null);
        notifications.notify("viewer", "platform.audit.intact", List.of("2"), null);
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        String bell = browser.get("/test/bell?lang=en");

        assertThat(bell).contains("id=\"notification-count\">2<").contains("aria-label=\"2 unread\"")
                .contains("hx-get=\"/notifications/panel\"");
    }

    @Test
    void anEmailGoesToAnOfficerWithAnAddressInTheOfficersLanguage() throws Exception {
        notifications.setPreferences("admin", "admin@customs.gov.vn", "en");
        notifications.setPreferences("analyst", null, "vi");

        notifications.notify("analyst", "platform.audit.intact", List.of("5"), null);
        notifications.notify("admin", "platform.audit.intact", List.of("9"), "/admin/audit");

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length >= 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("admin@customs.gov.vn");
        assertThat(mail.getSubject()).isEqualTo("CauNoi: The audit chain is intact: 9 entries checked.");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://caunoi.customs.gov.vn/admin/audit");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aReminderIsDeliveredOnceWhenTheClockReachesItsTime() {
        String officer = "reminded-" + UUID.randomUUID();
        reminders.remind(officer, clock.instant().plus(Duration.ofDays(2)), "platform.audit.intact", List.of("3"), null);

        assertThat(reminders.deliverDue()).isZero();
        assertThat(notifications.unreadCount(officer)).isZero();

        clock.advance(Duration.ofDays(2));

        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unreadCount(officer) == 1);
        assertThat(reminders.deliverDue()).isZero();
        assertThat(notifications.recent(officer, 10)).singleElement()
                .satisfies(n -> assertThat(n.createdAt()).isEqualTo(clock.instant()));
    }

    @Test
    void aNotificationRequestedByAnotherModuleReachesTheOfficer(Scenario scenario) {
        String officer = "requested-" + UUID.randomUUID();

        scenario.publish(new NotificationRequested(officer, "platform.audit.intact", List.of("8"), "/admin/audit"))
                .andWaitForStateChange(() -> notifications.unreadCount(officer), count -> count == 1)
                .andVerify(count -> assertThat(notifications.recent(officer, 1).getFirst().args()).containsExactly("8"));
    }

    @Test
    void aRequestTheListenerCannotHandleStaysInTheRegistryAsFailed() {
        String officer = "failed-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> events.publishEvent(
                new NotificationRequested(officer, "Not a message key", List.of(), null)));

        await().atMost(Duration.ofSeconds(10)).until(() -> publications.findIncompletePublications().stream()
                .anyMatch(publication -> publication.getEvent() instanceof NotificationRequested request
                        && request.officer().equals(officer) && publication.getStatus() == EventPublication.Status.FAILED));
        assertThat(notifications.unreadCount(officer)).isZero();
    }

    @Test
    void aRequestHandedBackAfterItWasDeliveredNotifiesNobodyAgain() {
        String officer = "twice-" + UUID.randomUUID();
        var request = new NotificationRequested(officer, "platform.audit.intact", List.of("5"), "/admin/audit");
        transactions.executeWithoutResult(status -> events.publishEvent(request));
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unreadCount(officer) == 1);

        // The notification committed but the registry did not see it completed (a crash between the two):
        // the publication is failed, and handed back as the schedule would.
        var listener = PublicationTargetIdentifier.of(
                NotificationRequests.class.getName() + ".on(" + NotificationRequested.class.getName() + ")");
        publications.store(request, Stream.of(listener));
        publications.markFailed(request, listener);
        failedPublications.resubmit(ResubmissionOptions.defaults().withFilter(publication ->
                publication.getEvent() instanceof NotificationRequested handedBack && handedBack.id().equals(request.id())));

        await().atMost(Duration.ofSeconds(10)).until(() -> publications.findIncompletePublications().stream()
                .noneMatch(publication -> publication.getEvent() instanceof NotificationRequested pending
                        && pending.id().equals(request.id())));
        assertThat(notifications.unreadCount(officer)).isEqualTo(1);
    }

    @Test
    void storingAnAttachmentPublishesTheFact(Scenario scenario) {
        String owner = "seizure-" + UUID.randomUUID();

        scenario.stimulate(() -> attachments.store("enforcement", owner, AttachmentPurpose.DOCUMENT, "report.pdf",
                        "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .andWaitForEventOfType(AttachmentStored.class)
                .matching(event -> event.ownerId().equals(owner))
                .toArriveAndVerify(event -> assertThat(event.purpose()).isEqualTo(AttachmentPurpose.DOCUMENT));
    }
}
