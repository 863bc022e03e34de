package org.caunoi.hub.enforcement.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person (or one company) under the rules: an investigator
 * who reads every case linked to both in full merges B into A; B's case links move to A, B stays as
 * a tombstone pointing to A, A is found by B's names from then on, and the merge is kept in the
 * history (both records as they were) and in the audit trail. There is no undo; the history says all.
 */
@Service
public class EntityMerges {

    /** How many name hits the record search looks at: each case naming one person gives one. */
    private static final int SEARCHED_NAMES = 200;

    private final EntityRecords records;
    private final CaseNameIndex names;
    private final AuditTrail audit;
    private final Clock clock;

    EntityMerges(EntityRecords records, CaseNameIndex names, AuditTrail audit, Clock clock) {
        this.records = records;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A person or company record. {@code details} holds what else the record has (date of birth,
     * nationality, documents; address, tax number), for showing two records side by side.
     */
    public record EntityRecord(String entity, long id, String name, @Nullable String latinName,
            Map<String, Object> details, List<String> otherNames, @Nullable Long mergedInto) {

        public boolean tombstone() {
            return mergedInto != null;
        }

        /** Every name the record is known by: its own, its Latin form and those of the records merged into it. */
        public List<String> allNames() {
            List<String> all = new ArrayList<>();
            all.add(name);
            if (latinName != null && !latinName.equals(name)) {
                all.add(latinName);
            }
            otherNames.stream().filter(other -> !all.contains(other)).forEach(all::add);
            return all;
        }
    }

    /** One merge as it was done, with both records as they were before it. */
    public record Merge(long id, String entity, long survivorId, long mergedId, EntityRecord survivor,
            EntityRecord merged, List<Long> movedCases, String mergedBy, java.time.Instant mergedAt) {
    }

    /** A case linked to a record: its id and reference. */
    public record LinkedCase(long id, String reference) {
    }

    /** A record with the cases linked to it (their ids, and each with its reference) and the merges it took part in. */
    public record EntityView(EntityRecord record, List<Long> cases, List<LinkedCase> linkedCases, List<Merge> history) {

        /**
         * The name of the record a tombstone points to, as the merge that made it one recorded it; null when the
         * record is live, or when it now points further on, to a record that took the first survivor in.
         */
        public @Nullable String mergedIntoName() {
            Long survivor = record.mergedInto();
            return survivor == null ? null : history.stream().filter(merge -> merge.survivorId() == survivor)
                    .map(merge -> merge.survivor().name()).reduce((first, last) -> last).orElse(null);
        }
    }

    /** The record as the officer may see it: only with every linked case readable in full (names are personal data). */
    @Transactional
    public EntityView read(Officer officer, String entity, long id) {
        EntityRecord record = records.find(checkedEntity(entity), id)
                .orElseThrow(() -> new CaseNotFoundException(entity, id));
        requireAllVisible(officer, record);
        audit.record("READ", "enforcement-" + entity, String.valueOf(id),
                Sentences.of("enforcement.audit-details.read-record"));
        List<LinkedCase> linked = records.linkedCases(entity, id);
        return new EntityView(record, linked.stream().map(LinkedCase::id).toList(), linked, records.history(entity, id));
    }

    /**
     * A record the search found: the name of it that matched, the matcher's score and why it matched (score and
     * why {@code null} when one of its names only contains the text: part of a name, "dang dung"), and the cases
     * it appears in.
     */
    public record FoundRecord(EntityRecord record, String matchedName, @Nullable Double score, @Nullable String why,
            List<LinkedCase> cases) {

        FoundRecord withCases(List<LinkedCase> linked) {
            return new FoundRecord(record, matchedName, score, why, List.copyOf(linked));
        }
    }

    /**
     * Live records named like the text whatever the spelling (the matcher the case name search uses:
     * diacritics, word order, Han script, company forms, typos), best first, among those the officer
     * may see in full; then those with a name containing the text, for a part of a name the matcher
     * does not take for the whole.
     */
    public List<FoundRecord> find(Officer officer, String entity, String text) {
        if (!officer.mayMerge()) {
            throw new AccessDeniedException("looking up person and company records needs the investigator role");
        }
        String kind = checkedEntity(entity);
        Map<Long, FoundRecord> found = new LinkedHashMap<>();
        for (CaseNameIndex.NameHit hit : names.search(text, SEARCHED_NAMES)) {
            if (!hit.entity().equals(kind)) {
                continue;
            }
            List<EntityRecord> named = switch (hit.record()) {
                case "case" -> records.ofCase(kind, hit.recordId(), hit.name());
                case "person", "company" -> records.find(kind, hit.recordId()).stream().toList();
                default -> List.of(); // a received case: its persons are the sender's, not records of this hub
            };
            named.stream().filter(record -> !record.tombstone())
                    .forEach(record -> found.putIfAbsent(record.id(), new FoundRecord(record, hit.name(), hit.score(),
                            hit.why(), List.of())));
        }
        records.containing(kind, text).forEach(record -> found.putIfAbsent(record.id(),
                new FoundRecord(record, record.name(), null, null, List.of())));
        List<FoundRecord> visible = found.values().stream().filter(record -> allVisible(officer, record.record()))
                .toList();
        audit.record("SEARCH", "enforcement-" + entity, null, Sentences.of("enforcement.audit-details.record-search", text,
                visible.size()));
        // The cases each appears in: what tells two records of one name apart.
        Map<Long, List<LinkedCase>> linked = records.linkedCases(kind, visible.stream().map(hit -> hit.record().id()).toList());
        return visible.stream().map(hit -> hit.withCases(linked.getOrDefault(hit.record().id(), List.of()))).toList();
    }

    /** Merges {@code mergedId} into {@code survivorId}. */
    @Transactional
    public Merge merge(Officer officer, String entity, long survivorId, long mergedId) {
        checkedEntity(entity);
        if (!officer.mayMerge()) {
            throw new AccessDeniedException("merging records needs the investigator role");
        }
        if (survivorId == mergedId) {
            throw InvalidInputException.of("merged", "merge-same-record", String.valueOf(mergedId))
                    .about(InvalidInputException.MERGE);
        }
        // Locked in id order, so two officers merging the same pair either way round cannot deadlock.
        long first = Math.min(survivorId, mergedId);
        long second = Math.max(survivorId, mergedId);
        EntityRecord low = live(entity, first, first == survivorId ? "survivor" : "merged");
        EntityRecord high = live(entity, second, second == survivorId ? "survivor" : "merged");
        EntityRecord survivor = low.id() == survivorId ? low : high;
        EntityRecord merged = low.id() == mergedId ? low : high;
        requireAllVisible(officer, survivor);
        requireAllVisible(officer, merged);
        Merge merge = records.merge(survivor, merged, officer.username(), clock.instant());
        String details = entity.equals("person")
                ? Sentences.of("enforcement.audit-details.merged-person", mergedId, merged.name(), survivorId,
                        survivor.name(), merge.movedCases())
                : Sentences.of("enforcement.audit-details.merged-company", mergedId, merged.name(), survivorId,
                        survivor.name(), merge.movedCases());
        audit.record("MERGE", "enforcement-" + entity, String.valueOf(survivorId), details);
        EntityRecord after = records.find(entity, survivorId).orElseThrow();
        names.indexEntity(entity, survivorId, after.allNames());
        names.indexEntity(entity, mergedId, List.of());
        return merge;
    }

    private EntityRecord live(String entity, long id, String field) {
        EntityRecord record = records.findForUpdate(entity, id).orElseThrow(() -> new CaseNotFoundException(entity, id));
        if (record.tombstone()) {
            throw InvalidInputException.of(field, "merge-tombstone", String.valueOf(id),
                    String.valueOf(record.mergedInto())).about(InvalidInputException.MERGE);
        }
        return record;
    }

    private void requireAllVisible(Officer officer, EntityRecord record) {
        if (!allVisible(officer, record)) {
            throw new AccessDeniedException("the " + record.entity() + " " + record.id()
                    + " is linked to cases of a unit the officer may not read in full");
        }
    }

    private boolean allVisible(Officer officer, EntityRecord record) {
        return records.caseUnits(record.entity(), record.id()).values().stream().allMatch(officer::seesNominal);
    }

    private static String checkedEntity(String entity) {
        if (!entity.equals("person") && !entity.equals("company")) {
            throw InvalidInputException.of("entity", "one-of", entity, "person, company").about(InvalidInputException.MERGE);
        }
        return entity;
    }
}
