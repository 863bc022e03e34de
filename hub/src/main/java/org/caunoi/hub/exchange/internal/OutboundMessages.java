package org.caunoi.hub.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.internal.OutboundMessage.State;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table {@code exchange.outbound_message}. */
@Repository
public class OutboundMessages {

    private static final String COLUMNS = """
            id, message_id, partner_code, service, action, category, purpose, content_type, payload, state, attempts,
            next_attempt_at, give_up_at, last_error, created_at, created_by, receipt_at""";

    private final JdbcClient jdbc;

    OutboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String messageId, String partnerCode, MessageType type, @Nullable String category, @Nullable String purpose,
            String contentType, byte[] payload, Instant now, Instant giveUpAt, String createdBy) {
        jdbc.sql("""
                INSERT INTO exchange.outbound_message (message_id, partner_code, service, action, category, purpose,
                    content_type, payload, state, next_attempt_at, give_up_at, created_at, created_by, updated_at)
                VALUES (:messageId, :partner, :service, :action, :category, :purpose, :contentType, :payload, 'QUEUED',
                    :now, :giveUpAt, :now, :createdBy, :now)""")
                .param("messageId", messageId)
                .param("partner", partnerCode)
                .param("service", type.service())
                .param("action", type.action())
                .param("category", category)
                .param("purpose", purpose)
                .param("contentType", contentType)
                .param("payload", payload)
                .param("now", Timestamp.from(now))
                .param("giveUpAt", Timestamp.from(giveUpAt))
                .param("createdBy", createdBy)
                .update();
    }

    /**
     * Locks one due message for the caller's transaction, skipping those another sender (this
     * instance's other threads, or another instance on the same database) holds: no message is sent twice at once.
     */
    Optional<OutboundMessage> claimDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM exchange.outbound_message
                WHERE state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query(OutboundMessages::map).optional();
    }

    void delivered(long id, byte @Nullable [] sentRaw, byte @Nullable [] receiptRaw, Instant now) {
        jdbc.sql("""
                UPDATE exchange.outbound_message SET state = 'RECEIPT_RECEIVED', attempts = attempts + 1, sent_raw = ?,
                    receipt_raw = ?, receipt_at = ?, last_error = NULL, updated_at = ? WHERE id = ?""")
                .params(sentRaw, receiptRaw, Timestamp.from(now), Timestamp.from(now), id)
                .update();
    }

    void failed(long id, State state, Instant nextAttemptAt, String error, byte @Nullable [] sentRaw, Instant now) {
        jdbc.sql("""
                UPDATE exchange.outbound_message SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                    sent_raw = COALESCE(?, sent_raw), updated_at = ? WHERE id = ?""")
                .params(state.name(), Timestamp.from(nextAttemptAt), error, sentRaw, Timestamp.from(now), id)
                .update();
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
                rs.getString("created_by"), receiptAt == null ? null : receiptAt.toInstant());
    }
}
