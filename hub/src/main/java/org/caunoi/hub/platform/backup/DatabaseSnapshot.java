package org.caunoi.hub.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Reads the hub's database in one {@code REPEATABLE READ READ ONLY} transaction, so every table is
 * copied as of the same instant while the hub goes on writing: the tables of every schema but
 * PostgreSQL's own (extensions' tables left out), the Flyway history of each module among them.
 */
final class DatabaseSnapshot implements AutoCloseable {

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private final Connection connection;
    private final CopyManager copy;
    private final Instant takenAt;

    DatabaseSnapshot(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            // The transaction's first query takes its snapshot.
            try (ResultSet now = statement.executeQuery("SELECT now()")) {
                now.next();
                this.takenAt = now.getTimestamp(1).toInstant();
            }
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The instant the database is copied as of. */
    Instant takenAt() {
        return takenAt;
    }

    List<BackupManifest.Table> tables() throws SQLException {
        List<BackupManifest.Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT n.nspname, c.relname,
                       array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '')
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid
                WHERE c.relkind = 'r' AND c.relpersistence = 'p'
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
                GROUP BY n.nspname, c.relname
                ORDER BY n.nspname, c.relname""")) {
            while (rows.next()) {
                String schema = rows.getString(1);
                String name = rows.getString(2);
                List<String> columns = List.of((String[]) rows.getArray(3).getArray());
                tables.add(new BackupManifest.Table(schema, name, columns, 0, "database/" + schema + "/" + name + ".copy"));
            }
        }
        return tables;
    }

    List<BackupManifest.Sequence> sequences() throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT schemaname, sequencename, last_value FROM pg_sequences
                WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2""")) {
            while (rows.next()) {
                String schema = rows.getString(1);
                String name = rows.getString(2);
                long last = rows.getLong(3);
                sequences.add(new BackupManifest.Sequence(schema, name, rows.wasNull() ? null : last));
            }
        }
        return sequences;
    }

    /** The migrations each module's history records as applied; its history tables are among {@code tables}. */
    List<BackupManifest.Migrations> migrations(List<BackupManifest.Table> tables) throws SQLException {
        List<BackupManifest.Migrations> migrations = new ArrayList<>();
        for (BackupManifest.Table table : tables) {
            if (!table.name().equals(HISTORY_TABLE) && !table.name().startsWith(HISTORY_TABLE + "_")) {
                continue;
            }
            String module = table.name().equals(HISTORY_TABLE) ? "__root" : table.name().substring(HISTORY_TABLE.length() + 1);
            List<BackupManifest.Applied> applied = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT version, script, checksum FROM " + table.qualified()
                            + " WHERE success AND version IS NOT NULL AND type <> 'BASELINE' ORDER BY installed_rank")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    String script = rows.getString(2);
                    int checksum = rows.getInt(3);
                    applied.add(new BackupManifest.Applied(version, script, rows.wasNull() ? null : checksum));
                }
            }
            migrations.add(new BackupManifest.Migrations(module, table.name(), applied));
        }
        return migrations;
    }

    /** Copies a table's rows in PostgreSQL's binary format; returns how many. */
    long copy(BackupManifest.Table table, OutputStream out) throws SQLException, IOException {
        return copy.copyOut("COPY " + table.qualified() + " (" + Sql.columns(table.columns()) + ") TO STDOUT (FORMAT binary)", out);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        }
        finally {
            connection.close();
        }
    }
}
