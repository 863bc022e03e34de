-- Numbered apart from the module's other migrations so that work on other parts of enforcement can
-- take the next small numbers without colliding.

-- A merged person or company stays as a tombstone that points to the record it was merged into;
-- the names it had remain searchable as the survivor's other names.
ALTER TABLE enforcement.person
    ADD COLUMN merged_into BIGINT REFERENCES enforcement.person (id),
    ADD COLUMN other_names TEXT[] NOT NULL DEFAULT '{}',
    ADD CHECK (merged_into IS NULL OR merged_into <> id);
ALTER TABLE enforcement.company
    ADD COLUMN merged_into BIGINT REFERENCES enforcement.company (id),
    ADD COLUMN other_names TEXT[] NOT NULL DEFAULT '{}',
    ADD CHECK (merged_into IS NULL OR merged_into <> id);

-- Every merge as it was done: both records as they were before, which cases moved, who and when.
-- Written once, never changed.
CREATE TABLE enforcement.entity_merge
(
    id          BIGSERIAL PRIMARY KEY,
    entity      TEXT        NOT NULL CHECK (entity IN ('person', 'company')),
    survivor_id BIGINT      NOT NULL,
    merged_id   BIGINT      NOT NULL CHECK (merged_id <> survivor_id),
    survivor    JSONB       NOT NULL,
    merged      JSONB       NOT NULL,
    moved_cases BIGINT[]    NOT NULL DEFAULT '{}',
    merged_by   TEXT        NOT NULL,
    merged_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX entity_merge_survivor_idx ON enforcement.entity_merge (entity, survivor_id);
CREATE INDEX entity_merge_merged_idx ON enforcement.entity_merge (entity, merged_id);
CREATE TRIGGER entity_merge_append_only
    BEFORE UPDATE OR DELETE ON enforcement.entity_merge
    FOR EACH ROW EXECUTE FUNCTION enforcement.refuse_history_change();

-- A link an investigator draws between two cases of this hub, with why; both cases show it.
CREATE TABLE enforcement.case_link
(
    id         BIGSERIAL PRIMARY KEY,
    from_case  BIGINT      NOT NULL REFERENCES enforcement.case_record (id),
    to_case    BIGINT      NOT NULL REFERENCES enforcement.case_record (id),
    note       TEXT        NOT NULL DEFAULT '',
    linked_by  TEXT        NOT NULL,
    linked_at  TIMESTAMPTZ NOT NULL,
    CHECK (from_case <> to_case),
    UNIQUE (from_case, to_case)
);
CREATE INDEX case_link_to_idx ON enforcement.case_link (to_case);
