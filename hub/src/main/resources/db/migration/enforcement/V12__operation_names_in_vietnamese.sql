-- A joint operation has an English name and a Vietnamese one (Mekong Dragon, Chiến dịch Con Rồng Mê Kông);
-- either may be missing, never both: each screen shows the one in its language, else the other.
ALTER TABLE enforcement.operation
    ALTER COLUMN name DROP NOT NULL,
    ADD COLUMN name_vi TEXT CHECK (name_vi <> ''),
    ADD CONSTRAINT operation_named CHECK (name IS NOT NULL OR name_vi IS NOT NULL);

-- The Vietnamese name a partner's alert gave the operation, when it gave one (older hubs send none).
ALTER TABLE enforcement.received_alert ADD COLUMN operation_name_vi TEXT;
