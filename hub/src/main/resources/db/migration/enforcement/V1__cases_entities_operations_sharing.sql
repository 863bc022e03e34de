CREATE SCHEMA IF NOT EXISTS enforcement;

-- The yearly counter behind case references (VN-2026-000123).
CREATE TABLE enforcement.reference_counter
(
    year INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
    last INT NOT NULL CHECK (last >= 0)
);

-- A case recorded by this hub: the columns searched and summed, and the current version's content
-- (the whole case as the API shows it). Every version is kept in case_version.
CREATE TABLE enforcement.case_record
(
    id           BIGSERIAL PRIMARY KEY,
    reference    TEXT          NOT NULL UNIQUE CHECK (reference ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{6}$'),
    owning_unit  TEXT          NOT NULL,
    state        TEXT          NOT NULL CHECK (state IN ('active', 'withdrawn')),
    version      INT           NOT NULL CHECK (version >= 1),
    case_date    DATE          NOT NULL,
    category     TEXT          NOT NULL CHECK (category IN ('drugs', 'precursors', 'cites-fauna', 'cites-flora',
                                   'tobacco', 'counterfeit', 'weapons', 'hazardous-waste', 'currency', 'other')),
    place        TEXT          NOT NULL,
    quantity     NUMERIC(18, 3) CHECK (quantity IS NULL OR quantity >= 0),
    unit         TEXT,
    kg           NUMERIC(18, 3) CHECK (kg IS NULL OR kg >= 0),
    content      JSONB         NOT NULL,
    created_by   TEXT          NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_record_date_idx ON enforcement.case_record (case_date);
CREATE INDEX case_record_category_idx ON enforcement.case_record (category);

-- Every version of every case, as it was: written once, never changed (the trigger below).
CREATE TABLE enforcement.case_version
(
    case_id    BIGINT      NOT NULL REFERENCES enforcement.case_record (id),
    version    INT         NOT NULL CHECK (version >= 1),
    change     TEXT        NOT NULL CHECK (change IN ('original', 'correction', 'withdrawal')),
    content    JSONB       NOT NULL,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, version),
    CHECK ((change = 'original') = (version = 1))
);

CREATE FUNCTION enforcement.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the history of enforcement cases is kept as written: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER case_version_append_only
    BEFORE UPDATE OR DELETE ON enforcement.case_version
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_history_change();

-- Persons, companies and conveyances are records of their own, linked to the cases they appear in.
CREATE TABLE enforcement.person
(
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT   NOT NULL CHECK (name <> ''),
    latin_name    TEXT   NOT NULL CHECK (latin_name <> ''),
    date_of_birth DATE,
    nationality   TEXT CHECK (nationality ~ '^[A-Z]{2}$'),
    documents     TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX person_documents_idx ON enforcement.person USING gin (documents);

CREATE TABLE enforcement.company
(
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    address    TEXT NOT NULL DEFAULT '',
    tax_number TEXT UNIQUE
);

CREATE TABLE enforcement.conveyance
(
    id          BIGSERIAL PRIMARY KEY,
    vessel_name TEXT,
    imo         TEXT UNIQUE CHECK (imo ~ '^[0-9]{7}$'),
    CHECK (vessel_name IS NOT NULL OR imo IS NOT NULL)
);

CREATE TABLE enforcement.case_person
(
    case_id   BIGINT NOT NULL REFERENCES enforcement.case_record (id),
    person_id BIGINT NOT NULL REFERENCES enforcement.person (id),
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_person_person_idx ON enforcement.case_person (person_id);

CREATE TABLE enforcement.case_company
(
    case_id    BIGINT NOT NULL REFERENCES enforcement.case_record (id),
    company_id BIGINT NOT NULL REFERENCES enforcement.company (id),
    PRIMARY KEY (case_id, company_id)
);
CREATE INDEX case_company_company_idx ON enforcement.case_company (company_id);

CREATE TABLE enforcement.case_conveyance
(
    case_id       BIGINT NOT NULL REFERENCES enforcement.case_record (id),
    conveyance_id BIGINT NOT NULL REFERENCES enforcement.conveyance (id),
    PRIMARY KEY (case_id, conveyance_id)
);
CREATE INDEX case_conveyance_conveyance_idx ON enforcement.case_conveyance (conveyance_id);

-- A joint operation, its phases, and the cases tagged to it.
CREATE TABLE enforcement.operation
(
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT        NOT NULL CHECK (name <> ''),
    organisers TEXT[]      NOT NULL DEFAULT '{}',
    partners   TEXT[]      NOT NULL DEFAULT '{}',
    categories TEXT[]      NOT NULL DEFAULT '{}',
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE enforcement.operation_phase
(
    operation_id BIGINT NOT NULL REFERENCES enforcement.operation (id),
    name         TEXT   NOT NULL CHECK (name <> ''),
    starts_on    DATE,
    ends_on      DATE,
    PRIMARY KEY (operation_id, name),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE enforcement.operation_case
(
    operation_id BIGINT NOT NULL REFERENCES enforcement.operation (id),
    case_id      BIGINT NOT NULL REFERENCES enforcement.case_record (id),
    phase        TEXT,
    PRIMARY KEY (operation_id, case_id),
    FOREIGN KEY (operation_id, phase) REFERENCES enforcement.operation_phase (operation_id, name)
);

-- Each version of a case sent to a partner: which form, under which MessageId, and how it ended.
CREATE TABLE enforcement.case_share
(
    message_id   TEXT PRIMARY KEY,
    case_id      BIGINT      NOT NULL REFERENCES enforcement.case_record (id),
    partner_code TEXT        NOT NULL,
    form         TEXT        NOT NULL CHECK (form IN ('nominal', 'non-nominal')),
    purpose      TEXT        NOT NULL,
    case_version INT         NOT NULL CHECK (case_version >= 1),
    wire_version INT         NOT NULL CHECK (wire_version >= 1),
    change       TEXT        NOT NULL CHECK (change IN ('original', 'correction', 'withdrawal')),
    caveats      TEXT[]      NOT NULL DEFAULT '{}',
    sent_by      TEXT        NOT NULL,
    queued_at    TIMESTAMPTZ NOT NULL,
    outcome      TEXT        NOT NULL DEFAULT 'queued' CHECK (outcome IN ('queued', 'delivered', 'refused-by-partner', 'given-up')),
    outcome_at   TIMESTAMPTZ,
    outcome_note TEXT        NOT NULL DEFAULT '',
    UNIQUE (case_id, partner_code, wire_version)
);

-- Cases received from partners, kept apart from this hub's own: every version as it came.
CREATE TABLE enforcement.received_case
(
    id               BIGSERIAL PRIMARY KEY,
    source_partner   TEXT        NOT NULL,
    sender_reference TEXT        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('active', 'withdrawn')),
    version          INT         NOT NULL CHECK (version >= 1),
    form             TEXT        NOT NULL CHECK (form IN ('nominal', 'non-nominal')),
    caveats          TEXT[]      NOT NULL DEFAULT '{}',
    content          JSONB       NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (source_partner, sender_reference)
);

CREATE TABLE enforcement.received_version
(
    received_case_id BIGINT      NOT NULL REFERENCES enforcement.received_case (id),
    version          INT         NOT NULL CHECK (version >= 1),
    change           TEXT        NOT NULL CHECK (change IN ('original', 'correction', 'withdrawal')),
    form             TEXT        NOT NULL CHECK (form IN ('nominal', 'non-nominal')),
    caveats          TEXT[]      NOT NULL DEFAULT '{}',
    message_id       TEXT        NOT NULL UNIQUE,
    payload          JSONB       NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (received_case_id, version)
);
CREATE TRIGGER received_version_append_only
    BEFORE UPDATE OR DELETE ON enforcement.received_version
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_history_change();
