package org.caunoi.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.notifications.MutableClock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's day is the officers' day in Hanoi, not UTC's: between 17:00 and 24:00 UTC it is already tomorrow for
 * them, so a deadline of yesterday is overdue, a check asks about their date, and on New Year's Eve at 01:00 in
 * Hanoi the new year's references and figures begin. The clock moves forward only, test by test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CauNoiApplication.class)
@Import(TheOfficersDayTest.HanoiNight.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TheOfficersDayTest {

    /** 01:30 on 8 December in Hanoi, still 7 December in UTC. */
    static final Instant HALF_PAST_ONE_IN_HANOI = Instant.parse("2026-12-07T18:30:00Z");
    /** 01:00 on 1 January 2027 in Hanoi, still 2026 in UTC. */
    static final Instant NEW_YEAR_IN_HANOI = Instant.parse("2026-12-31T18:00:00Z");
    static final MessageType REQUEST = new MessageType("assistance", "Request");

    @TestConfiguration(proxyBeanMethods = false)
    static class HanoiNight {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(HALF_PAST_ONE_IN_HANOI);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir("officers-day").toString());
        registry.add("caunoi.demo", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    List<MessageHandler> handlers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    @Order(1)
    void aDeadlineOfSevenDecemberIsOverdueAtHalfPastOneOnTheEighthInHanoi() {
        clock.set(HALF_PAST_ONE_IN_HANOI);
        String senderReference = receive(LocalDate.parse("2026-12-07"));

        Map<String, Object> request = received(senderReference, "");
        assertThat(((Number) request.get("daysLeft")).longValue()).as("a day past in Hanoi").isEqualTo(-1);
        assertThat(received(senderReference, "&measure=overdue")).as("listed as overdue").isNotNull();
    }

    @Test
    @Order(2)
    void theLegalBasisCheckAsksAboutTheOfficersDateUnlessTheyTypeOne() {
        clock.set(HALF_PAST_ONE_IN_HANOI);
        var officer = new BrowserSession(port);
        officer.logIn("liaison", "demo");

        assertThat(officer.get("/legal-basis?lang=en")).contains("value=\"08/12/2026\"");
    }

    @Test
    @Order(3)
    void aCaseRecordedAtOneInTheMorningOfNewYearsDayInHanoiTakesTheNewYearsReference() {
        clock.set(NEW_YEAR_IN_HANOI);
        var created = HubClient.as(port, "investigator").postJson("/api/enforcement/cases", """
                {"date": "2026-12-30", "place": "VNHPH", "category": "drugs", "hsCode": "293945",
                 "description": "Methamphetamine hidden in tea packages, %s",
                 "quantity": {"value": 3.5, "unit": "kg"}}""".formatted(UUID.randomUUID()));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(created.body(), "$.reference")).startsWith("VN-2027-");
    }

    @Test
    @Order(4)
    void aRequestReceivedAtOneInTheMorningOfNewYearsDayInHanoiIsCountedInTheNewYear() {
        clock.set(NEW_YEAR_IN_HANOI);
        String senderReference = receive(LocalDate.parse("2027-02-01"));

        Map<String, Object> request = received(senderReference, "&year=2027");
        assertThat(request).as("listed in 2027").isNotNull();
        assertThat((String) request.get("reference")).startsWith("VN-AR-2027-");
        assertThat(received(senderReference, "&year=2026")).as("not in 2026").isNull();
        String figures = HubClient.as(port, "supervisor").get("/api/assistance/figures?year=2027").body();
        assertThat(((Number) JsonPath.read(figures, "$.perPartner.HK.received")).longValue()).isPositive();
        assertThat(HubClient.as(port, "supervisor").get("/api/assistance/requests?direction=in&year=2027&partner=HK")
                .headers().firstValue("X-Total-Count")).as("the list behind the figure").contains(
                        Long.toString(((Number) JsonPath.read(figures, "$.perPartner.HK.received")).longValue()));
    }

    /** A request from Hong Kong's hub, received now, handed to the module's own handler; its sender's reference. */
    private String receive(LocalDate deadline) {
        String senderReference = "HK-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] payload = """
                {"reference": "%s", "kind": "verification-of-value", "subject": "undervaluation", "purpose": "investigation",
                 "questions": "Which value was declared for the tea packages?", "deadline": "%s"}"""
                .formatted(senderReference, deadline).getBytes(StandardCharsets.UTF_8);
        MessageHandler handler = handlers.stream().filter(h -> h.type().equals(REQUEST)).findFirst().orElseThrow();
        var message = new ReceivedMessage(UUID.randomUUID() + "@hk.caunoi", "HK", REQUEST,
                DataCategory.ASSISTANCE_REQUEST, Purpose.INVESTIGATION, "application/json", payload, clock.instant(),
                Threading.NONE);
        transactions.executeWithoutResult(status -> handler.handle(message));
        return senderReference;
    }

    /** The received request of that sender's reference as the list with those filters shows it, or null. */
    private Map<String, Object> received(String senderReference, String filters) {
        List<Map<String, Object>> found = JsonPath.read(HubClient.as(port, "admin")
                .get("/api/assistance/requests?direction=in&partner=HK" + filters).body(),
                "$[?(@.senderReference == '" + senderReference + "')]");
        return found.isEmpty() ? null : found.getFirst();
    }
}
