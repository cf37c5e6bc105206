//! The syntax stage: a universal part of speech, a head and a dependency
//! relation for every token, by `dossier-syntax` (trained on GUM, see
//! crates/syntax/README.md). Optional: [`crate::pipeline_with_syntax`]
//! runs it, [`crate::default_pipeline`] does not yet.
//!
//! The parser sees dossier's own tokens. They follow the same conventions
//! as GUM's for clitics ("do" "n't", "Turkey" "'s"); hyphenated words
//! ("Russian-built"), which GUM splits, stay one token and are parsed as one
//! word; typographic quotes and apostrophes are read as their ASCII forms.

use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document, TokenSyntax};
use dossier_syntax::{Model, Scratch};

pub const STAGE_NAME: &str = "syntax";
pub const STAGE_VERSION: u32 = 1;

pub struct SyntaxStage;

impl Stage for SyntaxStage {
    fn name(&self) -> &'static str {
        STAGE_NAME
    }
    fn version(&self) -> u32 {
        STAGE_VERSION
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Sentences, Layer::Tokens]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Syntax]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        doc.syntax.clear();
        let Some(model) = Model::embedded() else {
            return vec![Diagnostic {
                stage: STAGE_NAME.to_string(),
                message: "the embedded syntax model could not be loaded; no syntax layer".to_string(),
                span: None,
            }];
        };
        annotate_with(model, doc);
        Vec::new()
    }
}

/// Fills `doc.syntax` with `model`'s parse of every sentence. Tokens outside
/// every sentence (there are none after `tokenize`) get no head.
pub fn annotate_with(model: &Model, doc: &mut Document) {
    let mut syntax = vec![
        TokenSyntax { upos: dossier_model::Upos::X, head: None, rel: dossier_model::DepRel::Dep };
        doc.tokens.len()
    ];
    let mut scratch = Scratch::default();
    let mut parsed = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for sentence in &doc.sentences {
        let (first, end) = sentence.tokens;
        if first >= end || end > doc.tokens.len() {
            continue;
        }
        words.clear();
        words.extend(doc.tokens[first..end].iter().map(|t| doc.slice(t.span)));
        model.parse_into(&words, &mut scratch, &mut parsed);
        for (i, p) in parsed.iter().enumerate() {
            syntax[first + i] =
                TokenSyntax { upos: p.upos, head: (p.head > 0).then(|| first + p.head - 1), rel: p.rel };
        }
    }
    doc.syntax = syntax;
}
