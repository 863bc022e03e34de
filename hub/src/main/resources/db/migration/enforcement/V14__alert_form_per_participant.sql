-- Each participant gets the form of an alert its agreements allow: 'nominal' (the text as written, with the
-- files) or 'non-nominal' (the text without personal data, no files), and the sender sees which and why
-- not the nominal one. NULL: nothing was sent, or sent before the form was recorded (then non-nominal).
ALTER TABLE enforcement.operation_alert_recipient
    ADD COLUMN form        TEXT CHECK (form IN ('nominal', 'non-nominal')),
    ADD COLUMN form_reason TEXT;
UPDATE enforcement.operation_alert_recipient SET form = 'non-nominal' WHERE message_id IS NOT NULL;

-- The sender's unit when it was sent: officers of that unit who read its cases in full read the alert in
-- full; the others read it as its non-nominal form. Unknown for older alerts: those stay non-nominal here.
ALTER TABLE enforcement.operation_alert ADD COLUMN sent_by_unit TEXT;
