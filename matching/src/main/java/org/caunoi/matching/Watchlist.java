package org.caunoi.matching;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The screening watchlist: entries from one or more lists, screened by name while they are
 * updated. Thread-safe: queries read an immutable index snapshot without locking; each update
 * builds the next snapshot from already-analysed entries and publishes it, so the next query
 * sees the change and a running query finishes on the snapshot it started with.
 */
public final class Watchlist {

    /** Score under which a hit is not worth an officer's time, chosen on the OFAC linkage benchmark. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final int DEFAULT_TOP = 10;

    private final Map<String, PreparedEntry> entries = new LinkedHashMap<>();
    private volatile IndexSnapshot snapshot = new IndexSnapshot(List.of());

    public Watchlist() {
    }

    public Watchlist(Collection<WatchlistEntry> initial) {
        addAll(initial);
    }

    /** Adds the entry, replacing one with the same list and id. */
    public void add(WatchlistEntry entry) {
        addAll(List.of(entry));
    }

    /** Adds all entries in one update: one new snapshot, however many entries. */
    public void addAll(Collection<WatchlistEntry> newEntries) {
        // analysis runs outside the lock: it is the costly part and needs no shared state
        List<PreparedEntry> prepared = newEntries.parallelStream().map(PreparedEntry::of).toList();
        synchronized (entries) {
            for (PreparedEntry p : prepared) {
                entries.put(p.entry().key(), p);
            }
            publish();
        }
    }

    /** Removes the entry with that key ({@code list:id}, or the id for entries without a list). */
    public boolean remove(String key) {
        synchronized (entries) {
            boolean removed = entries.remove(key) != null;
            if (removed) {
                publish();
            }
            return removed;
        }
    }

    /** Replaces every entry of one list (a new edition of the OFAC list, say) in one update. */
    public void replaceList(String list, Collection<WatchlistEntry> newEntries) {
        List<PreparedEntry> prepared = newEntries.parallelStream().map(PreparedEntry::of).toList();
        synchronized (entries) {
            entries.values().removeIf(p -> p.entry().list().equals(list));
            for (PreparedEntry p : prepared) {
                if (!p.entry().list().equals(list)) {
                    throw new IllegalArgumentException("entry " + p.entry().key() + " is not in list " + list);
                }
                entries.put(p.entry().key(), p);
            }
            publish();
        }
    }

    public int size() {
        return snapshot.size();
    }

    public List<Hit> screen(ScreeningQuery query) {
        return screen(query, DEFAULT_THRESHOLD, DEFAULT_TOP);
    }

    /** Hits scoring at least {@code threshold}, best first, at most {@code top} of them. */
    public List<Hit> screen(ScreeningQuery query, double threshold, int top) {
        Objects.requireNonNull(query, "query");
        return Screener.screen(snapshot, query, threshold, top);
    }

    private void publish() {
        snapshot = new IndexSnapshot(List.copyOf(entries.values()));
    }
}
