//! Typed errors for the tagger and parser. Every error that comes from an
//! input names it (a path, a document inside an archive, a line).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// A file could not be opened, read or written.
    #[error("cannot access {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A line of a CoNLL-U file is malformed.
    #[error("{file}:{line}: {message}")]
    Conllu { file: String, line: usize, message: String },
    /// A tar archive is malformed.
    #[error("{path}: malformed tar archive: {message}")]
    Archive { path: PathBuf, message: String },
    /// A model file is not a dossier-syntax model, or is damaged.
    #[error("invalid syntax model{}: {message}", .path.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default())]
    Model { path: Option<PathBuf>, message: String },
    /// A model file was written by an incompatible version of this crate.
    #[error(
        "syntax model format version {found} is not supported (this build reads version {expected}); retrain with `dossier train syntax`"
    )]
    Version { found: u32, expected: u32 },
    /// Training or evaluation was asked to do something impossible.
    #[error("invalid input: {0}")]
    Input(String),
}

impl SyntaxError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        SyntaxError::Io { path: path.into(), source }
    }

    pub(crate) fn model(message: impl Into<String>) -> Self {
        SyntaxError::Model { path: None, message: message.into() }
    }

    pub(crate) fn with_model_path(self, p: &std::path::Path) -> Self {
        match self {
            SyntaxError::Model { path: None, message } => SyntaxError::Model { path: Some(p.to_path_buf()), message },
            other => other,
        }
    }
}
