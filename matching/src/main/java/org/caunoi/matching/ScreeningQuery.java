package org.caunoi.matching;

import java.util.List;

/** A name to screen, with whatever else the caller knows; all but the name may be null or empty. */
public record ScreeningQuery(String name, EntryType type, String country, String dateOfBirth,
                             List<Identifier> identifiers) {

    public ScreeningQuery {
        name = name == null ? "" : name;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, null, null, null, List.of());
    }

    public ScreeningQuery withName(String newName) {
        return new ScreeningQuery(newName, type, country, dateOfBirth, identifiers);
    }

    public ScreeningQuery withType(EntryType newType) {
        return new ScreeningQuery(name, newType, country, dateOfBirth, identifiers);
    }

    public ScreeningQuery withCountry(String newCountry) {
        return new ScreeningQuery(name, type, newCountry, dateOfBirth, identifiers);
    }

    public ScreeningQuery withDateOfBirth(String newDateOfBirth) {
        return new ScreeningQuery(name, type, country, newDateOfBirth, identifiers);
    }

    public ScreeningQuery withIdentifier(Identifier identifier) {
        var all = new java.util.ArrayList<>(identifiers);
        all.add(identifier);
        return new ScreeningQuery(name, type, country, dateOfBirth, all);
    }
}
