//! Measurement behind `dossier bench` and `dossier eval`: library code with
//! thin CLI fronts, so figures in BENCHMARKS.md come from the same code any
//! user can run.
//!
//! The scorers for each task live next to the code they score (the NER,
//! timex and HTML crates each carry their own `eval` module, with their gold
//! readers); this crate holds what spans the whole pipeline.

pub mod bench;
pub mod dedup;
pub mod events;
