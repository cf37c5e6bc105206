//! The UI's stylesheet and script, compiled into the binary.
//!
//! Key decision: `include_str!` rather than files on disk, so `dossier serve`
//! works from any directory and offline, with nothing to install or build.
//! The file names carry no hash; a short cache lifetime keeps upgrades
//! visible.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

pub const CSS: &str = include_str!("../static/app.css");
pub const JS: &str = include_str!("../static/app.js");

pub fn router() -> axum::Router<crate::AppState> {
    axum::Router::new()
        .route("/static/app.css", get(|| async { asset("text/css; charset=utf-8", CSS) }))
        .route("/static/app.js", get(|| async { asset("text/javascript; charset=utf-8", JS) }))
}

fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=300")], body)
}
