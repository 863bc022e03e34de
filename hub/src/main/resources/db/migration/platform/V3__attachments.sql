-- One store for the documents and photos every module attaches to its records. The metadata is
-- small and listed often; the bytes live in a table of their own so that listing never reads them.
-- Both are in the database, so one pg_dump (or a copy of the stopped data directory) backs up all.
CREATE TABLE platform.attachment
(
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_module TEXT        NOT NULL CHECK (owner_module ~ '^[a-z][a-z0-9-]{1,31}$'),
    owner_id     TEXT        NOT NULL CHECK (length(owner_id) BETWEEN 1 AND 200),
    purpose      TEXT        NOT NULL CHECK (purpose IN ('DOCUMENT', 'PHOTO')),
    display_name TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    content_type TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256       TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX attachment_owner_idx ON platform.attachment (owner_module, owner_id, uploaded_at);

CREATE TABLE platform.attachment_content
(
    attachment_id UUID PRIMARY KEY REFERENCES platform.attachment (id) ON DELETE CASCADE,
    content       BYTEA NOT NULL
);
-- Documents and photos are compressed already: trying again costs time and saves nothing.
ALTER TABLE platform.attachment_content ALTER COLUMN content SET STORAGE EXTERNAL;
