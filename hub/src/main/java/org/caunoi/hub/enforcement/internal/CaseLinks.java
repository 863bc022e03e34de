package org.caunoi.hub.enforcement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an investigator draws between two cases of this hub, with a note saying why; both cases
 * show the link. The owning unit of the first case draws it; the note is shown only to
 * officers who read that case in full, since it may name persons.
 */
@Service
public class CaseLinks {

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseLinks(JdbcClient jdbc, CaseStore cases, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One link as a case shows it: the other case, whether this one is where it was drawn from,
     * and the note ({@code null} for an officer who does not read the drawing case in full).
     */
    public record CaseLink(long otherId, String otherReference, boolean outgoing, @Nullable String note,
            String linkedBy, Instant linkedAt) {
    }

    @Transactional
    public CaseLink link(Officer officer, long fromId, String toReference, String note) {
        StoredCase from = cases.find(fromId).orElseThrow(() -> new CaseNotFoundException("case", fromId));
        if (!officer.mayChange(from.owningUnit())) {
            throw new AccessDeniedException("only the unit that owns a case links it to others");
        }
        String reference = toReference.strip().toUpperCase(java.util.Locale.ROOT);
        StoredCase to = jdbc.sql("SELECT id FROM enforcement.case_record WHERE reference = ?").param(reference)
                .query(Long.class).optional().flatMap(cases::find)
                .orElseThrow(() -> InvalidInputException.of("to", "unknown-case", toReference)
                        .about(InvalidInputException.LINK));
        if (to.id() == fromId) {
            throw InvalidInputException.of("to", "link-itself", reference).about(InvalidInputException.LINK);
        }
        Instant now = clock.instant();
        int added = jdbc.sql("""
                INSERT INTO enforcement.case_link (from_case, to_case, note, linked_by, linked_at)
                VALUES (:from, :to, :note, :by, :at) ON CONFLICT DO NOTHING""")
                .param("from", fromId).param("to", to.id()).param("note", note.strip())
                .param("by", officer.username()).param("at", Timestamp.from(now)).update();
        if (added == 0) {
            throw InvalidInputException.of("to", "already-linked", reference).about(InvalidInputException.LINK);
        }
        audit.record("LINK", "enforcement-case", from.reference(), Sentences.of("enforcement.audit-details.linked",
                to.reference()));
        return new CaseLink(to.id(), to.reference(), true, note.strip(), officer.username(), now);
    }

    /** The links drawn from and to the case, oldest first. */
    public List<CaseLink> of(Officer officer, long caseId) {
        return jdbc.sql("""
                SELECT l.*, f.reference AS from_reference, f.owning_unit AS from_unit, t.reference AS to_reference
                FROM enforcement.case_link l
                JOIN enforcement.case_record f ON f.id = l.from_case JOIN enforcement.case_record t ON t.id = l.to_case
                WHERE l.from_case = :id OR l.to_case = :id ORDER BY l.id""")
                .param("id", caseId)
                .query((rs, n) -> {
                    boolean outgoing = rs.getLong("from_case") == caseId;
                    return new CaseLink(outgoing ? rs.getLong("to_case") : rs.getLong("from_case"),
                            outgoing ? rs.getString("to_reference") : rs.getString("from_reference"), outgoing,
                            officer.seesNominal(rs.getString("from_unit")) ? rs.getString("note") : null,
                            rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant());
                })
                .list();
    }
}
