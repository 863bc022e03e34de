-- An alert's photos and documents go only to partners whose agreements allow personal data; the others
-- get its text alone, and the sender sees which.
ALTER TABLE enforcement.operation_alert_recipient ADD COLUMN attachments_withheld BOOLEAN NOT NULL DEFAULT FALSE;
