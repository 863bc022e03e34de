package org.caunoi.hub.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the hash chain, one linker at a time across every hub instance
 * on the database (a transaction-level advisory lock), a batch per transaction. Entries are linked
 * a few milliseconds after their transaction commits, instead of every audited transaction locking
 * the chain's head until it commits: that lock let a hub run one audited transaction at a time.
 */
@Component
class AuditChain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    /** The advisory lock's key: any constant no other part of the hub uses ("CAUNOI" in ASCII). */
    private static final long LINKER_LOCK = 0x4341554E4F49L;
    private static final int BATCH = 1000;
    /** How long a nudge waits, so that the entries of many transactions share one linking transaction. */
    private static final long GATHER_MILLIS = 200;
    /** Links entries nobody nudged for: written by another instance, or before a crash. */
    private static final long SWEEP_MILLIS = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final AtomicBoolean linkScheduled = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService linker;
    /** Set by stop: the background linker ends after its batch instead of working through a backlog into shutdown. */
    private volatile boolean stopping;

    AuditChain(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Asks for the entries just committed to be linked soon. */
    void nudge() {
        ScheduledExecutorService current = linker;
        if (current == null || !linkScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            current.schedule(this::linkInBackground, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
        catch (RejectedExecutionException stopping) {
            linkScheduled.set(false);
        }
    }

    /**
     * Links every entry committed so far, unless another linker holds the chain, in which case it
     * links them. Returns how many this call linked.
     */
    int linkPending() {
        return linkWhile(() -> true);
    }

    private int linkWhile(BooleanSupplier goOn) {
        int linked = 0;
        int batchLinked;
        do {
            batchLinked = linkBatch();
            linked += Math.max(batchLinked, 0);
        } while (batchLinked == BATCH && goOn.getAsBoolean());
        return linked;
    }

    /** Links up to {@link #BATCH} entries in one transaction; -1 when another linker is at work. */
    private int linkBatch() {
        Integer linked = ownTransaction.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LINKER_LOCK).query(Boolean.class).single()) {
                return -1;
            }
            // A crash may lose this commit without harm: the entries are back in the queue with it.
            jdbc.sql("SET LOCAL synchronous_commit = off").update();
            List<Long> ids = jdbc.sql("""
                    DELETE FROM platform.audit_unlinked
                    WHERE entry_id IN (SELECT entry_id FROM platform.audit_unlinked ORDER BY entry_id LIMIT ?)
                    RETURNING entry_id""").param(BATCH).query((rs, row) -> rs.getLong(1)).list();
            if (ids.isEmpty()) {
                return 0;
            }
            // Read by key, not joined to the queue: planned for the queue's limit, a join scanned the whole trail.
            List<AuditTrail.Entry> entries = jdbc.sql("SELECT * FROM platform.audit_entry WHERE id = ANY(?) ORDER BY id")
                    .param(ids.toArray(Long[]::new)).query((rs, n) -> AuditTrail.mapEntry(rs)).list();
            var head = jdbc.sql("SELECT last_position, last_hash FROM platform.audit_chain_head FOR UPDATE")
                    .query((rs, n) -> new Link(rs.getLong(1), 0, "", rs.getString(2))).single();
            List<Link> links = new ArrayList<>(entries.size());
            Link previous = head;
            for (AuditTrail.Entry entry : entries) {
                previous = new Link(previous.position() + 1, entry.id(), previous.hash(), AuditTrail.hashOf(previous.hash(), entry));
                links.add(previous);
            }
            // The links, and the head moved past them, in one statement.
            jdbc.sql("""
                    WITH linked AS (
                        INSERT INTO platform.audit_link (position, entry_id, prev_hash, hash)
                        SELECT * FROM unnest(CAST(:positions AS bigint[]), CAST(:entries AS bigint[]),
                            CAST(:prevHashes AS text[]), CAST(:hashes AS text[])))
                    UPDATE platform.audit_chain_head SET last_position = :lastPosition, last_hash = :lastHash""")
                    .param("positions", links.stream().map(Link::position).toArray(Long[]::new))
                    .param("entries", links.stream().map(Link::entryId).toArray(Long[]::new))
                    .param("prevHashes", links.stream().map(Link::prevHash).toArray(String[]::new))
                    .param("hashes", links.stream().map(Link::hash).toArray(String[]::new))
                    .param("lastPosition", previous.position())
                    .param("lastHash", previous.hash())
                    .update();
            return links.size();
        });
        return linked == null ? 0 : linked;
    }

    /** One link of the chain: the position-th entry linked, and the hash that covers it and the one before. */
    record Link(long position, long entryId, String prevHash, String hash) {
    }

    private void linkInBackground() {
        linkScheduled.set(false);
        try {
            linkWhile(() -> !stopping);
        }
        catch (RuntimeException e) {
            // The entries stay queued; the next nudge or sweep links them.
            log.warn("Linking the audit chain failed, will try again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        stopping = false;
        linker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-chain").daemon().factory());
        linker.scheduleWithFixedDelay(this::linkInBackground, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = linker;
        linker = null;
        if (current == null) {
            return;
        }
        // A backlog (a benchmark's, a restore's) can take minutes to link: the linker stops after its
        // batch, and what stop cannot link in a few seconds waits, queued, for the next start. Working on
        // while the database closed under it, it logged broken connections and failed rollbacks.
        stopping = true;
        current.shutdown();
        try {
            if (!current.awaitTermination(10, TimeUnit.SECONDS)) {
                current.shutdownNow();
                log.warn("The audit chain's linker did not stop within 10 s; entries left to link at the next start");
                return;
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            linkWhile(() -> System.nanoTime() - until < 0);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            log.warn("Audit entries left to link at the next start: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return linker != null;
    }

    /**
     * Stops after the parts that write audit entries (the web server, the exchange's workers: higher
     * phases stop first), so their last entries are linked; what is written later waits for the next start.
     */
    @Override
    public int getPhase() {
        return 0;
    }
}
