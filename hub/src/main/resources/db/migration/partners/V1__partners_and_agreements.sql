CREATE SCHEMA IF NOT EXISTS partners;

-- A foreign customs administration, a territory's administration or an international body.
CREATE TABLE partners.partner
(
    code        TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9]{1,11}$'),
    kind        TEXT        NOT NULL,
    iso_country TEXT CHECK (iso_country ~ '^[A-Z]{2}$'),
    name_vi     TEXT        NOT NULL,
    name_en     TEXT        NOT NULL,
    region      TEXT        NOT NULL,
    note        TEXT        NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX partner_names_trgm_idx ON partners.partner USING gin ((name_vi || ' ' || name_en) gin_trgm_ops);

CREATE TABLE partners.focal_point
(
    id           BIGSERIAL PRIMARY KEY,
    partner_code TEXT NOT NULL REFERENCES partners.partner (code),
    domain       TEXT NOT NULL,
    name         TEXT NOT NULL,
    position     TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX focal_point_partner_idx ON partners.focal_point (partner_code);

-- An agreement and its exchange profile: what may pass under it, for what, on which terms.
-- signed_precision says whether signed_on is a known day or stands for a year only.
CREATE TABLE partners.agreement
(
    id                       BIGSERIAL PRIMARY KEY,
    kind                     TEXT        NOT NULL,
    title_vi                 TEXT        NOT NULL,
    title_en                 TEXT        NOT NULL,
    counterpart              TEXT        NOT NULL DEFAULT '',
    signed_on                DATE        NOT NULL,
    signed_precision         TEXT        NOT NULL CHECK (signed_precision IN ('DAY', 'YEAR')),
    entry_into_force         DATE,
    expires_on               DATE,
    status                   TEXT        NOT NULL,
    data_categories          TEXT[]      NOT NULL DEFAULT '{}',
    personal_data_allowed    BOOLEAN     NOT NULL DEFAULT FALSE,
    purposes                 TEXT[]      NOT NULL DEFAULT '{}',
    onward_consent_required  BOOLEAN     NOT NULL DEFAULT TRUE,
    answer_deadline_days     INT CHECK (answer_deadline_days IS NULL OR answer_deadline_days BETWEEN 1 AND 365),
    note                     TEXT        NOT NULL DEFAULT '',
    version                  INT         NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (expires_on IS NULL OR entry_into_force IS NULL OR expires_on > entry_into_force)
);

CREATE TABLE partners.agreement_party
(
    agreement_id BIGINT NOT NULL REFERENCES partners.agreement (id) ON DELETE CASCADE,
    partner_code TEXT   NOT NULL REFERENCES partners.partner (code),
    PRIMARY KEY (agreement_id, partner_code)
);
CREATE INDEX agreement_party_partner_idx ON partners.agreement_party (partner_code);

-- The signed text of an agreement (PDF), one current document per agreement.
CREATE TABLE partners.agreement_document
(
    agreement_id BIGINT PRIMARY KEY REFERENCES partners.agreement (id) ON DELETE CASCADE,
    file_name    TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    sha256       TEXT        NOT NULL,
    content      BYTEA       NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Which demo facts file has been loaded, so a restart does not load it twice.
CREATE TABLE partners.facts_load
(
    source    TEXT PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    partners  INT         NOT NULL,
    agreements INT        NOT NULL
);
