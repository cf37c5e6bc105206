//! Training and scoring experiments without the CLI.
//!
//! `cargo run --release -p dossier-syntax --example syntax -- GUM_PATH [OUT]`
//! trains on the free-licence training genres (options from the environment:
//! `TAGGER_EPOCHS`, `PARSER_EPOCHS`, `LABELLER_EPOCHS`, `FOLDS`, `EXPLORE`,
//! `SEED`, `PRUNE`, `JOIN=1`, `CLUSTERS`, `ALL_GENRES=1`) and prints dev scores; with OUT it also writes the
//! model there.

use dossier_syntax::conllu::{Gum, join_hyphenated};
use dossier_syntax::{ClusterTable, TrainOptions, eval, read_clusters, train};
use std::path::Path;

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let gum = Gum::read(Path::new(args.get(1).map(String::as_str).unwrap_or("../shared/data/gum")))?;
    let mut o = TrainOptions::default();
    if let Some(v) = env("TAGGER_EPOCHS") {
        o.tagger_epochs = v.parse()?;
    }
    if let Some(v) = env("PARSER_EPOCHS") {
        o.parser_epochs = v.parse()?;
    }
    if let Some(v) = env("LABELLER_EPOCHS") {
        o.labeller_epochs = v.parse()?;
    }
    if let Some(v) = env("FOLDS") {
        o.folds = v.parse()?;
    }
    if let Some(v) = env("EXPLORE") {
        o.explore = v.parse()?;
    }
    if let Some(v) = env("PRUNE") {
        o.prune = v.parse()?;
    }
    if let Some(v) = env("JOIN") {
        o.join_hyphens = v == "1";
    }
    if let Some(v) = env("SEED") {
        o.seed = v.parse()?;
    }
    let free = env("ALL_GENRES").as_deref() != Some("1");
    let start = std::time::Instant::now();
    let clusters = match env("CLUSTERS").as_deref() {
        Some("") | Some("none") => ClusterTable::default(),
        Some(p) => read_clusters(Path::new(p))?,
        None => read_clusters(Path::new("crates/ner/data/clusters.txt"))?,
    };
    let model = train(&gum.sentences("train", free), &clusters, &o, &mut |l| eprintln!("{l}"));
    eprintln!("trained in {:.1} s; features {:?}", start.elapsed().as_secs_f64(), model.num_features());
    if let Some(out) = args.get(2) {
        model.save(Path::new(out))?;
        eprintln!("wrote {out} ({} bytes)", std::fs::metadata(out)?.len());
    }
    for (name, free_only) in [("dev (all genres)", false), ("dev (free genres)", true)] {
        let r = eval::evaluate(&model, &gum.sentences("dev", free_only));
        println!("{name}:\n{}", r.to_text());
    }
    // the dev sentences with hyphenated words, in GUM's tokenization and in dossier's
    let dev = gum.sentences("dev", false);
    let (orig, joined): (Vec<_>, Vec<_>) = dev.iter().filter_map(|s| join_hyphenated(s).map(|j| (*s, j))).unzip();
    println!("dev sentences with hyphenated words, GUM tokens:\n{}", eval::evaluate(&model, &orig).to_text());
    let refs: Vec<_> = joined.iter().collect();
    println!("the same, hyphenated words joined:\n{}", eval::evaluate(&model, &refs).to_text());
    Ok(())
}
