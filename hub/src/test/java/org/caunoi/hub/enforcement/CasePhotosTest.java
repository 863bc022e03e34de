package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Photos of a case through the attachment store: an image is kept and served with the type its
 * bytes have and {@code nosniff}; anything else, or anything too large, is refused naming the
 * {@code photo} field in the officer's language with nothing stored; photos are part of the nominal
 * form, and who uploaded and who looked is in the audit trail.
 */
@HubTest
class CasePhotosTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhotoIsKeptWithItsCheckedTypeAndServedWithNosniff() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        byte[] png = Photos.image("png", Color.RED);

        var uploaded = Photos.upload(port, "investigator", id, "tea packages.jpg", png);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode photo = JSON.readTree(uploaded.body());
        assertThat(photo.get("contentType").asString()).as("the bytes say PNG, whatever the name").isEqualTo("image/png");
        assertThat(photo.get("uploadedBy").asString()).isEqualTo("investigator");
        var served = Photos.read(port, "investigator", photo.get("href").asString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.body()).isEqualTo(png);
        assertThat(photos("investigator", id)).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInTheOfficersLanguageAndNothingIsStored() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();

        var refused = Photos.upload(port, "investigator", id, "photo.jpg",
                "%PDF-1.4 not a photo at all".getBytes(StandardCharsets.US_ASCII), "vi");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("photo");
        assertThat(problem.at("/errors/0/message").asString()).startsWith("Tệp không thuộc loại được phép");
        assertThat(photos("investigator", id)).isEmpty();
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void aPhotoInAPartNotNamedFileIsRefusedSayingThePartFileIsMissing() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        long stored = attachments();

        var misnamed = Photos.uploadInPart(port, "investigator", id, "photo", "seizure.png", Photos.image("png", Color.RED), "en");
        var empty = Photos.upload(port, "investigator", id, "seizure.png", new byte[0], "en");

        assertThat(misnamed.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(misnamed.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(problem.at("/errors/0/message").asString())
                .isEqualTo("The request has no part named 'file' (it has: photo): send the photo as the multipart part 'file'.");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(JSON.readTree(empty.body()).at("/errors/0/message").asString()).isEqualTo("The part 'file' is empty: it holds no photo.");
        assertThat(photos("investigator", id)).isEmpty();
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void aPhotoOverTheSizeLimitIsRefusedAndNothingIsStored() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        byte[] png = Photos.image("png", Color.BLUE);
        byte[] huge = Arrays.copyOf(png, 10 * 1024 * 1024 + 1);
        long stored = attachments();

        var refused = Photos.upload(port, "investigator", id, "huge.png", huge);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString()).isEqualTo("photo");
        assertThat(JSON.readTree(refused.body()).at("/errors/0/message").asString()).contains("10 MB");
        assertThat(attachments()).isEqualTo(stored);
    }

    @Test
    void photosBelongToTheNominalFormOnly() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        String href = JSON.readTree(Photos.upload(port, "investigator", id, "suspect.jpg",
                Photos.image("jpg", Color.GREEN)).body()).get("href").asString();

        assertThat(photos("analyst", id)).as("an analyst reads the non-nominal form").isEmpty();
        assertThat(Photos.read(port, "analyst", href).statusCode()).isEqualTo(403);
        assertThat(Photos.upload(port, "analyst", id, "more.png", Photos.image("png", Color.RED)).statusCode())
                .isEqualTo(403);
        assertThat(Photos.upload(port, "supervisor", id, "more.png", Photos.image("png", Color.RED)).statusCode())
                .as("another unit's supervisor does not add to this case").isEqualTo(403);
    }

    @Test
    void whoUploadedAndWhoLookedIsInTheAuditTrail() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        JsonNode photo = JSON.readTree(Photos.upload(port, "investigator", id, "seal.png",
                Photos.image("png", Color.ORANGE)).body());

        Photos.read(port, "supervisor", photo.get("href").asString());

        String attachment = photo.get("id").asString();
        assertThat(actors("STORE_ATTACHMENT", attachment)).containsExactly("investigator");
        assertThat(actors("VIEW_ATTACHMENT", attachment)).containsExactly("supervisor");
    }

    @Test
    void aWithdrawnCaseTakesNoMorePhotos() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + id + "/withdraw", "");

        var refused = Photos.upload(port, "investigator", id, "late.png", Photos.image("png", Color.RED));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString()).isEqualTo("state");
    }

    private JsonNode photos(String officer, long id) {
        var response = HubClient.as(port, officer).get("/api/enforcement/cases/" + id + "/photos");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long attachments() {
        return jdbc.sql("SELECT count(*) FROM platform.attachment").query(Long.class).single();
    }

    private java.util.List<String> actors(String action, String attachment) {
        return jdbc.sql("SELECT actor FROM platform.audit_entry WHERE action = ? AND record_id = ? ORDER BY id")
                .params(action, attachment).query(String.class).list();
    }
}
