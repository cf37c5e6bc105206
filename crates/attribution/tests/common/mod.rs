//! Helpers shared by the attribution test files.

use dossier_model::Document;

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
