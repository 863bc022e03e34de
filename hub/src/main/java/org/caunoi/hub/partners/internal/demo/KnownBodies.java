package org.caunoi.hub.partners.internal.demo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caunoi.hub.partners.PartnerKind;

/**
 * Names of the partners the facts file refers to by code: international bodies, and the customs
 * administrations whose names the glossary gives. Other countries get "Hải quan X" / "X Customs"
 * from the JDK's CLDR country names.
 */
final class KnownBodies {

    private KnownBodies() {
    }

    record Names(String vi, String en) {
    }

    static final Map<String, Names> INTERNATIONAL_BODIES = Map.of(
            "WCO", new Names("Tổ chức Hải quan Thế giới (WCO)", "World Customs Organization (WCO)"),
            "UNODC", new Names("Cơ quan phòng, chống ma túy và tội phạm của Liên hợp quốc (UNODC)",
                    "United Nations Office on Drugs and Crime (UNODC)"),
            "ASEAN", new Names("Hiệp hội các quốc gia Đông Nam Á (ASEAN)",
                    "Association of Southeast Asian Nations (ASEAN)"),
            "INTERPOL", new Names("Tổ chức Cảnh sát Hình sự Quốc tế (INTERPOL)",
                    "International Criminal Police Organization (INTERPOL)"),
            "WTO", new Names("Tổ chức Thương mại Thế giới (WTO)", "World Trade Organization (WTO)"),
            "APEC", new Names("Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC)",
                    "Asia-Pacific Economic Cooperation (APEC)"),
            "ASEM", new Names("Diễn đàn Hợp tác Á – Âu (ASEM)", "Asia–Europe Meeting (ASEM)"),
            "GMS", new Names("Tiểu vùng Mê Kông mở rộng (GMS)", "Greater Mekong Subregion (GMS)"));

    /** From the glossary ({@code org.partner.*}). */
    private static final Map<String, Names> ADMINISTRATIONS = Map.of(
            "HK", new Names("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)", "Customs and Excise Department, Hong Kong, China"),
            "CN", new Names("Hải quan Trung Quốc", "General Administration of Customs of China (GACC)"),
            "US", new Names("Hải quan Hoa Kỳ", "U.S. Customs and Border Protection (CBP)"),
            "KR", new Names("Cơ quan Hải quan Hàn Quốc (KCS)", "Korea Customs Service (KCS)"),
            "JP", new Names("Hải quan Nhật Bản", "Japan Customs"),
            "LA", new Names("Tổng cục Hải quan Lào", "Lao Customs Department"),
            "KH", new Names("Tổng cục Hải quan và Thuế gián thu Campuchia",
                    "General Department of Customs and Excise of Cambodia (GDCE)"));

    /** Codes that stand for a territory rather than a state. */
    private static final Set<String> TERRITORIES = Set.of("HK", "MO", "TW");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    static boolean isCountry(String code) {
        return ISO_COUNTRIES.contains(code);
    }

    static boolean isKnown(String code) {
        return isCountry(code) || INTERNATIONAL_BODIES.containsKey(code);
    }

    static PartnerKind kindOf(String code) {
        if (INTERNATIONAL_BODIES.containsKey(code)) {
            return PartnerKind.INTERNATIONAL_BODY;
        }
        return TERRITORIES.contains(code) ? PartnerKind.TERRITORY_ADMINISTRATION : PartnerKind.CUSTOMS_ADMINISTRATION;
    }

    static Names namesOf(String code) {
        Optional<Names> known = Optional.ofNullable(INTERNATIONAL_BODIES.get(code))
                .or(() -> Optional.ofNullable(ADMINISTRATIONS.get(code)));
        return known.orElseGet(() -> {
            Locale country = Locale.of("", code);
            return new Names("Hải quan " + country.getDisplayCountry(Locale.of("vi")),
                    country.getDisplayCountry(Locale.ENGLISH) + " Customs");
        });
    }
}
