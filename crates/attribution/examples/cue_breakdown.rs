//! Cue errors by kind, on the scorer's own token sets (tuning aid, not shipped).
//!
//! ```text
//! cargo run --release -p dossier-attribution --example cue_breakdown -- dev /tmp/model.bin [combined|model|rules] [-v]
//! ```
//! Missed gold cues are split into (a) attributions missed entirely (no
//! predicted cue or content touches the gold cue or content), (d1) the gold
//! cue lies inside a predicted content (an attribution nested in another's
//! words, or the cue read as content), (d2) the gold cue was tagged as a
//! source, (d3) the gold content or source was found with another cue. False predicted cues are split
//! into (b) spurious attributions (their content and cue touch no gold
//! attribution) and (d') cue misplaced in a gold attribution (their content
//! or cue lies inside a gold attribution whose cue they miss). Matched cues
//! that differ in extent are counted as (c) boundary mismatches, which cost
//! exact F1 only.
use dossier_attribution::eval::{System, predict, scored_parts};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::text::View;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::collections::HashMap;
use std::path::PathBuf;

fn touches(a: &[usize], b: &[usize]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.first().cloned().unwrap_or_else(|| "dev".into());
    let model = args.get(1).map(|p| Model::from_bytes(&std::fs::read(p).expect("model file")).expect("model"));
    let system = match args.get(2).map(String::as_str) {
        Some("rules") => System::Rules,
        Some("model") => System::Model,
        _ => System::Combined,
    };
    let verbose = args.iter().any(|x| x == "-v");
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &split, None).expect("polnear split");
    let full = dossier_nlp::default_pipeline();
    let mut n: HashMap<&str, usize> = HashMap::new();
    let mut words: HashMap<(&str, String), usize> = HashMap::new();
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let pred = predict(&mut doc, system, model.as_ref());
        let (p, g) = scored_parts(&doc, &pred, &a.gold);
        let view = View::new(&doc);
        let say = |ks: &[usize]| ks.iter().map(|&k| view.words[k].lower.clone()).collect::<Vec<_>>().join(" ");
        let ctx =
            |ks: &[usize]| {
                let k = ks[0];
                let lo = k.saturating_sub(12);
                let hi = (k + 12).min(view.words.len());
                (lo..hi)
                    .map(|j| {
                        if ks.contains(&j) { format!("[{}]", view.words[j].lower) } else { view.words[j].lower.clone() }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
        for gp in g.iter().filter(|x| !x[1].is_empty()) {
            *n.entry("gold cues").or_default() += 1;
            if let Some(pp) = p.iter().find(|pp| touches(&pp[1], &gp[1])) {
                *n.entry("gold cue matched").or_default() += 1;
                if pp[1] != gp[1] {
                    *n.entry("(c) matched, extent differs").or_default() += 1;
                }
                continue;
            }
            let all_g: Vec<usize> = gp.iter().flatten().copied().collect();
            let in_content = p.iter().any(|pp| touches(&pp[2], &gp[1]));
            let in_source = p.iter().any(|pp| touches(&pp[0], &gp[1]));
            let found = p.iter().any(|pp| touches(&pp[2], &gp[2]) || touches(&pp[1], &all_g));
            let k = if in_content {
                "(d1) missed cue inside a predicted content"
            } else if in_source {
                "(d2) missed cue tagged as a source"
            } else if found {
                "(d3) missed cue, its content or source found with another cue"
            } else {
                "(a) missed attribution"
            };
            *n.entry(k).or_default() += 1;
            *words.entry((k, say(&gp[1]))).or_default() += 1;
            if verbose {
                println!("{k}: {}", ctx(&gp[1]));
            }
        }
        if args.iter().any(|x| x == "-s") {
            for pp in p.iter().filter(|x| !x[0].is_empty()) {
                if !g.iter().any(|gp| touches(&pp[0], &gp[0])) {
                    let cue_ok = g.iter().any(|gp| touches(&pp[1], &gp[1]));
                    println!("FALSE SOURCE (cue {}): {}", if cue_ok { "right" } else { "wrong" }, ctx(&pp[0]));
                }
            }
        }
        for pp in p.iter().filter(|x| !x[1].is_empty()) {
            *n.entry("predicted cues").or_default() += 1;
            if g.iter().any(|gp| touches(&pp[1], &gp[1])) {
                continue;
            }
            let all_p: Vec<usize> = pp.iter().flatten().copied().collect();
            let inside = g.iter().any(|gp| {
                let all_g: Vec<usize> = gp.iter().flatten().copied().collect();
                touches(&pp[2], &gp[2]) || touches(&pp[1], &all_g) || touches(&all_p, &gp[1])
            });
            let k = if inside { "(d') false cue inside a gold attribution" } else { "(b) spurious attribution" };
            *n.entry(k).or_default() += 1;
            *words.entry((k, say(&pp[1]))).or_default() += 1;
            if verbose {
                println!("{k}: {}", ctx(&pp[1]));
            }
        }
    }
    let mut v: Vec<_> = n.into_iter().collect();
    v.sort();
    for (k, c) in &v {
        println!("{c:6} {k}");
    }
    let mut w: Vec<_> = words.into_iter().collect();
    w.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for kind in [
        "(a) missed attribution",
        "(d1) missed cue inside a predicted content",
        "(d2) missed cue tagged as a source",
        "(d3) missed cue, its content or source found with another cue",
        "(b) spurious attribution",
        "(d') false cue inside a gold attribution",
    ] {
        println!("== {kind}");
        for ((_, s), c) in w.iter().filter(|x| x.0.0 == kind).take(25) {
            println!("{c:4} {s}");
        }
    }
}
