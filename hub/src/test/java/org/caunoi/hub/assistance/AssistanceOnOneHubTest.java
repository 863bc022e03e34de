package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
    /** Nominal content: a person's name and passport number. */
    static final String QUESTIONS = "What value did Mr Tran Van Binh, passport C1234567, declare?";

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
        registry.add("caunoi.attachments.max-bytes", () -> "64KB");
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

    @Autowired
    org.caunoi.hub.partners.Partners partners;

    /** The colour the figures draw what is overdue in (a warning, never green). */
    static final String FIGURES_WARNING = "#c77700";

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
                "Request for assistance " + inboundReference(reference)
                        + " from Customs and Excise Department, Hong Kong, China: the reply deadline is "));
        assertThat(supervisor.get("/api/notifications", "vi").body()).as("the partner named in the reader's language")
                .contains("Yêu cầu hỗ trợ " + inboundReference(reference)
                        + " của Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc): thời hạn trả lời là ");
        var bell = new BrowserSession(port);
        bell.logIn("supervisor", "demo");
        assertThat(bell.get("/notifications/panel?lang=vi")).as("the bell's list names the partner too")
                .contains(inboundReference(reference) + " của Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)")
                .doesNotContain(" của HK");
        watch.warnDue();

        clock.advance(Duration.ofDays(6));
        watch.warnDue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(supervisor).contains(
                inboundReference(reference) + " from Customs and Excise Department, Hong Kong, China is overdue"));
        assertThat(history(reference)).containsSubsequence("received", "deadline-warning", "overdue-warning")
                .as("each warning once").containsOnlyOnce("deadline-warning", "overdue-warning");
    }

    @Test
    void theAssignedOfficerIsToldNDaysBeforeAnInboundRequestsDeadlineAndOnceItHasPassedEachOnce() {
        String reference = receive("HK", "verification-of-origin", today().plusDays(20));
        long id = idOf(reference);
        HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"DTCBL\", \"officer\": \"investigator\"}");
        var investigator = HubClient.as(port, "investigator");
        String near = "Request for assistance " + inboundReference(reference)
                + " from Customs and Excise Department, Hong Kong, China: the reply deadline is ";
        String overdue = inboundReference(reference) + " from Customs and Excise Department, Hong Kong, China is overdue";

        clock.advance(Duration.ofDays(14));
        watch.warnDue();
        assertThat(notices(investigator)).as("six days before, nothing yet").doesNotContain(inboundReference(reference));

        clock.advance(Duration.ofDays(1));
        watch.warnDue();
        watch.warnDue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(investigator).contains(near));
        assertThat(notices(investigator)).doesNotContain(overdue);

        clock.advance(Duration.ofDays(6));
        watch.warnDue();
        watch.warnDue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(investigator).contains(overdue));
        assertThat(occurrences(notices(investigator), near)).as("told once before").isEqualTo(1);
        assertThat(occurrences(notices(investigator), overdue)).as("told once after").isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
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
    void aRequestsHistoryIsWordedInTheReadersLanguage() {
        LocalDate deadline = today().plusDays(30);
        String reference = receive("HK", "verification-of-origin", deadline);
        long id = idOf(reference);
        HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"DTCBL\", \"officer\": \"investigator\"}");
        var investigator = HubClient.as(port, "investigator");

        List<String> english = JsonPath.read(investigator.get("/api/assistance/requests/" + id, "en").body(),
                "$.history[*].details");
        assertThat(english).hasSize(2);
        assertThat(english.get(0)).startsWith("their reference " + reference + ", message ")
                .endsWith(", deadline " + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(english.get(1)).isEqualTo("unit Anti-Smuggling Investigation Department, officer investigator");

        List<String> vietnamese = JsonPath.read(investigator.get("/api/assistance/requests/" + id, "vi").body(),
                "$.history[*].details");
        assertThat(vietnamese).hasSize(2);
        assertThat(vietnamese.get(0)).startsWith("số tham chiếu của đối tác " + reference + ", thông điệp ")
                .endsWith(", thời hạn trả lời " + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(vietnamese.get(1)).isEqualTo("đơn vị Cục Điều tra chống buôn lậu, cán bộ investigator");

        var browser = new BrowserSession(port);
        browser.logIn("investigator", "demo");
        assertThat(browser.get("/assistance/requests/" + id + "?lang=en"))
                .contains("unit Anti-Smuggling Investigation Department, officer investigator")
                .doesNotContain("history-details");
        assertThat(browser.get("/assistance/requests/" + id + "?lang=vi"))
                .contains("đơn vị Cục Điều tra chống buôn lậu, cán bộ investigator")
                .doesNotContain("history-details");
    }

    @Test
    void theYearsFiguresEqualWhatTheRecordsSay() {
        var liaison = HubClient.as(port, "liaison");
        receive("HK", "verification-of-origin", today().plusDays(30));
        receive("HK", "information-on-persons", today().plusDays(1));
        receive("KR", "verification-of-origin", today().plusDays(40));
        answerAndApprove(idOf(receive("HK", "surveillance", today().plusDays(40))));
        long later = idOf(receive("HK", "verification-of-value", today().plusDays(40)));
        clock.advance(Duration.ofDays(10));
        answerAndApprove(later);
        clock.advance(Duration.ofDays(3));
        int year = today().getYear();

        assertFiguresEqualTheRecords(year, 5);
        assertFiguresEqualTheRecords(year - 1, 166);

        var session = new BrowserSession(port);
        session.logIn("liaison", "demo");
        String figures = liaison.get("/api/assistance/figures?year=" + year).body();
        List<Long> hk = counts(figures, "$.perPartner.HK");
        String counts = "," + hk.get(0) + "," + hk.get(1) + "," + hk.get(2);
        assertThat(session.get("/assistance/figures/export?year=" + year + "&format=csv&lang=vi"))
                .as("the download says what the page says, the partner by its name")
                .contains("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)" + counts).doesNotContain(",HK,");
        assertThat(session.get("/assistance/figures/export?year=" + year + "&format=csv&lang=en"))
                .contains("\"Customs and Excise Department, Hong Kong, China\"" + counts).doesNotContain(",HK,");
        assertThat(chartAxis(session.get("/assistance/figures?year=" + year + "&lang=vi")))
                .as("the chart names partners in the page's language")
                .contains("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)", "Cơ quan Hải quan Hàn Quốc (KCS)")
                .doesNotContain("HK", "KR");
        assertThat(chartAxis(session.get("/assistance/figures?year=" + year + "&lang=en")))
                .contains("Customs and Excise Department, Hong Kong, China", "Korea Customs Service (KCS)")
                .doesNotContain("HK", "KR");
        assertThat(session.get("/assistance/figures?year=" + year)).as("each number links to its list")
                .contains("href=\"/assistance/requests?direction=in&amp;year=" + year + "&amp;partner=HK&amp;measure=answered\"")
                .contains("href=\"/assistance/requests?direction=in&amp;year=" + year + "&amp;subject=undervaluation&amp;measure=overdue\"");
    }

    /**
     * The figures of a year against the received requests as the list gives them, counted here: in
     * all, per partner, kind and subject, the answer-time histogram, median and 90th percentile; and
     * each count's link lists as many requests as it says.
     */
    private void assertFiguresEqualTheRecords(int year, int atLeast) {
        String figures = HubClient.as(port, "supervisor").get("/api/assistance/figures?year=" + year).body();
        List<Map<String, Object>> received = JsonPath.read(HubClient.as(port, "admin")
                .get("/api/assistance/requests?direction=in").body(), "$[*]");
        // The figures' year is the officers': in Hanoi, 2025 began at 2024-12-31T17:00Z.
        List<Map<String, Object>> records = received.stream()
                .filter(r -> Instant.parse((String) r.get("createdAt")).atZone(TestHub.ZONE).getYear() == year).toList();

        assertThat(records).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(expected(records)).as("some answered, some overdue").allMatch(count -> count > 0);
        assertThat(counts(figures, "$")).isEqualTo(expected(records));
        for (String breakdown : List.of("partner", "kind", "subject")) {
            String member = "$.per" + Character.toUpperCase(breakdown.charAt(0)) + breakdown.substring(1);
            Map<String, List<Map<String, Object>>> groups = records.stream()
                    .collect(Collectors.groupingBy(r -> (String) r.get(breakdown)));
            Map<String, Map<String, Object>> counted = JsonPath.read(figures, member);
            assertThat(counted).as(breakdown).containsKeys(groups.keySet().toArray(String[]::new));
            counted.forEach((group, counts) -> assertThat(groups.containsKey(group) || ((Number) counts.get("received"))
                    .longValue() == 0).as(group + ": counted for requests sent only").isTrue());
            groups.forEach((group, members) -> {
                assertThat(counts(figures, member + "['" + group + "']")).as(group).isEqualTo(expected(members));
                List<Long> listed = List.of("received", "answered", "overdue").stream().map(measure -> total(
                        "/api/assistance/requests?direction=in&year=" + year + "&" + breakdown + "=" + group
                                + "&measure=" + measure)).toList();
                assertThat(listed).as("the lists behind " + group).isEqualTo(expected(members));
            });
        }

        List<Long> days = records.stream().filter(AssistanceOnOneHubTest::answered)
                .map(r -> ChronoUnit.DAYS.between(utcDate(r.get("createdAt")), utcDate(r.get("answeredAt"))))
                .sorted().toList();
        int[][] spans = {{0, 7}, {8, 14}, {15, 30}, {31, 60}, {61, 90}, {91, Integer.MAX_VALUE}};
        for (int bar = 0; bar < spans.length; bar++) {
            int[] span = spans[bar];
            long inSpan = days.stream().filter(d -> d >= span[0] && d <= span[1]).count();
            assertThat(((Number) JsonPath.read(figures, "$.answerTime.histogram[" + bar + "].answered")).longValue())
                    .as(span[0] + " days and more").isEqualTo(inSpan);
            assertThat(total("/api/assistance/requests?direction=in&year=" + year + "&answerDaysFrom=" + span[0]
                    + (span[1] == Integer.MAX_VALUE ? "" : "&answerDaysTo=" + span[1]))).isEqualTo(inSpan);
        }
        assertThat(((Number) JsonPath.read(figures, "$.answerTime.medianDays")).longValue())
                .isEqualTo(days.get((int) Math.ceil(0.5 * days.size()) - 1));
        assertThat(((Number) JsonPath.read(figures, "$.answerTime.p90Days")).longValue())
                .isEqualTo(days.get((int) Math.ceil(0.9 * days.size()) - 1));
    }

    private long total(String path) {
        return Long.parseLong(HubClient.as(port, "admin").get(path).headers().firstValue("X-Total-Count").orElseThrow());
    }

    /** UTC's day, as the figures count answer days (RequestStore.ANSWER_DAYS). */
    private static LocalDate utcDate(Object instant) {
        return LocalDate.ofInstant(Instant.parse((String) instant), ZoneOffset.UTC);
    }

    private void answerAndApprove(long id) {
        HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + id + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"Done.\"}");
        assertThat(HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/approve",
                "application/json", new byte[0]).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} reads the nominal content of a request of the unit: {1}")
    @CsvSource({"investigator, true", "viewer, false", "admin, false"})
    void nominalContentIsShownOnlyToRolesAllowedNominalDataAndOthersAreToldWhy(String officer, boolean nominal) {
        long id = idOf(receive("HK", "information-on-persons", today().plusDays(30)));
        HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign", "{\"unit\": \"DTCBL\"}");

        String request = HubClient.as(port, officer).get("/api/assistance/requests/" + id).body();
        String listed = HubClient.as(port, officer).get("/api/assistance/requests?direction=in&partner=HK").body();
        var browser = new BrowserSession(port);
        browser.logIn(officer, "demo");
        String page = browser.get("/assistance/requests/" + id + "?lang=en");

        if (nominal) {
            assertThat((String) JsonPath.read(request, "$.questions")).isEqualTo(QUESTIONS);
            assertThat(listed).contains(QUESTIONS);
            assertThat(page).contains(QUESTIONS).doesNotContain("id=\"nominal-withheld\"");
        }
        else {
            assertThat((Object) JsonPath.read(request, "$.questions")).isNull();
            assertThat((List<String>) JsonPath.read(request, "$.withheld")).contains("questions", "answerText", "attachments");
            assertThat(listed).doesNotContain(QUESTIONS);
            assertThat(page).doesNotContain(QUESTIONS).contains("id=\"nominal-withheld\"")
                    .contains("your role may not read nominal data");
        }
    }

    @Test
    void analystsAndViewersGetNoDocumentsAndAnalystsOfTheUnitReadItWithoutNominalContent() {
        long id = idOf(receive("HK", "information-on-persons", today().plusDays(30)));
        var upload = Upload.pdf("passport copy.pdf").postAs(HubClient.as(port, "liaison"), "/api/assistance/requests/" + id + "/attachments");
        String file = JsonPath.read(upload.body(), "$.id");
        HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign", "{\"unit\": \"PCU\"}");

        var analyst = HubClient.as(port, "analyst");
        assertThat(analyst.get("/api/assistance/requests/" + id).statusCode()).as("the analyst's unit").isEqualTo(200);
        assertThat((Object) JsonPath.read(analyst.get("/api/assistance/requests/" + id).body(), "$.attachments")).isNull();
        assertThat(analyst.get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode()).isEqualTo(404);
        assertThat(HubClient.as(port, "admin").get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode())
                .as("the administrator reads requests withheld").isEqualTo(404);
        assertThat(HubClient.as(port, "supervisor").get("/api/assistance/requests/" + id + "/attachments/" + file).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}: refused with status {2}, nothing stored")
    @CsvSource({"not a PDF, text/plain, 415", "over the size limit, pdf, 413", "empty, empty, 400"})
    void aDocumentOfTheWrongTypeOrOverTheSizeLimitIsRefusedNamingTheFieldInTheOfficersLanguage(String what,
            String content, int status) {
        String reference = receive("HK", "verification-of-documents", today().plusDays(30));
        long id = idOf(reference);
        byte[] bytes = switch (content) {
            case "pdf" -> ("%PDF-1.4\n" + "x".repeat(70 * 1024)).getBytes(StandardCharsets.US_ASCII);
            case "empty" -> new byte[0];
            default -> "Just some words, no PDF.".getBytes(StandardCharsets.US_ASCII);
        };
        long before = jdbc.sql("SELECT count(*) FROM platform.attachment").query(Long.class).single();

        var refused = new Upload("x.pdf", bytes).postAs(HubClient.as(port, "liaison"),
                "/api/assistance/requests/" + id + "/attachments");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat((List<String>) JsonPath.read(refused.body(), "$.errors[*].field")).containsExactly("file");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.attachment").query(Long.class).single()).isEqualTo(before);
        assertThat(history(reference)).doesNotContain("attachment-added");
    }

    @Test
    void aYearOutsideWhatTheFiguresCoverIsRefusedNamingTheField() {
        var response = HubClient.as(port, "viewer").get("/api/assistance/figures?year=99");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(response.body(), "$.errors[*].field")).containsExactly("year");
    }

    @Test
    void aYearOutsideWhatTheFiguresCoverIsToldOnTheScreenInThePagesLanguageWithPlainYears() {
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");

        var vietnamese = supervisor.get("/assistance/figures?year=1890&lang=vi", "Accept", "text/html");
        var english = supervisor.get("/assistance/figures?year=1890&lang=en", "Accept", "text/html");

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("Năm phải là số nguyên từ 2000 đến 2100.").doesNotContain("year phải", "2.000");
        assertThat(english.body()).contains("Year must be a whole number from 2000 to 2100.").doesNotContain("2,000");
    }

    @ParameterizedTest(name = "{0} drafts a request: {1}")
    @CsvSource({"admin, 403", "liaison, 201", "investigator, 201", "supervisor, 201", "analyst, 403", "viewer, 403"})
    void onlyOfficersWhoWorkOnAssistanceDraftRequests(String officer, int status) {
        var response = HubClient.as(port, officer).postJson("/api/assistance/requests", AssistanceBetweenHubsTest.request("HK", null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} lists a request of the investigators'' unit: {1}")
    @CsvSource({"investigator, true", "admin, true", "supervisor, true", "liaison, false", "viewer, true", "analyst, false"})
    void officersListTheRequestsOfTheirUnitSupervisorsAndAdministratorsListAllAndAnyoneOpensOne(String officer,
            boolean listedByThem) {
        var created = HubClient.as(port, "investigator").postJson("/api/assistance/requests",
                AssistanceBetweenHubsTest.request("HK", null));
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();

        assertThat(HubClient.as(port, officer).get("/api/assistance/requests/" + id).statusCode())
                .as("opened by its address, as a case of another unit is").isEqualTo(200);
        List<Integer> listed = JsonPath.read(HubClient.as(port, officer).get("/api/assistance/requests?direction=out").body(),
                "$[*].id");
        assertThat(listed.stream().anyMatch(listedId -> listedId == id)).isEqualTo(listedByThem);
    }

    @Test
    void aReceivedRequestGoesToTheInternationalCooperationDepartmentUntilASupervisorAssignsItElsewhere() {
        long id = idOf(receive("HK", "information-on-conveyances", today().plusDays(30)));
        assertThat(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).statusCode()).isEqualTo(200);
        assertThat((Object) JsonPath.read(HubClient.as(port, "investigator").get("/api/assistance/requests/" + id).body(),
                "$.questions")).as("another unit's investigator reads it withheld").isNull();
        var investigatorsBrowser = new BrowserSession(port);
        investigatorsBrowser.logIn("investigator", "demo");
        assertThat(investigatorsBrowser.get("/assistance/requests/" + id)).as("on screen too").contains("id=\"nominal-withheld\"");
        assertThat(investigatorsBrowser.get("/assistance/requests?direction=in"))
                .doesNotContain("/assistance/requests/" + id + "\"");

        assertThat(HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"DTCBL\", \"officer\": \"investigator\"}").statusCode()).isEqualTo(403);
        var assigned = HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"DTCBL\", \"officer\": \"investigator\"}");

        assertThat((String) JsonPath.read(assigned.body(), "$.assignedOfficer")).isEqualTo("investigator");
        assertThat((Object) JsonPath.read(HubClient.as(port, "investigator").get("/api/assistance/requests/" + id).body(),
                "$.questions")).isNotNull();
        assertThat(investigatorsBrowser.get("/assistance/requests?direction=in")).contains("/assistance/requests/" + id + "\"");
        assertThat((Object) JsonPath.read(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).body(),
                "$.questions")).as("International Cooperation reads it withheld once it is another unit's").isNull();
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

    @Test
    void aRequestToAPartnerWithoutAHubConnectionIsFlaggedWhenDraftedAndRecordedAsSentByAnotherChannel() {
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");
        String korea = partners.partner("KR").orElseThrow().nameVi();
        assertThat(liaison.get("/assistance/requests/new?lang=vi")).as("the choice says so before anything is drafted")
                .contains(korea + " (chưa có kết nối hệ thống: gửi qua kênh khác)");
        var created = liaison.submit("/assistance/requests", "partner=KR&kind=verification-of-origin&subject=origin-fraud"
                + "&purpose=verification&questions=Was+certificate+K123+issued+by+your+authority%3F");
        assertThat(created.statusCode()).isEqualTo(302);
        String path = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

        String draft = liaison.get(path);
        assertThat(draft).contains(korea + " chưa có kết nối hệ thống: yêu cầu này không thể gửi qua hệ thống",
                "yêu cầu chỉ được gửi đi sau khi lãnh đạo phê duyệt");
        assertThat(draft).as("named, not coded").contains("gửi " + korea + ", Yêu cầu xác minh xuất xứ, thời hạn trả lời ")
                .doesNotContain("verification-of-origin");

        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        assertThat(supervisor.get(path + "?lang=en")).as("only the step that can succeed is offered")
                .doesNotContain("id=\"approve\"").contains("id=\"sent-elsewhere\"");
        var refused = HubClient.as(port, "supervisor").post("/api" + path + "/approve", "application/json", new byte[0]);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("chưa có kết nối hệ thống nên không thể gửi qua hệ thống")
                .doesNotContain("no-endpoint");

        assertThat(supervisor.submit(path + "/sent-elsewhere", "").statusCode()).isEqualTo(302);
        String sent = supervisor.get(path);
        assertThat(sent).contains("Recorded as sent by another channel", "days left)");
        assertThat((String) JsonPath.read(HubClient.as(port, "liaison").get("/api" + path).body(), "$.state"))
                .as("its deadline runs").isEqualTo("sent");
    }

    @Test
    void aRequestSentByAnotherChannelIsNotRemindedThroughTheHub() {
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        var created = HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "KR", "kind": "verification-of-value", "subject": "undervaluation", "purpose": "verification",
                 "questions": "What was the invoice value of shipment K-77?"}""");
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        assertThat(supervisor.submit("/assistance/requests/" + id + "/sent-elsewhere", "").statusCode()).isEqualTo(302);
        jdbc.sql("UPDATE assistance.request SET deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today().minusDays(3)), id).update();

        assertThat(supervisor.get("/assistance/requests/" + id + "?lang=vi")).contains("(quá hạn 3 ngày)")
                .as("nothing to remind through").doesNotContain("id=\"remind\"");
        var refused = HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/remind",
                "application/json", new byte[0]);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("được gửi qua kênh khác");
    }

    @Test
    void theAnswerToARequestThatDidNotComeThroughTheHubIsRecordedAsSentByAnotherChannel() {
        long id = jdbc.sql("""
                SELECT id FROM assistance.request WHERE demo AND direction = 'IN' AND state = 'RECEIVED'
                   AND kind <> 'SPONTANEOUS_INFORMATION' ORDER BY id LIMIT 1""").query(Long.class).single();
        HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + id + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"Done by post.\"}");
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");

        assertThat(supervisor.get("/assistance/requests/" + id + "?lang=vi"))
                .contains("Yêu cầu này không đến qua hệ thống: trả lời không thể gửi qua hệ thống")
                .doesNotContain("id=\"approve\"").contains("id=\"sent-elsewhere\"");
        var refused = HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/approve",
                "application/json", new byte[0]);
        assertThat((String) JsonPath.read(refused.body(), "$.detail")).as("the real reason, not the state")
                .contains("không đến qua hệ thống nên không thể gửi trả lời qua hệ thống");

        assertThat(supervisor.submit("/assistance/requests/" + id + "/sent-elsewhere", "").statusCode()).isEqualTo(302);
        String request = HubClient.as(port, "admin").get("/api/assistance/requests/" + id).body();
        assertThat((String) JsonPath.read(request, "$.state")).isEqualTo("answered");
        assertThat((String) JsonPath.read(request, "$.answeredAt")).as("the figures count it").isNotNull();
        assertThat(supervisor.get("/assistance/requests/" + id)).as("actors named")
                .contains("Ghi nhận đã gửi trả lời qua kênh khác").doesNotContain("partner:");
    }

    @Test
    void theFormsKeepEveryInputAfterARefusalAndAreLaidOutAsTheOtherModulesForms() {
        long id = idOf(receive("HK", "information-on-shipments", today().plusDays(30)));
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");
        liaison.get("/assistance/requests/" + id + "?lang=vi");

        String answer = liaison.postFormForPage("/assistance/requests/" + id + "/answer",
                "outcome=refused&text=Container+MSKU1234565+left+on+3+May.&reason=");
        assertThat(answer).contains("Từ chối hỗ trợ: cần nêu lý do.")
                .contains("<option value=\"refused\" selected=\"selected\"")
                .contains("Container MSKU1234565 left on 3 May.</textarea>")
                .contains("class=\"card form-grid\" id=\"answer-form\"");

        String form = liaison.postFormForPage("/assistance/requests", "partner=&kind=surveillance&subject=drugs"
                + "&purpose=investigation&questions=Keep+vessel+X+under+watch.&caveats=Police+only");
        assertThat(form).contains("Chọn đối tác nhận yêu cầu.").doesNotContain("unknown-partner")
                .contains("<option value=\"surveillance\" selected=\"selected\"", "Keep vessel X under watch.</textarea>",
                        "value=\"Police only\"", "id=\"request-form\" class=\"card form-grid\"", "<select id=\"partner\"");
        assertThat(liaison.postFormForPage("/assistance/requests", "partner=HK&kind=surveillance&subject=drugs"
                + "&purpose=investigation&questions=Keep+vessel+X+under+watch.&deadline=2020-01-01"))
                .contains("<option value=\"HK\" title=\"HK\" selected=\"selected\"");
    }

    @Test
    void deadlinesAreShownAndTypedDayFirstAndADayThatDoesNotExistIsSaidToNotExist() {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate deadline = today().plusDays(30);
        long id = idOf(receive("HK", "information-on-shipments", deadline));
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        assertThat(liaison.get("/assistance/requests/" + id + "?lang=vi")).contains(">" + deadline.format(dayFirst) + "</span>")
                .doesNotContain(">" + deadline + "<").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d");
        assertThat(liaison.get("/assistance/requests?direction=in&lang=vi")).containsPattern("<td[^>]*>\\d\\d/\\d\\d/\\d{4}</td>")
                .doesNotContainPattern("<td[^>]*>\\d{4}-\\d\\d-\\d\\d</td>");
        assertThat(liaison.get("/assistance/requests/" + id + "?lang=en")).contains(">" + deadline.format(dayFirst) + "</span>");

        String form = liaison.get("/assistance/requests/new?lang=vi");
        assertThat(form).as("no browser date picker that shows mm/dd/yyyy").contains("id=\"deadline\"", "placeholder=\"ngày/tháng/năm\"")
                .doesNotContain("type=\"date\"");
        int next = today().getYear() + 1;
        String request = "partner=HK&kind=surveillance&subject=drugs&purpose=investigation&questions=Keep+vessel+X+under+watch.";
        assertThat(liaison.postFormForPage("/assistance/requests", request + "&deadline=31/02/" + next))
                .contains("Ngày 31/02/" + next + " không có thật: hãy kiểm tra ngày và tháng.", "value=\"31/02/" + next + "\"");
        assertThat(liaison.postFormForPage("/assistance/requests", request + "&deadline=Feb+2"))
                .contains("Hãy gõ ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2026 (hoặc 2026-12-31).");

        LocalDate typed = today().plusDays(20);
        var created = liaison.submit("/assistance/requests", request + "&deadline=" + typed.format(dayFirst) + "&deadlineReason=urgent");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(liaison.get(location + "?lang=vi")).contains(">" + typed.format(dayFirst) + "</span>");
    }

    @Test
    void listsAndFiguresNamePartnersCodesAndOverdueDaysAsTheOfficerReadsThem() {
        String hongKong = partners.partner("HK").orElseThrow().nameVi();
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        int lastYear = today().getYear() - 1;

        String overdue = supervisor.get("/assistance/requests?direction=in&year=" + lastYear + "&measure=overdue&lang=vi");
        assertThat(overdue).contains("chỉ tiêu</span>: <span>quá hạn</span>", "năm</span>: <span>" + lastYear + "</span>")
                .contains("quá hạn ").doesNotContainPattern("<td>-\\d+</td>");
        assertThat(supervisor.get("/assistance/requests?direction=in&partner=HK")).contains("title=\"HK\">" + hongKong + "<");
        assertThat(supervisor.get("/assistance/figures?year=" + lastYear)).contains("title=\"HK\">" + hongKong + "<")
                .as("overdue in a warning colour").contains(FIGURES_WARNING);
    }

    @Test
    void spontaneousInformationHasNoDeadlineAndIsNeverOverdue() {
        long id = idOf(receive("HK", "spontaneous-information", today().plusDays(30)));
        assertThat((Object) JsonPath.read(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).body(),
                "$.deadline")).isNull();
        var sent = HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "spontaneous-information", "subject": "drugs", "purpose": "investigation",
                 "questions": "For your information: vessel X carries precursors."}""");
        assertThat((Object) JsonPath.read(sent.body(), "$.deadline")).isNull();

        String figures = HubClient.as(port, "supervisor").get("/api/assistance/figures?year=" + (today().getYear() - 1)).body();
        assertThat(((Number) JsonPath.read(figures, "$.perKind['spontaneous-information'].received")).longValue())
                .as("still counted as received").isPositive();
        assertThat(((Number) JsonPath.read(figures, "$.perKind['spontaneous-information'].overdue")).longValue()).isZero();
    }

    @Test
    void aViewerIsToldWhichRequestsTheyMaySeeAndAYearWithoutFiguresSaysSo() {
        var viewer = new BrowserSession(port);
        viewer.logIn("viewer", "demo");
        String scope = "You list the requests assigned to your unit (Anti-Smuggling Investigation Department) and those you drafted";
        assertThat(viewer.get("/assistance/figures?year=" + (today().getYear() - 1) + "&lang=en")).contains(scope)
                .contains("No figures for " + (today().getYear() - 1) + " for Anti-Smuggling Investigation Department");
        assertThat(viewer.get("/assistance/requests")).contains(scope);

        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        int empty = today().getYear() + 1;
        assertThat(supervisor.get("/assistance/figures?year=" + empty + "&lang=en")).doesNotContain(scope)
                .contains("No figures for " + empty + ": no request was received or sent that year.")
                .contains("href=\"/assistance/figures?year=" + (today().getYear() - 1) + "\"")
                .doesNotContain("id=\"figures-summary\"");
    }

    /** Counted here from the records as the list gives them, not by the module's own code. */
    private List<Long> expected(List<Map<String, Object>> records) {
        LocalDate today = today();
        Function<Map<String, Object>, Boolean> overdue = r -> List.of("received", "answer-drafted", "postponed")
                .contains(r.get("state")) && r.get("deadline") != null
                && LocalDate.parse((String) r.get("deadline")).isBefore(today);
        return List.of((long) records.size(),
                records.stream().filter(AssistanceOnOneHubTest::answered).count(),
                records.stream().filter(overdue::apply).count());
    }

    /** Answered: in full or in part, and the answer gone (closed afterwards or not). */
    private static boolean answered(Map<String, Object> record) {
        return ("answered".equals(record.get("outcome")) || "partly-answered".equals(record.get("outcome")))
                && record.get("answeredAt") != null;
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
                 "questions": "%s", "deadline": "%s"}"""
                .formatted(senderReference, kind, QUESTIONS, deadline).getBytes(StandardCharsets.UTF_8);
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

    /** The categories of the per-partner chart, as the page hands them to ECharts. */
    private static List<String> chartAxis(String page) {
        var attribute = java.util.regex.Pattern.compile("id=\"figures-chart\"[^>]*data-chart=\"([^\"]*)\"").matcher(page);
        assertThat(attribute.find()).as("the chart's data on the page").isTrue();
        return JsonPath.read(org.springframework.web.util.HtmlUtils.htmlUnescape(attribute.group(1)), "$.years");
    }

    private String notices(HubClient officer) {
        return officer.get("/api/notifications", "en").body();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
