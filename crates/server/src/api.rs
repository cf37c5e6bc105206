//! The JSON API under `/api/v1`, and its OpenAPI document.
//!
//! Key decisions:
//! - Every handler is annotated with `#[utoipa::path]`, and [`ApiDoc`]
//!   collects them, so `/api/v1/openapi.json` is generated from the code;
//!   [`ROUTES`] lists what the router serves, and a test checks each one is
//!   in the OpenAPI document and answers.
//! - One document is returned as the extraction JSON of
//!   `spec/extraction-v1.md` (code-point offsets), serialised straight from
//!   `dossier_export::extraction` without an intermediate `Value`.
//! - `POST /api/v1/documents` takes the article itself (`text/plain`,
//!   `text/markdown`, `text/html`) or JSON; anything else is 415. Size,
//!   token and cross-site checks come before any work.

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::ingest::{IngestJson, IngestRequest, IngestResult, parse_format};
use crate::security;
use crate::views::{
    self, ClaimView, DocumentPage, EntityDetail, EntitySummary, OutletDetail, OutletSummary, SearchHit,
};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dossier_store::Store;
use serde::Deserialize;
use std::sync::OnceLock;
use utoipa::{IntoParams, OpenApi};

/// Every API route the router serves: (method, OpenAPI path).
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/documents"),
    ("post", "/api/v1/documents"),
    ("get", "/api/v1/documents/{id}"),
    ("get", "/api/v1/search"),
    ("get", "/api/v1/entities"),
    ("get", "/api/v1/entities/{type}/{name}"),
    ("get", "/api/v1/claims"),
    ("get", "/api/v1/outlets"),
    ("get", "/api/v1/outlets/{id}"),
    ("get", "/api/v1/timeline"),
    ("get", "/api/v1/events"),
    ("get", "/api/v1/tension"),
    ("get", "/api/v1/openapi.json"),
];

pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/api/v1/documents", get(list_documents).post(create_document))
        .route("/api/v1/documents/{id}", get(get_document))
        .route("/api/v1/search", get(search))
        .route("/api/v1/entities", get(list_entities))
        .route("/api/v1/entities/{type}/{name}", get(get_entity))
        .route("/api/v1/claims", get(list_claims))
        .route("/api/v1/outlets", get(list_outlets))
        .route("/api/v1/outlets/{id}", get(get_outlet))
        .route("/api/v1/timeline", get(timeline))
        .route("/api/v1/events", get(list_events))
        .route("/api/v1/tension", get(tension))
        .route("/api/v1/openapi.json", get(openapi_json))
        .layer(DefaultBodyLimit::max(crate::MAX_BODY_BYTES))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "dossier",
        description = "Documents, entities, claims with their chains of sources, outlets and \
        search over a dossier store. Offsets are Unicode code points into `document.text`."
    ),
    paths(
        list_documents,
        create_document,
        get_document,
        search,
        list_entities,
        get_entity,
        list_claims,
        list_outlets,
        get_outlet,
        timeline,
        list_events,
        tension,
        openapi_json
    ),
    components(schemas(ErrorBody, IngestJson, IngestResult))
)]
pub struct ApiDoc;

/// The OpenAPI document as JSON text, built once.
pub fn openapi_text() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| ApiDoc::openapi().to_pretty_json().expect("the OpenAPI document serialises"))
}

fn json_bytes(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
}

/// Query parameters of the document listing.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentParams {
    /// Outlet id, name or domain (substring).
    pub outlet: Option<String>,
    /// Published on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// Published on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// Mentions an entity whose name contains this.
    pub entity: Option<String>,
    /// Full-text query (all words must match; "quoted phrases").
    pub q: Option<String>,
    /// Page size (1–500, default 50).
    pub limit: Option<usize>,
    /// How many to skip.
    pub offset: Option<usize>,
}

fn check_date(name: &str, v: &Option<String>) -> Result<Option<String>, ApiError> {
    match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(d) => {
            let b = d.as_bytes();
            let ok = b.len() >= 4
                && b[..4].iter().all(u8::is_ascii_digit)
                && d.chars().all(|c| c.is_ascii_digit() || c == '-');
            if ok {
                Ok(Some(d.to_string()))
            } else {
                Err(ApiError::BadRequest(format!("`{name}`: `{d}` is not a date (use YYYY-MM-DD)")))
            }
        }
    }
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl DocumentParams {
    pub fn into_query(self) -> Result<views::DocumentQuery, ApiError> {
        Ok(views::DocumentQuery {
            from: check_date("from", &self.from)?,
            to: check_date("to", &self.to)?,
            outlet: non_empty(self.outlet),
            entity: non_empty(self.entity),
            q: non_empty(self.q),
            limit: self.limit.unwrap_or(50),
            offset: self.offset.unwrap_or(0),
        })
    }
}

/// List documents, newest first, or by relevance when `q` is given.
#[utoipa::path(get, path = "/api/v1/documents", tag = "documents", params(DocumentParams),
    responses((status = 200, body = DocumentPage), (status = 400, body = ErrorBody)))]
async fn list_documents(
    State(state): State<AppState>,
    Query(params): Query<DocumentParams>,
) -> Result<Json<DocumentPage>, ApiError> {
    let q = params.into_query()?;
    Ok(Json(state.with_store(move |store, _| views::documents(store, &q)).await?))
}

/// One document as the extraction JSON (`dossier/extraction/v1`).
#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents",
    params(("id" = String, Path, description = "Document id or a unique prefix of it")),
    responses((status = 200, description = "The extraction JSON (spec/extraction-v1.md)", body = Object),
        (status = 404, body = ErrorBody)))]
async fn get_document(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let bytes = state
        .with_store(move |store, state| {
            // Serving the same document again is the common case (a reader
            // and its scripts, a notebook polling); the cache skips parsing
            // the stored document and serialising it again.
            let count = store.count()?;
            if let Some(bytes) = state.cached_json(&id, count) {
                return Ok(bytes);
            }
            let stored = store.get(&id)?.ok_or_else(|| ApiError::NotFound(format!("no document with id `{id}`")))?;
            let bytes = Bytes::from(
                serde_json::to_vec(&dossier_export::extraction(&stored.doc))
                    .map_err(|e| ApiError::internal(e.to_string()))?,
            );
            // Only full ids are cached: a prefix may become ambiguous later.
            if stored.doc.id.as_str() == id {
                state.cache_json(id, count, bytes.clone());
            }
            Ok(bytes)
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], bytes).into_response())
}

/// Query parameters of an ingest with a raw body.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IngestParams {
    /// The URL the article came from (sets its outlet).
    pub url: Option<String>,
    /// Publication date when the article has none (YYYY-MM-DD).
    pub published: Option<String>,
    /// `text`, `markdown` or `html` (default: from the content type).
    pub format: Option<String>,
}

/// Ingest one article: extract and store it.
///
/// The body is the article (`text/plain`, `text/markdown`, `text/html`) or
/// JSON (`{"text": …}` or `{"html": …}`). When the server requires a token,
/// send `Authorization: Bearer TOKEN`.
#[utoipa::path(post, path = "/api/v1/documents", tag = "documents", params(IngestParams),
    request_body(description = "The article, or JSON", content(
        (IngestJson = "application/json"), ("text/plain"), ("text/markdown"), ("text/html"))),
    responses(
        (status = 201, description = "Stored", body = IngestResult),
        (status = 200, description = "The same text was already stored", body = IngestResult),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn create_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<IngestParams>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    security::authorize_write(state.policy(), &headers)?;
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge { limit: crate::MAX_BODY_BYTES }
        } else {
            ApiError::BadRequest("could not read the request body".into())
        }
    })?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default();
    let request = match content_type.as_str() {
        "application/json" => {
            let json: IngestJson = serde_json::from_slice(&body)
                .map_err(|e| ApiError::BadRequest(format!("the JSON body is not valid: {e}")))?;
            json.into_request()?
        }
        "text/plain" | "text/markdown" | "text/html" | "application/xhtml+xml" => {
            let format = match params.format.as_deref() {
                Some(f) => parse_format(f)?,
                None => match content_type.as_str() {
                    "text/plain" => dossier_ingest::Format::Text,
                    "text/markdown" => dossier_ingest::Format::Markdown,
                    _ => dossier_ingest::Format::Html,
                },
            };
            IngestRequest { bytes: body.to_vec(), format, url: params.url.clone(), published: None }
        }
        "" => {
            return Err(ApiError::UnsupportedMediaType(
                "a Content-Type is required (text/plain, text/markdown, text/html or application/json)".into(),
            ));
        }
        other => {
            return Err(ApiError::UnsupportedMediaType(format!(
                "cannot ingest `{other}` (send text/plain, text/markdown, text/html or application/json)"
            )));
        }
    };
    let request =
        IngestRequest { url: request.url.or(params.url), published: request.published.or(params.published), ..request };
    let result = state.with_store(move |store, state| crate::ingest::ingest(store, state.pipeline(), request)).await?;
    let status = if result.status == "inserted" { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, [(header::LOCATION, result.location.clone())], Json(result)).into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to find (all must match); "quoted phrases" match as phrases.
    pub q: String,
    /// At most this many hits (1–200, default 20).
    pub limit: Option<usize>,
}

/// Full-text search, ranked, with snippets.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", params(SearchParams),
    responses((status = 200, body = Vec<SearchHit>), (status = 400, body = ErrorBody)))]
async fn search(
    State(state): State<AppState>,
    Query(p): Query<SearchParams>,
) -> Result<Json<Vec<SearchHit>>, ApiError> {
    let limit = p.limit.unwrap_or(20);
    Ok(Json(state.with_store(move |store, _| views::search(store, &p.q, limit)).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntityParams {
    /// Only this type (PERSON, ORG, GPE, LOC, FAC, NORP, EQUIPMENT, EVENT, MISC).
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub ty: Option<String>,
    /// Only names containing this.
    pub name: Option<String>,
    /// At most this many (default 100).
    pub limit: Option<usize>,
}

/// Entities across documents, aggregated by name and type, most documents first.
#[utoipa::path(get, path = "/api/v1/entities", tag = "entities", params(EntityParams),
    responses((status = 200, body = Vec<EntitySummary>), (status = 400, body = ErrorBody)))]
async fn list_entities(
    State(state): State<AppState>,
    Query(p): Query<EntityParams>,
) -> Result<Json<Vec<EntitySummary>>, ApiError> {
    let ty = non_empty(p.ty);
    if let Some(t) = &ty
        && dossier_model::EntityType::parse(t).is_none()
    {
        return Err(ApiError::BadRequest(format!("`{t}` is not an entity type")));
    }
    let limit = p.limit.unwrap_or(100);
    Ok(Json(state.with_store(move |store, _| views::entities(store, ty, non_empty(p.name), limit)).await?))
}

/// One entity: names and why they were merged, mentions, claims by and about it, co-occurring entities.
#[utoipa::path(get, path = "/api/v1/entities/{type}/{name}", tag = "entities",
    params(("type" = String, Path, description = "Entity type (PERSON, ORG, GPE …)"),
        ("name" = String, Path, description = "The entity's name, exactly")),
    responses((status = 200, body = EntityDetail), (status = 404, body = ErrorBody)))]
async fn get_entity(
    State(state): State<AppState>,
    Path((ty, name)): Path<(String, String)>,
) -> Result<Json<EntityDetail>, ApiError> {
    Ok(Json(state.with_store(move |store, _| views::entity(store, &ty, &name)).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ClaimParams {
    /// Held by a source whose name contains this.
    pub by: Option<String>,
    /// About an entity whose name contains this.
    pub entity: Option<String>,
    /// One certainty level (asserted, almost_certain, very_likely, likely, even_chance, possible, unlikely, very_unlikely, remote).
    pub certainty: Option<String>,
    /// Claim date (or publication date) on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// Claim date (or publication date) on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// `date`, `holder`, `certainty` or `document`; prefix `-` for descending.
    pub sort: Option<String>,
    /// At most this many (default 500).
    pub limit: Option<usize>,
}

impl ClaimParams {
    pub fn into_query(self) -> Result<views::ClaimQuery, ApiError> {
        Ok(views::ClaimQuery {
            from: check_date("from", &self.from)?,
            to: check_date("to", &self.to)?,
            by: non_empty(self.by),
            about: non_empty(self.entity),
            certainty: non_empty(self.certainty),
            sort: non_empty(self.sort),
            limit: self.limit.unwrap_or(500),
        })
    }
}

/// Claims with holder, chain of sources, certainty and date.
#[utoipa::path(get, path = "/api/v1/claims", tag = "claims", params(ClaimParams),
    responses((status = 200, body = Vec<ClaimView>), (status = 400, body = ErrorBody)))]
async fn list_claims(
    State(state): State<AppState>,
    Query(p): Query<ClaimParams>,
) -> Result<Json<Vec<ClaimView>>, ApiError> {
    let q = p.into_query()?;
    Ok(Json(state.with_store(move |store, _| views::claims(store, &q)).await?))
}

/// Outlets with every domain each has used.
#[utoipa::path(get, path = "/api/v1/outlets", tag = "outlets", responses((status = 200, body = Vec<OutletSummary>)))]
async fn list_outlets(State(state): State<AppState>) -> Result<Json<Vec<OutletSummary>>, ApiError> {
    Ok(Json(state.with_store(|store, _| views::outlets(store)).await?))
}

/// One outlet: domains, documents, and what its articles attribute to whom.
#[utoipa::path(get, path = "/api/v1/outlets/{id}", tag = "outlets",
    params(("id" = String, Path, description = "Outlet id (`o-baltic-wire`)")),
    responses((status = 200, body = OutletDetail), (status = 404, body = ErrorBody)))]
async fn get_outlet(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<OutletDetail>, ApiError> {
    Ok(Json(state.with_store(move |store, _| views::outlet(store, &id)).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TimelineParams {
    /// Only items whose sentence mentions an entity whose name contains this.
    pub actor: Option<String>,
}

/// Dated items (time expressions, dated claims and events) across documents, oldest first.
#[utoipa::path(get, path = "/api/v1/timeline", tag = "timeline", params(TimelineParams),
    responses((status = 200, body = Vec<views::TimelineItem>)))]
async fn timeline(
    State(state): State<AppState>,
    Query(p): Query<TimelineParams>,
) -> Result<Json<Vec<views::TimelineItem>>, ApiError> {
    Ok(Json(state.with_store(move |store, _| views::timeline(store, p.actor.as_deref())).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventParams {
    /// Events with this actor on either side: a name, an actor code (`RUSMIL`) or a country code (`RUS`).
    pub actor: Option<String>,
    /// … and this one on the other side (needs `actor`).
    pub with: Option<String>,
    /// Only this two-digit CAMEO root (`19` for fighting).
    pub root: Option<String>,
    /// At most this many (default 500).
    pub limit: Option<usize>,
}

/// Events between actors across documents, with CAMEO codes, certainty and chains.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventParams),
    responses((status = 200, body = Vec<views::EventView>), (status = 400, body = ErrorBody)))]
async fn list_events(
    State(state): State<AppState>,
    Query(p): Query<EventParams>,
) -> Result<Json<Vec<views::EventView>>, ApiError> {
    let actor = non_empty(p.actor);
    let with = non_empty(p.with);
    if with.is_some() && actor.is_none() {
        return Err(ApiError::BadRequest("`with` needs `actor`".into()));
    }
    let root = non_empty(p.root);
    if let Some(r) = &root
        && (r.len() != 2 || !r.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(ApiError::BadRequest(format!("`{r}` is not a two-digit CAMEO root")));
    }
    let limit = p.limit.unwrap_or(500);
    Ok(Json(
        state.with_store(move |store, _| views::events(store, actor.as_deref(), with.as_deref(), root, limit)).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TensionParams {
    /// First actor: a name (`Russia`), an actor code (`RUSMIL`) or a country code (`RUS`).
    pub a: String,
    /// Second actor.
    pub b: String,
    /// Events on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// Events on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// `day`, `week` or `month` (default).
    pub by: Option<String>,
}

/// The tension index between two actors: per period, incidents in each CAMEO quad class (facts apart from
/// claims), Goldstein sums, and every incident with the sentences that report it.
#[utoipa::path(get, path = "/api/v1/tension", tag = "events", params(TensionParams),
    responses((status = 200, description = "The tension report: `a`, `b`, `by`, `periods`, `total`, \
    `incidents` (each with its reports), `events`, `skipped`", body = Object), (status = 400, body = ErrorBody)))]
async fn tension(State(state): State<AppState>, Query(p): Query<TensionParams>) -> Result<Response, ApiError> {
    let day = |name: &str, v: Option<String>| -> Result<Option<chrono::NaiveDate>, ApiError> {
        match non_empty(v) {
            None => Ok(None),
            Some(d) => {
                dossier_analysis::parse_day(&d).map(Some).map_err(|e| ApiError::BadRequest(format!("`{name}`: {e}")))
            }
        }
    };
    let by = match non_empty(p.by) {
        None => dossier_analysis::Period::Month,
        Some(b) => b.parse().map_err(|e: dossier_analysis::TensionError| ApiError::BadRequest(e.to_string()))?,
    };
    let query = dossier_analysis::TensionQuery { a: p.a, b: p.b, from: day("from", p.from)?, to: day("to", p.to)?, by };
    let report = state.with_store(move |store, _| views::tension(store, &query)).await?;
    let bytes = serde_json::to_vec(&report).map_err(|e| ApiError::internal(format!("serialising the report: {e}")))?;
    Ok(json_bytes(bytes))
}

/// This API's OpenAPI document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "OpenAPI 3 document", body = Object)))]
async fn openapi_json() -> Response {
    json_bytes(openapi_text().as_bytes().to_vec())
}
