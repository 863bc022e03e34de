package org.caunoi.hub.assistance.web;

import java.util.UUID;

import org.caunoi.hub.assistance.internal.AssistanceRequests;
import org.caunoi.hub.assistance.internal.RequestAttachments;
import org.caunoi.hub.assistance.internal.RequestNotFound;
import org.caunoi.hub.assistance.internal.RequestAccess;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A document of a request, for the screen and the API alike: only to an officer who reads the request
 * in full ({@link RequestAccess#readsInFull}: documents name persons); 404 otherwise, as if absent.
 */
final class AttachmentDownload {

    private AttachmentDownload() {
    }

    static ResponseEntity<byte[]> of(AssistanceRequests requests, RequestAttachments attachments, long id,
            UUID attachmentId, CurrentOfficer officer) {
        if (!RequestAccess.readsInFull(requests.get(id), officer)) {
            throw new RequestNotFound(id);
        }
        return attachments.open(id, attachmentId).map(file -> file.asResponse())
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
