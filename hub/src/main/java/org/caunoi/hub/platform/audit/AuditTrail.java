package org.caunoi.hub.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.caunoi.hub.platform.database.AfterCommit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who did what to which record, when and from where. Entries are written
 * in the caller's transaction, so a change and its audit entry commit or roll back together. Once
 * committed, {@link AuditChain} links each entry into a hash chain (each link's hash covers the entry
 * and the link before), so {@link #verify()} finds any entry changed, removed or slipped in later.
 */
@Service
public class AuditTrail {

    private static final char SEPARATOR = '\u001F';
    /** Details are the hub's own sentences with a few values in them: this is far above any of them. */
    private static final int DETAILS_LIMIT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditChain chain;
    private final TransactionTemplate snapshot;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditChain chain, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.chain = chain;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One entry of the trail. */
    public record Entry(long id, Instant occurredAt, String actor, @Nullable String remoteAddr, String action,
            String recordType, @Nullable String recordId, String details) {
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

    /** An entry to write: who did what to which record. */
    public record Planned(String actor, String action, String recordType, @Nullable String recordId, String details) {
    }

    /**
     * Records an action of the named actor. Actor, record id and details may hold what a stranger
     * typed (a user name at sign-in): they are clipped, so no entry grows past what the table keeps.
     */
    @Transactional
    public Entry recordAs(String actor, String action, String recordType, @Nullable String recordId, String details) {
        return recordAll(List.of(new Planned(actor, action, recordType, recordId, details))).getFirst();
    }

    /**
     * Records the actions of the signed-in officer (or "anonymous") in the order given, with one
     * statement: the copies of one message sent to several partners, say.
     */
    @Transactional
    public List<Entry> recordAll(String action, String recordType, List<RecordDetails> records) {
        String actor = currentActor();
        return recordAll(records.stream().map(record -> new Planned(actor, action, recordType, record.recordId(), record.details()))
                .toList());
    }

    /** A record and what happened to it, for {@link #recordAll(String, String, List)}. */
    public record RecordDetails(@Nullable String recordId, String details) {
    }

    /**
     * Records several entries in the order given, with one statement for all of them: entry ids
     * follow that order, so the chain links them in it.
     */
    @Transactional
    public List<Entry> recordAll(List<Planned> planned) {
        InStatement written = inStatement(planned);
        List<Long> ids = jdbc.sql("WITH " + written.writtenIf("true") + " SELECT id FROM audit_entry ORDER BY id")
                .params(written.parameters())
                .query((rs, row) -> rs.getLong(1))
                .list();
        if (ids.size() != written.entries().size()) {
            throw new IllegalStateException("Wrote " + ids.size() + " audit entries of " + written.entries().size());
        }
        // The ids were drawn in the order of the rows: sorted, they are in the order given.
        List<Entry> entries = new java.util.ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Planned entry = written.entries().get(i);
            entries.add(new Entry(ids.get(i), written.occurredAt(), entry.actor(), written.remoteAddr(), entry.action(),
                    entry.recordType(), entry.recordId(), entry.details()));
        }
        return entries;
    }

    /**
     * Entries for the caller's own statement to write: it adds {@link InStatement#writtenIf(String)}
     * to its {@code WITH} clause and binds {@link InStatement#parameters()}. The change and its entries
     * then commit together with one round trip to the server, not two, and a change that is one
     * statement needs no transaction of its own. The entries are written exactly as
     * {@link #recordAll(List)} writes them (same actor, address, clipping and time).
     */
    public InStatement inStatement(List<Planned> planned) {
        // PostgreSQL keeps microseconds: hash what is stored, or verification could never match.
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String remoteAddr = currentRemoteAddress();
        List<Planned> clipped = planned.stream().map(entry -> new Planned(Clipped.text(entry.actor(), Clipped.SHORT),
                entry.action(), entry.recordType(), Clipped.orNull(entry.recordId(), Clipped.SHORT * 4),
                Clipped.text(entry.details(), DETAILS_LIMIT))).toList();
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("auditAt", Timestamp.from(occurredAt));
        parameters.put("auditFrom", remoteAddr);
        parameters.put("auditActors", clipped.stream().map(Planned::actor).toArray(String[]::new));
        parameters.put("auditActions", clipped.stream().map(Planned::action).toArray(String[]::new));
        parameters.put("auditRecordTypes", clipped.stream().map(Planned::recordType).toArray(String[]::new));
        parameters.put("auditRecordIds", clipped.stream().map(Planned::recordId).toArray(String[]::new));
        parameters.put("auditDetails", clipped.stream().map(Planned::details).toArray(String[]::new));
        // Outside a transaction this nudges before the statement runs: the linker looks a moment later.
        AfterCommit.run(chain::nudge);
        return new InStatement(clipped, occurredAt, remoteAddr, Collections.unmodifiableMap(parameters));
    }

    /**
     * As {@link #inStatement(List)}, for actions of the signed-in officer (or "anonymous"), as
     * {@link #recordAll(String, String, List)} records them.
     */
    public InStatement inStatement(String action, String recordType, List<RecordDetails> records) {
        String actor = currentActor();
        return inStatement(records.stream().map(record -> new Planned(actor, action, recordType, record.recordId(),
                record.details())).toList());
    }

    /** Audit entries a caller's statement writes, and the named values its SQL refers to. */
    public record InStatement(List<Planned> entries, Instant occurredAt, @Nullable String remoteAddr,
            Map<String, @Nullable Object> parameters) {

        /**
         * Two common table expressions for a {@code WITH} clause that write the entries, and their
         * places in the linker's queue, if {@code condition} (SQL, e.g. {@code EXISTS (SELECT 1 FROM
         * changed)}) holds. Data-modifying, so they run whether or not the rest of the statement reads
         * them; {@code audit_entry} returns the entries' ids, drawn in the order given.
         */
        public String writtenIf(String condition) {
            return """
                    audit_entry AS (
                        INSERT INTO platform.audit_entry (occurred_at, actor, remote_addr, action, record_type, record_id, details)
                        SELECT :auditAt, planned.actor, :auditFrom, planned.action, planned.record_type, planned.record_id,
                            planned.details
                        FROM unnest(CAST(:auditActors AS text[]), CAST(:auditActions AS text[]), CAST(:auditRecordTypes AS text[]),
                            CAST(:auditRecordIds AS text[]), CAST(:auditDetails AS text[]))
                            WITH ORDINALITY AS planned(actor, action, record_type, record_id, details, n)
                        WHERE %s
                        ORDER BY planned.n
                        RETURNING id),
                    audit_queued AS (
                        INSERT INTO platform.audit_unlinked (entry_id) SELECT id FROM audit_entry)
                    """.formatted(condition);
        }
    }

    /**
     * Links what has committed, then walks the whole chain from its first link and names the first
     * entry that does not fit: changed, removed, or written outside the chain.
     */
    public ChainVerification verify() {
        chain.linkPending();
        return snapshot.execute(status -> {
            var walker = new ChainWalker();
            jdbc.sql("""
                    SELECT l.position, l.entry_id, l.prev_hash, l.hash, e.*
                    FROM platform.audit_link l LEFT JOIN platform.audit_entry e ON e.id = l.entry_id
                    ORDER BY l.position""").query(rs -> {
                walker.accept(rs.getLong("position"), rs.getLong("entry_id"), rs.getString("prev_hash"),
                        rs.getString("hash"), rs.getObject("id") == null ? null : mapEntry(rs));
            });
            if (walker.problem != null) {
                return new ChainVerification(false, walker.checked, walker.brokenId, walker.problem);
            }
            var head = jdbc.sql("SELECT last_position, last_hash FROM platform.audit_chain_head")
                    .query((rs, n) -> new AuditChain.Link(rs.getLong(1), 0, "", rs.getString(2))).single();
            if (head.position() != walker.lastPosition || !head.hash().equals(walker.lastHash)) {
                return new ChainVerification(false, walker.checked, null, "links after position " + walker.lastPosition
                        + " are missing (the chain head is at " + head.position() + ")");
            }
            Long outside = jdbc.sql("""
                    SELECT min(e.id) FROM platform.audit_entry e
                    WHERE NOT EXISTS (SELECT 1 FROM platform.audit_link l WHERE l.entry_id = e.id)
                      AND NOT EXISTS (SELECT 1 FROM platform.audit_unlinked u WHERE u.entry_id = e.id)""")
                    .query(Long.class).optional().orElse(null);
            if (outside != null) {
                return new ChainVerification(false, walker.checked, outside, "it was written outside the chain");
            }
            return new ChainVerification(true, walker.checked, null, null);
        });
    }

    /** The newest entries that match the filter (blank filter fields match all), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> search(String actor, String recordType, String action, @Nullable Long beforeId, int limit) {
        return filtered("SELECT * FROM platform.audit_entry", actor, recordType, action, beforeId,
                " ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> mapEntry(rs))
                .list();
    }

    /** A page of the entries that match the filter, newest first: {@code limit} of them after skipping {@code offset}. */
    @Transactional(readOnly = true)
    public List<Entry> search(String actor, String recordType, String action, int offset, int limit) {
        return filtered("SELECT * FROM platform.audit_entry", actor, recordType, action, null,
                " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> mapEntry(rs))
                .list();
    }

    /** How many entries match the filter, for the screen's pager. */
    @Transactional(readOnly = true)
    public long count(String actor, String recordType, String action) {
        return filtered("SELECT count(*) FROM platform.audit_entry", actor, recordType, action, null, "")
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, String actor, String recordType, String action,
            @Nullable Long beforeId, String rest) {
        return jdbc.sql(select + """

                WHERE (:actor = '' OR actor = :actor)
                  AND (:recordType = '' OR record_type = :recordType)
                  AND (:action = '' OR action = :action)
                  AND (CAST(:beforeId AS BIGINT) IS NULL OR id < :beforeId)""" + rest)
                .param("actor", actor)
                .param("recordType", recordType)
                .param("action", action)
                .param("beforeId", beforeId);
    }

    /** The actions the trail holds, in order: one index probe per distinct action. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return distinct("action");
    }

    /** The record types the trail holds, in order: one index probe per distinct type. */
    @Transactional(readOnly = true)
    public List<String> recordTypes() {
        return distinct("record_type");
    }

    private List<String> distinct(String column) {
        return jdbc.sql("""
                WITH RECURSIVE found(value) AS (
                    SELECT min(%1$s) FROM platform.audit_entry
                    UNION ALL
                    SELECT (SELECT min(%1$s) FROM platform.audit_entry WHERE %1$s > found.value) FROM found WHERE found.value IS NOT NULL)
                SELECT value FROM found WHERE value IS NOT NULL""".formatted(column))
                .query((rs, row) -> rs.getString(1)).list();
    }

    static Entry mapEntry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("remote_addr"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("details"));
    }

    private static final class ChainWalker {
        long checked;
        long lastPosition;
        String lastHash = "GENESIS";
        @Nullable Long brokenId;
        @Nullable String problem;

        void accept(long position, long entryId, String prevHash, String hash, @Nullable Entry entry) {
            if (problem != null) {
                return;
            }
            checked++;
            if (position != lastPosition + 1) {
                fail(entryId, "the link before it (position " + (lastPosition + 1) + ") is missing");
            }
            else if (!prevHash.equals(lastHash)) {
                fail(entryId, "its link to the previous entry does not match");
            }
            else if (entry == null) {
                fail(entryId, "it was removed");
            }
            else if (!hash.equals(hashOf(prevHash, entry))) {
                fail(entryId, "its content was changed after it was written");
            }
            lastPosition = position;
            lastHash = hash;
        }

        private void fail(long id, String why) {
            brokenId = id;
            problem = why;
        }
    }

    /** The hash of a link: the link before it and every field of its entry, as stored. */
    static String hashOf(String prevHash, Entry entry) {
        String canonical = String.join(String.valueOf(SEPARATOR), prevHash, Long.toString(entry.id()),
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
