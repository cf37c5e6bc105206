//! Predicted sayings whose cue lies inside another predicted content: how
//! many meet a gold cue, by whether the cue holds a lexicon verb and by
//! whether it has a source (tuning aid, not shipped).
use dossier_attribution::eval::{System, predict};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).expect("model file")).expect("model");
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &args[0], None).expect("polnear split");
    let full = dossier_nlp::default_pipeline();
    // [lexicon][has source][hit]
    let mut n = [[[0usize; 2]; 2]; 2];
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let pred = predict(&mut doc, System::Combined, Some(&model));
        for (i, (src, cue, _)) in pred.iter().enumerate() {
            let Some(c) = cue else { continue };
            if !pred.iter().enumerate().any(|(j, p)| j != i && p.2.contains(*c)) {
                continue;
            }
            let hit = a.gold.iter().any(|g| g.cue.iter().any(|x| x.overlaps(*c)));
            let text = doc.text[c.start..c.end].to_lowercase();
            let lex = text.split_whitespace().any(|w| dossier_attribution::lexicon::lexicon().verbs.contains_key(w));
            n[usize::from(lex)][usize::from(src.is_some())][usize::from(hit)] += 1;
        }
    }
    for (lex, by_source) in n.iter().enumerate() {
        for (s, hits) in by_source.iter().enumerate() {
            println!("lexicon {lex} source {s}: hit {} miss {}", hits[1], hits[0]);
        }
    }
}
