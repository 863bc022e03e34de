package org.caunoi.matching;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps country names and codes ("Vietnam", "Viet Nam", "VN", "VNM") to ISO 3166 alpha-2, using the
 * JDK's locale data so no list is kept by hand beyond a few spellings lists use.
 */
final class Countries {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale locale = Locale.of("", iso2);
            CODES.put(key(iso2), iso2);
            CODES.put(key(locale.getISO3Country()), iso2);
            CODES.put(key(locale.getDisplayCountry(Locale.ENGLISH)), iso2);
        }
        CODES.put(key("Viet Nam"), "VN");
        CODES.put(key("Việt Nam"), "VN");
        CODES.put(key("Russian Federation"), "RU");
        CODES.put(key("Iran (Islamic Republic of)"), "IR");
        CODES.put(key("Syrian Arab Republic"), "SY");
        CODES.put(key("Democratic People's Republic of Korea"), "KP");
        CODES.put(key("Korea, North"), "KP");
        CODES.put(key("Burma"), "MM");
        CODES.put(key("United States of America"), "US");
        CODES.put(key("USA"), "US");
        CODES.put(key("UK"), "GB");
        CODES.put(key("China (PRC)"), "CN");
    }

    private Countries() {
    }

    /** The ISO code, or the folded text itself when unknown (so equal unknown spellings still agree). */
    static String code(String country) {
        if (country == null || country.isBlank() || country.strip().equals("-0-")) {
            return null;
        }
        String key = key(country);
        return CODES.getOrDefault(key, key.isEmpty() ? null : key);
    }

    private static String key(String text) {
        return TextFolding.fold(text.replaceAll("[^\\p{L}\\p{N}]", ""));
    }
}
