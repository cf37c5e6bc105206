//! Stages and the pipeline that runs them in a checked order.
//!
//! A stage declares the layers it reads and the layers it writes. Building a
//! [`Pipeline`] verifies that every layer a stage reads is either given by
//! the reader (text and metadata) or written by an earlier stage, and that no
//! two stages write the same layer, so a mis-ordered pipeline fails when it
//! is built rather than producing quietly wrong output.

use dossier_model::{Diagnostic, Document};
use std::fmt;

/// A layer of a [`Document`] that a stage may read or write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// The verbatim text; always present.
    Text,
    /// Title, dates, URL; always present (possibly empty).
    Metadata,
    Outlet,
    Sentences,
    Tokens,
    Entities,
    Timexes,
    Attributions,
    Claims,
    Events,
    Evidence,
    /// Parts of speech and dependency trees (the optional `syntax` stage).
    Syntax,
}

impl Layer {
    /// Layers every document has before any stage runs.
    pub const GIVEN: [Layer; 2] = [Layer::Text, Layer::Metadata];
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One named, versioned step of extraction.
///
/// `run` never fails on messy input: it writes what it can and returns
/// diagnostics about what it could not make sense of.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    /// Bumped whenever the stage's output for some input changes, so stored
    /// documents can tell which extractions are stale.
    fn version(&self) -> u32;
    fn reads(&self) -> &'static [Layer];
    fn writes(&self) -> &'static [Layer];
    /// Layers written by an earlier stage that this one appends to without
    /// replacing what is there (the attribution stage adds entities for
    /// unnamed sources). Checked like reads.
    fn extends(&self) -> &'static [Layer] {
        &[]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic>;
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PipelineError {
    #[error("stage `{stage}` reads {layer}, which no earlier stage writes")]
    MissingInput { stage: &'static str, layer: Layer },
    #[error("stage `{stage}` writes {layer}, which stage `{first}` already writes")]
    DuplicateWriter { stage: &'static str, first: &'static str, layer: Layer },
}

/// An ordered list of stages, checked when built.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Pipeline, PipelineError> {
        let mut written: Vec<(Layer, &'static str)> = Layer::GIVEN.iter().map(|l| (*l, "reader")).collect();
        for stage in &stages {
            for layer in stage.reads().iter().chain(stage.extends()) {
                if !written.iter().any(|(l, _)| l == layer) {
                    return Err(PipelineError::MissingInput { stage: stage.name(), layer: *layer });
                }
            }
            for layer in stage.writes() {
                if let Some((_, first)) = written.iter().find(|(l, _)| l == layer) {
                    return Err(PipelineError::DuplicateWriter { stage: stage.name(), first, layer: *layer });
                }
                written.push((*layer, stage.name()));
            }
        }
        Ok(Pipeline { stages })
    }

    /// Runs every stage in order, collecting their diagnostics on the document.
    pub fn run(&self, doc: &mut Document) {
        self.run_timed(doc, &mut []);
    }

    /// Runs the pipeline like [`Pipeline::run`] and adds each stage's
    /// wall-clock time to `times` (one slot per stage, in order; a shorter
    /// slice leaves the remaining stages untimed). Used by `bench extract` to
    /// report each stage's share of the whole.
    pub fn run_timed(&self, doc: &mut Document, times: &mut [std::time::Duration]) {
        for (i, stage) in self.stages.iter().enumerate() {
            let start = (i < times.len()).then(std::time::Instant::now);
            let diagnostics = stage.run(doc);
            if let (Some(t), Some(start)) = (times.get_mut(i), start) {
                *t += start.elapsed();
            }
            doc.diagnostics.extend(diagnostics);
        }
    }

    /// `name@version` of each stage, in order: recorded with stored
    /// documents so stale extractions can be found.
    pub fn signature(&self) -> String {
        self.stages.iter().map(|s| format!("{}@{}", s.name(), s.version())).collect::<Vec<_>>().join(",")
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake {
        name: &'static str,
        reads: &'static [Layer],
        writes: &'static [Layer],
    }

    impl Stage for Fake {
        fn name(&self) -> &'static str {
            self.name
        }
        fn version(&self) -> u32 {
            1
        }
        fn reads(&self) -> &'static [Layer] {
            self.reads
        }
        fn writes(&self) -> &'static [Layer] {
            self.writes
        }
        fn run(&self, _doc: &mut Document) -> Vec<Diagnostic> {
            Vec::new()
        }
    }

    fn fake(name: &'static str, reads: &'static [Layer], writes: &'static [Layer]) -> Box<dyn Stage> {
        Box::new(Fake { name, reads, writes })
    }

    #[test]
    fn accepts_a_well_ordered_pipeline() {
        let p = Pipeline::new(vec![
            fake("segment", &[Layer::Text], &[Layer::Sentences]),
            fake("tokenize", &[Layer::Sentences], &[Layer::Tokens]),
        ])
        .unwrap();
        assert_eq!(p.signature(), "segment@1,tokenize@1");
    }

    #[test]
    fn rejects_a_stage_reading_a_layer_not_yet_written() {
        let err = Pipeline::new(vec![
            fake("tokenize", &[Layer::Sentences], &[Layer::Tokens]),
            fake("segment", &[Layer::Text], &[Layer::Sentences]),
        ])
        .err()
        .unwrap();
        assert_eq!(err, PipelineError::MissingInput { stage: "tokenize", layer: Layer::Sentences });
    }

    struct Extender;

    impl Stage for Extender {
        fn name(&self) -> &'static str {
            "extender"
        }
        fn version(&self) -> u32 {
            1
        }
        fn reads(&self) -> &'static [Layer] {
            &[Layer::Text]
        }
        fn writes(&self) -> &'static [Layer] {
            &[Layer::Claims]
        }
        fn extends(&self) -> &'static [Layer] {
            &[Layer::Entities]
        }
        fn run(&self, _doc: &mut Document) -> Vec<Diagnostic> {
            Vec::new()
        }
    }

    #[test]
    fn a_stage_may_extend_only_a_layer_already_written() {
        assert_eq!(
            Pipeline::new(vec![Box::new(Extender)]).err(),
            Some(PipelineError::MissingInput { stage: "extender", layer: Layer::Entities })
        );
        assert!(Pipeline::new(vec![fake("entities", &[Layer::Text], &[Layer::Entities]), Box::new(Extender)]).is_ok());
    }

    #[test]
    fn rejects_two_writers_of_one_layer() {
        let err = Pipeline::new(vec![
            fake("a", &[Layer::Text], &[Layer::Sentences]),
            fake("b", &[Layer::Text], &[Layer::Sentences]),
        ])
        .err()
        .unwrap();
        assert!(err.to_string().contains("stage `a` already writes"));
    }
}
