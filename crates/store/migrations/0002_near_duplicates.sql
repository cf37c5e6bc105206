-- Near-duplicate index (MinHash signatures and LSH band buckets) and the
-- groups of documents that carry the same story.

CREATE TABLE signatures (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    minhash     BLOB NOT NULL
);

CREATE TABLE signature_bands (
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX signature_bands_key ON signature_bands(band, hash);

CREATE TABLE duplicate_groups (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    group_id    TEXT NOT NULL,
    similarity  REAL NOT NULL   -- with the member it was matched to when stored
);
CREATE INDEX duplicate_groups_group ON duplicate_groups(group_id);
