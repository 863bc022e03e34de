package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guessing API tokens is slowed like guessing passwords, over real HTTP: a wrong {@code Authorization:
 * Bearer} counts against the remote address (20 failures) and against the token tried (5, as an account),
 * and once either is used up every token from there gets 429 with Retry-After, the right one too, before
 * any token is looked up. A hub of its own, with an audit window of an hour that the test closes itself,
 * so neither another test's failures nor the minute's schedule change the counts.
 */
class ApiTokenThrottleTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ConfigurableApplicationContext hub;
    private static int port;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startHub() {
        hub = TestHub.start(TestHub.newDataDir("token-throttle"), "--caunoi.demo=true",
                "--caunoi.security.failed-sign-in-window=PT1H");
        port = TestHub.port(hub);
        jdbc = hub.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @BeforeEach
    void freshAuditWindow() {
        hub.getBean(SignInAudit.class).closeWindow();
    }

    @Test
    void twentyWrongTokensFromOneAddressLockItSoTheRightTokenWaitsThereToo() {
        String right = hub.getBean(ApiTokens.class).create("analyst", "guessed robot", 30, "admin").secret();
        String guesser = "198.51.100.21";

        var wrong = IntStream.range(0, 25).mapToObj(i -> bearer(wrongToken(), guesser, i % 2 == 0 ? "vi" : "en")).toList();
        var rightFromThere = bearer(right, guesser, "en");
        var rightElsewhere = bearer(right, "198.51.100.22", "en");

        assertThat(wrong.subList(0, 20)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(401));
        assertThat(wrong.subList(20, 25)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        });
        assertThat(wrong.get(20).body()).as("in the caller's language").contains("đăng nhập sai quá nhiều lần");
        assertThat(wrong.get(21).body()).contains("Too many failed sign-ins");
        assertThat(rightFromThere.statusCode()).as("the right token waits for the address's lock").isEqualTo(429);
        assertThat(rightElsewhere.statusCode()).as("the lock is the address's, not the token's").isEqualTo(200);
    }

    @Test
    void refusedTokensAreAuditedWithinTheAllowanceAndTheLockOnce() {
        String guesser = "198.51.100.23";
        List<String> tokens = IntStream.range(0, 25).mapToObj(i -> wrongToken()).toList();

        tokens.forEach(token -> bearer(token, guesser, "en"));
        hub.getBean(SignInAudit.class).closeWindow();

        var failures = jdbc.sql("SELECT actor, details FROM platform.audit_entry WHERE action = 'SIGN_IN_FAILED' AND remote_addr = ?")
                .param(guesser).query((rs, row) -> List.of(rs.getString("actor"), rs.getString("details"))).list();
        assertThat(failures).as("10 a window from one address, the 429s never reach the token check").hasSize(10)
                .allSatisfy(entry -> {
                    assertThat(entry.get(0)).startsWith("api-token:").hasSize("api-token:".length() + 12);
                    assertThat(entry.get(1)).isEqualTo(org.caunoi.hub.platform.i18n.Sentences.of("platform.audit-details.sign-in-token-refused"));
                });
        assertThat(jdbc.sql("SELECT details FROM platform.audit_entry WHERE action = 'SIGN_IN_FAILED_UNRECORDED' AND record_id = ?")
                .param(guesser).query(String.class).list()).singleElement().satisfies(details -> assertThat(
                        hub.getBean(org.caunoi.hub.platform.i18n.Sentences.class).render(details, java.util.Locale.ENGLISH))
                        .startsWith("10 more").contains(guesser + " (20)"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'SIGN_IN_LOCKED' AND record_id = ?")
                .param(guesser).query(Long.class).single()).as("one entry per lock, not per try").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE details LIKE ? OR actor LIKE ?")
                .param("%" + tokens.getFirst() + "%").param("%" + tokens.getFirst() + "%").query(Long.class).single())
                .as("never the secret").isZero();
    }

    @Test
    void oneWrongTokenTriedFiveTimesIsLockedFromEveryAddress() {
        String token = wrongToken();

        var answers = IntStream.range(0, 6).mapToObj(i -> bearer(token, "198.51.100.24", "en").statusCode()).toList();
        var fromElsewhere = bearer(token, "198.51.100.25", "en");

        assertThat(answers).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(fromElsewhere.statusCode()).as("a token is counted as an account is").isEqualTo(429);
    }

    private static String wrongToken() {
        return "caunoi_wrong" + UUID.randomUUID();
    }

    /** A GET of the partners with a bearer token, through a proxy on this machine that says whom it forwards. */
    private static HttpResponse<String> bearer(String token, String from, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/partners"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", from)
                .header("Accept-Language", language).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
