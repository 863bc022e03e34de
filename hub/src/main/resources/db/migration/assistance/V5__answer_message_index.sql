-- The exchange's screens ask which request an answer message carried, a message at a time: found by the
-- index, not by reading the table.
CREATE INDEX request_answer_message_idx ON assistance.request (partner, answer_message_id)
    WHERE answer_message_id IS NOT NULL;
