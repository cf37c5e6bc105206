//! Scorers for the two public main-content extraction benchmarks, so that
//! `dossier eval extraction` reports the same figures the benchmarks publish.
//!
//! * [`zyte`]: the Zyte (Scrapinghub) article-extraction benchmark. It mirrors
//!   the benchmark's own `evaluate.py`: tokens are the matches of `\w+`, a page
//!   is a multiset of word 4-gram shingles (a page with fewer than four tokens
//!   is one shingle of all of them), true/false positives and false negatives
//!   are counted on the multisets and normalised per page so that long pages
//!   do not dominate, precision and recall are means over pages, and F1 is the
//!   harmonic mean of those two means.
//! * [`trafilatura`]: the trafilatura evaluation set. Each page lists snippets
//!   that must appear and snippets that must not appear; a snippet "appears"
//!   when its whitespace-normalised form is a substring of the
//!   whitespace-normalised extraction. Counts are summed over the corpus
//!   (micro averaging), as trafilatura's `tests/eval_common.py` does.
//!
//! The key decision: the scorers take the extractor as a closure, so the same
//! harness measures dossier-html and, in benchmarks, other extractors; and
//! timing covers extraction only (files are read and decompressed first), on
//! one thread unless [`EvalOptions::threads`] asks for more.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use crate::HtmlError;

/// How an evaluation run is carried out.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Number of worker threads; 0 or 1 runs on the calling thread, which is
    /// how single-core pages per second are reported.
    pub threads: usize,
    /// Keep the per-page scores in the report (useful when tuning).
    pub per_page: bool,
}

fn read_file(path: &Path) -> Result<Vec<u8>, HtmlError> {
    std::fs::read(path).map_err(|source| HtmlError::Io { path: path.to_path_buf(), source })
}

/// Reads a file, transparently gunzipping it when its name ends in `.gz`.
pub fn read_maybe_gz(path: &Path) -> Result<Vec<u8>, HtmlError> {
    let raw = read_file(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::with_capacity(raw.len() * 4);
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .map_err(|source| HtmlError::Io { path: path.to_path_buf(), source })?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

fn bad_data(path: &Path, message: impl Into<String>) -> HtmlError {
    HtmlError::EvalData { path: path.to_path_buf(), message: message.into() }
}

fn read_json(path: &Path) -> Result<serde_json::Value, HtmlError> {
    let bytes = read_file(path)?;
    serde_json::from_slice(&bytes).map_err(|e| bad_data(path, format!("invalid json: {e}")))
}

/// Runs `f` over `items`, on the calling thread or on a rayon pool, and
/// returns the outputs in input order with the elapsed wall time.
fn timed_map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync + Send) -> (Vec<R>, f64) {
    let start = Instant::now();
    let out: Vec<R> = if threads <= 1 {
        items.iter().map(&f).collect()
    } else {
        use rayon::prelude::*;
        match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(pool) => pool.install(|| items.par_iter().map(&f).collect()),
            // A pool that cannot be built is no reason to fail an evaluation.
            Err(_) => items.iter().map(&f).collect(),
        }
    };
    (out, start.elapsed().as_secs_f64())
}

pub mod zyte {
    //! The Zyte article-extraction benchmark: word 4-gram shingle overlap
    //! between the extracted and the gold article body, averaged per page.

    use super::*;

    /// Per-page counts, normalised so that tp + fp + fn = 1 (or all zero).
    pub type TpFpFn = (f64, f64, f64);

    /// Python's `\w` on `str`: alphanumeric (letters and every kind of
    /// number) or the underscore. Rust's regex `\w` also takes combining
    /// marks and joiners, which splits words differently on a few pages, so
    /// the class is spelled out to match the reference scorer.
    fn is_word(c: char) -> bool {
        c.is_alphanumeric() || c == '_'
    }

    /// Tokens as the benchmark defines them: maximal runs of word characters.
    pub fn tokenize(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match (is_word(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(&text[s..i]);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push(&text[s..]);
        }
        out
    }

    /// The multiset of word n-gram shingles of a text. A text with fewer than
    /// `n` tokens (but at least one) is a single shorter shingle, as in the
    /// reference implementation.
    pub fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, u32> {
        let tokens = tokenize(text);
        let mut out: HashMap<Vec<&str>, u32> = HashMap::new();
        let count = tokens.len().saturating_sub(n) + 1;
        for i in 0..count.max(1) {
            let end = (i + n).min(tokens.len());
            if i >= end {
                continue;
            }
            *out.entry(tokens[i..end].to_vec()).or_default() += 1;
        }
        out
    }

    /// Shingle-multiset matching of one page, normalised by its total count.
    pub fn shingle_matching(gold: &str, pred: &str) -> TpFpFn {
        let g = shingles(gold, 4);
        let p = shingles(pred, 4);
        let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
        for (k, &gc) in &g {
            let pc = p.get(k).copied().unwrap_or(0);
            tp += f64::from(gc.min(pc));
            fn_ += f64::from(gc.saturating_sub(pc));
        }
        for (k, &pc) in &p {
            let gc = g.get(k).copied().unwrap_or(0);
            fp += f64::from(pc.saturating_sub(gc));
        }
        let s = tp + fp + fn_;
        if s > 0.0 { (tp / s, fp / s, fn_ / s) } else { (tp, fp, fn_) }
    }

    fn precision_score(tp: f64, fp: f64, fn_: f64) -> f64 {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        }
    }

    fn recall_score(tp: f64, fp: f64, fn_: f64) -> f64 {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        }
    }

    /// Mean precision over pages with a prediction, mean recall over pages
    /// with gold text, and the harmonic mean of the two.
    pub fn metrics(counts: &[TpFpFn]) -> (f64, f64, f64) {
        let mean = |v: Vec<f64>| {
            if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 }
        };
        let p = mean(counts.iter().filter(|c| c.0 + c.1 > 0.0).map(|c| precision_score(c.0, c.1, c.2)).collect());
        let r = mean(counts.iter().filter(|c| c.0 + c.2 > 0.0).map(|c| recall_score(c.0, c.1, c.2)).collect());
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f1)
    }

    /// One page's score, kept when [`EvalOptions::per_page`] is set.
    #[derive(Debug, Clone, Serialize)]
    pub struct PageScore {
        pub id: String,
        pub url: Option<String>,
        pub precision: f64,
        pub recall: f64,
        pub f1: f64,
    }

    /// The benchmark report.
    #[derive(Debug, Clone, Serialize)]
    pub struct Report {
        pub benchmark: &'static str,
        pub pages: usize,
        pub precision: f64,
        pub recall: f64,
        pub f1: f64,
        /// Share of pages whose token sequence equals the gold one exactly.
        pub accuracy: f64,
        pub seconds: f64,
        pub pages_per_second: f64,
        pub threads: usize,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub per_page: Vec<PageScore>,
    }

    /// A gold page: its id, URL and article body.
    #[derive(Debug, Clone)]
    pub struct GoldPage {
        pub id: String,
        pub url: Option<String>,
        pub body: String,
    }

    /// Reads `ground-truth.json` (or another file of the same shape, such as
    /// a peer's `output/*.json`, plain or wrapped in `{"version","output"}`).
    pub fn load_bodies(path: &Path) -> Result<Vec<GoldPage>, HtmlError> {
        let v = read_json(path)?;
        let obj = v.as_object().ok_or_else(|| bad_data(path, "expected a json object of pages"))?;
        let obj = match (obj.get("output"), obj.get("version"), obj.len()) {
            (Some(serde_json::Value::Object(o)), Some(_), 2) => o,
            _ => obj,
        };
        let mut pages: Vec<GoldPage> = obj
            .iter()
            .map(|(id, item)| GoldPage {
                id: id.clone(),
                url: item.get("url").and_then(|u| u.as_str()).map(str::to_owned),
                body: item.get("articleBody").and_then(|b| b.as_str()).unwrap_or("").to_owned(),
            })
            .collect();
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(pages)
    }

    fn finish(gold: &[GoldPage], preds: &[String], seconds: f64, opts: &EvalOptions) -> Report {
        let counts: Vec<TpFpFn> = gold.iter().zip(preds).map(|(g, p)| shingle_matching(&g.body, p)).collect();
        let (precision, recall, f1) = metrics(&counts);
        let exact = gold.iter().zip(preds).filter(|(g, p)| tokenize(&g.body) == tokenize(p)).count();
        let per_page = if opts.per_page {
            gold.iter()
                .zip(&counts)
                .map(|(g, c)| {
                    let p = precision_score(c.0, c.1, c.2);
                    let r = recall_score(c.0, c.1, c.2);
                    PageScore {
                        id: g.id.clone(),
                        url: g.url.clone(),
                        precision: p,
                        recall: r,
                        f1: if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 },
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        Report {
            benchmark: "zyte-article-extraction",
            pages: gold.len(),
            precision,
            recall,
            f1,
            accuracy: if gold.is_empty() { 0.0 } else { exact as f64 / gold.len() as f64 },
            seconds,
            pages_per_second: if seconds > 0.0 { gold.len() as f64 / seconds } else { 0.0 },
            threads: opts.threads.max(1),
            per_page,
        }
    }

    /// Scores a peer's saved predictions (an `output/*.json` file) against
    /// the gold bodies; used to check this scorer against published figures.
    pub fn score_file(dir: &Path, predictions: &Path) -> Result<Report, HtmlError> {
        let gold = load_bodies(&dir.join("ground-truth.json"))?;
        let pred: HashMap<String, String> = load_bodies(predictions)?.into_iter().map(|p| (p.id, p.body)).collect();
        let preds: Vec<String> = gold.iter().map(|g| pred.get(&g.id).cloned().unwrap_or_default()).collect();
        Ok(finish(&gold, &preds, 0.0, &EvalOptions::default()))
    }

    /// Runs `extract(html, url)` over every page of the benchmark in `dir`
    /// (the folder holding `ground-truth.json` and `html/`) and scores it.
    pub fn run_with<F>(dir: &Path, opts: &EvalOptions, extract: F) -> Result<Report, HtmlError>
    where
        F: Fn(&str, Option<&str>) -> String + Sync + Send,
    {
        let gold = load_bodies(&dir.join("ground-truth.json"))?;
        let mut htmls = Vec::with_capacity(gold.len());
        for g in &gold {
            let path = dir.join("html").join(format!("{}.html.gz", g.id));
            let bytes = read_maybe_gz(&path)?;
            // The benchmark's pages are UTF-8; a stray bad byte is replaced
            // rather than failing the run.
            htmls.push((String::from_utf8_lossy(&bytes).into_owned(), g.url.clone()));
        }
        let (preds, seconds) = timed_map(&htmls, opts.threads, |(html, url)| extract(html, url.as_deref()));
        Ok(finish(&gold, &preds, seconds, opts))
    }

    /// Runs dossier-html's own extractor over the benchmark.
    pub fn run(dir: &Path, opts: &EvalOptions) -> Result<Report, HtmlError> {
        run_with(dir, opts, |html, url| crate::extract(html, url).map(|p| p.text()).unwrap_or_default())
    }
}

pub mod trafilatura {
    //! The trafilatura evaluation set: snippets that must and must not
    //! appear in the extraction, counted over the whole corpus.

    use super::*;

    /// Collapses runs of whitespace to one space and trims, as the
    /// reference scorer does before its substring tests.
    pub fn norm(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// One annotated page.
    #[derive(Debug, Clone)]
    pub struct EvalPage {
        pub url: String,
        pub file: String,
        pub with: Vec<String>,
        pub without: Vec<String>,
    }

    /// Per-page result, kept when [`EvalOptions::per_page`] is set.
    #[derive(Debug, Clone, Serialize)]
    pub struct PageScore {
        pub url: String,
        pub file: String,
        pub missing: Vec<String>,
        pub unwanted: Vec<String>,
    }

    /// The evaluation report (micro-averaged over all snippets).
    #[derive(Debug, Clone, Serialize)]
    pub struct Report {
        pub benchmark: &'static str,
        pub pages: usize,
        pub precision: f64,
        pub recall: f64,
        pub f1: f64,
        pub accuracy: f64,
        pub true_positives: usize,
        pub false_positives: usize,
        pub false_negatives: usize,
        pub true_negatives: usize,
        pub seconds: f64,
        pub pages_per_second: f64,
        pub threads: usize,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        pub per_page: Vec<PageScore>,
    }

    /// Reads `evaldata.json` from `dir`.
    pub fn load(dir: &Path) -> Result<Vec<EvalPage>, HtmlError> {
        let path = dir.join("evaldata.json");
        let v = read_json(&path)?;
        let obj = v.as_object().ok_or_else(|| bad_data(&path, "expected a json object of pages"))?;
        let strings = |item: &serde_json::Value, key: &str| -> Vec<String> {
            item.get(key)
                .and_then(|x| x.as_array())
                .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
                .unwrap_or_default()
        };
        let mut pages: Vec<EvalPage> = obj
            .iter()
            .map(|(url, item)| EvalPage {
                url: url.clone(),
                file: item.get("file").and_then(|f| f.as_str()).unwrap_or("").to_owned(),
                with: strings(item, "with"),
                without: strings(item, "without"),
            })
            .collect();
        pages.sort_by(|a, b| a.url.cmp(&b.url));
        Ok(pages)
    }

    fn locate(dir: &Path, file: &str) -> Option<PathBuf> {
        let html = dir.join("html");
        [html.join(format!("{file}.gz")), html.join(file)].into_iter().find(|p| p.is_file())
    }

    /// Runs `extract(html, url)` over the evaluation set in `dir` (holding
    /// `evaldata.json` and `html/`). Pages are decoded from bytes with
    /// [`crate::decode_html`], the same helper ingest uses.
    pub fn run_with<F>(dir: &Path, opts: &EvalOptions, extract: F) -> Result<Report, HtmlError>
    where
        F: Fn(&str, Option<&str>) -> String + Sync + Send,
    {
        let pages = load(dir)?;
        let mut htmls = Vec::with_capacity(pages.len());
        for p in &pages {
            let path =
                locate(dir, &p.file).ok_or_else(|| bad_data(&dir.join("html"), format!("missing file {}", p.file)))?;
            let bytes = read_maybe_gz(&path)?;
            htmls.push((crate::decode_html(&bytes), p.url.clone()));
        }
        let (preds, seconds) = timed_map(&htmls, opts.threads, |(html, url)| norm(&extract(html, Some(url))));
        let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
        let mut per_page = Vec::new();
        for (p, pred) in pages.iter().zip(&preds) {
            let missing: Vec<String> = p.with.iter().filter(|w| !pred.contains(&norm(w))).cloned().collect();
            let unwanted: Vec<String> = p.without.iter().filter(|w| pred.contains(&norm(w))).cloned().collect();
            tp += p.with.len() - missing.len();
            fn_ += missing.len();
            fp += unwanted.len();
            tn += p.without.len() - unwanted.len();
            if opts.per_page && (!missing.is_empty() || !unwanted.is_empty()) {
                per_page.push(PageScore { url: p.url.clone(), file: p.file.clone(), missing, unwanted });
            }
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Ok(Report {
            benchmark: "trafilatura-eval",
            pages: pages.len(),
            precision,
            recall,
            f1,
            accuracy: ratio(tp + tn, tp + tn + fp + fn_),
            true_positives: tp,
            false_positives: fp,
            false_negatives: fn_,
            true_negatives: tn,
            seconds,
            pages_per_second: if seconds > 0.0 { pages.len() as f64 / seconds } else { 0.0 },
            threads: opts.threads.max(1),
            per_page,
        })
    }

    /// Runs dossier-html's own extractor over the evaluation set.
    pub fn run(dir: &Path, opts: &EvalOptions) -> Result<Report, HtmlError> {
        run_with(dir, opts, |html, url| crate::extract(html, url).map(|p| p.text()).unwrap_or_default())
    }
}
