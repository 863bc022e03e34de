-- Requests for mutual assistance, sent and received. One row per request on this hub: an outbound
-- request carries our reference and, once answered, the partner's outcome; an inbound one the
-- sender's reference and the answer this hub drafts.
CREATE SCHEMA IF NOT EXISTS assistance;

CREATE SEQUENCE assistance.reference_seq;

CREATE TABLE assistance.request
(
    id                   BIGSERIAL PRIMARY KEY,
    reference            TEXT        NOT NULL UNIQUE,
    sender_reference     TEXT,
    direction            TEXT        NOT NULL CHECK (direction IN ('OUT', 'IN')),
    partner              TEXT        NOT NULL,
    kind                 TEXT        NOT NULL,
    subject              TEXT        NOT NULL,
    purpose              TEXT        NOT NULL,
    agreement_ids        BIGINT[]    NOT NULL DEFAULT '{}',
    questions            TEXT        NOT NULL,
    caveats              TEXT        NOT NULL DEFAULT '',
    concerns             TEXT        NOT NULL DEFAULT '',
    deadline             DATE,
    deadline_reason      TEXT,
    assigned_unit        TEXT        NOT NULL,
    assigned_officer     TEXT,
    state                TEXT        NOT NULL,
    request_message_id   TEXT,
    answer_outcome       TEXT CHECK (answer_outcome IN ('ANSWERED', 'PARTLY_ANSWERED', 'REFUSED', 'POSTPONED')),
    answer_text          TEXT,
    answer_reason        TEXT,
    answer_message_id    TEXT,
    answered_at          TIMESTAMPTZ,
    warned_before        BOOLEAN     NOT NULL DEFAULT false,
    warned_overdue       BOOLEAN     NOT NULL DEFAULT false,
    created_at           TIMESTAMPTZ NOT NULL,
    created_by           TEXT        NOT NULL,
    CHECK (direction = 'OUT' OR sender_reference IS NOT NULL)
);
CREATE INDEX request_direction_partner_idx ON assistance.request (direction, partner, created_at DESC);
CREATE UNIQUE INDEX request_message_idx ON assistance.request (partner, request_message_id);

-- Every step of a request, in order: who, when, what.
CREATE TABLE assistance.history
(
    id         BIGSERIAL PRIMARY KEY,
    request_id BIGINT      NOT NULL REFERENCES assistance.request (id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT        NOT NULL,
    step       TEXT        NOT NULL,
    details    TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX history_request_idx ON assistance.history (request_id, id);

-- Days before an inbound request's deadline when its assignee and the supervisors are warned, per unit
-- (5 when a unit has no row).
CREATE TABLE assistance.warning_days
(
    unit TEXT PRIMARY KEY,
    days INT NOT NULL CHECK (days BETWEEN 0 AND 60)
);

-- Messages of this module the hub could not take: an answer or reminder naming a request it does not know.
CREATE TABLE assistance.refused_message
(
    id          BIGSERIAL PRIMARY KEY,
    message_id  TEXT        NOT NULL UNIQUE,
    partner     TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    in_reply_to TEXT,
    reason      TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);
