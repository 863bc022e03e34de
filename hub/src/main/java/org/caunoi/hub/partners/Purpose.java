package org.caunoi.hub.partners;

import java.util.Locale;

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
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Purpose parse(String text) {
        return KebabEnums.parse(Purpose.class, text);
    }
}
