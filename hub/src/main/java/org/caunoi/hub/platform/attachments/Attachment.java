package org.caunoi.hub.platform.attachments;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored attachment with its bytes, as {@link Attachments#open} hands it to the module that owns it. */
public record Attachment(AttachmentRef ref, byte[] content) {

    /**
     * The attachment as a download: its checked type, its display name in an RFC 6266 header that
     * survives any character, and {@code nosniff} so no browser second-guesses the type. Photos open
     * in the page ({@code inline}); documents too, since a PDF viewer cannot run the page's scripts.
     */
    public ResponseEntity<byte[]> asResponse() {
        ContentDisposition disposition = ContentDisposition.inline()
                .filename(ref.displayName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
