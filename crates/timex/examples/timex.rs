//! Command-line front for the timex library, for evaluation and quick looks.
//!
//! ```text
//! timex eval GOLD_DIR [INPUT_DIR] [--json] [--diffs KIND]   TempEval-3 scores on TimeML
//! timex meantime DIR [--json] [--diffs KIND]                scores on MEANTIME CAT XML
//! timex tag [--anchor YYYY-MM-DD] FILE                      one line per expression
//! timex bench FILE [ROUNDS]                                 throughput on one core
//! ```

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use dossier_timex::eval::{self, Scorer};
use dossier_timex::{Anchor, NaiveDate, annotate};

fn print(scorer: &Scorer, json: bool, diffs: Option<&str>) {
    let r = scorer.report();
    if let Some(kind) = diffs {
        for d in scorer.diffs.iter().filter(|d| kind == "all" || d.kind == kind) {
            println!(
                "{:8} {:24} gold={:?}/{:?}/{:?} sys={:?}/{:?}/{:?} rule={:?} | {}",
                d.kind,
                d.doc,
                d.gold_text.as_deref().unwrap_or(""),
                d.gold_type.as_deref().unwrap_or(""),
                d.gold_value.as_deref().unwrap_or(""),
                d.system_text.as_deref().unwrap_or(""),
                d.system_type.as_deref().unwrap_or(""),
                d.system_value.as_deref().unwrap_or(""),
                d.rule.unwrap_or(""),
                d.context
            );
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
    } else {
        println!("files {}  gold {}  system {}", r.files, r.gold, r.system);
        println!("strict   P {:.4}  R {:.4}  F1 {:.4}", r.strict_precision, r.strict_recall, r.strict_f1);
        println!("relaxed  P {:.4}  R {:.4}  F1 {:.4}", r.relaxed_precision, r.relaxed_recall, r.relaxed_f1);
        println!(
            "type accuracy {:.4}  type F1 {:.4}  value accuracy {:.4}  value F1 {:.4}",
            r.type_accuracy, r.type_f1, r.value_accuracy, r.value_f1
        );
        println!("throughput {:.1} MB/s ({} bytes)", r.mb_per_second, r.bytes);
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let diffs = args.iter().position(|a| a == "--diffs").and_then(|p| args.get(p + 1)).map(String::as_str);
    let anchor_arg = args.iter().position(|a| a == "--anchor").and_then(|p| args.get(p + 1));
    let positional: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(k, a)| {
            let after_flag = *k > 0 && matches!(args[k - 1].as_str(), "--diffs" | "--anchor");
            !(a.starts_with("--") || after_flag)
        })
        .map(|(_, a)| a)
        .collect();
    let result: Result<(), String> = match positional.first().map(|s| s.as_str()) {
        Some("eval") if positional.len() >= 2 => {
            let gold = Path::new(positional[1]);
            let input = positional.get(2).map_or(gold, |p| Path::new(p.as_str()));
            eval::eval_dirs_detailed(gold, input)
                .map(|s| print(&s, json, diffs))
                .map_err(|e| e.to_string())
        }
        Some("meantime") if positional.len() >= 2 => eval::eval_cat_dir_detailed(Path::new(positional[1]))
            .map(|s| print(&s, json, diffs))
            .map_err(|e| e.to_string()),
        Some("tag") if positional.len() >= 2 => (|| {
            let text = std::fs::read_to_string(positional[1])
                .map_err(|e| format!("cannot read {}: {e}", positional[1]))?;
            let date = match anchor_arg {
                Some(a) => Some(
                    NaiveDate::parse_from_str(a, "%Y-%m-%d")
                        .map_err(|e| format!("bad --anchor {a}: {e}"))?,
                ),
                None => None,
            };
            for t in annotate(&text, &Anchor { date }) {
                let m = t.modifier.map(|m| format!(" mod={}", m.as_str())).unwrap_or_default();
                println!(
                    "{}..{}\t{}\t{}{}\t{}\t{:?}",
                    t.start,
                    t.end,
                    t.ty,
                    t.value,
                    m,
                    t.rule,
                    &text[t.start..t.end]
                );
            }
            Ok(())
        })(),
        Some("bench") if positional.len() >= 2 => (|| {
            let text = std::fs::read_to_string(positional[1])
                .map_err(|e| format!("cannot read {}: {e}", positional[1]))?;
            let rounds: usize = positional.get(2).and_then(|r| r.parse().ok()).unwrap_or(20);
            let anchor = Anchor::on(NaiveDate::from_ymd_opt(2013, 3, 22).unwrap_or_default());
            let mut n = annotate(&text, &anchor).len();
            let t0 = Instant::now();
            for _ in 0..rounds {
                n += annotate(&text, &anchor).len();
            }
            let secs = t0.elapsed().as_secs_f64();
            let mb = (text.len() * rounds) as f64 / 1e6;
            println!(
                "{:.2} MB in {:.3} s: {:.1} MB/s on one thread ({} timexes)",
                mb,
                secs,
                mb / secs,
                n
            );
            Ok(())
        })(),
        _ => Err("usage: timex eval GOLD_DIR [INPUT_DIR] [--json] [--diffs KIND] | timex meantime DIR | timex tag [--anchor YYYY-MM-DD] FILE | timex bench FILE [ROUNDS]".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("timex: {e}");
            ExitCode::FAILURE
        }
    }
}
