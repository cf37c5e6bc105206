//! Batch ingest: read and extract in parallel, write from one thread.
//!
//! Worker threads (rayon) read, decode and extract; the calling thread owns
//! the store and writes each document in its own transaction as it
//! arrives. So a batch killed halfway leaves every finished document stored
//! and none half-written, and the next run skips what is already there
//! (ids are content hashes, known before extraction, so stored documents
//! are not even re-extracted). One bad file is reported and the batch goes
//! on.

use anyhow::Result;
use dossier_ingest::{IngestError, ReadOptions, collect_inputs, read_path};
use dossier_model::{DocId, Document};
use dossier_store::{PutOutcome, SqliteStore, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc;

pub struct Report {
    pub ingested: Vec<(String, String)>,
    pub duplicates: Vec<String>,
    pub failed: Vec<String>,
}

impl Report {
    pub fn print(&self) {
        for f in &self.failed {
            eprintln!("failed: {f}");
        }
        let dup = if self.duplicates.is_empty() {
            String::new()
        } else {
            format!(", {} already stored (skipped)", self.duplicates.len())
        };
        let failed = if self.failed.is_empty() { String::new() } else { format!(", {} failed", self.failed.len()) };
        eprintln!("ingested {} document{}{dup}{failed}", self.ingested.len(), plural(self.ingested.len()));
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

enum Outcome {
    Extracted(Box<Document>, String),
    Known(String),
    Failed(IngestError),
}

pub fn ingest(store: &mut SqliteStore, paths: &[PathBuf], opts: &ReadOptions, jobs: Option<usize>) -> Result<Report> {
    let (files, errors) = collect_inputs(paths);
    let mut report = Report {
        ingested: Vec::new(),
        duplicates: Vec::new(),
        failed: errors.iter().map(ToString::to_string).collect(),
    };
    if files.is_empty() {
        return Ok(report);
    }
    let pipeline = dossier_nlp::default_pipeline();
    let signature = pipeline.signature();
    // Ids already stored, so workers can skip extraction for them.
    let known: HashSet<DocId> = files_known(store, &files, opts);
    let progress = progress_bar(files.len() as u64);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build()?;
    let (tx, rx) = mpsc::sync_channel::<Outcome>(64);
    std::thread::scope(|scope| -> Result<()> {
        let files = &files;
        let pipeline = &pipeline;
        let known = &known;
        scope.spawn(move || {
            pool.install(|| {
                files.par_iter().for_each_with(tx, |tx, file| {
                    let name = file.display().to_string();
                    let outcome = match read_path(file, opts) {
                        Err(e) => Outcome::Failed(e),
                        Ok(doc) if known.contains(&doc.id) => Outcome::Known(name),
                        Ok(mut doc) => {
                            pipeline.run(&mut doc);
                            Outcome::Extracted(Box::new(doc), name)
                        }
                    };
                    // The receiver only goes away if writing failed fatally.
                    let _ = tx.send(outcome);
                });
            });
        });
        for outcome in rx {
            match outcome {
                Outcome::Failed(e) => report.failed.push(e.to_string()),
                Outcome::Known(name) => report.duplicates.push(name),
                Outcome::Extracted(doc, name) => match store.put(&doc, Some(&name), &signature)? {
                    PutOutcome::Inserted => {
                        tracing::info!(id = %doc.id, file = %name, "stored");
                        report.ingested.push((doc.id.to_string(), name));
                    }
                    PutOutcome::AlreadyStored => report.duplicates.push(name),
                },
            }
            progress.inc(1);
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    Ok(report)
}

/// Which of the files' documents are already stored. Reading twice costs
/// far less than extracting twice; files that fail to read are left for
/// the workers to report.
fn files_known(store: &SqliteStore, files: &[PathBuf], opts: &ReadOptions) -> HashSet<DocId> {
    if store.count().unwrap_or(0) == 0 {
        return HashSet::new();
    }
    files
        .par_iter()
        .filter(|f| f.as_os_str() != "-")
        .filter_map(|f| read_path(f, opts).ok().map(|d| d.id))
        .collect::<Vec<_>>()
        .into_iter()
        .filter(|id| store.contains(id).unwrap_or(false))
        .collect()
}

fn progress_bar(len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if std::io::stderr().is_terminal() && len > 1 {
        bar.set_style(
            ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} articles ({per_sec}, {eta} left)")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}
