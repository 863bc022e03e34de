package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Machine clients call the API with {@code Authorization: Bearer <token>}: a token authenticates as its
 * owner with the owner's current roles; a wrong, revoked or expired token, or one whose owner is
 * disabled, gets 401 in the caller's language; the secret is shown once and kept only as its SHA-256;
 * creation, revocation and refusals are in the audit trail, never the secret.
 */
@HubTest
class ApiTokensTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SignInAudit signIns;

    @BeforeEach
    void freshAuditWindow() {
        signIns.closeWindow();
    }

    @Test
    void aTokenAuthenticatesAsItsOwnerWithTheOwnersRoles() {
        String viewerToken = create("viewer", "{\"name\": \"reporting robot\"}").get("token").asString();
        String adminToken = create("admin", "{\"name\": \"monitoring\"}").get("token").asString();

        assertThat(bearer("GET", "/api/partners", viewerToken, "").statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/partners", "bearer " + viewerToken, "", "en").statusCode())
                .as("the scheme's name in any case (RFC 9110)").isEqualTo(200);
        assertThat(bearer("PUT", "/api/partners/HK", viewerToken, "{}").statusCode())
                .as("a viewer changes no partner, with a token either").isEqualTo(403);
        assertThat(bearer("GET", "/api/audit/verify", viewerToken, "").statusCode()).isEqualTo(403);
        assertThat(bearer("GET", "/api/audit/verify", adminToken, "").statusCode()).isEqualTo(200);
        assertThat(bearer("GET", "/actuator/prometheus", adminToken, "").statusCode()).as("actuator for admins").isEqualTo(200);
        assertThat(bearer("GET", "/actuator/prometheus", viewerToken, "").statusCode()).isEqualTo(403);
    }

    @Test
    void wrongRevokedExpiredAndDisabledOwnersTokensAreRefusedInTheCallersLanguage() {
        String username = "robot-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, "demo", "Robot", new Unit("IT"), Set.of(Role.ANALYST), false);
        JsonNode revoked = create(username, "{\"name\": \"revoked\"}");
        JsonNode expired = create(username, "{\"name\": \"expired\", \"days\": 1}");
        String disabledOwners = create(username, "{\"name\": \"owner disabled\"}").get("token").asString();
        assertThat(bearer("GET", "/api/partners", disabledOwners, "").statusCode()).isEqualTo(200);

        assertThat(call("DELETE", "/api/tokens/" + revoked.get("id").asLong(), basic(username), "", "en").statusCode())
                .isEqualTo(204);
        jdbc.sql("UPDATE platform.api_token SET created_at = now() - interval '3 days', expires_at = now() - interval '1 second' WHERE id = ?")
                .param(expired.get("id").asLong()).update();
        jdbc.sql("UPDATE platform.user_account SET enabled = FALSE WHERE username = ?").param(username).update();

        for (String token : new String[] {"caunoi_wrong" + UUID.randomUUID(), revoked.get("token").asString(),
                expired.get("token").asString(), disabledOwners}) {
            HttpResponse<String> refused = bearer("GET", "/api/partners", token, "", "vi");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(refused.body()).contains("mã truy cập API");
            assertThat(refused.headers().allValues("WWW-Authenticate")).as("the schemes a client may answer with")
                    .containsExactly("Basic realm=\"CauNoi\", charset=\"UTF-8\"", "Bearer realm=\"CauNoi\"");
        }
    }

    @Test
    void theSecretIsShownOnceAndKeptOnlyAsItsSha256() {
        JsonNode created = create("analyst", "{\"name\": \"shown once\"}");
        String secret = created.get("token").asString();
        assertThat(secret).startsWith("caunoi_").hasSizeGreaterThan(40);
        assertThat(created.get("expiresAt").asString()).isNotBlank();

        String listed = HubClient.as(port, "analyst").get("/api/tokens").body();
        assertThat(listed).contains("shown once").doesNotContain(secret);
        String stored = jdbc.sql("SELECT token_sha256 FROM platform.api_token WHERE id = ?")
                .param(created.get("id").asLong()).query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokens.sha256(secret));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.api_token t WHERE t::text LIKE ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTokenCannotMakeTokensSoAStolenOneCannotOutliveItsExpiry() {
        String secret = create("analyst", "{\"name\": \"short\", \"days\": 1}").get("token").asString();
        long before = jdbc.sql("SELECT count(*) FROM platform.api_token").query(Long.class).single();

        HttpResponse<String> successor = bearer("POST", "/api/tokens", secret, "{\"name\": \"successor\", \"days\": 366}");

        assertThat(successor.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(successor.body()).get("detail").asString()).as("not a matter of the analyst's role")
                .contains("An API token cannot create API tokens", "password").doesNotContain("role does not allow");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.api_token").query(Long.class).single()).isEqualTo(before);
        assertThat(bearer("GET", "/api/tokens", secret, "").statusCode()).as("listing its owner's tokens is fine").isEqualTo(200);
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndCreateNothing() {
        long before = jdbc.sql("SELECT count(*) FROM platform.api_token").query(Long.class).single();
        var liaison = HubClient.as(port, "liaison");

        HttpResponse<String> noName = liaison.postJson("/api/tokens", "{\"name\": \" \"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("\"name\"");
        HttpResponse<String> tooLong = liaison.postJson("/api/tokens", "{\"name\": \"x\", \"days\": 400}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"days\"");
        assertThat(liaison.postJson("/api/tokens", "{\"name\": \"x\", \"owner\": \"admin\"}").statusCode())
                .as("only administrators create tokens for others").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.api_token").query(Long.class).single()).isEqualTo(before);

        JsonNode forLiaison = create("admin", "{\"name\": \"set up by IT\", \"owner\": \"liaison\"}");
        assertThat(forLiaison.get("owner").asString()).isEqualTo("liaison");
        assertThat(forLiaison.get("createdBy").asString()).isEqualTo("admin");
    }

    @Test
    void creationRevocationAndRefusalsAreAuditedWithoutTheSecret() {
        JsonNode created = create("investigator", "{\"name\": \"audited\"}");
        String id = created.get("id").asString();
        String secret = created.get("token").asString();
        call("DELETE", "/api/tokens/" + id, basic("investigator"), "", "en");
        bearer("GET", "/api/partners", secret, "");

        var entries = audit.search("", "api-token", "", 0, 1000).stream().filter(e -> id.equals(e.recordId())).toList();
        assertThat(entries).extracting(AuditTrail.Entry::action).contains("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
        String prefix = "api-token:" + ApiTokens.sha256(secret).substring(0, 12);
        assertThat(audit.search(prefix, "", "SIGN_IN_FAILED", 0, 10)).extracting(AuditTrail.Entry::details)
                .containsExactly(org.caunoi.hub.platform.i18n.Sentences.of("platform.audit-details.sign-in-token-refused"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE details LIKE ? OR actor LIKE ?")
                .param("%" + secret + "%").param("%" + secret + "%").query(Long.class).single()).isZero();
    }

    @Test
    void anOfficerCreatesATokenOnTheScreenSeesItOnceAndRevokesItInBothLanguages() {
        var browser = new BrowserSession(port);
        browser.logIn("supervisor", "demo");
        assertThat(browser.get("/account/tokens?lang=en")).contains("API tokens");
        String created = browser.postFormForPage("/account/tokens", "name=screen+robot&days=30");
        assertThat(created).contains("Copy it now");
        String secret = created.replaceAll("(?s).*id=\"token-secret\">([^<]+)<.*", "$1");
        assertThat(secret).startsWith("caunoi_");
        assertThat(bearer("GET", "/api/partners", secret, "").statusCode()).isEqualTo(200);

        String page = browser.get("/account/tokens?lang=vi");
        assertThat(page).contains("Mã truy cập API", "screen robot", "còn hiệu lực").doesNotContain(secret);
        assertThat(browser.postFormForPage("/account/tokens", "name=&days=30")).contains("Hãy đặt tên cho mã");

        long id = jdbc.sql("SELECT id FROM platform.api_token WHERE owner = 'supervisor' AND name = 'screen robot'")
                .query(Long.class).single();
        assertThat(browser.postForm("/account/tokens/" + id + "/revoke", "", true)).isEqualTo(302);
        assertThat(browser.get("/account/tokens")).contains("đã thu hồi");
        assertThat(bearer("GET", "/api/partners", secret, "").statusCode()).isEqualTo(401);
    }

    private JsonNode create(String officer, String json) {
        HttpResponse<String> response = HubClient.as(port, officer).postJson("/api/tokens", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body) {
        return bearer(method, path, token, body, "en");
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body, String language) {
        return call(method, path, "Bearer " + token, body, language);
    }

    private static String basic(String officer) {
        return "Basic " + Base64.getEncoder().encodeToString((officer + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, String path, String authorization, String body, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
