package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starting the hub on a data directory an earlier run wrote: Flyway checks every migration it
 * applied before against the files in the jar, runs only what is new, and the data reads back.
 */
class MigrationsRunForwardTest {

    static final String PARTNER_JSON = """
            {"kind": "customs-administration", "isoCountry": "PH", "nameVi": "Hải quan Philippines",
             "nameEn": "Bureau of Customs (Philippines)", "region": "southeast-asia"}""";

    @Test
    void aSecondStartValidatesEveryAppliedMigrationRunsNothingTwiceAndReadsTheDataBack() throws Exception {
        Path dataDir = TestHub.newDataDir("upgrade");
        long applied;
        try (var first = RunningHubs.start(dataDir)) {
            assertThat(HubClient.as(RunningHubs.port(first), "liaison").putJson("/api/partners/PH", PARTNER_JSON).statusCode())
                    .isEqualTo(200);
            applied = migrations(first.getBean(JdbcClient.class), "success");
            assertThat(applied).as("every migration file ran").isEqualTo(MigrationsNeverEditedTest.migrationCount());
        }

        try (var second = RunningHubs.start(dataDir)) {
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(migrations(jdbc, "success")).as("nothing ran twice").isEqualTo(applied);
            assertThat(migrations(jdbc, "NOT success")).as("no migration failed").isZero();
            assertThat(HubClient.as(RunningHubs.port(second), "viewer").get("/api/partners/PH").body())
                    .contains("Bureau of Customs (Philippines)");
            assertThat(JsonPath.<Boolean>read(HubClient.as(RunningHubs.port(second), "admin").get("/api/audit/verify").body(), "$.intact"))
                    .isTrue();
        }
    }

    @Test
    void theHubRefusesToStartWhenAMigrationItRanBeforeHasChanged() {
        Path dataDir = TestHub.newDataDir("edited-migration");
        try (var first = RunningHubs.start(dataDir)) {
            var jdbc = first.getBean(JdbcClient.class);
            String history = historyTables(jdbc).stream().filter(table -> table.contains("partners")).findFirst().orElseThrow();
            // As if partners/V1 had been edited after this database ran it.
            jdbc.sql("UPDATE public." + history + " SET checksum = checksum + 1 WHERE version = '1'").update();
        }

        assertThatThrownBy(() -> RunningHubs.start(dataDir).close()).hasStackTraceContaining("checksum mismatch");
    }

    /** The migrations in every module's history that match the condition on the row. */
    static long migrations(JdbcClient jdbc, String condition) {
        return historyTables(jdbc).stream()
                .mapToLong(table -> jdbc.sql("SELECT count(*) FROM public." + table + " WHERE type = 'SQL' AND " + condition)
                        .query(Long.class).single())
                .sum();
    }

    /** Spring Modulith keeps one Flyway history table per module. */
    private static List<String> historyTables(JdbcClient jdbc) {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'flyway_schema_history%'")
                .query(String.class).list();
    }
}
