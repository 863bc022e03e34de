package org.caunoi.hub.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who did what to which record, when and from where. Entries are written
 * in the caller's transaction, so a change and its audit entry commit or roll back together; each
 * entry's hash covers the previous entry's hash, so {@link #verify()} finds any row changed later.
 */
@Service
public class AuditTrail {

    private static final char SEPARATOR = '\u001F';

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One entry of the trail. */
    public record Entry(long id, Instant occurredAt, String actor, @Nullable String remoteAddr, String action,
            String recordType, @Nullable String recordId, String details, String prevHash, String hash) {
    }

    /** What checking the chain found: intact, or the first entry that does not fit. */
    public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenEntryId,
            @Nullable String problem) {
    }

    /** Records an action of the signed-in officer (or "anonymous"), from the current request's address. */
    @Transactional
    public Entry record(String action, String recordType, @Nullable String recordId, String details) {
        return recordAs(currentActor(), action, recordType, recordId, details);
    }

    @Transactional
    public Entry recordAs(String actor, String action, String recordType, @Nullable String recordId, String details) {
        var head = jdbc.sql("SELECT last_id, last_hash FROM platform.audit_chain_head FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long id = (long) head[0] + 1;
        String prevHash = (String) head[1];
        // PostgreSQL keeps microseconds: hash what is stored, or verification could never match.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String remoteAddr = currentRemoteAddress();
        Entry entry = new Entry(id, occurredAt, actor, remoteAddr, action, recordType, recordId,
                details, prevHash, "");
        String hash = hashOf(entry);
        jdbc.sql("""
                INSERT INTO platform.audit_entry
                    (id, occurred_at, actor, remote_addr, action, record_type, record_id, details, prev_hash, hash)
                VALUES (:id, :occurredAt, :actor, :remoteAddr, :action, :recordType, :recordId, :details, :prevHash, :hash)""")
                .param("id", id)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("actor", actor)
                .param("remoteAddr", remoteAddr)
                .param("action", action)
                .param("recordType", recordType)
                .param("recordId", recordId)
                .param("details", details)
                .param("prevHash", prevHash)
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE platform.audit_chain_head SET last_id = ?, last_hash = ?").params(id, hash).update();
        return new Entry(id, occurredAt, actor, remoteAddr, action, recordType, recordId, details, prevHash, hash);
    }

    /** Walks the whole chain from the first entry and names the first one that does not fit. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var walker = new ChainWalker();
        jdbc.sql("SELECT * FROM platform.audit_entry ORDER BY id").query(rs -> {
            walker.accept(mapEntry(rs));
        });
        if (walker.problem == null) {
            var head = jdbc.sql("SELECT last_id, last_hash FROM platform.audit_chain_head")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
            if ((long) head[0] != walker.lastId || !Objects.equals(head[1], walker.lastHash)) {
                return new ChainVerification(false, walker.checked, walker.lastId + 1,
                        "entries after " + walker.lastId + " are missing (the chain head is at " + head[0] + ")");
            }
        }
        return new ChainVerification(walker.problem == null, walker.checked, walker.brokenId, walker.problem);
    }

    /** The newest entries that match the filter (blank filter fields match all), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> search(String actor, String recordType, String action, @Nullable Long beforeId, int limit) {
        return jdbc.sql("""
                SELECT * FROM platform.audit_entry
                WHERE (:actor = '' OR actor = :actor)
                  AND (:recordType = '' OR record_type = :recordType)
                  AND (:action = '' OR action = :action)
                  AND (CAST(:beforeId AS BIGINT) IS NULL OR id < :beforeId)
                ORDER BY id DESC LIMIT :limit""")
                .param("actor", actor)
                .param("recordType", recordType)
                .param("action", action)
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query((rs, n) -> mapEntry(rs))
                .list();
    }

    private static Entry mapEntry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("remote_addr"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private final class ChainWalker {
        long checked;
        long lastId;
        String lastHash = "GENESIS";
        @Nullable Long brokenId;
        @Nullable String problem;

        void accept(Entry entry) {
            if (problem != null) {
                return;
            }
            checked++;
            if (entry.id() != lastId + 1) {
                fail(entry.id(), "entry " + (lastId + 1) + " is missing");
            }
            else if (!entry.prevHash().equals(lastHash)) {
                fail(entry.id(), "its link to the previous entry does not match");
            }
            else if (!entry.hash().equals(hashOf(entry))) {
                fail(entry.id(), "its content was changed after it was written");
            }
            lastId = entry.id();
            lastHash = entry.hash();
        }

        private void fail(long id, String why) {
            brokenId = id;
            problem = why;
        }
    }

    static String hashOf(Entry entry) {
        String canonical = String.join(String.valueOf(SEPARATOR), entry.prevHash(), Long.toString(entry.id()),
                entry.occurredAt().toString(), entry.actor(), Objects.toString(entry.remoteAddr(), ""),
                entry.action(), entry.recordType(), Objects.toString(entry.recordId(), ""), entry.details());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "anonymous" : authentication.getName();
    }

    private static @Nullable String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
