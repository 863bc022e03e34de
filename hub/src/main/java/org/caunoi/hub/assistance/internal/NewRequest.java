package org.caunoi.hub.assistance.internal;

import java.time.LocalDate;

import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * What an officer asks a partner, as the API and the form give it.
 *
 * @param deadline empty for the agreement's answer deadline; another date needs {@code deadlineReason}
 */
public record NewRequest(String partner, RequestKind kind, Subject subject, Purpose purpose, String questions,
        String caveats, String concerns, @Nullable LocalDate deadline, @Nullable String deadlineReason) {
}
