//! Read models shared by the JSON API and the pages: documents, search
//! hits, entities aggregated across documents, claims, outlets and the
//! timeline, computed from the [`Store`].
//!
//! Key decisions:
//! - One function per view, taking a store and plain filter values, so the
//!   page and the API endpoint of a resource show the same thing.
//! - Offsets on the wire are code points (the extraction JSON contract);
//!   byte spans never leave this crate.
//! - Cross-document views (entity, outlet, timeline) load stored documents
//!   and aggregate in memory. That is simple and exact for desk-sized stores
//!   (thousands of documents); each view caps how many documents it reads
//!   ([`MAX_SCAN`]) and says so when it hit the cap.

use crate::error::ApiError;
use dossier_export::json::OffsetMap;
use dossier_model::{Document, Holder, outlet_id_for_name};
use dossier_store::{ClaimFilter, ClaimRow, DocSummary, HIT_END, HIT_START, ListFilter, SqliteStore, Store};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use utoipa::ToSchema;

/// The most documents a cross-document view reads.
pub const MAX_SCAN: usize = 2000;

/// One line of a document listing.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DocumentSummary {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    /// The outlet's name.
    pub outlet: Option<String>,
    /// The outlet's id (for `/api/v1/outlets/{id}`).
    pub outlet_id: Option<String>,
    pub words: usize,
    pub entities: usize,
    pub attributions: usize,
    pub claims: usize,
}

impl From<DocSummary> for DocumentSummary {
    fn from(d: DocSummary) -> DocumentSummary {
        DocumentSummary {
            outlet_id: d.outlet.as_deref().map(outlet_id_for_name),
            id: d.id,
            title: d.title,
            url: d.url,
            published: d.published,
            outlet: d.outlet,
            words: d.words,
            entities: d.entities,
            attributions: d.attributions,
            claims: d.claims,
        }
    }
}

/// A page of documents.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DocumentPage {
    pub items: Vec<DocumentSummary>,
    pub limit: usize,
    pub offset: usize,
    /// The offset of the next page, or null on the last page.
    pub next_offset: Option<usize>,
    /// Documents in the whole store.
    pub total_in_store: usize,
}

/// Filters of a document listing (all optional).
#[derive(Debug, Clone, Default)]
pub struct DocumentQuery {
    pub outlet: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub entity: Option<String>,
    pub q: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

pub fn documents(store: &SqliteStore, q: &DocumentQuery) -> Result<DocumentPage, ApiError> {
    let limit = q.limit.clamp(1, 500);
    let filter = ListFilter {
        outlet: q.outlet.clone(),
        from: q.from.clone(),
        to: q.to.clone(),
        entity: q.entity.clone(),
        limit: limit + 1,
        offset: q.offset,
    };
    let mut rows: Vec<DocumentSummary> = match q.q.as_deref().filter(|s| !s.trim().is_empty()) {
        // Text queries go through full-text search; the other filters then
        // apply to its hits, keeping relevance order.
        Some(text) => {
            let allowed: Option<std::collections::HashSet<String>> =
                if q.outlet.is_some() || q.from.is_some() || q.to.is_some() || q.entity.is_some() {
                    Some(
                        store
                            .list(&ListFilter { limit: 0, offset: 0, ..filter.clone() })?
                            .into_iter()
                            .map(|d| d.id)
                            .collect(),
                    )
                } else {
                    None
                };
            store
                .search(text, 0)?
                .into_iter()
                .map(|h| h.summary)
                .filter(|d| allowed.as_ref().is_none_or(|a| a.contains(&d.id)))
                .skip(q.offset)
                .take(limit + 1)
                .map(DocumentSummary::from)
                .collect()
        }
        None => store.list(&filter)?.into_iter().map(DocumentSummary::from).collect(),
    };
    let next_offset = (rows.len() > limit).then_some(q.offset + limit);
    rows.truncate(limit);
    Ok(DocumentPage { items: rows, limit, offset: q.offset, next_offset, total_in_store: store.count()? })
}

/// A piece of a search snippet: matched words have `hit` set.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchHit {
    pub document: DocumentSummary,
    /// The passage around the match, as plain text.
    pub snippet: String,
    /// The same passage split into matched and unmatched parts.
    pub parts: Vec<SnippetPart>,
    /// BM25 relevance (lower is better).
    pub score: f64,
}

/// Splits a store snippet at its hit markers.
pub fn snippet_parts(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in snippet.chars() {
        if c == HIT_START || c == HIT_END {
            if !current.is_empty() {
                parts.push(SnippetPart { text: std::mem::take(&mut current), hit });
            }
            hit = c == HIT_START;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart { text: current, hit });
    }
    parts
}

pub fn search(store: &SqliteStore, q: &str, limit: usize) -> Result<Vec<SearchHit>, ApiError> {
    Ok(store
        .search(q, limit.clamp(1, 200))?
        .into_iter()
        .map(|h| {
            let parts = snippet_parts(&h.snippet);
            SearchHit {
                document: h.summary.into(),
                snippet: parts.iter().map(|p| p.text.as_str()).collect(),
                parts,
                score: h.score,
            }
        })
        .collect())
}

/// A claim with its document and chain of sources.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ClaimView {
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub published: Option<String>,
    pub id: String,
    pub text: String,
    /// Who holds it: an entity's name, an unresolved source, or `author`.
    pub holder: String,
    /// `["author", "agency", "minister"]`: who reports whom.
    pub chain: Vec<String>,
    pub certainty: String,
    pub negated: bool,
    /// The words of the holder's negated saying ("did not say") when the
    /// holder explicitly did not make this claim.
    pub unsaid: Option<String>,
    /// The speech act of the saying it was reported in; `None` for the
    /// author's own claims.
    pub speech_act: Option<String>,
    /// The cue words of that saying.
    pub cue: Option<String>,
    /// The date the claim is about (a TIMEX3 value), if known.
    pub date: Option<String>,
    /// Names of the entities it is about.
    pub about: Vec<String>,
}

impl From<ClaimRow> for ClaimView {
    fn from(c: ClaimRow) -> ClaimView {
        ClaimView {
            doc_id: c.doc_id,
            doc_title: c.doc_title,
            published: c.published,
            id: c.id,
            text: c.text,
            holder: c.holder,
            chain: c.chain,
            certainty: c.certainty,
            negated: c.negated,
            unsaid: c.unsaid,
            speech_act: c.speech_act,
            cue: c.cue,
            date: c.date,
            about: c.about,
        }
    }
}

impl ClaimView {
    /// The date used for filtering and sorting: the claim's own date when it
    /// is a calendar date, else the document's publication date.
    pub fn effective_date(&self) -> Option<&str> {
        self.date.as_deref().filter(|d| is_calendar(d)).or(self.published.as_deref()).map(|d| d.get(..10).unwrap_or(d))
    }
}

#[derive(Debug, Clone, Default)]
pub struct ClaimQuery {
    pub by: Option<String>,
    pub about: Option<String>,
    pub certainty: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// `date` (default), `holder`, `certainty` or `document`; `-` prefix
    /// for descending.
    pub sort: Option<String>,
    pub limit: usize,
}

pub fn claims(store: &SqliteStore, q: &ClaimQuery) -> Result<Vec<ClaimView>, ApiError> {
    if let Some(c) = &q.certainty
        && dossier_model::CertaintyLevel::parse(c).is_none()
    {
        return Err(ApiError::BadRequest(format!(
            "`{c}` is not a certainty level (asserted, almost_certain, very_likely, likely, even_chance, possible, \
             unlikely, very_unlikely, remote)"
        )));
    }
    let rows = store.claims(&ClaimFilter {
        by: q.by.clone(),
        about: q.about.clone(),
        certainty: q.certainty.clone(),
        limit: 0,
    })?;
    let mut out: Vec<ClaimView> = rows
        .into_iter()
        .map(ClaimView::from)
        .filter(|c| {
            let d = c.effective_date();
            q.from.as_deref().is_none_or(|f| d.is_some_and(|d| d >= f))
                && q.to.as_deref().is_none_or(|t| d.is_some_and(|d| d <= t))
        })
        .collect();
    let sort = q.sort.as_deref().unwrap_or("date");
    let (key, desc) = match sort.strip_prefix('-') {
        Some(k) => (k, true),
        None => (sort, false),
    };
    match key {
        "holder" => out.sort_by_key(|a| a.holder.to_lowercase()),
        "certainty" => out.sort_by_key(|c| dossier_model::CertaintyLevel::parse(&c.certainty)),
        "document" => out.sort_by(|a, b| a.doc_title.cmp(&b.doc_title)),
        "date" => out.sort_by(|a, b| a.effective_date().cmp(&b.effective_date())),
        other => {
            return Err(ApiError::BadRequest(format!(
                "cannot sort by `{other}` (use date, holder, certainty or document, with `-` for descending)"
            )));
        }
    }
    if desc {
        out.reverse();
    }
    out.truncate(q.limit.clamp(1, 5000));
    Ok(out)
}

/// An entity aggregated across documents (by name and type, as the store
/// does).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EntitySummary {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub documents: usize,
    pub mentions: usize,
}

/// One mention of an entity, with the rule that attached it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MentionView {
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub published: Option<String>,
    /// The entity's id within that document (`e3`).
    pub entity_id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `name`, `nominal`, `pronoun` or `demonym`.
    pub kind: String,
    /// The resolution rule that joined this mention to the entity; null for
    /// the mention that founded it.
    pub rule: Option<String>,
    /// The sentence around the mention.
    pub context: String,
}

/// Why names were merged into this entity: each distinct (text, rule) pair
/// with how often it occurred.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MergeReason {
    pub text: String,
    pub rule: Option<String>,
    pub kind: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    /// Documents in which both occur.
    pub documents: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EntityDetail {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub documents: Vec<DocumentSummary>,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
    pub merges: Vec<MergeReason>,
    /// Every mention, ordered by publication date then position.
    pub mentions: Vec<MentionView>,
    pub claims_by: Vec<ClaimView>,
    pub claims_about: Vec<ClaimView>,
    pub co_occurring: Vec<CoEntity>,
}

pub fn entities(
    store: &SqliteStore,
    ty: Option<String>,
    name: Option<String>,
    limit: usize,
) -> Result<Vec<EntitySummary>, ApiError> {
    Ok(store
        .entities(&dossier_store::EntityFilter { ty, name, limit: limit.clamp(1, 5000) })?
        .into_iter()
        .map(|e| EntitySummary { name: e.name, ty: e.ty, documents: e.documents, mentions: e.mentions })
        .collect())
}

/// The sentence containing byte offset `at`, trimmed.
fn sentence_text(doc: &Document, at: usize) -> String {
    match doc.sentence_at(at) {
        Some(i) => doc.slice(doc.sentences[i].span).trim().to_string(),
        None => String::new(),
    }
}

/// Loads the stored documents of a listing.
fn load_docs(store: &SqliteStore, filter: &ListFilter) -> Result<Vec<(DocSummary, Document)>, ApiError> {
    let mut out = Vec::new();
    for s in store.list(filter)? {
        if let Some(stored) = store.get(&s.id)? {
            out.push((s, stored.doc));
        }
    }
    Ok(out)
}

pub fn entity(store: &SqliteStore, ty: &str, name: &str) -> Result<EntityDetail, ApiError> {
    let ty = ty.to_ascii_uppercase();
    let docs = load_docs(store, &ListFilter { entity: Some(name.to_string()), limit: MAX_SCAN, ..Default::default() })?;
    let mut detail = EntityDetail {
        name: name.to_string(),
        ty: ty.clone(),
        documents: Vec::new(),
        aliases: Vec::new(),
        descriptions: Vec::new(),
        merges: Vec::new(),
        mentions: Vec::new(),
        claims_by: Vec::new(),
        claims_about: Vec::new(),
        co_occurring: Vec::new(),
    };
    let mut co: HashMap<(String, String), usize> = HashMap::new();
    let mut merges: BTreeMap<(String, Option<String>, String), usize> = BTreeMap::new();
    for (summary, doc) in docs {
        let Some(ent) = doc.entities.iter().find(|e| e.name == name && e.ty.as_str() == ty) else { continue };
        let map = OffsetMap::new(&doc.text);
        for a in &ent.aliases {
            if !detail.aliases.contains(a) {
                detail.aliases.push(a.clone());
            }
        }
        for d in &ent.descriptions {
            if !detail.descriptions.contains(d) {
                detail.descriptions.push(d.clone());
            }
        }
        for m in &ent.mentions {
            let kind = format!("{:?}", m.kind).to_lowercase();
            *merges.entry((doc.slice(m.span).to_string(), m.rule.clone(), kind.clone())).or_default() += 1;
            detail.mentions.push(MentionView {
                doc_id: summary.id.clone(),
                doc_title: summary.title.clone(),
                published: summary.published.clone(),
                entity_id: ent.id.clone(),
                start: map.cp(m.span.start),
                end: map.cp(m.span.end),
                text: doc.slice(m.span).to_string(),
                kind,
                rule: m.rule.clone(),
                context: sentence_text(&doc, m.span.start),
            });
        }
        let mut seen = std::collections::HashSet::new();
        for other in &doc.entities {
            if other.id != ent.id && seen.insert((other.name.clone(), other.ty.as_str())) {
                *co.entry((other.name.clone(), other.ty.as_str().to_string())).or_default() += 1;
            }
        }
        detail.documents.push(summary.into());
    }
    if detail.documents.is_empty() {
        return Err(ApiError::NotFound(format!("no {ty} entity named `{name}` in the store")));
    }
    detail
        .mentions
        .sort_by(|a, b| a.published.cmp(&b.published).then(a.doc_id.cmp(&b.doc_id)).then(a.start.cmp(&b.start)));
    detail.merges =
        merges.into_iter().map(|((text, rule, kind), count)| MergeReason { text, rule, kind, count }).collect();
    detail.merges.sort_by(|a, b| a.rule.is_some().cmp(&b.rule.is_some()).then(b.count.cmp(&a.count)));
    let mut co: Vec<CoEntity> =
        co.into_iter().map(|((name, ty), documents)| CoEntity { name, ty, documents }).collect();
    co.sort_by(|a, b| b.documents.cmp(&a.documents).then(a.name.cmp(&b.name)));
    co.truncate(30);
    detail.co_occurring = co;
    detail.claims_by = store
        .claims(&ClaimFilter { by: Some(name.to_string()), limit: 0, ..Default::default() })?
        .into_iter()
        .filter(|c| c.holder == name)
        .map(ClaimView::from)
        .collect();
    detail.claims_about = store
        .claims(&ClaimFilter { about: Some(name.to_string()), limit: 0, ..Default::default() })?
        .into_iter()
        .filter(|c| c.about.iter().any(|a| a == name))
        .map(ClaimView::from)
        .collect();
    Ok(detail)
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OutletSummary {
    pub id: String,
    pub name: String,
    /// Every domain it has published under, first seen first.
    pub domains: Vec<String>,
    pub documents: usize,
}

pub fn outlets(store: &SqliteStore) -> Result<Vec<OutletSummary>, ApiError> {
    Ok(store
        .outlets()?
        .into_iter()
        .map(|o| OutletSummary {
            id: o.outlet.id,
            name: o.outlet.name,
            domains: o.outlet.domains,
            documents: o.documents,
        })
        .collect())
}

/// What an outlet's articles attribute to one source.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SourceAttributions {
    /// The source's name (resolved entity, else its text).
    pub source: String,
    pub count: usize,
    /// Speech acts with their counts.
    pub speech_acts: Vec<NamedCount>,
    pub examples: Vec<AttributionExample>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NamedCount {
    pub name: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AttributionExample {
    pub doc_id: String,
    pub attribution: String,
    pub chain: Vec<String>,
    pub speech_act: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OutletDetail {
    pub outlet: OutletSummary,
    pub documents: Vec<DocumentSummary>,
    pub attributions: Vec<SourceAttributions>,
}

pub fn outlet(store: &SqliteStore, id: &str) -> Result<OutletDetail, ApiError> {
    let summary = outlets(store)?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or_else(|| ApiError::NotFound(format!("no outlet with id `{id}`")))?;
    let docs =
        load_docs(store, &ListFilter { outlet: Some(summary.id.clone()), limit: MAX_SCAN, ..Default::default() })?;
    let mut by_source: BTreeMap<String, SourceAttributions> = BTreeMap::new();
    let mut documents = Vec::new();
    for (s, doc) in docs {
        // The outlet filter matches by substring; keep only this outlet's.
        if s.outlet.as_deref().map(outlet_id_for_name).as_deref() != Some(id)
            && s.outlet.as_deref() != Some(&summary.name)
        {
            continue;
        }
        for a in &doc.attributions {
            let source = doc.source_name(a);
            let entry = by_source.entry(source.clone()).or_insert_with(|| SourceAttributions {
                source,
                count: 0,
                speech_acts: Vec::new(),
                examples: Vec::new(),
            });
            entry.count += 1;
            let act = a.speech_act.as_str().to_string();
            match entry.speech_acts.iter_mut().find(|c| c.name == act) {
                Some(c) => c.count += 1,
                None => entry.speech_acts.push(NamedCount { name: act.clone(), count: 1 }),
            }
            if entry.examples.len() < 5 {
                entry.examples.push(AttributionExample {
                    doc_id: doc.id.to_string(),
                    attribution: a.id.clone(),
                    chain: doc.chain(&a.id),
                    speech_act: act,
                    text: crate::html::truncate(doc.slice(a.content), 240),
                });
            }
        }
        documents.push(s.into());
    }
    let mut attributions: Vec<SourceAttributions> = by_source.into_values().collect();
    attributions.sort_by(|a, b| b.count.cmp(&a.count).then(a.source.cmp(&b.source)));
    Ok(OutletDetail { outlet: summary, documents, attributions })
}

/// One dated item on the timeline.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TimelineItem {
    /// `YYYY-MM-DD` (or `YYYY-MM` for a month).
    pub date: String,
    /// `date` (a time expression), `claim` or `event`.
    pub kind: String,
    /// The sentence or claim text.
    pub label: String,
    /// The words that gave the date.
    pub date_text: String,
    pub doc_id: String,
    pub doc_title: Option<String>,
    /// The element id in the reader page to jump to.
    pub anchor: String,
    /// Entities mentioned in the same sentence (the actors).
    pub actors: Vec<String>,
}

fn is_calendar(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && (b.len() == 7 || (b.len() >= 10 && b[7] == b'-' && b[8..10].iter().all(u8::is_ascii_digit)))
}

/// Dated items across the store: calendar-dated time expressions, dated
/// claims and dated events, optionally only those whose sentence mentions
/// `actor` (an entity name, case-insensitive substring).
pub fn timeline(store: &SqliteStore, actor: Option<&str>) -> Result<Vec<TimelineItem>, ApiError> {
    let actor = actor.map(str::to_lowercase).filter(|a| !a.trim().is_empty());
    let docs = load_docs(store, &ListFilter { limit: MAX_SCAN, ..Default::default() })?;
    let mut items = Vec::new();
    for (s, doc) in docs {
        let actors_at = |at: usize| -> Vec<String> {
            let Some(i) = doc.sentence_at(at) else { return Vec::new() };
            let span = doc.sentences[i].span;
            let mut names: Vec<String> = doc
                .entities
                .iter()
                .filter(|e| e.mentions.iter().any(|m| span.contains(m.span)))
                .map(|e| e.name.clone())
                .collect();
            names.dedup();
            names
        };
        let mut push = |date: &str, kind: &str, label: String, date_text: String, anchor: String, at: usize| {
            let actors = actors_at(at);
            if let Some(a) = &actor
                && !actors.iter().any(|n| n.to_lowercase().contains(a.as_str()))
            {
                return;
            }
            items.push(TimelineItem {
                date: date.get(..10).unwrap_or(date).to_string(),
                kind: kind.to_string(),
                label: crate::html::truncate(&label, 200),
                date_text,
                doc_id: s.id.clone(),
                doc_title: s.title.clone(),
                anchor,
                actors,
            });
        };
        for t in &doc.timexes {
            if t.ty == dossier_model::TimexType::Date && is_calendar(&t.value) {
                push(
                    &t.value,
                    "date",
                    sentence_text(&doc, t.span.start),
                    doc.slice(t.span).to_string(),
                    format!("x-{}", t.id),
                    t.span.start,
                );
            }
        }
        for c in &doc.claims {
            if let Some(d) = c.date.as_deref().filter(|d| is_calendar(d)) {
                let holder = doc.holder_name(&c.holder);
                push(
                    d,
                    "claim",
                    format!("{holder}: {}", doc.slice(c.span)),
                    d.to_string(),
                    format!("cl-{}", c.id),
                    c.span.start,
                );
            }
        }
        for e in &doc.events {
            if let Some(d) = e.date.as_deref().filter(|d| is_calendar(d)) {
                push(
                    d,
                    "event",
                    format!("{} ({})", e.label, sentence_text(&doc, e.trigger.start)),
                    d.to_string(),
                    format!("ev-{}", e.id),
                    e.trigger.start,
                );
            }
        }
    }
    items.sort_by(|a, b| a.date.cmp(&b.date).then(a.doc_id.cmp(&b.doc_id)));
    Ok(items)
}

/// The holder of a claim as shown in the reader.
pub fn holder_label(doc: &Document, h: &Holder) -> String {
    doc.holder_name(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_at_markers() {
        let s = format!("a {HIT_START}missile{HIT_END} b");
        assert_eq!(
            snippet_parts(&s),
            vec![
                SnippetPart { text: "a ".into(), hit: false },
                SnippetPart { text: "missile".into(), hit: true },
                SnippetPart { text: " b".into(), hit: false },
            ]
        );
    }

    #[test]
    fn calendar_values() {
        assert!(is_calendar("2025-03-02"));
        assert!(is_calendar("2025-03"));
        assert!(!is_calendar("XXXX-06-13"));
        assert!(!is_calendar("P3W"));
        assert!(!is_calendar("2025-W26"));
    }
}

/// One side of an event.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventActorView {
    /// The entity's name in its document.
    pub name: Option<String>,
    /// CAMEO actor code (`RUSMIL`).
    pub code: Option<String>,
    /// ISO 3166 alpha-3 (or CAMEO international code such as `NAT`).
    pub country: Option<String>,
}

/// An event with its actors, code, certainty and the chain that reports it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventView {
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    /// The event's id in its document (`v2`).
    pub id: String,
    /// CAMEO code (`112`, `195`).
    pub code: String,
    pub root: String,
    pub label: String,
    /// `verbal_cooperation`, `material_cooperation`, `verbal_conflict` or `material_conflict`.
    pub quad_class: Option<String>,
    pub trigger: String,
    pub sentence: usize,
    pub sentence_text: String,
    pub source: EventActorView,
    pub target: EventActorView,
    /// The date the event happened (TIMEX3 value), if the text gives one.
    pub date: Option<String>,
    pub goldstein: f64,
    pub certainty: String,
    pub negated: bool,
    /// `["author", "Ukraine"]`: who reports the event; `["author"]` when the author states it.
    pub chain: Vec<String>,
}

impl From<dossier_store::EventRow> for EventView {
    fn from(e: dossier_store::EventRow) -> EventView {
        let side = |a: dossier_store::EventActor| EventActorView { name: a.name, code: a.code, country: a.country };
        EventView {
            quad_class: dossier_model::QuadClass::of_root(&e.root).map(|q| q.as_str().to_string()),
            doc_id: e.doc_id,
            doc_title: e.doc_title,
            published: e.published,
            outlet: e.outlet,
            id: e.id,
            code: e.code,
            root: e.root,
            label: e.label,
            trigger: e.trigger,
            sentence: e.sentence,
            sentence_text: e.sentence_text,
            source: side(e.source),
            target: side(e.target),
            date: e.date,
            goldstein: e.goldstein,
            certainty: e.certainty,
            negated: e.negated,
            chain: e.chain,
        }
    }
}

/// Events, optionally between two actors or of one CAMEO root.
pub fn events(
    store: &SqliteStore,
    actor: Option<&str>,
    with: Option<&str>,
    root: Option<String>,
    limit: usize,
) -> Result<Vec<EventView>, ApiError> {
    let resolve = |q: &str| dossier_analysis::resolve_actor(store, q).map_err(analysis_error);
    let filter = dossier_store::EventFilter {
        actor: actor.map(resolve).transpose()?,
        other: with.map(resolve).transpose()?,
        root,
        limit,
    };
    Ok(store.events(&filter)?.into_iter().map(EventView::from).collect())
}

/// The tension index between two actors.
pub fn tension(
    store: &SqliteStore,
    query: &dossier_analysis::TensionQuery,
) -> Result<dossier_analysis::TensionReport, ApiError> {
    dossier_analysis::tension(store, query).map_err(analysis_error)
}

pub fn analysis_error(e: dossier_analysis::TensionError) -> ApiError {
    match e {
        dossier_analysis::TensionError::Store(s) => s.into(),
        other => ApiError::BadRequest(other.to_string()),
    }
}
