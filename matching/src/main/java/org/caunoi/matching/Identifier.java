package org.caunoi.matching;

import java.util.Locale;

/**
 * A strong identifier (IMO number, passport, tax number...) in a comparable form: upper case,
 * without spaces, dots or dashes, so "B 123-456" and "b123456" are the same passport.
 */
public record Identifier(IdentifierType type, String value) {

    public Identifier {
        if (type == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a type and a value");
        }
        String given = value;
        value = type == IdentifierType.IMO
                ? ImoNumber.parse(value).digits()
                : value.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-/]", "");
        // "-" or "./." would otherwise be an empty identifier, the same as every other empty one
        if (value.isEmpty()) {
            throw new IllegalArgumentException("identifier '" + given + "' has no letter or digit");
        }
    }

    public static Identifier imo(String number) {
        return new Identifier(IdentifierType.IMO, number);
    }

    public static Identifier passport(String number) {
        return new Identifier(IdentifierType.PASSPORT, number);
    }

    public static Identifier taxNumber(String number) {
        return new Identifier(IdentifierType.TAX_NUMBER, number);
    }

    /**
     * Reads "IMO 9074729", "imo:9074729", "passport:B1234567", "tax:0101234567"; a bare value is
     * {@link IdentifierType#OTHER}. Throws IllegalArgumentException on a bad IMO check digit.
     */
    public static Identifier parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        if (colon > 0) {
            String prefix = trimmed.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String rest = trimmed.substring(colon + 1);
            IdentifierType type = switch (prefix) {
                case "imo" -> IdentifierType.IMO;
                case "passport" -> IdentifierType.PASSPORT;
                case "tax", "tax_number", "mst", "vat" -> IdentifierType.TAX_NUMBER;
                case "national_id", "id" -> IdentifierType.NATIONAL_ID;
                default -> null;
            };
            if (type != null) {
                return new Identifier(type, rest);
            }
        }
        if (trimmed.regionMatches(true, 0, "IMO", 0, 3)) {
            return imo(trimmed);
        }
        return new Identifier(IdentifierType.OTHER, trimmed);
    }

    /** Same identifier: equal values, and equal types unless one side does not know its type. */
    boolean sameAs(Identifier other) {
        return value.equals(other.value)
                && (type == other.type || type == IdentifierType.OTHER || other.type == IdentifierType.OTHER);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
