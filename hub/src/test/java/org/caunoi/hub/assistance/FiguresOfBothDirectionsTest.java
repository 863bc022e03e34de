package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year's figures count the requests Vietnam sent as well as those it received, per year and per
 * partner, in the API, on the page (both languages), in its chart and in the download; a draft that
 * never left is not counted. On a hub of its own, so this year holds only this class's requests:
 * from Hong Kong two received (one answered); to Hong Kong two sent (one answered by the partner) and
 * a draft; to Korea one sent by another channel and now overdue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CauNoiApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresOfBothDirectionsTest {

    static final MessageType REQUEST = new MessageType("assistance", "Request");
    static final MessageType ANSWER = new MessageType("assistance", "Answer");
    static final int YEAR = TestHub.today().getYear();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir("assistance-figures").toString());
        registry.add("caunoi.demo", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    List<MessageHandler> handlers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void requestsOfBothDirections() {
        receive("HK");
        long answered = receive("HK");
        assertThat(HubClient.as(port, "liaison").postJson("/api/assistance/requests/" + answered + "/answer",
                "{\"outcome\": \"answered\", \"text\": \"Done.\"}").statusCode()).isEqualTo(200);
        approve(answered);

        approve(draft("HK"));
        long answeredByHongKong = draft("HK");
        approve(answeredByHongKong);
        answerFromPartner("HK", answeredByHongKong);
        draft("HK");

        long toKorea = draft("KR");
        assertThat(HubClient.as(port, "supervisor").post("/api/assistance/requests/" + toKorea + "/sent-elsewhere",
                "application/json", new byte[0]).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE assistance.request SET deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(TestHub.today().minusDays(2)), toKorea).update();
    }

    @Test
    void theApiCountsRequestsSentAndAnsweredByPartnersBesideThoseReceivedInAllAndPerPartner() {
        String figures = HubClient.as(port, "supervisor").get("/api/assistance/figures?year=" + YEAR).body();

        assertThat(JsonPath.<Map<String, Object>>read(figures, "$.perPartner.HK")).isEqualTo(Map.of("received", 2,
                "answered", 1, "overdue", 0, "sent", 2, "sentAnswered", 1, "sentOverdue", 0, "demo", 0));
        assertThat(JsonPath.<Map<String, Object>>read(figures, "$.perPartner.KR")).isEqualTo(Map.of("received", 0,
                "answered", 0, "overdue", 0, "sent", 1, "sentAnswered", 0, "sentOverdue", 1, "demo", 0));
        assertThat(JsonPath.<Map<String, Object>>read(figures, "$.perPartner")).containsOnlyKeys("HK", "KR");
        assertThat(List.of("received", "answered", "overdue", "sent", "sentAnswered", "sentOverdue").stream()
                .map(measure -> JsonPath.<Integer>read(figures, "$." + measure)).toList())
                .as("in all").containsExactly(2, 1, 0, 3, 1, 1);
        assertThat(JsonPath.<Integer>read(figures, "$.perSubject['origin-fraud'].sent")).isEqualTo(3);
    }

    @Test
    void eachFigureOfRequestsSentEqualsTheLengthOfTheListItsLinkOpens() {
        var supervisor = new BrowserSession(port);
        supervisor.logIn("supervisor", "demo");
        String page = supervisor.get("/assistance/figures?year=" + YEAR + "&lang=en");
        String sent = "direction=out&year=" + YEAR;

        for (var link : Map.of(sent + "&partner=HK&measure=sent", 2L, sent + "&partner=HK&measure=answered", 1L,
                sent + "&partner=KR&measure=overdue", 1L, sent + "&measure=sent", 3L).entrySet()) {
            assertThat(page).contains("href=\"/assistance/requests?" + link.getKey().replace("&", "&amp;") + "\"");
            assertThat(total(link.getKey())).as(link.getKey()).isEqualTo(link.getValue());
        }
        assertThat(total(sent)).as("the draft is listed, but not counted as sent").isEqualTo(4);
    }

    @Test
    void thePageItsChartAndTheDownloadSayWhatWasSentInBothLanguages() {
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        String english = liaison.get("/assistance/figures?year=" + YEAR + "&lang=en");
        String vietnamese = liaison.get("/assistance/figures?year=" + YEAR + "&lang=vi");

        assertThat(english).contains("3 requests sent to partners, 1 answered by them, 1 overdue.",
                ">Requests sent (outgoing)<", ">Answered by the partner<");
        assertThat(vietnamese).contains("Đã gửi 3 yêu cầu đến đối tác, đối tác đã trả lời 1, quá hạn 1.",
                ">Yêu cầu đi<", ">Đối tác đã trả lời<");
        Map<String, Object> chart = chart(vietnamese, "figures-sent-chart");
        assertThat(JsonPath.<List<String>>read(chart, "$.years"))
                .as("by name, in Vietnamese order")
                .containsExactly("Cơ quan Hải quan Hàn Quốc (KCS)", "Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)");
        assertThat(JsonPath.<List<Integer>>read(chart, "$.series[0].data")).as("answered by the partner").containsExactly(0, 1);
        assertThat(JsonPath.<List<Integer>>read(chart, "$.series[1].data")).as("overdue at the partner").containsExactly(1, 0);
        assertThat(JsonPath.<List<String>>read(chart(vietnamese, "figures-chart"), "$.years"))
                .as("Korea sent nothing").containsExactly("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)");

        assertThat(liaison.get("/assistance/figures/export?year=" + YEAR + "&format=csv&lang=en"))
                .contains("Received,Answered,Overdue,Sent,Answered by the partner,Overdue at the partner")
                .contains("\"Customs and Excise Department, Hong Kong, China\",2,1,0,2,1,0,0")
                .contains("Korea Customs Service (KCS),0,0,0,1,0,1,0");
        assertThat(liaison.get("/assistance/figures/export?year=" + YEAR + "&format=csv&lang=vi"))
                .contains("Đã gửi,Đối tác đã trả lời,Đối tác quá hạn trả lời")
                .contains("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc),2,1,0,2,1,0,0");
    }

    private long total(String filter) {
        var response = HubClient.as(port, "supervisor").get("/api/assistance/requests?" + filter);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static Map<String, Object> chart(String page, String id) {
        var attribute = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*data-chart=\"([^\"]*)\"").matcher(page);
        assertThat(attribute.find()).as("the chart's data on the page").isTrue();
        return JsonPath.read(org.springframework.web.util.HtmlUtils.htmlUnescape(attribute.group(1)), "$");
    }

    private long draft(String partner) {
        var created = HubClient.as(port, "liaison").postJson("/api/assistance/requests",
                AssistanceBetweenHubsTest.request(partner, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }

    private void approve(long id) {
        var approved = HubClient.as(port, "supervisor").post("/api/assistance/requests/" + id + "/approve",
                "application/json", new byte[0]);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    /** A request as the partner's hub would deliver it, through the module's own handler; returns its id here. */
    private long receive(String partner) {
        String senderReference = partner + "-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] payload = """
                {"reference": "%s", "kind": "verification-of-value", "subject": "undervaluation", "purpose": "investigation",
                 "questions": "What value was declared for invoice 42?", "deadline": "%s"}"""
                .formatted(senderReference, TestHub.today().plusDays(30)).getBytes(StandardCharsets.UTF_8);
        deliver(new ReceivedMessage(UUID.randomUUID() + "@" + partner.toLowerCase() + ".caunoi", partner, REQUEST,
                DataCategory.ASSISTANCE_REQUEST, Purpose.INVESTIGATION, "application/json", payload,
                java.time.Instant.now(), Threading.NONE));
        return jdbc.sql("SELECT id FROM assistance.request WHERE sender_reference = ?").param(senderReference)
                .query(Long.class).single();
    }

    /** The partner's answer to a request this hub sent, as its hub would deliver it, in reply to the request's message. */
    private void answerFromPartner(String partner, long id) {
        var sent = jdbc.sql("SELECT reference, request_message_id FROM assistance.request WHERE id = ?").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        byte[] payload = """
                {"reference": "%s-AR-1", "requestReference": "%s", "outcome": "answered", "text": "Done."}"""
                .formatted(partner, sent.get(0)).getBytes(StandardCharsets.UTF_8);
        deliver(new ReceivedMessage(UUID.randomUUID() + "@" + partner.toLowerCase() + ".caunoi", partner, ANSWER,
                DataCategory.ASSISTANCE_REQUEST, Purpose.VERIFICATION, "application/json", payload,
                java.time.Instant.now(), new Threading(sent.get(1), null, Set.of())));
        assertThat(jdbc.sql("SELECT state FROM assistance.request WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("ANSWERED");
    }

    private void deliver(ReceivedMessage message) {
        MessageHandler handler = handlers.stream().filter(h -> h.type().equals(message.type())).findFirst().orElseThrow();
        assertThat(handler.schema().problemWith(message.payload())).isEmpty();
        transactions.executeWithoutResult(status -> handler.handle(message));
    }
}
