//! Batch ingest: read, fetch and extract on worker threads, write from one.
//!
//! Inputs are files, folders, `-`, URLs (a page or a feed, whose items are
//! then fetched), feed files and web archives (`.warc`, `.warc.gz`). A
//! producer thread turns them into jobs, streaming (an archive of any size
//! is read record by record); workers read or fetch, decode and extract;
//! the calling thread owns the store and writes each document in its own
//! transaction as it arrives. So a batch killed halfway leaves every
//! finished document stored and none half-written, and the next run skips
//! what is already there (ids are content hashes, known before extraction,
//! so stored documents are not even re-extracted). One bad item is
//! reported and the batch goes on.

use anyhow::Result;
use dossier_fetch::warc::{Records, WarcOptions, is_warc_path};
use dossier_fetch::{FetchOptions, Fetched, Fetcher, is_feed, parse_feed};
use dossier_ingest::{Format, ReadOptions, collect_inputs, read_bytes, read_path};
use dossier_model::{DateSource, Document};
use dossier_store::{PutOutcome, SqliteStore, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

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

/// One unit of work for a worker.
enum Job {
    File(PathBuf),
    /// A page to fetch, with the date its feed gave it.
    Url {
        url: String,
        published: Option<String>,
    },
    /// Bytes already in hand (a fetched page, an archived response).
    Bytes(Page),
    /// A problem found while producing jobs.
    Failed(String),
}

/// An input's bytes with what is known about them.
struct Page {
    name: String,
    bytes: Vec<u8>,
    format: Format,
    url: Option<String>,
    published: Option<(String, DateSource)>,
}

enum Outcome {
    Extracted(Box<Document>, String),
    Known(String),
    Failed(String),
}

/// How the batch reaches the network.
#[derive(Clone, Default)]
pub struct NetOptions {
    pub allow_private: bool,
}

fn is_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

pub fn ingest(
    store: &mut SqliteStore,
    inputs: &[PathBuf],
    opts: &ReadOptions,
    jobs: Option<usize>,
    net: &NetOptions,
) -> Result<Report> {
    let mut report = Report { ingested: Vec::new(), duplicates: Vec::new(), failed: Vec::new() };
    let pipeline = dossier_nlp::default_pipeline();
    let signature = pipeline.signature();
    // Every stored id, so workers can skip extraction of what is known.
    let known: Arc<HashSet<String>> = Arc::new(store.ids()?.into_iter().collect());
    let fetch_opts = FetchOptions {
        allow_private: net.allow_private,
        max_bytes: if opts.max_bytes == 0 { dossier_ingest::DEFAULT_MAX_BYTES } else { opts.max_bytes },
        ..Default::default()
    };
    let fetcher = Arc::new(Fetcher::new(fetch_opts.clone()));
    let workers = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1);
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(workers * 4);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (out_tx, out_rx) = mpsc::sync_channel::<Outcome>(64);
    // Files and folders are listed now, so the progress bar knows its
    // length when nothing else (URLs, archives, feeds) is in the batch.
    let (mut plain, mut other) = (Vec::new(), Vec::new());
    for input in inputs {
        let name = input.to_string_lossy();
        if is_url(&name) || is_warc_path(input) || looks_like_feed_file(input) {
            other.push(input.clone());
        } else {
            plain.push(input.clone());
        }
    }
    let (files, errors) = collect_inputs(&plain);
    let total = (other.is_empty()).then_some(files.len() + errors.len());
    let progress = progress_bar(total);

    std::thread::scope(|scope| -> Result<()> {
        let producer_fetcher = Arc::clone(&fetcher);
        let (other, files) = (&other, &files);
        scope.spawn(move || produce(other, files, errors, opts, &producer_fetcher, &job_tx));
        for _ in 0..workers {
            let job_rx = Arc::clone(&job_rx);
            let out_tx = out_tx.clone();
            let known = Arc::clone(&known);
            let fetcher = Arc::clone(&fetcher);
            let pipeline = &pipeline;
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next job.
                    let job = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(job) = job else { return };
                    let outcome = work(job, opts, &fetcher, &known, pipeline);
                    if out_tx.send(outcome).is_err() {
                        return;
                    }
                }
            });
        }
        drop(out_tx);
        for outcome in out_rx {
            match outcome {
                Outcome::Failed(e) => report.failed.push(e),
                Outcome::Known(name) => report.duplicates.push(name),
                Outcome::Extracted(doc, name) => match store.put(&doc, Some(&name), &signature)? {
                    PutOutcome::Inserted => {
                        tracing::info!(id = %doc.id, source = %name, "stored");
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

/// Turns the inputs into jobs, streaming archives: first the listing
/// errors and files, then URLs, feeds and archives.
fn produce(
    other: &[PathBuf],
    files: &[PathBuf],
    errors: Vec<dossier_ingest::IngestError>,
    opts: &ReadOptions,
    fetcher: &Fetcher,
    tx: &mpsc::SyncSender<Job>,
) {
    let send = |job: Job| tx.send(job).is_ok();
    for e in errors {
        if !send(Job::Failed(e.to_string())) {
            return;
        }
    }
    for f in files {
        if !send(Job::File(f.clone())) {
            return;
        }
    }
    for input in other {
        let name = input.to_string_lossy().into_owned();
        if is_url(&name) {
            for job in url_jobs(&name, fetcher) {
                if !send(job) {
                    return;
                }
            }
        } else if is_warc_path(input) {
            if !warc_jobs(input, opts, &send) {
                return;
            }
        } else {
            for job in feed_file_jobs(input) {
                if !send(job) {
                    return;
                }
            }
        }
    }
}

/// A URL is a page (one job) or a feed (one job per item with a link).
fn url_jobs(url: &str, fetcher: &Fetcher) -> Vec<Job> {
    match fetcher.fetch(url) {
        Err(e) => vec![Job::Failed(e.to_string())],
        Ok(f) if f.is_feed() || (!f.is_html() && is_feed(&f.bytes, f.content_type.as_deref())) => {
            match parse_feed(&f.bytes, url, Some(&f.final_url)) {
                Ok(feed) => feed_items(feed),
                Err(e) => vec![Job::Failed(e.to_string())],
            }
        }
        Ok(f) => vec![Job::Bytes(page(&f, None))],
    }
}

fn feed_items(feed: dossier_fetch::ParsedFeed) -> Vec<Job> {
    feed.items
        .into_iter()
        .filter_map(|item| {
            let published = item.published_iso();
            item.url.map(|url| Job::Url { url, published })
        })
        .collect()
}

fn page(f: &Fetched, published: Option<String>) -> Page {
    let bytes = f.body_for_ingest().into_owned();
    let format = if f.is_html() { Format::Html } else { Format::sniff(&bytes) };
    Page {
        name: f.final_url.clone(),
        bytes,
        format,
        url: Some(f.final_url.clone()),
        published: published.map(|p| (p, DateSource::Feed)),
    }
}

fn looks_like_feed_file(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    let feed_ext = [".rss", ".atom", ".xml", ".json", ".rdf"].iter().any(|e| name.ends_with(e));
    feed_ext && path.is_file()
}

fn feed_file_jobs(path: &Path) -> Vec<Job> {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Err(e) => vec![Job::Failed(format!("{name}: cannot read: {e}"))],
        Ok(bytes) => match parse_feed(&bytes, &name, None) {
            Ok(feed) => feed_items(feed),
            Err(e) => vec![Job::Failed(e.to_string())],
        },
    }
}

/// Streams an archive's HTML responses as jobs; false if the batch stopped.
fn warc_jobs(path: &Path, opts: &ReadOptions, send: &dyn Fn(Job) -> bool) -> bool {
    let name = path.display().to_string();
    let records = match Records::open(path) {
        Ok(r) => r,
        Err(e) => return send(Job::Failed(format!("{name}: {e}"))),
    };
    let max_body = if opts.max_bytes == 0 { dossier_ingest::DEFAULT_MAX_BYTES } else { opts.max_bytes };
    for record in records.with_options(WarcOptions { max_body, ..Default::default() }) {
        let job = match record {
            Ok(resp) => Job::Bytes(Page {
                name: resp.target_uri.clone(),
                bytes: resp.body_for_ingest().into_owned(),
                format: Format::Html,
                url: Some(resp.target_uri.clone()),
                published: resp.date.clone().map(|d| (d, DateSource::Capture)),
            }),
            Err(e) => {
                let fatal = e.is_fatal();
                if !send(Job::Failed(format!("{name}: {e}"))) || fatal {
                    return !fatal;
                }
                continue;
            }
        };
        if !send(job) {
            return false;
        }
    }
    true
}

fn work(
    job: Job,
    opts: &ReadOptions,
    fetcher: &Fetcher,
    known: &HashSet<String>,
    pipeline: &dossier_nlp::Pipeline,
) -> Outcome {
    let (doc, name) = match job {
        Job::Failed(e) => return Outcome::Failed(e),
        Job::File(path) => {
            let name = path.display().to_string();
            match read_path(&path, opts) {
                Ok(doc) => (doc, name),
                Err(e) => return Outcome::Failed(e.to_string()),
            }
        }
        Job::Url { url, published } => match fetcher.fetch(&url) {
            Err(e) => return Outcome::Failed(e.to_string()),
            Ok(f) => match read(page(&f, published), opts) {
                Ok(read) => read,
                Err(e) => return Outcome::Failed(e),
            },
        },
        Job::Bytes(p) => match read(p, opts) {
            Ok(read) => read,
            Err(e) => return Outcome::Failed(e),
        },
    };
    if known.contains(doc.id.as_str()) {
        return Outcome::Known(name);
    }
    let mut doc = doc;
    pipeline.run(&mut doc);
    Outcome::Extracted(Box::new(doc), name)
}

/// Reads a page into a document; the page's URL and date take the place
/// of the command-line ones.
fn read(p: Page, opts: &ReadOptions) -> Result<(Document, String), String> {
    let mut local = opts.clone();
    local.url = p.url.or(local.url);
    if let Some((date, source)) = p.published {
        local.published = Some(date);
        local.published_from = Some(source);
    }
    let doc = read_bytes(&p.bytes, &p.name, p.format, &local).map_err(|e| e.to_string())?;
    Ok((doc, p.name))
}

fn progress_bar(total: Option<usize>) -> ProgressBar {
    let bar = match total {
        Some(n) => ProgressBar::new(n as u64),
        None => ProgressBar::no_length(),
    };
    if std::io::stderr().is_terminal() && total != Some(1) {
        let template = if total.is_some() {
            "{spinner} {bar:30} {pos}/{len} articles ({per_sec}, {eta} left)"
        } else {
            "{spinner} {pos} articles ({per_sec})"
        };
        bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}
