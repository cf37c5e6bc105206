//! The events stage: CAMEO events between coded actors, by `dossier-events`.
//!
//! It runs after attribution: an event inside an attribution's content is
//! only reported, carries that attribution, and takes the chain's certainty;
//! a speech act's speaker is the attribution's resolved source.

use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document};

pub struct EventStage;

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        dossier_events::STAGE_NAME
    }
    fn version(&self) -> u32 {
        dossier_events::STAGE_VERSION
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Sentences, Layer::Tokens, Layer::Entities, Layer::Timexes, Layer::Attributions]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Events]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        dossier_events::annotate(doc)
    }
}
