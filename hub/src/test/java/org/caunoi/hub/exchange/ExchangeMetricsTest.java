package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.HubClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The exchange's figures in a Prometheus scrape move with what really happens between two hubs. */
class ExchangeMetricsTest {

    static final DemoHubs NETWORK = new DemoHubs();
    static final Duration SCRAPE_WAIT = Duration.ofSeconds(30);
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;

    @BeforeAll
    static void startBothHubs() {
        hk = NETWORK.startHk();
        vn = NETWORK.startVn();
    }

    @AfterAll
    static void stopBothHubs() {
        if (vn != null) {
            vn.close();
        }
        if (hk != null) {
            hk.close();
        }
    }

    @Test
    void aDeliveredPingCountsInBothHubsAndItsLatencyIsRecorded() {
        double delivered = metric(NETWORK.vnPort, "caunoi_exchange_messages{direction=\"out\",state=\"RECEIPT_RECEIVED\"}");
        double latencies = metric(NETWORK.vnPort, "caunoi_exchange_delivery_latency_seconds_count");
        double processed = metric(NETWORK.hkPort, "caunoi_exchange_messages{direction=\"in\",state=\"PROCESSED\"}");

        var sent = HubClient.as(NETWORK.vnPort, "liaison").post("/api/exchange/ping?partner=HK", "application/json", new byte[0]);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);

        await().atMost(SCRAPE_WAIT).untilAsserted(() -> {
            assertThat(metric(NETWORK.vnPort, "caunoi_exchange_messages{direction=\"out\",state=\"RECEIPT_RECEIVED\"}"))
                    .isEqualTo(delivered + 1);
            assertThat(metric(NETWORK.hkPort, "caunoi_exchange_messages{direction=\"in\",state=\"PROCESSED\"}")).isEqualTo(processed + 1);
        });
        assertThat(metric(NETWORK.vnPort, "caunoi_exchange_delivery_latency_seconds_count")).isEqualTo(latencies + 1);
        assertThat(metric(NETWORK.vnPort, "caunoi_exchange_delivery_latency_seconds_sum")).isPositive();
    }

    @Test
    void anUnsignedMessageRefusedAtAs4CountsAsARefusal() {
        double refusals = metric(NETWORK.hkPort, "caunoi_exchange_refusals_total");

        assertThat(HandMadeMessage.ping(null, null).build().postTo(NETWORK.hkPort).errorCodes()).containsExactly("EBMS:0103");

        await().atMost(SCRAPE_WAIT).untilAsserted(() ->
                assertThat(metric(NETWORK.hkPort, "caunoi_exchange_refusals_total")).isEqualTo(refusals + 1));
    }

    /** One sample of the admin's scrape, by its name and labels as Prometheus writes them. */
    static double metric(int port, String sample) {
        var scrape = HubClient.as(port, "admin").get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        Matcher value = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape.body());
        assertThat(value.find()).as("%s in the scrape", sample).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
