CREATE SCHEMA IF NOT EXISTS exchange;

-- How this hub reaches a partner's hub: its AS4 endpoint, party id and the certificate its
-- messages must be signed with. Keyed by the partner's code in the partners module (no foreign
-- key across modules).
CREATE TABLE exchange.partner_endpoint
(
    partner_code    TEXT PRIMARY KEY,
    party_id        TEXT        NOT NULL UNIQUE,
    endpoint_url    TEXT        NOT NULL,
    certificate_pem TEXT,
    key_reference   TEXT        NOT NULL DEFAULT 'BST' CHECK (key_reference IN ('BST', 'SKI')),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The outbox: a message is inserted in the transaction of the business change that causes it;
-- the sender claims due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE exchange.outbound_message
(
    id              BIGSERIAL PRIMARY KEY,
    message_id      TEXT        NOT NULL UNIQUE,
    partner_code    TEXT        NOT NULL,
    service         TEXT        NOT NULL,
    action          TEXT        NOT NULL,
    category        TEXT,
    purpose         TEXT,
    content_type    TEXT        NOT NULL,
    payload         BYTEA       NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('QUEUED', 'RETRYING', 'RECEIPT_RECEIVED', 'DEAD_LETTER')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    give_up_at      TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    sent_raw        BYTEA,
    receipt_raw     BYTEA,
    receipt_at      TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX outbound_message_due_idx ON exchange.outbound_message (next_attempt_at)
    WHERE state IN ('QUEUED', 'RETRYING');
CREATE INDEX outbound_message_partner_idx ON exchange.outbound_message (partner_code, created_at DESC);

-- What arrived, committed before the receipt goes back; raw_message is the signed and encrypted
-- request exactly as received, kept for non-repudiation.
CREATE TABLE exchange.inbound_message
(
    id                  BIGSERIAL PRIMARY KEY,
    message_id          TEXT        NOT NULL UNIQUE,
    partner_code        TEXT        NOT NULL,
    service             TEXT        NOT NULL,
    action              TEXT        NOT NULL,
    category            TEXT,
    purpose             TEXT,
    content_type        TEXT        NOT NULL,
    payload             BYTEA       NOT NULL,
    raw_content_type    TEXT,
    raw_message         BYTEA,
    signer_sha256       TEXT        NOT NULL,
    state               TEXT        NOT NULL CHECK (state IN ('RECEIVED', 'PROCESSED', 'FAILED')),
    attempts            INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ NOT NULL,
    last_error          TEXT,
    duplicates          INTEGER     NOT NULL DEFAULT 0,
    received_at         TIMESTAMPTZ NOT NULL,
    processed_at        TIMESTAMPTZ
);
CREATE INDEX inbound_message_due_idx ON exchange.inbound_message (next_attempt_at) WHERE state = 'RECEIVED';
CREATE INDEX inbound_message_partner_idx ON exchange.inbound_message (partner_code, received_at DESC);

-- Every state a message went through, for the message page.
CREATE TABLE exchange.message_event
(
    id          BIGSERIAL PRIMARY KEY,
    direction   TEXT        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    message_id  TEXT        NOT NULL,
    state       TEXT        NOT NULL,
    detail      TEXT        NOT NULL DEFAULT '',
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_event_message_idx ON exchange.message_event (message_id, id);
