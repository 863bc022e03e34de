-- Operation alerts (numbered apart from the module's other migrations so that parallel work on the
-- module does not take the same version): a short message with attachments to every participant
-- of a joint operation, what became of it per participant, and the alerts received from partners.
CREATE TABLE enforcement.operation_alert
(
    id           BIGSERIAL PRIMARY KEY,
    operation_id BIGINT      NOT NULL REFERENCES enforcement.operation (id),
    text         TEXT        NOT NULL CHECK (text <> '' AND length(text) <= 4000),
    purpose      TEXT        NOT NULL,
    sent_by      TEXT        NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX operation_alert_operation_idx ON enforcement.operation_alert (operation_id);

-- One row per participant: queued under a MessageId, or refused before sending (and why); then how
-- the delivery ended, with the partner hub's receipt time.
CREATE TABLE enforcement.operation_alert_recipient
(
    alert_id     BIGINT      NOT NULL REFERENCES enforcement.operation_alert (id),
    partner_code TEXT        NOT NULL,
    message_id   TEXT UNIQUE,
    refusal      TEXT,
    reason       TEXT,
    outcome      TEXT        NOT NULL CHECK (outcome IN ('not-sent', 'queued', 'delivered', 'refused-by-partner', 'given-up')),
    outcome_at   TIMESTAMPTZ,
    outcome_note TEXT        NOT NULL DEFAULT '',
    PRIMARY KEY (alert_id, partner_code),
    CHECK ((message_id IS NULL) = (outcome = 'not-sent'))
);

-- Alerts received from partners' hubs, kept as they came; their attachments are in the attachment store.
CREATE TABLE enforcement.received_alert
(
    id              BIGSERIAL PRIMARY KEY,
    source_partner  TEXT        NOT NULL,
    message_id      TEXT        NOT NULL UNIQUE,
    sender_alert_id BIGINT      NOT NULL,
    operation_name  TEXT        NOT NULL,
    text            TEXT        NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX received_alert_operation_idx ON enforcement.received_alert (operation_name);
