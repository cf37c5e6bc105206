//! Sources (or cues) the combined system predicts and the tagger alone does
//! not, and the reverse, with whether they meet a gold span (tuning aid).
//!
//! cargo run --release -p dossier-attribution --example diff_system -- SPLIT MODEL [source|cue]
//! (`SHOW=1` also prints the tagger's cue/content for its own spans)
use dossier_attribution::Options;
use dossier_attribution::eval::{System, predict_with};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::{Document, Span};
use std::path::PathBuf;

type Predicted = (Option<Span>, Option<Span>, Span);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).expect("model file")).expect("model");
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &args[0], None).expect("split");
    let cue = match args.get(2).map(String::as_str) {
        None | Some("source") => false,
        Some("cue") => true,
        Some(other) => panic!("part must be source or cue, not {other}"),
    };
    let part = |x: &Predicted| if cue { x.1 } else { x.0 };
    let full = dossier_nlp::default_pipeline();
    let mut counts = [[0; 2]; 2];
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let tagger = predict_with(&mut doc, System::Model, Some(&model), Options::default());
        let combined = predict_with(&mut doc, System::Combined, Some(&model), Options::default());
        let spans = |p: &[Predicted]| p.iter().filter_map(part).collect::<Vec<_>>();
        let (t, c) = (spans(&tagger), spans(&combined));
        let show = |s: Span| doc.text[s.start..s.end].replace('\n', " ");
        for (side, mine, other) in [(0, &c, &t), (1, &t, &c)] {
            for s in mine.iter().filter(|s| !other.iter().any(|o| o.overlaps(**s))) {
                let hit = a.gold.iter().any(|g| if cue { &g.cue } else { &g.source }.iter().any(|q| q.overlaps(*s)));
                counts[side][usize::from(hit)] += 1;
                let lo = doc.text[..s.start].char_indices().rev().nth(60).map_or(0, |x| x.0);
                let hi = s.end + doc.text[s.end..].char_indices().nth(60).map_or(doc.text.len() - s.end, |x| x.0);
                let ctx = format!("{}[{}]{}", &doc.text[lo..s.start], &doc.text[s.start..s.end], &doc.text[s.end..hi]);
                println!("{} {} {}", ["COMB", "TAGG"][side], if hit { "GOOD" } else { "BAD " }, ctx.replace('\n', " "));
                if side == 1 && std::env::var_os("SHOW").is_some() {
                    for x in tagger.iter().filter(|x| part(x) == Some(*s)) {
                        println!(
                            "    tagger source {:?} cue {:?} content {:?}",
                            x.0.map(show),
                            x.1.map(show),
                            show(x.2)
                        );
                    }
                }
            }
        }
    }
    println!(
        "combined only: bad {} good {}; tagger only: bad {} good {}",
        counts[0][0], counts[0][1], counts[1][0], counts[1][1]
    );
}
