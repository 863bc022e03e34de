package org.caunoi.hub.platform.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * What the hub knows about a stored attachment, without its bytes: whose record it belongs to, what
 * it is, its type as its bytes say, its size and SHA-256, who uploaded it and when. The display name
 * is the uploader's file name made safe; it is never used as a path.
 */
public record AttachmentRef(UUID id, String ownerModule, String ownerId, AttachmentPurpose purpose, String displayName,
        String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
