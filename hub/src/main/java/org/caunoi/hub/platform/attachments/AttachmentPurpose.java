package org.caunoi.hub.platform.attachments;

import java.util.Set;

/** What an attachment is for, and so which content types its bytes may have. */
public enum AttachmentPurpose {
    /** A signed text, a report, a request's supporting paper: PDF only, so it prints and archives as it was. */
    DOCUMENT(Set.of("application/pdf")),
    /** A seizure photo, a scan of a seal: the image types every browser shows. */
    PHOTO(Set.of("image/jpeg", "image/png", "image/webp"));

    private final Set<String> allowedTypes;

    AttachmentPurpose(Set<String> allowedTypes) {
        this.allowedTypes = allowedTypes;
    }

    public Set<String> allowedTypes() {
        return allowedTypes;
    }

    public boolean allows(String contentType) {
        return allowedTypes.contains(contentType);
    }
}
