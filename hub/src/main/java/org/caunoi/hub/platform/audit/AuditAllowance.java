package org.caunoi.hub.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.i18n.Sentences;

/**
 * How many entries of one kind that can come in a flood (failed sign-ins, refused accesses, refused
 * messages from unknown senders) the audit trail records one by one: at most {@code perKey} per key
 * (a remote address, an officer) and {@code total} in all per window.
 * The rest are counted, and closing the window writes one entry, filed under the busiest key, saying
 * how many were not recorded singly and from where, so a flood shows in the trail without filling it.
 *
 * A fixed window, by hand: the owner closes it on its schedule, and the counts are then replaced. A
 * key is counted on its own only while entries are still recorded, so a flood from ever new keys (an
 * attacker with a block of IPv6 addresses) cannot grow the counts once the total is reached.
 */
public final class AuditAllowance {

    private static final int KEYS_NAMED = 10;

    /** The counts of one window. */
    private record Window(Instant start, Map<String, AtomicInteger> perKey, AtomicInteger recorded,
            AtomicInteger unrecorded) {

        Window(Instant start) {
            this(start, new ConcurrentHashMap<>(), new AtomicInteger(), new AtomicInteger());
        }

        boolean countAsUnrecorded() {
            unrecorded.incrementAndGet();
            return false;
        }
    }

    private final AuditTrail audit;
    private final Clock clock;
    private final String actor;
    private final String action;
    private final KeyKind keys;
    private final int perKey;
    private final int total;
    private volatile Window window;

    /** What the keys are: the record type of the counting entry, and the bundle key of its sentence. */
    public record KeyKind(String recordType, String sentenceKey) {

        public static final KeyKind REMOTE_ADDRESS = new KeyKind("remote-address", "platform.audit-details.unrecorded-per-address");
        public static final KeyKind OFFICER = new KeyKind("user", "platform.audit-details.unrecorded-per-officer");
    }

    /** Keys are remote addresses; the counting entry is the system's. */
    public AuditAllowance(AuditTrail audit, Clock clock, String action, int perKey, int total) {
        this(audit, clock, "system", action, KeyKind.REMOTE_ADDRESS, perKey, total);
    }

    /** The counting entry is the system's. */
    public AuditAllowance(AuditTrail audit, Clock clock, String action, KeyKind keys, int perKey, int total) {
        this(audit, clock, "system", action, keys, perKey, total);
    }

    /**
     * @param actor the actor of the entry that counts what was not recorded singly
     * @param action the action of that entry
     */
    public AuditAllowance(AuditTrail audit, Clock clock, String actor, String action, KeyKind keys, int perKey, int total) {
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.action = action;
        this.keys = keys;
        this.perKey = perKey;
        this.total = total;
        this.window = new Window(clock.instant());
    }

    /** True when this event is to be recorded one by one; otherwise it has been counted. */
    public boolean admit(String key) {
        Window current = window;
        if (current.recorded().get() >= total) {
            return current.countAsUnrecorded();
        }
        if (current.perKey().computeIfAbsent(Clipped.text(key, Clipped.SHORT), any -> new AtomicInteger())
                .incrementAndGet() > perKey) {
            return current.countAsUnrecorded();
        }
        // Checked again: other events may have taken the last places since the first look.
        return current.recorded().incrementAndGet() <= total || current.countAsUnrecorded();
    }

    /** Closes the window: one entry for what went over the limits, and fresh counts. */
    public void closeWindow() {
        Window closed = window;
        window = new Window(clock.instant());
        int notRecorded = closed.unrecorded().get();
        if (notRecorded == 0) {
            return;
        }
        var busiest = closed.perKey().entrySet().stream()
                .sorted(Map.Entry.<String, AtomicInteger>comparingByValue(Comparator.comparingInt(AtomicInteger::get)).reversed())
                .limit(KEYS_NAMED).toList();
        int keysCounted = closed.perKey().size();
        // The count first: tools and tests read it from the sentence's first argument.
        audit.recordAs(actor, action, keys.recordType(), busiest.isEmpty() ? null : busiest.getFirst().getKey(),
                Sentences.of(keys.sentenceKey(), notRecorded, closed.start().truncatedTo(ChronoUnit.SECONDS),
                        window.start().truncatedTo(ChronoUnit.SECONDS), perKey, total,
                        busiest.stream().map(entry -> entry.getKey() + " (" + entry.getValue().get() + ")")
                                .collect(Collectors.joining(", ")),
                        Math.max(keysCounted - KEYS_NAMED, 0)));
    }
}
