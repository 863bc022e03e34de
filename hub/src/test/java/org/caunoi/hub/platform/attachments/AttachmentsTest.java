package org.caunoi.hub.platform.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;

/** The attachment store on the real database: what it takes, what it refuses, and how it serves a file. */
@HubTest
@WithMockUser(username = "investigator")
class AttachmentsTest extends HubTest.Base {

    @Autowired
    Attachments attachments;

    @Autowired
    AuditTrail audit;

    @Autowired
    MessageSource messages;

    @Test
    void storesADocumentWithItsHashUploaderAndTypeFromItsBytes() {
        String owner = newOwner();
        byte[] pdf = SampleFiles.pdf();

        AttachmentRef ref = attachments.store("enforcement", owner, AttachmentPurpose.DOCUMENT, "biên bản.pdf", pdf);

        assertThat(ref.contentType()).isEqualTo("application/pdf");
        assertThat(ref.sizeBytes()).isEqualTo(pdf.length);
        assertThat(ref.sha256()).isEqualTo(Attachments.sha256(pdf)).hasSize(64);
        assertThat(ref.uploadedBy()).isEqualTo("investigator");
        assertThat(ref.displayName()).isEqualTo("biên bản.pdf");
        assertThat(attachments.of("enforcement", owner)).containsExactly(ref);
        Attachment opened = attachments.open(ref.id()).orElseThrow();
        assertThat(opened.content()).isEqualTo(pdf);
        assertThat(opened.ref()).isEqualTo(ref);
        assertThat(audit.search("investigator", "attachment", "", null, 10))
                .extracting(AuditTrail.Entry::action, AuditTrail.Entry::recordId)
                .contains(org.assertj.core.groups.Tuple.tuple("STORE_ATTACHMENT", ref.id().toString()),
                        org.assertj.core.groups.Tuple.tuple("VIEW_ATTACHMENT", ref.id().toString()));
    }

    static java.util.stream.Stream<Arguments> photos() {
        return java.util.stream.Stream.of(Arguments.of(SampleFiles.jpeg(), "image/jpeg"),
                Arguments.of(SampleFiles.png(), "image/png"), Arguments.of(SampleFiles.webp(), "image/webp"));
    }

    @ParameterizedTest
    @MethodSource("photos")
    void takesJpegPngAndWebpPhotosWhateverTheirNameSays(byte[] photo, String expectedType) {
        AttachmentRef ref = attachments.store("enforcement", newOwner(), AttachmentPurpose.PHOTO, "photo.txt",
                new ByteArrayInputStream(photo));

        assertThat(ref.contentType()).isEqualTo(expectedType);
    }

    @Test
    void refusesHtmlNamedAsAPdfAndStoresNothing() {
        String owner = newOwner();

        assertThatThrownBy(() -> attachments.store("enforcement", owner, AttachmentPurpose.DOCUMENT, "agreement.pdf",
                SampleFiles.html()))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("platform.attachments.wrong-type"));
        assertThat(attachments.of("enforcement", owner)).isEmpty();
    }

    @Test
    void refusesAPdfAsAPhoto() {
        String owner = newOwner();

        assertThatThrownBy(() -> attachments.store("enforcement", owner, AttachmentPurpose.PHOTO, "seal.png", SampleFiles.pdf()))
                .isInstanceOf(AttachmentRejectedException.class);
        assertThat(attachments.of("enforcement", owner)).isEmpty();
    }

    @Test
    void refusesAFileOverTheLimitAndSaysTheLimitInBothLanguages() {
        String owner = newOwner();
        byte[] tooLarge = SampleFiles.pngOfSize(Math.toIntExact(attachments.maxBytes() + 1));

        AttachmentRejectedException refusal = org.junit.jupiter.api.Assertions.assertThrows(AttachmentRejectedException.class,
                () -> attachments.store("enforcement", owner, AttachmentPurpose.PHOTO, "big.png", tooLarge));

        assertThat(refusal.messageKey()).isEqualTo("platform.attachments.too-large");
        assertThat(messages.getMessage(refusal.messageKey(), refusal.args(), Locale.ENGLISH))
                .isEqualTo("The file is too large (10 MB at most).");
        assertThat(messages.getMessage(refusal.messageKey(), refusal.args(), Locale.forLanguageTag("vi")))
                .isEqualTo("Tệp quá lớn (tối đa 10 MB).");
        assertThat(attachments.of("enforcement", owner)).isEmpty();
    }

    @Test
    void takesAFileOfExactlyTheLimit() {
        byte[] atLimit = SampleFiles.pngOfSize(Math.toIntExact(attachments.maxBytes()));

        assertThat(attachments.store("enforcement", newOwner(), AttachmentPurpose.PHOTO, "big.png", atLimit).sizeBytes())
                .isEqualTo(attachments.maxBytes());
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> attachments.store("enforcement", newOwner(), AttachmentPurpose.PHOTO, "x.png", new byte[0]))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("platform.attachments.empty"));
    }

    @Test
    void keepsTheFileNameOnlyAsASafeDisplayName() {
        AttachmentRef ref = attachments.store("enforcement", newOwner(), AttachmentPurpose.DOCUMENT,
                "..\\..\\etc/\u0000pass\"wd<\u202E>.pdf", SampleFiles.pdf());

        assertThat(ref.displayName()).isEqualTo("pass_wd__.pdf");
    }

    @Test
    void servesTheFileWithItsCheckedTypeAnEncodedNameAndNoSniffing() {
        AttachmentRef ref = attachments.store("enforcement", newOwner(), AttachmentPurpose.PHOTO, "ảnh tang vật.png",
                SampleFiles.png());

        var response = attachments.open(ref.id()).orElseThrow().asResponse();

        assertThat(response.getHeaders().getContentType()).hasToString("image/png");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("ảnh tang vật.png");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");
    }

    @Test
    void opensNothingForAnUnknownId() {
        assertThat(attachments.open(UUID.randomUUID())).isEmpty();
    }

    private static String newOwner() {
        return "seizure-" + UUID.randomUUID();
    }
}
