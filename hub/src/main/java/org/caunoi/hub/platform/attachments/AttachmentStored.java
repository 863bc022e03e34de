package org.caunoi.hub.platform.attachments;

import java.util.UUID;

/** A document or photo was added to a module's record: a fact for reports and for whoever follows that record. */
public record AttachmentStored(UUID attachmentId, String ownerModule, String ownerId, AttachmentPurpose purpose,
        String uploadedBy) {
}
