package org.caunoi.hub.partners;

import org.caunoi.hub.platform.Codes;

/** What exchanged information may be used for, as an agreement permits it; kebab-case in the API. */
public enum Purpose {
    RISK_ASSESSMENT,
    INVESTIGATION,
    VERIFICATION,
    PROSECUTION,
    AEO_MUTUAL_RECOGNITION,
    STATISTICS,
    TRADE_FACILITATION;

    public String kebab() {
        return Codes.of(this);
    }

    public static Purpose parse(String text) {
        return Codes.parse(Purpose.class, text);
    }
}
