//! Command-line front for dossier-html, used for evaluation and debugging.
//!
//! ```text
//! cargo run --release -p dossier-html --example extract -- eval-zyte DIR [--json] [--threads N] [--per-page]
//! cargo run --release -p dossier-html --example extract -- eval-trafilatura DIR [--json] [--threads N] [--per-page]
//! cargo run --release -p dossier-html --example extract -- score-zyte DIR PREDICTIONS.json
//! cargo run --release -p dossier-html --example extract -- page FILE.html[.gz] [--url URL] [--json]
//! ```
//!
//! The real CLI (`dossier eval extraction`) wraps the same library calls;
//! this example exists so the crate can be measured on its own.

use std::path::PathBuf;
use std::process::ExitCode;

use dossier_html::eval::{self, EvalOptions};

fn usage() -> ExitCode {
    eprintln!(
        "usage: extract eval-zyte DIR [--json] [--threads N] [--per-page]\n       \
         extract eval-trafilatura DIR [--json] [--threads N] [--per-page]\n       \
         extract score-zyte DIR PREDICTIONS.json\n       \
         extract page FILE.html[.gz] [--url URL] [--json]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let json = flag("--json");
    let opts = EvalOptions {
        threads: value("--threads").and_then(|t| t.parse().ok()).unwrap_or(1),
        per_page: flag("--per-page"),
    };
    let (Some(cmd), Some(target)) = (args.first(), args.get(1)) else {
        return usage();
    };
    let target = PathBuf::from(target);
    let result: Result<String, String> = match cmd.as_str() {
        "eval-zyte" => eval::zyte::run(&target, &opts)
            .map_err(|e| e.to_string())
            .map(|r| {
                if json {
                    serde_json::to_string_pretty(&r).unwrap_or_default()
                } else {
                    format!(
                        "zyte article-extraction benchmark: {} pages\nprecision {:.3}  recall {:.3}  f1 {:.3}  accuracy {:.3}\n{:.1} pages/s on {} thread(s)",
                        r.pages, r.precision, r.recall, r.f1, r.accuracy, r.pages_per_second, r.threads
                    ) + &if opts.per_page {
                        let mut pages = r.per_page.clone();
                        pages.sort_by(|a, b| a.f1.total_cmp(&b.f1));
                        pages
                            .iter()
                            .map(|p| format!("\n{:.3} p={:.3} r={:.3} {} {}", p.f1, p.precision, p.recall, p.id, p.url.as_deref().unwrap_or("")))
                            .collect::<String>()
                    } else {
                        String::new()
                    }
                }
            }),
        "eval-trafilatura" => eval::trafilatura::run(&target, &opts)
            .map_err(|e| e.to_string())
            .map(|r| {
                if json {
                    serde_json::to_string_pretty(&r).unwrap_or_default()
                } else {
                    format!(
                        "trafilatura evaluation set: {} pages\nprecision {:.3}  recall {:.3}  f1 {:.3}  accuracy {:.3}\n{:.1} pages/s on {} thread(s)",
                        r.pages, r.precision, r.recall, r.f1, r.accuracy, r.pages_per_second, r.threads
                    ) + &r
                        .per_page
                        .iter()
                        .map(|p| format!("\n{} missing={:?} unwanted={:?}", p.file, p.missing, p.unwanted))
                        .collect::<String>()
                }
            }),
        "score-zyte" => match args.get(2) {
            Some(pred) => eval::zyte::score_file(&target, &PathBuf::from(pred))
                .map_err(|e| e.to_string())
                .map(|r| format!("precision {:.3}  recall {:.3}  f1 {:.3}  accuracy {:.3}", r.precision, r.recall, r.f1, r.accuracy)),
            None => return usage(),
        },
        "page" => eval::read_maybe_gz(&target)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                let html = dossier_html::decode_html(&bytes);
                dossier_html::extract(&html, value("--url").as_deref()).map_err(|e| format!("{}: {e}", target.display()))
            })
            .map(|page| {
                if json {
                    serde_json::to_string_pretty(&page).unwrap_or_default()
                } else {
                    let mut meta = page.clone();
                    meta.blocks.clear();
                    format!(
                        "{}\n----\n{}",
                        serde_json::to_string_pretty(&meta).unwrap_or_default(),
                        page.blocks
                            .iter()
                            .map(|b| format!("[{:?}{}] {}", b.kind, if b.level > 0 { b.level.to_string() } else { String::new() }, b.text))
                            .collect::<Vec<_>>()
                            .join("\n\n")
                    )
                }
            }),
        "debug" => match args.get(2) {
            Some(snippet) => eval::read_maybe_gz(&target)
                .map_err(|e| e.to_string())
                .map(|bytes| dossier_html::debug_path(&dossier_html::decode_html(&bytes), snippet).join("\n")),
            None => return usage(),
        },
        _ => return usage(),
    };
    match result {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
