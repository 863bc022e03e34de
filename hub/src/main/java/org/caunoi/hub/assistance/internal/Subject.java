package org.caunoi.hub.assistance.internal;

/** The offence or risk a request is about. */
public enum Subject {
    ORIGIN_FRAUD,
    UNDERVALUATION,
    MONEY_LAUNDERING,
    DRUGS,
    CITES,
    TOBACCO,
    IPR,
    OTHER
}
