package org.caunoi.hub.platform.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a backup archive holds, written as its last entries ({@code manifest.json}, signed in
 * {@code manifest.hmac}): which hub and release wrote it, the migrations each module's schema had,
 * every table copied with its columns and rows, the sequences, the data directory's files, and the
 * SHA-256 of every entry, so that a restore checks the whole file before it writes anything.
 *
 * @param createdAt the instant the database was copied as of (its snapshot's)
 */
record BackupManifest(
        String format,
        int formatVersion,
        String hubVersion,
        String node,
        Instant createdAt,
        Encryption encryption,
        List<Migrations> migrations,
        List<Table> tables,
        List<Sequence> sequences,
        List<DataFile> files,
        Map<String, String> sha256) {

    static final String FORMAT = "caunoi-hub-backup";
    /** 1: tables in the clear; 2: tables encrypted too ({@link Encryption#tables()}). */
    static final int FORMAT_VERSION = 2;
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.hmac";
    /** A known text encrypted with the password, so a wrong password is told apart from a changed file. */
    static final String PASSWORD_CHECK = "password-check.aes";
    static final byte[] PASSWORD_CHECK_TEXT = "CauNoi hub backup".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * How the entries are encrypted; the salt in Base64.
     *
     * @param cipher the data directory's files' cipher
     * @param tables the tables' cipher; null in format 1, whose tables are not encrypted
     */
    record Encryption(String kdf, int iterations, String salt, String cipher, @Nullable String tables) {
    }

    /** The Flyway history of one module ({@code __root} for the shared scripts) and the versions it had applied. */
    record Migrations(String module, String historyTable, List<Applied> applied) {

        @Nullable String lastVersion() {
            return applied.isEmpty() ? null : applied.getLast().version();
        }
    }

    record Applied(String version, String script, @Nullable Integer checksum) {
    }

    /** One table, copied with PostgreSQL's binary COPY format into {@code entry} (encrypted from format 2 on). */
    record Table(String schema, String name, List<String> columns, long rows, String entry) {

        String qualified() {
            return Sql.quote(schema) + "." + Sql.quote(name);
        }
    }

    /** A sequence's last value; null when it was never used. */
    record Sequence(String schema, String name, @Nullable Long lastValue) {
    }

    /** A file of the data directory (a keystore), encrypted into {@code entry}. */
    record DataFile(String path, String entry) {
    }
}
