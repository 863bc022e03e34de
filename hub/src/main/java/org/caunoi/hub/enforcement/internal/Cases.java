package org.caunoi.hub.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, reads, corrects and withdraws this hub's cases under the rules of who sees what: each
 * change is a new version (the old ones stay as written), goes into the audit trail with every read
 * of a nominal case, keeps the name index current, and reaches every partner that got the case.
 */
@Service
public class Cases {

    private final CaseForms caseForms;
    private final CaseStore store;
    private final CaseChecks checks;
    private final CaseNameIndex names;
    private final CaseSharing sharing;
    private final AuditTrail audit;
    private final HubProperties hub;
    private final Clock clock;

    Cases(CaseForms caseForms, CaseStore store, CaseChecks checks, CaseNameIndex names, CaseSharing sharing, AuditTrail audit,
            HubProperties hub, Clock clock) {
        this.caseForms = caseForms;
        this.store = store;
        this.checks = checks;
        this.names = names;
        this.sharing = sharing;
        this.audit = audit;
        this.hub = hub;
        this.clock = clock;
    }

    /** A case as one officer may see it: {@code form} says whether persons and companies were left out. */
    public record CaseView(StoredCase stored, String form, CaseInput content) {
    }

    @Transactional
    public StoredCase record(Officer officer, CaseInput input) {
        if (!officer.mayRecord()) {
            throw new AccessDeniedException("recording cases needs the investigator role");
        }
        CaseInput content = checkedWithLinks(input);
        Instant now = clock.instant();
        String reference = store.nextReference(hub.node(), LocalDate.now(clock).getYear());
        long id = store.insert(reference, officer.unit().code(), content, officer.username(), now);
        audit.record("CREATE", "enforcement-case", reference, Sentences.of("enforcement.audit-details.created",
                new Sentences.Name("enforcement.category." + content.category(), String.valueOf(content.category()))));
        names.index("case", id, content);
        return store.find(id).orElseThrow();
    }

    /** The case in the form the officer may see; a nominal read goes into the audit trail. */
    @Transactional
    public CaseView read(Officer officer, long id) {
        StoredCase stored = store.find(id).orElseThrow(() -> new CaseNotFoundException("case", id));
        return view(officer, stored);
    }

    CaseView view(Officer officer, StoredCase stored) {
        if (officer.seesNominal(stored.owningUnit())) {
            audit.record("READ", "enforcement-case", stored.reference(),
                    Sentences.of("enforcement.audit-details.read-nominal", stored.version()));
            return new CaseView(stored, CaseForms.NOMINAL, stored.content());
        }
        return new CaseView(stored, CaseForms.NON_NOMINAL, caseForms.nonNominal(stored.content()));
    }

    /** Every version as written, in the form the officer may see. */
    @Transactional
    public List<CaseVersion> versions(Officer officer, long id) {
        StoredCase stored = store.find(id).orElseThrow(() -> new CaseNotFoundException("case", id));
        boolean nominal = officer.seesNominal(stored.owningUnit());
        if (nominal) {
            audit.record("READ", "enforcement-case", stored.reference(),
                    Sentences.of("enforcement.audit-details.read-history"));
        }
        return store.versions(id).stream().map(version -> nominal ? version
                : new CaseVersion(version.version(), version.change(), caseForms.nonNominal(version.content()),
                        version.changedBy(), version.changedAt()))
                .toList();
    }

    public List<StoredCase> all() {
        return store.all();
    }

    /** A listed case's columns, without its content: what the API's list shows; {@code demo} when the demo generated it. */
    public record Summary(long id, String reference, int version, String state, java.time.LocalDate date, String category,
            String place, String owningUnit, boolean demo) {
    }

    /**
     * The cases the filter lets through from the {@code offset}th on, at most {@code limit}, newest first, their
     * columns only: one page of the list screen.
     */
    public List<Summary> summaries(CaseFilter filter, int offset, int limit) {
        return store.summaries(filter, offset, limit);
    }

    /** How many cases the filter lets through: its category's count, or every category's. */
    public long count(CaseFilter filter) {
        var counts = store.categoryCounts(filter);
        String category = filter.category();
        return category == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(category, 0L);
    }

    /** How many cases of each category the filter lets through, its own category left out. */
    public java.util.Map<String, Long> countsByCategory(CaseFilter filter) {
        return store.categoryCounts(filter);
    }

    /** A correction: the next version, sent to every partner that got the case. */
    @Transactional
    public StoredCase correct(Officer officer, long id, CaseInput input) {
        return correct(officer, id, input, null);
    }

    /**
     * A correction made from version {@code readVersion} (null when the caller did not say): the next
     * version, sent to every partner that got the case. A correction that leaves the case as it is
     * changes nothing and sends nothing, so a retried call does no harm; one made from another version
     * than the current is refused ({@link CaseChangedMeanwhileException}).
     */
    @Transactional
    public StoredCase correct(Officer officer, long id, CaseInput input, @Nullable Integer readVersion) {
        StoredCase stored = changeable(officer, id);
        CaseInput content = checkedWithLinks(input);
        if (content.equals(stored.content())) {
            return stored;
        }
        if (readVersion != null && readVersion != stored.version()) {
            throw new CaseChangedMeanwhileException(stored.reference(), readVersion, stored.version());
        }
        store.update(id, stored.version() + 1, "correction", content, officer.username(), clock.instant());
        audit.record("CORRECT", "enforcement-case", stored.reference(), Sentences.of("enforcement.audit-details.version",
                stored.version() + 1));
        names.index("case", id, content);
        StoredCase corrected = store.find(id).orElseThrow();
        sharing.resend(officer, corrected, Revision.Change.CORRECTION);
        return corrected;
    }

    /** A withdrawal: the last version, the case stays readable as it was, and every partner that got it hears. */
    @Transactional
    public StoredCase withdraw(Officer officer, long id) {
        StoredCase stored = changeable(officer, id);
        store.update(id, stored.version() + 1, "withdrawal", stored.content(), officer.username(), clock.instant());
        audit.record("WITHDRAW", "enforcement-case", stored.reference(), Sentences.of("enforcement.audit-details.version",
                stored.version() + 1));
        StoredCase withdrawn = store.find(id).orElseThrow();
        sharing.resend(officer, withdrawn, Revision.Change.WITHDRAWAL);
        return withdrawn;
    }

    private StoredCase changeable(Officer officer, long id) {
        StoredCase stored = store.findForUpdate(id).orElseThrow(() -> new CaseNotFoundException("case", id));
        if (!officer.mayChange(stored.owningUnit())) {
            throw new AccessDeniedException("only the unit that owns a case changes it");
        }
        if (stored.withdrawn()) {
            throw InvalidInputException.withdrawn(stored.reference());
        }
        return stored;
    }

    private CaseInput checkedWithLinks(CaseInput input) {
        CaseInput content = checks.checked(input);
        List<InvalidInputException.FieldError> unknown = new ArrayList<>();
        List<String> links = content.linkList();
        for (int i = 0; i < links.size(); i++) {
            if (!store.referenceExists(links.get(i))) {
                unknown.add(new InvalidInputException.FieldError("links[" + i + "]", "unknown-case", List.of(links.get(i))));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return content;
    }
}
