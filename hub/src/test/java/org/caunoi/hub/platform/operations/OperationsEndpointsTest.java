package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator's tools read from a running hub: its version, its probes, its metrics, and who may read which. */
@HubTest
class OperationsEndpointsTest extends HubTest.Base {

    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    BuildProperties build;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Autowired
    @Qualifier("diskSpaceHealthIndicator")
    HealthIndicator diskSpace;

    @Test
    void theVersionIsAtActuatorInfoForAnyone() {
        var info = HubClient.anonymous(port).get("/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(build.getVersion()).as("the Maven project's version, from build-info").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(JsonPath.<String>read(info.body(), "$.build.version")).isEqualTo(build.getVersion());
        assertThat(JsonPath.<String>read(info.body(), "$.build.artifact")).isEqualTo("caunoi-hub");
    }

    @Test
    void theLoginPageShowsTheVersionInEitherLanguage() {
        assertThat(HubClient.anonymous(port).get("/login?lang=en").body()).contains("Version " + build.getVersion());
        assertThat(HubClient.anonymous(port).get("/login?lang=vi").body()).contains("Phiên bản " + build.getVersion());
    }

    @Test
    void livenessAndReadinessProbesAnswerWithoutLogin() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var answer = HubClient.anonymous(port).get(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(JsonPath.<String>read(answer.body(), "$.status")).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void readinessChecksTheFreeSpaceOnTheDataDirectorysDiskAndNamesTheCheckWithoutDetails() {
        var readiness = HubClient.anonymous(port).get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(readiness.body(), "$.components.diskSpace.status")).isEqualTo("UP");
        assertThat(readiness.body()).as("no details for anyone").doesNotContain("free").doesNotContain("path");
        assertThat(diskSpace.health(true).getDetails()).containsEntry("path", TestHub.dataDir().toString());
        assertThat(healthGroups.get("liveness").isMember("diskSpace")).as("a full disk is not cured by a restart").isFalse();
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessDoesNot() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).as("a slow database must not get the hub restarted").isFalse();
    }

    @Test
    void anAdminScrapesTheHubsMetricsForPrometheus() {
        var scrape = HubClient.as(port, "admin").get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains(
                "caunoi_exchange_messages{direction=\"out\",state=\"DEAD_LETTER\"}",
                "caunoi_exchange_messages{direction=\"in\",state=\"PROCESSED\"}",
                "caunoi_exchange_dead_letters ",
                "caunoi_exchange_delivery_latency_seconds_count ",
                "caunoi_exchange_refusals_total ",
                "caunoi_audit_chain_lag ",
                "caunoi_events_given_up ",
                "hikaricp_connections_active");
    }

    @Test
    void metricsAreForAdminsOnly() {
        var viewer = HubClient.as(port, "viewer").get("/actuator/prometheus");
        var supervisor = HubClient.as(port, "supervisor").get("/actuator/prometheus");
        var anonymous = HubClient.anonymous(port).get("/actuator/prometheus");

        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(supervisor.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(viewer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(anonymous.body()).doesNotContain("caunoi_");
    }

    @Test
    void otherActuatorEndpointsStayClosed() {
        assertThat(HubClient.anonymous(port).get("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(HubClient.as(port, "admin").get("/actuator/env").statusCode()).as("not exposed").isEqualTo(404);
    }
}
