-- The raw forms kept for non-repudiation are signed and encrypted MIME: PostgreSQL's compression
-- cannot shrink them and spent a tenth of its CPU trying (perf, hub-to-hub benchmark). They are
-- stored out of line as they are. Payloads and receipts (XML, JSON) keep their compression.
ALTER TABLE exchange.inbound_message ALTER COLUMN raw_message SET STORAGE EXTERNAL;
ALTER TABLE exchange.outbound_message ALTER COLUMN sent_raw SET STORAGE EXTERNAL;
