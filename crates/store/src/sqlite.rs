//! The embedded SQLite store (the default), with FTS5 full-text search.
//!
//! The database runs in WAL mode so readers (a web server) are not blocked
//! by a writer (an ingest), waits up to a few seconds for a lock before
//! reporting it, and migrates its schema forward with `PRAGMA user_version`.

use crate::near_dup::{self, Signature};
use crate::{
    ActorMatch, ClaimFilter, ClaimRow, DocSummary, DomainUse, EntityFilter, EntityRow, EventActor, EventFilter,
    EventRow, HIT_END, HIT_START, ListFilter, OutletRecord, OutletRow, OutletUpdate, PutOutcome, SearchHit, Store,
    StoreError, StoredDocument, fts_query,
};
use dossier_model::{ActorCode, DocId, Document, DuplicateGroup, DuplicateMember, Holder, Outlet};
use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use std::path::{Path, PathBuf};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_near_duplicates.sql"),
    include_str!("../migrations/0003_outlet_registry.sql"),
    include_str!("../migrations/0004_event_actors.sql"),
];

pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        Self::init(conn, path.to_path_buf())
    }

    /// A private in-memory database, for tests and one-off extraction.
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| open_error(Path::new(":memory:"), e))?;
        Self::init(conn, PathBuf::from(":memory:"))
    }

    fn init(conn: Connection, path: PathBuf) -> Result<SqliteStore, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(|e| open_error(&path, e))?;
        // Reading the schema version is the first real read: a file that is
        // not a database fails here with a clear message.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| open_error(&path, e))?;
        if path != Path::new(":memory:") {
            conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| open_error(&path, e))?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(|e| open_error(&path, e))?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(|e| open_error(&path, e))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::Open {
                path,
                message: format!("schema version {version} is newer than this dossier understands ({known})"),
            });
        }
        let mut store = SqliteStore { conn, path };
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = store.conn.transaction().map_err(|e| sql_error(&store.path, e))?;
            tx.execute_batch(sql).map_err(|e| sql_error(&store.path, e))?;
            tx.pragma_update(None, "user_version", i as i64 + 1).map_err(|e| sql_error(&store.path, e))?;
            tx.commit().map_err(|e| sql_error(&store.path, e))?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        sql_error(&self.path, e)
    }

    /// The outlet id this document's outlet resolves to: an existing outlet
    /// sharing a domain with it, else its own.
    fn resolve_outlet(tx: &rusqlite::Transaction, outlet: &Outlet) -> rusqlite::Result<String> {
        for domain in &outlet.domains {
            let existing: Option<String> = tx
                .query_row("SELECT outlet_id FROM outlet_domains WHERE domain = ?1", [domain], |r| r.get(0))
                .optional()?;
            if let Some(id) = existing {
                return Ok(id);
            }
        }
        Ok(outlet.id.clone())
    }

    fn outlet_by_id(&self, id: &str) -> Result<Option<Outlet>, StoreError> {
        let name: Option<String> = self
            .conn
            .query_row("SELECT name FROM outlets WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(name) = name else { return Ok(None) };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT domain FROM outlet_domains WHERE outlet_id = ?1 ORDER BY first_seen, domain")
            .map_err(|e| self.err(e))?;
        let domains = stmt
            .query_map([id], |r| r.get(0))
            .and_then(|rows| rows.collect::<Result<Vec<String>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(Some(Outlet { id: id.to_string(), name, domains }))
    }

    /// The near-duplicate group of a document, with each member's
    /// similarity to it, earliest member first.
    fn duplicate_group(&self, id: &str) -> rusqlite::Result<Option<DuplicateGroup>> {
        let group: Option<String> = self
            .conn
            .query_row("SELECT group_id FROM duplicate_groups WHERE doc_id = ?1", [id], |r| r.get(0))
            .optional()?;
        let Some(group) = group else { return Ok(None) };
        let own = self.signature_of(id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.title, o.name, d.published FROM duplicate_groups g JOIN documents d ON d.id = g.doc_id \
             LEFT JOIN outlets o ON o.id = d.outlet_id WHERE g.group_id = ?1 \
             ORDER BY d.published IS NULL, d.published, d.ingested_at, d.id",
        )?;
        type Row = (String, Option<String>, Option<String>, Option<String>);
        let rows: Vec<Row> = stmt
            .query_map([&group], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        let mut members = Vec::with_capacity(rows.len());
        for (mid, title, outlet, published) in rows {
            let similarity = match (&own, self.signature_of(&mid)?) {
                _ if mid == id => 1.0,
                (Some(a), Some(b)) => a.similarity(&b),
                _ => 0.0,
            };
            members.push(DuplicateMember { id: mid, title, outlet, published, similarity });
        }
        let earliest = members.first().map(|m| m.id.clone()).unwrap_or_else(|| group.clone());
        Ok(Some(DuplicateGroup { group, earliest, members }))
    }

    fn signature_of(&self, id: &str) -> rusqlite::Result<Option<Signature>> {
        let blob: Option<Vec<u8>> =
            self.conn.query_row("SELECT minhash FROM signatures WHERE doc_id = ?1", [id], |r| r.get(0)).optional()?;
        Ok(blob.and_then(|b| Signature::from_bytes(&b)))
    }

    fn summaries(&self, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<DocSummary>, StoreError> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = stmt.query_map(args, summary_from_row).map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}

/// Indexes a new document's signature and, when a stored document carries
/// the same story, puts the new one into that document's group.
fn index_near_duplicates(tx: &rusqlite::Transaction, id: &str, text: &str) -> rusqlite::Result<()> {
    let shingles = near_dup::shingles(text);
    let signature = near_dup::signature(&shingles);
    let bands = signature.bands();
    let mut candidates: Vec<String> = Vec::new();
    {
        let mut stmt = tx.prepare_cached("SELECT doc_id FROM signature_bands WHERE band = ?1 AND hash = ?2")?;
        for (band, hash) in bands.iter().enumerate() {
            for doc in stmt.query_map(params![band as i64, hash], |r| r.get::<_, String>(0))? {
                let doc = doc?;
                if !candidates.contains(&doc) {
                    candidates.push(doc);
                }
            }
        }
    }
    let mut best: Option<(String, f32)> = None;
    for cand in candidates {
        let blob: Vec<u8> = tx.query_row("SELECT minhash FROM signatures WHERE doc_id = ?1", [&cand], |r| r.get(0))?;
        let Some(other) = Signature::from_bytes(&blob) else { continue };
        let mut score = signature.similarity(&other);
        if score < near_dup::THRESHOLD && score > 0.1 {
            // Different boilerplate or added paragraphs lower Jaccard
            // similarity; containment of one text in the other does not.
            let other_text: String = tx.query_row("SELECT text FROM documents WHERE id = ?1", [&cand], |r| r.get(0))?;
            score = score.max(near_dup::containment(&shingles, &near_dup::shingles(&other_text)));
        }
        if score >= near_dup::THRESHOLD && best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((cand, score));
        }
    }
    tx.execute("INSERT INTO signatures (doc_id, minhash) VALUES (?1, ?2)", params![id, signature.to_bytes()])?;
    for (band, hash) in bands.iter().enumerate() {
        tx.execute(
            "INSERT INTO signature_bands (band, hash, doc_id) VALUES (?1, ?2, ?3)",
            params![band as i64, hash, id],
        )?;
    }
    if let Some((other, score)) = best {
        let group: Option<String> = tx
            .query_row("SELECT group_id FROM duplicate_groups WHERE doc_id = ?1", [&other], |r| r.get(0))
            .optional()?;
        let group = match group {
            Some(g) => g,
            None => {
                tx.execute(
                    "INSERT INTO duplicate_groups (doc_id, group_id, similarity) VALUES (?1, ?1, ?2)",
                    params![other, score as f64],
                )?;
                other.clone()
            }
        };
        tx.execute(
            "INSERT INTO duplicate_groups (doc_id, group_id, similarity) VALUES (?1, ?2, ?3)",
            params![id, group, score as f64],
        )?;
    }
    Ok(())
}

const SUMMARY_COLUMNS: &str = "d.id, d.title, d.url, d.published, o.name, d.words, \
    (SELECT COUNT(*) FROM entities e WHERE e.doc_id = d.id), \
    (SELECT COUNT(*) FROM attributions a WHERE a.doc_id = d.id), \
    (SELECT COUNT(*) FROM claims c WHERE c.doc_id = d.id), d.source";

fn summary_from_row(r: &rusqlite::Row) -> rusqlite::Result<DocSummary> {
    Ok(DocSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        url: r.get(2)?,
        published: r.get(3)?,
        outlet: r.get(4)?,
        words: r.get::<_, i64>(5)? as usize,
        entities: r.get::<_, i64>(6)? as usize,
        attributions: r.get::<_, i64>(7)? as usize,
        claims: r.get::<_, i64>(8)? as usize,
        source: r.get(9)?,
    })
}

fn open_error(path: &Path, e: rusqlite::Error) -> StoreError {
    if is_locked(&e) {
        return StoreError::Locked { path: path.to_path_buf() };
    }
    let message = match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "not a dossier database (the file is not SQLite or is corrupt)".to_string(),
        Some(ErrorCode::CannotOpen) => {
            "cannot open the file (does its directory exist, and is it writable?)".to_string()
        }
        Some(ErrorCode::ReadOnly) => "the file is read-only".to_string(),
        _ => e.to_string(),
    };
    StoreError::Open { path: path.to_path_buf(), message }
}

fn sql_error(path: &Path, e: rusqlite::Error) -> StoreError {
    if is_locked(&e) {
        return StoreError::Locked { path: path.to_path_buf() };
    }
    if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) {
        return open_error(path, e);
    }
    StoreError::Sql { path: path.to_path_buf(), source: e }
}

fn is_locked(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked))
}

fn like(s: &str) -> String {
    let escaped = s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

impl Store for SqliteStore {
    fn put(&mut self, doc: &Document, source: Option<&str>, pipeline: &str) -> Result<PutOutcome, StoreError> {
        let path = self.path.clone();
        let e = |err| sql_error(&path, err);
        let tx = self.conn.transaction().map_err(e)?;
        let exists: bool = tx
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [doc.id.as_str()], |_| Ok(true))
            .optional()
            .map_err(e)?
            .unwrap_or(false);
        if exists {
            return Ok(PutOutcome::AlreadyStored);
        }
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let outlet_id = match &doc.outlet {
            Some(outlet) => {
                let id = Self::resolve_outlet(&tx, outlet).map_err(e)?;
                tx.execute("INSERT OR IGNORE INTO outlets (id, name) VALUES (?1, ?2)", params![id, outlet.name])
                    .map_err(e)?;
                let seen = doc.meta.published.as_ref().map(|p| p.date_part().to_string());
                for domain in &outlet.domains {
                    tx.execute(
                        "INSERT OR IGNORE INTO outlet_domains (domain, outlet_id, first_seen, last_seen) \
                         VALUES (?1, ?2, ?3, ?3)",
                        params![domain, id, seen],
                    )
                    .map_err(e)?;
                    // The dates a domain was used: the earliest and latest
                    // publication dates of documents naming it.
                    tx.execute(
                        "UPDATE outlet_domains SET \
                         first_seen = CASE WHEN first_seen IS NULL OR ?2 < first_seen THEN ?2 ELSE first_seen END, \
                         last_seen = CASE WHEN last_seen IS NULL OR ?2 > last_seen THEN ?2 ELSE last_seen END \
                         WHERE domain = ?1 AND ?2 IS NOT NULL",
                        params![domain, seen],
                    )
                    .map_err(e)?;
                }
                Some(id)
            }
            None => None,
        };
        let body = serde_json::to_string(doc).map_err(|err| StoreError::Corrupt {
            path: path.clone(),
            id: doc.id.to_string(),
            message: err.to_string(),
        })?;
        let published = doc.meta.published.as_ref();
        tx.execute(
            "INSERT INTO documents (id, title, url, published, published_source, language, format, outlet_id, \
             source, ingested_at, pipeline, words, text, body) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                doc.id.as_str(),
                doc.meta.title,
                doc.meta.url,
                published.map(|p| p.value.clone()),
                published.map(|p| format!("{:?}", p.source).to_lowercase()),
                doc.meta.language,
                doc.meta.format,
                outlet_id,
                source,
                now,
                pipeline,
                doc.word_count() as i64,
                doc.text,
                body,
            ],
        )
        .map_err(e)?;
        let rowid = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
            params![rowid, doc.meta.title.as_deref().unwrap_or(""), doc.text],
        )
        .map_err(e)?;
        let id = doc.id.as_str();
        for ent in &doc.entities {
            tx.execute(
                "INSERT INTO entities (doc_id, id, name, type, mentions, country) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, ent.id, ent.name, ent.ty.as_str(), ent.mentions.len() as i64, ent.country],
            )
            .map_err(e)?;
            for m in &ent.mentions {
                tx.execute(
                    "INSERT INTO mentions (doc_id, entity_id, start, \"end\", text, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![id, ent.id, m.span.start as i64, m.span.end as i64, doc.slice(m.span), format!("{:?}", m.kind).to_lowercase()],
                )
                .map_err(e)?;
            }
        }
        for t in &doc.timexes {
            tx.execute(
                "INSERT INTO timexes (doc_id, id, start, \"end\", type, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, t.id, t.span.start as i64, t.span.end as i64, t.ty.as_str(), t.value],
            )
            .map_err(e)?;
        }
        for a in &doc.attributions {
            tx.execute(
                "INSERT INTO attributions (doc_id, id, kind, source_text, source_entity, cue_lemma, content_start, \
                 content_end, parent, speech_act, negated, certainty) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    id,
                    a.id,
                    a.kind.as_str(),
                    a.source.as_ref().map(|s| doc.slice(s.span).to_string()),
                    a.source.as_ref().and_then(|s| s.entity.clone()),
                    a.cue.as_ref().map(|c| c.lemma.clone()),
                    a.content.start as i64,
                    a.content.end as i64,
                    a.parent,
                    a.speech_act.as_str(),
                    a.negated,
                    a.certainty.level.as_str(),
                ],
            )
            .map_err(e)?;
        }
        for c in &doc.claims {
            let holder = match &c.holder {
                Holder::Author => "author".to_string(),
                Holder::Entity(e) => e.clone(),
                Holder::Unresolved(t) => t.clone(),
            };
            tx.execute(
                "INSERT INTO claims (doc_id, id, start, \"end\", text, holder, holder_name, attribution, certainty, \
                 negated, date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    id,
                    c.id,
                    c.span.start as i64,
                    c.span.end as i64,
                    doc.slice(c.span),
                    holder,
                    doc.holder_name(&c.holder),
                    c.attribution,
                    c.certainty.level.as_str(),
                    c.negated,
                    c.date,
                ],
            )
            .map_err(e)?;
            for about in &c.about {
                let name = doc.entity(about).map_or_else(|| about.clone(), |x| x.name.clone());
                tx.execute(
                    "INSERT INTO claim_about (doc_id, claim_id, entity_id, entity_name) VALUES (?1, ?2, ?3, ?4)",
                    params![id, c.id, about, name],
                )
                .map_err(e)?;
            }
        }
        for ev in &doc.events {
            let side = |entity: &Option<String>, actor: &Option<ActorCode>| {
                let ent = entity.as_deref().and_then(|x| doc.entity(x));
                (
                    ent.map(|x| x.name.clone()),
                    ent.map(|x| x.ty.as_str()),
                    actor.as_ref().map(|a| a.code.clone()),
                    actor.as_ref().and_then(|a| a.country.clone()).or_else(|| ent.and_then(|x| x.country.clone())),
                )
            };
            let (s_name, s_type, s_code, s_country) = side(&ev.source, &ev.source_actor);
            let (t_name, t_type, t_code, t_country) = side(&ev.target, &ev.target_actor);
            tx.execute(
                "INSERT INTO events (doc_id, id, code, root, source, target, date, goldstein, attribution, label, \
                 trigger_start, trigger_end, sentence, source_name, source_type, source_code, source_country, \
                 target_name, target_type, target_code, target_country, certainty, negated) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, \
                 ?21, ?22, ?23)",
                params![
                    id,
                    ev.id,
                    ev.code,
                    ev.root,
                    ev.source,
                    ev.target,
                    ev.date,
                    ev.goldstein as f64,
                    ev.attribution,
                    ev.label,
                    ev.trigger.start as i64,
                    ev.trigger.end as i64,
                    ev.sentence as i64,
                    s_name,
                    s_type,
                    s_code,
                    s_country,
                    t_name,
                    t_type,
                    t_code,
                    t_country,
                    ev.certainty.level.as_str(),
                    ev.negated,
                ],
            )
            .map_err(e)?;
        }
        for ev in &doc.evidence {
            tx.execute(
                "INSERT INTO evidence (doc_id, id, kind, start, \"end\", text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, ev.id, ev.kind.as_str(), ev.span.start as i64, ev.span.end as i64, doc.slice(ev.span)],
            )
            .map_err(e)?;
        }
        index_near_duplicates(&tx, id, &doc.text).map_err(e)?;
        tx.commit().map_err(e)?;
        Ok(PutOutcome::Inserted)
    }

    fn contains(&self, id: &DocId) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [id.as_str()], |_| Ok(()))
            .optional()
            .map(|o| o.is_some())
            .map_err(|e| self.err(e))
    }

    fn ids(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id FROM documents").map_err(|e| self.err(e))?;
        stmt.query_map([], |r| r.get(0)).and_then(|rows| rows.collect()).map_err(|e| self.err(e))
    }

    fn get(&self, id_or_prefix: &str) -> Result<Option<StoredDocument>, StoreError> {
        let prefix = id_or_prefix.trim().to_ascii_lowercase();
        if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id, body, source, ingested_at, pipeline, outlet_id FROM documents WHERE id LIKE ?1 || '%' LIMIT 2")
            .map_err(|e| self.err(e))?;
        type Row = (String, String, Option<String>, String, String, Option<String>);
        let rows: Vec<Row> = stmt
            .query_map([&prefix], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        if rows.len() > 1 {
            let count: i64 = self
                .conn
                .query_row("SELECT COUNT(*) FROM documents WHERE id LIKE ?1 || '%'", [&prefix], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            return Err(StoreError::Ambiguous { prefix, count: count as usize });
        }
        let Some((id, body, source, ingested_at, pipeline, outlet_id)) = rows.into_iter().next() else {
            return Ok(None);
        };
        let mut doc: Document = serde_json::from_str(&body).map_err(|err| StoreError::Corrupt {
            path: self.path.clone(),
            id: id.clone(),
            message: err.to_string(),
        })?;
        // The registry knows every domain of the outlet, including those
        // learned from later documents.
        if let Some(outlet_id) = outlet_id {
            doc.outlet = self.outlet_by_id(&outlet_id)?.or(doc.outlet);
        }
        doc.duplicates = self.duplicate_group(&id).map_err(|e| self.err(e))?;
        Ok(Some(StoredDocument { doc, source, ingested_at, pipeline }))
    }

    fn list(&self, filter: &ListFilter) -> Result<Vec<DocSummary>, StoreError> {
        let mut clauses = Vec::new();
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        if let Some(outlet) = &filter.outlet {
            args.push(Box::new(like(outlet)));
            let n = args.len();
            clauses.push(format!(
                "(o.id LIKE ?{n} ESCAPE '\\' OR o.name LIKE ?{n} ESCAPE '\\' OR EXISTS (SELECT 1 FROM outlet_domains od \
                 WHERE od.outlet_id = d.outlet_id AND od.domain LIKE ?{n} ESCAPE '\\'))"
            ));
        }
        if let Some(from) = &filter.from {
            args.push(Box::new(from.clone()));
            clauses.push(format!("substr(d.published, 1, 10) >= ?{}", args.len()));
        }
        if let Some(to) = &filter.to {
            args.push(Box::new(to.clone()));
            clauses.push(format!("substr(d.published, 1, 10) <= ?{}", args.len()));
        }
        if let Some(entity) = &filter.entity {
            args.push(Box::new(like(entity)));
            clauses.push(format!(
                "EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = d.id AND e.name LIKE ?{} ESCAPE '\\')",
                args.len()
            ));
        }
        let where_sql = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
        let limit = if filter.limit == 0 { -1 } else { filter.limit as i64 };
        args.push(Box::new(limit));
        args.push(Box::new(filter.offset as i64));
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id {where_sql} \
             ORDER BY d.published IS NULL, d.published DESC, d.title LIMIT ?{} OFFSET ?{}",
            args.len() - 1,
            args.len()
        );
        let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|a| a.as_ref()).collect();
        self.summaries(&sql, &refs)
    }

    fn count(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let Some(fts) = fts_query(query) else { return Ok(Vec::new()) };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, snippet(documents_fts, 1, ?2, ?3, '…', 16), bm25(documents_fts, 5.0, 1.0) AS score \
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid \
             LEFT JOIN outlets o ON o.id = d.outlet_id \
             WHERE documents_fts MATCH ?1 ORDER BY score LIMIT ?4"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let limit = if limit == 0 { -1 } else { limit as i64 };
        let rows = stmt
            .query_map(params![fts, HIT_START.to_string(), HIT_END.to_string(), limit], |r| {
                Ok(SearchHit { summary: summary_from_row(r)?, snippet: r.get(10)?, score: r.get(11)? })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    fn entities(&self, filter: &EntityFilter) -> Result<Vec<EntityRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                // An entity no name stands for ("Analysts", "officials",
                // "the ministry" as an unnamed source) is one per document:
                // two articles' analysts are not the same people, so such
                // entities are grouped by document as well as by name.
                "SELECT name, type, COUNT(DISTINCT doc_id), SUM(mentions) FROM entities e \
                 WHERE (?1 IS NULL OR type = ?1) AND (?2 IS NULL OR name LIKE ?2 ESCAPE '\\') \
                 GROUP BY name, type, CASE WHEN EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = e.doc_id \
                      AND m.entity_id = e.id AND m.kind IN ('name', 'demonym')) THEN '' ELSE doc_id END \
                 HAVING SUM(mentions) > 0 ORDER BY COUNT(DISTINCT doc_id) DESC, SUM(mentions) DESC, name LIMIT ?3",
            )
            .map_err(|e| self.err(e))?;
        let limit = if filter.limit == 0 { -1 } else { filter.limit as i64 };
        let rows = stmt
            .query_map(
                params![filter.ty.as_ref().map(|t| t.to_uppercase()), filter.name.as_deref().map(like), limit],
                |r| {
                    Ok(EntityRow {
                        name: r.get(0)?,
                        ty: r.get(1)?,
                        documents: r.get::<_, i64>(2)? as usize,
                        mentions: r.get::<_, i64>(3)? as usize,
                    })
                },
            )
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT c.doc_id, d.title, d.published, c.id, c.text, c.holder_name, c.attribution, c.certainty, \
                 c.negated, c.date FROM claims c JOIN documents d ON d.id = c.doc_id \
                 WHERE (?1 IS NULL OR c.holder_name LIKE ?1 ESCAPE '\\') \
                 AND (?2 IS NULL OR EXISTS (SELECT 1 FROM claim_about ca WHERE ca.doc_id = c.doc_id \
                      AND ca.claim_id = c.id AND ca.entity_name LIKE ?2 ESCAPE '\\')) \
                 AND (?3 IS NULL OR c.certainty = ?3) \
                 ORDER BY d.published, c.doc_id, c.start LIMIT ?4",
            )
            .map_err(|e| self.err(e))?;
        let limit = if filter.limit == 0 { -1 } else { filter.limit as i64 };
        type Raw = (
            String,
            Option<String>,
            Option<String>,
            String,
            String,
            String,
            Option<String>,
            String,
            bool,
            Option<String>,
        );
        let raw: Vec<Raw> = stmt
            .query_map(
                params![filter.by.as_deref().map(like), filter.about.as_deref().map(like), filter.certainty, limit],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                    ))
                },
            )
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        // Chains and "about" names come from the stored document, loaded
        // once per document.
        let mut out = Vec::with_capacity(raw.len());
        let mut cache: Option<(String, Document)> = None;
        for (doc_id, doc_title, published, id, text, holder, attribution, certainty, negated, date) in raw {
            if cache.as_ref().is_none_or(|(d, _)| *d != doc_id)
                && let Some(stored) = self.get(&doc_id)?
            {
                cache = Some((doc_id.clone(), stored.doc));
            }
            let (chain, about, unsaid, saying) = match &cache {
                Some((_, doc)) => {
                    let chain = match &attribution {
                        Some(a) => doc.chain(a),
                        None => vec!["author".to_string()],
                    };
                    let claim = doc.claims.iter().find(|c| c.id == id);
                    let about = claim
                        .map(|c| c.about.iter().filter_map(|e| doc.entity(e)).map(|e| e.name.clone()).collect())
                        .unwrap_or_default();
                    (chain, about, claim.and_then(|c| doc.unsaid_by(c)), claim.and_then(|c| doc.saying_of(c)))
                }
                None => (vec!["author".to_string()], Vec::new(), None, None),
            };
            let (speech_act, cue) = match saying {
                Some((act, cue)) => (Some(act.as_str().to_string()), cue),
                None => (None, None),
            };
            out.push(ClaimRow {
                doc_id,
                doc_title,
                published,
                id,
                text,
                holder,
                chain,
                certainty,
                negated,
                unsaid,
                speech_act,
                cue,
                date,
                about,
            });
        }
        Ok(out)
    }

    fn outlet_record(&self, key: &str) -> Result<Option<OutletRecord>, StoreError> {
        let key_l = key.trim().to_lowercase();
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT o.id FROM outlets o WHERE o.id = ?1 OR lower(o.name) = ?2 OR o.id = ?3 \
                 UNION SELECT outlet_id FROM outlet_domains WHERE domain = ?2 LIMIT 1",
                params![key, key_l, dossier_model::outlet_id_for_name(key)],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(id) = id else { return Ok(None) };
        let Some(outlet) = self.outlet_by_id(&id)? else { return Ok(None) };
        let (country, kind, reliability, rationale, updated_at, documents) = self
            .conn
            .query_row(
                "SELECT country, kind, reliability, rationale, updated_at, \
                 (SELECT COUNT(*) FROM documents d WHERE d.outlet_id = o.id) FROM outlets o WHERE id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get::<_, i64>(5)?)),
            )
            .map_err(|e| self.err(e))?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT domain, first_seen, last_seen FROM outlet_domains WHERE outlet_id = ?1 ORDER BY first_seen, domain")
            .map_err(|e| self.err(e))?;
        let domains = stmt
            .query_map([&id], |r| Ok(DomainUse { domain: r.get(0)?, first_seen: r.get(1)?, last_seen: r.get(2)? }))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(Some(OutletRecord {
            outlet,
            country,
            kind,
            reliability,
            rationale,
            updated_at,
            documents: documents as usize,
            domains,
        }))
    }

    fn update_outlet(&mut self, id: &str, update: &OutletUpdate) -> Result<(), StoreError> {
        let path = self.path.clone();
        let e = |err| sql_error(&path, err);
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let tx = self.conn.transaction().map_err(e)?;
        let exists = tx.query_row("SELECT 1 FROM outlets WHERE id = ?1", [id], |_| Ok(())).optional().map_err(e)?;
        if exists.is_none() {
            let name = update.name.clone().unwrap_or_else(|| id.trim_start_matches("o-").replace('-', " "));
            tx.execute("INSERT INTO outlets (id, name) VALUES (?1, ?2)", params![id, name]).map_err(e)?;
        }
        let fields: [(&str, &Option<String>); 5] = [
            ("name", &update.name),
            ("country", &update.country),
            ("kind", &update.kind),
            ("reliability", &update.reliability),
            ("rationale", &update.rationale),
        ];
        for (column, value) in fields {
            if let Some(v) = value {
                // Column names come from the fixed list above, never from input.
                tx.execute(
                    &format!("UPDATE outlets SET {column} = ?1, updated_at = ?2 WHERE id = ?3"),
                    params![v, now, id],
                )
                .map_err(e)?;
            }
        }
        for domain in &update.add_domains {
            let owner: Option<String> = tx
                .query_row("SELECT outlet_id FROM outlet_domains WHERE domain = ?1", [domain], |r| r.get(0))
                .optional()
                .map_err(e)?;
            match owner {
                Some(o) if o != id => {
                    return Err(StoreError::Conflict {
                        message: format!("domain {domain} already belongs to outlet {o}"),
                    });
                }
                Some(_) => {}
                None => {
                    tx.execute("INSERT INTO outlet_domains (domain, outlet_id) VALUES (?1, ?2)", params![domain, id])
                        .map_err(e)?;
                }
            }
        }
        tx.commit().map_err(e)
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        // Each actor becomes a condition on one side; `other` must then hold
        // on the opposite side. Values are bound, never spliced.
        let mut values: Vec<String> = Vec::new();
        let mut side = |m: &ActorMatch, prefix: &str| -> String {
            let mut parts = Vec::new();
            for n in &m.names {
                values.push(n.clone());
                parts.push(format!("e.{prefix}_name = ?{} COLLATE NOCASE", values.len()));
            }
            for c in &m.countries {
                values.push(c.to_uppercase());
                parts.push(format!("e.{prefix}_country = ?{}", values.len()));
                parts.push(format!("e.{prefix}_code = ?{}", values.len()));
            }
            if parts.is_empty() { "0".to_string() } else { format!("({})", parts.join(" OR ")) }
        };
        let mut conditions = Vec::new();
        match (&filter.actor, &filter.other) {
            (Some(a), Some(b)) => {
                let (a_src, b_tgt, b_src, a_tgt) =
                    (side(a, "source"), side(b, "target"), side(b, "source"), side(a, "target"));
                conditions.push(format!("(({a_src} AND {b_tgt}) OR ({b_src} AND {a_tgt}))"));
            }
            (Some(a), None) | (None, Some(a)) => {
                let (src, tgt) = (side(a, "source"), side(a, "target"));
                conditions.push(format!("({src} OR {tgt})"));
            }
            (None, None) => {}
        }
        if let Some(root) = &filter.root {
            values.push(root.clone());
            conditions.push(format!("e.root = ?{}", values.len()));
        }
        let where_sql =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
        let limit = if filter.limit == 0 { -1 } else { filter.limit as i64 };
        let sql = format!(
            "SELECT e.doc_id, d.title, d.published, o.name, COALESCE(g.group_id, e.doc_id), e.id, e.code, e.root, \
             COALESCE(e.label, ''), e.trigger_start, e.trigger_end, COALESCE(e.sentence, 0), e.source, e.source_name, \
             e.source_type, e.source_code, e.source_country, e.target, e.target_name, e.target_type, e.target_code, \
             e.target_country, e.date, e.goldstein, COALESCE(e.certainty, 'asserted'), e.negated, e.attribution \
             FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN outlets o ON o.id = d.outlet_id \
             LEFT JOIN duplicate_groups g ON g.doc_id = e.doc_id {where_sql} \
             ORDER BY d.published IS NULL, d.published, e.doc_id, e.trigger_start LIMIT {limit}"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let actor = |r: &rusqlite::Row, at: usize| -> rusqlite::Result<EventActor> {
            Ok(EventActor {
                entity: r.get(at)?,
                name: r.get(at + 1)?,
                ty: r.get(at + 2)?,
                code: r.get(at + 3)?,
                country: r.get(at + 4)?,
            })
        };
        let raw: Vec<(EventRow, Option<(i64, i64)>)> = stmt
            .query_map(rusqlite::params_from_iter(values.iter()), |r| {
                let start: Option<i64> = r.get(9)?;
                let end: Option<i64> = r.get(10)?;
                Ok((
                    EventRow {
                        doc_id: r.get(0)?,
                        doc_title: r.get(1)?,
                        published: r.get(2)?,
                        outlet: r.get(3)?,
                        group: r.get(4)?,
                        id: r.get(5)?,
                        code: r.get(6)?,
                        root: r.get(7)?,
                        label: r.get(8)?,
                        trigger: String::new(),
                        sentence_text: String::new(),
                        sentence: r.get::<_, i64>(11)? as usize,
                        source: actor(r, 12)?,
                        target: actor(r, 17)?,
                        date: r.get(22)?,
                        goldstein: r.get(23)?,
                        certainty: r.get(24)?,
                        negated: r.get(25)?,
                        attribution: r.get(26)?,
                        chain: Vec::new(),
                    },
                    start.zip(end),
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        // Trigger text, sentence and chain come from the stored document,
        // loaded once per document.
        let mut out = Vec::with_capacity(raw.len());
        let mut cache: Option<(String, Document)> = None;
        for (mut row, trigger) in raw {
            if cache.as_ref().is_none_or(|(d, _)| *d != row.doc_id)
                && let Some(stored) = self.get(&row.doc_id)?
            {
                cache = Some((row.doc_id.clone(), stored.doc));
            }
            if let Some((_, doc)) = &cache {
                if let Some((s, e)) = trigger {
                    row.trigger = doc.text.get(s as usize..e as usize).unwrap_or_default().to_string();
                }
                row.sentence_text =
                    doc.sentences.get(row.sentence).map(|s| doc.slice(s.span).to_string()).unwrap_or_default();
                row.chain = match &row.attribution {
                    Some(a) => doc.chain(a),
                    None => vec!["author".to_string()],
                };
            }
            out.push(row);
        }
        Ok(out)
    }

    fn countries_named(&self, name: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT DISTINCT country FROM entities WHERE name = ?1 COLLATE NOCASE AND type = 'GPE' \
                 AND country IS NOT NULL ORDER BY country",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([name], |r| r.get(0)).and_then(|rows| rows.collect()).map_err(|e| self.err(e))
    }

    fn outlets(&self) -> Result<Vec<OutletRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT o.id, (SELECT COUNT(*) FROM documents d WHERE d.outlet_id = o.id), o.kind, o.reliability \
                 FROM outlets o ORDER BY o.name",
            )
            .map_err(|e| self.err(e))?;
        type Row = (String, i64, Option<String>, Option<String>);
        let ids: Vec<Row> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for (id, documents, kind, reliability) in ids {
            if let Some(outlet) = self.outlet_by_id(&id)? {
                out.push(OutletRow { outlet, documents: documents as usize, kind, reliability });
            }
        }
        Ok(out)
    }
}
