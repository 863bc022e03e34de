package org.caunoi.hub.exchange.internal.endpoints;

/**
 * What keeps a copy of the partners' registered certificates to check their signatures with (the
 * AS4 trust store). The endpoints tell it when an officer changes one; it lives with the transport
 * above them, so the endpoints know only this interface.
 */
public interface TrustedCertificates {

    /** Forgets the copy, so the next message sees the partners' current certificates. */
    void refresh();
}
