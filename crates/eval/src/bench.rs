//! `dossier bench extract`: pipeline throughput on real files.
//!
//! The documents are read once (reading and decoding are not timed), the
//! pipeline runs over all of them once to warm caches and lazily loaded
//! models, then runs `iterations` more times, single-threaded, on fresh
//! copies. Figures are per core because the loop is single-threaded; peak
//! memory is the process's high-water mark from `/proc/self/status`. Each
//! stage is timed too, so the report gives its share of the whole (the
//! figure issue 6 bounds for the event stage) without a second pipeline.

use dossier_model::Document;
use dossier_nlp::Pipeline;
use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub documents: usize,
    pub bytes: usize,
    pub tokens: usize,
    pub iterations: usize,
    pub seconds: f64,
    pub documents_per_second: f64,
    pub tokens_per_second: f64,
    pub mb_per_second: f64,
    /// Peak resident memory in MiB, where the platform reports it.
    pub peak_rss_mib: Option<f64>,
    /// The pipeline's stages, `name@version`.
    pub pipeline: String,
    /// Time spent in each stage over the timed passes, in pipeline order.
    pub stages: Vec<StageTime>,
}

/// One stage's time in a benchmark run.
#[derive(Debug, Clone, Serialize)]
pub struct StageTime {
    pub stage: String,
    pub seconds: f64,
    /// Fraction of the summed stage time (0–1).
    pub share: f64,
}

/// Runs the pipeline over `docs` (fresh documents with no layers yet).
pub fn bench_extract(pipeline: &Pipeline, docs: &[Document], iterations: usize) -> BenchReport {
    let iterations = iterations.max(1);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut tokens = 0;
    for d in docs {
        let mut d = d.clone();
        pipeline.run(&mut d);
        tokens += d.tokens.len();
    }
    let names = pipeline.stage_names();
    let mut per_stage = vec![Duration::ZERO; names.len()];
    let mut elapsed = Duration::ZERO;
    for _ in 0..iterations {
        for d in docs {
            let mut d = d.clone();
            let start = Instant::now();
            pipeline.run_timed(&mut d, &mut per_stage);
            elapsed += start.elapsed();
            std::hint::black_box(&d);
        }
    }
    let seconds = elapsed.as_secs_f64().max(1e-9);
    let runs = iterations as f64;
    let staged: f64 = per_stage.iter().map(Duration::as_secs_f64).sum::<f64>().max(1e-9);
    let stages = names
        .iter()
        .zip(&per_stage)
        .map(|(name, t)| StageTime {
            stage: (*name).to_string(),
            seconds: t.as_secs_f64(),
            share: t.as_secs_f64() / staged,
        })
        .collect();
    BenchReport {
        documents: docs.len(),
        bytes,
        tokens,
        iterations,
        seconds,
        documents_per_second: docs.len() as f64 * runs / seconds,
        tokens_per_second: tokens as f64 * runs / seconds,
        mb_per_second: bytes as f64 * runs / seconds / 1e6,
        peak_rss_mib: peak_rss_mib(),
        pipeline: pipeline.signature(),
        stages,
    }
}

/// The process's peak resident set size (VmHWM), on Linux.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Metadata;

    #[test]
    fn counts_what_it_ran() {
        let docs = vec![Document::new("One two three. Four five.".into(), Metadata::default()); 3];
        let report = bench_extract(&dossier_nlp::default_pipeline(), &docs, 2);
        assert_eq!(report.documents, 3);
        assert_eq!(report.tokens, 3 * 7);
        assert_eq!(report.iterations, 2);
        assert!(report.tokens_per_second > 0.0);
        assert!(report.pipeline.starts_with("segment@"));
        let names: Vec<&str> = report.stages.iter().map(|s| s.stage.as_str()).collect();
        assert_eq!(names, dossier_nlp::default_pipeline().stage_names());
        let shares: f64 = report.stages.iter().map(|s| s.share).sum();
        assert!((shares - 1.0).abs() < 1e-6, "shares sum to {shares}");
        let staged: f64 = report.stages.iter().map(|s| s.seconds).sum();
        assert!(staged <= report.seconds + 1e-9);
    }
}
