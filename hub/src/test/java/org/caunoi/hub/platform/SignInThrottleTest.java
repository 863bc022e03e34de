package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.IntStream;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditAllowance;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Password guessing is slowed and the audit trail stays bounded, over real HTTP: each test signs in
 * from an address of its own (X-Forwarded-For, as a proxy on this machine would send it), so the
 * throttle of one test never touches another's.
 */
@HubTest
class SignInThrottleTest extends HubTest.Base {

    static final String PASSWORD = "the-right-password-1";

    @LocalServerPort
    int port;

    @Autowired
    org.caunoi.hub.platform.i18n.Sentences sentences;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyWrongPasswordsLockTheAccountSoTheRightOneWaitsToo() {
        accounts.createIfAbsent("guessed", PASSWORD, "Guessed Officer", new Unit("IT"), EnumSet.of(Role.VIEWER), false);
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.1", "Accept-Language", "en");

        var answers = IntStream.range(0, 50)
                .mapToObj(i -> new HubClient(port, "guessed", "wrong-" + i).get("/api/partners", from)).toList();
        var right = new HubClient(port, "guessed", PASSWORD).get("/api/partners", from);

        assertThat(answers.subList(0, 5)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(401));
        assertThat(answers.subList(5, 50)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
            assertThat(answer.body()).contains("Too many failed sign-ins");
        });
        assertThat(right.statusCode()).as("the right password waits for the lock too").isEqualTo(429);
        assertThat(count("SIGN_IN_FAILED", "guessed")).as("refused tries never reach the password check").isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'SIGN_IN_LOCKED' AND record_id = 'guessed'")
                .query(Long.class).single()).as("one entry per lock, not per try").isEqualTo(1);
    }

    @Test
    void anUnknownUserIsLockedExactlyAsAKnownOne() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.2");

        var answers = IntStream.range(0, 7)
                .mapToObj(i -> new HubClient(port, "nobody-here", "wrong").get("/api/partners", from).statusCode()).toList();

        assertThat(answers).containsExactly(401, 401, 401, 401, 401, 429, 429);
    }

    @Test
    void oneAddressTryingManyAccountsIsLocked() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.3");

        var answers = IntStream.range(0, 22)
                .mapToObj(i -> new HubClient(port, "user-" + i, "wrong").get("/api/partners", from).statusCode()).toList();

        assertThat(answers.subList(0, 20)).containsOnly(401);
        assertThat(answers.subList(20, 22)).containsOnly(429);
    }

    @Test
    void theLoginPageSaysWhenToTryAgain() {
        accounts.createIfAbsent("form-guessed", PASSWORD, "Guessed Officer", new Unit("IT"), EnumSet.of(Role.VIEWER), false);
        var browser = new BrowserSession(port);
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.4");
        IntStream.range(0, 5).forEach(i -> browser.tryLogIn("form-guessed", "wrong", from));

        var locked = browser.tryLogIn("form-guessed", PASSWORD, from);
        String page = locked.headers().firstValue("Location").orElseThrow();

        assertThat(page).contains("/login?error&locked=");
        String path = page.substring(page.indexOf("/login"));
        assertThat(browser.response(path + "&lang=en", from).body()).containsPattern("Try again in \\d+ min \\d+ s");
        assertThat(browser.response(path + "&lang=vi", from).body()).containsPattern("thử lại sau \\d+ phút \\d+ giây");
    }

    @Test
    void failedSignInsWithHugeUserNamesAreClippedAndCappedInTheAuditTrail() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.5");
        String huge = "u".repeat(2600);

        var answers = IntStream.range(0, 15)
                .mapToObj(i -> new HubClient(port, i + "-" + huge, "wrong").get("/api/partners", from).statusCode()).toList();

        assertThat(answers).containsOnly(401);
        var lengths = jdbc.sql("SELECT length(actor) FROM platform.audit_entry WHERE action = 'SIGN_IN_FAILED' AND remote_addr = '198.51.100.5'")
                .query(Integer.class).list();
        assertThat(lengths).as("at most 10 a minute from one address").hasSize(10).allSatisfy(length -> assertThat(length).isLessThan(80));
    }

    @Test
    void whatGoesOverTheAllowanceIsCountedInOneEntry() {
        var allowance = new AuditAllowance(audit, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                "TEST_FLOOD_UNRECORDED", 2, 3);

        var admitted = IntStream.range(0, 6).mapToObj(i -> allowance.admit(i < 4 ? "192.0.2.1" : "192.0.2.2")).toList();
        allowance.closeWindow();

        assertThat(admitted).containsExactly(true, true, false, false, true, false);
        assertThat(jdbc.sql("SELECT details FROM platform.audit_entry WHERE action = 'TEST_FLOOD_UNRECORDED'").query(String.class).list())
                .singleElement().satisfies(details -> assertThat(sentences.render(details, java.util.Locale.ENGLISH))
                        .startsWith("3 more between 01/01/2026 07:00:00 UTC+07:00").contains("limits 2 per address, 3 in all")
                        .contains("192.0.2.1 (4)"));
    }

    private long count(String action, String actor) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE action = ? AND actor = ?").params(action, actor)
                .query(Long.class).single();
    }
}
