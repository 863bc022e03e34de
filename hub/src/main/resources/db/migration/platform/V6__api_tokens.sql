-- Tokens that machine clients send as "Authorization: Bearer ..." instead of a password on every
-- call. Only the SHA-256 of a token is kept (hex): a 256-bit random token needs no slow hash, and a
-- stolen table gives no token. The owner's current roles and state decide what a token may do.
CREATE TABLE platform.api_token
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_sha256 TEXT        NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    owner        TEXT        NOT NULL REFERENCES platform.user_account (username),
    name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT        NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL CHECK (expires_at > created_at),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT
);
CREATE INDEX api_token_owner_idx ON platform.api_token (owner, created_at);
