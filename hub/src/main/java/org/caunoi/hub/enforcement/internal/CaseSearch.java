package org.caunoi.hub.enforcement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
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

    CaseSearch(CaseNameIndex names, CaseStore cases, ReceivedCases received, AuditTrail audit, HubProperties hub) {
        this.names = names;
        this.cases = cases;
        this.received = received;
        this.audit = audit;
        this.hub = hub;
    }

    /** @param source the hub that recorded the case: this one's code, or the partner it came from */
    public record SearchHit(long caseId, String source, String reference, String entity, String name, double score,
            String why) {
    }

    public List<SearchHit> search(Officer officer, String query) {
        List<CaseNameIndex.NameHit> found = names.search(query, 50);
        // Only the cases hit are read: reading them all made a search as slow as the case count is large.
        Map<Long, StoredCase> own = cases.findAll(found.stream().filter(hit -> hit.record().equals("case"))
                .map(CaseNameIndex.NameHit::recordId).toList()).stream()
                .collect(Collectors.toMap(StoredCase::id, stored -> stored));
        List<SearchHit> hits = new ArrayList<>();
        for (CaseNameIndex.NameHit hit : found) {
            boolean nominalEntity = !hit.entity().equals("vessel");
            if (hit.record().equals("case")) {
                StoredCase stored = own.get(hit.recordId());
                if (stored != null && (!nominalEntity || officer.seesNominal(stored.owningUnit()))) {
                    hits.add(new SearchHit(stored.id(), hub.node(), stored.reference(), hit.entity(), hit.name(),
                            hit.score(), hit.why()));
                }
            }
            else if (!nominalEntity || officer.maySearchPersons()) {
                received.find(hit.recordId()).ifPresent(got -> hits.add(new SearchHit(got.id(), got.source(),
                        got.reference(), hit.entity(), hit.name(), hit.score(), hit.why())));
            }
        }
        audit.record("SEARCH", "enforcement-case", null, "names: " + query + " (" + hits.size() + " hits)");
        return hits;
    }
}
