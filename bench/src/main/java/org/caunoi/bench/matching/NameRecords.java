package org.caunoi.bench.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.WatchlistEntry;

/**
 * The all-names screening protocol's index content: every name of every entity (its primary name
 * and each alias, one record per distinct name of that entity) and, for each alias query, the
 * record that leave-one-out screening takes out of the index while that alias is screened. Both
 * our matcher and Duke index exactly these records, so an entity is hit through any of its names.
 *
 * <p>Two names of one entity that fold to the same text (case, diacritics, punctuation) are one
 * record: left in, the second would find its entity by its own text and measure nothing. The same
 * text under two entities stays two records, and only the query's own is left out.
 */
record NameRecords(List<NameRecord> records, List<String> ownRecords) {

    /** One name of one entity; {@code id} is the entity's id, {@code #} and the name's position. */
    record NameRecord(String id, String entityId, EntryType type, String name) {

        WatchlistEntry entry() {
            return new WatchlistEntry(id, "", type, List.of(name), null, null, List.of());
        }
    }

    static NameRecords of(OfacData data) {
        Map<String, Map<String, NameRecord>> byEntity = new LinkedHashMap<>();
        List<NameRecord> records = new ArrayList<>();
        data.primaries().forEach((entityId, primary) -> record(byEntity, records, entityId, primary.type(), primary.primaryName()));
        List<String> own = new ArrayList<>();
        for (OfacData.Alias alias : data.aliases()) {
            EntryType type = data.primaries().get(alias.entityId()).type();
            own.add(record(byEntity, records, alias.entityId(), type, alias.name()).id());
        }
        return new NameRecords(List.copyOf(records), List.copyOf(own));
    }

    /** The entity a record id names. */
    static String entityOf(String recordId) {
        return recordId.substring(0, recordId.lastIndexOf('#'));
    }

    Map<String, NameRecord> byId() {
        Map<String, NameRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private static NameRecord record(Map<String, Map<String, NameRecord>> byEntity, List<NameRecord> records,
                                     String entityId, EntryType type, String name) {
        Map<String, NameRecord> names = byEntity.computeIfAbsent(entityId, e -> new LinkedHashMap<>());
        return names.computeIfAbsent(fold(name), key -> {
            NameRecord created = new NameRecord(entityId + "#" + names.size(), entityId, type, name.strip());
            records.add(created);
            return created;
        });
    }

    /** Upper case, no diacritics, words of letters and digits in any script, one space between. */
    static String fold(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.isEmpty() ? name.strip() : folded;
    }
}
