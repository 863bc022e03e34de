package org.caunoi.hub.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.security.Unit;
import org.jspecify.annotations.Nullable;

/**
 * One request for assistance as this hub keeps it, sent or received, with the answer once there is one.
 *
 * @param reference this hub's reference; {@code senderReference} the requesting administration's, on inbound requests
 * @param requestMessageId the AS4 MessageId the request travelled under (sent or received)
 * @param demo generated for the demo year, never a real request
 */
public record AssistanceRequest(long id, String reference, @Nullable String senderReference, Direction direction,
        String partner, RequestKind kind, Subject subject, Purpose purpose, List<Long> agreementIds, String questions,
        String caveats, String concerns, @Nullable LocalDate deadline, @Nullable String deadlineReason,
        Unit assignedUnit, @Nullable String assignedOfficer, RequestState state, @Nullable String requestMessageId,
        @Nullable Outcome answerOutcome, @Nullable String answerText, @Nullable String answerReason,
        @Nullable Instant answeredAt, Instant createdAt, String createdBy, boolean demo) {

    public AssistanceRequest {
        agreementIds = List.copyOf(agreementIds);
    }

    /** One step in a request's life. */
    public record Step(Instant at, String actor, String step, String details) {
    }
}
