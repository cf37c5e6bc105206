//! A dedicated cue classifier (an experiment, absent from the shipped
//! model; `TrainOptions::cue_model` trains it into a model file).
//!
//! The joint tagger decides cue, source and content token by token in one
//! BIO sequence. This model only asks, for each word, "is it part of a
//! cue?", as a binary averaged perceptron with features the joint tagger
//! lacks or dilutes: a smoothed rate at which the word's stem was a cue in
//! the training data (counted leaving the word's own document out, so that
//! the rate generalises rather than memorises), what follows the word ("that",
//! a quote mark, a colon, a preposition), what precedes it (a subject
//! pronoun, a capitalised name, an auxiliary), and the first-pass tags of
//! the joint tagger around it (jackknifed in training, as the second pass
//! sees them). In the stage its confident cues on words the joint tagger
//! left outside every span become cues (`add`), and joint-tagger cues it
//! finds very unlikely are dropped (`veto`); the existing grouping and
//! combination then give them sources and contents.

use crate::model::{Context, hash_str, mix, stem, tag_type, window};
use crate::text::View;
use std::collections::HashMap;

/// Stems counted as cues: (stem hash, times in a cue, times seen).
pub type Rates = HashMap<u64, (u32, u32)>;

pub struct CueModel {
    pub bits: u32,
    pub weights: Vec<f32>,
    pub rates: Rates,
    /// A word outside every joint-tagger span becomes a cue above this score.
    pub add: f32,
    /// A joint-tagger cue whose best word scores below this is dropped.
    pub veto: f32,
    /// A word inside a joint-tagger content becomes a cue above this score
    /// (a saying nested in another's words, split out).
    pub add_in_content: f32,
}

/// The thresholds a trained classifier gets, chosen on PolNeAR dev with
/// taggers trained on train alone (two seeds; README.md, "A different
/// kind of model"). A model file records its own.
pub const ADD: f32 = 2.0;
pub const VETO: f32 = -10.0;

const SUBJECT: &[&str] = &["he", "she", "they", "i", "we", "it", "who", "you"];
const AUX: &[&str] = &[
    "has", "had", "have", "will", "would", "is", "was", "were", "are", "did", "does", "do", "not", "n't", "also",
    "could", "can", "may", "might", "should", "be", "been",
];
const PREP: &[&str] = &["about", "for", "of", "on", "with", "to", "against", "that", "in", "at", "over"];

/// Bucket of a smoothed rate (cue / (seen + 2)) and of how often it was seen.
fn rate_buckets(c: u32, t: u32) -> (u64, u64) {
    if t == 0 {
        return (99, 0);
    }
    let r = c as f32 / (t as f32 + 2.0);
    let rb = if c == 0 {
        0
    } else if r < 0.02 {
        1
    } else if r < 0.05 {
        2
    } else if r < 0.1 {
        3
    } else if r < 0.2 {
        4
    } else if r < 0.35 {
        5
    } else if r < 0.5 {
        6
    } else if r < 0.7 {
        7
    } else {
        8
    };
    let tb = match t {
        0..=2 => 1,
        3..=9 => 2,
        10..=49 => 3,
        _ => 4,
    };
    (rb, tb)
}

/// Stem hashes of each word, for counting rates.
pub fn stems(view: &View) -> Vec<u64> {
    view.words.iter().map(|w| hash_str(stem(&w.lower))).collect()
}

/// Adds a document's counts (its gold tags) to `rates`, or with `add`
/// false takes them away.
pub fn count(rates: &mut Rates, view: &View, gold: &[usize], add: bool) {
    let st = stems(view);
    for (i, &h) in st.iter().enumerate() {
        if view.words[i].punct {
            continue;
        }
        let c = (tag_type(gold[i]) == 2) as u32;
        for key in [h, pair_key(h, view.lw(i + 1))] {
            let e = rates.entry(key).or_insert((0, 0));
            if add {
                e.0 += c;
                e.1 += 1;
            } else {
                e.0 -= c;
                e.1 -= 1;
            }
        }
    }
}

/// The key of a stem followed by a word ("called" + "for").
fn pair_key(stem: u64, next: &str) -> u64 {
    mix(stem ^ 0x9a1f, hash_str(next))
}

/// The features of word `i` in sentence `sa..sb` (the context must hold
/// the first-pass tags).
pub fn features(view: &View, ctx: &Context, rates: &Rates, i: usize, sa: usize, sb: usize, out: &mut Vec<u64>) {
    out.clear();
    let f = |t: u64, v: u64| mix(t + 1000, v);
    let w = |k: isize| window(&ctx.word, i, k, sa, sb).unwrap_or(0xdead_beef);
    let q = |k: isize| ctx.pass1.as_ref().and_then(|p| window(p, i, k, sa, sb)).map_or(99, |v| v as u64);
    let lw = |k: usize| if k >= sa && k < sb { view.lw(k) } else { "" };
    let st = hash_str(stem(&view.words[i].lower));
    let (c, t) = rates.get(&st).copied().unwrap_or((0, 0));
    let (rb, tb) = rate_buckets(c, t);
    let (c2, t2) = rates.get(&pair_key(st, lw(i + 1))).copied().unwrap_or((0, 0));
    let (rb2, tb2) = rate_buckets(c2, t2);
    let r = |k: isize| window(&ctx.rule, i, k, sa, sb).map_or(99, |v| v as u64);
    let lex = |k: usize| if k >= sa && k < sb { ctx.lex[k] as u64 } else { 9 };
    let after = i + 1..(i + 4).min(sb);
    let that_after = after.clone().any(|k| lw(k) == "that") as u64;
    let quote_after = after.clone().any(|k| view.is_quote_mark(k) || lw(k) == ":") as u64;
    let prep_after = PREP.contains(&lw(i + 1)) as u64;
    let before = i.saturating_sub(2).max(sa)..i;
    let subj_before = before.clone().any(|k| SUBJECT.contains(&lw(k)) || (view.words[k].cap && k > sa)) as u64;
    let aux_before = before.clone().any(|k| AUX.contains(&lw(k))) as u64;
    let comma_before = (i > sa && lw(i - 1) == ",") as u64;
    let suffix = {
        let l = &view.words[i].lower;
        if l.ends_with("ed") {
            1
        } else if l.ends_with("ing") {
            2
        } else if l.ends_with('s') {
            3
        } else {
            0
        }
    };
    out.extend([
        f(1, 0),
        f(2, w(0)),
        f(3, st),
        f(4, ctx.suffix[i]),
        f(5, ctx.shape[i]),
        f(6, ctx.rule[i] as u64),
        f(7, ctx.lex[i] as u64),
        f(8, ctx.quote[i] as u64),
        f(9, mix(ctx.left_cue[i] as u64, ctx.right_cue[i] as u64)),
        f(10, w(-1)),
        f(11, w(1)),
        f(12, w(-2)),
        f(13, w(2)),
        f(14, mix(w(-1), w(0))),
        f(15, mix(w(0), w(1))),
        f(16, mix(st, w(1))),
        f(17, rb),
        f(18, mix(rb, tb)),
        f(19, mix(rb, q(0))),
        f(20, mix(rb, ctx.lex[i] as u64)),
        f(21, mix(rb, mix(that_after, quote_after))),
        f(22, mix(that_after, quote_after)),
        f(23, mix(prep_after, rb)),
        f(24, mix(subj_before, aux_before)),
        f(25, mix(mix(subj_before, suffix), rb)),
        f(26, mix(comma_before, suffix)),
        f(27, q(0)),
        f(28, mix(q(-1), q(0))),
        f(29, mix(q(0), q(1))),
        f(30, mix(mix(q(-1), q(0)), q(1))),
        f(31, mix(ctx.p1_sent[i] as u64, q(0))),
        f(32, mix(q(0), w(0))),
        f(33, mix(q(0), mix(ctx.p1_left[i] as u64, ctx.p1_right[i] as u64))),
        f(34, mix(ctx.sent_quote[i] as u64, ctx.sent_lex[i] as u64)),
        f(35, mix(st, q(0))),
        f(36, mix(ctx.rule[i] as u64, q(0))),
        f(37, mix(rb2, tb2)),
        f(38, mix(rb2, rb)),
        f(39, mix(rb2, q(0))),
        f(40, mix(r(-1), r(1))),
        f(41, w(3)),
        f(42, w(-3)),
        f(43, mix(lex(i + 1), lex(i.wrapping_sub(1)))),
        f(44, mix(mix(subj_before, that_after), mix(rb, q(0)))),
    ]);
}

impl CueModel {
    fn score(&self, feats: &[u64]) -> f32 {
        let mask = (1usize << self.bits) - 1;
        feats.iter().map(|&h| self.weights[h as usize & mask]).sum()
    }

    /// Scores of every word (punctuation and words outside body sentences: -inf).
    #[allow(clippy::needless_range_loop)]
    pub fn scores(&self, view: &View, ctx: &Context) -> Vec<f32> {
        let mut out = vec![f32::NEG_INFINITY; view.words.len()];
        let mut feats = Vec::with_capacity(40);
        for (i, a, b) in body_words(view) {
            features(view, ctx, &self.rates, i, a, b, &mut feats);
            out[i] = self.score(&feats);
        }
        out
    }

    /// The joint tagger's tags with this model's confident cues added and
    /// its unlikely ones dropped.
    pub fn adjust(&self, view: &View, ctx: &Context, mut tags: Vec<usize>) -> Vec<usize> {
        let s = self.scores(view, ctx);
        // Veto: a cue piece none of whose words reaches `veto`.
        let mut i = 0;
        while i < tags.len() {
            if tag_type(tags[i]) != 2 {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < tags.len() && tags[j] == 4 && view.words[j].sent == view.words[i].sent {
                j += 1;
            }
            let best = (i..j).map(|k| s[k]).fold(f32::NEG_INFINITY, f32::max);
            if best < self.veto && best > f32::NEG_INFINITY {
                for t in &mut tags[i..j] {
                    *t = 0;
                }
            }
            i = j;
        }
        for k in 0..tags.len() {
            let ty = tag_type(tags[k]);
            if (ty == 0 && s[k] > self.add) || (ty == 3 && s[k] > self.add_in_content) {
                tags[k] = if k > 0 && tag_type(tags[k - 1]) == 2 && view.words[k - 1].sent == view.words[k].sent {
                    4
                } else {
                    3
                };
            }
        }
        // A content word right after an added cue starts its own span.
        for k in 1..tags.len() {
            if tags[k].is_multiple_of(2) && tags[k] != 0 && tag_type(tags[k - 1]) != tag_type(tags[k]) {
                tags[k] -= 1;
            }
        }
        tags
    }
}

/// Trains the classifier on documents whose contexts hold jackknifed
/// first-pass tags. `rates` are counted over all of them; each document's
/// own counts are left out while it is trained on.
#[allow(clippy::needless_range_loop)]
pub fn train(
    docs: &[(&View, &Context, &[usize])],
    bits: u32,
    epochs: usize,
    seed: u64,
    progress: &mut dyn FnMut(usize, f64),
) -> CueModel {
    let mut rates = Rates::new();
    for (view, _, gold) in docs {
        count(&mut rates, view, gold, true);
    }
    let n = 1usize << bits;
    let mask = n - 1;
    let (mut w, mut acc, mut stamp) = (vec![0f32; n], vec![0f64; n], vec![0u32; n]);
    let mut clock = 1u32;
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = seed.max(1);
    let mut feats = Vec::with_capacity(40);
    for epoch in 0..epochs {
        crate::train::shuffle(&mut order, &mut rng);
        let (mut right, mut total) = (0usize, 0usize);
        for &d in &order {
            let (view, ctx, gold) = docs[d];
            count(&mut rates, view, gold, false);
            for (i, a, b) in body_words(view) {
                features(view, ctx, &rates, i, a, b, &mut feats);
                let s: f32 = feats.iter().map(|&h| w[h as usize & mask]).sum();
                let y = tag_type(gold[i]) == 2;
                if (s > 0.0) != y {
                    let delta = if y { 1.0 } else { -1.0 };
                    for &h in &feats {
                        let k = h as usize & mask;
                        acc[k] += (clock - stamp[k]) as f64 * w[k] as f64;
                        stamp[k] = clock;
                        w[k] += delta;
                    }
                } else {
                    right += 1;
                }
                total += 1;
                clock += 1;
            }
            count(&mut rates, view, gold, true);
        }
        progress(epoch + 1, right as f64 / total.max(1) as f64);
    }
    for k in 0..n {
        let t = acc[k] + (clock - stamp[k]) as f64 * w[k] as f64;
        w[k] = (t / clock.max(1) as f64) as f32;
    }
    // Stems and pairs seen once are left out: in training, leaving the
    // document out, they were unseen too.
    rates.retain(|_, v| v.1 > 1);
    CueModel { bits, weights: w, rates, add: ADD, veto: VETO, add_in_content: f32::INFINITY }
}

impl CueModel {
    /// Appends the model to a model file (see [`crate::model::Model::to_bytes`]).
    pub fn write(&self, out: &mut Vec<u8>) {
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = max / 32767.0;
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&self.add.to_le_bytes());
        out.extend_from_slice(&self.veto.to_le_bytes());
        out.extend_from_slice(&self.add_in_content.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for w in &self.weights {
            out.extend_from_slice(&((w / scale).round().clamp(-32767.0, 32767.0) as i16).to_le_bytes());
        }
        let mut rates: Vec<_> = self.rates.iter().collect();
        rates.sort();
        out.extend_from_slice(&(rates.len() as u32).to_le_bytes());
        for (h, (c, t)) in rates {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
            out.extend_from_slice(&t.to_le_bytes());
        }
    }

    /// Reads what [`CueModel::write`] wrote; `None` when the bytes are short or malformed.
    pub fn read(b: &[u8]) -> Option<CueModel> {
        let u32_at = |i: usize| b.get(i..i + 4).map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]));
        let f32_at = |i: usize| u32_at(i).map(f32::from_bits);
        let bits = u32_at(0)?;
        if !(8..=24).contains(&bits) {
            return None;
        }
        let (add, veto, in_content, scale) = (f32_at(4)?, f32_at(8)?, f32_at(12)?, f32_at(16)?);
        let n = 1usize << bits;
        let body = b.get(20..20 + 2 * n)?;
        let weights = body.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale).collect();
        let mut at = 20 + 2 * n;
        let m = u32_at(at)? as usize;
        at += 4;
        let mut rates = Rates::with_capacity(m);
        for _ in 0..m {
            let h = b.get(at..at + 8).map(|x| u64::from_le_bytes(x.try_into().unwrap_or([0; 8])))?;
            rates.insert(h, (u32_at(at + 8)?, u32_at(at + 12)?));
            at += 16;
        }
        (at == b.len()).then_some(CueModel { bits, weights, rates, add, veto, add_in_content: in_content })
    }
}

/// Every word the classifier judges, with its sentence: the words of body
/// sentences that are not punctuation.
fn body_words<'v>(view: &'v View) -> impl Iterator<Item = (usize, usize, usize)> + 'v {
    view.sents
        .iter()
        .filter(|s| s.2)
        .flat_map(move |&(a, b, _)| (a..b).filter(move |&i| !view.words[i].punct).map(move |i| (i, a, b)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::rules;
    use dossier_model::{Document, Metadata, SegmentKind, Sentence, Span, Token, TokenKind};

    /// A one-sentence document tokenised on spaces (punctuation as its own word).
    pub(crate) fn doc(text: &str) -> Document {
        let mut d = Document::new(text.to_string(), Metadata::default());
        let mut start = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let boundary = c == ' ' || c == '.' || c == ',';
            if boundary {
                if let Some(s) = start.take() {
                    d.tokens.push(Token { span: Span::new(s, i), kind: TokenKind::Word });
                }
                if c != ' ' {
                    d.tokens.push(Token { span: Span::new(i, i + 1), kind: TokenKind::Punct });
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        let n = d.tokens.len();
        d.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            kind: SegmentKind::Body,
            paragraph: 0,
            tokens: (0, n),
        });
        d
    }

    /// A classifier that calls every word with stem `cue_stem` a cue and
    /// every other word not one (weights set by hand).
    fn model_for(view: &View, ctx: &Context, cue_stem: &str) -> CueModel {
        let bits = 12;
        let mut m = CueModel {
            bits,
            weights: vec![0.0; 1 << bits],
            rates: Rates::new(),
            add: 0.5,
            veto: -0.5,
            add_in_content: f32::INFINITY,
        };
        let mut feats = Vec::new();
        let (a, b, _) = view.sents[0];
        for i in a..b {
            features(view, ctx, &m.rates, i, a, b, &mut feats);
            m.weights[feats[0] as usize & ((1 << bits) - 1)] = -1.0;
        }
        features(view, ctx, &m.rates, 0, a, b, &mut feats);
        let st = hash_str(stem(cue_stem));
        let k = mix(3 + 1000, st) as usize & ((1 << bits) - 1);
        m.weights[k] = 3.0;
        m
    }

    #[test]
    fn a_confident_cue_is_added_and_an_unlikely_one_dropped() {
        let d = doc("The senator lamented the vote and the mayor walked home .");
        let view = View::new(&d);
        let ctx = Context::new(&view, &rules::find(&view));
        let m = model_for(&view, &ctx, "lamented");
        let words: Vec<&str> = view.words.iter().map(|w| w.lower.as_str()).collect();
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        // The tagger found no cue at "lamented" and a cue at "walked".
        let mut tags = vec![0usize; view.words.len()];
        tags[at("walked")] = 3;
        tags[at("vote")] = 5;
        let out = m.adjust(&view, &ctx, tags);
        assert_eq!(out[at("lamented")], 3, "{out:?}");
        assert_eq!(out[at("walked")], 0, "{out:?}");
        // A content word after the added cue keeps its type.
        assert_eq!(out[at("vote")], 5);
        // Off (the shipped thresholds): the tags are unchanged.
        let off = CueModel { add: f32::INFINITY, veto: f32::NEG_INFINITY, ..m };
        let mut tags = vec![0usize; view.words.len()];
        tags[at("walked")] = 3;
        assert_eq!(off.adjust(&view, &ctx, tags.clone()), tags);
    }

    #[test]
    fn the_classifier_round_trips_and_rejects_damaged_bytes() {
        let d = doc("Officials said the talks failed .");
        let view = View::new(&d);
        let ctx = Context::new(&view, &rules::find(&view));
        let mut m = model_for(&view, &ctx, "said");
        m.rates.insert(7, (2, 9));
        let mut bytes = Vec::new();
        m.write(&mut bytes);
        let back = CueModel::read(&bytes).expect("reads back");
        assert_eq!(back.rates, m.rates);
        assert_eq!((back.add, back.veto, back.bits), (m.add, m.veto, m.bits));
        let again = {
            let mut v = Vec::new();
            back.write(&mut v);
            v
        };
        assert_eq!(again, bytes);
        assert!(CueModel::read(&bytes[..bytes.len() - 1]).is_none());
        assert!(CueModel::read(&[]).is_none());
    }
}
