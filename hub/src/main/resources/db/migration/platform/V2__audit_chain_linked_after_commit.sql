-- Audit entries are now written without a lock: an entry takes its id from a sequence and joins a
-- queue; one linker at a time (a transaction-level advisory lock) takes what has committed and
-- links it into the hash chain, a batch per transaction. Before, every audited transaction locked
-- the chain head until it committed, so a hub's audited transactions ran one at a time.
CREATE SEQUENCE platform.audit_entry_id_seq OWNED BY platform.audit_entry.id;
SELECT setval('platform.audit_entry_id_seq', greatest(last_id, 1), last_id > 0) FROM platform.audit_chain_head;
ALTER TABLE platform.audit_entry ALTER COLUMN id SET DEFAULT nextval('platform.audit_entry_id_seq');

-- The chain: the position-th link covers entry entry_id and the link before it. Append-only too.
CREATE TABLE platform.audit_link
(
    position  BIGINT PRIMARY KEY,
    entry_id  BIGINT NOT NULL UNIQUE REFERENCES platform.audit_entry (id),
    prev_hash TEXT   NOT NULL,
    hash      TEXT   NOT NULL
);
INSERT INTO platform.audit_link (position, entry_id, prev_hash, hash)
SELECT id, id, prev_hash, hash FROM platform.audit_entry;
ALTER TABLE platform.audit_entry DROP COLUMN prev_hash, DROP COLUMN hash;
ALTER TABLE platform.audit_chain_head RENAME COLUMN last_id TO last_position;

CREATE TRIGGER audit_link_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON platform.audit_link
    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();

-- Entries written and not linked yet: the linker's queue (rows leave it when they are linked).
CREATE TABLE platform.audit_unlinked
(
    entry_id BIGINT PRIMARY KEY REFERENCES platform.audit_entry (id)
);
