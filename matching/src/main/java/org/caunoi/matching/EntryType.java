package org.caunoi.matching;

/** What a watchlist entry or a query names: the kind decides which company-form and type rules apply. */
public enum EntryType {
    PERSON, ORGANISATION, VESSEL, AIRCRAFT;

    /** Reads the spellings found in lists and input files ("individual", "entity", "org", "vessel"...); null when blank. */
    public static EntryType parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("-0-")) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "person", "individual", "p" -> PERSON;
            case "organisation", "organization", "entity", "org", "company", "o" -> ORGANISATION;
            case "vessel", "ship", "v" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            default -> throw new IllegalArgumentException("unknown entry type '" + text + "'");
        };
    }
}
