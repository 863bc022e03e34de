package org.caunoi.hub.assistance.internal;

/** How the requested administration answered; a refusal and a postponement carry their reason. */
public enum Outcome {
    ANSWERED,
    PARTLY_ANSWERED,
    REFUSED,
    POSTPONED;

    boolean needsReason() {
        return this == REFUSED || this == POSTPONED;
    }

    RequestState state() {
        return RequestState.valueOf(name());
    }
}
