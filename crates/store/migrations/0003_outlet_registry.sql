-- The outlet registry: what an analyst knows about each outlet beyond its
-- name and domains. Reliability is the Admiralty source grade (A-F), kept
-- apart from the credibility of any single item.

ALTER TABLE outlets ADD COLUMN country TEXT;
ALTER TABLE outlets ADD COLUMN kind TEXT;            -- state_media, wire_agency, independent, public_broadcaster, blog, ...
ALTER TABLE outlets ADD COLUMN reliability TEXT;     -- A..F
ALTER TABLE outlets ADD COLUMN rationale TEXT;       -- the analyst's reason for the grade
ALTER TABLE outlets ADD COLUMN updated_at TEXT;

ALTER TABLE outlet_domains ADD COLUMN last_seen TEXT;
UPDATE outlet_domains SET last_seen = first_seen;
