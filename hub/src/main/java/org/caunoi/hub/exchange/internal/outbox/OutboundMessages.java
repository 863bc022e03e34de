package org.caunoi.hub.exchange.internal.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.internal.ThreadingColumns;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessage.State;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table {@code exchange.outbound_message}. */
@Repository
public class OutboundMessages {

    private static final String COLUMNS = """
            id, message_id, partner_code, service, action, category, purpose, content_type, payload, state, attempts,
            next_attempt_at, give_up_at, last_error, created_at, created_by, receipt_at, in_reply_to, conversation_id,
            version, change_kind, caveats""";

    private final JdbcClient jdbc;

    OutboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is queued for one recipient; the sender fills in the rest as it goes. */
    record NewMessage(String messageId, String partnerCode, MessageType type, @Nullable String category,
            @Nullable String purpose, String contentType, byte[] payload, Threading threading,
            @Nullable String receivedFrom) {
    }

    /**
     * Queues the copies of one message, one per recipient ({@code messageIds}, {@code partners} and
     * {@code claims} in the same order), with one statement that carries the payload once and writes
     * each copy's first step in its history. A copy with a claim is queued already claimed by it
     * until {@code leaseEnd}, for the sender this instance hands it to once the queuing commits; a
     * copy without one is due at once for whichever sender claims it. {@code audit}'s entries (one a
     * copy) are written by the same statement. Returns the copies as stored, in the same order (built
     * here rather than read back, which would carry the payload back too).
     */
    List<OutboundMessage> insert(NewMessage message, List<String> messageIds, List<String> partners,
            List<@Nullable String> claims, Instant now, Instant leaseEnd, Instant giveUpAt, String createdBy,
            AuditTrail.InStatement audit) {
        Revision revision = message.threading().revision();
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                WITH queued AS (
                    INSERT INTO exchange.outbound_message (message_id, partner_code, service, action, category, purpose,
                        content_type, payload, state, next_attempt_at, claimed_by, give_up_at, created_at, created_by,
                        updated_at, in_reply_to, conversation_id, version, change_kind, caveats, received_from)
                    SELECT copy.message_id, copy.partner_code, :service, :action, :category, :purpose, :contentType, :payload,
                        'QUEUED', CASE WHEN copy.claim IS NULL THEN CAST(:now AS timestamptz) ELSE CAST(:leaseEnd AS timestamptz) END, copy.claim, :giveUpAt, :now,
                        :createdBy, :now, :refTo, :conversation, :version, :change, :caveats, :receivedFrom
                    FROM unnest(CAST(:messageIds AS text[]), CAST(:partners AS text[]), CAST(:claims AS text[]))
                        AS copy(message_id, partner_code, claim)
                    RETURNING id, message_id),
                history AS (
                    INSERT INTO exchange.message_event (direction, message_id, state, detail, occurred_at)
                    SELECT 'OUT', message_id, 'QUEUED', '', :now FROM queued),
                """ + audit.writtenIf("true") + """
                SELECT id, message_id FROM queued""")
                .param("messageIds", messageIds.toArray(String[]::new))
                .param("partners", partners.toArray(String[]::new))
                .param("claims", claims.toArray(String[]::new))
                .param("service", message.type().service())
                .param("action", message.type().action())
                .param("category", message.category())
                .param("purpose", message.purpose())
                .param("contentType", message.contentType())
                .param("payload", message.payload())
                .param("now", Timestamp.from(now))
                .param("leaseEnd", Timestamp.from(leaseEnd))
                .param("giveUpAt", Timestamp.from(giveUpAt))
                .param("createdBy", createdBy)
                .param("refTo", message.threading().inReplyTo())
                .param("conversation", revision == null ? null : revision.conversation())
                .param("version", revision == null ? null : revision.version())
                .param("change", revision == null ? null : revision.change().name())
                .param("caveats", message.threading().caveats().stream().map(Caveat::kebab).sorted().toArray(String[]::new))
                .param("receivedFrom", message.receivedFrom())
                .params(audit.parameters())
                .query(rs -> {
                    ids.put(rs.getString("message_id"), rs.getLong("id"));
                });
        List<OutboundMessage> queued = new ArrayList<>(messageIds.size());
        for (int i = 0; i < messageIds.size(); i++) {
            String messageId = messageIds.get(i);
            queued.add(new OutboundMessage(Objects.requireNonNull(ids.get(messageId), messageId), messageId, partners.get(i),
                    message.type(), message.category(), message.purpose(), message.contentType(), message.payload(),
                    State.QUEUED, 0, claims.get(i) == null ? now : leaseEnd, giveUpAt, null, now, createdBy, null,
                    message.threading()));
        }
        return queued;
    }

    /**
     * Gives up the claims of copies this instance queued claimed but never sent (it is stopping): they
     * are due at once for the next sender rather than when their leases end.
     */
    void release(List<Long> ids, List<String> claims, Instant now) {
        jdbc.sql("""
                UPDATE exchange.outbound_message m SET next_attempt_at = :now, claimed_by = NULL, updated_at = :now
                FROM unnest(CAST(:ids AS bigint[]), CAST(:claims AS text[])) AS released(id, claim)
                WHERE m.id = released.id AND m.claimed_by = released.claim AND m.state IN ('QUEUED', 'RETRYING')""")
                .param("ids", ids.toArray(Long[]::new))
                .param("claims", claims.toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims one due message until {@code leaseEnd} for {@code claim}, skipping rows another sender
     * (this instance's other threads, or another instance on the same database) is claiming at the
     * same moment. The claim commits before the partner is called; if the claimant crashes, the
     * message comes due again when the lease ends.
     */
    Optional<OutboundMessage> claimDue(Instant now, Instant leaseEnd, String claim) {
        return jdbc.sql("""
                UPDATE exchange.outbound_message SET next_attempt_at = :leaseEnd, claimed_by = :claim, updated_at = :now
                WHERE id = (SELECT id FROM exchange.outbound_message
                            WHERE state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now
                            ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS)
                .param("now", Timestamp.from(now))
                .param("leaseEnd", Timestamp.from(leaseEnd))
                .param("claim", claim)
                .query(OutboundMessages::map).optional();
    }

    /**
     * Records the partner's receipt, and the step in the message's history ({@code detail}) in the
     * same statement. A receipt is proof whoever claimed the message last, so only a message already
     * delivered is left alone; false then (another sender recorded it first).
     * <p>
     * The transaction commits without waiting for its WAL to reach the disk ({@code set_config} in
     * the statement, which spares a round trip of its own): a crash may lose the record without harm.
     * The message is then still claimed, comes due when the lease ends and goes again under the same
     * MessageId, and the partner answers the copy with its receipt again without processing it twice.
     * <p>
     * {@code audit}'s entries are written by the same statement when it records the receipt, so the
     * whole record is one statement that needs no transaction around it.
     */
    boolean delivered(long id, byte @Nullable [] sentRaw, byte @Nullable [] receiptRaw, Instant now, String detail,
            AuditTrail.InStatement audit) {
        return jdbc.sql("""
                WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),
                receipted AS (
                    UPDATE exchange.outbound_message SET state = 'RECEIPT_RECEIVED', attempts = attempts + 1, sent_raw = :sent,
                        receipt_raw = :receipt, receipt_at = :now, last_error = NULL, claimed_by = NULL, updated_at = :now
                    WHERE id = :id AND state IN ('QUEUED', 'RETRYING')
                    RETURNING message_id),
                history AS (
                    INSERT INTO exchange.message_event (direction, message_id, state, detail, occurred_at)
                    SELECT 'OUT', message_id, 'RECEIPT_RECEIVED', :detail, :now FROM receipted),
                """ + audit.writtenIf("EXISTS (SELECT 1 FROM receipted)") + """
                SELECT count(*) FROM receipted, relaxed""")
                .param("sent", sentRaw).param("receipt", receiptRaw).param("now", Timestamp.from(now)).param("id", id)
                .param("detail", detail)
                .params(audit.parameters())
                .query(Long.class).single() == 1;
    }

    /**
     * Records a failed attempt, if {@code claim} still holds the message: after a lease ran out
     * another sender may have taken it over, and its outcome is the one that counts.
     */
    boolean failed(long id, String claim, State state, Instant nextAttemptAt, String error, byte @Nullable [] sentRaw,
            Instant now) {
        return jdbc.sql("""
                UPDATE exchange.outbound_message SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                    sent_raw = COALESCE(?, sent_raw), claimed_by = NULL, updated_at = ?
                WHERE id = ? AND claimed_by = ? AND state IN ('QUEUED', 'RETRYING')""")
                .param(state.name()).param(Timestamp.from(nextAttemptAt)).param(error).param(sentRaw).param(Timestamp.from(now))
                .param(id).param(claim)
                .update() == 1;
    }

    /** Puts a dead letter back in the queue, with the same MessageId so the partner can recognise a copy. */
    boolean requeue(String messageId, Instant now, Instant giveUpAt) {
        return jdbc.sql("""
                UPDATE exchange.outbound_message SET state = 'QUEUED', next_attempt_at = ?, give_up_at = ?, updated_at = ?
                WHERE message_id = ? AND state = 'DEAD_LETTER'""")
                .params(Timestamp.from(now), Timestamp.from(giveUpAt), Timestamp.from(now), messageId)
                .update() == 1;
    }

    /** The content as the business module handed it over (out) or as it arrived, decrypted (in). */
    public Optional<String> state(String messageId) {
        return jdbc.sql("SELECT state FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).optional();
    }

    public Optional<byte[]> payload(String messageId) {
        return jdbc.sql("SELECT payload FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(byte[].class).optional();
    }

    /** The signed receipt's size in bytes, without reading it; empty until it has come back. */
    public Optional<Integer> receiptSize(String messageId) {
        return jdbc.sql("SELECT octet_length(receipt_raw) FROM exchange.outbound_message WHERE message_id = ? AND receipt_raw IS NOT NULL")
                .param(messageId).query(Integer.class).optional();
    }

    public Optional<byte[]> receiptRaw(String messageId) {
        return jdbc.sql("SELECT receipt_raw FROM exchange.outbound_message WHERE message_id = ? AND receipt_raw IS NOT NULL")
                .param(messageId).query(byte[].class).optional();
    }

    /** The signed and encrypted request as it last went on the wire. */
    public Optional<byte[]> sentRaw(String messageId) {
        return jdbc.sql("SELECT sent_raw FROM exchange.outbound_message WHERE message_id = ? AND sent_raw IS NOT NULL")
                .param(messageId).query(byte[].class).optional();
    }

    private static OutboundMessage map(ResultSet rs, int row) throws SQLException {
        Timestamp receiptAt = rs.getTimestamp("receipt_at");
        return new OutboundMessage(rs.getLong("id"), rs.getString("message_id"), rs.getString("partner_code"),
                new MessageType(rs.getString("service"), rs.getString("action")), rs.getString("category"),
                rs.getString("purpose"), rs.getString("content_type"), rs.getBytes("payload"),
                State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getTimestamp("give_up_at").toInstant(), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), receiptAt == null ? null : receiptAt.toInstant(),
                ThreadingColumns.read(rs));
    }

}
