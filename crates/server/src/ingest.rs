//! Ingesting one article sent over HTTP: bytes in, extracted and stored
//! document out.
//!
//! Key decision: the server reads articles exactly as the CLI does
//! (`dossier_ingest::read_bytes`, then the default pipeline, then
//! `Store::put`), so a document ingested through the API is byte-for-byte
//! the document `dossier ingest` would store. Reader errors about the input
//! (empty, binary, no article text) become 422 with the reader's message,
//! which names only "request body".

use crate::error::ApiError;
use dossier_ingest::{Format, IngestError, ReadOptions};
use dossier_nlp::Pipeline;
use dossier_store::{PutOutcome, SqliteStore, Store};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An article to ingest, after the HTTP layer has decoded the request.
#[derive(Debug, Clone)]
pub struct IngestRequest {
    pub bytes: Vec<u8>,
    pub format: Format,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// The JSON form of `POST /api/v1/documents` (the body may also be the
/// article itself, as `text/plain`, `text/markdown` or `text/html`).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IngestJson {
    /// The article as plain text (or Markdown with `format`).
    pub text: Option<String>,
    /// The article as an HTML page; its main text is extracted.
    pub html: Option<String>,
    /// `text`, `markdown` or `html`; inferred when absent.
    pub format: Option<String>,
    /// The URL the article came from (sets its outlet).
    pub url: Option<String>,
    /// Publication date (YYYY-MM-DD or RFC 3339) when the article has none.
    pub published: Option<String>,
}

impl IngestJson {
    pub fn into_request(self) -> Result<IngestRequest, ApiError> {
        let (body, default_format) = match (self.text, self.html) {
            (Some(t), None) => (t, Format::Text),
            (None, Some(h)) => (h, Format::Html),
            (Some(_), Some(_)) => return Err(ApiError::BadRequest("give either `text` or `html`, not both".into())),
            (None, None) => return Err(ApiError::BadRequest("the JSON body needs a `text` or an `html` field".into())),
        };
        let format = match self.format.as_deref() {
            None => default_format,
            Some(f) => parse_format(f)?,
        };
        Ok(IngestRequest { bytes: body.into_bytes(), format, url: self.url, published: self.published })
    }
}

pub fn parse_format(f: &str) -> Result<Format, ApiError> {
    match f.to_ascii_lowercase().as_str() {
        "text" | "txt" | "plain" => Ok(Format::Text),
        "markdown" | "md" => Ok(Format::Markdown),
        "html" => Ok(Format::Html),
        other => Err(ApiError::BadRequest(format!("unknown format `{other}` (use text, markdown or html)"))),
    }
}

/// What happened to an ingested article.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IngestResult {
    pub id: String,
    /// `inserted`, or `already_stored` when the same text was stored before.
    pub status: String,
    pub title: Option<String>,
    /// Where the extraction JSON can be read.
    pub location: String,
    pub entities: usize,
    pub timexes: usize,
    pub attributions: usize,
    pub claims: usize,
    pub events: usize,
    pub evidence: usize,
}

/// Reads, extracts and stores one article.
pub fn ingest(store: &mut SqliteStore, pipeline: &Pipeline, req: IngestRequest) -> Result<IngestResult, ApiError> {
    let published = match req.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(dossier_ingest::dates::parse_date(p).ok_or_else(|| {
            ApiError::BadRequest(format!("`published`: `{p}` is not a date (use YYYY-MM-DD or RFC 3339)"))
        })?),
        None => None,
    };
    if let Some(u) = &req.url
        && crate::html::safe_href(u).is_none()
    {
        return Err(ApiError::BadRequest("`url` must be an absolute http or https URL".into()));
    }
    let opts = ReadOptions {
        url: req.url.clone(),
        published,
        published_from: None,
        format: Some(req.format),
        max_bytes: crate::MAX_BODY_BYTES as u64,
    };
    let mut doc = dossier_ingest::read_bytes(&req.bytes, "request body", req.format, &opts).map_err(|e| match e {
        IngestError::TooLarge { .. } => ApiError::PayloadTooLarge { limit: crate::MAX_BODY_BYTES },
        IngestError::Empty { .. } | IngestError::Binary { .. } | IngestError::NoText { .. } => {
            ApiError::Unprocessable(e.to_string())
        }
        other => ApiError::internal(other.to_string()),
    })?;
    pipeline.run(&mut doc);
    let outcome = store.put(&doc, Some(req.url.as_deref().unwrap_or("http")), &pipeline.signature())?;
    Ok(IngestResult {
        id: doc.id.to_string(),
        status: match outcome {
            PutOutcome::Inserted => "inserted",
            PutOutcome::AlreadyStored => "already_stored",
        }
        .to_string(),
        title: doc.meta.title.clone(),
        location: format!("/api/v1/documents/{}", doc.id),
        entities: doc.entities.len(),
        timexes: doc.timexes.len(),
        attributions: doc.attributions.len(),
        claims: doc.claims.len(),
        events: doc.events.len(),
        evidence: doc.evidence.len(),
    })
}

/// Ingests every article file under `dir` (non-recursive, sorted) into
/// `store`; used to build demo and test stores. Returns how many were read.
pub fn ingest_dir(store: &mut SqliteStore, pipeline: &Pipeline, dir: &std::path::Path) -> Result<usize, ApiError> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| ApiError::internal(format!("{}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| Format::from_path(p).is_some() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    paths.sort();
    let mut n = 0;
    for p in paths {
        let bytes = std::fs::read(&p).map_err(|e| ApiError::internal(format!("{}: {e}", p.display())))?;
        let format = Format::from_path(&p).unwrap_or(Format::Text);
        ingest(store, pipeline, IngestRequest { bytes, format, url: None, published: None })?;
        n += 1;
    }
    Ok(n)
}
