//! Command-line front for training and evaluating the recogniser, until the
//! `dossier` CLI wraps the same library calls as `dossier train ner` and
//! `dossier eval ner`.
//!
//! ```text
//! cargo run --release -p dossier-ner --example ner -- train --train TRAIN --dev DEV --out MODEL
//!     [--gazetteers DIR] [--clusters FILE] [--epochs N] [--min-count N] [--folds N] [--no-refit] [--no-document]
//! cargo run --release -p dossier-ner --example ner -- clusters --out FILE
//!     [--conll FILE,FILE…] [--text-dir DIR,DIR…] [--depth N] [--min-count N] [--context-words N]
//! cargo run --release -p dossier-ner --example ner -- eval --conll FILE [--model MODEL] [--format json]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use dossier_ner::{Clusters, Gazetteer, Model, TrainOptions, eval_file, train_from_files};

fn usage() -> ExitCode {
    eprintln!(
        "usage:\n  ner train --train FILE --dev FILE --out FILE [--gazetteers DIR] [--clusters FILE] [--epochs N] [--min-count N] [--folds N] [--no-refit] [--no-document] [--no-gazetteer] [--no-clusters]\n  ner eval --conll FILE [--model FILE] [--format text|json]\n  ner clusters --out FILE [--conll FILE,FILE…] [--text-dir DIR,DIR…] [--depth N] [--min-count N] [--context-words N]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        return usage();
    };
    let mut flags = std::collections::HashMap::new();
    let mut switches = std::collections::HashSet::new();
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a.starts_with("--no-") {
            switches.insert(a.clone());
            i += 1;
        } else if a.starts_with("--") && i + 1 < args.len() {
            flags.insert(a.clone(), args[i + 1].clone());
            i += 2;
        } else {
            eprintln!("unexpected argument {a:?}");
            return usage();
        }
    }
    let result = match cmd.as_str() {
        "train" => run_train(&flags, &switches),
        "eval" => run_eval(&flags),
        "clusters" => run_clusters(&flags),
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

type Flags = std::collections::HashMap<String, String>;

fn required(flags: &Flags, name: &str) -> Result<PathBuf, String> {
    flags.get(name).map(PathBuf::from).ok_or_else(|| format!("missing {name}"))
}

fn run_train(flags: &Flags, switches: &std::collections::HashSet<String>) -> Result<(), String> {
    let train = required(flags, "--train")?;
    let dev = required(flags, "--dev")?;
    let out = required(flags, "--out")?;
    let mut opts = TrainOptions { verbose: true, ..TrainOptions::default() };
    if let Some(e) = flags.get("--epochs") {
        opts.epochs = e.parse().map_err(|_| format!("invalid --epochs {e:?}"))?;
    }
    if let Some(m) = flags.get("--min-count") {
        opts.min_count = m.parse().map_err(|_| format!("invalid --min-count {m:?}"))?;
    }
    if let Some(k) = flags.get("--folds") {
        opts.stacking_folds = k.parse().map_err(|_| format!("invalid --folds {k:?}"))?;
    }
    if let Some(d) = flags.get("--gazetteers") {
        opts.gazetteer = Gazetteer::read_dir(d.as_ref()).map_err(|e| e.to_string())?;
    }
    if let Some(c) = flags.get("--clusters") {
        opts.clusters = Clusters::read(c.as_ref()).map_err(|e| e.to_string())?;
    }
    opts.features.document = !switches.contains("--no-document");
    opts.refit_on_dev = !switches.contains("--no-refit");
    opts.features.gazetteer = !switches.contains("--no-gazetteer") && !opts.gazetteer.is_empty();
    opts.features.clusters = !switches.contains("--no-clusters") && !opts.clusters.is_empty();
    let (model, report) = train_from_files(&train, &dev, &opts).map_err(|e| e.to_string())?;
    model.save(&out).map_err(|e| e.to_string())?;
    eprintln!(
        "saved {} ({} bytes, {} features); best epoch {} dev F1 {:.4}{}; {:.1} s",
        out.display(),
        report.model_bytes,
        report.num_features,
        report.best_epoch,
        report.dev_f1[report.best_epoch - 1],
        if report.refit_on_dev { " (tuning run; the saved model was refit on train + dev)" } else { "" },
        report.seconds
    );
    Ok(())
}

fn run_eval(flags: &Flags) -> Result<(), String> {
    let conll = required(flags, "--conll")?;
    let owned;
    let model: &Model = match flags.get("--model") {
        Some(p) => {
            owned = Model::load(p.as_ref()).map_err(|e| e.to_string())?;
            &owned
        }
        None => Model::embedded(),
    };
    let report = eval_file(model, &conll).map_err(|e| e.to_string())?;
    match flags.get("--format").map(String::as_str) {
        Some("json") => println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?),
        None | Some("text") => print!("{}", report.to_text()),
        Some(f) => return Err(format!("unknown --format {f:?} (expected text or json)")),
    }
    Ok(())
}

/// Builds a cluster file from the tokens of CoNLL files and the `*.txt`
/// files of directories (read in name order, one paragraph per line).
fn run_clusters(flags: &Flags) -> Result<(), String> {
    use dossier_ner::cluster_build::{ClusterOptions, build, tokenize_plain};
    let out = required(flags, "--out")?;
    let mut opts = ClusterOptions::default();
    let num = |name: &str, v: &mut usize| -> Result<(), String> {
        if let Some(x) = flags.get(name) {
            *v = x.parse().map_err(|_| format!("invalid {name} {x:?}"))?;
        }
        Ok(())
    };
    num("--depth", &mut opts.depth)?;
    num("--context-words", &mut opts.context_words)?;
    let mut mc = opts.min_count as usize;
    num("--min-count", &mut mc)?;
    opts.min_count = mc as u32;
    let mut sentences: Vec<Vec<String>> = Vec::new();
    for f in flags.get("--conll").map(|s| s.split(',').collect::<Vec<_>>()).unwrap_or_default() {
        for doc in dossier_ner::conll::read(f.as_ref()).map_err(|e| e.to_string())? {
            sentences.extend(doc.sentences.into_iter().map(|s| s.tokens));
        }
    }
    for dir in flags.get("--text-dir").map(|s| s.split(',').collect::<Vec<_>>()).unwrap_or_default() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read {dir}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
            sentences.extend(text.lines().map(tokenize_plain).filter(|t| !t.is_empty()));
        }
    }
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let words = build(&sentences, &opts);
    let mut text = String::new();
    for w in &words {
        text += &format!("{}\t{}\t{}\n", w.path, w.word, w.count);
    }
    std::fs::write(&out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("{} words clustered from {tokens} tokens into {}", words.len(), out.display());
    Ok(())
}
