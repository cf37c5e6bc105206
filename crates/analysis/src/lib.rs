//! Analysis over the evidence base: weighing what the store holds.
//!
//! Data flows one way: extraction fills documents, the store keeps them,
//! and this crate reads the store to answer an analyst's questions. The
//! first question is **how tense is the relationship between two actors,
//! and is it getting worse** — the [`mod@tension`] index, which keeps apart
//! what the author asserts happened from what someone only claims, and
//! counts an incident reported by many outlets once.

pub mod tension;

pub use tension::{
    ActorSummary, Incident, IncidentReport, Period, PeriodRow, QuadCell, Skipped, TensionError, TensionQuery,
    TensionReport, busiest_pairs, parse_day, resolve_actor, tension,
};
