//! The attribution stage: quotes, reported speech and "according to"
//! chains, certainty, claims and evidence, by `dossier-attribution`.
//!
//! It runs after entities (sources are resolved to them) and after time
//! (attributions and claims take the date their sentence gives). Unnamed
//! sources ("security sources") become entities of their own so that every
//! claim's holder is an entity or the author, as the contract requires;
//! that is why the stage extends the entity layer.

use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document};

pub struct AttributionStage;

impl Stage for AttributionStage {
    fn name(&self) -> &'static str {
        dossier_attribution::STAGE_NAME
    }
    fn version(&self) -> u32 {
        dossier_attribution::STAGE_VERSION
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Sentences, Layer::Tokens, Layer::Entities, Layer::Timexes]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Attributions, Layer::Claims, Layer::Evidence]
    }
    fn extends(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        dossier_attribution::annotate(doc)
    }
}
