//! Part-of-speech tagging and dependency parsing for dossier: an averaged
//! perceptron tagger (UPOS) and a greedy arc-hybrid parser trained with a
//! dynamic oracle, plus a relation labeller, all on Universal Dependencies
//! (GUM). See README.md for the method, the data and the figures.
//!
//! ```no_run
//! let model = dossier_syntax::Model::embedded().expect("shipped model");
//! let parsed = model.parse(&["The", "minister", "said", "it", "was", "launched", "."]);
//! assert_eq!(parsed[2].head, 0); // "said" is the root
//! ```

pub mod conllu;
pub mod error;
pub mod eval;
mod features;
mod linear;
pub mod model;
pub mod train;

pub use error::SyntaxError;
pub use model::{Model, Parsed, Scratch};
pub use train::{ClusterTable, TrainOptions, read_clusters, train};
