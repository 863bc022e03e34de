package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may see and change what, over real HTTP: one row per role and action. */
@HubTest
class SecurityTest extends HubTest.Base {

    @LocalServerPort
    int port;

    static final String PARTNER_JSON = """
            {"kind": "customs-administration", "isoCountry": "SG", "nameVi": "Hải quan Singapore",
             "nameEn": "Singapore Customs", "region": "southeast-asia"}""";

    static Stream<Arguments> partnerChanges() {
        return Stream.of(
                Arguments.of("admin", 200),
                Arguments.of("liaison", 200),
                Arguments.of("investigator", 403),
                Arguments.of("analyst", 403),
                Arguments.of("supervisor", 403),
                Arguments.of("viewer", 403));
    }

    @ParameterizedTest(name = "{0} changing a partner gets {1}")
    @MethodSource("partnerChanges")
    void onlyAdminsAndLiaisonOfficersChangePartners(String user, int expectedStatus) {
        assertThat(HubClient.as(port, user).putJson("/api/partners/SG", PARTNER_JSON).statusCode()).isEqualTo(expectedStatus);
    }

    static Stream<Arguments> auditAccess() {
        return Stream.of(
                Arguments.of("admin", 200),
                Arguments.of("supervisor", 200),
                Arguments.of("liaison", 403),
                Arguments.of("investigator", 403),
                Arguments.of("analyst", 403),
                Arguments.of("viewer", 403));
    }

    @ParameterizedTest(name = "{0} verifying the audit chain gets {1}")
    @MethodSource("auditAccess")
    void onlyAdminsAndSupervisorsReadTheAuditTrail(String user, int expectedStatus) {
        assertThat(HubClient.as(port, user).get("/api/audit/verify").statusCode()).isEqualTo(expectedStatus);
    }

    @ParameterizedTest(name = "{0} creating an agreement gets {1}")
    @MethodSource("partnerChanges")
    void onlyAdminsAndLiaisonOfficersCreateAgreements(String user, int expectedStatus) {
        var response = HubClient.as(port, user).postJson("/api/agreements", """
                {"kind": "mou", "titleVi": "Bản ghi nhớ", "titleEn": "MoU", "signedOn": "2021",
                 "status": "in-force", "parties": ["KR"]}""");

        assertThat(response.statusCode()).isEqualTo(expectedStatus == 200 ? 201 : expectedStatus);
    }

    @Test
    void everyRoleReadsPartners() {
        Stream.of("admin", "liaison", "investigator", "analyst", "supervisor", "viewer").forEach(user ->
                assertThat(HubClient.as(port, user).get("/api/partners").statusCode()).as(user).isEqualTo(200));
    }

    @Test
    void anonymousBrowsersAreSentToTheLoginPage() {
        var response = HubClient.anonymous(port).get("/partners");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void anonymousApiCallsGet401() {
        assertThat(HubClient.anonymous(port).get("/api/partners").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordGets401() {
        assertThat(new HubClient(port, "admin", "not-the-password").get("/api/partners").statusCode()).isEqualTo(401);
    }

    @Test
    void theLoginPageAndHealthArePublic() {
        assertThat(HubClient.anonymous(port).get("/login").statusCode()).isEqualTo(200);
        assertThat(HubClient.anonymous(port).get("/actuator/health").body()).contains("UP");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        int status = browser.postForm("/partners/HK/focal-points", "domain=drugs&name=Test", false);

        assertThat(status).isEqualTo(403);
        assertThat(browser.get("/partners/HK")).doesNotContain(">Test<");
    }

    @Test
    void aFormPostWithTheCsrfTokenIsAccepted() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        int status = browser.postForm("/partners/HK/focal-points", "domain=drugs&name=Lee+Wai+Man&email=drugs%40customs.gov.hk", true);

        assertThat(status).isEqualTo(302);
        assertThat(browser.get("/partners/HK")).contains("Lee Wai Man");
    }

    @Test
    void aViewerCannotAddFocalPointsEvenWithAToken() {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        assertThat(browser.postForm("/partners/HK/focal-points", "domain=drugs&name=Intruder", true)).isEqualTo(403);
    }

    @Test
    void aSignedInBrowserCannotWriteThroughTheApiWithAnAuthorizationHeaderThatAuthenticatesNobody() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        var forged = browser.send("PUT", "/api/partners/SG", Map.of("Authorization", "Bearer nothing",
                "Content-Type", "application/json"), PARTNER_JSON);

        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void theApiNeverReadsTheBrowserSession() {
        var browser = new BrowserSession(port);
        browser.logIn("liaison", "demo");

        assertThat(browser.status("/api/partners")).isEqualTo(401);
    }

    @Test
    void behindATlsProxyRedirectsAreHttpsAndHstsAndSecureCookiesAreSent() {
        Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

        var redirect = HubClient.anonymous(port).get("/partners", proxied);
        var login = HubClient.anonymous(port).get("/login", proxied);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).startsWith("https://"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(HubClient.anonymous(port).get("/login").headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void pagesAndApiAnswersSayWhichReferrerToSend() {
        assertThat(HubClient.anonymous(port).get("/login").headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(HubClient.anonymous(port).get("/api/partners").headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
