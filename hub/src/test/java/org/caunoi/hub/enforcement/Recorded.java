package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubClient;
import tools.jackson.databind.json.JsonMapper;

/** Records a case on a running hub as its investigator and answers the new case's id, failing the test if it is refused. */
final class Recorded {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Recorded() {
    }

    static long caseOn(int port, NewCase input) {
        var response = HubClient.as(port, "investigator").postJson("/api/enforcement/cases", input.json());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }
}
