package org.caunoi.hub.enforcement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.matching.VagueQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Name search over own and received cases, each hit with why it matched, and only the hits the
 * officer may see: vessels for everyone, persons and companies of the cases the officer reads in
 * full (received ones for those who may search persons). Every search is in the audit trail.
 */
@Service
public class CaseSearch {

    private final CaseNameIndex names;
    private final CaseStore cases;
    private final ReceivedCases received;
    private final AuditTrail audit;
    private final HubProperties hub;

    private final EntityRecords entities;

    CaseSearch(CaseNameIndex names, CaseStore cases, ReceivedCases received, EntityRecords entities, AuditTrail audit,
            HubProperties hub) {
        this.entities = entities;
        this.names = names;
        this.cases = cases;
        this.received = received;
        this.audit = audit;
        this.hub = hub;
    }

    /**
     * @param source the hub that recorded the case: this one's code, or the partner it came from
     * @param name the form of the name that matched (often the Latin one)
     * @param nameAsWritten the name as recorded in the case ({@code 阮文雄}, {@code Nguyễn Văn Hùng})
     * @param latinName the Latin form beside it, when it differs from the name as written
     * @param received whether the case came from a partner ({@code source}) rather than being this hub's
     * @param recordId the person or company record that matched by a name it absorbed in a merge
     */
    public record SearchHit(long caseId, String source, String reference, String entity, String name, double score,
            String why, String nameAsWritten, @Nullable String latinName, boolean received, @Nullable Long recordId) {
    }

    /**
     * Why the query finds nothing on its own, as a message key taking the query: a lone family name
     * shared by a large part of the population (Nguyễn) or too short a word is no evidence of anyone,
     * and the matcher lets no such word drive a hit. Empty for a query that may find someone.
     */
    public Optional<String> tooVague(String query) {
        return VagueQueries.of(query).map(vagueness -> switch (vagueness) {
            case COMMON_NAME -> "enforcement.search.common-name";
            case TOO_SHORT -> "enforcement.search.too-short";
        });
    }

    public List<SearchHit> search(Officer officer, String query) {
        List<CaseNameIndex.NameHit> found = names.search(query, 50);
        // Only the cases hit are read: reading them all made a search as slow as the case count is large.
        Map<Long, CaseStore.NamedCase> own = cases.findNamed(found.stream().filter(hit -> hit.record().equals("case"))
                .map(CaseNameIndex.NameHit::recordId).distinct().toList()).stream()
                .collect(Collectors.toMap(CaseStore.NamedCase::id, stored -> stored, (first, same) -> first, HashMap::new));
        List<SearchHit> hits = new ArrayList<>();
        for (CaseNameIndex.NameHit hit : found) {
            boolean nominalEntity = !hit.entity().equals("vessel");
            if (hit.record().equals("case")) {
                CaseStore.NamedCase stored = own.get(hit.recordId());
                if (stored != null && (!nominalEntity || officer.seesNominal(stored.owningUnit()))) {
                    AsWritten written = asWritten(stored.names(), hit);
                    hits.add(new SearchHit(stored.id(), hub.node(), stored.reference(), hit.entity(), hit.name(),
                            hit.score(), hit.why(), written.name(), written.latin(), false, null));
                }
            }
            else if (hit.record().equals("received")) {
                if (!nominalEntity || officer.maySearchPersons()) {
                    received.find(hit.recordId()).ifPresent(got -> {
                        AsWritten written = asWritten(got.content(), hit);
                        hits.add(new SearchHit(got.id(), got.source(), got.reference(), hit.entity(), hit.name(),
                                hit.score(), hit.why(), written.name(), written.latin(), true, null));
                    });
                }
            }
            else {
                recordHits(officer, hit, own, hits);
            }
        }
        hits.sort(java.util.Comparator.comparingDouble(SearchHit::score).reversed());
        audit.record("SEARCH", "enforcement-case", null, Sentences.of("enforcement.audit-details.name-search", query,
                hits.size()));
        return hits;
    }

    /**
     * A person or company record that absorbed others in a merge matched: a hit for each case of
     * this hub linked to it that the officer reads in full, named as the record is.
     */
    private void recordHits(Officer officer, CaseNameIndex.NameHit hit, Map<Long, CaseStore.NamedCase> own,
            List<SearchHit> hits) {
        entities.find(hit.entity(), hit.recordId()).filter(record -> !record.tombstone()).ifPresent(record -> {
            List<Long> linked = entities.caseIds(hit.entity(), record.id());
            // The record's cases need not be among those the names hit (the merged-in name may be
            // written in none of them): read the missing ones.
            cases.findNamed(linked.stream().filter(caseId -> !own.containsKey(caseId)).toList())
                    .forEach(stored -> own.put(stored.id(), stored));
            for (long caseId : linked) {
                CaseStore.NamedCase stored = own.get(caseId);
                boolean alreadyHit = hits.stream().anyMatch(other -> !other.received() && other.caseId() == caseId
                        && other.entity().equals(hit.entity()) && other.nameAsWritten().equals(record.name()));
                if (stored != null && officer.seesNominal(stored.owningUnit()) && !alreadyHit) {
                    String latin = record.latinName() != null && !record.latinName().equals(record.name())
                            ? record.latinName() : null;
                    hits.add(new SearchHit(caseId, hub.node(), stored.reference(), hit.entity(), hit.name(), hit.score(),
                            hit.why(), record.name(), latin, false, record.id()));
                }
            }
        });
    }

    private record AsWritten(String name, @Nullable String latin) {
    }

    /** The matched entity's name as the case records it, and its Latin form when that differs. */
    private static AsWritten asWritten(CaseInput content, CaseNameIndex.NameHit hit) {
        String name = null;
        String latin = null;
        switch (hit.entity()) {
            case "person" -> {
                if (hit.position() < content.personList().size()) {
                    CaseInput.Person person = content.personList().get(hit.position());
                    name = person.name();
                    latin = person.latinName();
                }
            }
            case "company" -> {
                if (hit.position() < content.companyList().size()) {
                    name = content.companyList().get(hit.position()).name();
                }
            }
            default -> name = content.conveyance() == null ? null : content.conveyance().vesselName();
        }
        String written = name != null ? name : hit.name();
        return new AsWritten(written, latin != null && !latin.equals(written) ? latin : null);
    }
}
