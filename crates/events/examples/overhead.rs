//! The event stage's share of whole-pipeline time, measured in one process:
//! the pipeline without the event stage and the default pipeline (with it)
//! run alternately over the same documents.
//!
//! cargo run --release -p dossier-events --example overhead -- DIR [ITERATIONS]

use dossier_model::Document;
use dossier_nlp::{Pipeline, default_pipeline};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: overhead DIR [ITERATIONS]");
    let iterations: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .filter_map(|p| dossier_ingest::read_path(p, &dossier_ingest::ReadOptions::default()).ok())
        .collect();
    let without = Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
        Box::new(dossier_nlp::entities::EntityStage),
        Box::new(dossier_nlp::timex::TimexStage),
        Box::new(dossier_nlp::attribution::AttributionStage),
    ])
    .expect("ordered");
    let with = default_pipeline();
    let time = |p: &Pipeline| -> (Duration, usize) {
        let mut total = Duration::ZERO;
        let mut events = 0;
        for d in &docs {
            let mut d = d.clone();
            let t = Instant::now();
            p.run(&mut d);
            total += t.elapsed();
            events += d.events.len();
        }
        (total, events)
    };
    time(&with); // warm-up: models and lexicons loaded
    let (mut a, mut b, mut events) = (Duration::ZERO, Duration::ZERO, 0);
    for _ in 0..iterations {
        a += time(&without).0;
        let (t, n) = time(&with);
        b += t;
        events = n;
    }
    let (a, b) = (a.as_secs_f64(), b.as_secs_f64());
    println!(
        "{} documents, {} events; without events {:.3}s, with events {:.3}s over {} passes; overhead {:.1}%",
        docs.len(),
        events,
        a,
        b,
        iterations,
        100.0 * (b - a) / a
    );
}
