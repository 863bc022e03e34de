package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.platform.reference.SeaPorts;
import org.caunoi.hub.platform.reference.SeaPorts.SeaPort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** A port is found by its code, by the list's name, or for Vietnam's ports by the Vietnamese name officers write. */
class PortNamesTest {

    private static final PortNames PORTS = new PortNames(new SeaPorts(JsonMapper.builder().build()));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VNUIH           | VNUIH
            Qui Nhon        | VNUIH
            Quy Nhơn        | VNUIH
            quy nhon        | VNUIH
            Hải Phòng       | VNHPH
            Cái Mép         | VNTOT
            Vũng Tàu        | VNVUT
            Singapore       | SGSIN
            """)
    void findsAPortAsOfficersWriteIt(String written, String locode) {
        assertThat(PORTS.find(written)).map(SeaPort::locode).contains(locode);
    }
}
