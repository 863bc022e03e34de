-- In-app notifications per officer. The text is a message key and its arguments, worded in the
-- reader's language when shown; the link, if any, is a path inside the hub.
CREATE TABLE platform.notification
(
    id          BIGSERIAL PRIMARY KEY,
    officer     TEXT        NOT NULL,
    message_key TEXT        NOT NULL CHECK (message_key ~ '^[a-z][a-z0-9.-]+$'),
    args        TEXT[]      NOT NULL DEFAULT '{}',
    link        TEXT CHECK (link IS NULL OR link ~ '^/([^/\\]|$)'),
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notification_officer_idx ON platform.notification (officer, id DESC);
CREATE INDEX notification_unread_idx ON platform.notification (officer) WHERE read_at IS NULL;

-- Reminders: a notification to deliver at a time. The scheduler takes due rows with SKIP LOCKED,
-- so several instances never deliver one twice.
CREATE TABLE platform.reminder
(
    id           BIGSERIAL PRIMARY KEY,
    officer      TEXT        NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    message_key  TEXT        NOT NULL CHECK (message_key ~ '^[a-z][a-z0-9.-]+$'),
    args         TEXT[]      NOT NULL DEFAULT '{}',
    link         TEXT CHECK (link IS NULL OR link ~ '^/([^/\\]|$)'),
    created_at   TIMESTAMPTZ NOT NULL,
    delivered_at TIMESTAMPTZ
);
CREATE INDEX reminder_due_idx ON platform.reminder (due_at) WHERE delivered_at IS NULL;

-- Where and in which language an officer gets notifications by e-mail (none without an address).
CREATE TABLE platform.notification_preference
(
    officer  TEXT PRIMARY KEY,
    email    TEXT CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    language TEXT NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en'))
);
