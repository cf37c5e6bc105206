//! `dossier-server`: the HTTP API (`/api/v1`) and the web UI over a dossier
//! store.
//!
//! Principal types: [`ServeConfig`] says where the store is and where to
//! listen; [`AppState`] holds the opened store (a small pool of SQLite
//! connections), the extraction pipeline and the write policy; [`app`]
//! builds the whole [`axum::Router`] from a state, so tests call it without
//! a socket; [`serve`] binds and runs it until Ctrl-C.
//!
//! Key decisions:
//! - Pages are rendered on the server (askama templates, escaped by
//!   default) and work without JavaScript; one small script adds tooltips
//!   and keyboard help. CSS and JS are compiled into the binary, so the UI
//!   works offline and there is no build step.
//! - The API and the pages share one layer of read models ([`views`]):
//!   what the entity page shows is exactly what `/api/v1/entities/…`
//!   returns, and both are tested through the router.
//! - Store calls are blocking (rusqlite); they run on tokio's blocking pool
//!   with a connection taken from a small pool, never on the async workers.
//! - The server is read-mostly and safe by default: it binds to loopback,
//!   write endpoints need a token when bound elsewhere, bodies are
//!   size-limited, every response carries a strict Content-Security-Policy
//!   (no inline scripts or styles), and errors never show internals.
//!
//! ```no_run
//! # async fn run() -> Result<(), dossier_server::ServerError> {
//! let config = dossier_server::ServeConfig::new("dossier.db");
//! dossier_server::serve(config).await
//! # }
//! ```

pub mod api;
mod assets;
pub mod error;
mod html;
pub mod ingest;
mod pages;
mod security;
pub mod state;
pub mod views;

pub use error::ApiError;
pub use state::{AppState, WritePolicy};

use std::net::SocketAddr;
use std::path::PathBuf;

/// The default address: loopback only, so a desk on a laptop is not
/// reachable from the network unless the user asks for it.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// The largest request body accepted (an ingested article, as text or HTML).
pub const MAX_BODY_BYTES: usize = 5 * 1024 * 1024;

/// What `dossier serve` needs to know.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The SQLite store; it must exist (create it with `dossier ingest`).
    pub db: PathBuf,
    /// Where to listen.
    pub bind: SocketAddr,
    /// The token write endpoints require (`Authorization: Bearer T`).
    /// Without one, writes are allowed on loopback and refused elsewhere.
    pub token: Option<String>,
}

impl ServeConfig {
    /// A configuration for `db` on the default loopback address, no token.
    pub fn new(db: impl Into<PathBuf>) -> ServeConfig {
        ServeConfig { db: db.into(), bind: DEFAULT_BIND.parse().expect("the default bind address parses"), token: None }
    }
}

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("{path}: no such store (create one with `dossier ingest PATH --db {path}`)")]
    NoStore { path: PathBuf },
    #[error(transparent)]
    Store(#[from] dossier_store::StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// Builds the whole application: API, pages, static files, and the
/// security layers around them.
pub fn app(state: AppState) -> axum::Router {
    let router = axum::Router::new().merge(api::router()).merge(pages::router()).merge(assets::router());
    security::layers(router.fallback(error::not_found).with_state(state))
}

/// Opens the store, binds `config.bind` and serves until Ctrl-C (or
/// SIGTERM), finishing requests in flight.
pub async fn serve(config: ServeConfig) -> Result<(), ServerError> {
    if !config.db.exists() {
        return Err(ServerError::NoStore { path: config.db.clone() });
    }
    let policy = WritePolicy::for_bind(&config.bind, config.token.clone());
    let state = AppState::open(&config.db, policy)?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| ServerError::Bind { addr: config.bind, source })?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, db = %config.db.display(), "serving");
    eprintln!("dossier: serving {} at http://{addr}/ (Ctrl-C to stop)", config.db.display());
    axum::serve(listener, app(state)).with_graceful_shutdown(shutdown_signal()).await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
