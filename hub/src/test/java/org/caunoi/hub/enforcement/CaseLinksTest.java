package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An investigator links one case to another with a note; both cases show the link (the note only to
 * officers who read the first case in full), and a link to no case, to itself or by an officer of
 * another unit is refused.
 */
@HubTest
class CaseLinksTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aLinkWithItsNoteShowsOnBothCases() {
        long a = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long b = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        String referenceA = reference(a);
        String referenceB = reference(b);

        var linked = link("investigator", a, referenceB, "Same consignee, same tea brand");

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        JsonNode fromA = links("investigator", a).get(0);
        JsonNode fromB = links("investigator", b).get(0);
        assertThat(fromA.get("otherReference").asString()).isEqualTo(referenceB);
        assertThat(fromA.get("outgoing").asBoolean()).isTrue();
        assertThat(fromB.get("otherReference").asString()).isEqualTo(referenceA);
        assertThat(fromB.get("outgoing").asBoolean()).isFalse();
        assertThat(fromB.get("note").asString()).isEqualTo("Same consignee, same tea brand");
        assertThat(links("analyst", b).get(0).get("note").isNull()).as("a note may name persons").isTrue();
        var page = new BrowserSession(port);
        page.logIn("investigator", "demo");
        assertThat(page.get("/enforcement/cases/" + a + "?lang=en")).contains("Linked to", referenceB, "Same consignee");
        assertThat(page.get("/enforcement/cases/" + b + "?lang=en")).contains("Linked from", referenceA, "Same consignee");
    }

    @Test
    void aLinkToNoCaseToItselfOrByAnotherUnitIsRefused() {
        long a = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());

        var unknown = link("investigator", a, "VN-1999-000001", "");
        var itself = link("investigator", a, reference(a), "");
        var twice = link("investigator", a, reference(Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong())), "");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).at("/errors/0/field").asString()).isEqualTo("to");
        assertThat(JSON.readTree(unknown.body()).at("/errors/0/message").asString()).isEqualTo("There is no case VN-1999-000001.");
        assertThat(itself.statusCode()).isEqualTo(400);
        assertThat(twice.statusCode()).isEqualTo(201);
        assertThat(link("supervisor", a, reference(Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong())), "")
                .statusCode()).as("another unit's supervisor").isEqualTo(403);
        assertThat(links("investigator", a)).hasSize(1);
    }

    private java.net.http.HttpResponse<String> link(String officer, long from, String to, String note) {
        return HubClient.as(port, officer).postJson("/api/enforcement/cases/" + from + "/links?lang=en",
                JSON.writeValueAsString(java.util.Map.of("to", to, "note", note)));
    }

    private JsonNode links(String officer, long id) {
        var response = HubClient.as(port, officer).get("/api/enforcement/cases/" + id + "/links");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String reference(long id) {
        return JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();
    }
}
