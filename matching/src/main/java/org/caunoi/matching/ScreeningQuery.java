package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    /**
     * What an officer types in one search box: a name, perhaps with the number of a passport, an
     * IMO number or a tax number ("Nguyen Van Hung C1234567", "C1234567"). A word holding a digit
     * and at least {@value #SHORTEST_IDENTIFIER} letters and digits is taken as an identifier of any
     * type, the other words as the name: as part of the name, a document number is a word no entry
     * has, and counts against the name it stands beside.
     */
    public static ScreeningQuery ofText(String text) {
        List<String> nameWords = new ArrayList<>();
        List<Identifier> identifiers = new ArrayList<>();
        for (String word : WORDS.split(text == null ? "" : text.strip())) {
            String bare = word.replaceAll("[.\\-/]", "");
            if (bare.length() >= SHORTEST_IDENTIFIER && bare.chars().anyMatch(Character::isDigit)
                    && bare.chars().allMatch(Character::isLetterOrDigit)) {
                identifiers.add(new Identifier(IdentifierType.OTHER, bare));
            }
            else if (!word.isEmpty()) {
                nameWords.add(word);
            }
        }
        return new ScreeningQuery(String.join(" ", nameWords), null, null, null, identifiers);
    }

    /** Fewer letters and digits than this are a house number or a year, not a document's number. */
    static final int SHORTEST_IDENTIFIER = 5;
    private static final Pattern WORDS = Pattern.compile("[\\s,;]+");

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
