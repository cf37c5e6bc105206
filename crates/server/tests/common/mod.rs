//! Helpers shared by the integration tests: a store built from the
//! project's example articles through the real pipeline, and requests
//! answered by the router without a socket.

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use dossier_server::{AppState, WritePolicy};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// A fresh store at `$CARGO_TARGET_TMPDIR/<name>.db` holding the example
/// articles, ingested through the same code as `POST /api/v1/documents`.
pub fn example_store(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(format!("{name}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let mut store = dossier_store::SqliteStore::open(&path).unwrap();
    let pipeline = dossier_nlp::default_pipeline();
    let n = dossier_server::ingest::ingest_dir(&mut store, &pipeline, &examples_dir()).unwrap();
    assert!(n >= 8, "expected the 8 example articles, read {n}");
    path
}

pub fn state(path: &Path, policy: WritePolicy) -> AppState {
    AppState::open(path, policy).unwrap()
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

pub async fn send(state: &AppState, req: Request<Body>) -> Answer {
    let res: Response<Body> = dossier_server::app(state.clone()).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub async fn get(state: &AppState, uri: &str) -> Answer {
    send(state, Request::get(uri).body(Body::empty()).unwrap()).await
}

pub async fn post(state: &AppState, uri: &str, content_type: &str, body: impl Into<Body>) -> Answer {
    send(state, Request::post(uri).header("content-type", content_type).body(body.into()).unwrap()).await
}
