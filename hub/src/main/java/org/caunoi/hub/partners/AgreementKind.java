package org.caunoi.hub.partners;

/** The legal instrument an agreement is; the bundle key {@code partners.kind.<name>} names it on screen. */
public enum AgreementKind {
    GOVERNMENT_AGREEMENT,
    MINISTRY_AGREEMENT,
    ADMINISTRATION_ARRANGEMENT,
    IMPLEMENTING_ARRANGEMENT,
    MOU,
    STATISTICS_EXCHANGE,
    AEO_MUTUAL_RECOGNITION,
    MULTILATERAL_CONVENTION
}
