package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.assistance.internal.DeadlineWatch;
import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.notifications.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests on one hub whose clock the test moves, partners' messages handed to the module's own
 * handlers: who may do what, the warnings before and after an inbound request's deadline (N days
 * per unit), an answer to an unknown request, and the year's figures against the records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CauNoiApplication.class)
@Import(AssistanceOnOneHubTest.MovableTime.class)
class AssistanceOnOneHubTest {

    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    static final MessageType REQUEST = new MessageType("assistance", "Request");
    static final MessageType ANSWER = new MessageType("assistance", "Answer");

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(START);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir("assistance").toString());
        registry.add("caunoi.demo", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    List<MessageHandler> handlers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSupervisorIsWarnedNDaysBeforeAnInboundRequestsDeadlineAndAgainOnceItIsOverdue() {
        String reference = receive("HK", "verification-of-value", today().plusDays(20));
        var supervisor = HubClient.as(port, "supervisor");

        clock.advance(Duration.ofDays(14));
        watch.warnDue();
        assertThat(notices(supervisor)).as("six days before, nothing yet").doesNotContain(reference);

        clock.advance(Duration.ofDays(1));
        watch.warnDue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(supervisor).contains(
                "Request for assistance " + inboundReference(reference) + " from HK: the reply deadline is "));
        watch.warnDue();

        clock.advance(Duration.ofDays(6));
        watch.warnDue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(supervisor).contains(
                inboundReference(reference) + " from HK is overdue"));
        assertThat(history(reference)).containsSubsequence("received", "deadline-warning", "overdue-warning")
                .as("each warning once").containsOnlyOnce("deadline-warning", "overdue-warning");
    }

    @Test
    void theDaysOfWarningAreSetPerUnit() {
        assertThat(HubClient.as(port, "liaison").putJson("/api/assistance/warning-days/HTQT?days=10", "").statusCode())
                .isEqualTo(403);
        assertThat(HubClient.as(port, "supervisor").putJson("/api/assistance/warning-days/HTQT?days=10", "").statusCode())
                .isEqualTo(204);
        String reference = receive("CN", "surveillance", today().plusDays(12));

        clock.advance(Duration.ofDays(2));
        watch.warnDue();

        assertThat(history(reference)).contains("deadline-warning");
        HubClient.as(port, "supervisor").putJson("/api/assistance/warning-days/HTQT?days=5", "");
    }

    @Test
    void theYearsFiguresEqualWhatTheRecordsSay() {
        var liaison = HubClient.as(port, "liaison");
        receive("HK", "verification-of-origin", today().plusDays(30));
        receive("HK", "information-on-persons", today().plusDays(1));
        receive("KR", "verification-of-origin", today().plusDays(40));
        String toAnswer = receive("HK", "surveillance", today().plusDays(40));
        long answerId = idOf(toAnswer);
        liaison.postJson("/api/assistance/requests/" + answerId + "/answer", "{\"outcome\": \"answered\", \"text\": \"Done.\"}");
        assertThat(HubClient.as(port, "supervisor").post("/api/assistance/requests/" + answerId + "/approve",
                "application/json", new byte[0]).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(3));

        int year = today().getYear();
        String figures = liaison.get("/api/assistance/figures?year=" + year).body();
        List<Map<String, Object>> records = JsonPath.read(HubClient.as(port, "admin")
                .get("/api/assistance/requests?direction=in").body(), "$[?(@.createdAt =~ /^" + year + "-.*/)]");

        assertThat(records).hasSizeGreaterThanOrEqualTo(4);
        assertThat(expected(records)).as("some answered, some overdue").allMatch(count -> count > 0);
        assertThat(counts(figures, "$")).isEqualTo(expected(records));
        Map<String, List<Map<String, Object>>> byPartner = records.stream()
                .collect(Collectors.groupingBy(r -> (String) r.get("partner")));
        byPartner.forEach((partner, ofPartner) -> assertThat(counts(figures, "$.perPartner." + partner))
                .as(partner).isEqualTo(expected(ofPartner)));
        Map<String, List<Map<String, Object>>> byKind = records.stream()
                .collect(Collectors.groupingBy(r -> (String) r.get("kind")));
        byKind.forEach((kind, ofKind) -> assertThat(counts(figures, "$.perKind['" + kind + "']"))
                .as(kind).isEqualTo(expected(ofKind)));
        assertThat(JsonPath.<Map<String, Object>>read(figures, "$.perPartner")).containsOnlyKeys(byPartner.keySet());

        var session = new BrowserSession(port);
        session.logIn("liaison", "demo");
        String csv = session.get("/assistance/figures/export?year=" + year + "&format=csv");
        List<Long> hk = counts(figures, "$.perPartner.HK");
        assertThat(csv).as("the download says what the page says")
                .contains("HK," + hk.get(0) + "," + hk.get(1) + "," + hk.get(2));
    }

    @Test
    void aYearOutsideWhatTheFiguresCoverIsRefusedNamingTheField() {
        var response = HubClient.as(port, "viewer").get("/api/assistance/figures?year=99");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(response.body(), "$.errors[*].field")).containsExactly("year");
    }

    @ParameterizedTest(name = "{0} drafts a request: {1}")
    @CsvSource({"admin, 201", "liaison, 201", "investigator, 201", "supervisor, 201", "analyst, 403", "viewer, 403"})
    void onlyOfficersWhoWorkOnAssistanceDraftRequests(String officer, int status) {
        var response = HubClient.as(port, officer).postJson("/api/assistance/requests", AssistanceBetweenHubsTest.request("HK", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} sees a request of the investigators'' unit: {1}")
    @CsvSource({"investigator, 200", "admin, 200", "supervisor, 200", "liaison, 404", "viewer, 200", "analyst, 404"})
    void officersSeeTheRequestsOfTheirUnitAndSupervisorsAndAdministratorsSeeAll(String officer, int status) {
        var created = HubClient.as(port, "investigator").postJson("/api/assistance/requests",
                AssistanceBetweenHubsTest.request("HK", null));
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();

        assertThat(HubClient.as(port, officer).get("/api/assistance/requests/" + id).statusCode()).isEqualTo(status);
        List<Integer> listed = JsonPath.read(HubClient.as(port, officer).get("/api/assistance/requests?direction=out").body(),
                "$[*].id");
        assertThat(listed.stream().anyMatch(listedId -> listedId == id)).isEqualTo(status == 200);
    }

    @Test
    void aReceivedRequestGoesToTheInternationalCooperationDepartmentUntilASupervisorAssignsItElsewhere() {
        long id = idOf(receive("HK", "information-on-conveyances", today().plusDays(30)));
        assertThat(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(200);
        assertThat(HubClient.as(port, "investigator").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(404);

        assertThat(HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"DTCBL\", \"officer\": \"investigator\"}").statusCode()).isEqualTo(403);
        var assigned = HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"DTCBL\", \"officer\": \"investigator\"}");

        assertThat((String) JsonPath.read(assigned.body(), "$.assignedOfficer")).isEqualTo("investigator");
        assertThat(HubClient.as(port, "investigator").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(200);
        assertThat(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anAnswerToARequestThisHubDoesNotKnowIsRecordedAsRefusedAndChangesNothing() {
        byte[] payload = """
                {"reference": "HK-AR-1", "requestReference": "VN-AR-2026-999999", "outcome": "answered", "text": "Done."}"""
                .getBytes(StandardCharsets.UTF_8);
        MessageHandler handler = handlers.stream().filter(h -> h.type().equals(ANSWER)).findFirst().orElseThrow();
        assertThat(handler.schema().problemWith(payload)).isEmpty();
        String messageId = UUID.randomUUID() + "@hk.caunoi";
        String before = HubClient.as(port, "admin").get("/api/assistance/requests").body();

        transactions.executeWithoutResult(status -> handler.handle(new ReceivedMessage(messageId, "HK", ANSWER,
                DataCategory.ASSISTANCE_REQUEST, Purpose.VERIFICATION, "application/json", payload, clock.instant(),
                new Threading("no-such-request@vn.caunoi", null, java.util.Set.of()))));

        assertThat(jdbc.sql("SELECT reason FROM assistance.refused_message WHERE message_id = ?").param(messageId)
                .query(String.class).single()).isEqualTo("answers no request of this hub");
        assertThat(HubClient.as(port, "admin").get("/api/assistance/requests").body()).isEqualTo(before);
    }

    @Test
    void aRefusalOrPostponementWithoutAReasonIsRefusedNamingTheField() {
        long id = idOf(receive("HK", "verification-of-documents", today().plusDays(30)));

        for (String outcome : List.of("refused", "postponed")) {
            var response = HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + id + "/answer",
                    "{\"outcome\": \"" + outcome + "\", \"text\": \"\", \"reason\": \"  \"}");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat((List<String>) JsonPath.read(response.body(), "$.errors[*].field")).containsExactly("reason");
        }
        var unknown = HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + id + "/answer",
                "{\"outcome\": \"maybe\", \"text\": \"x\"}");
        assertThat((List<String>) JsonPath.read(unknown.body(), "$.errors[*].field")).containsExactly("outcome");
        assertThat((String) JsonPath.read(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).body(), "$.state"))
                .isEqualTo("received");
    }

    @Test
    void aRequestWithoutItsQuestionsIsRefusedNamingTheField() {
        var response = HubClient.as(port, "liaison").postJson("/api/assistance/requests",
                "{\"partner\": \"HK\", \"kind\": \"surveillance\", \"subject\": \"drugs\", \"purpose\": \"investigation\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(response.body(), "$.errors[*].field")).containsExactly("questions");
    }

    /** Counted here from the records as the list gives them, not by the module's own code. */
    private List<Long> expected(List<Map<String, Object>> records) {
        LocalDate today = today();
        Function<Map<String, Object>, Boolean> overdue = r -> List.of("received", "answer-drafted", "postponed")
                .contains(r.get("state")) && r.get("deadline") != null
                && LocalDate.parse((String) r.get("deadline")).isBefore(today);
        return List.of((long) records.size(),
                records.stream().filter(r -> List.of("answered", "partly-answered").contains(r.get("state"))).count(),
                records.stream().filter(overdue::apply).count());
    }

    private static List<Long> counts(String figures, String path) {
        return List.of(((Number) JsonPath.read(figures, path + ".received")).longValue(),
                ((Number) JsonPath.read(figures, path + ".answered")).longValue(),
                ((Number) JsonPath.read(figures, path + ".overdue")).longValue());
    }

    /** A request as the partner's hub would deliver it, through the module's own handler; returns the sender's reference. */
    private String receive(String partner, String kind, LocalDate deadline) {
        String senderReference = partner + "-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] payload = """
                {"reference": "%s", "kind": "%s", "subject": "undervaluation", "purpose": "investigation",
                 "questions": "What value was declared?", "deadline": "%s"}"""
                .formatted(senderReference, kind, deadline).getBytes(StandardCharsets.UTF_8);
        MessageHandler handler = handlers.stream().filter(h -> h.type().equals(REQUEST)).findFirst().orElseThrow();
        assertThat(handler.schema().problemWith(payload)).isEmpty();
        var message = new ReceivedMessage(UUID.randomUUID() + "@" + partner.toLowerCase() + ".caunoi", partner, REQUEST,
                DataCategory.ASSISTANCE_REQUEST, Purpose.INVESTIGATION, "application/json", payload, clock.instant(),
                Threading.NONE);
        transactions.executeWithoutResult(status -> handler.handle(message));
        return senderReference;
    }

    private Map<String, Object> received(String senderReference) {
        List<Map<String, Object>> found = JsonPath.read(HubClient.as(port, "admin").get("/api/assistance/requests?direction=in")
                .body(), "$[?(@.senderReference == '" + senderReference + "')]");
        return found.getFirst();
    }

    private long idOf(String senderReference) {
        return ((Number) received(senderReference).get("id")).longValue();
    }

    private String inboundReference(String senderReference) {
        return (String) received(senderReference).get("reference");
    }

    private List<String> history(String senderReference) {
        return JsonPath.read(HubClient.as(port, "admin").get("/api/assistance/requests/" + idOf(senderReference)).body(),
                "$.history[*].step");
    }

    private String notices(HubClient officer) {
        return officer.get("/api/notifications", "en").body();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
