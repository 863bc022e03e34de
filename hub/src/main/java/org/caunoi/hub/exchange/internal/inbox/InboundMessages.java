package org.caunoi.hub.exchange.internal.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.internal.ThreadingColumns;
import org.caunoi.hub.exchange.internal.inbox.InboundMessage.State;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox table {@code exchange.inbound_message}. */
@Repository
public class InboundMessages {

    private static final String COLUMNS = """
            id, message_id, partner_code, service, action, category, purpose, content_type, payload, state, attempts,
            last_error, duplicates, received_at, processed_at, in_reply_to, conversation_id, version, change_kind,
            caveats""";

    /** A message as it arrived, before it is stored. */
    record Arrival(String messageId, String partnerCode, MessageType type, @Nullable String category,
            @Nullable String purpose, String contentType, byte[] payload, @Nullable String rawContentType,
            byte @Nullable [] raw, String signerSha256, Threading threading) {
    }

    private final JdbcClient jdbc;

    InboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the message unless its MessageId is known, with its history's first steps in the same
     * statement; true when it is new. {@code processedBy}: the handler that has done all there is to
     * do in the storing transaction ({@link MessageHandler#completesOnArrival()}), so the message
     * is stored processed and the processor never claims it; null otherwise. {@code audit}'s entries
     * are written by the same statement if it stores the message.
     */
    boolean insertIfNew(Arrival arrival, Instant now, @Nullable String processedBy, AuditTrail.InStatement audit) {
        Revision revision = arrival.threading().revision();
        boolean processed = processedBy != null;
        return jdbc.sql("""
                WITH stored AS (
                    INSERT INTO exchange.inbound_message (message_id, partner_code, service, action, category, purpose,
                        content_type, payload, raw_content_type, raw_message, signer_sha256, state, attempts, next_attempt_at,
                        received_at, processed_at, in_reply_to, conversation_id, version, change_kind, caveats)
                    VALUES (:messageId, :partner, :service, :action, :category, :purpose, :contentType, :payload,
                        :rawContentType, :raw, :signer, :state, :attempts, :now, :now, :processedAt, :refTo, :conversation,
                        :version, :change, :caveats)
                    ON CONFLICT (message_id) DO NOTHING
                    RETURNING message_id),
                history AS (
                    INSERT INTO exchange.message_event (direction, message_id, state, detail, occurred_at)
                    SELECT 'IN', stored.message_id, step.state, step.detail, :now
                    FROM stored, unnest(CAST(:steps AS text[]), CAST(:details AS text[])) WITH ORDINALITY AS step(state, detail, n)
                    ORDER BY step.n),
                """ + audit.writtenIf("EXISTS (SELECT 1 FROM stored)") + """
                SELECT count(*) FROM stored""")
                .param("messageId", arrival.messageId())
                .param("partner", arrival.partnerCode())
                .param("service", arrival.type().service())
                .param("action", arrival.type().action())
                .param("category", arrival.category())
                .param("purpose", arrival.purpose())
                .param("contentType", arrival.contentType())
                .param("payload", arrival.payload())
                .param("rawContentType", arrival.rawContentType())
                .param("raw", arrival.raw())
                .param("signer", arrival.signerSha256())
                .param("state", (processed ? State.PROCESSED : State.RECEIVED).name())
                .param("attempts", processed ? 1 : 0)
                .param("now", Timestamp.from(now))
                .param("processedAt", processed ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
                .param("refTo", arrival.threading().inReplyTo())
                .param("conversation", revision == null ? null : revision.conversation())
                .param("version", revision == null ? null : revision.version())
                .param("change", revision == null ? null : revision.change().name())
                .param("caveats", arrival.threading().caveats().stream().map(Caveat::kebab).sorted().toArray(String[]::new))
                .param("steps", processed ? new String[] {State.RECEIVED.name(), State.PROCESSED.name()}
                        : new String[] {State.RECEIVED.name()})
                .param("details", processed ? new String[] {"", processedBy} : new String[] {""})
                .params(audit.parameters())
                .query(Long.class).single() == 1;
    }

    /** The partner that first sent this MessageId, if any. */
    Optional<String> senderOf(String messageId) {
        return jdbc.sql("SELECT partner_code FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).optional();
    }

    void countDuplicate(String messageId) {
        jdbc.sql("UPDATE exchange.inbound_message SET duplicates = duplicates + 1 WHERE message_id = ?").param(messageId).update();
    }

    /** Locks one message whose handler is due, skipping those another thread or instance holds. */
    Optional<InboundMessage> claimDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM exchange.inbound_message WHERE state = 'RECEIVED' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query(InboundMessages::map).optional();
    }

    /** Marks a claimed message processed by {@code handler}, with that step in its history, in one statement. */
    void processed(long id, Instant now, String handler) {
        jdbc.sql("""
                WITH done AS (
                    UPDATE exchange.inbound_message SET state = 'PROCESSED', attempts = attempts + 1, processed_at = :now,
                        last_error = NULL
                    WHERE id = :id
                    RETURNING message_id)
                INSERT INTO exchange.message_event (direction, message_id, state, detail, occurred_at)
                SELECT 'IN', message_id, 'PROCESSED', :handler, :now FROM done""")
                .param("now", Timestamp.from(now)).param("id", id).param("handler", handler).update();
    }

    void handlerFailed(long id, Instant nextAttemptAt, String error) {
        jdbc.sql("UPDATE exchange.inbound_message SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(Timestamp.from(nextAttemptAt), error, id).update();
    }

    /** The content as the business module handed it over (out) or as it arrived, decrypted (in). */
    public Optional<byte[]> payload(String messageId) {
        return jdbc.sql("SELECT payload FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(byte[].class).optional();
    }

    /** The signed and encrypted request exactly as it arrived, with its content type. */
    public Optional<RawMessage> raw(String messageId) {
        return jdbc.sql("SELECT raw_content_type, raw_message FROM exchange.inbound_message WHERE message_id = ? AND raw_message IS NOT NULL")
                .param(messageId)
                .query((rs, n) -> new RawMessage(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** A message in its wire form. */
    public record RawMessage(@Nullable String contentType, byte[] bytes) {
    }

    private static InboundMessage map(ResultSet rs, int row) throws SQLException {
        Timestamp processedAt = rs.getTimestamp("processed_at");
        return new InboundMessage(rs.getLong("id"), rs.getString("message_id"), rs.getString("partner_code"),
                new MessageType(rs.getString("service"), rs.getString("action")), rs.getString("category"),
                rs.getString("purpose"), rs.getString("content_type"), rs.getBytes("payload"),
                State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getInt("duplicates"), rs.getTimestamp("received_at").toInstant(),
                processedAt == null ? null : processedAt.toInstant(), ThreadingColumns.read(rs));
    }
}
