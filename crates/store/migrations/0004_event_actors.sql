-- Events as the tension index queries them: each side's entity name, type
-- and CAMEO actor code (country and role), the effective certainty, whether
-- the event is negated, and where its trigger is. Entities keep their
-- country so that a country's name can select all of its actors.

ALTER TABLE entities ADD COLUMN country TEXT;

ALTER TABLE events ADD COLUMN label TEXT;
ALTER TABLE events ADD COLUMN trigger_start INTEGER;
ALTER TABLE events ADD COLUMN trigger_end INTEGER;
ALTER TABLE events ADD COLUMN sentence INTEGER;
ALTER TABLE events ADD COLUMN source_name TEXT;
ALTER TABLE events ADD COLUMN source_type TEXT;
ALTER TABLE events ADD COLUMN source_code TEXT;
ALTER TABLE events ADD COLUMN source_country TEXT;
ALTER TABLE events ADD COLUMN target_name TEXT;
ALTER TABLE events ADD COLUMN target_type TEXT;
ALTER TABLE events ADD COLUMN target_code TEXT;
ALTER TABLE events ADD COLUMN target_country TEXT;
ALTER TABLE events ADD COLUMN certainty TEXT;
ALTER TABLE events ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;

CREATE INDEX events_source_name ON events(source_name COLLATE NOCASE);
CREATE INDEX events_target_name ON events(target_name COLLATE NOCASE);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
