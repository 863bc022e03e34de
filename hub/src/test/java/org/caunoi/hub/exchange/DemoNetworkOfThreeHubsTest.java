package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.awaitility.Awaitility;
import org.caunoi.hub.HubClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo network with its third hub, Lao PDR: Vietnam reaches both partners, Lao PDR knows only
 * Vietnam, and their agreements let non-nominal enforcement information pass but no personal data.
 */
class DemoNetworkOfThreeHubsTest {

    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext hk;
    static ConfigurableApplicationContext la;
    static ConfigurableApplicationContext vn;

    @BeforeAll
    static void startThreeHubs() {
        hk = NETWORK.startHk();
        la = NETWORK.startLa();
        vn = NETWORK.startVn();
    }

    @Test
    void vietnamPingsLaoPdrAndHongKongAndGetsEachSignedReceipt() {
        var liaison = HubClient.as(NETWORK.vnPort, "liaison");

        String toLaos = HubToHubExchangeTest.field(liaison.post("/api/exchange/ping?partner=LA", "application/json",
                new byte[0]).body(), "messageId");
        String toHongKong = HubToHubExchangeTest.field(liaison.post("/api/exchange/ping?partner=HK", "application/json",
                new byte[0]).body(), "messageId");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(stateIn(NETWORK.vnPort, "LA", toLaos)).isEqualTo("receipt-received");
            assertThat(stateIn(NETWORK.vnPort, "HK", toHongKong)).isEqualTo("receipt-received");
        });
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stateIn(NETWORK.laPort, "VN", toLaos)).isEqualTo("processed"));
        assertThat(HubToHubExchangeTest.messageIds(HubClient.as(NETWORK.hkPort, "viewer").get("/api/exchange/messages").body()))
                .as("Hong Kong never sees what went to Lao PDR").doesNotContain(toLaos);
    }

    @Test
    void laoPdrSeesVietnamAsItsOnlyPartnerUnderTheirAgreements() {
        var viewer = HubClient.as(NETWORK.laPort, "viewer");

        assertThat(JsonPath.<List<String>>read(viewer.get("/api/partners").body(), "$[*].code")).contains("VN")
                .doesNotContain("HK", "LA");
        String agreements = viewer.get("/api/agreements?partner=VN").body();
        assertThat(JsonPath.<List<String>>read(agreements, "$[*].signed")).contains("2014", "2005");
        assertThat(JsonPath.<List<Boolean>>read(agreements, "$[*].exchangeProfile.personalDataAllowed")).isNotEmpty()
                .containsOnly(false);
        assertThat(ExchangeReliabilityTest.jdbc(la).sql("SELECT partner_code FROM exchange.partner_endpoint")
                .query(String.class).list()).as("Lao PDR's hub reaches Vietnam only").containsExactly("VN");
        assertThat(ExchangeReliabilityTest.jdbc(vn).sql("SELECT partner_code FROM exchange.partner_endpoint ORDER BY 1")
                .query(String.class).list()).containsExactly("HK", "LA");
    }

    @Test
    void theLaoAgreementsLetNonNominalEnforcementInformationPassButNoPersonalData() {
        for (var check : new Object[][] {{NETWORK.vnPort, "LA"}, {NETWORK.laPort, "VN"}}) {
            var analyst = HubClient.as((int) check[0], "analyst");
            String partner = (String) check[1];

            assertThat(allowed(analyst, partner, "enforcement-non-nominal")).isTrue();
            assertThat(allowed(analyst, partner, "enforcement-nominal")).isFalse();
            assertThat(allowed(analyst, partner, "assistance-request")).isFalse();
        }
        assertThat(allowed(HubClient.as(NETWORK.vnPort, "analyst"), "HK", "enforcement-nominal"))
                .as("Hong Kong's arrangement still covers personal data").isTrue();
    }

    private static boolean allowed(HubClient analyst, String partner, String category) {
        return JsonPath.read(analyst.get("/api/legal-basis?partner=" + partner + "&category=" + category
                + "&purpose=investigation").body(), "$.allowed");
    }

    private static String stateIn(int port, String partner, String messageId) {
        return HubToHubExchangeTest.stateOf(HubClient.as(port, "liaison").get("/api/exchange/messages?partner=" + partner)
                .body(), messageId);
    }
}
