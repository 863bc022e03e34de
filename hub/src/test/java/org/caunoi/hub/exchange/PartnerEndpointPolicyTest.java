package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner's hub address cannot point the hub at its own network: what an officer may register,
 * over the real partner page form, in demo mode (loopback allowed for the demo network; production
 * mode is in EmbeddedDatabaseRestartTest).
 */
@HubTest
class PartnerEndpointPolicyTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "http://169.254.169.254/latest/meta-data, 'loopback, private or link-local'",
            "http://0.0.0.0:5432/as4, 'loopback, private or link-local'",
            "ftp://hub.partner.example/as4, not allowed for partner hubs here",
            "file:///etc/passwd, Enter the address as http",
            "https://no-such-host.invalid/as4, cannot be found"})
    void refusesAnEndpointThatIsNotAPartnersHubAndNamesWhy(String url, String why) {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        String section = browser.postFormForPage("/exchange/partners/KR/connection?lang=en",
                "endpointUrl=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8) + "&partyId=urn:kr:hub");

        assertThat(section).contains("connection-problems").contains(why);
        assertThat(browser.get("/exchange/partners/KR/connection")).doesNotContain(url);
    }

    @Test
    void acceptsTheDemoNetworksLoopbackAddressInDemoMode() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        String section = browser.postFormForPage("/exchange/partners/KR/connection?lang=en",
                "endpointUrl=http%3A%2F%2F127.0.0.1%3A8099%2Fas4&partyId=urn%3Atest%3Akr");

        assertThat(section).doesNotContain("connection-problems").contains("127.0.0.1:8099");
    }
}
