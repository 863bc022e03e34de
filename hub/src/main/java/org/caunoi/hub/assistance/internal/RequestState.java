package org.caunoi.hub.assistance.internal;

/**
 * Where a request stands. Outbound: draft, sent, acknowledged (the partner's receipt), then the
 * partner's outcome. Inbound: received, answer drafted, then the outcome this hub sent back.
 */
public enum RequestState {
    DRAFT,
    SENT,
    ACKNOWLEDGED,
    RECEIVED,
    ANSWER_DRAFTED,
    ANSWERED,
    PARTLY_ANSWERED,
    REFUSED,
    POSTPONED,
    CLOSED;

    /** Whether the requested administration still owes an answer. */
    boolean awaitsAnswer() {
        return this == SENT || this == ACKNOWLEDGED || this == RECEIVED || this == ANSWER_DRAFTED || this == POSTPONED;
    }

    /** Whether its deadline still counts down: the request is being drafted or waits for its answer. */
    public boolean deadlineRuns() {
        return this == DRAFT || awaitsAnswer();
    }
}
