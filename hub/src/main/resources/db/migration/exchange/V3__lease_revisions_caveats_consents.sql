-- The sender claims a due message for a while (a lease) and commits before it calls the partner:
-- the HTTP call no longer holds the row's lock or a database connection. The lease is the
-- message's next_attempt_at pushed ahead, so a crashed sender's claim simply comes due again;
-- claimed_by names the claim whose outcome may still be recorded.
ALTER TABLE exchange.outbound_message ADD COLUMN claimed_by TEXT;

-- A message may answer another (the property caunoi:in-reply-to), carry a version of a shared record (ebMS
-- ConversationId, with its version and what the version changes) and handling caveats; the
-- same on both sides, so each hub keeps every version of what was shared.
ALTER TABLE exchange.outbound_message
    ADD COLUMN in_reply_to TEXT,
    ADD COLUMN conversation_id   TEXT,
    ADD COLUMN version           INTEGER,
    ADD COLUMN change_kind       TEXT CHECK (change_kind IN ('ORIGINAL', 'CORRECTION', 'WITHDRAWAL')),
    ADD COLUMN caveats           TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN received_from     TEXT,
    ADD CONSTRAINT outbound_message_revision_whole CHECK ((conversation_id IS NULL) = (version IS NULL)
        AND (version IS NULL) = (change_kind IS NULL));
CREATE INDEX outbound_message_conversation_idx ON exchange.outbound_message (conversation_id) WHERE conversation_id IS NOT NULL;

ALTER TABLE exchange.inbound_message
    ADD COLUMN in_reply_to TEXT,
    ADD COLUMN conversation_id   TEXT,
    ADD COLUMN version           INTEGER,
    ADD COLUMN change_kind       TEXT CHECK (change_kind IN ('ORIGINAL', 'CORRECTION', 'WITHDRAWAL')),
    ADD COLUMN caveats           TEXT[] NOT NULL DEFAULT '{}';

-- A partner's consent to pass what it sent on to a third partner: for one shared record
-- (conversation_id) or, when that is null, for anything it sent.
CREATE TABLE exchange.onward_consent
(
    id              BIGSERIAL PRIMARY KEY,
    source_partner  TEXT        NOT NULL,
    recipient       TEXT        NOT NULL,
    conversation_id TEXT,
    reference       TEXT        NOT NULL CHECK (length(reference) BETWEEN 1 AND 500),
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    CHECK (source_partner <> recipient)
);
CREATE INDEX onward_consent_lookup_idx ON exchange.onward_consent (source_partner, recipient);
