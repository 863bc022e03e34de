package org.caunoi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Issue #20's load: 50 officers signed in to the screens, browsing and searching with a few seconds
 * between pages, and 5 API clients recording and sharing cases, while the hub exchanges messages
 * with a partner's hub. Passes when the 95th percentile of all requests is under 300 ms, none
 * failed, and every message sent during the run was acknowledged by the partner within a minute.
 * The API clients authenticate as machine clients should, with an API token each (created here
 * through the API, one password check each), not HTTP Basic and its bcrypt check on every call.
 */
public class OfficersAndPartnersSimulation extends Simulation {

    private static final String HUB = System.getProperty("hub", "http://127.0.0.1:18080");
    private static final String PARTNER = System.getProperty("partner", "HK");
    private static final int OFFICERS = Integer.getInteger("officers", 50);
    private static final int API_CLIENTS = Integer.getInteger("apiClients", 5);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("seconds", 120));
    private static final Duration MOST_A_MESSAGE_MAY_WAIT = Duration.ofMinutes(1);

    /** The demo officers who work on screens, taken in turn (the administrator is not among them). */
    private static final List<String> OFFICER_ACCOUNTS = List.of("investigator", "analyst", "liaison", "supervisor", "viewer");

    private static final String CASE_JSON = """
            {"date": "2026-11-02", "place": "VNHPH", "category": "drugs", "hsCode": "293945",
             "description": "Methamphetamine hidden in tea packages", "quantity": {"value": 12.5, "unit": "kg"},
             "route": {"departure": "LA", "transit": ["HK"], "destination": "VN"},
             "conveyance": {"vesselName": "HAI PHONG STAR", "imo": "9074729", "containers": ["CSQU3054383"]},
             "persons": [{"name": "Nguyễn Văn Hùng", "dateOfBirth": "1980-05-17", "nationality": "VN", "documents": ["C1234567"]}],
             "companies": [{"name": "Công ty TNHH Thương mại Hoàng Long", "taxNumber": "0101234567"}],
             "narrative": "Declared as green tea."}""";

    private final Instant started = Instant.now();

    /** An API token per officer the API clients act as, created before the load through the API. */
    private final Map<String, String> tokens = Map.of(
            "viewer", ApiToken.create(HUB, "viewer"), "analyst", ApiToken.create(HUB, "analyst"),
            "investigator", ApiToken.create(HUB, "investigator"), "liaison", ApiToken.create(HUB, "liaison"));

    private final HttpProtocolBuilder protocol = http.baseUrl(HUB).acceptLanguageHeader("vi").userAgentHeader("caunoi-load");

    private final Iterator<Map<String, Object>> officers = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("username", OFFICER_ACCOUNTS.get(i % OFFICER_ACCOUNTS.size())))
            .iterator();

    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/login").check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")),
            http("sign in").post("/login")
                    .formParam("username", "#{username}").formParam("password", "demo").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css("form[action='/logout']").exists()));

    private final ChainBuilder browse = exec(
            http("home").get("/").check(status().is(200)),
            http("partners").get("/partners").check(status().is(200)),
            http("partner HK").get("/partners/HK").check(status().is(200)),
            http("agreements").get("/agreements").check(status().is(200)),
            http("legal basis").get("/legal-basis").check(status().is(200)),
            http("cases").get("/enforcement/cases").check(status().is(200)),
            http("case search").get("/enforcement/cases?q=Nguyen%20Van%20Hung").check(status().is(200)),
            http("requests").get("/assistance/requests").check(status().is(200)),
            http("figures").get("/assistance/figures").check(status().is(200)),
            http("messages").get("/exchange/messages").check(status().is(200)));

    private final ScenarioBuilder officersAtWork = scenario("officers")
            .feed(officers)
            .exec(signIn)
            .during(RUN).on(browse.pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    private final ScenarioBuilder apiClients = scenario("API clients")
            .during(RUN).on(exec(
                    http("api partners").get("/api/partners").header("Authorization", bearer("viewer")).check(status().is(200)),
                    http("api legal basis").get("/api/legal-basis?partner=" + PARTNER + "&category=enforcement-nominal&purpose=investigation")
                            .header("Authorization", bearer("analyst")).check(status().is(200)),
                    http("api name search").get("/api/enforcement/search?q=Nguyen%20Van%20Hung").header("Authorization", bearer("investigator"))
                            .check(status().is(200)),
                    http("api record case").post("/api/enforcement/cases").header("Authorization", bearer("investigator"))
                            .body(StringBody(CASE_JSON)).asJson().check(status().is(201), jsonPath("$.id").saveAs("caseId")),
                    http("api share case").post("/api/enforcement/cases/#{caseId}/share").header("Authorization", bearer("investigator"))
                            .body(StringBody("{\"partners\":[\"" + PARTNER + "\"],\"purpose\":\"investigation\"}")).asJson()
                            .check(status().is(200)),
                    http("api ping").post("/api/exchange/ping?partner=" + PARTNER).header("Authorization", bearer("liaison"))
                            .check(status().in(200, 202)),
                    http("api messages").get("/api/exchange/messages?page=0&size=50").header("Authorization", bearer("liaison"))
                            .check(status().is(200)))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(2)));

    {
        setUp(
                officersAtWork.injectOpen(rampUsers(OFFICERS).during(Duration.ofSeconds(20))),
                apiClients.injectOpen(atOnceUsers(API_CLIENTS)))
                .protocols(protocol)
                .assertions(
                        global().responseTime().percentile(95.0).lt(300),
                        global().failedRequests().count().is(0L));
    }

    private String bearer(String officer) {
        return "Bearer " + tokens.get(officer);
    }

    /** Creates an API token for a demo officer, as that officer with HTTP Basic: the one password check the client makes. */
    static final class ApiToken {

        static String create(String hub, String officer) {
            String basic = "Basic " + Base64.getEncoder().encodeToString((officer + ":demo").getBytes(StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub + "/api/tokens"))
                                .header("Authorization", basic).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"load test\", \"days\": 1}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("No API token for " + officer + ": " + response.statusCode() + " " + response.body());
                }
                return new ObjectMapper().readTree(response.body()).get("token").asText();
            }
            catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("No API token for " + officer + ": " + e.getMessage(), e);
            }
        }
    }

    /** After the load: every message sent during the run reached the partner within a minute. */
    @Override
    public void after() {
        var delivery = new ExchangeDelivery(HUB, started);
        try {
            Awaitility.await("messages of the run acknowledged").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions().until(delivery::outcome, settled -> settled.pending() == 0);
        }
        catch (ConditionTimeoutException stillPending) {
            // reported below with the figures
        }
        ExchangeDelivery.Outcome outcome = delivery.outcome();
        System.out.printf("Exchange during the run: %d messages sent, %d acknowledged, %d pending; slowest acknowledgement %d ms%n",
                outcome.sent(), outcome.acknowledged(), outcome.pending(), outcome.slowest().toMillis());
        if (outcome.pending() > 0 || outcome.slowest().compareTo(MOST_A_MESSAGE_MAY_WAIT) > 0) {
            throw new IllegalStateException("A message was not acknowledged within a minute: " + outcome);
        }
    }

    /** Reads the hub's outgoing messages of the run through its API. */
    record ExchangeDelivery(String hub, Instant since) {

        record Outcome(int sent, int acknowledged, int pending, Duration slowest) {
        }

        Outcome outcome() {
            int sent = 0;
            int acknowledged = 0;
            Duration slowest = Duration.ZERO;
            for (JsonNode message : outgoingSince()) {
                sent++;
                if ("receipt-received".equals(message.path("state").asText()) && message.hasNonNull("doneAt")) {
                    acknowledged++;
                    Duration took = Duration.between(Instant.parse(message.get("at").asText()), Instant.parse(message.get("doneAt").asText()));
                    slowest = took.compareTo(slowest) > 0 ? took : slowest;
                }
            }
            return new Outcome(sent, acknowledged, sent - acknowledged, slowest);
        }

        private List<JsonNode> outgoingSince() {
            var client = HttpClient.newHttpClient();
            var mapper = new ObjectMapper();
            String basic = "Basic " + Base64.getEncoder().encodeToString("liaison:demo".getBytes(StandardCharsets.UTF_8));
            List<JsonNode> messages = new ArrayList<>();
            for (int page = 0; ; page++) {
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                    URI.create(hub + "/api/exchange/messages?page=" + page + "&size=500")).header("Authorization", basic).build(),
                            HttpResponse.BodyHandlers.ofString());
                    JsonNode list = mapper.readTree(response.body());
                    for (JsonNode message : list) {
                        if ("out".equals(message.path("direction").asText()) && !Instant.parse(message.get("at").asText()).isBefore(since)) {
                            messages.add(message);
                        }
                    }
                    if (list.size() < 500) {
                        return messages;
                    }
                }
                catch (Exception e) {
                    throw new IllegalStateException("Could not read the hub's messages: " + e.getMessage(), e);
                }
            }
        }
    }
}
