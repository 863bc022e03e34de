-- A database a hub has run on outside demo mode is marked (platform.ProductionUse): a later start in demo
-- mode on it is refused, before demo accounts, demo data or demo keys could enter it. At most one row.
CREATE TABLE platform.production_use (
    only_row  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    marked_at TIMESTAMPTZ NOT NULL
);

-- A database that ran outside demo mode before this release: it has officers, and none of them is an
-- enabled demo account (a start outside demo mode disables them; a start in demo mode creates them).
INSERT INTO platform.production_use (marked_at)
SELECT now()
WHERE EXISTS (SELECT 1 FROM platform.user_account)
  AND NOT EXISTS (SELECT 1 FROM platform.user_account WHERE demo AND enabled);
