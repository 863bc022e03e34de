package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;

/**
 * A hub whose data directory's disk is (nearly) full is not ready for traffic: the readiness probe
 * answers 503 and names the disk check, while liveness stays UP (a restart frees no disk).
 */
class DiskSpaceReadinessTest {

    @Test
    void readinessIsDownAndNamesTheDiskCheckWhenTheDataDirectorysDiskHasLessFreeSpaceThanTheThreshold() {
        // More than any disk holds: the free space is always below it.
        try (var hub = TestHub.start(TestHub.newDataDir("disk-full"), "--caunoi.demo=false",
                "--caunoi.admin-password=correct-horse-battery", "--management.health.diskspace.threshold=100000TB")) {
            var probes = HubClient.anonymous(TestHub.port(hub));

            var readiness = probes.get("/actuator/health/readiness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("DOWN");
            assertThat(JsonPath.<String>read(readiness.body(), "$.components.diskSpace.status")).isEqualTo("DOWN");
            assertThat(JsonPath.<String>read(readiness.body(), "$.components.db.status")).isEqualTo("UP");
            assertThat(probes.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
    }
}
