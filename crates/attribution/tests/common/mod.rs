//! Helpers shared by the attribution test files.

use dossier_model::Document;

/// `chain | cue | content` of each attribution, for readable assertions.
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
