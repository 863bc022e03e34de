-- Each of a person's documents may carry its type (passport, national identity card, border pass, ...), by its
-- number: {"C1234567": "passport"}. Records kept before, and persons a partner sent without types, have none.
ALTER TABLE enforcement.person ADD COLUMN document_types JSONB NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(document_types) = 'object');
