package org.caunoi.hub.partners.web;

import java.nio.charset.StandardCharsets;

import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An agreement's signed PDF as the screens and the API send it: typed as PDF with no sniffing,
 * its stored (safe) name in a Content-Disposition that Spring builds and encodes; reading is audited.
 */
final class DocumentDownload {

    private DocumentDownload() {
    }

    static ResponseEntity<byte[]> of(PartnerCatalog catalog, long id) {
        var agreement = catalog.agreement(id).orElseThrow(() -> PartnerForms.notFound("agreement", Long.toString(id)));
        byte[] content = catalog.readDocument(id).orElseThrow(() -> PartnerForms.notFound("document", Long.toString(id)));
        String fileName = agreement.document() == null ? "agreement-" + id + ".pdf" : agreement.document().fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
