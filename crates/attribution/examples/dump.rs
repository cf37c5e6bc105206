//! Prints what the attribution stage finds in an article, for eyeballing:
//! `cargo run --release -p dossier-attribution --example dump -- FILE [--rules]`.

use dossier_model::{Document, Metadata};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut doc = dossier_ingest::read_path(std::path::Path::new(&path), &dossier_ingest::ReadOptions::default())
        .unwrap_or_else(|_| Document::new(std::fs::read_to_string(&path).unwrap_or_default(), Metadata::default()));
    dossier_nlp::extract(&mut doc);
    if std::env::args().nth(2).as_deref() == Some("--tagger") {
        for (s, c, t) in dossier_attribution::eval::predict(&mut doc, dossier_attribution::eval::System::Model, None) {
            let sh = |s: dossier_model::Span| doc.text[s.start..s.end].replace('\n', " ");
            println!("tagger src={:?} cue={:?} content={:?}", s.map(sh), c.map(sh), sh(t));
        }
        return;
    }
    let use_model = std::env::args().nth(2).as_deref() != Some("--rules");
    dossier_attribution::annotate_with(&mut doc, dossier_attribution::Options { use_model, ..Default::default() });
    let sh = |s: dossier_model::Span| doc.text[s.start..s.end].replace('\n', " ");
    for a in &doc.attributions {
        println!(
            "{} {:?} [{}] src={:?}({}) cue={:?} act={:?} neg={} cert={:?}{:?} date={:?}\n    chain: {}\n    content: {}",
            a.id,
            a.kind,
            a.parent.as_deref().unwrap_or("-"),
            a.source.as_ref().map(|s| sh(s.span)),
            a.source.as_ref().and_then(|s| s.entity.clone()).unwrap_or_default(),
            a.cue.as_ref().map(|c| sh(c.span)),
            a.speech_act,
            a.negated,
            a.certainty.level,
            a.certainty.cues.iter().map(|c| sh(*c)).collect::<Vec<_>>(),
            a.date,
            doc.chain(&a.id).join(" → "),
            sh(a.content)
        );
    }
    for c in &doc.claims {
        println!(
            "{} {} {:?} {:?}{:?} neg={} about={:?} | {}",
            c.id,
            doc.holder_name(&c.holder),
            c.attribution,
            c.certainty.level,
            c.certainty.cues.iter().map(|c| sh(*c)).collect::<Vec<_>>(),
            c.negated,
            c.about,
            sh(c.span)
        );
    }
    for e in &doc.evidence {
        println!(
            "{} {:?} [{}] loc={:?} date={:?} supports={:?}",
            e.id,
            e.kind,
            sh(e.span),
            e.location.as_ref().and_then(|l| doc.entity(l)).map(|e| e.name.clone()),
            e.date,
            e.supports
        );
    }
}
