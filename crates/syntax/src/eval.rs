//! Scoring against gold trees: part-of-speech accuracy, unlabelled and
//! labelled attachment scores over all words (as the CoNLL 2018 UD shared
//! task counts them: the headline) and without punctuation (words whose
//! gold UPOS is PUNCT), and speed.

use serde::Serialize;

use crate::conllu::Sentence;
use crate::model::{Model, Scratch};
use dossier_model::Upos;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub sentences: usize,
    pub words: usize,
    pub pos_accuracy: f64,
    /// All words, punctuation included (the headline).
    pub uas: f64,
    pub las: f64,
    pub uas_no_punct: f64,
    pub las_no_punct: f64,
    /// Words parsed per second on one thread (tagging, parsing, labelling).
    pub tokens_per_second: f64,
}

/// Parses every sentence with its gold word forms and scores the result.
pub fn evaluate(model: &Model, sentences: &[&Sentence]) -> Report {
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    let (mut words, mut pos, mut ua, mut la, mut np, mut ua_np, mut la_np) = (0, 0, 0, 0, 0, 0, 0);
    let mut forms: Vec<&str> = Vec::new();
    let mut parsed = Vec::with_capacity(sentences.len());
    let start = std::time::Instant::now();
    for s in sentences {
        forms.clear();
        forms.extend(s.words.iter().map(|w| w.form.as_str()));
        model.parse_into(&forms, &mut scratch, &mut out);
        parsed.push(out.clone());
    }
    let seconds = start.elapsed().as_secs_f64();
    for (s, p) in sentences.iter().zip(&parsed) {
        for (g, p) in s.words.iter().zip(p) {
            words += 1;
            let head = g.head == p.head;
            let label = head && g.rel == p.rel;
            pos += usize::from(g.upos == p.upos);
            ua += usize::from(head);
            la += usize::from(label);
            if g.upos != Upos::Punct {
                np += 1;
                ua_np += usize::from(head);
                la_np += usize::from(label);
            }
        }
    }
    let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Report {
        sentences: sentences.len(),
        words,
        pos_accuracy: r(pos, words),
        uas: r(ua, words),
        las: r(la, words),
        uas_no_punct: r(ua_np, np),
        las_no_punct: r(la_np, np),
        tokens_per_second: if seconds > 0.0 { words as f64 / seconds } else { 0.0 },
    }
}

impl Report {
    pub fn to_text(&self) -> String {
        format!(
            "{} sentences, {} words\nPOS accuracy {:.4}\nall words:           UAS {:.4}  LAS {:.4}\n\
             punctuation excluded: UAS {:.4}  LAS {:.4}\nspeed {:.0} words/s (one thread)\n",
            self.sentences,
            self.words,
            self.pos_accuracy,
            self.uas,
            self.las,
            self.uas_no_punct,
            self.las_no_punct,
            self.tokens_per_second
        )
    }
}
