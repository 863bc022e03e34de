-- A partner's hub of this release sends, beside a nominal case or alert, its own non-nominal form of the free
-- texts (its name index knows names this hub cannot): shown, cleaned again here, to the officers who do not
-- read personal data. NULL: a non-nominal case or alert, or one from a hub of an earlier release.
ALTER TABLE enforcement.received_case ADD COLUMN senders_non_nominal JSONB;
ALTER TABLE enforcement.received_alert ADD COLUMN senders_non_nominal_text TEXT;
