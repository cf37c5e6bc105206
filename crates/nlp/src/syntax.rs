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

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{DepRel, Metadata, Upos};

    fn parsed(text: &str) -> Document {
        let mut doc = Document::new(text.into(), Metadata::default());
        crate::segment::Segmenter.run(&mut doc);
        crate::tokenize::Tokenizer.run(&mut doc);
        assert!(SyntaxStage.run(&mut doc).is_empty());
        doc
    }

    fn token(doc: &Document, word: &str) -> usize {
        doc.tokens.iter().position(|t| doc.slice(t.span) == word).unwrap()
    }

    #[test]
    fn fills_one_entry_per_token_with_heads_inside_the_sentence() {
        let doc = parsed(
            "The minister said the missile was launched from Belarus. Kyiv didn't comment on the Russian-built drones.",
        );
        assert_eq!(doc.syntax.len(), doc.tokens.len());
        for s in &doc.sentences {
            let (a, b) = s.tokens;
            assert_eq!(doc.syntax[a..b].iter().filter(|x| x.head.is_none()).count(), 1);
            for x in &doc.syntax[a..b] {
                assert!(x.head.is_none_or(|h| (a..b).contains(&h)));
                assert_eq!(x.head.is_none(), x.rel == DepRel::Root);
            }
        }
        let said = token(&doc, "said");
        assert_eq!(doc.syntax[said].head, None);
        let minister = &doc.syntax[token(&doc, "minister")];
        assert_eq!((minister.head, minister.rel), (Some(said), DepRel::Nsubj));
        let launched = &doc.syntax[token(&doc, "launched")];
        assert_eq!((launched.head, launched.rel), (Some(said), DepRel::Ccomp));
        // dossier's own tokens: "did" "n't", and the hyphenated word whole
        assert_eq!(doc.syntax[token(&doc, "n't")].upos, Upos::Part);
        assert_eq!(doc.syntax[token(&doc, "Russian-built")].head, Some(token(&doc, "drones")));
    }

    #[test]
    fn the_pipeline_with_syntax_runs_it_after_tokenize_and_the_default_does_not() {
        let with = crate::pipeline_with_syntax();
        assert!(with.signature().starts_with("segment@1,tokenize@1,syntax@1,entities@"));
        assert!(!crate::default_pipeline().stage_names().contains(&"syntax"));
        let mut doc = Document::new("Russia accused Ukraine of shelling the plant.".into(), Metadata::default());
        with.run(&mut doc);
        assert_eq!(doc.syntax.len(), doc.tokens.len());
        let accused = token(&doc, "accused");
        assert_eq!(doc.syntax[token(&doc, "Ukraine")].head, Some(accused));
        assert_eq!(doc.syntax[token(&doc, "Ukraine")].rel, DepRel::Obj);
    }
}
