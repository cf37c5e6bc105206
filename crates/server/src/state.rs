//! The shared state of a running server: the store, the pipeline and the
//! write policy.
//!
//! Key decision: rusqlite's `Connection` is `Send` but not `Sync`, so the
//! state keeps a small pool of opened [`SqliteStore`]s behind a mutex. A
//! request takes one out, uses it on tokio's blocking pool and puts it back;
//! the mutex is held only for the push and pop, never during a query. The
//! database runs in WAL mode, so readers and the occasional writer (an
//! ingest) do not block each other.

use crate::error::ApiError;
use axum::body::Bytes;
use dossier_nlp::Pipeline;
use dossier_store::{SqliteStore, StoreError};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// How many idle connections are kept; more are opened under load and
/// closed when the pool is full.
const POOL_SIZE: usize = 8;

/// Who may call write endpoints (`POST /api/v1/documents`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WritePolicy {
    /// Anyone who can reach the server (loopback binds without a token).
    Open,
    /// Callers presenting this token (`Authorization: Bearer …`).
    Token(String),
    /// Nobody: the server is reachable from the network and no token was
    /// configured.
    Closed,
}

impl WritePolicy {
    /// The policy for a bind address: a token always wins; without one,
    /// writes are open on loopback and closed elsewhere.
    pub fn for_bind(bind: &SocketAddr, token: Option<String>) -> WritePolicy {
        match token.filter(|t| !t.is_empty()) {
            Some(t) => WritePolicy::Token(t),
            None if bind.ip().is_loopback() => WritePolicy::Open,
            None => WritePolicy::Closed,
        }
    }
}

/// How many serialised documents the JSON cache keeps before it starts
/// over.
const JSON_CACHE_SIZE: usize = 512;

struct Inner {
    path: PathBuf,
    pool: Mutex<Vec<SqliteStore>>,
    pipeline: OnceLock<Pipeline>,
    policy: WritePolicy,
    /// Extraction JSON by full document id, with the store's document count
    /// when it was made. A document's text never changes (its id is the
    /// hash of it), but its outlet's domain list grows when later documents
    /// of the same outlet arrive; any new document, from this server or
    /// another process, changes the count and so retires the entry.
    json_cache: Mutex<HashMap<String, (usize, Bytes)>>,
}

/// Cheap to clone: every handler gets one.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

impl AppState {
    /// Opens the store at `path` (one connection now, to report a bad file
    /// at startup rather than on the first request).
    pub fn open(path: &Path, policy: WritePolicy) -> Result<AppState, StoreError> {
        let first = SqliteStore::open(path)?;
        Ok(AppState {
            inner: Arc::new(Inner {
                path: path.to_path_buf(),
                pool: Mutex::new(vec![first]),
                pipeline: OnceLock::new(),
                policy,
                json_cache: Mutex::new(HashMap::new()),
            }),
        })
    }

    pub fn policy(&self) -> &WritePolicy {
        &self.inner.policy
    }

    pub fn db_path(&self) -> &Path {
        &self.inner.path
    }

    /// The extraction pipeline, loaded on first use: read-only servers
    /// never pay for loading the NER model.
    pub fn pipeline(&self) -> &Pipeline {
        self.inner.pipeline.get_or_init(dossier_nlp::default_pipeline)
    }

    /// The cached extraction JSON of document `id`, if it was made when the
    /// store held `count` documents.
    pub fn cached_json(&self, id: &str, count: usize) -> Option<Bytes> {
        let cache = self.inner.json_cache.lock().unwrap_or_else(|p| p.into_inner());
        cache.get(id).filter(|(c, _)| *c == count).map(|(_, bytes)| bytes.clone())
    }

    pub fn cache_json(&self, id: String, count: usize, bytes: Bytes) {
        let mut cache = self.inner.json_cache.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= JSON_CACHE_SIZE {
            cache.clear();
        }
        cache.insert(id, (count, bytes));
    }

    fn take(&self) -> Result<SqliteStore, StoreError> {
        let pooled = self.inner.pool.lock().unwrap_or_else(|p| p.into_inner()).pop();
        match pooled {
            Some(store) => Ok(store),
            None => SqliteStore::open(&self.inner.path),
        }
    }

    fn give_back(&self, store: SqliteStore) {
        let mut pool = self.inner.pool.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < POOL_SIZE {
            pool.push(store);
        }
    }

    /// Runs `f` with a store connection on the blocking pool. A panic in
    /// `f` becomes an internal error (and the connection is dropped).
    pub async fn with_store<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut SqliteStore, &AppState) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut store = state.take()?;
            let result = f(&mut store, &state);
            state.give_back(store);
            result
        })
        .await
        .map_err(|e| ApiError::internal(format!("store task failed: {e}")))?
    }
}
