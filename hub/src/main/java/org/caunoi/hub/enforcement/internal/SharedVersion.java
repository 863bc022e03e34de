package org.caunoi.hub.enforcement.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One version of a case sent to one partner: the form, the MessageId, and how its delivery ended
 * ({@code queued}, {@code delivered} with the receipt time, {@code refused-by-partner}, {@code given-up}).
 *
 * @param wireVersion the version of the shared record this partner got; {@code caseVersion} the case's own
 */
public record SharedVersion(String messageId, long caseId, String partner, String form, String purpose,
        int caseVersion, int wireVersion, String change, List<String> caveats, String sentBy, Instant queuedAt,
        String outcome, @Nullable Instant outcomeAt, String outcomeNote) {

    public SharedVersion {
        caveats = List.copyOf(caveats);
    }
}
