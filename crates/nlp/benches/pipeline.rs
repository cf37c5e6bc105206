//! Pipeline throughput on the bundled example articles, stage by stage and
//! as a whole. Run with `cargo bench -p dossier-nlp`; `dossier bench
//! extract PATH...` gives the same whole-pipeline figure on any files.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier_model::{DateSource, Document, Metadata, Published};
use dossier_nlp::{Stage, default_pipeline, entities, segment, timex, tokenize};
use std::hint::black_box;

fn examples() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("example is UTF-8");
            let meta = Metadata {
                published: Some(Published { value: "2025-03-06".into(), source: DateSource::User }),
                ..Default::default()
            };
            Document::new(text, meta)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = examples();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut prepared = docs.clone();
    for d in &mut prepared {
        segment::Segmenter.run(d);
        tokenize::Tokenizer.run(d);
    }
    let mut group = c.benchmark_group("examples");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("whole pipeline", |b| {
        let pipeline = default_pipeline();
        b.iter(|| {
            for d in &docs {
                let mut d = d.clone();
                pipeline.run(&mut d);
                black_box(&d);
            }
        })
    });
    group.bench_function("segment + tokenize", |b| {
        b.iter(|| {
            for d in &docs {
                let mut d = d.clone();
                segment::Segmenter.run(&mut d);
                tokenize::Tokenizer.run(&mut d);
                black_box(&d);
            }
        })
    });
    group.bench_function("entities", |b| {
        b.iter(|| {
            for d in &prepared {
                let mut d = d.clone();
                entities::EntityStage.run(&mut d);
                black_box(&d);
            }
        })
    });
    group.bench_function("timex", |b| {
        b.iter(|| {
            for d in &prepared {
                let mut d = d.clone();
                timex::TimexStage.run(&mut d);
                black_box(&d);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
