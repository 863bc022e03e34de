package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.Coded;

/**
 * The closed lists a case is recorded with (kebab-case in the API; the bundles name each on
 * screen as {@code enforcement.<list>.<code>}), and the units whose quantities convert to kilograms.
 */
public final class CaseCodes {

    public static final List<String> CATEGORIES = List.of("drugs", "precursors", "cites-fauna", "cites-flora", "tobacco",
            "counterfeit", "weapons", "hazardous-waste", "currency", "other");
    public static final List<String> PROCEDURES = List.of("import", "export", "transit", "passenger", "postal", "express",
            "cross-border-road");
    public static final List<String> DETECTION_METHODS = List.of("risk-profile", "intelligence", "partner-information",
            "scanner", "detector-dog", "random");
    public static final List<String> PLACE_KINDS = List.of("port", "customs-office", "border-gate");
    /** What a person's document is: a passport, an identity card, a seafarer's book, a border pass (giấy thông hành), … */
    public static final List<String> DOCUMENT_TYPES = List.of("passport", "national-id-card", "border-pass",
            "seafarer-book", "residence-permit", "driving-licence", "other");
    /** Units of count and volume are kept as written; only weights are summed in kilograms. */
    public static final List<String> UNITS = List.of("kg", "g", "mg", "t", "l", "ml", "m3", "items", "pieces", "sticks");

    private static final Map<String, BigDecimal> KILOGRAMS_PER_UNIT = Map.of(
            "kg", BigDecimal.ONE, "g", new BigDecimal("0.001"), "mg", new BigDecimal("0.000001"), "t", new BigDecimal("1000"));

    private CaseCodes() {
    }

    /** The lists as the API's OpenAPI document names them ({@link Coded}). */
    public static final class Categories implements Coded.CodeList {
        @Override
        public List<String> codes() {
            return CATEGORIES;
        }
    }

    public static final class Procedures implements Coded.CodeList {
        @Override
        public List<String> codes() {
            return PROCEDURES;
        }
    }

    public static final class DetectionMethods implements Coded.CodeList {
        @Override
        public List<String> codes() {
            return DETECTION_METHODS;
        }
    }

    public static final class PlaceKinds implements Coded.CodeList {
        @Override
        public List<String> codes() {
            return PLACE_KINDS;
        }
    }

    public static final class DocumentTypes implements Coded.CodeList {
        @Override
        public List<String> codes() {
            return DOCUMENT_TYPES;
        }
    }

    public static final class Units implements Coded.CodeList {
        @Override
        public List<String> codes() {
            return UNITS;
        }
    }

    /** The codes of a list by its family's name in the bundles ({@code category}, {@code unit}, …); none for another. */
    static List<String> codes(String family) {
        return switch (family) {
            case "category" -> CATEGORIES;
            case "procedure" -> PROCEDURES;
            case "detection-method" -> DETECTION_METHODS;
            case "place-kind" -> PLACE_KINDS;
            case "unit" -> UNITS;
            case "document-type" -> DOCUMENT_TYPES;
            default -> List.of();
        };
    }

    /** The weight in kilograms, or null when the unit is not a weight. */
    static @org.jspecify.annotations.Nullable BigDecimal kilograms(BigDecimal value, String unit) {
        BigDecimal factor = KILOGRAMS_PER_UNIT.get(unit);
        return factor == null ? null : value.multiply(factor).stripTrailingZeros();
    }
}
