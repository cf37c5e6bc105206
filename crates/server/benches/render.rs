//! Server-side page rendering on the demo store: the library page and a
//! reader page of about 2,000 words, each answered by the full router
//! (store read, views, template) without a socket. Target: < 50 ms.
//!
//! Run: `cargo bench -p dossier-server --bench render`.

use axum::body::Body;
use axum::http::Request;
use criterion::{Criterion, criterion_group, criterion_main};
use dossier_server::{AppState, WritePolicy};
use http_body_util::BodyExt;
use std::path::Path;
use tower::ServiceExt;

/// The demo store (the example articles) plus one long article made of
/// three of them, for the 2,000-word reader page.
fn build_store(dir: &Path) -> (std::path::PathBuf, String) {
    let path = dir.join("bench.db");
    let mut store = dossier_store::SqliteStore::open(&path).unwrap();
    let pipeline = dossier_nlp::default_pipeline();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    dossier_server::ingest::ingest_dir(&mut store, &pipeline, &examples).unwrap();
    let mut long = String::from("Three incidents, one week: a long read\nBy Desk Staff — 7 March 2025\n\n");
    for name in ["01-poland-belarus-missile.txt", "02-gulf-of-finland-cable.txt", "03-romania-drone-incursion.txt"] {
        let text = std::fs::read_to_string(examples.join(name)).unwrap();
        // Skip each article's headline and byline lines.
        long.push_str(text.splitn(3, '\n').nth(2).unwrap_or(&text));
        long.push_str("\n\n");
    }
    let req = dossier_server::ingest::IngestRequest {
        bytes: long.into_bytes(),
        format: dossier_ingest::Format::Text,
        url: None,
        published: None,
    };
    let result = dossier_server::ingest::ingest(&mut store, &pipeline, req).unwrap();
    (path, result.id)
}

async fn fetch(state: &AppState, uri: &str) -> usize {
    let res = dossier_server::app(state.clone()).oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    assert!(res.status().is_success(), "{uri}: {}", res.status());
    res.into_body().collect().await.unwrap().to_bytes().len()
}

fn pages(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (path, long_id) = build_store(dir.path());
    let state = AppState::open(&path, WritePolicy::Open).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let words = {
        let store = dossier_store::SqliteStore::open(&path).unwrap();
        dossier_store::Store::get(&store, &long_id).unwrap().unwrap().doc.word_count()
    };
    eprintln!("reader page document: {words} words");
    let reader_uri = format!("/documents/{long_id}");
    let json_uri = format!("/api/v1/documents/{long_id}");
    c.bench_function("library page", |b| b.iter(|| rt.block_on(fetch(&state, "/"))));
    c.bench_function("reader page (2,000 words)", |b| b.iter(|| rt.block_on(fetch(&state, &reader_uri))));
    c.bench_function("document JSON (2,000 words)", |b| b.iter(|| rt.block_on(fetch(&state, &json_uri))));
    c.bench_function("entity page", |b| b.iter(|| rt.block_on(fetch(&state, "/entities/GPE/Poland"))));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = pages
}
criterion_main!(benches);
