//! Scoring attributions against PolNeAR: precision, recall and F1 for
//! source, cue and content spans and for whole attributions.
//!
//! Spans are compared as sets of non-punctuation tokens of dossier's own
//! tokenization, after making the prediction univocal the way PolNeAR is
//! (a token belongs to the innermost attribution that covers it), so that a
//! stray final period or quote mark does not decide a match. Three
//! criteria: `exact` (the same token set), `overlap` (at least one shared
//! token), and `proportional` (the share of tokens matched, averaged, as
//! used for PARC). A whole attribution matches when its cue and content
//! match and its source matches or both lack one.

use crate::model::{self, Context, Model};
use crate::polnear::Gold;
use crate::rules;
use crate::text::View;
use crate::{Options, annotate_using};
use dossier_model::{Document, Span};
use serde::Serialize;

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

impl Prf {
    fn new(p: f64, r: f64) -> Prf {
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf { p, r, f1 }
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Scores {
    pub exact: Prf,
    pub overlap: Prf,
    pub proportional: Prf,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub system: String,
    pub documents: usize,
    pub gold_attributions: usize,
    pub predicted_attributions: usize,
    pub source: Scores,
    pub cue: Scores,
    pub content: Scores,
    pub attribution: Scores,
}

/// Which system to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// The rules alone.
    Rules,
    /// The tagger alone (with the rules as its features).
    Model,
    /// What [`crate::annotate`] writes: rules plus the tagger's additions.
    Combined,
}

impl System {
    pub fn name(&self) -> &'static str {
        match self {
            System::Rules => "rules",
            System::Model => "model",
            System::Combined => "combined",
        }
    }
}

/// One attribution as token sets: source, cue, content.
pub type Parts = [Vec<usize>; 3];

#[derive(Default)]
struct Tally {
    /// Per part (source, cue, content, whole): sums for exact/overlap/proportional.
    pred: [f64; 4],
    gold: [f64; 4],
    p_hit: [[f64; 3]; 4],
    r_hit: [[f64; 3]; 4],
}

fn token_set(view: &View, spans: &[Span], owner_ok: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut out = Vec::new();
    for s in spans {
        let a = view.words.partition_point(|w| w.span.end <= s.start);
        let b = view.words.partition_point(|w| w.span.start < s.end);
        for k in a..b {
            if !view.words[k].punct && owner_ok(k) {
                out.push(k);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn inter(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Predicted attributions of a document, made univocal: each token goes to
/// the innermost (shortest-content) attribution covering it.
fn univocal(view: &View, atts: &[(Option<Span>, Option<Span>, Span)]) -> Vec<Parts> {
    let n = view.words.len();
    let mut owner = vec![usize::MAX; n];
    let mut order: Vec<usize> = (0..atts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(atts[i].2.len()));
    for &i in &order {
        let (src, cue, con) = atts[i];
        for s in [Some(con), src, cue].into_iter().flatten() {
            let a = view.words.partition_point(|w| w.span.end <= s.start);
            let b = view.words.partition_point(|w| w.span.start < s.end);
            for o in owner.iter_mut().take(b).skip(a) {
                *o = i;
            }
        }
    }
    // A source token owned by another attribution that has it as its own
    // source is shared by the sayings that have a cue: PolNeAR gives one
    // speaker span to several sayings ("Trump mocked the plan, saying …";
    // 11 % of its sources are shared with another attribution, while no cue
    // or content is).
    let shared = std::env::var_os("DOSSIER_UNIVOCAL_SOURCES").is_none();
    let in_source_of = |o: usize, k: usize| {
        o != usize::MAX
            && atts[o].0.is_some_and(|s| view.words[k].span.start < s.end && s.start < view.words[k].span.end)
    };
    // Within one attribution, cue and source win over content.
    atts.iter()
        .enumerate()
        .map(|(i, (src, cue, con))| {
            let own = |k: usize| owner[k] == i;
            // A quote continued without a cue is part of the saying it
            // continues (PolNeAR joins such fragments into one content), so
            // it does not count the source again.
            let own_src = |k: usize| owner[k] == i || (shared && cue.is_some() && in_source_of(owner[k], k));
            let s = src.map_or_else(Vec::new, |s| token_set(view, &[s], &own_src));
            let c = cue.map_or_else(Vec::new, |c| token_set(view, &[c], &own));
            let mut t = token_set(view, &[*con], &own);
            t.retain(|k| !s.contains(k) && !c.contains(k));
            [s, c, t]
        })
        .filter(|p| !p[2].is_empty() || !p[1].is_empty())
        .collect()
}

fn gold_parts(view: &View, gold: &[Gold]) -> Vec<Parts> {
    gold.iter()
        .map(|g| {
            let all = |_: usize| true;
            [token_set(view, &g.source, &all), token_set(view, &g.cue, &all), token_set(view, &g.content, &all)]
        })
        .collect()
}

fn matches(p: &[usize], g: &[usize], crit: usize) -> bool {
    match crit {
        0 => p == g,
        _ => inter(p, g) > 0,
    }
}

impl Tally {
    fn add(&mut self, pred: &[Parts], gold: &[Parts]) {
        for part in 0..3 {
            let ps: Vec<&Vec<usize>> = pred.iter().map(|x| &x[part]).filter(|s| !s.is_empty()).collect();
            let gs: Vec<&Vec<usize>> = gold.iter().map(|x| &x[part]).filter(|s| !s.is_empty()).collect();
            self.pred[part] += ps.len() as f64;
            self.gold[part] += gs.len() as f64;
            for p in &ps {
                for crit in 0..2 {
                    if gs.iter().any(|g| matches(p, g, crit)) {
                        self.p_hit[part][crit] += 1.0;
                    }
                }
                self.p_hit[part][2] += gs.iter().map(|g| inter(p, g) as f64 / p.len() as f64).fold(0.0, f64::max);
            }
            for g in &gs {
                for crit in 0..2 {
                    if ps.iter().any(|p| matches(p, g, crit)) {
                        self.r_hit[part][crit] += 1.0;
                    }
                }
                self.r_hit[part][2] += ps.iter().map(|p| inter(p, g) as f64 / g.len() as f64).fold(0.0, f64::max);
            }
        }
        // Whole attributions.
        let whole = |p: &Parts, g: &Parts, crit: usize| -> bool {
            let src_ok = (p[0].is_empty() && g[0].is_empty()) || matches(&p[0], &g[0], crit) && !p[0].is_empty();
            src_ok && matches(&p[1], &g[1], crit) && matches(&p[2], &g[2], crit)
        };
        self.pred[3] += pred.len() as f64;
        self.gold[3] += gold.len() as f64;
        for p in pred {
            for crit in 0..2 {
                if gold.iter().any(|g| whole(p, g, crit)) {
                    self.p_hit[3][crit] += 1.0;
                }
            }
            let best = gold
                .iter()
                .filter(|g| whole(p, g, 1))
                .map(|g| {
                    (0..3)
                        .map(|k| if p[k].is_empty() { 1.0 } else { inter(&p[k], &g[k]) as f64 / p[k].len() as f64 })
                        .sum::<f64>()
                        / 3.0
                })
                .fold(0.0, f64::max);
            self.p_hit[3][2] += best;
        }
        for g in gold {
            for crit in 0..2 {
                if pred.iter().any(|p| whole(p, g, crit)) {
                    self.r_hit[3][crit] += 1.0;
                }
            }
            let best = pred
                .iter()
                .filter(|p| whole(p, g, 1))
                .map(|p| {
                    (0..3)
                        .map(|k| if g[k].is_empty() { 1.0 } else { inter(&p[k], &g[k]) as f64 / g[k].len() as f64 })
                        .sum::<f64>()
                        / 3.0
                })
                .fold(0.0, f64::max);
            self.r_hit[3][2] += best;
        }
    }

    fn scores(&self, part: usize) -> Scores {
        let prf = |crit: usize| {
            Prf::new(
                self.p_hit[part][crit] / self.pred[part].max(1.0),
                self.r_hit[part][crit] / self.gold[part].max(1.0),
            )
        };
        Scores { exact: prf(0), overlap: prf(1), proportional: prf(2) }
    }
}

/// The token sets the scorer compares for one document: the prediction made
/// univocal, then the gold, each as (source, cue, content) word indices of
/// the document's [`View`] (for error analysis).
pub fn scored_parts(
    doc: &Document,
    pred: &[(Option<Span>, Option<Span>, Span)],
    gold: &[Gold],
) -> (Vec<Parts>, Vec<Parts>) {
    let view = View::new(doc);
    (univocal(&view, pred), gold_parts(&view, gold))
}

/// The predicted (source, cue, content) spans of one prepared document.
pub fn predict(doc: &mut Document, system: System, model: Option<&Model>) -> Vec<(Option<Span>, Option<Span>, Span)> {
    predict_with(doc, system, model, Options::default())
}

/// [`predict`] with the stage's options (for tuning the combination).
pub fn predict_with(
    doc: &mut Document,
    system: System,
    model: Option<&Model>,
    opts: Options,
) -> Vec<(Option<Span>, Option<Span>, Span)> {
    match system {
        System::Rules | System::Combined => {
            annotate_using(doc, Options { use_model: system == System::Combined, ..opts }, model);
            doc.attributions
                .iter()
                .map(|a| (a.source.as_ref().map(|s| s.span), a.cue.as_ref().map(|c| c.span), a.content))
                .collect()
        }
        System::Model => {
            let view = View::new(doc);
            let found = rules::find(&view);
            let Some(m) = model.or_else(|| model::shipped().ok()) else { return Vec::new() };
            let mut ctx = Context::new(&view, &found);
            let tags = model::tag(m, &view, &mut ctx);
            let sp = model::spans(&tags, &view);
            model::group(&sp, &view)
                .into_iter()
                .filter_map(|(s, c, t)| {
                    let content = t.map(|t| view.span(t.0, t.1)).or_else(|| c.map(|c| view.span(c.1, c.1)))?;
                    Some((s.map(|s| view.span(s.0, s.1)), c.map(|c| view.span(c.0, c.1)), content))
                })
                .collect()
        }
    }
}

/// Scores `system` on prepared documents with their gold attributions.
pub fn evaluate(docs: &mut [(Document, Vec<Gold>)], system: System, model: Option<&Model>) -> Report {
    evaluate_with(docs, system, model, Options::default())
}

/// [`evaluate`] with the stage's options.
pub fn evaluate_with(
    docs: &mut [(Document, Vec<Gold>)],
    system: System,
    model: Option<&Model>,
    opts: Options,
) -> Report {
    let mut tally = Tally::default();
    let mut predicted = 0;
    let mut gold_n = 0;
    for (doc, gold) in docs.iter_mut() {
        let pred = predict_with(doc, system, model, opts);
        let view = View::new(doc);
        let p = univocal(&view, &pred);
        let g = gold_parts(&view, gold);
        predicted += p.len();
        gold_n += g.len();
        tally.add(&p, &g);
    }
    Report {
        system: system.name().into(),
        documents: docs.len(),
        gold_attributions: gold_n,
        predicted_attributions: predicted,
        source: tally.scores(0),
        cue: tally.scores(1),
        content: tally.scores(2),
        attribution: tally.scores(3),
    }
}

/// How far PolNeAR's own annotators agree, with the system beside them on
/// the same articles: the ceiling a system trained on one annotator can
/// expect under this scorer.
#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    pub articles: usize,
    /// Every further annotator scored against the first, the annotator every
    /// other score is against.
    pub annotators_vs_first: Report,
    /// The system against the first annotator, counted once per further
    /// annotator so that both rows weigh each article alike.
    pub system_vs_first: Report,
    /// Every annotator against every other (each ordered pair once).
    pub annotators_vs_each_other: Report,
    /// The system against every annotator in turn.
    pub system_vs_each: Report,
}

/// Scores agreement on prepared documents, each with every annotator's
/// attributions (the first being the one [`evaluate`] scores against).
/// Documents with fewer than two annotations are skipped.
pub fn agreement(docs: &mut [(Document, Vec<Vec<Gold>>)], system: System, model: Option<&Model>) -> Agreement {
    // Tallies and attribution counts (gold, predicted) for the four rows.
    let mut rows: [(Tally, usize, usize); 4] = Default::default();
    let mut articles = 0;
    for (doc, annotations) in docs.iter_mut() {
        if annotations.len() < 2 {
            continue;
        }
        articles += 1;
        let pred = predict(doc, system, model);
        let view = View::new(doc);
        let sys = univocal(&view, &pred);
        let human: Vec<Vec<Parts>> = annotations.iter().map(|g| gold_parts(&view, g)).collect();
        let mut add = |row: usize, p: &[Parts], g: &[Parts]| {
            rows[row].0.add(p, g);
            rows[row].1 += g.len();
            rows[row].2 += p.len();
        };
        for other in &human[1..] {
            add(0, other, &human[0]);
            add(1, &sys, &human[0]);
        }
        for (i, gold) in human.iter().enumerate() {
            for (j, other) in human.iter().enumerate() {
                if i != j {
                    add(2, other, gold);
                }
            }
            add(3, &sys, gold);
        }
    }
    let [a, b, c, d] = rows;
    let report = |name: &str, (tally, gold, pred): (Tally, usize, usize)| Report {
        system: name.into(),
        documents: articles,
        gold_attributions: gold,
        predicted_attributions: pred,
        source: tally.scores(0),
        cue: tally.scores(1),
        content: tally.scores(2),
        attribution: tally.scores(3),
    };
    Agreement {
        articles,
        annotators_vs_first: report("other annotators vs the first", a),
        system_vs_first: report(&format!("{} vs the first annotator", system.name()), b),
        annotators_vs_each_other: report("annotators vs each other", c),
        system_vs_each: report(&format!("{} vs each annotator", system.name()), d),
    }
}

impl Agreement {
    /// Four plain-text tables, one per row.
    pub fn table(&self) -> String {
        [&self.annotators_vs_first, &self.system_vs_first, &self.annotators_vs_each_other, &self.system_vs_each]
            .iter()
            .map(|r| r.table())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Report {
    /// A plain-text table.
    pub fn table(&self) -> String {
        let mut s = format!(
            "system {} · {} documents · {} gold / {} predicted attributions\n{:<12} {:>22} {:>22} {:>22}\n",
            self.system,
            self.documents,
            self.gold_attributions,
            self.predicted_attributions,
            "",
            "exact P/R/F1",
            "overlap P/R/F1",
            "proportional P/R/F1"
        );
        for (name, sc) in [
            ("source", &self.source),
            ("cue", &self.cue),
            ("content", &self.content),
            ("attribution", &self.attribution),
        ] {
            let f = |p: &Prf| format!("{:.3}/{:.3}/{:.3}", p.p, p.r, p.f1);
            s.push_str(&format!(
                "{:<12} {:>22} {:>22} {:>22}\n",
                name,
                f(&sc.exact),
                f(&sc.overlap),
                f(&sc.proportional)
            ));
        }
        s
    }
}
