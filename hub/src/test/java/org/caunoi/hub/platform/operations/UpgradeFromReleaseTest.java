package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.platform.EmbeddedDatabasePasswordTest;
import org.caunoi.hub.platform.database.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Installing this release over the data of release 0.1.0: the hub starts on the data directory the
 * 0.1.0 jar wrote (kept in {@code releases/}, see its README), runs the migrations added since, and
 * every kind of record the release held reads back through today's API.
 */
class UpgradeFromReleaseTest {

    @Test
    void theHubStartsOnTheDataOfRelease010MigratesItForwardAndReadsEveryRecordBack() throws IOException {
        Path release = unpack("/releases/vn-0.1.0.tar.xz", TestHub.newDataDir("release-0.1.0"));

        try (var hub = RunningHubs.start(release.resolve("data"), "--caunoi.node=VN")) {
            var jdbc = hub.getBean(JdbcClient.class);
            assertThat(MigrationsRunForwardTest.migrations(jdbc, "NOT success")).as("no migration failed").isZero();
            assertThat(MigrationsRunForwardTest.migrations(jdbc, "success"))
                    .as("every migration of this build has run, the new ones included")
                    .isEqualTo(MigrationsNeverEditedTest.migrationCount());
            int port = RunningHubs.port(hub);

            // 0.1.0's server let every local connection in as superuser without a password.
            assertThat(EmbeddedDatabasePasswordTest.pgHbaRules(release.resolve("data"))).isNotEmpty()
                    .allMatch(rule -> rule.endsWith("scram-sha-256"));
            EmbeddedDatabasePasswordTest.assertRefusedWithoutThePassword(release.resolve("data"), hub.getBean(EmbeddedServer.class).port());

            String partners = HubClient.as(port, "viewer").get("/api/partners").body();
            assertThat(JsonPath.<List<String>>read(partners, "$[*].code")).contains("HK", "LA", "CN");

            String theCase = HubClient.as(port, "investigator").get("/api/enforcement/cases/1").body();
            assertThat(JsonPath.<String>read(theCase, "$.reference")).isEqualTo("VN-2026-000001");
            assertThat(JsonPath.<List<String>>read(theCase, "$.content.persons[*].name")).containsExactly("Nguyễn Văn Hùng");

            String totals = HubClient.as(port, "investigator").get("/api/enforcement/operations/1/totals").body();
            assertThat(JsonPath.<Integer>read(totals, "$.cases")).isEqualTo(1);
            assertThat(JsonPath.<Double>read(totals, "$.byCategory.drugs.kg")).isEqualTo(12.5);

            String answered = HubClient.as(port, "liaison").get("/api/assistance/requests/1").body();
            assertThat(JsonPath.<String>read(answered, "$.state")).isEqualTo("answered");
            String draft = HubClient.as(port, "liaison").get("/api/assistance/requests/2").body();
            assertThat(JsonPath.<String>read(draft, "$.state")).isEqualTo("draft");

            String messages = HubClient.as(port, "liaison").get("/api/exchange/messages").body();
            assertThat(JsonPath.<List<String>>read(messages, "$[?(@.direction == 'out')].type"))
                    .as("the two pings, the case shared twice and the request that 0.1.0 sent")
                    .hasSize(5);
            assertThat(JsonPath.<List<String>>read(messages, "$[?(@.state == 'receipt-received')].partner"))
                    .as("what HK acknowledged before the upgrade").containsOnly("HK").hasSize(3);
            assertThat(JsonPath.<List<String>>read(messages, "$[?(@.direction == 'in')].partner"))
                    .as("HK's answer, received by 0.1.0").containsExactly("HK");

            String chain = HubClient.as(port, "admin").get("/api/audit/verify").body();
            assertThat(JsonPath.<Boolean>read(chain, "$.intact")).as("the audit chain 0.1.0 wrote, continued by this build").isTrue();
        }
    }

    /** Unpacks a tar.xz resource; PostgreSQL refuses a data directory others may read, hence 0700. */
    private static Path unpack(String resource, Path target) throws IOException {
        try (InputStream packed = Objects.requireNonNull(UpgradeFromReleaseTest.class.getResourceAsStream(resource), resource);
             var tar = new TarArchiveInputStream(new XZCompressorInputStream(packed))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
                }
                else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
        return target;
    }
}
