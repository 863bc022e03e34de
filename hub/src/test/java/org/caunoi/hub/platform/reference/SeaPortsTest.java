package org.caunoi.hub.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Sea ports are found by UN/LOCODE in the list built into the hub. */
class SeaPortsTest {

    static final SeaPorts PORTS = new SeaPorts(JsonMapper.builder().build());
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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
        assertThat(PORTS.label("VNHPH", Locale.ENGLISH)).isEqualTo("Haiphong (VNHPH)");
        assertThat(PORTS.label("Lao Bảo", Locale.ENGLISH)).isEqualTo("Lao Bảo");
        assertThat(PORTS.label("XXYYY", VIETNAMESE)).isEqualTo("XXYYY");
        assertThat(PORTS.label(null, VIETNAMESE)).isEmpty();
    }

    @Test
    void vietnamsPortsAreShownInVietnameseToAVietnameseReaderAndOthersAsTheListSpellsThem() {
        assertThat(PORTS.label("VNHPH", VIETNAMESE)).isEqualTo("Hải Phòng (VNHPH)");
        assertThat(PORTS.label("VNUIH", VIETNAMESE)).isEqualTo("Quy Nhơn (VNUIH)");
        assertThat(PORTS.label("VNUIH", Locale.ENGLISH)).isEqualTo("Qui Nhon (VNUIH)");
        assertThat(PORTS.label("HKHKG", VIETNAMESE)).isEqualTo("Hong Kong (HKHKG)");
        assertThat(PORTS.all()).as("every port of Vietnam has its Vietnamese name, and only those")
                .allSatisfy(port -> assertThat(port.nameVi() != null).as(port.locode()).isEqualTo(port.countryCode().equals("VN")));
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
