-- dossier store schema, version 1.
-- Portable SQL: text ids (content hashes), no autoincrement keys that other
-- stores would have to agree on. Offsets are byte offsets into documents.text.

CREATE TABLE outlets (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL
);

CREATE TABLE outlet_domains (
    domain      TEXT PRIMARY KEY,
    outlet_id   TEXT NOT NULL REFERENCES outlets(id),
    first_seen  TEXT
);

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    url         TEXT,
    published   TEXT,
    published_source TEXT,
    language    TEXT,
    format      TEXT NOT NULL,
    outlet_id   TEXT REFERENCES outlets(id),
    source      TEXT,
    ingested_at TEXT NOT NULL,
    pipeline    TEXT NOT NULL,
    words       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    body        TEXT NOT NULL   -- the whole Document as JSON (internal format)
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet_id);

CREATE TABLE entities (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE mentions (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    kind        TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id, entity_id);

CREATE TABLE timexes (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE attributions (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    source_text TEXT,
    source_entity TEXT,
    cue_lemma   TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    parent      TEXT,
    speech_act  TEXT NOT NULL,
    negated     INTEGER NOT NULL,
    certainty   TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE claims (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    holder      TEXT NOT NULL,        -- 'author' or a doc-local entity id or an unresolved source text
    holder_name TEXT NOT NULL,        -- display name of the holder
    attribution TEXT,
    certainty   TEXT NOT NULL,
    negated     INTEGER NOT NULL,
    date        TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE claim_about (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    claim_id    TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    entity_name TEXT NOT NULL
);
CREATE INDEX claim_about_name ON claim_about(entity_name);

CREATE TABLE events (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    code        TEXT NOT NULL,
    root        TEXT NOT NULL,
    source      TEXT,
    target      TEXT,
    date        TEXT,
    goldstein   REAL NOT NULL,
    attribution TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE evidence (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);

-- Full-text search over title and text, kept in step by the store code in
-- the same transaction as the document row.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
