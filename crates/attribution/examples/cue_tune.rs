//! Tuning the cue classifier's thresholds on a split (not shipped).
//!
//! ```text
//! cargo run --release -p dossier-attribution --example cue_tune -- dev /tmp/model.bin ADD,VETO[,ADD_IN_CONTENT] ...
//! ```
use dossier_attribution::Options;
use dossier_attribution::eval::{System, evaluate_with};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args[0].clone();
    let mut model = Model::from_bytes(&std::fs::read(&args[1]).expect("model file")).expect("model");
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &split, None).expect("split");
    let full = dossier_nlp::default_pipeline();
    let mut docs: Vec<_> = arts.iter().map(|a| (prepare(a, &|d: &mut Document| full.run(d)), a.gold.clone())).collect();
    for cfg in &args[2..] {
        let parts: Vec<&str> = cfg.split(',').collect();
        let add: f32 = parts[0].parse().expect("add");
        let veto: f32 = parts[1].parse().expect("veto");
        if let Some(c) = &mut model.cue {
            c.add = add;
            c.veto = veto;
            c.add_in_content = parts.get(2).map_or(f32::INFINITY, |x| x.parse().expect("add in content"));
        }
        let r = evaluate_with(&mut docs, System::Combined, Some(&model), Options::default());
        println!(
            "{cfg:>14}  src {:.4}  cue {:.4} (P {:.4} R {:.4})  con {:.4}  att {:.4}",
            r.source.overlap.f1,
            r.cue.overlap.f1,
            r.cue.overlap.p,
            r.cue.overlap.r,
            r.content.overlap.f1,
            r.attribution.overlap.f1
        );
    }
}
