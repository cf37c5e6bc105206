//! Typed errors for the recogniser.
//!
//! Every variant that comes from an input names that input (a path, and a line
//! where one exists), so that a user who hands the trainer a broken file is told
//! exactly where to look. Messages are lower-case, in the style of the workspace.

use std::path::PathBuf;

/// Everything that can go wrong while reading data, loading a model or training.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be opened, read or written.
    #[error("cannot access {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A line of a CoNLL file is malformed.
    #[error("{path}:{line}: {message}")]
    Conll { path: PathBuf, line: usize, message: String },
    /// A model file is not a dossier-ner model, or is damaged.
    #[error("invalid model{}: {message}", .path.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default())]
    Model { path: Option<PathBuf>, message: String },
    /// A model file was written by an incompatible version of this crate.
    #[error(
        "model format version {found} is not supported (this build reads version {expected}); retrain with `dossier train ner`"
    )]
    Version { found: u32, expected: u32 },
    /// A gazetteer or cluster file is malformed.
    #[error("{path}:{line}: {message}")]
    Resource { path: PathBuf, line: usize, message: String },
    /// Training was asked to do something impossible (no data, zero epochs).
    #[error("invalid training input: {0}")]
    Training(String),
}

impl NerError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        NerError::Io { path: path.into(), source }
    }

    pub(crate) fn model(message: impl Into<String>) -> Self {
        NerError::Model { path: None, message: message.into() }
    }

    /// Attaches a path to a model error raised while parsing bytes.
    pub(crate) fn with_model_path(self, p: &std::path::Path) -> Self {
        match self {
            NerError::Model { path: None, message } => NerError::Model { path: Some(p.to_path_buf()), message },
            other => other,
        }
    }
}
