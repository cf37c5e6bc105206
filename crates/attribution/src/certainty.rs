//! Certainty of a span from the hedges inside it, on the spec's scale.
//!
//! The key decision is scope: a hedge counts for the innermost span that
//! contains it, so the caller passes the word ranges of nested contents to
//! exclude ("the minister said investigators may have…" hedges the
//! investigators' content, not the minister's). Among several hedges in one
//! span the weakest commitment wins, because a claim is only as certain as
//! its least certain part; longer phrases beat their parts ("highly
//! unlikely" over "unlikely"). A negation right before a positive hedge
//! flips it ("not likely" → unlikely).

use crate::lexicon::lexicon;
use crate::text::View;
use dossier_model::{Certainty, CertaintyLevel, Span};

fn rank(l: CertaintyLevel) -> u8 {
    // Distance from a plain assertion: larger is less committed.
    match l {
        CertaintyLevel::Asserted => 0,
        CertaintyLevel::AlmostCertain => 1,
        CertaintyLevel::VeryLikely => 2,
        CertaintyLevel::Likely => 3,
        CertaintyLevel::EvenChance => 5,
        CertaintyLevel::Possible => 4,
        CertaintyLevel::Unlikely => 6,
        CertaintyLevel::VeryUnlikely => 7,
        CertaintyLevel::Remote => 8,
    }
}

fn negate(l: CertaintyLevel) -> CertaintyLevel {
    match l {
        CertaintyLevel::AlmostCertain => CertaintyLevel::VeryUnlikely,
        CertaintyLevel::VeryLikely | CertaintyLevel::Likely => CertaintyLevel::Unlikely,
        CertaintyLevel::Unlikely | CertaintyLevel::VeryUnlikely => CertaintyLevel::Likely,
        other => other,
    }
}

/// Certainty of `span`, ignoring hedges inside any of `exclude`.
pub fn certainty(view: &View, span: Span, exclude: &[Span]) -> Certainty {
    let lex = lexicon();
    let a = view.words.partition_point(|w| w.span.start < span.start);
    let b = view.words.partition_point(|w| w.span.end <= span.end);
    let mut best: Option<(CertaintyLevel, Span)> = None;
    let mut i = a;
    while i < b {
        let w = &view.words[i];
        if exclude.iter().any(|e| e.contains(w.span)) {
            i += 1;
            continue;
        }
        let mut matched = 0;
        for (phrase, level) in &lex.hedges {
            let n = phrase.len();
            if i + n > b || !(0..n).all(|k| view.lw(i + k) == phrase[k]) {
                continue;
            }
            // "May" the month is capitalised mid-sentence.
            if n == 1 && phrase[0] == "may" && view.words[i].cap && i > view.sents[w.sent].0 {
                continue;
            }
            // A modal inside an embedded question ("testing how much damage
            // it could do", "whether the dam might hold") hedges nothing.
            if n == 1 && matches!(phrase[0].as_str(), "could" | "may" | "might" | "can") && embedded_question(view, i) {
                continue;
            }
            // "could not verify", "couldn't reach": a past inability the
            // author states, not a possibility ("could not have known" and
            // "could not be ruled out" stay hedges).
            if n == 1
                && phrase[0] == "could"
                && matches!(view.lw(i + 1), "not" | "n't")
                && !matches!(view.lw(i + 2), "have" | "be")
            {
                break;
            }
            let mut lv = *level;
            let mut start = i;
            if i > a && matches!(view.lw(i - 1), "not" | "n't") && rank(lv) <= 3 && rank(lv) > 0 {
                lv = negate(lv);
                start = i - 1;
            }
            let cue = view.span(start, i + n);
            if best.is_none_or(|(bl, _)| rank(lv) > rank(bl)) {
                best = Some((lv, cue));
            }
            matched = n;
            break;
        }
        i += matched.max(1);
    }
    match best {
        Some((level, cue)) => Certainty { level, cues: vec![cue] },
        None => Certainty::asserted(),
    }
}

/// Whether word `i` follows a question word that opens an embedded clause
/// ("how", "whether", "what", "if"), within six words and no punctuation, in
/// its sentence (and not as the sentence's first word: "How could …?").
fn embedded_question(view: &View, i: usize) -> bool {
    let sa = view.sents[view.words[i].sent].0;
    let mut k = i;
    while k > sa && i - k < 6 {
        k -= 1;
        let w = &view.words[k];
        if w.punct {
            return false;
        }
        if matches!(w.lower.as_str(), "how" | "whether" | "what" | "if") {
            return k > sa;
        }
    }
    false
}
