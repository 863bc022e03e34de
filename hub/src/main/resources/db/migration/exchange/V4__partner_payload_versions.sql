-- The highest version of each payload type a partner's hub takes (message_type as service/action,
-- e.g. enforcement/CaseReport), learned from the partner's own GET /schemas list or set by an
-- administrator. No row: the partner is taken to run this release, which writes its own versions.
CREATE TABLE exchange.partner_payload_version
(
    partner_code TEXT        NOT NULL,
    message_type TEXT        NOT NULL CHECK (message_type ~ '^[A-Za-z][A-Za-z0-9-]{0,63}/[A-Za-z][A-Za-z0-9-]{0,63}$'),
    version      INTEGER     NOT NULL CHECK (version >= 1),
    source       TEXT        NOT NULL CHECK (source IN ('partner-list', 'administrator')),
    recorded_by  TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (partner_code, message_type)
);
