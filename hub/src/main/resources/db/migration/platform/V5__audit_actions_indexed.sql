-- The audit screen offers the actions and record types the trail holds as choices; both are read
-- by a loose index scan (one probe per distinct value), so the trail's size does not matter.
CREATE INDEX audit_entry_action_idx ON platform.audit_entry (action);
