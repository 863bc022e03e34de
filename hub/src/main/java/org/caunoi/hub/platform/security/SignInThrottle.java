package org.caunoi.hub.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.audit.Clipped;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each account and each remote address may fail to sign in a few times
 * (a token bucket that refills over the lock window); once its bucket is empty, tries are refused
 * before any password is checked, until a token comes back. Every lock is one audit entry, not
 * every refused try. Kept in memory: one hub process, and a restart forgets the counts (an
 * attacker gains at most one bucket per restart). Unknown user names are counted as known ones,
 * so a lock tells nothing about who exists.
 */
@Component
public class SignInThrottle {

    /** Buckets kept at most; an account or address untouched for a whole window is forgotten earlier. */
    private static final int MAXIMUM_TRACKED = 100_000;

    private final AuditTrail audit;
    private final Clock clock;
    private final TimeMeter time;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    SignInThrottle(AuditTrail audit, Clock clock,
            @Value("${caunoi.security.sign-in-failures-per-account:5}") int perAccount,
            @Value("${caunoi.security.sign-in-failures-per-address:20}") int perAddress,
            @Value("${caunoi.security.sign-in-lock-window:15m}") Duration window) {
        this.audit = audit;
        this.clock = clock;
        this.time = new ClockTime(clock);
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.accounts = Caffeine.newBuilder().maximumSize(MAXIMUM_TRACKED).expireAfterAccess(window).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAXIMUM_TRACKED).expireAfterAccess(window).build();
    }

    /** How long tries for this account or from this address stay refused; empty when they may try now. */
    public Optional<Duration> lockedFor(String username, String address) {
        Duration wait = Duration.ZERO;
        for (Bucket bucket : new Bucket[] {accounts.getIfPresent(accountKey(username)), addresses.getIfPresent(address)}) {
            if (bucket != null) {
                long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                wait = nanos > wait.toNanos() ? Duration.ofNanos(nanos) : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed sign-in; the failure that empties a bucket locks it, and that is audited once. */
    void failed(String username, String address) {
        String account = accountKey(username);
        count(accounts.get(account, key -> bucket(perAccount)), "user", account, perAccount);
        count(addresses.get(address, key -> bucket(perAddress)), "remote-address", address, perAddress);
    }

    private void count(Bucket bucket, String recordType, String key, int allowed) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
            Instant until = clock.instant().plusNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            audit.recordAs("system", "SIGN_IN_LOCKED", recordType, key, Sentences.of("platform.audit-details.sign-in-locked",
                    allowed, window, until.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    /** The officer knew the password: earlier failures of the account no longer count against it. */
    void succeeded(String username) {
        accounts.invalidate(accountKey(username));
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build();
    }

    private static String accountKey(String username) {
        return Clipped.text(username, Clipped.SHORT);
    }

    /** Bucket4j's time from the hub's clock, so tests and the audit trail agree on it. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
