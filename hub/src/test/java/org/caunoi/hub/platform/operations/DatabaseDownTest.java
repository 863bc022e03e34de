package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.caunoi.hub.platform.database.EmbeddedServer;
import org.junit.jupiter.api.Test;

/**
 * While the database does not answer, every caller is told so (503, as problem details or the error
 * page, nothing of the hub's insides) rather than that its password is wrong or that the hub failed,
 * and the readiness probe takes the hub out of the load balancer.
 */
class DatabaseDownTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void whileTheDatabaseIsDownCallersGet503SayingSoAndReadinessIsDown() throws Exception {
        Path dataDir = TestHub.newDataDir("database-down");
        ProcessHandle postmaster;
        // One failure locks the account: a request the database could not check must not count as one.
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=" + PASSWORD,
                "--caunoi.security.sign-in-failures-per-account=1")) {
            int port = TestHub.port(hub);
            var admin = new HubClient(port, "admin", PASSWORD);
            String token = JsonPath.read(admin.postJson("/api/tokens", "{\"name\": \"monitoring\"}").body(), "$.token");
            var signedIn = new BrowserSession(port);
            signedIn.logIn("admin", PASSWORD);
            postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(
                    EmbeddedDatabase.pgDirectory(dataDir).resolve("postmaster.pid")).getFirst().strip())).orElseThrow();

            // Stopped for good, its watch too: a server merely killed would be started again within seconds.
            hub.getBean(EmbeddedServer.class).close();

            Instant asked = Instant.now();
            var english = admin.get("/api/partners", "en");
            assertThat(Duration.between(asked, Instant.now())).as("answered within the pool's connection timeout, not after 30 s")
                    .isLessThan(Duration.ofSeconds(15));
            assertDatabaseUnavailable(english, "database does not answer");
            assertThat(JsonPath.<String>read(english.body(), "$.title")).isEqualTo("Unavailable for now");
            assertThat(english.headers().firstValue("WWW-Authenticate")).as("not a matter of credentials").isEmpty();
            var vietnamese = admin.get("/api/partners", "vi");
            assertThat(vietnamese.statusCode()).as("not locked out (429) by the first try").isEqualTo(503);
            assertDatabaseUnavailable(vietnamese, "Cơ sở dữ liệu");
            assertDatabaseUnavailable(HubClient.anonymous(port).get("/api/partners",
                    Map.of("Authorization", "Bearer " + token, "Accept-Language", "en")), "database does not answer");

            var page = signedIn.response("/partners?lang=en", Map.of());
            assertThat(page.statusCode()).as("a screen of a signed-in officer").isEqualTo(503);
            assertThat(page.body()).contains("Unavailable for now").contains("database does not answer").doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("SQL").doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("postgres");
            var signIn = new BrowserSession(port).tryLogIn("admin", PASSWORD, Map.of());
            assertThat(signIn.headers().firstValue("Location")).as("not 'wrong password'").hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?unavailable"));
            assertThat(new BrowserSession(port).get("/login?unavailable&lang=en")).contains("Your password could not be checked");

            var readiness = HubClient.anonymous(port).get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(JsonPath.<Map<String, String>>read(readiness.body(), "$.components.db")).containsEntry("status", "DOWN");
            assertThat(HubClient.anonymous(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        }

        assertThat(postmaster.isAlive()).as("no database server left behind").isFalse();
    }

    private static void assertDatabaseUnavailable(HttpResponse<String> answer, String detail) {
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(OperationsEndpointsTest.PROBLEM_JSON));
        assertThat(JsonPath.<Integer>read(answer.body(), "$.status")).isEqualTo(503);
        assertThat(JsonPath.<String>read(answer.body(), "$.detail")).contains(detail);
        assertNothingOfTheInsides(answer.body());
    }

    private static void assertNothingOfTheInsides(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("org.").doesNotContain("java.").doesNotContain("\tat ")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("hikari")
                .doesNotContainIgnoringCase("postgres").doesNotContain("127.0.0.1");
    }
}
