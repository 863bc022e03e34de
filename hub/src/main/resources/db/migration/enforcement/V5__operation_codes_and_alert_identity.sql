-- A joint operation's shared code (the one its organisers give every participant, e.g. MEKONG-DRAGON-2026):
-- how a partner's alert finds the same operation here, never by its name, which each hub writes its own way.
ALTER TABLE enforcement.operation
    ADD COLUMN code TEXT UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$');

-- A received alert names the operation by the sender's own id for it and, if it has one, its shared
-- code; operation_id is the local operation with that code, or NULL: the operation is not known here.
ALTER TABLE enforcement.received_alert
    ADD COLUMN sender_operation_id BIGINT,
    ADD COLUMN operation_code      TEXT,
    ADD COLUMN operation_id        BIGINT REFERENCES enforcement.operation (id);
CREATE INDEX received_alert_operation_id_idx ON enforcement.received_alert (operation_id);
