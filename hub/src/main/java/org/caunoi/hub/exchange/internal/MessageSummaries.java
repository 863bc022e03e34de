package org.caunoi.hub.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages in and out as lists and message pages show them: one query over both directions, newest
 * first, without payloads or raw forms (a list of 500 messages must not read 500 payloads of up to
 * 5 MiB, nor a page that polls its state every 2 s read its payload every time).
 */
@Repository
public class MessageSummaries {

    private final JdbcClient jdbc;

    MessageSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One message, either direction; {@code doneAt} is the receipt (out) or the processing (in);
     * {@code duplicates} the copies received again (always 0 out).
     */
    public record MessageSummary(String direction, String messageId, String partner, String type, String state,
            int attempts, @Nullable String lastError, Instant at, @Nullable Instant doneAt, @Nullable String category,
            @Nullable String purpose, int duplicates) {
    }

    /** One message of one direction ({@code out} or {@code in}). */
    public Optional<MessageSummary> of(String direction, String messageId) {
        return query("out".equals(direction), "in".equals(direction), null, null, null, messageId, 1).stream().findFirst();
    }

    /**
     * The newest messages of the directions asked for; partner, state and type ({@code service/action})
     * null for any. A state only one direction has matches nothing in the other.
     */
    public List<MessageSummary> newest(boolean out, boolean in, @Nullable String partnerCode, @Nullable String state,
            @Nullable String type, int limit) {
        return query(out, in, partnerCode, state, type, null, limit);
    }

    private List<MessageSummary> query(boolean out, boolean in, @Nullable String partnerCode, @Nullable String state,
            @Nullable String type, @Nullable String messageId, int limit) {
        return jdbc.sql("""
                SELECT * FROM (
                    (SELECT 'out' AS direction, message_id, partner_code, service, action, state, attempts, last_error,
                            created_at AS at, receipt_at AS done_at, category, purpose, 0 AS duplicates, id
                       FROM exchange.outbound_message
                      WHERE :out
                        AND (CAST(:messageId AS TEXT) IS NULL OR message_id = :messageId)
                        AND (CAST(:partner AS TEXT) IS NULL OR partner_code = :partner)
                        AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                        AND (CAST(:type AS TEXT) IS NULL OR service || '/' || action = :type)
                      ORDER BY created_at DESC, id DESC LIMIT :limit)
                    UNION ALL
                    (SELECT 'in', message_id, partner_code, service, action, state, attempts, last_error,
                            received_at, processed_at, category, purpose, duplicates, id
                       FROM exchange.inbound_message
                      WHERE :in
                        AND (CAST(:messageId AS TEXT) IS NULL OR message_id = :messageId)
                        AND (CAST(:partner AS TEXT) IS NULL OR partner_code = :partner)
                        AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                        AND (CAST(:type AS TEXT) IS NULL OR service || '/' || action = :type)
                      ORDER BY received_at DESC, id DESC LIMIT :limit)
                ) both_directions
                ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("out", out)
                .param("in", in)
                .param("partner", partnerCode)
                .param("state", state)
                .param("type", type)
                .param("messageId", messageId)
                .param("limit", limit)
                .query(MessageSummaries::map).list();
    }

    private static MessageSummary map(ResultSet rs, int row) throws SQLException {
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new MessageSummary(rs.getString("direction"), rs.getString("message_id"), rs.getString("partner_code"),
                rs.getString("service") + "/" + rs.getString("action"), rs.getString("state"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getTimestamp("at").toInstant(), doneAt == null ? null : doneAt.toInstant(),
                rs.getString("category"), rs.getString("purpose"), rs.getInt("duplicates"));
    }
}
