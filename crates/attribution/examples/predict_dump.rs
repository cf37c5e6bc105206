//! Every predicted attribution of a split, one per line with the gold cue
//! it meets, for diffing two versions of the stage (tuning aid, not shipped).
//!
//! ```text
//! cargo run --release -p dossier-attribution --example predict_dump -- dev /tmp/model.bin > /tmp/a.txt
//! ```
use dossier_attribution::eval::{System, predict, scored_parts};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::text::View;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::from_bytes(&std::fs::read(&args[1]).expect("model file")).expect("model");
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &args[0], None).expect("polnear split");
    let full = dossier_nlp::default_pipeline();
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let pred = predict(&mut doc, System::Combined, Some(&model));
        let (p, g) = scored_parts(&doc, &pred, &a.gold);
        let view = View::new(&doc);
        let say = |ks: &[usize]| ks.iter().map(|&k| view.words[k].lower.clone()).collect::<Vec<_>>().join(" ");
        let touches = |x: &[usize], y: &[usize]| x.iter().any(|k| y.contains(k));
        for q in &p {
            let gold = g.iter().find(|x| touches(&x[1], &q[1]) || (q[1].is_empty() && touches(&x[2], &q[2])));
            println!(
                "{} | S {} | C {} | T {} || gold S {} | C {}",
                a.name,
                say(&q[0]),
                say(&q[1]),
                say(&q[2]).chars().take(60).collect::<String>(),
                gold.map(|x| say(&x[0])).unwrap_or_else(|| "-".into()),
                gold.map(|x| say(&x[1])).unwrap_or_else(|| "-".into())
            );
        }
    }
}
