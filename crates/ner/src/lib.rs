//! dossier-ner: a statistical named-entity recogniser for tokenized English news.
//!
//! It finds PER, ORG, LOC and MISC mentions (the CoNLL-2003 types) in
//! tokenized sentences. The method is an averaged structured perceptron over
//! BILOU labels with constrained Viterbi decoding, chosen over a CRF because it
//! trains in minutes on one core, is deterministic, and with the same features
//! is as accurate; accuracy comes from the features instead: word forms,
//! shapes, affixes, context windows, headline casing, gazetteers, word
//! clusters and document-level (non-local) evidence about how the same word is
//! written elsewhere in the story.
//!
//! The crate does no I/O except the explicit `load`/`save`/`read` functions.
//! The shipped model is compiled in ([`Model::embedded`]) and parsed once.
//!
//! ```no_run
//! use dossier_ner::Model;
//! let spans = Model::embedded().tag_sentence(&["Angela", "Merkel", "visited", "Paris", "."]);
//! for s in spans {
//!     println!("{}..{} {} {:.2}", s.start, s.end, s.ty, s.score);
//! }
//! ```

pub mod cluster_build;
pub mod clusters;
pub mod conll;
mod error;
pub mod eval;
mod features;
pub mod gazetteer;
mod hash;
mod model;
mod tags;
mod train;

pub use clusters::Clusters;
pub use conll::{Doc, Sentence};
pub use error::NerError;
pub use eval::{Report, eval_file};
pub use features::FeatureSet;
pub use gazetteer::Gazetteer;
pub use model::{FORMAT_VERSION, Model};
pub use tags::{EntityType, Span};
pub use train::{TrainOptions, TrainReport, train, train_from_files};
