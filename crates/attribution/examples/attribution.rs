//! Train and evaluate the attribution tagger on PolNeAR.
//!
//! ```text
//! cargo run --release -p dossier-attribution --example attribution -- train --polnear ../shared/data/polnear [--splits train,dev] [--epochs 8] [--bits 17] [--viterbi] [--cue] [--out crates/attribution/models/attribution.bin]
//! cargo run --release -p dossier-attribution --example attribution -- eval --polnear ../shared/data/polnear --split test [--system combined|rules|model] [--json]
//! ```
//! Training prepares articles with dossier-nlp's segmenter and tokenizer;
//! evaluation runs the whole default pipeline (segmenter, tokenizer,
//! entities, timexes) and then the attribution stage, as `dossier extract` does.

use dossier_attribution::eval::{System, evaluate};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::{TrainOptions, prepare, train};
use dossier_model::Document;
use std::path::PathBuf;
use std::time::Instant;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().cloned().unwrap_or_default();
    let polnear = PathBuf::from(arg(&args, "--polnear").unwrap_or_else(|| "../shared/data/polnear".into()));
    let limit = arg(&args, "--limit").and_then(|s| s.parse().ok());
    let light = dossier_nlp::Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
    ])
    .expect("segmenter then tokenizer is a valid pipeline");
    match cmd.as_str() {
        "train" => {
            let epochs = arg(&args, "--epochs").and_then(|s| s.parse().ok()).unwrap_or(TrainOptions::default().epochs);
            let out = PathBuf::from(
                arg(&args, "--out").unwrap_or_else(|| "crates/attribution/models/attribution.bin".into()),
            );
            let mut docs = Vec::new();
            let splits = arg(&args, "--splits").unwrap_or_else(|| "train".into());
            for split in splits.split(',') {
                let all = args.iter().any(|x| x == "--all-annotators");
                let loaded = if all {
                    dossier_attribution::polnear::load_split_all_annotators(&polnear, split, limit)
                } else {
                    load_split(&polnear, split, limit)
                };
                let arts = loaded.unwrap_or_else(|e| {
                    eprintln!("error: {e}");
                    std::process::exit(1)
                });
                for a in &arts {
                    docs.push((prepare(a, &|d: &mut Document| light.run(d)), a.gold.clone()));
                }
            }
            eprintln!("training on {} articles", docs.len());
            let t = Instant::now();
            let bits = arg(&args, "--bits").and_then(|s| s.parse().ok()).unwrap_or(TrainOptions::default().bits);
            let seed = arg(&args, "--seed").and_then(|s| s.parse().ok()).unwrap_or(TrainOptions::default().seed);
            let ensemble =
                arg(&args, "--ensemble").and_then(|s| s.parse().ok()).unwrap_or(TrainOptions::default().ensemble);
            let passes = arg(&args, "--passes").and_then(|s| s.parse().ok()).unwrap_or(TrainOptions::default().passes);
            let folds_by_text = args.iter().any(|x| x == "--all-annotators");
            let folds = arg(&args, "--folds").and_then(|s| s.parse().ok()).unwrap_or(TrainOptions::default().folds);
            let model = train(
                &docs,
                TrainOptions {
                    epochs,
                    bits,
                    seed,
                    ensemble,
                    passes,
                    folds,
                    folds_by_text,
                    viterbi: args.iter().any(|x| x == "--viterbi"),
                    cue_model: args.iter().any(|x| x == "--cue"),
                },
                &mut |stage, e, acc| eprintln!("{stage} tagger, epoch {e}: token accuracy {acc:.4}"),
            );
            let bytes = model.to_bytes();
            if let Err(e) = std::fs::write(&out, &bytes) {
                eprintln!("error: cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
            eprintln!("wrote {} ({} bytes) in {:.1}s", out.display(), bytes.len(), t.elapsed().as_secs_f64());
        }
        "eval" => {
            let split = arg(&args, "--split").unwrap_or_else(|| "test".into());
            let system = match arg(&args, "--system").as_deref() {
                Some("rules") => System::Rules,
                Some("model") => System::Model,
                _ => System::Combined,
            };
            let model = arg(&args, "--model").map(|p| {
                let bytes = std::fs::read(&p).unwrap_or_else(|e| {
                    eprintln!("error: cannot read {p}: {e}");
                    std::process::exit(1)
                });
                Model::from_bytes(&bytes).unwrap_or_else(|e| {
                    eprintln!("error: {e}");
                    std::process::exit(1)
                })
            });
            let arts = load_split(&polnear, &split, limit).unwrap_or_else(|e| {
                eprintln!("error: {e}");
                std::process::exit(1)
            });
            let full = dossier_nlp::default_pipeline();
            let t = Instant::now();
            let mut docs: Vec<(Document, Vec<dossier_model::Document>)> = Vec::new();
            let _ = &mut docs;
            let mut prepared: Vec<_> = arts
                .iter()
                .map(|a| {
                    let doc = if args.iter().any(|x| x == "--light") {
                        prepare(a, &|d: &mut Document| light.run(d))
                    } else {
                        prepare(a, &|d: &mut Document| full.run(d))
                    };
                    (doc, a.gold.clone())
                })
                .collect();
            let report = evaluate(&mut prepared, system, model.as_ref());
            let tokens: usize = prepared.iter().map(|(d, _)| d.tokens.len()).sum();
            let secs = t.elapsed().as_secs_f64();
            if args.iter().any(|x| x == "--json") {
                println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
            } else {
                print!("{}", report.table());
                println!(
                    "split {split} · {tokens} tokens · {secs:.1}s including the pipeline ({:.0} tokens/s)",
                    tokens as f64 / secs
                );
            }
        }
        "bench" => {
            // Throughput of the whole default pipeline (segmenter, tokenizer,
            // entities, timexes, attribution) on one thread, after a warm-up.
            let split = arg(&args, "--split").unwrap_or_else(|| "test".into());
            let arts = load_split(&polnear, &split, limit).unwrap_or_else(|e| {
                eprintln!("error: {e}");
                std::process::exit(1)
            });
            let full = dossier_nlp::default_pipeline();
            for a in arts.iter().take(3) {
                prepare(a, &|d: &mut Document| full.run(d));
            }
            let (mut tokens, mut stage_secs) = (0usize, 0f64);
            let t = Instant::now();
            for a in &arts {
                let mut d = prepare(a, &|d: &mut Document| full.run(d));
                tokens += d.tokens.len();
                let s = Instant::now();
                dossier_attribution::annotate(&mut d);
                stage_secs += s.elapsed().as_secs_f64();
            }
            let secs = t.elapsed().as_secs_f64() - stage_secs;
            println!(
                "{} documents · {tokens} tokens · whole pipeline {:.0} tokens/s · attribution stage alone {:.0} tokens/s",
                arts.len(),
                tokens as f64 / secs,
                tokens as f64 / stage_secs
            );
        }
        _ => {
            eprintln!(
                "usage: attribution (train|eval|bench) --polnear DIR [--split test] [--system combined|rules|model] [--json] [--limit N]"
            );
            std::process::exit(2);
        }
    }
}
