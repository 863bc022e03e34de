package org.caunoi.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.StartRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Which units a hub has when its operator names none: Vietnam Customs' four on a VN hub (its names
 * as before, International Cooperation receiving partners' requests), the demo nodes' own sets in demo
 * mode only, and no Vietnamese department anywhere else. Read from the hub's own application.yml.
 */
class UnitsTest {

    private static final Locale VI = Locale.of("vi");

    @Test
    void aVietnameseHubHasItsFourDepartmentsWithTheirNames() throws IOException {
        for (boolean demo : List.of(true, false)) {
            Units units = units("VN", demo, Map.of());

            assertThat(units.all()).extracting(Unit::code).containsExactly("HTQT", "DTCBL", "PCU", "IT");
            assertThat(units.receivingRequests()).isEqualTo(new Unit("HTQT"));
            assertThat(units.name(new Unit("DTCBL"), VI)).isEqualTo("Cục Điều tra chống buôn lậu");
            assertThat(units.name("dtcbl", Locale.ENGLISH)).isEqualTo("Anti-Smuggling Investigation Department");
            assertThat(units.named("platform.unit.htqt", VI)).as("as audit entries of earlier releases name it")
                    .isEqualTo("Vụ Hợp tác quốc tế");
        }
        Units demo = units("VN", true, Map.of());
        assertThat(List.of("admin", "liaison", "investigator", "analyst", "supervisor", "viewer"))
                .extracting(officer -> demo.ofDemoOfficer(officer).code())
                .containsExactly("IT", "HTQT", "DTCBL", "PCU", "HTQT", "DTCBL");
    }

    @Test
    void theDemoNodesHaveUnitsOfTheirOwn() throws IOException {
        Units hongKong = units("HK", true, Map.of());
        Units lao = units("LA", true, Map.of());

        assertThat(hongKong.all()).extracting(Unit::code).containsExactly("IC", "ENF", "INTEL", "IT");
        assertThat(lao.all()).extracting(Unit::code).containsExactly("IC", "ENF", "IT");
        assertThat(lao.receivingRequests()).isEqualTo(new Unit("IC"));
        assertThat(lao.name("IC", Locale.ENGLISH)).isEqualTo("International Cooperation");
        assertThat(lao.name("IC", VI)).isEqualTo("Hợp tác quốc tế");
        assertThat(hongKong.ofDemoOfficer("investigator")).isEqualTo(new Unit("ENF"));
        assertThat(hongKong.ofDemoOfficer("liaison")).isEqualTo(new Unit("IC"));
    }

    @Test
    void outsideDemoModeAnotherNodeMustNameItsOwn() {
        assertThatThrownBy(() -> units("LA", false, Map.of())).isInstanceOf(StartRefusedException.class)
                .hasMessageContaining("node LA").hasMessageContaining("caunoi.units");
    }

    @Test
    void theOperatorsUnitsReplaceTheDefaults() throws IOException {
        Map<String, Object> configured = new LinkedHashMap<>();
        configured.put("caunoi.units[0].code", "CUSTOMS_HQ");
        configured.put("caunoi.units[0].name-vi", "Tổng cục");
        configured.put("caunoi.units[0].name-en", "Headquarters");

        Units units = units("VN", false, configured);

        assertThat(units.all()).containsExactly(new Unit("CUSTOMS_HQ"));
        assertThat(units.receivingRequests()).as("a hub of one unit needs no mark").isEqualTo(new Unit("CUSTOMS_HQ"));
        assertThat(units.find("customs-hq")).isEqualTo(new Unit("CUSTOMS_HQ"));
        assertThat(units.find("HTQT")).isNull();
        assertThat(units.name("HTQT", VI)).as("a unit no longer configured is shown by its code").isEqualTo("HTQT");
    }

    @Test
    void aCodeThatCannotBeReadBackIsRefused() {
        Map<String, Object> configured = Map.of("caunoi.units[0].code", "ht-qt", "caunoi.units[0].name-vi", "A",
                "caunoi.units[0].name-en", "A");

        assertThatThrownBy(() -> units("VN", false, configured)).isInstanceOf(StartRefusedException.class)
                .hasMessageContaining("caunoi.units[0].code is 'ht-qt'");
    }

    private static Units units(String node, boolean demo, Map<String, Object> configured) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", configured));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return new Units(environment, new HubProperties("data", demo, node, "", "", new HubProperties.EmbeddedDb(true, 0)));
    }
}
