//! Where extracted documents live: the [`Store`] trait and its embedded
//! SQLite implementation, [`SqliteStore`].
//!
//! Key decisions:
//! - One document is written in one transaction: its row, its layers in
//!   their own tables (for queries across documents) and its full-text
//!   entry. An interrupted batch therefore leaves whole documents or none.
//! - Ids are global: a document's id is the hash of its text, so the same
//!   text ingested twice is recognised and skipped, and a PostgreSQL store
//!   can later implement the same trait with the same ids.
//! - The whole [`Document`] is also kept as JSON, so reading one back gives
//!   exactly what extraction produced; the per-layer tables exist for
//!   listing, filtering and search, and are derived from it.
//! - Outlets are merged by domain: if any domain of a new document's outlet
//!   is already known, the document joins that outlet, and its other domains
//!   are added to it (old and new domains are one outlet).
//! - Near-duplicates (the same story republished with edits) are grouped
//!   when a document is put, from MinHash signatures kept like the
//!   full-text index; see [`near_dup`].

pub mod near_dup;
mod sqlite;

pub use sqlite::SqliteStore;

use dossier_model::{DocId, Document, Outlet};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot open the database: {message}")]
    Open { path: PathBuf, message: String },
    #[error("{path}: the database is locked by another process (try again when it has finished)")]
    Locked { path: PathBuf },
    #[error("{path}: database error: {source}")]
    Sql {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: stored document {id} is unreadable: {message}")]
    Corrupt { path: PathBuf, id: String, message: String },
    #[error("{message}")]
    Conflict { message: String },
    #[error("document id prefix `{prefix}` is ambiguous: it matches {count} documents")]
    Ambiguous { prefix: String, count: usize },
}

/// The result of putting a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    Inserted,
    /// A document with the same text (same id) was already stored.
    AlreadyStored,
}

/// A stored document with what the store knows about its arrival.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    pub doc: Document,
    pub source: Option<String>,
    pub ingested_at: String,
    pub pipeline: String,
}

/// One line of a document listing.
#[derive(Debug, Clone, PartialEq)]
pub struct DocSummary {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub words: usize,
    pub entities: usize,
    pub attributions: usize,
    pub claims: usize,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Outlet id or (part of) its name or one of its domains.
    pub outlet: Option<String>,
    /// Published on or after this ISO date.
    pub from: Option<String>,
    /// Published on or before this ISO date.
    pub to: Option<String>,
    /// Documents mentioning an entity with this name.
    pub entity: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub summary: DocSummary,
    /// A passage with the matched words between [`HIT_START`] and
    /// [`HIT_END`] markers, for the caller to render.
    pub snippet: String,
    /// BM25 relevance; lower is better (SQLite's convention).
    pub score: f64,
}

/// Marks around matched words in [`SearchHit::snippet`] (private-use
/// characters, which never occur in ingested news text in practice).
pub const HIT_START: char = '\u{E000}';
pub const HIT_END: char = '\u{E001}';

/// An entity aggregated across documents by name and type.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRow {
    pub name: String,
    pub ty: String,
    pub documents: usize,
    pub mentions: usize,
}

#[derive(Debug, Clone, Default)]
pub struct EntityFilter {
    pub ty: Option<String>,
    pub name: Option<String>,
    pub limit: usize,
}

/// A claim with its document and provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub published: Option<String>,
    pub id: String,
    pub text: String,
    pub holder: String,
    /// `author → agency → official`, the chain of sources.
    pub chain: Vec<String>,
    pub certainty: String,
    pub negated: bool,
    /// The words of the holder's negated saying ("did not say") when the
    /// holder explicitly did not make this claim; see `Document::unsaid_by`.
    pub unsaid: Option<String>,
    /// The speech act of the saying the claim was reported in ("deny",
    /// "accuse", …); `None` for the author's own claims.
    pub speech_act: Option<String>,
    /// The cue words of that saying ("firmly rejected").
    pub cue: Option<String>,
    pub date: Option<String>,
    pub about: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// Holder name contains this (case-insensitive).
    pub by: Option<String>,
    /// About an entity whose name contains this.
    pub about: Option<String>,
    pub certainty: Option<String>,
    pub limit: usize,
}

/// An outlet with its domains and document count.
/// One side of a stored event: the entity as the document named it and its
/// CAMEO actor code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventActor {
    pub entity: Option<String>,
    pub name: Option<String>,
    pub ty: Option<String>,
    /// CAMEO actor code (`RUSMIL`).
    pub code: Option<String>,
    /// ISO 3166 alpha-3 (or CAMEO international code).
    pub country: Option<String>,
}

impl EventActor {
    /// For reading: "Russia (RUSMIL)", the name or the code alone when only
    /// one is known, `None` when neither is.
    pub fn label(&self) -> Option<String> {
        match (&self.name, &self.code) {
            (Some(n), Some(c)) => Some(format!("{n} ({c})")),
            (Some(n), None) => Some(n.clone()),
            (None, Some(c)) => Some(c.clone()),
            (None, None) => None,
        }
    }
}

/// A stored event with what is needed to weigh and trace it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    /// The document's near-duplicate group (its own id when it has none).
    pub group: String,
    pub id: String,
    pub code: String,
    pub root: String,
    pub label: String,
    /// The trigger's text.
    pub trigger: String,
    /// The text of the sentence the event is in.
    pub sentence_text: String,
    pub sentence: usize,
    pub source: EventActor,
    pub target: EventActor,
    pub date: Option<String>,
    pub goldstein: f64,
    pub certainty: String,
    pub negated: bool,
    /// The attribution that reports the event, if it is only reported.
    pub attribution: Option<String>,
    /// author → … → the reporting source; `["author"]` for the author's own
    /// statements.
    pub chain: Vec<String>,
}

/// Which events to read. An actor matches an event side by entity name
/// (case-insensitive, exact), by actor code, or by country code.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Events with this actor on either side.
    pub actor: Option<ActorMatch>,
    /// … and this one on the other side.
    pub other: Option<ActorMatch>,
    pub root: Option<String>,
    pub limit: usize,
}

/// Ways one actor can be named in a query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorMatch {
    /// Entity names (matched case-insensitively).
    pub names: Vec<String>,
    /// Country codes: every actor of those countries (`RUS` matches `RUSMIL`).
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutletRow {
    pub outlet: Outlet,
    pub documents: usize,
    pub kind: Option<String>,
    pub reliability: Option<String>,
}

/// What the registry knows about an outlet.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletRecord {
    pub outlet: Outlet,
    /// ISO 3166 country code or name, as the analyst entered it.
    pub country: Option<String>,
    /// `state_media`, `wire_agency`, `public_broadcaster`, `independent`, `blog`, ...
    pub kind: Option<String>,
    /// Admiralty source reliability grade, `A` (completely reliable) to `F`
    /// (cannot be judged).
    pub reliability: Option<String>,
    pub rationale: Option<String>,
    pub updated_at: Option<String>,
    pub documents: usize,
    /// Each domain with the first and last publication dates seen under it.
    pub domains: Vec<DomainUse>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DomainUse {
    pub domain: String,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// An analyst's edit of an outlet; `None` fields are left as they are.
#[derive(Debug, Clone, Default)]
pub struct OutletUpdate {
    pub name: Option<String>,
    pub country: Option<String>,
    pub kind: Option<String>,
    pub reliability: Option<String>,
    pub rationale: Option<String>,
    pub add_domains: Vec<String>,
}

/// The Admiralty (NATO) source-reliability grades.
pub const RELIABILITY_GRADES: &[(&str, &str)] = &[
    ("A", "completely reliable"),
    ("B", "usually reliable"),
    ("C", "fairly reliable"),
    ("D", "not usually reliable"),
    ("E", "unreliable"),
    ("F", "reliability cannot be judged"),
];

/// The operations every dossier store offers.
pub trait Store {
    /// Stores a document and its layers in one transaction.
    fn put(&mut self, doc: &Document, source: Option<&str>, pipeline: &str) -> Result<PutOutcome, StoreError>;
    fn contains(&self, id: &DocId) -> Result<bool, StoreError>;
    /// Every stored document id (for a batch to skip what it already has).
    fn ids(&self) -> Result<Vec<String>, StoreError>;
    /// A document by id or unique id prefix.
    fn get(&self, id_or_prefix: &str) -> Result<Option<StoredDocument>, StoreError>;
    fn list(&self, filter: &ListFilter) -> Result<Vec<DocSummary>, StoreError>;
    fn count(&self) -> Result<usize, StoreError>;
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError>;
    /// Entities across documents, most widespread first; placeholders that
    /// name no span of text (the "unknown source" holder) are left out, and
    /// an entity that no name stands for (an unnamed source such as
    /// "officials") is counted in its own document only, never merged with
    /// another document's entity of the same words.
    fn entities(&self, filter: &EntityFilter) -> Result<Vec<EntityRow>, StoreError>;
    fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, StoreError>;
    /// Events, oldest document first, with their sentence and chain.
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError>;
    /// The countries stored place entities with this name stand for
    /// ("Russia" → `RUS`), for queries by country name.
    fn countries_named(&self, name: &str) -> Result<Vec<String>, StoreError>;
    fn outlets(&self) -> Result<Vec<OutletRow>, StoreError>;
    /// An outlet by id, name or one of its domains.
    fn outlet_record(&self, key: &str) -> Result<Option<OutletRecord>, StoreError>;
    /// Creates or edits an outlet in the registry.
    fn update_outlet(&mut self, id: &str, update: &OutletUpdate) -> Result<(), StoreError>;
}

/// Turns free text into an FTS5 query: words are quoted (so punctuation
/// and FTS operators in user input cannot cause syntax errors) and
/// "quoted phrases" stay phrases; all terms must match.
pub fn fts_query(input: &str) -> Option<String> {
    let mut terms = Vec::new();
    for (i, part) in input.split('"').enumerate() {
        let words: Vec<String> =
            part.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
        if words.is_empty() {
            continue;
        }
        if i % 2 == 1 {
            terms.push(format!("\"{}\"", words.join(" ")));
        } else {
            terms.extend(words.into_iter().map(|w| format!("\"{w}\"")));
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_queries_are_quoted_and_safe() {
        assert_eq!(fts_query("missile Belarus").as_deref(), Some("\"missile\" \"belarus\""));
        assert_eq!(fts_query("\"firmly rejects\" minsk").as_deref(), Some("\"firmly rejects\" \"minsk\""));
        assert_eq!(fts_query("NOT OR* (\"").as_deref(), Some("\"not\" \"or\""));
        assert_eq!(fts_query("  -- ").as_deref(), None);
    }
}
