//! Scored source (or cue) differences between the combined system and the
//! tagger alone, on the scorer's own token sets (tuning aid, not shipped).
//!
//! ```text
//! cargo run --release -p dossier-attribution --example source_diff -- dev /tmp/model.bin [source|cue]
//! ```
//! For each document the prediction of each system is made univocal as the
//! scorer does; a predicted span is a hit when it shares a token with a gold
//! span of the same part. Printed: combined false spans the tagger does not
//! share (`C-FP`), tagger hits the combination lacks (`T-TP`), gold spans
//! the tagger recalls and the combination misses (`MISS`), and the reverse
//! (`GAIN`), each with its context and the attribution's cue and content.
use dossier_attribution::eval::{System, predict, scored_parts};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::text::View;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::path::PathBuf;

fn touches(a: &[usize], b: &[usize]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.first().cloned().unwrap_or_else(|| "dev".into());
    let model = Model::from_bytes(&std::fs::read(&args[1]).expect("model file")).expect("model");
    let part = if args.get(2).map(String::as_str) == Some("cue") { 1 } else { 0 };
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &split, None).expect("polnear split");
    let full = dossier_nlp::default_pipeline();
    let mut counts = [0usize; 4];
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let tp = predict(&mut doc, System::Model, Some(&model));
        let cp = predict(&mut doc, System::Combined, Some(&model));
        let (t, g) = scored_parts(&doc, &tp, &a.gold);
        let (c, _) = scored_parts(&doc, &cp, &a.gold);
        let view = View::new(&doc);
        let ctx =
            |ks: &[usize]| {
                let k = ks[0];
                let lo = k.saturating_sub(14);
                let hi = (ks[ks.len() - 1] + 14).min(view.words.len());
                (lo..hi)
                    .map(|j| {
                        if ks.contains(&j) { format!("[{}]", view.words[j].lower) } else { view.words[j].lower.clone() }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
        let say = |ks: &[usize]| ks.iter().map(|&k| view.words[k].lower.clone()).collect::<Vec<_>>().join(" ");
        let gs: Vec<&Vec<usize>> = g.iter().map(|x| &x[part]).filter(|s| !s.is_empty()).collect();
        let hit = |s: &[usize]| gs.iter().any(|x| touches(s, x));
        let show = |tag: &str, parts: &[usize; 3], all: &[[Vec<usize>; 3]]| {
            let _ = parts;
            let _ = all;
            tag.to_string()
        };
        let _ = show;
        // Combined false spans that no tagger false span shares.
        for p in &c {
            let s = &p[part];
            if s.is_empty() || hit(s) {
                continue;
            }
            if t.iter().any(|q| !q[part].is_empty() && !hit(&q[part]) && touches(&q[part], s)) {
                continue;
            }
            counts[0] += 1;
            println!(
                "C-FP {}\n     cue: {} | content: {}",
                ctx(s),
                say(&p[1]),
                say(&p[2]).chars().take(100).collect::<String>()
            );
        }
        for p in &t {
            let s = &p[part];
            if s.is_empty() || !hit(s) {
                continue;
            }
            if c.iter().any(|q| touches(&q[part], s)) {
                continue;
            }
            counts[1] += 1;
            println!(
                "T-TP {}\n     cue: {} | content: {}",
                ctx(s),
                say(&p[1]),
                say(&p[2]).chars().take(100).collect::<String>()
            );
        }
        if std::env::var_os("FALSE").is_some() {
            for q in c.iter().filter(|q| !q[part].is_empty() && !hit(&q[part])) {
                let s = &q[part];
                let gold_cue = g.iter().find(|x| !q[1].is_empty() && touches(&x[1], &q[1]));
                let kind = match gold_cue {
                    Some(x) if x[0].is_empty() => "GOLDNOSRC",
                    Some(_) => "WRONGSRC",
                    None if g.iter().any(|x| touches(&x[2], &q[2]) || touches(&x[2], s)) => "INGOLD",
                    None => "SPURIOUS",
                };
                println!(
                    "{kind} {}\n     cue: {} | content: {}",
                    ctx(s),
                    say(&q[1]),
                    say(&q[2]).chars().take(80).collect::<String>()
                );
            }
            continue;
        }
        if std::env::var_os("MISSES").is_some() {
            for gp in g.iter().filter(|x| !x[part].is_empty()) {
                let s = &gp[part];
                if c.iter().any(|q| touches(&q[part], s)) {
                    continue;
                }
                // The predicted attribution holding the gold cue, if any.
                let with_cue = c.iter().find(|q| !gp[1].is_empty() && touches(&q[1], &gp[1]));
                let kind = match with_cue {
                    Some(q) if q[0].is_empty() => "NOSRC",
                    Some(_) => "OTHERSRC",
                    None if c.iter().any(|q| touches(&q[2], s)) => "INCONTENT",
                    None if c.iter().any(|q| touches(&q[2], &gp[2])) => "CONTENTONLY",
                    None => "NONE",
                };
                println!(
                    "{kind} {}\n     gold cue: {} | pred: {}",
                    ctx(s),
                    say(&gp[1]),
                    with_cue.map(|q| format!("src {} | cue {}", say(&q[0]), say(&q[1]))).unwrap_or_default()
                );
            }
            continue;
        }
        for gp in g.iter().filter(|x| !x[part].is_empty()) {
            let s = &gp[part];
            let in_t = t.iter().any(|q| touches(&q[part], s));
            let in_c = c.iter().any(|q| touches(&q[part], s));
            if in_t && !in_c {
                counts[2] += 1;
                println!("MISS {}\n     gold cue: {}", ctx(s), say(&gp[1]));
            } else if in_c && !in_t {
                counts[3] += 1;
                println!("GAIN {}\n     gold cue: {}", ctx(s), say(&gp[1]));
            }
        }
    }
    println!(
        "combined-only false: {} · tagger-only true spans: {} · gold missed by combined only: {} · gold found by combined only: {}",
        counts[0], counts[1], counts[2], counts[3]
    );
}
