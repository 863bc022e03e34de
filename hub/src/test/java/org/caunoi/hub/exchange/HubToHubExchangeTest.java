package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.HubClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two hubs, Vietnam and Hong Kong, exchanging signed and encrypted AS4 messages over real HTTP on loopback. */
class HubToHubExchangeTest {

    static final DemoHubs NETWORK = new DemoHubs();
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
    void aPingFromVietnamComesBackWithHongKongsSignedReceipt() {
        var liaison = HubClient.as(NETWORK.vnPort, "liaison");

        var sent = liaison.post("/api/exchange/ping?partner=HK", "application/json", new byte[0]);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String messageId = field(sent.body(), "messageId");
        String state = waitFor(() -> stateOf(liaison.get("/api/exchange/messages?partner=HK").body(), messageId),
                "RECEIPT_RECEIVED");
        assertThat(state).isEqualTo("RECEIPT_RECEIVED");
        var hongKong = HubClient.as(NETWORK.hkPort, "viewer");
        assertThat(waitFor(() -> stateOf(hongKong.get("/api/exchange/messages?partner=VN").body(), messageId), "PROCESSED"))
                .isEqualTo("PROCESSED");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    static String stateOf(String listJson, String messageId) {
        Matcher matcher = Pattern.compile("\"messageId\":\"" + Pattern.quote(messageId) + "\"[^}]*\"state\":\"([A-Z_]+)\"")
                .matcher(listJson);
        return matcher.find() ? matcher.group(1) : "ABSENT";
    }

    /** Polls until the value is the expected one or 20 seconds have passed; returns the last value. */
    static String waitFor(Supplier<String> value, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String last = value.get();
        while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = value.get();
        }
        return last;
    }
}
