package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.caunoi.hub.platform.database.EmbeddedServer;
import org.junit.jupiter.api.Test;

/**
 * While the database does not answer, a machine client is told so (503 as problem details it can
 * show, nothing of the hub's insides) rather than that its password is wrong, and the readiness
 * probe takes the hub out of the load balancer.
 */
class DatabaseDownTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void whileTheDatabaseIsDownTheApiAnswers503SayingSoAndReadinessIsDown() throws Exception {
        Path dataDir = TestHub.newDataDir("database-down");
        ProcessHandle postmaster;
        // One failure locks the account: a request the database could not check must not count as one.
        try (var hub = TestHub.start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=" + PASSWORD,
                "--caunoi.security.sign-in-failures-per-account=1")) {
            var admin = new HubClient(TestHub.port(hub), "admin", PASSWORD);
            assertThat(admin.get("/api/partners").statusCode()).isEqualTo(200);
            postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(
                    EmbeddedDatabase.pgDirectory(dataDir).resolve("postmaster.pid")).getFirst().strip())).orElseThrow();

            // Stopped for good, its watch too: a server merely killed would be started again within seconds.
            hub.getBean(EmbeddedServer.class).close();

            Instant asked = Instant.now();
            var english = admin.get("/api/partners", "en");
            assertThat(Duration.between(asked, Instant.now())).as("answered within the pool's connection timeout, not after 30 s")
                    .isLessThan(Duration.ofSeconds(15));
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith(OperationsEndpointsTest.PROBLEM_JSON));
            assertThat(JsonPath.<Integer>read(english.body(), "$.status")).isEqualTo(503);
            assertThat(JsonPath.<String>read(english.body(), "$.title")).isEqualTo("Unavailable for now");
            assertThat(JsonPath.<String>read(english.body(), "$.detail")).contains("database does not answer");
            assertThat(english.headers().firstValue("WWW-Authenticate")).as("not a matter of credentials").isEmpty();
            assertNothingOfTheInsides(english.body());
            var vietnamese = admin.get("/api/partners", "vi");
            assertThat(vietnamese.statusCode()).as("not locked out (429) by the first try").isEqualTo(503);
            assertThat(JsonPath.<String>read(vietnamese.body(), "$.detail")).contains("Cơ sở dữ liệu");
            assertNothingOfTheInsides(vietnamese.body());

            var readiness = HubClient.anonymous(TestHub.port(hub)).get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(JsonPath.<Map<String, String>>read(readiness.body(), "$.components.db")).containsEntry("status", "DOWN");
            assertThat(HubClient.anonymous(TestHub.port(hub)).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        }

        assertThat(postmaster.isAlive()).as("no database server left behind").isFalse();
    }

    private static void assertNothingOfTheInsides(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("org.").doesNotContain("java.").doesNotContain("\tat ")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("hikari")
                .doesNotContainIgnoringCase("postgres").doesNotContain("127.0.0.1");
    }
}
