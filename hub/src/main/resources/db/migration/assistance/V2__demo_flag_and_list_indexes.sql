-- Requests generated for the demo year carry a flag, so every list, page, figure and download can say
-- they are demo data (and a hub started outside demo mode can remove them).
ALTER TABLE assistance.request ADD COLUMN demo BOOLEAN NOT NULL DEFAULT false;

-- The figures read one direction and one year; the lists read the newest first, of one unit unless
-- the officer sees all. Without these, 100,000 requests are read whole for each page.
CREATE INDEX request_direction_created_idx ON assistance.request (direction, created_at);
CREATE INDEX request_created_idx ON assistance.request (created_at DESC, id DESC);
CREATE INDEX request_unit_created_idx ON assistance.request (assigned_unit, created_at DESC, id DESC);
