package org.caunoi.hub.partners;

import java.util.Map;
import java.util.Set;

/** The regions the partner list filters by; a country's usual region is a default the editor may change. */
public enum Region {
    SOUTHEAST_ASIA,
    EAST_ASIA,
    SOUTH_ASIA,
    CENTRAL_ASIA_CAUCASUS,
    MIDDLE_EAST,
    EUROPE,
    AMERICAS,
    OCEANIA,
    AFRICA,
    INTERNATIONAL;

    private static final Map<Region, Set<String>> COUNTRIES = Map.of(
            SOUTHEAST_ASIA, Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"),
            EAST_ASIA, Set.of("CN", "HK", "MO", "JP", "KR", "KP", "MN", "TW"),
            SOUTH_ASIA, Set.of("IN", "PK", "BD", "LK", "NP", "BT", "MV", "AF"),
            CENTRAL_ASIA_CAUCASUS, Set.of("AZ", "AM", "GE", "KZ", "KG", "TJ", "TM", "UZ"),
            MIDDLE_EAST, Set.of("IR", "IQ", "IL", "JO", "KW", "LB", "OM", "QA", "SA", "SY", "AE", "YE", "TR", "BH"),
            AMERICAS, Set.of("US", "CA", "MX", "BR", "AR", "CL", "PE", "CO", "CU", "VE", "EC", "BO", "UY", "PY"),
            OCEANIA, Set.of("AU", "NZ", "PG", "FJ"),
            AFRICA, Set.of("SD", "ZA", "EG", "NG", "KE", "ET", "MA", "DZ", "TZ", "AO", "MZ", "GH"));

    /** The usual region of an ISO 3166 country code; codes not listed elsewhere are taken as European. */
    public static Region ofCountry(String isoCode) {
        return COUNTRIES.entrySet().stream()
                .filter(entry -> entry.getValue().contains(isoCode))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(EUROPE);
    }
}
