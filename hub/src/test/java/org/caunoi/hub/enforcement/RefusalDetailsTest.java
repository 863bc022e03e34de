package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal's detail says what was refused, over real HTTP on the shared hub: an operation, an alert, a share
 * request, a change to a withdrawn case and an upload without its photo each have their own sentence, not the
 * one of a case with errors.
 */
@HubTest
class RefusalDetailsTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale VIETNAMESE = Locale.of("vi");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void anOperationWithErrorsIsNamedAsSuch() {
        var refused = investigator().postJson("/api/enforcement/operations", "{\"categories\": [\"drugs\"]}");

        assertDetail(refused, "enforcement.invalid.title-operation");
    }

    @Test
    void anAlertWithErrorsIsNamedAsSuch() {
        var operation = investigator().postJson("/api/enforcement/operations",
                "{\"name\": \"Refusal details\", \"categories\": [\"drugs\"], \"partners\": [\"HK\"]}");
        assertThat(operation.statusCode()).as(operation.body()).isEqualTo(201);
        long id = JSON.readTree(operation.body()).get("id").asLong();

        var refused = investigator().postJson("/api/enforcement/operations/" + id + "/alerts", "{\"text\": \"\"}");

        assertDetail(refused, "enforcement.invalid.title-alert");
    }

    @Test
    void aShareRequestWithErrorsIsNamedAsSuch() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());

        var refused = investigator().postJson("/api/enforcement/cases/" + id + "/share", "{\"purpose\": \"investigation\"}");

        assertDetail(refused, "enforcement.invalid.title-share");
    }

    @Test
    void aChangeToAWithdrawnCaseSaysTheCaseIsWithdrawn() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        investigator().postJson("/api/enforcement/cases/" + id + "/withdraw", "");
        String reference = JSON.readTree(investigator().get("/api/enforcement/cases/" + id).body()).get("reference")
                .asString();

        var corrected = investigator().putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 20).with("version", 1).json());
        var shared = investigator().postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}");

        assertDetail(corrected, "enforcement.invalid.title-withdrawn", reference);
        assertDetail(shared, "enforcement.invalid.title-withdrawn", reference);
    }

    @Test
    void anUploadWithoutItsPhotoIsNamedAsSuch() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());

        var refused = Photos.upload(port, "investigator", id, "seizure.jpg", new byte[0], "vi");

        assertDetail(refused, "enforcement.invalid.title-photo");
    }

    private void assertDetail(HttpResponse<String> refused, String key, Object... args) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("detail").asString()).isEqualTo(messages.getMessage(key, args, VIETNAMESE))
                .isNotEqualTo(messages.getMessage("enforcement.invalid.title", null, VIETNAMESE));
        assertThat(problem.get("errors")).isNotEmpty();
    }

    private HubClient investigator() {
        return HubClient.as(port, "investigator");
    }
}
