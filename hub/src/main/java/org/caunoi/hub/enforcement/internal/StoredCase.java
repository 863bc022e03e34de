package org.caunoi.hub.enforcement.internal;

import java.time.Instant;

/** A case of this hub as stored: its current version's content and where it stands. */
public record StoredCase(long id, String reference, String owningUnit, String state, int version, CaseInput content,
        String createdBy, Instant createdAt, Instant updatedAt) {

    public boolean withdrawn() {
        return state.equals("withdrawn");
    }
}
