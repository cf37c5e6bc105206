//! Typed errors for the few things that can fail: reading files, loading or
//! saving a model. Messy text is never an error.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("bad model file {name}: {reason}")]
    Model { name: String, reason: String },
    #[error("no polnear data under {path}")]
    NoData { path: PathBuf },
}
