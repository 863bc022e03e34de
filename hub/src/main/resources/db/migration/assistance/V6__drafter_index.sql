-- An officer's lists and figures hold their unit's requests and those they drafted, wherever those were assigned
-- since: the drafter's side of that condition is found by this index, as the unit's is by request_unit_created_idx.
CREATE INDEX request_drafter_created_idx ON assistance.request (created_by, created_at DESC, id DESC);
