//! The learned part: a greedy averaged-perceptron tagger over tokens with
//! BIO tags for source, cue and content, trained on PolNeAR.
//!
//! Key decisions:
//! - The tagger is stacked on the rules: the tag the rules give a token is
//!   one of its features, so the model learns where the rules are right and
//!   where PolNeAR's broader notion of attribution (beliefs, intentions,
//!   "X wants", "X hopes") reaches beyond them.
//! - Features are hashed into a fixed table (2^17 buckets × 7 tags) and the
//!   averaged weights (of three taggers trained with different seeds) are
//!   quantised to i16, which keeps the shipped model at about 3.7 MB and
//!   loading to a single pass over bytes.
//! - Decoding is greedy left to right with the two previous tags as
//!   features; an `I-` tag that does not continue its type becomes `B-`.
//! - In the stage the tagger leads and the rules refine ([`combine`]): on
//!   PolNeAR dev the tagger alone beat every way of letting the rules win.
//!
//! File format (little-endian): magic `DOSATTR\0`, format version u32,
//! hash bits u32, scale f32, then one to three weight tables as i16.

use crate::error::Error;
use crate::lexicon::lexicon;
use crate::rules::Found;
use crate::text::View;
use dossier_model::{AttributionKind, EntityType, Span, SpeechAct};
use std::sync::OnceLock;

pub const TAGS: [&str; 7] = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];
pub const NT: usize = 7;
const MAGIC: &[u8; 8] = b"DOSATTR\0";
pub const FORMAT_VERSION: u32 = 2;
/// Format with a flags word (bit 0: Viterbi decoding, bit 1: a cue
/// classifier follows the tables) and the number of tables after the scale.
pub const FORMAT_VERSION_FLAGS: u32 = 3;

/// Span type of a tag: 0 none, 1 source, 2 cue, 3 content.
pub fn tag_type(t: usize) -> usize {
    t.div_ceil(2)
}

/// One or two weight tables: the first tagger, and the second one that
/// also sees the first one's tags (stacking gives the greedy tagger a view
/// of what lies to the right, such as a cue after its source).
pub struct Model {
    pub bits: u32,
    pub tables: Vec<Vec<f32>>,
    /// Decoded with Viterbi over first-order tag transitions (trained as a
    /// structured perceptron, see [`crate::train::TrainOptions::viterbi`])
    /// rather than greedily with the two previous tags.
    pub viterbi: bool,
    /// A dedicated cue classifier that adjusts the tagger's cues
    /// ([`crate::cue`]; an experiment, absent from the shipped model).
    pub cue: Option<crate::cue::CueModel>,
}

static SHIPPED: OnceLock<Result<Model, String>> = OnceLock::new();

/// The model shipped in `models/attribution.bin`, loaded once.
pub fn shipped() -> Result<&'static Model, Error> {
    SHIPPED
        .get_or_init(|| Model::from_bytes(include_bytes!("../models/attribution.bin")).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| Error::Model { name: "models/attribution.bin".into(), reason: e.clone() })
}

impl Model {
    pub fn new(bits: u32) -> Model {
        Model { bits, tables: vec![vec![0.0; (1usize << bits) * NT]], viterbi: false, cue: None }
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, Error> {
        let bad = |r: &str| Error::Model { name: "attribution model".into(), reason: r.into() };
        if b.len() < 20 || &b[..8] != MAGIC {
            return Err(bad("not a dossier attribution model (bad magic)"));
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let version = u32_at(8);
        if version != FORMAT_VERSION && version != FORMAT_VERSION_FLAGS {
            return Err(bad(&format!("format version {version}, expected {FORMAT_VERSION} or {FORMAT_VERSION_FLAGS}")));
        }
        let head = if version == FORMAT_VERSION_FLAGS { 28 } else { 20 };
        if b.len() < head {
            return Err(bad("truncated header"));
        }
        let flags = if version == FORMAT_VERSION_FLAGS { u32_at(20) } else { 0 };
        let viterbi = flags & 1 == 1;
        let bits = u32_at(12);
        if !(8..=24).contains(&bits) {
            return Err(bad("hash size out of range"));
        }
        let scale = f32::from_le_bytes([b[16], b[17], b[18], b[19]]);
        let n = (1usize << bits) * NT;
        let (body, cue) = if version == FORMAT_VERSION_FLAGS {
            let k = u32_at(24) as usize;
            if !(1..=3).contains(&k) || b.len() < head + k * 2 * n {
                return Err(bad("bad table count or truncated tables"));
            }
            let cue = if flags & 2 == 2 {
                Some(crate::cue::CueModel::read(&b[head + k * 2 * n..]).ok_or_else(|| bad("bad cue classifier"))?)
            } else {
                None
            };
            (&b[head..head + k * 2 * n], cue)
        } else {
            (&b[head..], None)
        };
        if body.is_empty() || !body.len().is_multiple_of(2 * n) || body.len() / (2 * n) > 3 {
            return Err(bad(&format!("{} bytes of weights, expected one to three tables of {}", body.len(), 2 * n)));
        }
        let tables = body
            .chunks_exact(2 * n)
            .map(|t| t.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale).collect())
            .collect();
        Ok(Model { bits, tables, viterbi, cue })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.tables.iter().flatten().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = max / 32767.0;
        let mut out = Vec::with_capacity(20 + 2 * self.tables.iter().map(Vec::len).sum::<usize>());
        out.extend_from_slice(MAGIC);
        let flagged = self.viterbi || self.cue.is_some();
        let version = if flagged { FORMAT_VERSION_FLAGS } else { FORMAT_VERSION };
        out.extend_from_slice(&version.to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        if flagged {
            let flags = self.viterbi as u32 | (self.cue.is_some() as u32) << 1;
            out.extend_from_slice(&flags.to_le_bytes());
            out.extend_from_slice(&(self.tables.len() as u32).to_le_bytes());
        }
        for w in self.tables.iter().flatten() {
            out.extend_from_slice(&((w / scale).round().clamp(-32767.0, 32767.0) as i16).to_le_bytes());
        }
        if let Some(c) = &self.cue {
            c.write(&mut out);
        }
        out
    }

    fn bucket(&self, h: u64) -> usize {
        (h as usize & ((1usize << self.bits) - 1)) * NT
    }

    /// Scores of each tag under table `table`.
    pub fn scores(&self, table: usize, feats: &[u64], out: &mut [f32; NT]) {
        *out = [0.0; NT];
        let Some(w) = self.tables.get(table) else { return };
        for &f in feats {
            let b = self.bucket(f);
            for (t, o) in out.iter_mut().enumerate() {
                *o += w[b + t];
            }
        }
    }
}

pub(crate) fn mix(a: u64, b: u64) -> u64 {
    let mut h = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^ (h >> 32)
}

pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn shape(w: &str) -> u64 {
    let mut s = String::new();
    for c in w.chars().take(6) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !s.ends_with(k) {
            s.push(k);
        }
    }
    hash_str(&s)
}

/// A crude stem: the word without a common inflectional ending.
pub(crate) fn stem(w: &str) -> &str {
    for suf in ["ing", "ed", "es", "s"] {
        if w.len() > suf.len() + 3
            && let Some(s) = w.strip_suffix(suf)
        {
            return s;
        }
    }
    w
}

/// Per-document token features that do not depend on predicted tags.
pub struct Context {
    pub word: Vec<u64>,
    pub suffix: Vec<u64>,
    pub shape: Vec<u64>,
    pub rule: Vec<usize>,
    pub quote: Vec<u8>,
    pub lex: Vec<u8>,
    /// Distance bucket to the nearest cue-like word on the left / right in the sentence.
    pub left_cue: Vec<u8>,
    pub right_cue: Vec<u8>,
    pub that_since_cue: Vec<u8>,
    pub sent_pos: Vec<u8>,
    /// Word hash of the nearest cue-like word on the left / right in the sentence.
    pub left_word: Vec<u64>,
    pub right_word: Vec<u64>,
    /// The first tagger's tags, when the second one runs.
    pub pass1: Option<Vec<usize>>,
    /// Distance buckets to the first tagger's nearest cue left / right.
    pub p1_left: Vec<u8>,
    pub p1_right: Vec<u8>,
    /// The word without a common inflection ("criticized" → "criticiz").
    pub stem: Vec<u64>,
    /// Per token, about its sentence: has a quote mark; lexicon words (0–3).
    pub sent_quote: Vec<u8>,
    pub sent_lex: Vec<u8>,
    /// Per token, which span types the first tagger found in its sentence (bit set).
    pub p1_sent: Vec<u8>,
}

fn dist_bucket(d: usize) -> u8 {
    match d {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=7 => 3,
        8..=15 => 4,
        _ => 5,
    }
}

/// Paints attributions onto tokens, outermost first, so inner ones win: the
/// univocal tagging PolNeAR uses.
pub fn paint(view: &View, found: &[(Option<Span>, Option<Span>, Span)]) -> Vec<usize> {
    let mut tags = vec![0usize; view.words.len()];
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(found[i].2.len()));
    for i in order {
        let (src, cue, content) = found[i];
        for (span, ty) in [(Some(content), 3usize), (src, 1), (cue, 2)] {
            let Some(span) = span else { continue };
            let a = view.words.partition_point(|w| w.span.end <= span.start);
            let b = view.words.partition_point(|w| w.span.start < span.end);
            for (k, t) in tags.iter_mut().enumerate().take(b).skip(a) {
                *t = if k == a { ty * 2 - 1 } else { ty * 2 };
            }
        }
    }
    tags
}

impl Context {
    pub fn new(view: &View, rule_found: &[Found]) -> Context {
        let lex = lexicon();
        let n = view.words.len();
        let spans: Vec<_> = rule_found.iter().map(|f| (f.source, f.cue, f.content)).collect();
        let rule = paint(view, &spans);
        let mut c = Context {
            word: Vec::with_capacity(n),
            suffix: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            rule,
            quote: Vec::with_capacity(n),
            lex: Vec::with_capacity(n),
            left_cue: vec![6; n],
            right_cue: vec![6; n],
            that_since_cue: vec![0; n],
            sent_pos: vec![0; n],
            left_word: vec![0; n],
            right_word: vec![0; n],
            pass1: None,
            p1_left: vec![6; n],
            p1_right: vec![6; n],
            stem: Vec::with_capacity(n),
            sent_quote: vec![0; n],
            sent_lex: vec![0; n],
            p1_sent: vec![0; n],
        };
        for (i, w) in view.words.iter().enumerate() {
            c.word.push(hash_str(&w.lower));
            c.stem.push(hash_str(stem(&w.lower)));
            let chars: Vec<char> = w.lower.chars().collect();
            let suf: String = chars[chars.len().saturating_sub(3)..].iter().collect();
            c.suffix.push(hash_str(&suf));
            let txt = view.text(w.span);
            c.shape.push(shape(txt));
            c.quote.push(if view.is_quote_mark(i) { 2 } else { view.in_quote(i) as u8 });
            let l = if lex.verbs.get(&w.lower).is_some_and(|v| v.tagger_feature) {
                1
            } else if lex.nominals.contains_key(&w.lower) {
                2
            } else if w.lower == "according" {
                3
            } else {
                0
            };
            c.lex.push(l);
        }
        for &(a, b, _) in &view.sents {
            if a >= b {
                continue;
            }
            let quoted = (a..b).any(|i| c.quote[i] != 0) as u8;
            let lexn = (a..b).filter(|&i| c.lex[i] != 0).count().min(3) as u8;
            for i in a..b {
                c.sent_quote[i] = quoted;
                c.sent_lex[i] = lexn;
            }
            let mut last: Option<usize> = None;
            let mut that = 0u8;
            for i in a..b {
                if c.lex[i] != 0 || tag_type(c.rule[i]) == 2 {
                    last = Some(i);
                    that = 0;
                }
                if view.lw(i) == "that" {
                    that = 1;
                }
                c.left_cue[i] = last.map_or(6, |l| dist_bucket(i - l));
                c.left_word[i] = last.map_or(1, |l| c.word[l]);
                c.that_since_cue[i] = that;
                c.sent_pos[i] = if i == a {
                    1
                } else if i + 1 == b {
                    2
                } else {
                    0
                };
            }
            let mut next: Option<usize> = None;
            for i in (a..b).rev() {
                if c.lex[i] != 0 || tag_type(c.rule[i]) == 2 {
                    next = Some(i);
                }
                c.right_cue[i] = next.map_or(6, |l| dist_bucket(l - i));
                c.right_word[i] = next.map_or(1, |l| c.word[l]);
            }
        }
        c
    }

    /// Records the first tagger's tags for the second.
    #[allow(clippy::needless_range_loop)]
    pub fn set_pass1(&mut self, view: &View, tags: Vec<usize>) {
        for &(a, b, _) in &view.sents {
            let kinds = (a..b).fold(0u8, |m, i| m | (1 << tag_type(tags[i])));
            for i in a..b {
                self.p1_sent[i] = kinds;
            }
            let mut last: Option<usize> = None;
            for i in a..b {
                if tag_type(tags[i]) == 2 {
                    last = Some(i);
                }
                self.p1_left[i] = last.map_or(6, |l| dist_bucket(i - l));
            }
            let mut next: Option<usize> = None;
            for i in (a..b).rev() {
                if tag_type(tags[i]) == 2 {
                    next = Some(i);
                }
                self.p1_right[i] = next.map_or(6, |l| dist_bucket(l - i));
            }
        }
        self.pass1 = Some(tags);
    }

    /// The features of token `i` given the two previous tags.
    pub fn features(&self, i: usize, sa: usize, sb: usize, p1: usize, p2: usize, out: &mut Vec<u64>) {
        out.clear();
        let w = |k: isize| window(&self.word, i, k, sa, sb).unwrap_or(0xdead_beef);
        let r = |k: isize| window(&self.rule, i, k, sa, sb).map_or(99, |v| v as u64);
        let f = |t: u64, v: u64| mix(t, v);
        out.push(f(1, 0));
        out.push(f(2, w(0)));
        out.push(f(3, w(-1)));
        out.push(f(4, w(1)));
        out.push(f(5, w(-2)));
        out.push(f(6, w(2)));
        out.push(f(7, self.suffix[i]));
        out.push(f(8, self.shape[i]));
        out.push(f(9, r(0)));
        out.push(f(10, r(-1)));
        out.push(f(11, r(1)));
        out.push(f(12, mix(r(0), w(0))));
        out.push(f(13, self.quote[i] as u64));
        out.push(f(15, self.lex[i] as u64));
        out.push(f(16, mix(self.left_cue[i] as u64, self.right_cue[i] as u64)));
        out.push(f(17, mix(self.left_cue[i] as u64, self.that_since_cue[i] as u64)));
        out.push(f(18, mix(self.right_cue[i] as u64, self.quote[i] as u64)));
        out.push(f(19, p1 as u64));
        out.push(f(20, mix(p1 as u64, p2 as u64)));
        out.push(f(21, mix(p1 as u64, w(0))));
        out.push(f(22, mix(p1 as u64, r(0))));
        out.push(f(23, mix(p1 as u64, mix(self.left_cue[i] as u64, self.quote[i] as u64))));
        out.push(f(24, mix(self.sent_pos[i] as u64, p1 as u64)));
        out.push(f(25, mix(w(-1), w(0))));
        out.push(f(26, mix(w(0), w(1))));
        out.push(f(27, mix(p1 as u64, mix(self.lex[i] as u64, self.right_cue[i] as u64))));
        out.push(f(28, mix(r(0), mix(self.left_cue[i] as u64, self.right_cue[i] as u64))));
        out.push(f(29, w(3)));
        out.push(f(30, w(-3)));
        out.push(f(31, mix(self.right_word[i], self.right_cue[i] as u64)));
        out.push(f(32, mix(self.left_word[i], mix(self.left_cue[i] as u64, p1 as u64))));
        out.push(f(33, mix(w(1), p1 as u64)));
        out.push(f(34, mix(self.shape[i], p1 as u64)));
        let sfx1 = if i + 1 < sb { self.suffix[i + 1] } else { 0 };
        out.push(f(35, sfx1));
        out.push(f(36, mix(w(1), w(2))));
        out.push(f(37, self.stem[i]));
        out.push(f(38, mix(self.stem[i], p1 as u64)));
        out.push(f(39, mix(mix(self.sent_quote[i] as u64, self.sent_lex[i] as u64), p1 as u64)));
        let st = |k: isize| window(&self.stem, i, k, sa, sb).unwrap_or(0xdead_beef);
        out.push(f(50, mix(st(-1), self.stem[i])));
        out.push(f(51, mix(self.stem[i], self.right_cue[i] as u64)));
        if let Some(p) = &self.pass1 {
            let q = |k: isize| window(p, i, k, sa, sb).map_or(99, |v| v as u64);
            out.push(f(40, q(0)));
            out.push(f(41, mix(q(-1), q(0))));
            out.push(f(42, mix(q(0), q(1))));
            out.push(f(43, q(2)));
            out.push(f(44, mix(self.p1_left[i] as u64, self.p1_right[i] as u64)));
            out.push(f(45, mix(q(0), w(0))));
            out.push(f(46, mix(q(0), p1 as u64)));
            out.push(f(47, mix(mix(q(0), r(0)), p1 as u64)));
            out.push(f(48, mix(self.p1_right[i] as u64, p1 as u64)));
            out.push(f(52, mix(q(-2), q(-1))));
            out.push(f(53, mix(q(1), q(2))));
            out.push(f(54, mix(self.p1_sent[i] as u64, mix(q(0), p1 as u64))));
            out.push(f(55, mix(self.p1_sent[i] as u64, self.stem[i])));
        }
    }
}

/// Feature keys joined with the previous tag in Viterbi decoding: the
/// feature for previous tag `p` is `mix(key, PREV + p)`.
const PREV: u64 = 0x5eed_0000;

/// Scores a set of hashed features for each tag.
pub type Scorer<'a> = dyn Fn(&[u64], &mut [f32; NT]) + 'a;

/// Buffers reused across tokens by [`viterbi`].
#[derive(Default)]
pub struct ViterbiBufs {
    pub obs: Vec<u64>,
    pub keys: Vec<u64>,
    pub joined: Vec<u64>,
}

impl ViterbiBufs {
    /// The keys of the last [`Context::split_features`] call joined with previous tag `p`.
    pub fn join(&mut self, p: usize) -> &[u64] {
        self.joined.clear();
        self.joined.extend(self.keys.iter().map(|&k| mix(k, PREV + p as u64)));
        &self.joined
    }
}

impl Context {
    /// The features of token `i` for Viterbi decoding, split into those
    /// that do not depend on the previous tag (`obs`) and keys that are
    /// joined with it (the same information as [`Context::features`], but
    /// with the previous tag only, never the one before it).
    pub fn split_features(&self, i: usize, sa: usize, sb: usize, obs: &mut Vec<u64>, keys: &mut Vec<u64>) {
        obs.clear();
        keys.clear();
        let w = |k: isize| window(&self.word, i, k, sa, sb).unwrap_or(0xdead_beef);
        let r = |k: isize| window(&self.rule, i, k, sa, sb).map_or(99, |v| v as u64);
        let st = |k: isize| window(&self.stem, i, k, sa, sb).unwrap_or(0xdead_beef);
        let f = |t: u64, v: u64| mix(t, v);
        let (lc, rc) = (self.left_cue[i] as u64, self.right_cue[i] as u64);
        obs.extend([
            f(1, 0),
            f(2, w(0)),
            f(3, w(-1)),
            f(4, w(1)),
            f(5, w(-2)),
            f(6, w(2)),
            f(7, self.suffix[i]),
            f(8, self.shape[i]),
            f(9, r(0)),
            f(10, r(-1)),
            f(11, r(1)),
            f(12, mix(r(0), w(0))),
            f(13, self.quote[i] as u64),
            f(15, self.lex[i] as u64),
            f(16, mix(lc, rc)),
            f(17, mix(lc, self.that_since_cue[i] as u64)),
            f(18, mix(rc, self.quote[i] as u64)),
            f(25, mix(w(-1), w(0))),
            f(26, mix(w(0), w(1))),
            f(28, mix(r(0), mix(lc, rc))),
            f(29, w(3)),
            f(30, w(-3)),
            f(31, mix(self.right_word[i], rc)),
            f(35, if i + 1 < sb { self.suffix[i + 1] } else { 0 }),
            f(36, mix(w(1), w(2))),
            f(37, self.stem[i]),
            f(50, mix(st(-1), self.stem[i])),
            f(51, mix(self.stem[i], rc)),
        ]);
        keys.extend([
            f(19, 0),
            f(21, w(0)),
            f(22, r(0)),
            f(23, mix(lc, self.quote[i] as u64)),
            f(24, self.sent_pos[i] as u64),
            f(27, mix(self.lex[i] as u64, rc)),
            f(32, mix(self.left_word[i], lc)),
            f(33, w(1)),
            f(34, self.shape[i]),
            f(38, self.stem[i]),
            f(39, mix(self.sent_quote[i] as u64, self.sent_lex[i] as u64)),
        ]);
        if let Some(p) = &self.pass1 {
            let q = |k: isize| window(p, i, k, sa, sb).map_or(99, |v| v as u64);
            obs.extend([
                f(40, q(0)),
                f(41, mix(q(-1), q(0))),
                f(42, mix(q(0), q(1))),
                f(43, q(2)),
                f(44, mix(self.p1_left[i] as u64, self.p1_right[i] as u64)),
                f(45, mix(q(0), w(0))),
                f(52, mix(q(-2), q(-1))),
                f(53, mix(q(1), q(2))),
                f(55, mix(self.p1_sent[i] as u64, self.stem[i])),
            ]);
            keys.extend([
                f(46, q(0)),
                f(47, mix(q(0), r(0))),
                f(48, self.p1_right[i] as u64),
                f(54, mix(self.p1_sent[i] as u64, q(0))),
            ]);
        }
    }
}

/// Whether tag `t` may follow `prev` (an `I-` tag only continues its type).
pub fn allowed(prev: usize, t: usize) -> bool {
    t == 0 || !t.is_multiple_of(2) || tag_type(prev) == tag_type(t)
}

/// The best tag sequence of the sentence `a..b` under first-order
/// transitions (the sentence starts after an `O`). Ties go to the lower tag.
pub fn viterbi(ctx: &Context, a: usize, b: usize, score: &Scorer, bufs: &mut ViterbiBufs) -> Vec<usize> {
    let n = b.saturating_sub(a);
    if n == 0 {
        return Vec::new();
    }
    let mut delta = vec![[f32::NEG_INFINITY; NT]; n];
    let mut back = vec![[0u8; NT]; n];
    let mut o = [0f32; NT];
    let mut s = [0f32; NT];
    for k in 0..n {
        ctx.split_features(a + k, a, b, &mut bufs.obs, &mut bufs.keys);
        score(&bufs.obs, &mut o);
        for p in 0..NT {
            let base = if k == 0 {
                if p != 0 {
                    continue;
                }
                0.0
            } else {
                delta[k - 1][p]
            };
            if base == f32::NEG_INFINITY {
                continue;
            }
            score(bufs.join(p), &mut s);
            for t in 0..NT {
                if !allowed(p, t) {
                    continue;
                }
                let v = base + o[t] + s[t];
                if v > delta[k][t] {
                    delta[k][t] = v;
                    back[k][t] = p as u8;
                }
            }
        }
    }
    let mut t = (0..NT).fold(0, |best, t| if delta[n - 1][t] > delta[n - 1][best] { t } else { best });
    let mut out = vec![0usize; n];
    for k in (0..n).rev() {
        out[k] = t;
        t = back[k][t] as usize;
    }
    out
}

/// Fixes an `I-` tag that does not continue its type.
pub fn legal(t: usize, prev: usize) -> usize {
    if t != 0 && t.is_multiple_of(2) && tag_type(prev) != tag_type(t) { t - 1 } else { t }
}

/// The best-scoring tag that may follow `prev` (an `I-` tag only continues its type).
pub fn best_legal(scores: &[f32; NT], prev: usize) -> usize {
    (0..NT)
        .filter(|&t| t == 0 || !t.is_multiple_of(2) || tag_type(prev) == tag_type(t))
        .max_by(|&x, &y| scores[x].total_cmp(&scores[y]).then(y.cmp(&x)))
        .unwrap_or(0)
}

/// Tags every token of the view with one table.
#[allow(clippy::needless_range_loop)]
pub fn tag_with(model: &Model, table: usize, view: &View, ctx: &Context) -> Vec<usize> {
    let mut tags = vec![0usize; view.words.len()];
    if model.viterbi {
        let mut bufs = ViterbiBufs::default();
        let score = |f: &[u64], o: &mut [f32; NT]| model.scores(table, f, o);
        for &(a, b, body) in &view.sents {
            if body && a < b {
                tags[a..b].copy_from_slice(&viterbi(ctx, a, b, &score, &mut bufs));
            }
        }
        return tags;
    }
    let mut feats = Vec::with_capacity(48);
    let mut scores = [0f32; NT];
    for &(a, b, body) in &view.sents {
        let (mut p1, mut p2) = (0usize, 0usize);
        if !body {
            continue;
        }
        for i in a..b {
            ctx.features(i, a, b, p1, p2, &mut feats);
            model.scores(table, &feats, &mut scores);
            let t = best_legal(&scores, p1);
            tags[i] = t;
            p2 = p1;
            p1 = t;
        }
    }
    tags
}

/// Tags every token: the first tagger, then the second on top of it.
pub fn tag(model: &Model, view: &View, ctx: &mut Context) -> Vec<usize> {
    let first = tag_with(model, 0, view, ctx);
    if model.tables.len() < 2 {
        return first;
    }
    ctx.set_pass1(view, first);
    let second = tag_with(model, 1, view, ctx);
    if model.tables.len() < 3 {
        return second;
    }
    ctx.set_pass1(view, second);
    tag_with(model, 2, view, ctx)
}

/// Word ranges of each span type in a tag sequence: (type, start, end).
/// Pieces of one type separated by at most two untagged words in a
/// sentence are joined, and a content running to the end of a sentence
/// continues into a content opening the next one, since the tagger sees one
/// sentence at a time but quotes run over several.
pub fn spans(tags: &[usize], view: &View) -> Vec<(usize, usize, usize)> {
    let mut raw: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let ty = tag_type(tags[i]);
        if ty == 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tags.len() && tags[j] == ty * 2 && view.words[j].sent == view.words[i].sent {
            j += 1;
        }
        raw.push((ty, i, j));
        i = j;
    }
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for s in raw {
        if let Some(last) = out.last_mut()
            && last.0 == s.0
        {
            let gap_untagged = (last.2..s.1).all(|k| tags[k] == 0);
            // "said, referring to": a comma between two cue pieces parts
            // two sayings (the second a participle with its own content).
            let comma_gap = s.0 == 2 && (last.2..s.1).any(|k| view.lw(k) == ",");
            let gap_untagged = gap_untagged && !comma_gap;
            let same_sent = view.words[last.1].sent == view.words[s.1].sent;
            let next_sent = s.1 == last.2 && view.words[s.1].sent == view.words[last.2 - 1].sent + 1;
            if (same_sent && gap_untagged && s.1 - last.2 <= 2) || (s.0 == 3 && next_sent) {
                last.2 = s.2;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Groups typed word ranges into attributions: each cue takes the nearest
/// source in its sentence and the nearest content in its sentence or the
/// next one. Returns (source, cue, content) word ranges.
#[allow(clippy::type_complexity)]
pub fn group(
    spans: &[(usize, usize, usize)],
    view: &View,
) -> Vec<(Option<(usize, usize)>, Option<(usize, usize)>, Option<(usize, usize)>)> {
    let cues: Vec<usize> = (0..spans.len()).filter(|&i| spans[i].0 == 2).collect();
    // Pairs are made nearest first over the whole document, so a cue does
    // not take a content that lies closer to another cue; a content in the
    // cue's own sentence comes before one in the next or previous sentence.
    let pairs = |want: usize, max_sent: usize| -> Vec<Option<usize>> {
        let mut cand: Vec<(usize, usize, usize)> = Vec::new();
        for (n, &ci) in cues.iter().enumerate() {
            let (_, a, b) = spans[ci];
            let sent = view.words[a].sent;
            for (j, sp) in spans.iter().enumerate() {
                let ss = view.words[sp.1].sent;
                if sp.0 != want || ss + max_sent < sent || ss > sent + max_sent {
                    continue;
                }
                let d = if sp.2 <= a { a - sp.2 } else { sp.1.saturating_sub(b) };
                cand.push((d + if ss == sent { 0 } else { 1000 }, n, j));
            }
        }
        cand.sort_unstable();
        let mut taken = vec![false; spans.len()];
        let mut out = vec![None; cues.len()];
        for (_, n, j) in cand {
            if out[n].is_none() && !taken[j] {
                out[n] = Some(j);
                taken[j] = true;
            }
        }
        out
    };
    let src = pairs(1, 0);
    let con = pairs(3, 1);
    let mut used_con = vec![false; spans.len()];
    let mut out = Vec::new();
    for (n, &ci) in cues.iter().enumerate() {
        if let Some(c) = con[n] {
            used_con[c] = true;
        }
        let r = |k: Option<usize>| k.map(|k| (spans[k].1, spans[k].2));
        out.push((r(src[n]), Some((spans[ci].1, spans[ci].2)), r(con[n])));
    }
    // Contents left without a cue still count as attributions (continued quotes).
    for (j, s) in spans.iter().enumerate() {
        if s.0 == 3 && !used_con[j] {
            out.push((None, None, Some((s.1, s.2))));
        }
    }
    out
}

/// How tagger and rules are combined (see [`combine`]). The default is
/// what the stage ships; each choice was measured on PolNeAR dev with a
/// tagger trained on train alone (README.md, "Rules vs model").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Combine {
    /// Where both find one attribution (overlapping cues), whose source:
    /// 0: the rules' source; 1: the tagger's; 2: the tagger's where the
    /// rules have none or it holds the rules' (an apposition, a relative
    /// clause: "A State Department official, who spoke on condition of
    /// anonymity,"); 3: the tagger's unless the rules' names a recognised
    /// entity that the tagger's does not hold; 4: as 3, and a rule source
    /// that names no entity, of an attribution inside the content of a
    /// matched one that is no reporting frame, is dropped when the tagger
    /// gave none.
    pub tagger_source: u8,
    /// The tagger's cue instead of the rules'.
    pub tagger_cue: bool,
    /// 0: the rules' content; 1: the tagger's; 2: the tagger's except for
    /// the rules' quotes (`direct`, `mixed`).
    pub tagger_content: u8,
    /// Keep rule attributions whose cue the tagger did not find, by kind
    /// (bit set: 1 direct, 2 indirect, 4 mixed, 8 according to, 16 nominal,
    /// 32 a quote continued without a cue).
    pub rule_only: u8,
    /// The same, only when the tagger left the rule's cue untagged.
    pub rule_untagged: u8,
    /// `rule_untagged` keeps a rule attribution only when its source names
    /// a recognised entity ("Poland's Foreign Ministry did not confirm
    /// reports that …"), not a phrase the tagger saw no speaker in.
    pub untagged_needs_entity: bool,
    /// Rule attributions inside the content of a matched one: 0 kept only
    /// by `rule_only` and `rule_untagged`; 1 all kept; 2 kept inside a
    /// reporting frame ("according to", "quoted X as saying", "citing") and
    /// dropped inside any other content, whatever their kind or cue tags,
    /// unless the tagger found their cue.
    pub rule_nested: u8,
    /// With `rule_nested: 2`, a rule attribution inside another content
    /// that is no reporting frame is kept all the same when that content
    /// opens with its source, the source names a recognised entity (no
    /// pronoun, not the outer speaker again) and the nesting relays an
    /// earlier saying: the outer cue reports ("X reported that [Sealore had
    /// said …]"), the inner one is in the past perfect ("The spokesperson
    /// said [Romanian authorities had assured …]") or is an organisation's
    /// belief ("Two officials said [the FE believes …]"). The whole content
    /// is then the nested saying, a link of its chain.
    pub nested_opening: bool,
    /// Tagger-only attributions without a source need a reporting verb.
    pub sourceless_needs_verb: bool,
    /// A tagger content without a cue completes the content of the
    /// attribution whose source or cue splits it ("…," he said, "…"), or
    /// else continues the attribution before it.
    pub cueless: bool,
    /// Check tagger-only attributions: 0 not at all; 1 with `plausible`
    /// (the filter shipped before); 2 refuse passive hedges and cues that
    /// start with punctuation; 3 also cues of function words and adverbs
    /// alone; 4 also drop sources that are not clean noun phrases.
    pub filter: u8,
    /// Keep a tagger cue that has no content, with the rest of its sentence
    /// (or what precedes it) as content.
    pub contentless: bool,
    /// Keep a rule trailing report ("…, the ministry announced.") whose cue
    /// the tagger did not tag as a cue, when its source names a recognised
    /// entity. (Any source: on dev ±0.01, with tagger noise such as
    /// "including Friday's tweets" kept.)
    pub trailing: bool,
}

impl Default for Combine {
    fn default() -> Combine {
        Combine {
            tagger_source: 4,
            tagger_cue: false,
            tagger_content: 0,
            rule_only: 1 | 4 | 8 | 16 | 32,
            rule_untagged: 63,
            untagged_needs_entity: true,
            rule_nested: 2,
            nested_opening: true,
            sourceless_needs_verb: false,
            cueless: true,
            filter: 3,
            contentless: true,
            trailing: true,
        }
    }
}

/// Word range of a byte span.
fn word_range(view: &View, s: Span) -> (usize, usize) {
    (view.words.partition_point(|w| w.span.end <= s.start), view.words.partition_point(|w| w.span.start < s.end))
}

/// The rules' attributions combined with the tagger's: each tagger
/// attribution whose cue overlaps a rule cue is the same attribution (the
/// rules' kind, speech act, negation and chain, the spans `c` says); rule
/// attributions the tagger missed stay by kind (`c.rule_only`), when the
/// tagger left their cue untagged (`c.rule_untagged`) or when they are
/// reported inside a matched one (`c.rule_nested`); tagger attributions the
/// rules missed are added past `c.filter`; a tagger content without a cue
/// completes or continues the attribution before it (`c.cueless`); a tagger
/// cue without a content gets the rest of its sentence (`c.contentless`).
pub fn combine(model: &Model, view: &View, rule_found: Vec<Found>, strict: bool, c: Combine) -> Vec<Found> {
    let mut ctx = Context::new(view, &rule_found);
    let tags = tag(model, view, &mut ctx);
    let tags = match &model.cue {
        Some(cm) => cm.adjust(view, &ctx, tags),
        None => tags,
    };
    let sp = spans(&tags, view);
    let groups = group(&sp, view);
    let mut rules = rule_found;
    let mut matched = vec![false; rules.len()];
    // Matched rule attributions to which the tagger gave no source.
    let mut no_tagger_source = vec![false; rules.len()];
    let mut extra = Vec::new();
    let mut cueless = Vec::new();
    for (src, cue, con) in groups {
        let (con, guessed) = match (con, cue) {
            (Some(con), _) => (con, false),
            (None, Some(cue)) if c.contentless => (guess_content(view, src, cue), true),
            _ => continue,
        };
        let con_span = view.span(con.0, con.1);
        let Some(cue) = cue else {
            cueless.push(con_span);
            continue;
        };
        let cue_span = view.span(cue.0, cue.1);
        if let Some(r) = rules.iter().position(|f| f.cue.is_some_and(|x| x.overlaps(cue_span))) {
            if !matched[r] {
                matched[r] = true;
                let f = &mut rules[r];
                if c.tagger_cue {
                    f.cue = Some(cue_span);
                }
                no_tagger_source[r] = src.and_then(|s| trim(view, s)).is_none();
                let quote = matches!(f.kind, AttributionKind::Direct | AttributionKind::Mixed);
                if !guessed && (c.tagger_content == 1 || (c.tagger_content == 2 && !quote)) {
                    f.content = con_span;
                }
                if let Some(s) = src.and_then(|s| trim(view, s)) {
                    let s = view.span(s.0, s.1);
                    // A source never takes words of its own content: "…
                    // with his counterpart, Viktar Sharko, the presidential
                    // office said" is the office's, not an apposition.
                    let apart = !s.overlaps(f.content)
                        || f.source.is_none_or(|r| r.overlaps(f.content) || !institution(view, r));
                    if apart
                        && (c.tagger_source == 1
                            || (c.tagger_source == 2 && f.source.is_none_or(|r| s.contains(r)))
                            || (c.tagger_source >= 3
                                && f.source.is_none_or(|r| s.contains(r) || !names_entity(view, r))))
                    {
                        f.source = Some(s);
                    }
                }
            }
            continue;
        }
        // A cue inside a rule source, or a content re-found from outside a
        // rule content its cue cuts into, is the rules' attribution again.
        if c.filter == 1
            && rules.iter().any(|f| {
                f.source.is_some_and(|s| s.overlaps(cue_span))
                    || (f.content.overlaps(con_span) && !f.content.contains(cue_span) && f.content.overlaps(cue_span))
            })
        {
            continue;
        }
        if (c.filter == 1 || strict) && !plausible(view, src, cue, con, strict, c.sourceless_needs_verb) {
            continue;
        }
        if c.filter >= 2 && (passive_hedge(view, cue) || view.words[cue.0].punct) {
            continue;
        }
        // A cue word that modifies a noun ("early warning data") says nothing.
        if c.filter >= 3 && (cue.0..cue.1).any(|k| crate::rules::noun_compound(view, k)) {
            continue;
        }
        // A participle between a determiner and its noun ("their disputed
        // border", "the reported figure") describes the noun: no saying.
        if c.filter >= 3 && cue.1 == cue.0 + 1 && attributive(view, cue.0) {
            continue;
        }
        // A cue of function words and adverbs alone ("were", "has to",
        // "formally") says nothing; nor does "be about to", which tells
        // when a deed comes ("are about | to restore ties").
        if c.filter >= 3
            && (cue.0..cue.1).all(|k| {
                view.words[k].punct
                    || FUNCTION.contains(&view.lw(k))
                    || view.lw(k).ends_with("ly")
                    || view.lw(k) == "about"
            })
        {
            continue;
        }
        // A source that is not a clean noun phrase ("His video, widely") is
        // dropped; the saying stays.
        let src = if c.filter >= 4 { src.filter(|&s| clean_source(view, s)) } else { src };
        let src = src.and_then(|s| trim(view, s));
        if c.filter >= 3 && src.is_none() && c.sourceless_needs_verb && !reporting_verb(view, cue) {
            continue;
        }
        // The speech act and lemma come from a reporting or belief word of
        // the cue, if it holds one.
        // A verb that reports only before "for" or "that" ("called for")
        // is another verb elsewhere ("what the agency called a maneuver").
        let lemma_word = (cue.0..cue.1)
            .filter(|&k| {
                lexicon().verbs.get(view.lw(k)).is_none_or(|v| {
                    (!v.needs_for || view.lw(k + 1) == "for" || (k + 1..cue.1).any(|j| view.lw(j) == "for"))
                        && (!v.needs_that || view.lw(k + 1) == "that")
                })
            })
            .map(|k| view.lw(k))
            .find(|w| lexicon().verbs.contains_key(*w) || lexicon().nominals.contains_key(*w));
        let (lemma, act) = match lemma_word {
            Some(w) => match lexicon().verbs.get(w) {
                Some(v) => (v.lemma.clone(), v.act),
                None => {
                    lexicon().nominals.get(w).map_or((w.to_string(), SpeechAct::Other), |n| (n.lemma.clone(), n.act))
                }
            },
            // A verb that only names an act ("ordered" a directive,
            // "attributed … to" an accusation).
            None => match (cue.0..cue.1).find_map(|k| lexicon().act_verbs.get(view.lw(k))) {
                Some(v) => (v.lemma.clone(), v.act),
                None => (view.text(cue_span).to_lowercase(), SpeechAct::Other),
            },
        };
        extra.push(Found {
            kind: AttributionKind::Indirect,
            source: src.map(|s| view.span(s.0, s.1)),
            cue: Some(cue_span),
            lemma,
            content: con_span,
            act,
            negated: (cue.0..cue.1).any(|k| matches!(view.lw(k), "not" | "n't" | "never")),
            forced_parent: None,
            continued_from: None,
            witness: false,
        });
    }
    // Drop unmatched rule attributions if asked, keeping indices right.
    let kind_bit = |f: &Found| -> u8 {
        if f.cue.is_none() {
            return 32;
        }
        match f.kind {
            AttributionKind::Direct => 1,
            AttributionKind::Indirect => 2,
            AttributionKind::Mixed => 4,
            AttributionKind::AccordingTo => 8,
            AttributionKind::Nominal => 16,
        }
    };
    // A rule attribution whose cue the tagger left untagged is one it missed,
    // not one it judged otherwise.
    let untagged = |f: &Found| {
        f.cue.is_some_and(|x| {
            let (a, b) = word_range(view, x);
            (a..b).all(|k| tags[k] == 0)
        })
    };
    // A reporting frame: "according to", "quoted X as saying", "citing".
    let frame = |f: &Found| {
        f.kind == AttributionKind::AccordingTo
            || matches!(f.lemma.as_str(), "quote" | "cite")
            || f.cue.is_some_and(|x| view.text(x).eq_ignore_ascii_case("as saying"))
    };
    // Whether rule attribution `i` is reported inside the content of one of
    // `parents` that `is_frame` accepts.
    let inside = |rules: &[Found], i: usize, parents: &[bool], is_frame: bool| {
        rules[i].cue.is_some_and(|x| {
            (0..rules.len()).any(|j| {
                j != i
                    && parents[j]
                    && rules[j].content.contains(x)
                    && rules[j].content != rules[i].content
                    && frame(&rules[j]) == is_frame
            })
        })
    };
    // A rule source the tagger did not find, of a saying reported inside
    // another's words that is no reporting frame ("Clinton told the audience
    // that she believes …"), is dropped unless it names an entity: PolNeAR
    // leaves such beliefs in the outer content.
    if c.tagger_source == 4 {
        let drop: Vec<usize> = (0..rules.len())
            .filter(|&i| matched[i] && no_tagger_source[i])
            .filter(|&i| rules[i].source.is_some_and(|s| !names_entity(view, s)))
            .filter(|&i| inside(&rules, i, &matched, false))
            .collect();
        for i in drop {
            rules[i].source = None;
        }
    }
    // A saying whose source opens the content of a matched one that is no
    // reporting frame: that whole content is the nested saying.
    let opening = |rules: &[Found], i: usize| {
        let (Some(src), Some(cue)) = (rules[i].source, rules[i].cue) else { return false };
        // A named speaker other than a pronoun ("she said she recalls" is
        // one speaker), with a verb as cue.
        let lower = view.text(src).to_lowercase();
        let pronoun = matches!(lower.as_str(), "he" | "she" | "it" | "they" | "we" | "i" | "you");
        // "he" or "she" cannot be a plural outer speaker ("Diplomats say
        // he has hinted that …"): another speaker, reported by them.
        let singular = matches!(lower.as_str(), "he" | "she");
        let other_than_outer =
            |j: usize| singular && rules[j].source.is_some_and(|o| crate::resolve::is_plural_descriptor(view.text(o)));
        if !c.nested_opening
            || src.end > cue.start
            || !names_entity(view, src)
            || (pronoun && !singular)
            || rules[i].kind == AttributionKind::Nominal
            || rules[i].kind == AttributionKind::AccordingTo
        {
            return false;
        }
        let (sa, _) = word_range(view, src);
        (0..rules.len()).any(|j| {
            if j == i || !matched[j] || frame(&rules[j]) || !rules[j].content.contains(cue) {
                return false;
            }
            if rules[j].source.is_some_and(|o| view.text(o).eq_ignore_ascii_case(view.text(src))) {
                return false;
            }
            if pronoun && !other_than_outer(j) {
                return false;
            }
            let (ca, _) = word_range(view, cue);
            // An organisation's belief reported by others ("officials said
            // the FE believes …").
            let org_belief = rules[i].act == SpeechAct::Believe
                && view
                    .doc
                    .entities
                    .iter()
                    .any(|e| matches!(e.ty, EntityType::Org) && e.mentions.iter().any(|m| src.contains(m.span)));
            // A saying reported as done before: the past perfect, or the
            // present perfect of a pronoun's saying ("he has hinted").
            let perfect = view.lw(ca) == "had" || (pronoun && matches!(view.lw(ca), "has" | "have"));
            let relay = rules[j].act == SpeechAct::Report || perfect || org_belief;
            if !relay {
                return false;
            }
            let (mut ta, _) = word_range(view, rules[j].content);
            if ta < sa && view.lw(ta) == "that" {
                ta += 1;
            }
            ta == sa
        })
    };
    // A rule attribution the tagger left untagged stays (`rule_untagged`)
    // only when the rules name a recognised speaker for it, if asked.
    let untagged_ok = |f: &Found| !c.untagged_needs_entity || f.source.is_some_and(|s| names_entity(view, s));
    // A trailing report the rules read ("…, Kazakhstan's foreign ministry
    // announced.") whose cue the tagger did not take as a cue: the tagger
    // missed it (it often takes the whole sentence as a content), so the
    // rules' saying stands.
    let no_cue_tag = |f: &Found| {
        f.cue.is_some_and(|x| {
            let (a, b) = word_range(view, x);
            (a..b).all(|k| tag_type(tags[k]) != 2)
        })
    };
    let trailing_ok = |f: &Found| {
        c.trailing
            && f.kind == AttributionKind::Indirect
            && trailing_report(view, f)
            && no_cue_tag(f)
            && f.source.is_some_and(|s| names_entity(view, s))
    };
    // A rule saying whose cue the tagger read as words of a content ("struck
    // what [the agency said were …]", "the governor said […, while the
    // ministry said …]"): the tagger saw that the words are someone's
    // account but missed the saying, so the rules' saying stands; unless it
    // lies inside the content of a matched saying (`rule_nested` decides
    // those), but not when it is the same speaker's second act, a participle
    // after a comma ("X denied that …, dismissing Y's claim as …").
    let swallowed = |rules: &[Found], i: usize| {
        let Some(x) = rules[i].cue else { return false };
        let (a, b) = word_range(view, x);
        if a >= b || !(a..b).all(|k| tag_type(tags[k]) == 3) {
            return false;
        }
        // A source the rules read as a short phrase with no punctuation
        // ("the army", "Russia's defence ministry"), if any.
        let short = rules[i].source.is_none_or(|s| {
            let (sa, sb) = word_range(view, s);
            sb - sa <= 6 && (sa..sb).all(|k| !view.words[k].punct || matches!(view.lw(k), "'s" | "’s"))
        });
        if !short {
            return false;
        }
        let second_act = |j: usize| {
            a > 0
                && view.lw(a - 1) == ","
                && view.lw(a).ends_with("ing")
                && match (rules[i].source, rules[j].source) {
                    (Some(s), Some(o)) => view.text(s).eq_ignore_ascii_case(view.text(o)),
                    (None, _) => true,
                    _ => false,
                }
        };
        (0..rules.len()).all(|j| j == i || !matched[j] || !rules[j].content.contains(x) || second_act(j))
    };
    let mut keep: Vec<bool> = (0..rules.len())
        .map(|i| {
            matched[i]
                || swallowed(&rules, i)
                || (c.rule_nested == 2 && opening(&rules, i))
                || ((c.rule_only & kind_bit(&rules[i]) != 0
                    || (c.rule_untagged & kind_bit(&rules[i]) != 0 && untagged(&rules[i]) && untagged_ok(&rules[i]))
                    || trailing_ok(&rules[i]))
                    && !(c.rule_nested == 2 && inside(&rules, i, &matched, false) && !opening(&rules, i)))
        })
        .collect();
    // A rule attribution reported inside the content of a matched one is a
    // link of its chain; with `rule_nested: 2` only inside a reporting frame
    // ("…, quoted the minister as saying investigators believed …"), and
    // links are added until none is left, so a chain runs through one kept
    // this way.
    match c.rule_nested {
        1 => {
            let nested: Vec<usize> = (0..rules.len())
                .filter(|&i| !keep[i] && (inside(&rules, i, &matched, true) || inside(&rules, i, &matched, false)))
                .collect();
            for i in nested {
                keep[i] = true;
            }
        }
        2 => loop {
            let nested: Vec<usize> = (0..rules.len()).filter(|&i| !keep[i] && inside(&rules, i, &keep, true)).collect();
            if nested.is_empty() {
                break;
            }
            for i in nested {
                keep[i] = true;
            }
        },
        _ => {}
    }
    let mut new_index = vec![usize::MAX; rules.len()];
    let mut n = 0;
    for (i, k) in keep.iter().enumerate() {
        if *k {
            new_index[i] = n;
            n += 1;
        }
    }
    let remap = |p: Option<usize>| p.and_then(|p| (new_index[p] != usize::MAX).then_some(new_index[p]));
    let mut out: Vec<Found> = Vec::with_capacity(n + extra.len());
    for (i, mut f) in rules.into_iter().enumerate() {
        if keep[i] {
            f.forced_parent = remap(f.forced_parent);
            f.continued_from = remap(f.continued_from);
            out.push(f);
        }
    }
    out.extend(extra);
    if c.cueless {
        for con in cueless {
            if out.iter().any(|f| f.content.overlaps(con) || f.cue.is_some_and(|x| x.overlaps(con))) {
                continue;
            }
            // A relative clause on a speaker ("…, according to Halvorsen,
            // who was there"; "…, according to the agency, the ministry
            // body that oversees crossings") describes the speaker: it is
            // neither the rest of the content nor a saying of its own.
            if out.iter().any(|f| describes_source(view, f, con)) {
                continue;
            }
            if out.iter().any(|f| before_trailing(view, f, con)) {
                continue;
            }
            // The other part of a content split by its own attribution
            // clause ("…," he said, "…") or run on into the next sentence.
            if let Some(f) = out.iter_mut().find(|f| f.cue.is_some() && joins(view, f, con)) {
                f.content = Span::new(f.content.start.min(con.start), f.content.end.max(con.end));
                continue;
            }
            let (a, b) = word_range(view, con);
            if (a..b).filter(|&k| !view.words[k].punct).count() < 3 {
                continue;
            }
            // A piece cut before its own relative clause ("samples of the
            // code and “communications between the operators,” which the FE
            // said …") is the object of a verb of its sentence, no words
            // anyone said.
            if b > a && matches!(view.lw(b - 1), "which" | "who" | "whom" | "whose") {
                continue;
            }
            // The attribution it continues: the last one before it.
            let prev = out
                .iter()
                .enumerate()
                .filter(|(_, f)| f.content.end <= con.start && f.cue.is_some())
                .max_by_key(|(_, f)| f.content.end)
                .map(|(i, _)| i);
            let Some(p) = prev else { continue };
            let base = out[p].clone();
            // A whole quote is a direct continuation.
            let quote = view.quote_at(con.start).is_some_and(|q| q.span.start == con.start && q.span.end == con.end);
            out.push(Found {
                kind: if quote { AttributionKind::Direct } else { AttributionKind::Indirect },
                source: base.source,
                cue: None,
                lemma: base.lemma,
                content: con,
                act: base.act,
                negated: false,
                forced_parent: None,
                continued_from: Some(p),
                witness: false,
            });
        }
    }
    headline_sayings(view, &sp, &mut out);
    signed_quotes(view, &mut out);
    out
}

/// `“…,” ― Martha Aguilar`: a quote followed by a dash and a name (a
/// reader's comment, an epigraph) is that person's saying, the dash its cue
/// (PolNeAR gives such a quote the name as its source). A quote already
/// framed by a cue outside it keeps its frame; a cue-less one (a
/// continuation the combination made) becomes this saying.
fn signed_quotes(view: &View, out: &mut Vec<Found>) {
    const DASHES: &[&str] = &["\u{2015}", "\u{2014}", "\u{2013}", "--"];
    let n = view.words.len();
    for q in &view.quotes {
        // Past the closing marks and final punctuation, at most three words.
        let mut k = view.words.partition_point(|w| w.span.start < q.span.end);
        let limit = k + 3;
        while k < n.min(limit) && (view.is_quote_mark(k) || matches!(view.lw(k), "." | "," | "!" | "?")) {
            k += 1;
        }
        if k >= n || !DASHES.contains(&view.lw(k)) {
            continue;
        }
        let dash = k;
        let a = dash + 1;
        let mut b = a;
        while b < n && b < a + 6 && view.words[b].cap && !view.words[b].punct && !view.is_quote_mark(b) {
            b += 1;
        }
        // A name of one to five words that ends the line: a quote, a full
        // stop or the paragraph's end follows.
        let ends = b >= n
            || view.is_quote_mark(b)
            || view.lw(b) == "."
            || view.doc.sentence_at(view.words[b].span.start).map(|i| view.doc.sentences[i].paragraph)
                != view.doc.sentence_at(view.words[a.min(n - 1)].span.start).map(|i| view.doc.sentences[i].paragraph);
        if b == a || b - a > 5 || !ends {
            continue;
        }
        let src = view.span(a, b);
        let cue = view.words[dash].span;
        let content = q.span;
        if out.iter().any(|f| {
            f.source.is_some_and(|s| s.overlaps(src))
                || f.cue.is_some_and(|c| c.overlaps(src) || c == cue)
                || f.cue.is_some_and(|c| !content.contains(c) && f.content.overlaps(content))
        }) {
            continue;
        }
        put_saying(out, AttributionKind::Direct, src, cue, content);
    }
}

/// "Sanders: Clinton needs to …", "Poll: Clinton and Trump in dead heat":
/// a sentence that opens with a speaker and a colon (a headline, a line of
/// a transcript) is that speaker's saying, the colon its cue (PolNeAR
/// marks it so). The speaker is a source the tagger found there, or a
/// recognised entity that fills the whole phrase before the colon; what
/// follows the colon, to the sentence's end, is the content. A saying
/// already there keeps its own frame, and a cue-less content the
/// combination ran on from an earlier saying becomes this one.
fn headline_sayings(view: &View, sp: &[(usize, usize, usize)], out: &mut Vec<Found>) {
    for &(sa, se, _) in &view.sents {
        // A transcript line may open inside a quote (`" Wallace: …`).
        let sa = (sa..se).find(|&k| !view.is_quote_mark(k)).unwrap_or(se);
        let Some(colon) = (sa + 1..se.min(sa + 7)).find(|&k| view.lw(k) == ":") else { continue };
        if (sa..colon).any(|k| view.words[k].punct && !matches!(view.lw(k), "." | "'s" | "’s" | "-")) {
            continue;
        }
        let mut end = se;
        while end > colon + 1 && view.words[end - 1].punct && !view.is_quote_mark(end - 1) {
            end -= 1;
        }
        if (colon + 1..end).filter(|&k| !view.words[k].punct).count() < 3 {
            continue;
        }
        let src = view.span(sa, colon);
        let tagged = sp.iter().any(|&(t, a, b)| t == 1 && a == sa && b == colon);
        let entity =
            view.doc.entities.iter().any(|e| {
                matches!(e.ty, EntityType::Person | EntityType::Org) && e.mentions.iter().any(|m| m.span == src)
            });
        if !tagged && !entity {
            continue;
        }
        let cue = view.words[colon].span;
        let content = view.span(colon + 1, end);
        let framed = |f: &Found| {
            f.cue.is_some_and(|c| c.overlaps(src) || c.overlaps(content) || c == cue)
                || f.source.is_some_and(|s| s.overlaps(src))
        };
        if out.iter().any(framed) {
            continue;
        }
        let quote = view.quote_at(content.start).is_some_and(|q| q.span.start == content.start);
        let kind = if quote { AttributionKind::Direct } else { AttributionKind::Indirect };
        put_saying(out, kind, src, cue, content);
    }
}

/// Adds a plain saying ("say", an assertion) found after the combination,
/// in place of a cue-less content it overlaps (whatever continued that one
/// now continues none).
fn put_saying(out: &mut Vec<Found>, kind: AttributionKind, src: Span, cue: Span, content: Span) {
    let saying = Found {
        kind,
        source: Some(src),
        cue: Some(cue),
        lemma: "say".into(),
        content,
        act: SpeechAct::Assert,
        negated: false,
        forced_parent: None,
        continued_from: None,
        witness: false,
    };
    match out.iter().position(|f| f.cue.is_none() && f.content.overlaps(content)) {
        Some(i) => {
            for f in out.iter_mut() {
                if f.continued_from == Some(i) {
                    f.continued_from = None;
                }
            }
            out[i] = saying;
        }
        None => out.push(saying),
    }
}

/// A content for a cue the tagger gave none: the rest of its sentence
/// after it, or else what precedes its source (or it).
fn guess_content(view: &View, src: Option<(usize, usize)>, cue: (usize, usize)) -> (usize, usize) {
    let (sa, sb, _) = view.sents[view.words[cue.0].sent];
    let words = |a: usize, b: usize| (a..b).filter(|&k| !view.words[k].punct).count();
    let mut end = sb;
    while end > cue.1 && view.words[end - 1].punct && !view.is_quote_mark(end - 1) {
        end -= 1;
    }
    if words(cue.1, end) >= 2 {
        return (cue.1, end);
    }
    let mut b = src.map_or(cue.0, |s| s.0.min(cue.0));
    while b > sa && view.words[b - 1].punct && !view.is_quote_mark(b - 1) {
        b -= 1;
    }
    if words(sa, b) >= 2 { (sa, b) } else { (cue.1, cue.1) }
}

/// Whether a cue-less content is a relative clause on `f`'s source: it
/// opens with a relative pronoun right after the source ("who", "which",
/// "whose", "whom"; "that" only after "according to X", where it cannot
/// introduce what X said).
fn describes_source(view: &View, f: &Found, con: Span) -> bool {
    let Some(src) = f.source else { return false };
    let (a, _) = word_range(view, con);
    let (_, sb) = word_range(view, src);
    if a < sb || a >= view.words.len() || (sb..a).any(|k| view.lw(k) != ",") {
        return false;
    }
    match view.lw(a) {
        "who" | "whom" | "whose" | "which" => true,
        "that" => f.cue.is_some_and(|c| view.text(c).to_lowercase().starts_with("according")),
        _ => is_apposition(view, word_range(view, con)),
    }
}

/// Whether words `a..b` are a noun phrase in apposition that ends its
/// sentence ("the defence ministry body that oversees aid", "a former
/// envoy to Kyiv"): a determiner first, and no verb of its own before a
/// relative pronoun.
fn is_apposition(view: &View, (a, b): (usize, usize)) -> bool {
    if a >= b || !matches!(view.lw(a), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
        return false;
    }
    let (_, sb, _) = view.sents[view.words[a].sent];
    let mut end = sb;
    while end > b && view.words[end - 1].punct {
        end -= 1;
    }
    if b < end {
        return false;
    }
    for k in a + 1..b {
        let w = view.lw(k);
        if matches!(w, "who" | "which" | "that" | "whose" | "where") {
            break;
        }
        if view.words[k].punct && w != "-" {
            return false;
        }
        if FUNCTION.contains(&w)
            && !matches!(w, "of" | "in" | "on" | "at" | "for" | "with" | "by" | "the" | "a" | "an" | "to" | "and")
        {
            return false;
        }
        if lexicon().verbs.contains_key(w) {
            return false;
        }
    }
    true
}

/// Whether `f` is a trailing report: its content, a comma, its source,
/// then its cue, all in one sentence ("Troops shelled two villages, the
/// ministry announced").
fn trailing_report(view: &View, f: &Found) -> bool {
    let (Some(src), Some(cue)) = (f.source, f.cue) else { return false };
    if f.content.end > src.start || src.end > cue.start {
        return false;
    }
    let (_, b) = word_range(view, f.content);
    let (sa, _) = word_range(view, src);
    let (qa, _) = word_range(view, cue);
    let (ca, _) = word_range(view, f.content);
    let (_, qb) = word_range(view, cue);
    // An active verb in a finite form ("announced", "says"), not a noun
    // ("the agency's investigative report.") or a passive ("was being
    // told by").
    let finite = qb > qa
        && lexicon().verbs.get(view.lw(qb - 1)).is_some_and(|v| v.lemma != view.lw(qb - 1))
        && !(qa..qb).any(|k| matches!(view.lw(k), "is" | "are" | "was" | "were" | "be" | "been" | "being"));
    finite
        && b < sa
        && (ca..b).filter(|&k| !view.words[k].punct).count() >= 3
        && (b..sa).all(|k| view.words[k].punct)
        && (b..sa).any(|k| view.lw(k) == ",")
        && view.words.get(ca).map(|w| w.sent) == view.words.get(qa).map(|w| w.sent)
}

/// Whether `con` ends the sentence right before the content of `f`, a
/// trailing report ("Police detained 37 protesters, the ministry said"),
/// outside any quote: a report of that shape holds its own sentence, so
/// the words before are no part of it (nor a saying of their own).
fn before_trailing(view: &View, f: &Found, con: Span) -> bool {
    let Some(cue) = f.cue else { return false };
    if con.end > f.content.start || cue.start < f.content.end || view.quote_at(con.start).is_some() {
        return false;
    }
    let (_, b) = word_range(view, con);
    let (ca, _) = word_range(view, f.content);
    let (qa, _) = word_range(view, cue);
    let sent = |k: usize| view.words.get(k).map(|w| w.sent);
    let para = |k: usize| view.doc.sentences.get(view.words[k].sent).map(|s| s.paragraph);
    b > 0
        && b <= ca
        && (b..ca).all(|k| view.words[k].punct)
        && para(b - 1) == para(ca)
        && sent(qa) == sent(ca)
        && sent(b - 1) < sent(ca)
}

/// Whether `con` continues `f`'s content: only `f`'s own source, cue or
/// punctuation lie between them.
fn joins(view: &View, f: &Found, con: Span) -> bool {
    let (a, b) = if con.start >= f.content.end {
        (word_range(view, f.content).1, word_range(view, con).0)
    } else if con.end <= f.content.start {
        (word_range(view, con).1, word_range(view, f.content).0)
    } else {
        return false;
    };
    if b < a || b - a > 12 {
        return false;
    }
    // A content in a sentence after the attribution clause (`"…," said X,
    // a researcher. "…"`), or in another paragraph, is no part split off by
    // that clause: it is a quote of its own, continued without a cue.
    let framed = (a..b).any(|k| !view.words[k].punct);
    let cue_sent = f.cue.and_then(|c| view.words.get(word_range(view, c).0)).map(|w| w.sent);
    let con_sent = view.words.get(word_range(view, con).0).map(|w| w.sent);
    let para = |k: Option<usize>| k.and_then(|k| view.doc.sentences.get(view.words.get(k)?.sent)).map(|s| s.paragraph);
    let other_para = para(Some(word_range(view, con).0)) != para(f.cue.map(|c| word_range(view, c).0));
    let after = con.start >= f.content.end;
    if framed && cue_sent.is_some() && con_sent.is_some() && ((after && cue_sent < con_sent) || other_para) {
        return false;
    }
    // Nor is a piece in a sentence before a frame whose own content follows
    // its cue ("… called a \"stern warning\". The ministry said it had …"):
    // that frame opens a saying of its own.
    if framed && !after && cue_sent.is_some() && con_sent < cue_sent && f.cue.is_some_and(|c| c.end <= f.content.start)
    {
        return false;
    }
    // The frame that splits a content is set off from both parts by
    // punctuation (`"…," he said, "…"`); a piece that touches the source
    // or cue is part of that phrase ("according to diplomats and satellite
    // [images reviewed by analysts]") or a word of the clause that holds
    // the saying ("[what] officials said was …").
    if framed && !view.words[if after { b - 1 } else { a }].punct {
        return false;
    }
    (a..b).all(|k| {
        let w = view.words[k].span;
        view.words[k].punct || f.cue.is_some_and(|c| c.contains(w)) || f.source.is_some_and(|s| s.contains(w))
    })
}

const FUNCTION: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "to", "of", "in", "on", "at", "for", "with", "by",
    "the", "a", "an", "that", "it", "this", "and", "or", "as", "not", "n't",
];

/// Whether a source phrase is a body named by its kind ("the presidential
/// office"), which no person's name stands in apposition to.
fn institution(view: &View, span: Span) -> bool {
    let text = view.text(span).to_lowercase();
    let head = text.split([',', '(']).next().unwrap_or("");
    let head = head.split(" of ").next().unwrap_or("");
    let mut words = head.split_whitespace();
    matches!(words.next(), Some("the" | "a" | "an" | "its" | "their"))
        && words.last().is_some_and(crate::resolve::is_org_word)
}

/// Whether a recognised entity is mentioned inside `span`.
fn names_entity(view: &View, span: Span) -> bool {
    view.doc.entities.iter().any(|e| e.mentions.iter().any(|m| span.contains(m.span)))
}

/// A word range without punctuation at its edges, if any word is left.
fn trim(view: &View, (mut a, mut b): (usize, usize)) -> Option<(usize, usize)> {
    while a < b && view.words[a].punct {
        a += 1;
    }
    while b > a && view.words[b - 1].punct {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

/// The cue holds a reporting or belief verb of the lexicon.
fn reporting_verb(view: &View, cue: (usize, usize)) -> bool {
    (cue.0..cue.1).any(|k| lexicon().verbs.contains_key(view.lw(k)) && !view.words[k].cap)
}

/// A source without punctuation at its edges, no comma inside and no
/// relative clause, at most ten words.
fn clean_source(view: &View, (sa, sb): (usize, usize)) -> bool {
    sb - sa <= 10
        && !view.words[sa].punct
        && !view.words[sb - 1].punct
        && !(sa..sb).any(|k| matches!(view.lw(k), "," | "who" | "which" | "whose"))
}

/// Whether word `i` is a participle in -ed between a determiner or
/// possessive pronoun and the lowercase word it describes ("their disputed
/// border").
fn attributive(view: &View, i: usize) -> bool {
    let n = view.words.len();
    if i == 0 || i + 1 >= n || !view.lw(i).ends_with("ed") || view.words[i].cap {
        return false;
    }
    let (p, w) = (&view.words[i - 1], &view.words[i + 1]);
    crate::sources::DETERMINERS.contains(&p.lower.as_str())
        && p.sent == view.words[i].sent
        && w.sent == p.sent
        && !w.punct
        && !w.cap
        && !FUNCTION.contains(&w.lower.as_str())
        && !matches!(w.lower.as_str(), "that" | "to" | "by" | "as" | "in" | "on" | "at" | "with" | "for")
}

/// "is expected to", "cannot be ruled out": certainty, not speech.
fn passive_hedge(view: &View, cue: (usize, usize)) -> bool {
    (cue.0..cue.1).any(|k| matches!(view.lw(k), "is" | "are" | "was" | "were" | "be" | "been"))
        && (cue.0..cue.1).any(|k| matches!(view.lw(k), "expected" | "ruled" | "believed" | "thought" | "seen"))
}

/// Whether a tagger proposal is sound enough to enter the evidence base.
/// Strict: a short noun-phrase source and a cue of at most three words
/// holding a reporting verb of the lexicon. Lenient (PolNeAR's broad notion,
/// which counts beliefs and intentions): any cue, but no source that starts
/// or ends with punctuation or holds a relative clause. Both refuse passive
/// hedges ("is expected to", "cannot be ruled out"), which the certainty
/// rules handle.
fn plausible(
    view: &View,
    src: Option<(usize, usize)>,
    cue: (usize, usize),
    con: (usize, usize),
    strict: bool,
    sourceless_needs_verb: bool,
) -> bool {
    if let Some((sa, sb)) = src {
        if sb - sa > 10 || view.words[sa].punct || view.words[sb - 1].punct {
            return false;
        }
        if (sa..sb).any(|k| matches!(view.lw(k), "who" | "which" | "whose" | "that" | "by" | "to"))
            || matches!(view.lw(sa), "in" | "on" | "at" | "of" | "for" | "from" | "with")
        {
            return false;
        }
    } else if strict {
        return false;
    }
    if passive_hedge(view, cue) || view.words[cue.0].punct {
        return false;
    }
    // A content of a word or two ("how", "whether the") is a fragment.
    if (con.0..con.1).filter(|&k| !view.words[k].punct).count() < 3 {
        return false;
    }
    let reporting = reporting_verb(view, cue);
    // Without a source, only a reporting verb ("was reported that").
    if src.is_none() && !reporting && (sourceless_needs_verb || strict) {
        return false;
    }
    if !strict {
        return true;
    }
    cue.1 - cue.0 <= 3
        && (cue.0..cue.1).any(|k| {
            let w = view.lw(k);
            lexicon().verbs.get(w).is_some_and(|v| v.lemma != "expect") && !view.words[k].cap
        })
}

/// The value `k` places from `i` when it lies in the sentence `sa..sb`:
/// the window every tagger feature looks through.
pub(crate) fn window<T: Copy>(values: &[T], i: usize, k: isize, sa: usize, sb: usize) -> Option<T> {
    let j = i.checked_add_signed(k)?;
    (j >= sa && j < sb).then(|| values[j])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_loads_and_round_trips() {
        let m = shipped().expect("the shipped model loads");
        assert_eq!(m.tables.len(), 2);
        let again = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(again.tables.len(), 2);
        // Quantisation is idempotent once applied.
        assert_eq!(again.to_bytes(), m.to_bytes());
    }

    #[test]
    fn damaged_model_files_are_typed_errors() {
        let e = Model::from_bytes(b"not a model").err().unwrap().to_string();
        assert!(e.starts_with("bad model file attribution model: "), "{e}");
        let mut bytes = shipped().unwrap().to_bytes();
        bytes.truncate(bytes.len() - 3);
        assert!(Model::from_bytes(&bytes).is_err());
        bytes[8] = 9;
        assert!(Model::from_bytes(&bytes).err().unwrap().to_string().contains("format version"));
    }

    #[test]
    fn viterbi_models_round_trip_and_decode_legal_sequences() {
        let mut m = Model::new(10);
        m.viterbi = true;
        m.tables.push(m.tables[0].clone());
        // Weights from a fixed generator: any weights must give legal tags.
        let mut x = 88172645463325252u64;
        for w in m.tables.iter_mut().flatten() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *w = (x % 2001) as f32 / 100.0 - 10.0;
        }
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert!(back.viterbi && back.cue.is_none());
        assert_eq!(back.tables.len(), 2);
        assert_eq!(back.to_bytes(), Model::from_bytes(&back.to_bytes()).unwrap().to_bytes());
        let d =
            crate::cue::tests::doc("A spokesman said on Tuesday that the talks , which began in May , had failed .");
        let view = View::new(&d);
        let mut ctx = Context::new(&view, &crate::rules::find(&view));
        let tags = tag(&back, &view, &mut ctx);
        assert_eq!(tags.len(), view.words.len());
        assert!(tags.iter().any(|&t| t != 0));
        for k in 0..tags.len() {
            let prev = if k == 0 { 0 } else { tags[k - 1] };
            assert!(allowed(prev, tags[k]), "{tags:?}");
        }
        // A greedy model is written in the earlier format, unchanged.
        let greedy = Model { viterbi: false, ..back };
        assert_eq!(u32::from_le_bytes(greedy.to_bytes()[8..12].try_into().unwrap()), FORMAT_VERSION);
    }
}
