-- A year's millionth case is numbered VN-2026-1000000: the yearly counter goes on past six digits,
-- but the check asked for exactly six, so that case (and every later one that year) failed with a
-- database error. At least six digits now; the references written before keep their form.
ALTER TABLE enforcement.case_record DROP CONSTRAINT case_record_reference_check;
ALTER TABLE enforcement.case_record ADD CONSTRAINT case_record_reference_check
    CHECK (reference ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{6,}$');
