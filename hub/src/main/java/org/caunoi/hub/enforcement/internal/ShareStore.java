package org.caunoi.hub.enforcement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What of each case went to which partner: every version sent, its form, MessageId and how its delivery ended. */
@Repository
class ShareStore {

    private final JdbcClient jdbc;

    ShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(SharedVersion share) {
        jdbc.sql("""
                INSERT INTO enforcement.case_share (message_id, case_id, partner_code, form, purpose, case_version,
                    wire_version, change, caveats, sent_by, queued_at)
                VALUES (:messageId, :caseId, :partner, :form, :purpose, :caseVersion, :wireVersion, :change, :caveats,
                    :sentBy, :queuedAt)""")
                .param("messageId", share.messageId()).param("caseId", share.caseId()).param("partner", share.partner())
                .param("form", share.form()).param("purpose", share.purpose()).param("caseVersion", share.caseVersion())
                .param("wireVersion", share.wireVersion()).param("change", share.change())
                .param("caveats", share.caveats().toArray(String[]::new)).param("sentBy", share.sentBy())
                .param("queuedAt", Timestamp.from(share.queuedAt())).update();
    }

    /** Every version sent of the case, oldest first. */
    List<SharedVersion> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM enforcement.case_share WHERE case_id = ? ORDER BY partner_code, wire_version")
                .param(caseId)
                .query((rs, n) -> new SharedVersion(rs.getString("message_id"), rs.getLong("case_id"), rs.getString("partner_code"),
                        rs.getString("form"), rs.getString("purpose"), rs.getInt("case_version"), rs.getInt("wire_version"),
                        rs.getString("change"), Arrays.asList((String[]) rs.getArray("caveats").getArray()),
                        rs.getString("sent_by"), rs.getTimestamp("queued_at").toInstant(), rs.getString("outcome"),
                        rs.getTimestamp("outcome_at") == null ? null : rs.getTimestamp("outcome_at").toInstant(),
                        rs.getString("outcome_note")))
                .list();
    }

    /** The newest version each partner got. */
    List<SharedVersion> latestPerPartner(long caseId) {
        var latest = new java.util.LinkedHashMap<String, SharedVersion>();
        ofCase(caseId).forEach(share -> latest.put(share.partner(), share));
        return List.copyOf(latest.values());
    }

    /** Records how a message ended; a message of another module matches no row and changes nothing. */
    int outcome(String messageId, String outcome, Instant at, String note) {
        return jdbc.sql("""
                UPDATE enforcement.case_share SET outcome = :outcome, outcome_at = :at, outcome_note = :note
                WHERE message_id = :messageId""")
                .param("outcome", outcome).param("at", Timestamp.from(at)).param("note", note)
                .param("messageId", messageId).update();
    }
}
