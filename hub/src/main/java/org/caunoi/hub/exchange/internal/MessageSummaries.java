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

    private static final String FILTERS = """
            (CAST(:partner AS TEXT) IS NULL OR partner_code = :partner)
            AND (CAST(:state AS TEXT) IS NULL OR state = :state)
            AND (CAST(:type AS TEXT) IS NULL OR service || '/' || action = :type)""";

    private static final Table OUT = new Table("out", "outbound_message", "created_at", "receipt_at", "0");
    private static final Table IN = new Table("in", "inbound_message", "received_at", "processed_at", "duplicates");
    private static final String NEWEST_OF_BOTH = "SELECT * FROM (" + OUT.newest() + " UNION ALL " + IN.newest()
            + ") both_directions ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset";

    private final JdbcClient jdbc;

    MessageSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One message, either direction; {@code doneAt} is the receipt (out) or the processing (in);
     * {@code duplicates} the copies received again (always 0 out); {@code inReplyTo} the message it answers or refers to.
     */
    public record MessageSummary(String direction, String messageId, String partner, String type, String state,
            int attempts, @Nullable String lastError, Instant at, @Nullable Instant doneAt, @Nullable String category,
            @Nullable String purpose, int duplicates, @Nullable String inReplyTo) {
    }

    /** One message of one direction ({@code out} or {@code in}), by its key: a page polls this every 2 s. */
    public Optional<MessageSummary> of(String direction, String messageId) {
        @Nullable Table table = "out".equals(direction) ? OUT : "in".equals(direction) ? IN : null;
        return table == null ? Optional.empty()
                : jdbc.sql(table.select("message_id = :messageId")).param("messageId", messageId)
                        .query(MessageSummaries::map).optional();
    }

    /**
     * The newest messages of the directions asked for, {@code limit} of them after skipping
     * {@code offset}; partner, state and type ({@code service/action}) null for any. A state only
     * one direction has matches nothing in the other.
     */
    public List<MessageSummary> newest(boolean out, boolean in, @Nullable String partnerCode, @Nullable String state,
            @Nullable String type, int limit, int offset) {
        return jdbc.sql(NEWEST_OF_BOTH)
                .param("out", out)
                .param("in", in)
                .param("partner", partnerCode)
                .param("state", state)
                .param("type", type)
                .param("limit", limit)
                .param("offset", offset)
                .param("reach", limit + offset)
                .query(MessageSummaries::map).list();
    }

    /** How many messages {@link #newest} would list without a limit: the total a paged list shows. */
    public long count(boolean out, boolean in, @Nullable String partnerCode, @Nullable String state,
            @Nullable String type) {
        return jdbc.sql("SELECT " + OUT.count() + " + " + IN.count())
                .param("out", out)
                .param("in", in)
                .param("partner", partnerCode)
                .param("state", state)
                .param("type", type)
                .query(Long.class).single();
    }

    /** A direction's table, read into the same columns as the other's. */
    private record Table(String direction, String name, String at, String doneAt, String duplicates) {

        String select(String where) {
            return """
                    SELECT '%s' AS direction, message_id, partner_code, service, action, state, attempts, last_error,
                           %s AS at, %s AS done_at, category, purpose, %s AS duplicates, in_reply_to, id
                      FROM exchange.%s
                     WHERE %s""".formatted(direction, at, doneAt, duplicates, name, where);
        }

        /** This direction's newest rows that pass the list's filters (each null for any). */
        String newest() {
            return "(" + select(":" + direction + " AND " + FILTERS) + " ORDER BY " + at + " DESC, id DESC LIMIT :reach)";
        }

        /** How many of this direction's rows pass the filters, as a scalar subquery. */
        String count() {
            return "(SELECT count(*) FROM exchange." + name + " WHERE :" + direction + " AND " + FILTERS + ")";
        }
    }

    private static MessageSummary map(ResultSet rs, int row) throws SQLException {
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new MessageSummary(rs.getString("direction"), rs.getString("message_id"), rs.getString("partner_code"),
                rs.getString("service") + "/" + rs.getString("action"), rs.getString("state"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getTimestamp("at").toInstant(), doneAt == null ? null : doneAt.toInstant(),
                rs.getString("category"), rs.getString("purpose"), rs.getInt("duplicates"), rs.getString("in_reply_to"));
    }
}
