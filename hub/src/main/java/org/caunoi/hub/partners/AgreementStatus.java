package org.caunoi.hub.partners;

/** Where an agreement stands; the bundle key {@code partners.status.<name>} names it on screen. */
public enum AgreementStatus {
    IN_FORCE,
    SIGNED_NOT_IN_FORCE,
    EXPIRED,
    SUSPENDED
}
