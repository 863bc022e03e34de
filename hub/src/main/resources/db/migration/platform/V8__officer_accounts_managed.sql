-- Officers managed by administrators: an account created or reset by an administrator carries a
-- temporary password its officer must replace before doing anything else.
ALTER TABLE platform.user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE platform.user_account ADD COLUMN password_changed_at TIMESTAMPTZ;
