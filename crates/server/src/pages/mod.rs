//! The web UI: server-rendered pages over the same read models as the API.
//!
//! Key decisions:
//! - askama templates (`templates/`), checked at compile time and
//!   HTML-escaped by default. The only markup built in Rust is the reader's
//!   highlighted text ([`reader`]) and the timeline's SVG ([`timeline`]),
//!   both escaping every stored string.
//! - Every page works without JavaScript: filters are plain GET forms,
//!   sorting is links, side-panel entries are anchors. `app.js` only adds
//!   the tooltip and small keyboard conveniences.
//! - Page errors use the API's [`ApiError`] and render it as HTML with the
//!   same status.

pub mod reader;
pub mod timeline;

use crate::AppState;
use crate::error::ApiError;
use crate::html::{entity_href, query, safe_href};
use crate::views::{
    self, ClaimView, DocumentPage, DocumentSummary, EntityDetail, EntitySummary, OutletDetail, OutletSummary,
    SnippetPart,
};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use dossier_store::Store;
use serde::Deserialize;
use std::collections::HashMap;

pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/", get(library))
        .route("/documents/{id}", get(document))
        .route("/entities", get(entities))
        .route("/entities/{type}/{name}", get(entity))
        .route("/claims", get(claims))
        .route("/timeline", get(timeline_page))
        .route("/tension", get(tension_page))
        .route("/outlets", get(outlets))
        .route("/outlets/{id}", get(outlet))
}

/// An error answered as an HTML page.
pub struct PageError(pub ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> PageError {
        PageError(e)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    nav: &'static str,
    status: u16,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let message = self.0.public_message();
        // Log internal details exactly as the JSON path does.
        let _ = self.0.into_response();
        let page = ErrorPage { nav: "", status: status.as_u16(), message };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response(),
        }
    }
}

fn render(t: &impl Template) -> Result<Response, PageError> {
    t.render().map(|html| Html(html).into_response()).map_err(|e| PageError(ApiError::internal(e.to_string())))
}

fn date(d: &Option<String>) -> String {
    d.as_deref().map(|d| d.get(..10).unwrap_or(d).to_string()).unwrap_or_default()
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// One row of the library.
struct LibRow {
    doc: DocumentSummary,
    title: String,
    date: String,
    snippet: Vec<SnippetPart>,
}

#[derive(Template)]
#[template(path = "library.html")]
struct LibraryPage {
    nav: &'static str,
    q: String,
    outlet: String,
    from: String,
    to: String,
    entity: String,
    outlets: Vec<OutletSummary>,
    rows: Vec<LibRow>,
    page: DocumentPage,
    prev_href: Option<String>,
    next_href: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
struct LibraryParams {
    q: Option<String>,
    outlet: Option<String>,
    from: Option<String>,
    to: Option<String>,
    entity: Option<String>,
    offset: Option<usize>,
}

async fn library(State(state): State<AppState>, Query(p): Query<LibraryParams>) -> Result<Response, PageError> {
    let params = crate::api::DocumentParams {
        outlet: p.outlet.clone(),
        from: p.from.clone(),
        to: p.to.clone(),
        entity: p.entity.clone(),
        q: p.q.clone(),
        limit: Some(50),
        offset: p.offset,
    };
    let dq = params.into_query()?;
    let (page, hits, outlets) = state
        .with_store(move |store, _| {
            let page = views::documents(store, &dq)?;
            let hits = match &dq.q {
                Some(q) => views::search(store, q, 200)?,
                None => Vec::new(),
            };
            Ok((page, hits, views::outlets(store)?))
        })
        .await?;
    let mut snippets: HashMap<String, Vec<SnippetPart>> =
        hits.into_iter().map(|h| (h.document.id.clone(), h.parts)).collect();
    let rows = page
        .items
        .iter()
        .map(|d| LibRow {
            title: d.title.clone().unwrap_or_else(|| format!("untitled {}", &d.id[..8.min(d.id.len())])),
            date: date(&d.published),
            snippet: snippets.remove(&d.id).unwrap_or_default(),
            doc: d.clone(),
        })
        .collect();
    let (q, outlet, from, to, entity) = (opt(&p.q), opt(&p.outlet), opt(&p.from), opt(&p.to), opt(&p.entity));
    let link = |offset: usize| {
        let off = offset.to_string();
        query(&[("q", q), ("outlet", outlet), ("from", from), ("to", to), ("entity", entity), ("offset", &off)])
    };
    let prev_href = (page.offset > 0).then(|| format!("/{}", link(page.offset.saturating_sub(page.limit))));
    let next_href = page.next_offset.map(|n| format!("/{}", link(n)));
    render(&LibraryPage {
        nav: "library",
        q: q.into(),
        outlet: outlet.into(),
        from: from.into(),
        to: to.into(),
        entity: entity.into(),
        outlets,
        rows,
        page,
        prev_href,
        next_href,
    })
}

#[derive(Template)]
#[template(path = "reader.html")]
struct ReaderPage {
    nav: &'static str,
    id: String,
    title: String,
    outlet: Option<(String, String)>,
    published: String,
    published_source: String,
    authors: String,
    url: Option<String>,
    /// A URL that is not safe to link, shown as text.
    url_text: Option<String>,
    source: String,
    ingested_at: String,
    words: usize,
    reader: reader::Reader,
}

async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let page = state
        .with_store(move |store, _| {
            let stored = store.get(&id)?.ok_or_else(|| ApiError::NotFound(format!("no document with id `{id}`")))?;
            Ok(reader_page(&stored))
        })
        .await?;
    render(&page)
}

fn reader_page(stored: &dossier_store::StoredDocument) -> ReaderPage {
    let doc = &stored.doc;
    let url = doc.meta.url.as_deref();
    let reader = reader::build(doc);
    ReaderPage {
        nav: "library",
        id: doc.id.to_string(),
        title: doc.meta.title.clone().unwrap_or_else(|| "Untitled article".into()),
        outlet: doc.outlet.as_ref().map(|o| (o.name.clone(), format!("/outlets/{}", crate::html::encode(&o.id)))),
        published: doc.meta.published.as_ref().map(|p| p.value.clone()).unwrap_or_default(),
        published_source: doc
            .meta
            .published
            .as_ref()
            .map(|p| format!("{:?}", p.source).to_lowercase())
            .unwrap_or_default(),
        authors: doc.meta.authors.join(", "),
        url: url.and_then(safe_href).map(str::to_string),
        url_text: url.filter(|u| safe_href(u).is_none()).map(str::to_string),
        source: stored.source.clone().unwrap_or_default(),
        ingested_at: stored.ingested_at.clone(),
        words: doc.word_count(),
        reader,
    }
}

#[derive(Debug, Deserialize, Default)]
struct EntityListParams {
    #[serde(rename = "type")]
    ty: Option<String>,
    name: Option<String>,
}

struct EntityRowView {
    e: EntitySummary,
    href: String,
}

#[derive(Template)]
#[template(path = "entities.html")]
struct EntitiesPage {
    nav: &'static str,
    ty: String,
    name: String,
    types: Vec<&'static str>,
    rows: Vec<EntityRowView>,
}

const TYPES: &[&str] = &["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EQUIPMENT", "EVENT", "MISC"];

async fn entities(State(state): State<AppState>, Query(p): Query<EntityListParams>) -> Result<Response, PageError> {
    let ty = p.ty.clone().filter(|t| TYPES.contains(&t.to_ascii_uppercase().as_str()));
    let name = p.name.clone().filter(|n| !n.trim().is_empty());
    let (t2, n2) = (ty.clone(), name.clone());
    let rows = state.with_store(move |store, _| views::entities(store, t2, n2, 500)).await?;
    render(&EntitiesPage {
        nav: "entities",
        ty: ty.unwrap_or_default().to_ascii_uppercase(),
        name: name.unwrap_or_default(),
        types: TYPES.to_vec(),
        rows: rows.into_iter().map(|e| EntityRowView { href: entity_href(&e.ty, &e.name), e }).collect(),
    })
}

struct ClaimRowView {
    c: ClaimView,
    date: String,
    doc_href: String,
    anchor: String,
}

fn claim_rows(claims: Vec<ClaimView>) -> Vec<ClaimRowView> {
    claims
        .into_iter()
        .map(|c| ClaimRowView {
            date: c.effective_date().unwrap_or("").to_string(),
            doc_href: format!("/documents/{}", crate::html::encode(&c.doc_id)),
            anchor: format!("cl-{}", c.id),
            c,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "entity.html")]
struct EntityPage {
    nav: &'static str,
    e: EntityDetail,
    by: Vec<ClaimRowView>,
    about: Vec<ClaimRowView>,
    co: Vec<(String, String, String, usize)>,
    timeline_svg: String,
    timeline_href: String,
}

async fn entity(
    State(state): State<AppState>,
    Path((ty, name)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let e = state.with_store(move |store, _| views::entity(store, &ty, &name)).await?;
    let by = claim_rows(e.claims_by.clone());
    let about = claim_rows(e.claims_about.clone());
    let co = e
        .co_occurring
        .iter()
        .map(|c| (c.name.clone(), c.ty.clone(), entity_href(&c.ty, &c.name), c.documents))
        .collect();
    let points: Vec<timeline::Point> = e
        .mentions
        .iter()
        .filter_map(|m| {
            let d = m.published.as_deref()?.get(..10)?.to_string();
            Some(timeline::Point {
                date: d,
                kind: "mention".into(),
                label: format!("{} — {}", m.text, crate::html::truncate(&m.context, 120)),
                href: format!(
                    "/documents/{}#m-{}-0",
                    crate::html::encode(&m.doc_id),
                    crate::html::encode(&m.entity_id)
                ),
            })
        })
        .collect();
    render(&EntityPage {
        nav: "entities",
        timeline_svg: timeline::svg(&points, "Mentions by publication date"),
        timeline_href: format!("/timeline{}", query(&[("actor", &e.name)])),
        by,
        about,
        co,
        e,
    })
}

#[derive(Debug, Deserialize, Default)]
struct ClaimPageParams {
    by: Option<String>,
    entity: Option<String>,
    certainty: Option<String>,
    from: Option<String>,
    to: Option<String>,
    sort: Option<String>,
}

#[derive(Template)]
#[template(path = "claims.html")]
struct ClaimsPage {
    nav: &'static str,
    by: String,
    entity: String,
    certainty: String,
    from: String,
    to: String,
    levels: Vec<&'static str>,
    rows: Vec<ClaimRowView>,
    /// (column label, sort key, link, aria-sort value)
    columns: Vec<(&'static str, String, &'static str)>,
}

async fn claims(State(state): State<AppState>, Query(p): Query<ClaimPageParams>) -> Result<Response, PageError> {
    let params = crate::api::ClaimParams {
        by: p.by.clone(),
        entity: p.entity.clone(),
        certainty: p.certainty.clone().filter(|c| !c.is_empty()),
        from: p.from.clone(),
        to: p.to.clone(),
        sort: p.sort.clone(),
        limit: Some(1000),
    };
    let q = params.into_query()?;
    let rows = state.with_store(move |store, _| views::claims(store, &q)).await?;
    let (by, entity, certainty, from, to) = (opt(&p.by), opt(&p.entity), opt(&p.certainty), opt(&p.from), opt(&p.to));
    let current = p.sort.clone().unwrap_or_else(|| "date".into());
    let columns = [("Holder", "holder"), ("Certainty", "certainty"), ("Date", "date"), ("Document", "document")]
        .into_iter()
        .map(|(label, key)| {
            let (next, aria) = if current == key {
                (format!("-{key}"), "ascending")
            } else if current == format!("-{key}") {
                (key.to_string(), "descending")
            } else {
                (key.to_string(), "none")
            };
            let href = format!(
                "/claims{}",
                query(&[
                    ("by", by),
                    ("entity", entity),
                    ("certainty", certainty),
                    ("from", from),
                    ("to", to),
                    ("sort", &next)
                ])
            );
            (label, href, aria)
        })
        .collect();
    render(&ClaimsPage {
        nav: "claims",
        by: by.into(),
        entity: entity.into(),
        certainty: certainty.into(),
        from: from.into(),
        to: to.into(),
        levels: dossier_model::CertaintyLevel::ALL.iter().map(|l| l.as_str()).collect(),
        rows: claim_rows(rows),
        columns,
    })
}

#[derive(Debug, Deserialize, Default)]
struct TimelineParams {
    actor: Option<String>,
}

#[derive(Template)]
#[template(path = "timeline.html")]
struct TimelinePage {
    nav: &'static str,
    actor: String,
    svg: String,
    items: Vec<(views::TimelineItem, String)>,
}

async fn timeline_page(State(state): State<AppState>, Query(p): Query<TimelineParams>) -> Result<Response, PageError> {
    let actor = p.actor.clone().unwrap_or_default();
    let a2 = actor.clone();
    let items = state.with_store(move |store, _| views::timeline(store, Some(&a2))).await?;
    let points: Vec<timeline::Point> = items
        .iter()
        .map(|i| timeline::Point {
            date: i.date.clone(),
            kind: i.kind.clone(),
            label: i.label.clone(),
            href: format!("/documents/{}#{}", crate::html::encode(&i.doc_id), crate::html::encode(&i.anchor)),
        })
        .collect();
    render(&TimelinePage {
        nav: "timeline",
        svg: timeline::svg(&points, "Dated items"),
        items: items
            .into_iter()
            .map(|i| {
                let href = format!("/documents/{}#{}", crate::html::encode(&i.doc_id), crate::html::encode(&i.anchor));
                (i, href)
            })
            .collect(),
        actor,
    })
}

#[derive(Debug, Deserialize, Default)]
struct TensionParams {
    a: Option<String>,
    b: Option<String>,
    by: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

#[derive(Template)]
#[template(path = "tension.html")]
struct TensionPage {
    nav: &'static str,
    a: String,
    b: String,
    by: String,
    from: String,
    to: String,
    report: Option<dossier_analysis::TensionReport>,
    /// The report's periods and, when there are several, the total.
    rows: Vec<dossier_analysis::PeriodRow>,
    /// Actor pairs with the most events: (a, b, events, link).
    pairs: Vec<(String, String, usize, String)>,
}

async fn tension_page(State(state): State<AppState>, Query(p): Query<TensionParams>) -> Result<Response, PageError> {
    let text = |v: Option<String>| v.map(|s| s.trim().to_string()).unwrap_or_default();
    let (a, b, by, from, to) = (text(p.a), text(p.b), text(p.by), text(p.from), text(p.to));
    let by = if by.is_empty() { "month".to_string() } else { by };
    let day = |name: &str, v: &str| -> Result<Option<chrono::NaiveDate>, PageError> {
        if v.is_empty() {
            return Ok(None);
        }
        dossier_analysis::parse_day(v).map(Some).map_err(|e| PageError(ApiError::BadRequest(format!("{name}: {e}"))))
    };
    let period: dossier_analysis::Period =
        by.parse().map_err(|e: dossier_analysis::TensionError| PageError(ApiError::BadRequest(e.to_string())))?;
    let (from_day, to_day) = (day("from", &from)?, day("to", &to)?);
    let (report, pairs) = if a.is_empty() || b.is_empty() {
        (
            None,
            state
                .with_store(|store, _| dossier_analysis::busiest_pairs(store, 12).map_err(views::analysis_error))
                .await?,
        )
    } else {
        let query =
            dossier_analysis::TensionQuery { a: a.clone(), b: b.clone(), from: from_day, to: to_day, by: period };
        (Some(state.with_store(move |store, _| views::tension(store, &query)).await?), Vec::new())
    };
    let rows = match &report {
        Some(r) if r.periods.len() > 1 => r.periods.iter().chain(std::iter::once(&r.total)).cloned().collect(),
        Some(r) => r.periods.clone(),
        None => Vec::new(),
    };
    let pairs = pairs
        .into_iter()
        .map(|(x, y, n)| {
            let href = format!("/tension{}", query(&[("a", &x), ("b", &y)]));
            (x, y, n, href)
        })
        .collect();
    render(&TensionPage { nav: "tension", a, b, by, from, to, report, rows, pairs })
}

#[derive(Template)]
#[template(path = "outlets.html")]
struct OutletsPage {
    nav: &'static str,
    rows: Vec<(OutletSummary, String)>,
}

async fn outlets(State(state): State<AppState>) -> Result<Response, PageError> {
    let rows = state.with_store(|store, _| views::outlets(store)).await?;
    render(&OutletsPage {
        nav: "outlets",
        rows: rows
            .into_iter()
            .map(|o| {
                let href = format!("/outlets/{}", crate::html::encode(&o.id));
                (o, href)
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "outlet.html")]
struct OutletPage {
    nav: &'static str,
    o: OutletDetail,
    docs: Vec<(DocumentSummary, String, String)>,
}

async fn outlet(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let o = state.with_store(move |store, _| views::outlet(store, &id)).await?;
    let docs = o
        .documents
        .iter()
        .map(|d| (d.clone(), d.title.clone().unwrap_or_else(|| "untitled".into()), date(&d.published)))
        .collect();
    render(&OutletPage { nav: "outlets", o, docs })
}
