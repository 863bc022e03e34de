package org.caunoi.hub.assistance.internal;

/** What is asked, as customs mutual assistance agreements name the kinds of assistance. */
public enum RequestKind {
    VERIFICATION_OF_ORIGIN,
    VERIFICATION_OF_VALUE,
    VERIFICATION_OF_DOCUMENTS,
    VERIFICATION_OF_COMPANY,
    INFORMATION_ON_PERSONS,
    INFORMATION_ON_SHIPMENTS,
    INFORMATION_ON_CONVEYANCES,
    SURVEILLANCE,
    NOTIFICATION_OF_DOCUMENTS,
    SPONTANEOUS_INFORMATION;

    /** Whether the requested administration owes an answer: information given spontaneously expects none, nor a deadline. */
    public boolean expectsAnswer() {
        return this != SPONTANEOUS_INFORMATION;
    }
}
