package org.caunoi.hub.partners;

import java.util.Arrays;

import org.caunoi.hub.platform.Codes;

/** The kinds of data an agreement's exchange profile may cover; written in kebab-case in the API. */
public enum DataCategory {
    ENFORCEMENT_NOMINAL(true),
    ENFORCEMENT_NON_NOMINAL(false),
    ASSISTANCE_REQUEST(false),
    CERTIFICATE_OF_ORIGIN(false),
    CARGO_INFORMATION(false),
    AEO_LIST(false),
    TRADE_STATISTICS(false);

    private final boolean personalData;

    DataCategory(boolean personalData) {
        this.personalData = personalData;
    }

    /** Whether data of this category identifies persons (WCO "nominal" data). */
    public boolean personalData() {
        return personalData;
    }

    public String kebab() {
        return Codes.of(this);
    }

    /** Parses {@code enforcement-nominal} (or the constant's name); unknown text is an error that lists the valid names. */
    public static DataCategory parse(String text) {
        return Codes.parse(DataCategory.class, text);
    }

    public static String validNames() {
        return String.join(", ", Arrays.stream(values()).map(DataCategory::kebab).toList());
    }
}
