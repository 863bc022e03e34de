CREATE SCHEMA IF NOT EXISTS platform;

-- Officers who sign in. Roles are a set of the Role enum's names; the unit is the organisational
-- unit the officer belongs to (need-to-know decisions later look at it).
CREATE TABLE platform.user_account
(
    username      TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    unit_code     TEXT        NOT NULL,
    roles         TEXT[]      NOT NULL,
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    demo          BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Append-only audit trail. Each entry carries the hash of the previous one, so that a changed or
-- removed row breaks the chain at that point; a trigger refuses UPDATE and DELETE outright.
CREATE TABLE platform.audit_entry
(
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    remote_addr TEXT,
    action      TEXT        NOT NULL,
    record_type TEXT        NOT NULL,
    record_id   TEXT,
    details     TEXT        NOT NULL DEFAULT '',
    prev_hash   TEXT        NOT NULL,
    hash        TEXT        NOT NULL
);
CREATE INDEX audit_entry_record_idx ON platform.audit_entry (record_type, record_id);
CREATE INDEX audit_entry_actor_idx ON platform.audit_entry (actor, occurred_at);

-- One row that writers lock while appending: it serialises the chain without locking the table.
CREATE TABLE platform.audit_chain_head
(
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_id   BIGINT NOT NULL,
    last_hash TEXT   NOT NULL
);
INSERT INTO platform.audit_chain_head (last_id, last_hash) VALUES (0, 'GENESIS');

CREATE FUNCTION platform.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON platform.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
