package org.caunoi.hub.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.caunoi.hub.platform.audit.Clipped;

/**
 * Writes the audit entry of a backup or a restore into the hub's database, as the audit trail writes
 * its own (the entry and its place in the linker's queue, in one statement): the commands run without
 * the hub's Spring context, and a running hub's linker, or the restored hub's at its start, chains the
 * entry like any other. The actor is the operating system's user who ran the command.
 */
final class CommandAudit {

    /** As the audit trail clips details. */
    private static final int DETAILS_LIMIT = 2000;

    private CommandAudit() {
    }

    static void record(Connection connection, Clock clock, String action, String recordType, String recordId, String details)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                WITH entry AS (
                    INSERT INTO platform.audit_entry (occurred_at, actor, remote_addr, action, record_type, record_id, details)
                    VALUES (?, ?, NULL, ?, ?, ?, ?)
                    RETURNING id)
                INSERT INTO platform.audit_unlinked (entry_id) SELECT id FROM entry""")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)));
            insert.setString(2, Clipped.text("os:" + System.getProperty("user.name", "unknown"), Clipped.SHORT));
            insert.setString(3, action);
            insert.setString(4, recordType);
            insert.setString(5, Clipped.text(recordId, Clipped.SHORT * 4));
            insert.setString(6, Clipped.text(details, DETAILS_LIMIT));
            insert.executeUpdate();
        }
    }
}
