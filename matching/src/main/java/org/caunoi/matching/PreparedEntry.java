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

    /** The entry with its names' readings, taken from (or first analysed into) the names a watchlist holds. */
    static PreparedEntry of(WatchlistEntry entry, PreparedNames prepared) {
        boolean stripForms = entry.type() != EntryType.PERSON;
        List<PreparedName> names;
        if (entry.names().size() == 1) {
            names = prepared.of(entry.names().getFirst(), stripForms, entry.type() == null);
        } else {
            List<PreparedName> all = new ArrayList<>();
            for (String name : entry.names()) {
                all.addAll(prepared.of(name, stripForms, entry.type() == null));
            }
            names = List.copyOf(all);
        }
        return new PreparedEntry(entry, names, Dates.year(entry.dateOfBirth()),
                Countries.code(entry.country()));
    }
}
