//! The TempEval-3 Task A scorer for temporal expressions.
//!
//! Measures, as defined in the task paper (UzZaman et al. 2013, sec. 4.1):
//! entity precision, recall and F1 with strict (exact extent) and relaxed
//! (any overlap) matching; and for the attributes, accuracy over the relaxed
//! matches and attribute F1 = relaxed F1 × attribute accuracy. Systems are
//! ranked on value F1.
//!
//! Key decision: matching is one-to-one. Each gold timex is paired with at
//! most one system timex (an exact-extent one first, otherwise the first
//! overlapping one not yet paired), so that one long system span over two
//! gold ones counts once. With the non-overlapping output of [`crate::annotate`]
//! this equals the official scorer's counts in all but pathological cases.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use crate::timeml::{self, Doc, Error};
use crate::{Anchor, Timex, annotate};

/// Scores of one evaluation run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub files: usize,
    pub gold: usize,
    pub system: usize,
    pub strict_matches: usize,
    pub relaxed_matches: usize,
    pub type_correct: usize,
    pub value_correct: usize,
    pub strict_precision: f64,
    pub strict_recall: f64,
    pub strict_f1: f64,
    pub relaxed_precision: f64,
    pub relaxed_recall: f64,
    pub relaxed_f1: f64,
    pub type_accuracy: f64,
    pub value_accuracy: f64,
    pub type_f1: f64,
    pub value_f1: f64,
    /// Bytes of text annotated, and the throughput of `annotate` alone.
    pub bytes: usize,
    pub seconds: f64,
    pub mb_per_second: f64,
}

/// One disagreement between system and gold, for error analysis.
#[derive(Clone, Debug, Serialize)]
pub struct Diff {
    pub doc: String,
    /// `missed`, `spurious`, `span`, `type` or `value`.
    pub kind: &'static str,
    pub gold_text: Option<String>,
    pub gold_type: Option<String>,
    pub gold_value: Option<String>,
    pub system_text: Option<String>,
    pub system_type: Option<String>,
    pub system_value: Option<String>,
    pub rule: Option<&'static str>,
    /// A little text around the expression.
    pub context: String,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn context(text: &str, s: usize, e: usize) -> String {
    let mut a = s.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..s], &text[s..e], &text[e..b]).replace('\n', " ")
}

/// Accumulates counts over documents.
#[derive(Default)]
pub struct Scorer {
    r: Report,
    pub diffs: Vec<Diff>,
}

impl Scorer {
    pub fn new() -> Scorer {
        Scorer::default()
    }

    /// Adds one document: its gold annotation and the system output on the
    /// same text. System timexes overlapping `doc.ignore` are dropped.
    pub fn add(&mut self, doc: &Doc, system: &[Timex]) {
        let sys: Vec<&Timex> =
            system.iter().filter(|t| !doc.ignore.iter().any(|&(s, e)| t.start < e && s < t.end)).collect();
        self.r.files += 1;
        self.r.gold += doc.timexes.len();
        self.r.system += sys.len();
        let mut used = vec![false; sys.len()];
        let text = &doc.text;
        let snippet = |s: usize, e: usize| text.get(s..e).unwrap_or("").to_string();
        for g in &doc.timexes {
            let exact = sys.iter().enumerate().position(|(k, t)| !used[k] && t.start == g.start && t.end == g.end);
            let any = exact
                .or_else(|| sys.iter().enumerate().position(|(k, t)| !used[k] && t.start < g.end && g.start < t.end));
            let Some(k) = any else {
                self.diffs.push(Diff {
                    doc: doc.id.clone(),
                    kind: "missed",
                    gold_text: Some(snippet(g.start, g.end)),
                    gold_type: g.ty.map(|t| t.to_string()),
                    gold_value: Some(g.value.clone()),
                    system_text: None,
                    system_type: None,
                    system_value: None,
                    rule: None,
                    context: context(text, g.start, g.end),
                });
                continue;
            };
            used[k] = true;
            let t = sys[k];
            self.r.relaxed_matches += 1;
            if exact.is_some() {
                self.r.strict_matches += 1;
            }
            let type_ok = g.ty == Some(t.ty);
            let value_ok = g.value == t.value;
            if type_ok {
                self.r.type_correct += 1;
            }
            if value_ok {
                self.r.value_correct += 1;
            }
            let kind = if !value_ok {
                Some("value")
            } else if !type_ok {
                Some("type")
            } else if exact.is_none() {
                Some("span")
            } else {
                None
            };
            if let Some(kind) = kind {
                self.diffs.push(Diff {
                    doc: doc.id.clone(),
                    kind,
                    gold_text: Some(snippet(g.start, g.end)),
                    gold_type: g.ty.map(|t| t.to_string()),
                    gold_value: Some(g.value.clone()),
                    system_text: Some(snippet(t.start, t.end)),
                    system_type: Some(t.ty.to_string()),
                    system_value: Some(t.value.clone()),
                    rule: Some(t.rule),
                    context: context(text, g.start.min(t.start), g.end.max(t.end)),
                });
            }
        }
        for (k, t) in sys.iter().enumerate() {
            if !used[k] {
                self.diffs.push(Diff {
                    doc: doc.id.clone(),
                    kind: "spurious",
                    gold_text: None,
                    gold_type: None,
                    gold_value: None,
                    system_text: Some(snippet(t.start, t.end)),
                    system_type: Some(t.ty.to_string()),
                    system_value: Some(t.value.clone()),
                    rule: Some(t.rule),
                    context: context(text, t.start, t.end),
                });
            }
        }
    }

    /// Records throughput: `bytes` annotated in `seconds`.
    pub fn add_time(&mut self, bytes: usize, seconds: f64) {
        self.r.bytes += bytes;
        self.r.seconds += seconds;
    }

    /// Computes the final measures.
    pub fn report(&self) -> Report {
        let mut r = self.r.clone();
        r.strict_precision = ratio(r.strict_matches, r.system);
        r.strict_recall = ratio(r.strict_matches, r.gold);
        r.strict_f1 = f1(r.strict_precision, r.strict_recall);
        r.relaxed_precision = ratio(r.relaxed_matches, r.system);
        r.relaxed_recall = ratio(r.relaxed_matches, r.gold);
        r.relaxed_f1 = f1(r.relaxed_precision, r.relaxed_recall);
        r.type_accuracy = ratio(r.type_correct, r.relaxed_matches);
        r.value_accuracy = ratio(r.value_correct, r.relaxed_matches);
        r.type_f1 = r.relaxed_f1 * r.type_accuracy;
        r.value_f1 = r.relaxed_f1 * r.value_accuracy;
        r.mb_per_second = if r.seconds > 0.0 { r.bytes as f64 / 1e6 / r.seconds } else { 0.0 };
        r
    }
}

/// Annotates one document's text anchored on its DCT, timing the call.
fn run_doc(scorer: &mut Scorer, gold: &Doc, input: &Doc) {
    let anchor = Anchor { date: input.dct() };
    let t0 = Instant::now();
    let sys = annotate(&input.text, &anchor);
    scorer.add_time(input.text.len(), t0.elapsed().as_secs_f64());
    scorer.add(gold, &sys);
}

fn list(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, Error> {
    let rd = std::fs::read_dir(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let mut v: Vec<PathBuf> =
        rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.to_str().is_some_and(|s| s.ends_with(ext))).collect();
    v.sort();
    Ok(v)
}

/// Scores TimeML directories: each gold `.tml` in `gold_dir` against the
/// system run on the text and DCT of the file of the same name in
/// `input_dir` (`NAME.tml` or `NAME.tml.TE3input`). `input_dir` may be the
/// gold directory itself, since the reader strips the markup. Sub-directories
/// of `gold_dir` are searched too (TBAQ-cleaned has TimeBank/ and AQUAINT/).
pub fn eval_dirs(gold_dir: &Path, input_dir: &Path) -> Result<Report, Error> {
    Ok(eval_dirs_detailed(gold_dir, input_dir)?.report())
}

/// Like [`eval_dirs`], returning the scorer with its list of differences.
pub fn eval_dirs_detailed(gold_dir: &Path, input_dir: &Path) -> Result<Scorer, Error> {
    let mut scorer = Scorer::new();
    let mut golds = list(gold_dir, ".tml")?;
    if golds.is_empty() {
        // TBAQ-cleaned keeps its files one level down.
        let rd = std::fs::read_dir(gold_dir).map_err(|source| Error::Io { path: gold_dir.to_path_buf(), source })?;
        let mut subs: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
        subs.sort();
        for s in subs {
            golds.extend(list(&s, ".tml")?);
        }
    }
    // Inputs are found by file name, else by DOCID: the platinum input of
    // one document is spelt differently from its gold file.
    let mut inputs: Vec<Doc> = Vec::new();
    if gold_dir != input_dir {
        for p in list(input_dir, ".TE3input")?.into_iter().chain(list(input_dir, ".tml")?) {
            inputs.push(timeml::read_tml(&p)?);
        }
    }
    for g in golds {
        let gold = timeml::read_tml(&g)?;
        let name = g.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let input = if gold_dir == input_dir {
            gold.clone()
        } else {
            let a = input_dir.join(format!("{name}.TE3input"));
            let b = input_dir.join(name);
            if a.exists() {
                timeml::read_tml(&a)?
            } else if b.exists() {
                timeml::read_tml(&b)?
            } else {
                match inputs.iter().find(|d| !d.id.is_empty() && d.id == gold.id) {
                    Some(d) => d.clone(),
                    None => {
                        return Err(Error::Parse {
                            path: g.clone(),
                            message: format!("no input file for it in {}", input_dir.display()),
                        });
                    }
                }
            }
        };
        if input.text != gold.text {
            return Err(Error::Parse {
                path: g.clone(),
                message: "the input text differs from the gold text; offsets cannot be compared".into(),
            });
        }
        run_doc(&mut scorer, &gold, &input);
    }
    Ok(scorer)
}

/// Scores the MEANTIME corpus: every `.xml` file under `dir` (recursively),
/// read with [`timeml::read_cat`].
pub fn eval_cat_dir(dir: &Path) -> Result<Report, Error> {
    Ok(eval_cat_dir_detailed(dir)?.report())
}

/// Like [`eval_cat_dir`], returning the scorer with its differences.
pub fn eval_cat_dir_detailed(dir: &Path) -> Result<Scorer, Error> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = std::fs::read_dir(&d).map_err(|source| Error::Io { path: d.clone(), source })?;
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "xml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut scorer = Scorer::new();
    for f in files {
        let doc = timeml::read_cat(&f)?;
        run_doc(&mut scorer, &doc, &doc);
    }
    Ok(scorer)
}
