package org.caunoi.hub.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner hub that loaded the demo facts before the 2025 restructuring names Vietnam's administration
 * by its current name after the upgrade, and keeps the former one where a search finds it.
 */
class VietnamCustomsRenamedTest {

    private static final String FORMER_VI = "Tổng cục Hải quan Việt Nam";
    private static final String FORMER_EN = "General Department of Vietnam Customs (GDVC)";

    @Test
    void theUpgradeRenamesVietnamCustomsAsLoadedBeforeAndLeavesOtherNamesAlone() {
        Path dataDir = TestHub.newDataDir("vietnam-renamed");
        try (var before = RunningHubs.start(dataDir)) {
            var jdbc = before.getBean(JdbcClient.class);
            jdbc.sql("""
                    INSERT INTO partners.partner (code, kind, iso_country, name_vi, name_en, region, note)
                    VALUES ('VN', 'CUSTOMS_ADMINISTRATION', 'VN', ?, ?, 'SOUTHEAST_ASIA', '')""")
                    .params(FORMER_VI, FORMER_EN).update();
            jdbc.sql("UPDATE partners.agreement SET counterpart = ? WHERE id = (SELECT min(id) FROM partners.agreement)")
                    .param(FORMER_EN).update();
            // As if this hub had not yet run the renaming.
            jdbc.sql("DELETE FROM public." + partnersHistory(jdbc) + " WHERE description = 'vietnam customs renamed'").update();
        }

        try (var after = RunningHubs.start(dataDir)) {
            var jdbc = after.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT name_vi || ' | ' || name_en || ' | ' || note FROM partners.partner WHERE code = 'VN'")
                    .query(String.class).single()).isEqualTo("Cục Hải quan | Vietnam Customs (Department of Customs) | tên cũ: "
                            + FORMER_VI + "; former name (until 2025): " + FORMER_EN);
            assertThat(jdbc.sql("SELECT count(*) FROM partners.agreement WHERE counterpart = ?").param(FORMER_EN)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT name_en FROM partners.partner WHERE code = 'HK'").query(String.class).single())
                    .isEqualTo("Customs and Excise Department, Hong Kong, China");
        }
    }

    private static String partnersHistory(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_name LIKE 'flyway_schema_history%' AND table_name LIKE '%partners%'""")
                .query(String.class).single();
    }
}
