package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry with its names analysed once, when it is added, so that rebuilding the index after an
 * update does not analyse every name again.
 */
record PreparedEntry(WatchlistEntry entry, List<PreparedName> names, Integer birthYear, String countryCode) {

    /**
     * One reading of one of the entry's names, with what the index needs of it for acronyms
     * ({@link Acronyms#initials}, {@link Acronyms#contentWords}): worked out here, once per entry,
     * rather than for every name at every rebuild of the index.
     */
    record PreparedName(String display, NameVariant variant, List<String> initials, List<String> contentWords) {

        PreparedName(String display, NameVariant variant) {
            this(display, variant, Acronyms.initials(variant), Acronyms.contentWords(variant.words()));
        }
    }

    static PreparedEntry of(WatchlistEntry entry) {
        boolean stripForms = entry.type() != EntryType.PERSON;
        List<PreparedName> names = new ArrayList<>();
        for (String name : entry.names()) {
            for (NameVariant variant : NameAnalyzer.analyze(name, stripForms, entry.type() == null)) {
                if (!variant.words().isEmpty()) {
                    names.add(new PreparedName(name, variant));
                }
            }
        }
        return new PreparedEntry(entry, List.copyOf(names), Dates.year(entry.dateOfBirth()),
                Countries.code(entry.country()));
    }
}
