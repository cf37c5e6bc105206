//! Feature extraction: token, context, sentence and document features as 64-bit hashes.
//!
//! Each token gets a few dozen sparse binary features. They are hashed, never
//! formatted: a token's word, normalised form, shape and affixes are hashed once
//! into [`TokInfo`], and a feature is a mix of a template id with those hashes,
//! so the hot path allocates no strings and runs no regex. The model maps a
//! feature hash to a weight row; an unknown hash simply contributes nothing.
//!
//! Document-level (non-local) features follow the observation behind Chieu &
//! Ng (2002) and Ratinov & Roth (2009): the same word is usually the same kind
//! of thing throughout a news story, and its other occurrences often carry the
//! evidence this one lacks (a headline in capitals, a sentence-initial word, a
//! surname whose first mention had the full name). [`DocContext`] gathers, per
//! lower-cased word, how it is written elsewhere in the document, and whether
//! and where it sits inside longer capitalised names.

use crate::gazetteer::Gazetteer;
use crate::hash::{HashMap64, StrHasher, f1, f2, f3, str_hash};

// Token flags.
pub(crate) const INIT_CAP: u16 = 1;
pub(crate) const ALL_CAPS: u16 = 2;
pub(crate) const HAS_DIGIT: u16 = 4;
pub(crate) const HAS_ALPHA: u16 = 8;
pub(crate) const ALL_LOWER: u16 = 16;
pub(crate) const HAS_LOWER: u16 = 32;

/// Hashes of one token's surface forms, computed once per token.
#[derive(Clone, Copy, Default)]
pub(crate) struct TokInfo {
    pub(crate) word: u64,
    /// Lower-cased, with every digit mapped to `0`.
    pub(crate) lower: u64,
    /// Character classes with repeats collapsed: "Xx", "X.X.", "d,d".
    pub(crate) shape: u64,
    pub(crate) pre: [u64; 4],
    pub(crate) suf: [u64; 4],
    pub(crate) len: u8,
    pub(crate) flags: u16,
}

fn class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

fn norm(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else {
        // Most characters lower-case to one character; for the few that do
        // not, the first is enough to identify the word.
        c.to_lowercase().next().unwrap_or(c)
    }
}

impl TokInfo {
    pub(crate) fn new(tok: &str) -> TokInfo {
        let mut word = StrHasher::new();
        let mut lower = StrHasher::new();
        let mut shape = StrHasher::new();
        let mut pre = [0u64; 4];
        let mut pre_h = StrHasher::new();
        let mut last_class = '\0';
        let mut n = 0usize;
        let (mut upper, mut lowerc, mut digit, mut alpha) = (0usize, 0usize, 0usize, 0usize);
        let mut first_upper = false;
        for c in tok.chars() {
            word.push(c);
            let nc = norm(c);
            lower.push(nc);
            if n < 4 {
                pre_h.push(nc);
                pre[n] = pre_h.finish();
            }
            let k = class(c);
            if k != last_class {
                shape.push(k);
                last_class = k;
            }
            if c.is_uppercase() {
                upper += 1;
                if n == 0 {
                    first_upper = true;
                }
            } else if c.is_lowercase() {
                lowerc += 1;
            }
            if c.is_numeric() {
                digit += 1;
            }
            if c.is_alphabetic() {
                alpha += 1;
            }
            n += 1;
        }
        // Prefixes of short words repeat the whole word; mark them as such so
        // that "pre3 of a 2-letter word" is not confused with a real prefix.
        for (k, p) in pre.iter_mut().enumerate() {
            if k >= n {
                *p = 0;
            }
        }
        // Suffixes: hash the last k normalised characters, in reading order.
        let mut last = ['\0'; 4];
        for (m, c) in tok.chars().rev().take(4).enumerate() {
            last[m] = norm(c);
        }
        let mut suf = [0u64; 4];
        for (k, s) in suf.iter_mut().enumerate().take(n.min(4)) {
            let mut h = StrHasher::new();
            for &c in last[..=k].iter().rev() {
                h.push(c);
            }
            *s = h.finish();
        }
        let mut flags = 0;
        if first_upper {
            flags |= INIT_CAP;
        }
        if upper > 0 && lowerc == 0 {
            flags |= ALL_CAPS;
        }
        if digit > 0 {
            flags |= HAS_DIGIT;
        }
        if alpha > 0 {
            flags |= HAS_ALPHA;
        }
        if lowerc > 0 && upper == 0 {
            flags |= ALL_LOWER;
        }
        if lowerc > 0 {
            flags |= HAS_LOWER;
        }
        TokInfo {
            word: word.finish(),
            lower: lower.finish(),
            shape: shape.finish(),
            pre,
            suf,
            len: n.min(255) as u8,
            flags,
        }
    }

    #[inline]
    pub(crate) fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// Capitalised in the way names are: an initial capital followed by at
    /// least one lower-case letter ("Clinton", not "CLINTON" or "U.S.").
    #[inline]
    pub(crate) fn title_case(&self) -> bool {
        self.has(INIT_CAP) && self.has(HAS_LOWER)
    }
}

/// Sentence-level facts that change how capitalisation should be read.
#[derive(Clone, Copy, Default)]
pub(crate) struct SentInfo {
    /// Every alphabetic token is in capitals: a headline or a sports table.
    pub(crate) all_caps: bool,
}

impl SentInfo {
    pub(crate) fn new(toks: &[TokInfo]) -> SentInfo {
        let alpha = toks.iter().filter(|t| t.has(HAS_ALPHA)).count();
        let caps = toks.iter().filter(|t| t.has(HAS_ALPHA) && t.has(ALL_CAPS)).count();
        SentInfo { all_caps: alpha >= 2 && caps == alpha }
    }
}

/// How one lower-cased word is written across a document.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordStats {
    /// Occurrences written all in lower case.
    lower: u16,
    /// Title-case occurrences not at the start of a sentence, in running text.
    cap_mid: u16,
    /// Occurrences inside a run of two or more title-case tokens, by position.
    run_first: u16,
    run_mid: u16,
    run_last: u16,
    /// The word before and after the first title-case occurrence in running text.
    first_prev: u64,
    first_next: u64,
    first_set: bool,
}

/// Per-document statistics keyed by the normalised word hash.
#[derive(Default)]
pub(crate) struct DocContext {
    words: HashMap64<WordStats>,
}

const BOS: u64 = 0x5eed_0000_0000_0001;
const EOS: u64 = 0x5eed_0000_0000_0002;

impl DocContext {
    pub(crate) fn new(sents: &[(Vec<TokInfo>, SentInfo)]) -> DocContext {
        let mut words: HashMap64<WordStats> = HashMap64::default();
        for (toks, si) in sents {
            let mut i = 0;
            while i < toks.len() {
                let t = &toks[i];
                let st = words.entry(t.lower).or_default();
                if t.has(ALL_LOWER) {
                    st.lower = st.lower.saturating_add(1);
                }
                if !si.all_caps && t.title_case() && i > 0 {
                    st.cap_mid = st.cap_mid.saturating_add(1);
                    if !st.first_set {
                        st.first_set = true;
                        st.first_prev = toks[i - 1].lower;
                        st.first_next = toks.get(i + 1).map_or(EOS, |n| n.lower);
                    }
                }
                i += 1;
            }
            if si.all_caps {
                continue;
            }
            // Runs of title-case tokens; a sentence-initial token joins a run
            // only when the next token is title-case too.
            let mut s = 0;
            while s < toks.len() {
                if !toks[s].title_case() {
                    s += 1;
                    continue;
                }
                let mut e = s + 1;
                while e < toks.len() && toks[e].title_case() {
                    e += 1;
                }
                if e - s >= 2 {
                    for (k, t) in toks[s..e].iter().enumerate() {
                        let st = words.entry(t.lower).or_default();
                        if k == 0 {
                            st.run_first = st.run_first.saturating_add(1);
                        } else if k + 1 == e - s {
                            st.run_last = st.run_last.saturating_add(1);
                        } else {
                            st.run_mid = st.run_mid.saturating_add(1);
                        }
                    }
                }
                s = e;
            }
        }
        DocContext { words }
    }
}

/// Which feature groups a model uses; stored in the model file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeatureSet {
    /// Document-level features: how the same word is written elsewhere in the document.
    pub document: bool,
    /// Gazetteer membership features.
    pub gazetteer: bool,
    /// Word-cluster features.
    pub clusters: bool,
}

impl Default for FeatureSet {
    fn default() -> Self {
        FeatureSet { document: true, gazetteer: true, clusters: true }
    }
}

impl FeatureSet {
    pub(crate) fn bits(self) -> u32 {
        u32::from(self.document) | u32::from(self.gazetteer) << 1 | u32::from(self.clusters) << 2
    }

    pub(crate) fn from_bits(b: u32) -> FeatureSet {
        FeatureSet { document: b & 1 != 0, gazetteer: b & 2 != 0, clusters: b & 4 != 0 }
    }
}

/// Resources the extractor consults besides the tokens.
pub(crate) struct Resources<'a> {
    pub(crate) set: FeatureSet,
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) clusters: &'a HashMap64<[u64; 4]>,
}

// Template ids. They are part of the model format: append, never renumber.
mod t {
    pub const BIAS: u32 = 1;
    pub const WORD: u32 = 2;
    pub const LOWER: u32 = 3;
    pub const SHAPE: u32 = 4;
    pub const PRE: u32 = 5; // +0..3
    pub const SUF: u32 = 9; // +0..3
    pub const LOWER_M1: u32 = 13;
    pub const LOWER_P1: u32 = 14;
    pub const LOWER_M2: u32 = 15;
    pub const LOWER_P2: u32 = 16;
    pub const BI_M1: u32 = 17;
    pub const BI_P1: u32 = 18;
    pub const SHAPE3: u32 = 19;
    pub const SHAPE_M1: u32 = 20;
    pub const SHAPE_P1: u32 = 21;
    pub const SHAPE_LOWER_M1: u32 = 22;
    pub const SHAPE_LOWER_P1: u32 = 23;
    pub const FIRST_SHAPE: u32 = 24;
    pub const CAPS_SENT_SHAPE: u32 = 25;
    pub const CAPS_SENT_LOWER: u32 = 26;
    pub const WORD_M1: u32 = 27;
    pub const WORD_P1: u32 = 28;
    pub const LEN: u32 = 29;
    pub const SUF_M1: u32 = 30;
    pub const SUF_P1: u32 = 31;
    pub const DOC_CASE: u32 = 40;
    pub const DOC_CASE_SHAPE: u32 = 41;
    pub const DOC_RUN: u32 = 42;
    pub const DOC_FIRST_PREV: u32 = 43;
    pub const DOC_FIRST_NEXT: u32 = 44;
    pub const DOC_RUN_SHAPE: u32 = 45;
    pub const GAZ: u32 = 60;
    pub const GAZ_M1: u32 = 61;
    pub const GAZ_P1: u32 = 62;
    pub const GAZ_SHAPE: u32 = 63;
    pub const CLUSTER: u32 = 70; // +0..3
    pub const CLUSTER_M1: u32 = 74; // +0..3
    pub const CLUSTER_P1: u32 = 78; // +0..3
    pub const ST_LABEL: u32 = 90;
    pub const ST_LABEL_SHAPE: u32 = 91;
    pub const ST_LABEL_M1: u32 = 92;
    pub const ST_LABEL_P1: u32 = 93;
    pub const ST_TOK: u32 = 94;
    pub const ST_TOK_OWN: u32 = 95;
    pub const ST_ENT: u32 = 96;
    pub const ST_MULTI: u32 = 97;
}

/// First-stage predictions over a whole document, the input of stacked
/// (two-stage) features in the manner of Krishnan & Manning (2006): how the
/// same token and the same entity string were labelled elsewhere in the
/// document, aggregated as majority votes.
#[derive(Default)]
pub(crate) struct Stack {
    /// First-stage BILOU labels per sentence.
    pub(crate) labels: Vec<Vec<u8>>,
    /// Word → counts of predicted entity types over its occurrences.
    tok: HashMap64<[u16; 4]>,
    /// Entity string → counts of predicted types.
    ent: HashMap64<[u16; 4]>,
    /// Word → counts of types of multi-token predicted entities containing it.
    multi: HashMap64<[u16; 4]>,
}

fn span_hash(toks: &[TokInfo]) -> u64 {
    toks.iter().fold(0x5eed_0000_0000_0003, |h, t| f2(99, h, t.lower))
}

impl Stack {
    pub(crate) fn new(infos: &[(Vec<TokInfo>, SentInfo)], labels: Vec<Vec<u8>>) -> Stack {
        let mut st = Stack::default();
        for ((toks, _), labs) in infos.iter().zip(&labels) {
            for (s, e, ty) in crate::tags::decode(labs) {
                let t = ty.index();
                st.ent.entry(span_hash(&toks[s..e])).or_default()[t] += 1;
                for tok in &toks[s..e] {
                    st.tok.entry(tok.lower).or_default()[t] += 1;
                    if e - s >= 2 {
                        st.multi.entry(tok.lower).or_default()[t] += 1;
                    }
                }
            }
        }
        st.labels = labels;
        st
    }
}

/// The type with the most votes once `own` (this occurrence's vote, if any)
/// is removed; ties go to the lower type index.
fn majority(counts: Option<&[u16; 4]>, own: Option<usize>) -> Option<usize> {
    let mut c = *counts?;
    if let Some(o) = own {
        c[o] = c[o].saturating_sub(1);
    }
    let (best, &n) = c.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))?;
    (n > 0).then_some(best)
}

/// The first-stage span around each token of a sentence, if any, as
/// (start, end, type index).
fn spans_around(labels: &[u8]) -> Vec<Option<(usize, usize, usize)>> {
    let mut around = vec![None; labels.len()];
    for (s, e, ty) in crate::tags::decode(labels) {
        for a in &mut around[s..e] {
            *a = Some((s, e, ty.index()));
        }
    }
    around
}

fn stacked_features(
    i: usize,
    toks: &[TokInfo],
    labels: &[u8],
    around: &[Option<(usize, usize, usize)>],
    stack: &Stack,
    out: &mut Vec<u64>,
) {
    let tok = &toks[i];
    {
        let l = u64::from(labels[i]);
        out.push(f1(t::ST_LABEL, l));
        out.push(f2(t::ST_LABEL_SHAPE, l, tok.shape));
        out.push(f1(t::ST_LABEL_M1, if i > 0 { u64::from(labels[i - 1]) } else { 99 }));
        out.push(f1(t::ST_LABEL_P1, labels.get(i + 1).map_or(99, |&x| u64::from(x))));
        let own = around[i].map(|(_, _, ty)| ty);
        if let Some(m) = majority(stack.tok.get(&tok.lower), own) {
            out.push(f1(t::ST_TOK, m as u64));
            out.push(f2(t::ST_TOK_OWN, m as u64, own.map_or(9, |o| o as u64)));
        }
        let own_multi = around[i].filter(|(s, e, _)| e - s >= 2).map(|(_, _, ty)| ty);
        if let Some(m) = majority(stack.multi.get(&tok.lower), own_multi) {
            out.push(f1(t::ST_MULTI, m as u64));
        }
        if let Some((s, e, ty)) = around[i]
            && let Some(m) = majority(stack.ent.get(&span_hash(&toks[s..e])), Some(ty))
        {
            let part = if e - s == 1 {
                3
            } else if i == s {
                0
            } else if i + 1 == e {
                2
            } else {
                1
            };
            out.push(f2(t::ST_ENT, m as u64, part));
        }
    }
}

#[allow(clippy::too_many_arguments)] // One call site per caller; a struct would only rename them.
/// Extracts features for every token of a sentence into `out` (flattened),
/// with `offsets[i]..offsets[i + 1]` the features of token `i`.
pub(crate) fn sentence_features(
    toks: &[TokInfo],
    si: SentInfo,
    doc: Option<&DocContext>,
    res: &Resources<'_>,
    gaz_bits: &[u64],
    stack: Option<(&Stack, usize)>,
    out: &mut Vec<u64>,
    offsets: &mut Vec<u32>,
) {
    // Stacked features need first-stage labels for exactly these tokens.
    let stacked = stack.and_then(|(st, k)| {
        st.labels.get(k).filter(|l| l.len() == toks.len()).map(|l| (st, l.as_slice(), spans_around(l)))
    });
    out.clear();
    offsets.clear();
    offsets.push(0);
    let n = toks.len();
    let lower_at = |j: isize| -> u64 {
        if j < 0 {
            BOS
        } else if j as usize >= n {
            EOS
        } else {
            toks[j as usize].lower
        }
    };
    let word_at = |j: isize| -> u64 {
        if j < 0 {
            BOS
        } else if j as usize >= n {
            EOS
        } else {
            toks[j as usize].word
        }
    };
    let shape_at = |j: isize| -> u64 {
        if j < 0 {
            BOS
        } else if j as usize >= n {
            EOS
        } else {
            toks[j as usize].shape
        }
    };
    let caps = u64::from(si.all_caps);
    for (i, tok) in toks.iter().enumerate() {
        let j = i as isize;
        out.push(f1(t::BIAS, 0));
        out.push(f1(t::WORD, tok.word));
        out.push(f1(t::LOWER, tok.lower));
        out.push(f2(t::SHAPE, tok.shape, caps));
        for k in 0..4 {
            if tok.pre[k] != 0 {
                out.push(f1(t::PRE + k as u32, tok.pre[k]));
            }
            if tok.suf[k] != 0 {
                out.push(f1(t::SUF + k as u32, tok.suf[k]));
            }
        }
        out.push(f1(t::LEN, u64::from(tok.len.min(12))));
        out.push(f1(t::LOWER_M1, lower_at(j - 1)));
        out.push(f1(t::LOWER_P1, lower_at(j + 1)));
        out.push(f1(t::LOWER_M2, lower_at(j - 2)));
        out.push(f1(t::LOWER_P2, lower_at(j + 2)));
        out.push(f1(t::WORD_M1, word_at(j - 1)));
        out.push(f1(t::WORD_P1, word_at(j + 1)));
        out.push(f2(t::BI_M1, lower_at(j - 1), tok.lower));
        out.push(f2(t::BI_P1, tok.lower, lower_at(j + 1)));
        out.push(f3(t::SHAPE3, shape_at(j - 1), tok.shape, shape_at(j + 1)));
        out.push(f2(t::SHAPE_M1, shape_at(j - 1), tok.shape));
        out.push(f2(t::SHAPE_P1, tok.shape, shape_at(j + 1)));
        out.push(f2(t::SHAPE_LOWER_M1, tok.shape, lower_at(j - 1)));
        out.push(f2(t::SHAPE_LOWER_P1, tok.shape, lower_at(j + 1)));
        if i > 0 {
            out.push(f1(t::SUF_M1, toks[i - 1].suf[2]));
        }
        if i + 1 < n {
            out.push(f1(t::SUF_P1, toks[i + 1].suf[2]));
        }
        if i == 0 {
            out.push(f1(t::FIRST_SHAPE, tok.shape));
        }
        if si.all_caps {
            out.push(f1(t::CAPS_SENT_SHAPE, tok.shape));
            out.push(f1(t::CAPS_SENT_LOWER, tok.lower));
        }
        if res.set.document
            && let Some(doc) = doc
            && tok.has(INIT_CAP)
            && let Some(st) = doc.words.get(&tok.lower)
        {
            document_features(tok, i, si, st, out);
        }
        if res.set.gazetteer {
            let g = gaz_bits[i];
            let gm1 = if i > 0 { gaz_bits[i - 1] } else { 0 };
            let gp1 = gaz_bits.get(i + 1).copied().unwrap_or(0);
            for b in BitIter(g) {
                out.push(f1(t::GAZ, b));
                out.push(f2(t::GAZ_SHAPE, b, tok.shape));
            }
            for b in BitIter(gm1) {
                out.push(f1(t::GAZ_M1, b));
            }
            for b in BitIter(gp1) {
                out.push(f1(t::GAZ_P1, b));
            }
        }
        if res.set.clusters {
            let get = |j: isize| -> Option<&[u64; 4]> {
                if j < 0 || j as usize >= n { None } else { res.clusters.get(&toks[j as usize].lower) }
            };
            if let Some(c) = get(j) {
                for (k, &p) in c.iter().enumerate() {
                    out.push(f1(t::CLUSTER + k as u32, p));
                }
            }
            if let Some(c) = get(j - 1) {
                for (k, &p) in c.iter().enumerate().take(2) {
                    out.push(f1(t::CLUSTER_M1 + k as u32, p));
                }
            }
            if let Some(c) = get(j + 1) {
                for (k, &p) in c.iter().enumerate().take(2) {
                    out.push(f1(t::CLUSTER_P1 + k as u32, p));
                }
            }
        }
        if let Some((st, labels, around)) = &stacked {
            stacked_features(i, toks, labels, around, st, out);
        }
        offsets.push(out.len() as u32);
    }
}

fn document_features(tok: &TokInfo, i: usize, si: SentInfo, st: &WordStats, out: &mut Vec<u64>) {
    // Discount this occurrence itself, so that training and tagging see the
    // same evidence: "elsewhere in the document".
    let self_mid = u16::from(!si.all_caps && tok.title_case() && i > 0);
    let cap_mid = st.cap_mid.saturating_sub(self_mid);
    let case = match (st.lower > 0, cap_mid > 0) {
        (false, false) => 0u64,
        (true, false) => 1,
        (false, true) => 2,
        (true, true) => 3,
    };
    out.push(f1(t::DOC_CASE, case));
    out.push(f2(t::DOC_CASE_SHAPE, case, tok.shape));
    let run = u64::from(st.run_first > 0) | u64::from(st.run_mid > 0) << 1 | u64::from(st.run_last > 0) << 2;
    out.push(f1(t::DOC_RUN, run));
    out.push(f2(t::DOC_RUN_SHAPE, run, u64::from(si.all_caps)));
    if st.first_set {
        out.push(f1(t::DOC_FIRST_PREV, st.first_prev));
        out.push(f1(t::DOC_FIRST_NEXT, st.first_next));
    }
}

/// Iterates over the set bits of a gazetteer bitset as small integers.
struct BitIter(u64);

impl Iterator for BitIter {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.0 == 0 {
            return None;
        }
        let b = self.0.trailing_zeros();
        self.0 &= self.0 - 1;
        Some(u64::from(b))
    }
}

/// Hash of a normalised word, as used for cluster and gazetteer keys.
pub(crate) fn lower_hash(s: &str) -> u64 {
    TokInfo::new(s).lower
}

#[allow(dead_code)]
pub(crate) fn word_hash(s: &str) -> u64 {
    str_hash(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_flags() {
        let a = TokInfo::new("Clinton");
        let b = TokInfo::new("Reagan");
        assert_eq!(a.shape, b.shape);
        assert!(a.title_case());
        let c = TokInfo::new("U.S.");
        assert!(c.has(ALL_CAPS) && !c.title_case());
        assert_eq!(TokInfo::new("1996").lower, TokInfo::new("2001").lower);
        assert_eq!(TokInfo::new("Paris").lower, TokInfo::new("PARIS").lower);
        assert_eq!(TokInfo::new("Paris").suf[2], TokInfo::new("iris").suf[2]);
        assert_eq!(TokInfo::new("a").pre[1], 0);
    }

    #[test]
    fn headline_detection() {
        let toks: Vec<TokInfo> = ["SOCCER", "-", "JAPAN", "WIN"].iter().map(|s| TokInfo::new(s)).collect();
        assert!(SentInfo::new(&toks).all_caps);
        let toks: Vec<TokInfo> = ["Japan", "won"].iter().map(|s| TokInfo::new(s)).collect();
        assert!(!SentInfo::new(&toks).all_caps);
    }
}
