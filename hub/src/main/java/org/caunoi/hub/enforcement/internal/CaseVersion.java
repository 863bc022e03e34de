package org.caunoi.hub.enforcement.internal;

import java.time.Instant;

/** One version of a case as it was written: nobody edits it afterwards. */
public record CaseVersion(int version, String change, CaseInput content, String changedBy, Instant changedAt) {
}
