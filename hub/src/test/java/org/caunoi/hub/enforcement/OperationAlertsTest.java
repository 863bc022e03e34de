package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.exchange.DemoHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operation alerts between the three demo hubs over real AS4: Vietnam alerts every participant of
 * an operation, each after its own legal-basis check; Hong Kong's and Lao PDR's hubs keep the alert
 * with its attachment and tell their officers; Vietnam shows each hub's receipt.
 */
class OperationAlertsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A 1x1 PNG: a photo the attachment store takes. */
    private static final String PHOTO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
    private static final DemoHubs NETWORK = new DemoHubs();
    private static final List<ConfigurableApplicationContext> HUBS = new ArrayList<>();

    @BeforeAll
    static void startThreeHubs() {
        HUBS.add(NETWORK.startHk());
        HUBS.add(NETWORK.startLa());
        HUBS.add(NETWORK.startVn());
    }

    @AfterAll
    static void stopThem() {
        HUBS.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyParticipantGetsTheAlertWithItsAttachmentAndVietnamSeesEachReceipt() {
        long operation = operation("Mekong Dragon Alerts", "HK", "LA", "KR");

        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts", """
                {"text": "Container CSQU3054383 on HAI PHONG STAR: inspect on arrival", "purpose": "investigation",
                 "attachments": [{"name": "container.png", "content": "%s"}]}""".formatted(PHOTO));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode sent = JSON.readTree(response.body());
        assertThat(recipient(sent, "HK").get("outcome").asString()).isEqualTo("queued");
        assertThat(recipient(sent, "LA").get("outcome").asString()).isEqualTo("queued");
        JsonNode korea = recipient(sent, "KR");
        assertThat(korea.get("outcome").asString()).isEqualTo("not-sent");
        assertThat(korea.get("refusal").isNull()).isFalse();
        assertThat(sent.at("/attachments/0/contentType").asString()).isEqualTo("image/png");

        for (int port : new int[] {NETWORK.hkPort, NETWORK.laPort}) {
            JsonNode received = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                    () -> JSON.readTree(at(port, "investigator").get("/api/enforcement/alerts/received?operation="
                            + "Mekong%20Dragon%20Alerts").body()), alerts -> alerts.size() == 1).get(0);
            assertThat(received.get("source").asString()).isEqualTo("VN");
            assertThat(received.get("text").asString()).contains("CSQU3054383");
            assertThat(received.at("/attachments/0/displayName").asString()).isEqualTo("container.png");
            assertThat(received.at("/attachments/0/sizeBytes").asLong()).isEqualTo(java.util.Base64.getDecoder()
                    .decode(PHOTO).length);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(at(port, "investigator").get("/api/notifications?lang=en").body())
                            .contains("New alert from VN for operation Mekong Dragon Alerts"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode alert = JSON.readTree(at(NETWORK.vnPort, "analyst")
                    .get("/api/enforcement/operations/" + operation + "/alerts").body()).get(0);
            for (String partner : List.of("HK", "LA")) {
                assertThat(recipient(alert, partner).get("outcome").asString()).isEqualTo("delivered");
                assertThat(recipient(alert, partner).get("outcomeAt").isNull()).isFalse();
            }
            assertThat(recipient(alert, "KR").get("outcome").asString()).isEqualTo("not-sent");
        });
    }

    @Test
    void anEmptyAlertOrOneWithAFileThatIsNoImageNorPdfIsRefusedAndNothingIsSent() {
        long operation = operation("Empty Alerts", "HK");

        var empty = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"  \"}");
        var script = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"see file\", \"attachments\": [{\"name\": \"x.html\", \"content\": \"PHNjcmlwdD4=\"}]}");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).at("/errors/0/field").asString()).isEqualTo("text");
        assertThat(script.statusCode()).as("the attachment store's answer to a type it does not take").isEqualTo(415);
        assertThat(JSON.readTree(at(NETWORK.vnPort, "analyst").get("/api/enforcement/operations/" + operation + "/alerts")
                .body())).isEmpty();
    }

    @Test
    void analystsAndViewersDoNotSendAlerts() {
        long operation = operation("Viewer Alerts", "HK");

        var byViewer = at(NETWORK.vnPort, "viewer").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"hello\"}");

        assertThat(byViewer.statusCode()).isEqualTo(403);
    }

    private static long operation(String name, String... partners) {
        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"" + name + "\", \"categories\": [\"drugs\"], \"partners\": "
                        + JSON.writeValueAsString(List.of(partners)) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static JsonNode recipient(JsonNode alert, String partner) {
        for (JsonNode recipient : alert.get("recipients")) {
            if (recipient.get("partner").asString().equals(partner)) {
                return recipient;
            }
        }
        throw new AssertionError(partner + " is no recipient of " + alert);
    }

    private static HubClient at(int port, String officer) {
        return HubClient.as(port, officer);
    }
}
