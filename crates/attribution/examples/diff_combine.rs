//! Attributions one combination setting adds over another, with whether
//! their cue meets a gold cue (tuning aid).
use dossier_attribution::Options;
use dossier_attribution::eval::{System, predict_with};
use dossier_attribution::model::{Combine, Model};
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &args[0], None).unwrap();
    let full = dossier_nlp::default_pipeline();
    let base = Options::default();
    let other = Options { combine: Combine { rule_nested: 0, ..Combine::default() }, ..base };
    let (mut good, mut bad) = (0, 0);
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let p0 = predict_with(&mut doc, System::Combined, Some(&model), other);
        let p1 = predict_with(&mut doc, System::Combined, Some(&model), base);
        for p in p1.iter().filter(|p| !p0.contains(p)) {
            let Some(c) = p.1 else { continue };
            let hit = a.gold.iter().any(|g| g.cue.iter().any(|q| q.overlaps(c)));
            if hit {
                good += 1
            } else {
                bad += 1
            }
            let t = |s: dossier_model::Span| doc.text[s.start..s.end].replace('\n', " ");
            println!("{} src={:?} cue={} con={}", if hit { "GOOD" } else { "BAD " }, p.0.map(t), t(c), t(p.2));
        }
    }
    println!("good {good} bad {bad}");
}
