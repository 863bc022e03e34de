package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub as an operator runs it: stop and start on the same data directory keeps everything; the
 * demo data is loaded once; outside demo mode the first start needs an admin password.
 */
class EmbeddedDatabaseRestartTest {

    /** A demo start installs the demo network's keys, which outside demo mode open only with their password given. */
    private static final String DEMO_KEYSTORE_PASSWORD = "--caunoi.exchange.keystore-password=caunoi-demo";

    @Test
    void keepsDataAcrossARestartAndLoadsTheDemoDataOnlyOnce() {
        Path dataDir = TestHub.newDataDir("restart");
        try (var first = start(dataDir, "--caunoi.demo=true")) {
            var liaison = HubClient.as(port(first), "liaison");
            addThePhilippines(liaison);
        }
        assertThat(Files.exists(dataDir.resolve("pg/postgresql.conf"))).isTrue();

        try (var second = start(dataDir, "--caunoi.demo=true")) {
            var viewer = HubClient.as(port(second), "viewer");
            assertThat(JsonPath.<String>read(viewer.get("/api/partners/PH").body(), "$.nameEn")).isEqualTo("Bureau of Customs (Philippines)");
            String hongKong = viewer.get("/api/agreements?partner=HK").body();
            assertThat(JsonPath.<java.util.List<String>>read(hongKong, "$[?(@.signed == '2013-06-28')].id"))
                    .as("one HK arrangement, not loaded twice").hasSize(1);
        }
    }

    @Test
    void aHubWhoseEmbeddedPostgresqlIsKilledStartsItAgainAndKeepsWhatWasCommitted() throws Exception {
        Path dataDir = TestHub.newDataDir("db-killed");
        try (var hub = start(dataDir, "--caunoi.demo=true")) {
            var liaison = HubClient.as(port(hub), "liaison");
            addThePhilippines(liaison);
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                    Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).getFirst().strip())).orElseThrow();

            postmaster.destroyForcibly(); // SIGKILL, the server alone: the hub's process goes on
            postmaster.onExit().join();

            // Before, the hub kept answering 500 until someone restarted it.
            org.awaitility.Awaitility.await("the hub answers from its database again").atMost(java.time.Duration.ofSeconds(90))
                    .until(() -> liaison.get("/api/partners/PH").statusCode() == 200);
            assertThat(liaison.get("/api/partners/PH").body()).contains("Bureau of Customs (Philippines)");
            assertThat(HubClient.as(port(hub), "admin").get("/api/audit/verify").body()).contains("\"intact\":true");
        }
    }

    @Test
    void aFactsFileGivenWithDemoFactsReplacesTheBuiltInDemoData() throws Exception {
        Path dataDir = TestHub.newDataDir("own-facts");
        Path facts = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-facts.yaml"), """
                government_agreements:
                  - {partner: SG, year: 2001}
                """);
        try (var hub = start(dataDir, "--caunoi.demo=true", "--caunoi.demo-facts=" + facts)) {
            String partners = HubClient.as(port(hub), "viewer").get("/api/partners").body();
            assertThat(JsonPath.<java.util.List<String>>read(partners, "$[*].code")).contains("SG").doesNotContain("HK");
        }
    }

    @Test
    void startsEmptyAndSaysSoWhenTheDemoFactsFileIsMissing() {
        Path dataDir = TestHub.newDataDir("no-facts");
        try (var hub = start(dataDir, "--caunoi.demo=true", "--caunoi.demo-facts=" + dataDir.resolve("missing.yaml"))) {
            assertThat(HubClient.as(port(hub), "viewer").get("/api/partners").body()).isEqualTo("[]");
            var browser = new BrowserSession(port(hub));
            browser.logIn("viewer", "demo");
            assertThat(browser.get("/?lang=en")).contains("the demo data file (" + dataDir.resolve("missing.yaml") + ") was not found");
        }
    }

    @Test
    void outsideDemoModeTheFirstStartRefusesWithoutAnAdminPassword() {
        Path dataDir = TestHub.newDataDir("no-password");

        assertThatThrownBy(() -> start(dataDir, "--caunoi.demo=false"))
                .hasStackTraceContaining("--caunoi.admin-password");
    }

    @Test
    void outsideDemoModeThereAreNoDemoAccountsAndTheGivenAdminPasswordWorks() {
        Path dataDir = TestHub.newDataDir("production");
        try (var hub = start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=correct-horse-battery")) {
            int port = port(hub);
            assertThat(HubClient.as(port, "viewer").get("/api/partners").statusCode()).isEqualTo(401);
            assertThat(HubClient.as(port, "admin").get("/api/partners").statusCode()).as("no built-in 'demo' password").isEqualTo(401);
            assertThat(new HubClient(port, "admin", "correct-horse-battery").get("/api/partners").body()).isEqualTo("[]");
        }
    }

    @Test
    void aDemoDataDirectoryRestartedInProductionModeGetsTheGivenAdminPasswordAndNoDemoAccounts() {
        Path dataDir = TestHub.newDataDir("demo-to-production");
        try (var demo = start(dataDir, "--caunoi.demo=true")) {
            assertThat(HubClient.as(port(demo), "admin").get("/api/partners").statusCode()).isEqualTo(200);
        }

        try (var production = start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=correct-horse-battery",
                DEMO_KEYSTORE_PASSWORD)) {
            int port = port(production);
            assertThat(new HubClient(port, "admin", "correct-horse-battery").get("/api/partners").statusCode()).isEqualTo(200);
            assertThat(HubClient.as(port, "admin").get("/api/partners").statusCode()).as("the demo password is gone").isEqualTo(401);
            assertThat(HubClient.as(port, "liaison").get("/api/partners").statusCode()).as("demo accounts disabled").isEqualTo(401);
            assertThat(production.getBean(AuditTrail.class).search("system", "user", "RESET_PASSWORD", null, 5))
                    .singleElement().satisfies(entry -> assertThat(entry.recordId()).isEqualTo("admin"));
        }
    }

    @Test
    void aProductionRestartWithoutAnAdministratorRefusesToStartAndSaysWhy() {
        Path dataDir = TestHub.newDataDir("demo-to-production-no-password");
        try (var demo = start(dataDir, "--caunoi.demo=true")) {
            assertThat(port(demo)).isPositive();
        }

        assertThatThrownBy(() -> start(dataDir, "--caunoi.demo=false", DEMO_KEYSTORE_PASSWORD))
                .hasStackTraceContaining("no enabled administrator").hasStackTraceContaining("--caunoi.admin-password");

        // Refused before anything a demo start could not undo: not marked as production data, demo accounts still enabled.
        try (var demoAgain = start(dataDir, "--caunoi.demo=true")) {
            assertThat(HubClient.as(port(demoAgain), "admin").get("/api/partners").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void outsideDemoModeAPartnerEndpointOnLoopbackOrAPrivateNetworkIsRefused() {
        Path dataDir = TestHub.newDataDir("production-endpoints");
        try (var hub = start(dataDir, "--caunoi.demo=false", "--caunoi.admin-password=correct-horse-battery",
                "--caunoi.exchange.allowed-endpoint-networks=192.0.2.0/24")) {
            var settings = hub.getBean(ConnectionSettings.class);
            for (String url : List.of("http://127.0.0.1:8081/as4", "http://10.1.2.3/as4", "http://[::1]/as4")) {
                assertThatThrownBy(() -> settings.save("XX", url, "urn:x", PartnerEndpoint.KeyReference.BST, null))
                        .isInstanceOfSatisfying(ConnectionSettings.InvalidConnectionException.class, e -> assertThat(e.problems())
                                .contains(new ConnectionSettings.InvalidConnectionException.Problem("endpointUrl",
                                        "exchange.connection.error.url-internal")));
            }
            assertThatThrownBy(() -> settings.save("XX", "http://192.0.2.7/as4", "urn:x", PartnerEndpoint.KeyReference.BST, null))
                    .isInstanceOfSatisfying(ConnectionSettings.InvalidConnectionException.class, e -> assertThat(e.problems())
                            .as("a configured network is allowed").extracting(ConnectionSettings.InvalidConnectionException.Problem::field)
                            .doesNotContain("endpointUrl"));
        }
    }

    @Test
    void usesAnExternalPostgresqlWhenTheDatasourceIsConfiguredAndStartsNoEmbeddedServer() throws Exception {
        Path dataDir = TestHub.newDataDir("external");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                var hub = start(dataDir, "--caunoi.demo=true",
                        "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres")) {
            assertThat(HubClient.as(port(hub), "viewer").get("/api/agreements?partner=HK").body()).contains("2013-06-28");
            assertThat(Files.exists(dataDir.resolve("pg"))).as("no embedded database in the data dir").isFalse();
            try (var connection = external.getPostgresDatabase().getConnection();
                    var rows = connection.createStatement().executeQuery("SELECT count(*) FROM partners.partner")) {
                rows.next();
                assertThat(rows.getInt(1)).as("the partners live in the external database").isGreaterThan(20);
            }
        }
    }

    private static void addThePhilippines(HubClient liaison) {
        assertThat(liaison.putJson("/api/partners/PH", """
                {"kind": "customs-administration", "isoCountry": "PH", "nameVi": "Hải quan Philippines",
                 "nameEn": "Bureau of Customs (Philippines)", "region": "southeast-asia"}""").statusCode()).isEqualTo(200);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... args) {
        return TestHub.start(dataDir, args);
    }

    private static int port(ConfigurableApplicationContext hub) {
        return TestHub.port(hub);
    }
}
