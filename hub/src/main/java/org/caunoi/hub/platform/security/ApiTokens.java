package org.caunoi.hub.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of officers: created with a name and an expiry, shown once, kept only as their
 * SHA-256, revoked by their owner or an administrator; creation and revocation go to the audit trail.
 * A token authenticates as its owner with the owner's current roles, and only while the owner is enabled.
 */
@Service
public class ApiTokens {

    /** How long a token lives when its creator names no expiry. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest life a token may be given. */
    public static final int MAXIMUM_DAYS = 366;
    /** Marks our tokens, so a leaked one is recognisable in a secret scanner or a log. */
    static final String PREFIX = "caunoi_";
    /** Last use is written at most this often per token, not on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as its owner sees it listed: never the token itself. */
    public record Token(long id, String owner, String name, Instant createdAt, String createdBy, Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A token just created: the secret is in {@code token} and nowhere else after this answer. */
    public record Created(Token token, String secret) {
    }

    /** Whose a token is and what its owner may do now, for the authentication of a request. */
    record Holder(long id, String owner, Set<Role> roles, boolean ownerEnabled, boolean ownerMustChangePassword,
            Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    }

    @Transactional
    public Created create(String owner, String name, int days, String createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        long id = jdbc.sql("""
                INSERT INTO platform.api_token (token_sha256, owner, name, created_at, created_by, expires_at)
                VALUES (:hash, :owner, :name, :now, :by, :expires) RETURNING id""")
                .param("hash", sha256(secret)).param("owner", owner).param("name", name)
                .param("now", Timestamp.from(now)).param("by", createdBy).param("expires", Timestamp.from(expires))
                .query(Long.class).single();
        audit.recordAs(createdBy, "API_TOKEN_CREATED", "api-token", Long.toString(id),
                Sentences.of("platform.audit-details.token-created", owner, name, expires));
        return new Created(new Token(id, owner, name, now, createdBy, expires, null, null), secret);
    }

    public List<Token> of(String owner) {
        return jdbc.sql("SELECT * FROM platform.api_token WHERE owner = ? ORDER BY created_at DESC, id DESC")
                .param(owner).query(ApiTokens::token).list();
    }

    public Optional<Token> find(long id) {
        return jdbc.sql("SELECT * FROM platform.api_token WHERE id = ?").param(id).query(ApiTokens::token).optional();
    }

    /** Revokes the token; whether it was active until now. */
    @Transactional
    public boolean revoke(long id, String revokedBy) {
        boolean revoked = jdbc.sql("""
                UPDATE platform.api_token SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("by", revokedBy).param("id", id)
                .update() == 1;
        if (revoked) {
            audit.recordAs(revokedBy, "API_TOKEN_REVOKED", "api-token", Long.toString(id), "");
        }
        return revoked;
    }

    /** The token's holder, if a token with this secret exists (valid or not). */
    Optional<Holder> holderOf(String secret) {
        return jdbc.sql("""
                SELECT t.id, t.owner, t.expires_at, t.revoked_at, t.last_used_at, u.roles, u.enabled, u.must_change_password
                FROM platform.api_token t JOIN platform.user_account u ON u.username = t.owner
                WHERE t.token_sha256 = ?""")
                .param(sha256(secret))
                .query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("owner"),
                        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                                .collect(Collectors.toUnmodifiableSet()),
                        rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    /** Notes the use, unless it was noted less than a minute ago: a busy client costs one write a minute. */
    void used(Holder holder) {
        Instant now = clock.instant();
        if (holder.lastUsedAt() == null || holder.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            jdbc.sql("""
                    UPDATE platform.api_token SET last_used_at = :now
                    WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)""")
                    .param("now", Timestamp.from(now)).param("id", holder.id())
                    .param("since", Timestamp.from(now.minus(LAST_USED_PRECISION))).update();
        }
    }

    Instant now() {
        return clock.instant();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Token token(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Token(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
