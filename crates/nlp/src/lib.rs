//! The dossier extraction pipeline.
//!
//! Extraction is a pure function of (text, metadata, models): the same
//! document always yields the same layers and the same ids. Each stage is a
//! small type implementing [`Stage`], declaring what it reads and writes;
//! [`Pipeline::new`] checks the order. [`default_pipeline`] is the pipeline
//! every command uses.

pub mod attribution;
pub mod entities;
pub mod events;
pub mod lexicon;
pub mod pipeline;
pub mod segment;
pub mod syntax;
pub mod timex;
pub mod tokenize;

pub use pipeline::{Layer, Pipeline, PipelineError, Stage};

/// The stages every dossier command runs, in order.
pub fn default_pipeline() -> Pipeline {
    Pipeline::new(stages(false)).expect("the default pipeline is ordered correctly")
}

/// The default stages with the `syntax` stage (parts of speech and
/// dependency trees) right after tokenization, where later stages could
/// read it. Not the default yet: no stage consumes the trees.
pub fn pipeline_with_syntax() -> Pipeline {
    Pipeline::new(stages(true)).expect("the pipeline with syntax is ordered correctly")
}

/// The stages in order, the optional `syntax` stage after tokenization.
fn stages(with_syntax: bool) -> Vec<Box<dyn Stage>> {
    let mut stages: Vec<Box<dyn Stage>> = vec![Box::new(segment::Segmenter), Box::new(tokenize::Tokenizer)];
    if with_syntax {
        stages.push(Box::new(syntax::SyntaxStage));
    }
    stages.extend([
        Box::new(entities::EntityStage) as Box<dyn Stage>,
        Box::new(timex::TimexStage),
        Box::new(attribution::AttributionStage),
        Box::new(events::EventStage),
    ]);
    stages
}

/// Runs the default pipeline over a document.
pub fn extract(doc: &mut dossier_model::Document) {
    default_pipeline().run(doc);
}
