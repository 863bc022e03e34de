package org.caunoi.hub.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Sea ports are found by UN/LOCODE in the list built into the hub. */
class SeaPortsTest {

    static final SeaPorts PORTS = new SeaPorts(JsonMapper.builder().build());

    @ParameterizedTest(name = "{0} = {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            VNHPH   | Haiphong       | Viet Nam   | VN
            vnhph   | Haiphong       | Viet Nam   | VN
            VN SGN  | Ho Chi Minh City | Viet Nam | VN
            HKHKG   | Hong Kong      | Hong Kong  | HK
            SGSIN   | Singapore      | Singapore  | SG
            """)
    void findsAPortByItsLocode(String locode, String name, String country, String countryCode) {
        var port = PORTS.find(locode).orElseThrow();

        assertThat(port.name()).isEqualTo(name);
        assertThat(port.country()).isEqualTo(country);
        assertThat(port.countryCode()).isEqualTo(countryCode);
    }

    @Test
    void aPortIsShownByItsNameAndCodeAndAnyOtherPlaceAsWritten() {
        assertThat(PORTS.label("VNHPH")).isEqualTo(PORTS.find("VNHPH").orElseThrow().name() + " (VNHPH)");
        assertThat(PORTS.label("Lao Bảo")).isEqualTo("Lao Bảo");
        assertThat(PORTS.label("XXYYY")).isEqualTo("XXYYY");
        assertThat(PORTS.label(null)).isEmpty();
    }

    @Test
    void givesHaiPhongsPositionAsLatitudeAndLongitude() {
        var haiPhong = PORTS.find("VNHPH").orElseThrow();

        assertThat(haiPhong.coordinates()).isNotNull();
        assertThat(haiPhong.coordinates().latitude()).isCloseTo(20.84, within(0.01));
        assertThat(haiPhong.coordinates().longitude()).isCloseTo(106.69, within(0.01));
    }

    @ParameterizedTest
    @CsvSource({"VNXXX", "ZZZZZ", "VN", "''"})
    void anUnknownLocodeFindsNothing(String locode) {
        assertThat(PORTS.find(locode == null ? "" : locode)).isEmpty();
    }

    @Test
    void holdsTheWholeList() {
        assertThat(PORTS.size()).isEqualTo(1634);
        assertThat(PORTS.all()).hasSize(1634).contains(PORTS.find("VNHPH").orElseThrow());
    }
}
