//! Sources the combined system predicts and the tagger alone does not (and
//! the reverse), with whether they meet a gold source (tuning aid).
use dossier_attribution::Options;
use dossier_attribution::eval::{System, predict_with};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::{Document, Span};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &args[0], None).unwrap();
    let full = dossier_nlp::default_pipeline();
    let mut counts = [[0; 2]; 2];
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let tagger = predict_with(&mut doc, System::Model, Some(&model), Options::default());
        let combined = predict_with(&mut doc, System::Combined, Some(&model), Options::default());
        let srcs = |p: &[(Option<Span>, Option<Span>, Span)]| p.iter().filter_map(|x| x.0).collect::<Vec<_>>();
        let (t, c) = (srcs(&tagger), srcs(&combined));
        let show = |s: Span| doc.text[s.start..s.end].replace('\n', " ");
        for (side, mine, other) in [(0, &c, &t), (1, &t, &c)] {
            for s in mine.iter().filter(|s| !other.iter().any(|o| o.overlaps(**s))) {
                let hit = a.gold.iter().any(|g| g.source.iter().any(|q| q.overlaps(*s)));
                counts[side][usize::from(hit)] += 1;
                let ctx = doc.text.get(s.start.saturating_sub(60)..(s.end + 60).min(doc.text.len())).unwrap_or("");
                let ctx = ctx.replace('\n', " ");
                println!("{} {} {:?}  ‖ {}", ["COMB", "TAGG"][side], if hit { "GOOD" } else { "BAD " }, show(*s), ctx);
                if side == 1 && std::env::var_os("SHOW").is_some() {
                    for x in tagger.iter().filter(|x| x.0 == Some(*s)) {
                        println!("    tagger cue {:?} content {:?}", x.1.map(show), show(x.2));
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
