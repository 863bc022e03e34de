package org.caunoi.hub.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * How many entries of one kind that can come in a flood (failed sign-ins, refused accesses) the audit
 * trail records one by one: at most {@code perKey} per key (a remote address, an officer) and
 * {@code total} in all per window.
 * The rest are counted, and closing the window writes one entry saying how many were not recorded
 * singly and from where (the busiest keys), so a flood shows in the trail without filling it.
 *
 * A fixed window, by hand: the owner closes it on its schedule, and the map is then emptied, so it
 * never holds more keys than wrote in one window.
 */
public final class AuditAllowance {

    private static final int KEYS_NAMED = 10;

    private final AuditTrail audit;
    private final Clock clock;
    private final String action;
    private final KeyKind keys;
    private final int perKey;
    private final int total;
    private volatile Map<String, AtomicInteger> window = new ConcurrentHashMap<>();
    private final AtomicInteger admitted = new AtomicInteger();
    private volatile Instant windowStart;

    /** What the keys are: the record type of the counting entry, and their name in its sentence. */
    public record KeyKind(String recordType, String singular, String plural) {

        public static final KeyKind REMOTE_ADDRESS = new KeyKind("remote-address", "address", "addresses");
        public static final KeyKind OFFICER = new KeyKind("user", "officer", "officers");
    }

    /** Keys are remote addresses. */
    public AuditAllowance(AuditTrail audit, Clock clock, String action, int perKey, int total) {
        this(audit, clock, action, KeyKind.REMOTE_ADDRESS, perKey, total);
    }

    /**
     * @param action the action of the entry that counts what was not recorded singly
     */
    public AuditAllowance(AuditTrail audit, Clock clock, String action, KeyKind keys, int perKey, int total) {
        this.audit = audit;
        this.clock = clock;
        this.action = action;
        this.keys = keys;
        this.perKey = perKey;
        this.total = total;
        this.windowStart = clock.instant();
    }

    /** True when this event is to be recorded one by one; otherwise it has been counted. */
    public boolean admit(String key) {
        int fromKey = window.computeIfAbsent(Clipped.text(key, Clipped.SHORT), any -> new AtomicInteger()).incrementAndGet();
        return fromKey <= perKey && admitted.incrementAndGet() <= total;
    }

    /** Closes the window: one entry for what went over the limits, and a fresh count. */
    public void closeWindow() {
        Map<String, AtomicInteger> closed = window;
        Instant from = windowStart;
        int recorded = Math.min(admitted.getAndSet(0), total);
        window = new ConcurrentHashMap<>();
        windowStart = clock.instant();
        int all = closed.values().stream().mapToInt(AtomicInteger::get).sum();
        int notRecorded = all - recorded;
        if (notRecorded > 0) {
            String busiest = closed.entrySet().stream()
                    .sorted(Map.Entry.<String, AtomicInteger>comparingByValue(Comparator.comparingInt(AtomicInteger::get)).reversed())
                    .limit(KEYS_NAMED)
                    .map(entry -> entry.getKey() + " (" + entry.getValue().get() + ")")
                    .collect(Collectors.joining(", "));
            audit.recordAs("system", action, keys.recordType(), null, notRecorded + " more between " + from.truncatedTo(ChronoUnit.SECONDS)
                    + " and " + windowStart.truncatedTo(ChronoUnit.SECONDS) + " not recorded one by one (limits " + perKey + " per "
                    + keys.singular() + ", " + total + " in all); busiest: " + busiest
                    + (closed.size() > KEYS_NAMED ? " and " + (closed.size() - KEYS_NAMED) + " more " + keys.plural() : ""));
        }
    }
}
