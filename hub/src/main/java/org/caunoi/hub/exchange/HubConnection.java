package org.caunoi.hub.exchange;

/**
 * How far a partner's hub connection is set up: a case or an alert reaches the partner only when it is
 * {@link #READY}. An endpoint without the partner's certificate, or with one that has expired, takes
 * messages into the outbox but can deliver none of them.
 */
public enum HubConnection {
    /** No endpoint registered for the partner. */
    NONE,
    /** An endpoint, but no certificate of the partner's to encrypt for and check its receipts against. */
    NO_CERTIFICATE,
    /** An endpoint whose certificate has expired. */
    CERTIFICATE_EXPIRED,
    READY;

    public boolean ready() {
        return this == READY;
    }
}
