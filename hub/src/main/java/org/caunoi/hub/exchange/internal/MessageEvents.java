package org.caunoi.hub.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The state history of every message, in {@code exchange.message_event}; written in the caller's transaction. */
@Repository
public class MessageEvents {

    /** One step in a message's life. */
    public record Event(String direction, String messageId, String state, String detail, Instant occurredAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MessageEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String direction, String messageId, String state, String detail) {
        jdbc.sql("""
                INSERT INTO exchange.message_event (direction, message_id, state, detail, occurred_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(direction, messageId, state, detail, Timestamp.from(clock.instant()))
                .update();
    }

    /** The same step for several messages at once (the copies of one message), in one statement. */
    public void record(String direction, List<String> messageIds, String state, String detail) {
        if (messageIds.size() == 1) {
            record(direction, messageIds.getFirst(), state, detail);
            return;
        }
        jdbc.sql("""
                INSERT INTO exchange.message_event (direction, message_id, state, detail, occurred_at)
                SELECT ?, message_id, ?, ?, ? FROM unnest(CAST(? AS text[])) AS copy(message_id)""")
                .params(direction, state, detail, Timestamp.from(clock.instant()), messageIds.toArray(String[]::new))
                .update();
    }

    public List<Event> of(String direction, String messageId) {
        return jdbc.sql("SELECT * FROM exchange.message_event WHERE direction = ? AND message_id = ? ORDER BY id")
                .params(direction, messageId)
                .query((rs, n) -> new Event(rs.getString("direction"), rs.getString("message_id"), rs.getString("state"),
                        rs.getString("detail"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
