package org.caunoi.matching;

import java.util.List;
import java.util.Objects;

/**
 * One watchlist entry: its primary name first, then its aliases, with what else identifies it.
 * {@code dateOfBirth} is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; {@code country} a name or ISO code.
 */
public record WatchlistEntry(String id, String list, EntryType type, List<String> names, String country,
                             String dateOfBirth, List<Identifier> identifiers) {

    public WatchlistEntry {
        Objects.requireNonNull(id, "id");
        list = list == null ? "" : list;
        names = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " has no name");
        }
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static WatchlistEntry of(String id, EntryType type, String... names) {
        return new WatchlistEntry(id, "", type, List.of(names), null, null, List.of());
    }

    public String primaryName() {
        return names.getFirst();
    }

    /** The key under which the watchlist keeps the entry: the list name and the id. */
    public String key() {
        return list.isEmpty() ? id : list + ":" + id;
    }
}
