//! Tuning the combination on a split with a given model (not shipped).
use dossier_attribution::Options;
use dossier_attribution::eval::{System, evaluate_with};
use dossier_attribution::model::{Combine, Model};
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args[0].clone();
    let model = Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &split, None).unwrap();
    let full = dossier_nlp::default_pipeline();
    let mut docs: Vec<_> = arts.iter().map(|a| (prepare(a, &|d: &mut Document| full.run(d)), a.gold.clone())).collect();
    for cfg in &args[2..] {
        let mut c = Combine::default();
        for kv in cfg.split(',') {
            let (k, v) = kv.split_once('=').unwrap();
            let n: u8 = v.parse().unwrap();
            match k {
                "ts" => c.tagger_source = n,
                "tc" => c.tagger_cue = n == 1,
                "tcon" => c.tagger_content = n,
                "ro" => c.rule_only = n,
                "ru" => c.rule_untagged = n,
                "ue" => c.untagged_needs_entity = n == 1,
                "rn" => c.rule_nested = n,
                "sv" => c.sourceless_needs_verb = n == 1,
                "cl" => c.cueless = n == 1,
                "f" => c.filter = n,
                "cn" => c.contentless = n == 1,
                _ => panic!("{k}"),
            }
        }
        let r = evaluate_with(&mut docs, System::Combined, Some(&model), Options { combine: c, ..Default::default() });
        println!(
            "{cfg}  src {:.3}/{:.3}/{:.3}  cue {:.3}/{:.3}/{:.3}  con {:.3}/{:.3}/{:.3}  att {:.3}  exact s/c/c {:.3} {:.3} {:.3}",
            r.source.overlap.p,
            r.source.overlap.r,
            r.source.overlap.f1,
            r.cue.overlap.p,
            r.cue.overlap.r,
            r.cue.overlap.f1,
            r.content.overlap.p,
            r.content.overlap.r,
            r.content.overlap.f1,
            r.attribution.overlap.f1,
            r.source.exact.f1,
            r.cue.exact.f1,
            r.content.exact.f1
        );
    }
}
