//! Helpers shared by the attribution test files.

use dossier_model::Document;
use std::path::PathBuf;

/// `$DOSSIER_SHARED_DATA` or `../shared/data` beside the repository, when it
/// holds PolNeAR; `None` (the test skips) when it does not, unless
/// `DOSSIER_REQUIRE_SHARED=1` (CI), where absence is a failure.
#[allow(dead_code)]
pub fn shared_data() -> Option<PathBuf> {
    let dir = std::env::var_os("DOSSIER_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.join("polnear").is_dir() {
        return Some(dir);
    }
    if std::env::var("DOSSIER_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!("DOSSIER_REQUIRE_SHARED=1 but no polnear data under {}", dir.display());
    }
    eprintln!("skipping: ../shared/data not found");
    None
}

/// `chain | cue | content` of each attribution, for readable assertions.
#[allow(dead_code)]
pub fn chain_lines(d: &Document) -> Vec<String> {
    d.attributions
        .iter()
        .map(|a| {
            format!(
                "{} | {} | {}",
                d.chain(&a.id).join(" → "),
                a.cue.as_ref().map_or("-", |c| d.slice(c.span)),
                d.slice(a.content)
            )
        })
        .collect()
}

/// A document run through the whole default pipeline.
#[allow(dead_code)]
pub fn doc(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), dossier_model::Metadata::default());
    dossier_nlp::extract(&mut d);
    d
}

/// `source | cue | content` of each attribution.
#[allow(dead_code)]
pub fn source_lines(d: &Document) -> Vec<String> {
    d.attributions
        .iter()
        .map(|a| {
            format!(
                "{} | {} | {}",
                a.source.as_ref().map_or("-", |s| d.slice(s.span)),
                a.cue.as_ref().map_or("-", |c| d.slice(c.span)),
                d.slice(a.content)
            )
        })
        .collect()
}

/// The segmenter and tokenizer alone, as `dossier train attribution` runs
/// them before training (attribution spans hardly depend on later stages).
#[allow(dead_code)]
pub fn light_stages() -> dossier_nlp::Pipeline {
    dossier_nlp::Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
    ])
    .expect("segmenter and tokenizer form a pipeline")
}
