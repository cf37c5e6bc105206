//! Error listing for tuning (not shipped).
use dossier_attribution::eval::{System, predict};
use dossier_attribution::model::Model;
use dossier_attribution::polnear::load_split;
use dossier_attribution::train::prepare;
use dossier_model::Document;
use std::collections::HashMap;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.first().cloned().unwrap_or_else(|| "dev".into());
    let model = Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let system = match args.get(2).map(String::as_str) {
        Some("rules") => System::Rules,
        Some("combined") => System::Combined,
        _ => System::Model,
    };
    let arts = load_split(&PathBuf::from("../shared/data/polnear"), &split, None).unwrap();
    let full = dossier_nlp::default_pipeline();
    let mut miss: HashMap<String, usize> = HashMap::new();
    let mut fp: HashMap<String, usize> = HashMap::new();
    let mut srcmiss: HashMap<String, usize> = HashMap::new();
    for a in &arts {
        let mut doc = prepare(a, &|d: &mut Document| full.run(d));
        let pred = predict(&mut doc, system, Some(&model));
        let t = |s: dossier_model::Span| doc.text[s.start..s.end].replace('\n', " ").to_lowercase();
        for g in &a.gold {
            let hit = g.cue.iter().any(|c| pred.iter().any(|p| p.1.is_some_and(|q| q.overlaps(*c))));
            if !hit && !g.cue.is_empty() {
                let k = g.cue.iter().map(|c| t(*c)).collect::<Vec<_>>().join(" … ");
                *miss.entry(k.clone()).or_default() += 1;
                if args.iter().any(|x| x == "-v") {
                    let s = g.cue[0];
                    let lo = doc.text[..s.start].char_indices().rev().nth(80).map_or(0, |x| x.0);
                    let hi = s.end + doc.text[s.end..].char_indices().nth(80).map_or(doc.text.len() - s.end, |x| x.0);
                    println!("MISS [{}] {}", k, doc.text[lo..hi].replace('\n', " "));
                }
            }
        }
        for g in &a.gold {
            if g.source.is_empty() {
                continue;
            }
            let src_hit = g.source.iter().any(|c| pred.iter().any(|p| p.0.is_some_and(|q| q.overlaps(*c))));
            if src_hit {
                continue;
            }
            let cue_hit = g.cue.iter().any(|c| pred.iter().any(|p| p.1.is_some_and(|q| q.overlaps(*c))));
            let k = if cue_hit { "source missed, cue found" } else { "source missed, cue missed" };
            *srcmiss.entry(k.to_string()).or_default() += 1;
            if cue_hit && args.iter().any(|x| x == "-s") {
                let s = g.source[0];
                let lo = doc.text[..s.start].char_indices().rev().nth(60).map_or(0, |x| x.0);
                let hi = s.end + doc.text[s.end..].char_indices().nth(100).map_or(doc.text.len() - s.end, |x| x.0);
                println!("SRC [{}] {}", t(s), doc.text[lo..hi].replace('\n', " "));
            }
        }
        for p in &pred {
            let Some(c) = p.1 else { continue };
            let hit = a.gold.iter().any(|g| g.cue.iter().any(|q| q.overlaps(c)));
            if !hit {
                *fp.entry(t(c)).or_default() += 1;
            }
        }
    }
    let show = |name: &str, m: HashMap<String, usize>| {
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let total: usize = v.iter().map(|x| x.1).sum();
        println!("== {name}: {total}");
        for (k, n) in v.iter().take(60) {
            println!("{n:4} {k}");
        }
    };
    show("missed gold cues", miss);
    show("false cues", fp);
    show("sources", srcmiss);
}
