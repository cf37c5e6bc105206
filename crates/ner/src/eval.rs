//! Evaluation: conlleval-compatible exact-span scores and tagging speed.
//!
//! A predicted entity counts as correct only when its type and both
//! boundaries equal a gold entity's; precision, recall and F1 are
//! micro-averaged over all entities, overall and per type, exactly as the
//! CoNLL shared task's `conlleval` script computes them. Speed is measured
//! around tagging alone (no file reading), one thread, and reported as
//! tokens per second.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::conll::{self, Doc};
use crate::error::NerError;
use crate::model::Model;
use crate::tags::{EntityType, Span};

/// Counts and scores for one entity type, or for all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Predicted entities that match a gold one exactly.
    pub correct: usize,
}

impl Scores {
    fn from_counts(gold: usize, predicted: usize, correct: usize) -> Scores {
        let precision = if predicted > 0 { correct as f64 / predicted as f64 } else { 0.0 };
        let recall = if gold > 0 { correct as f64 / gold as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Scores { precision, recall, f1, gold, predicted, correct }
    }
}

/// The result of evaluating a model on a labelled corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Scores per CoNLL type name ("LOC", "MISC", "ORG", "PER").
    pub per_type: BTreeMap<String, Scores>,
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
    pub documents: usize,
    pub sentences: usize,
    pub tokens: usize,
    /// Wall-clock seconds spent tagging.
    pub seconds: f64,
    pub tokens_per_second: f64,
}

impl Report {
    /// A conlleval-style text table.
    pub fn to_text(&self) -> String {
        let mut s = format!(
            "processed {} tokens in {} sentences ({} documents); found {} entities, {} correct, {} gold\n",
            self.tokens, self.sentences, self.documents, self.predicted, self.correct, self.gold
        );
        s += &format!(
            "{:<8} precision {:6.2}%  recall {:6.2}%  F1 {:6.2}\n",
            "overall",
            self.precision * 100.0,
            self.recall * 100.0,
            self.f1 * 100.0
        );
        for (ty, sc) in &self.per_type {
            s += &format!(
                "{:<8} precision {:6.2}%  recall {:6.2}%  F1 {:6.2}  ({} gold, {} found)\n",
                ty,
                sc.precision * 100.0,
                sc.recall * 100.0,
                sc.f1 * 100.0,
                sc.gold,
                sc.predicted
            );
        }
        s += &format!("speed    {:.0} tokens/s ({:.3} s, one thread)\n", self.tokens_per_second, self.seconds);
        s
    }
}

/// Scores predictions against gold spans; `predicted[d][s]` are the spans of
/// sentence `s` of document `d`. Timing fields are left at zero.
pub fn score(gold: &[Doc], predicted: &[Vec<Vec<Span>>]) -> Report {
    let mut counts: BTreeMap<EntityType, (usize, usize, usize)> = BTreeMap::new();
    for ty in EntityType::ALL {
        counts.insert(ty, (0, 0, 0));
    }
    let (mut sentences, mut tokens) = (0, 0);
    for (doc, pdoc) in gold.iter().zip(predicted) {
        for (sent, pred) in doc.sentences.iter().zip(pdoc) {
            sentences += 1;
            tokens += sent.tokens.len();
            for g in &sent.spans {
                counts.entry(g.ty).or_default().0 += 1;
            }
            for p in pred {
                let c = counts.entry(p.ty).or_default();
                c.1 += 1;
                if sent.spans.iter().any(|g| g.start == p.start && g.end == p.end && g.ty == p.ty) {
                    c.2 += 1;
                }
            }
        }
    }
    let (g, p, c) = counts.values().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let overall = Scores::from_counts(g, p, c);
    Report {
        precision: overall.precision,
        recall: overall.recall,
        f1: overall.f1,
        per_type: counts
            .iter()
            .map(|(ty, &(g, p, c))| (ty.as_str().to_string(), Scores::from_counts(g, p, c)))
            .collect(),
        gold: g,
        predicted: p,
        correct: c,
        documents: gold.len(),
        sentences,
        tokens,
        seconds: 0.0,
        tokens_per_second: 0.0,
    }
}

/// Tags every document with `model` (one thread) and scores the result.
pub fn evaluate(model: &Model, docs: &[Doc]) -> Report {
    let refs: Vec<Vec<Vec<&str>>> = docs.iter().map(Doc::token_refs).collect();
    let start = Instant::now();
    let predicted: Vec<Vec<Vec<Span>>> = refs.iter().map(|d| model.tag_document(d)).collect();
    let seconds = start.elapsed().as_secs_f64();
    let mut report = score(docs, &predicted);
    report.seconds = seconds;
    report.tokens_per_second = if seconds > 0.0 { report.tokens as f64 / seconds } else { 0.0 };
    report
}

/// Reads a CoNLL file and evaluates `model` on it.
pub fn eval_file(model: &Model, path: &Path) -> Result<Report, NerError> {
    let docs = conll::read(path)?;
    Ok(evaluate(model, &docs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_span_micro_scores() {
        let docs = conll::read_str("a B-PER\nb I-PER\nc O\nd B-LOC\n\ne B-ORG\n", "t.txt").unwrap();
        let sp = |start, end, ty| Span { start, end, ty, score: 1.0 };
        // One exact PER, a LOC with a wrong boundary, a missed ORG.
        let pred = vec![vec![vec![sp(0, 2, EntityType::Per), sp(2, 4, EntityType::Loc)], vec![]]];
        let r = score(&docs, &pred);
        assert_eq!((r.gold, r.predicted, r.correct), (3, 2, 1));
        assert!((r.precision - 0.5).abs() < 1e-12);
        assert!((r.recall - 1.0 / 3.0).abs() < 1e-12);
        assert!((r.f1 - 0.4).abs() < 1e-12);
        assert_eq!(r.per_type["PER"].f1, 1.0);
        assert_eq!(r.per_type["ORG"].recall, 0.0);
    }
}
