//! Lists re3d EQUIPMENT misses and false alarms with their context, and
//! scores the two halves of the corpus separately (documents alternate
//! between a "look" half and a "measure" half in the reader's order).
//!
//! ```sh
//! cargo run --release -p dossier-nlp --example re3d_errors -- ../shared/data/ner-extra/re3d [look|measure|all] [--quiet] [--tp]
//! ```

use std::path::Path;

use dossier_nlp::entities::eval::{GoldDoc, Match, evaluate_with, re3d_predictions, read_re3d, run_stages};

fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..start], &text[start..end], &text[end..b]).replace('\n', " ")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map(String::as_str).unwrap_or("../shared/data/ner-extra/re3d");
    let half = args.get(2).map(String::as_str).unwrap_or("look");
    let quiet = args.iter().any(|a| a == "--quiet");
    // "--tp": also the predictions that match a gold span exactly.
    let tp = args.iter().any(|a| a == "--tp");
    let all = read_re3d(Path::new(dir))?;
    let pick = |k: usize| match half {
        "look" => k.is_multiple_of(2),
        "measure" => !k.is_multiple_of(2),
        _ => true,
    };
    let docs: Vec<GoldDoc> = all.into_iter().enumerate().filter(|(k, _)| pick(*k)).map(|(_, d)| d).collect();
    if !quiet {
        for d in &docs {
            let doc = run_stages(&d.text);
            let pred: Vec<_> =
                re3d_predictions(&doc).into_iter().filter(|(_, l)| l == "EQUIPMENT").map(|(s, _)| s).collect();
            let gold: Vec<_> = d.spans.iter().filter(|(_, l)| l == "EQUIPMENT").map(|(s, _)| *s).collect();
            for g in &gold {
                if tp && pred.contains(g) {
                    println!("TP\t{}\t\t{}", g.slice(&d.text), context(&d.text, g.start, g.end));
                }
                if !pred.contains(g) {
                    let near = pred.iter().find(|p| p.overlaps(*g)).map(|p| p.slice(&d.text).to_string());
                    println!("FN\t{}\t{:?}\t{}", g.slice(&d.text), near, context(&d.text, g.start, g.end));
                }
            }
            for p in &pred {
                if !gold.contains(p) {
                    let near = gold.iter().find(|g| g.overlaps(*p)).map(|g| g.slice(&d.text).to_string());
                    println!("FP\t{}\t{:?}\t{}", p.slice(&d.text), near, context(&d.text, p.start, p.end));
                }
            }
        }
    }
    for how in [Match::Exact, Match::Overlap] {
        let r = evaluate_with(&docs, how, &["EQUIPMENT"], re3d_predictions);
        println!(
            "{half} {:?}: docs {} gold {} pred {} correct {} P {:.3} R {:.3} F1 {:.3}",
            how, r.documents, r.gold, r.predicted, r.correct, r.precision, r.recall, r.f1
        );
    }
    Ok(())
}
