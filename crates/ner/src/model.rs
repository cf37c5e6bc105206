//! The trained model: feature weights, transitions, gazetteer and clusters;
//! tagging by Viterbi decoding; and the binary file format.
//!
//! In memory the weights are dense rows of `f32` (one per feature, one column
//! per BILOU label) found through an open-addressing table keyed by feature
//! hash, because tagging speed is dominated by those lookups and row sums. On
//! disk the model is compact: a versioned header, then each feature's hash, a
//! bitmask of the labels it has non-zero weight for, and those weights as
//! `i16` under one global scale, then a checksum. A file written by another
//! format version is refused with a message saying to retrain, and a damaged
//! file is refused rather than mis-read.

use std::path::Path;
use std::sync::OnceLock;

use crate::clusters::Clusters;
use crate::error::NerError;
use crate::features::{DocContext, FeatureSet, Resources, SentInfo, Stack, TokInfo, sentence_features};
use crate::gazetteer::Gazetteer;
use crate::hash::HashMap64;
use crate::tags::{self, NUM_LABELS, Span};

const L: usize = NUM_LABELS;
const MAGIC: &[u8; 8] = b"DSNERMDL";
/// Version of the binary format and of the feature templates. Bump it when
/// either changes, so old files fail loudly instead of tagging badly.
pub const FORMAT_VERSION: u32 = 1;
const NEG: f32 = -1.0e30;

/// Feature hash → row index, open addressing with linear probing. Hash `0`
/// marks an empty slot, so a real feature hashing to `0` is stored as `1`.
#[derive(Clone, Debug, Default)]
pub(crate) struct FeatureIndex {
    keys: Vec<u64>,
    rows: Vec<u32>,
    mask: usize,
}

#[inline]
fn nz(h: u64) -> u64 {
    if h == 0 { 1 } else { h }
}

impl FeatureIndex {
    pub(crate) fn new(hashes: &[u64]) -> FeatureIndex {
        let cap = (hashes.len() * 2).next_power_of_two().max(16);
        let mut idx = FeatureIndex { keys: vec![0; cap], rows: vec![0; cap], mask: cap - 1 };
        for (r, &h) in hashes.iter().enumerate() {
            let h = nz(h);
            let mut s = (h as usize) & idx.mask;
            while idx.keys[s] != 0 && idx.keys[s] != h {
                s = (s + 1) & idx.mask;
            }
            idx.keys[s] = h;
            idx.rows[s] = r as u32;
        }
        idx
    }

    #[inline]
    pub(crate) fn get(&self, h: u64) -> Option<usize> {
        let h = nz(h);
        let mut s = (h as usize) & self.mask;
        loop {
            let k = self.keys[s];
            if k == h {
                return Some(self.rows[s] as usize);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }
}

/// A trained recogniser. Immutable after construction, `Send + Sync`: load it
/// once and share it between threads.
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) set: FeatureSet,
    pub(crate) gazetteer: Gazetteer,
    pub(crate) clusters: Clusters,
    pub(crate) hashes: Vec<u64>,
    pub(crate) index: FeatureIndex,
    /// `hashes.len() × L` weights.
    pub(crate) weights: Vec<f32>,
    /// `(L + 1) × L` transition scores; row `L` is the sentence start. These
    /// are the learned scores; constraints are applied in [`Model::viterbi`].
    pub(crate) trans: Vec<f32>,
    /// Free text describing how the model was trained.
    pub(crate) meta: String,
    /// The first-stage model whose predictions feed this model's stacked
    /// features; `None` for a single-stage model.
    pub(crate) first: Option<Box<Model>>,
}

/// Per-call scratch buffers, reused across the sentences of one call.
#[derive(Default)]
pub(crate) struct Scratch {
    feats: Vec<u64>,
    offsets: Vec<u32>,
    gaz: Vec<u64>,
    scores: Vec<f32>,
    back: Vec<u8>,
    labels: Vec<u8>,
}

static EMBEDDED: OnceLock<Model> = OnceLock::new();
static EMBEDDED_BYTES: &[u8] = include_bytes!("../models/conll2003.bin");

impl Model {
    /// The model shipped with the crate (trained on CoNLL-2003, see README.md),
    /// parsed on first use and shared afterwards.
    pub fn embedded() -> &'static Model {
        EMBEDDED
            .get_or_init(|| Model::from_bytes(EMBEDDED_BYTES).expect("the embedded model is valid (checked by tests)"))
    }

    /// A short description of how the model was trained.
    pub fn meta(&self) -> &str {
        &self.meta
    }

    /// The gazetteer compiled into the model (countries, cities, regions,
    /// first and last names, ...; see README.md).
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Number of features with weights.
    pub fn num_features(&self) -> usize {
        self.hashes.len()
    }

    /// Tags one sentence on its own (document features then see only it).
    pub fn tag_sentence(&self, tokens: &[&str]) -> Vec<Span> {
        self.tag_document(&[tokens.to_vec()]).pop().unwrap_or_default()
    }

    /// Tags the sentences of one document, using document-level features.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Span>> {
        let infos: Vec<(Vec<TokInfo>, SentInfo)> = sentences
            .iter()
            .map(|s| {
                let toks: Vec<TokInfo> = s.iter().map(|t| TokInfo::new(t.as_ref())).collect();
                let si = SentInfo::new(&toks);
                (toks, si)
            })
            .collect();
        let doc = DocContext::new(&infos);
        let mut scratch = Scratch::default();
        let stack = self.first.as_ref().map(|first| {
            let labels = first.label_infos(&infos, &doc, None, &mut scratch);
            Stack::new(&infos, labels)
        });
        infos
            .iter()
            .enumerate()
            .map(|(k, (toks, si))| {
                self.score_infos(toks, *si, &doc, stack.as_ref().map(|s| (s, k)), &mut scratch);
                self.spans(&scratch)
            })
            .collect()
    }

    /// Best label sequence for every sentence of a document.
    pub(crate) fn label_infos(
        &self,
        infos: &[(Vec<TokInfo>, SentInfo)],
        doc: &DocContext,
        stack: Option<&Stack>,
        scratch: &mut Scratch,
    ) -> Vec<Vec<u8>> {
        infos
            .iter()
            .enumerate()
            .map(|(k, (toks, si))| {
                self.score_infos(toks, *si, doc, stack.map(|s| (s, k)), scratch);
                scratch.labels.clone()
            })
            .collect()
    }

    pub(crate) fn resources(&self) -> Resources<'_> {
        Resources { set: self.set, gazetteer: &self.gazetteer, clusters: &self.clusters.prefixes }
    }

    /// Scores and decodes one sentence into `s.scores` and `s.labels`.
    fn score_infos(
        &self,
        toks: &[TokInfo],
        si: SentInfo,
        doc: &DocContext,
        stack: Option<(&Stack, usize)>,
        s: &mut Scratch,
    ) {
        let n = toks.len();
        s.labels.clear();
        if n == 0 {
            return;
        }
        let doc = self.set.document.then_some(doc);
        let res = self.resources();
        if self.set.gazetteer {
            self.gazetteer.match_bits(toks, &mut s.gaz);
        } else {
            s.gaz.clear();
            s.gaz.resize(n, 0);
        }
        sentence_features(toks, si, doc, &res, &s.gaz, stack, &mut s.feats, &mut s.offsets);
        s.scores.clear();
        s.scores.resize(n * L, 0.0);
        for i in 0..n {
            let row = &mut s.scores[i * L..(i + 1) * L];
            for &h in &s.feats[s.offsets[i] as usize..s.offsets[i + 1] as usize] {
                if let Some(r) = self.index.get(h) {
                    let w = &self.weights[r * L..(r + 1) * L];
                    for (a, b) in row.iter_mut().zip(w) {
                        *a += *b;
                    }
                }
            }
        }
        viterbi(&s.scores, &self.trans, n, &mut s.back, &mut s.labels);
    }

    /// Spans of the sentence last scored into `s`, with confidence scores.
    fn spans(&self, s: &Scratch) -> Vec<Span> {
        tags::decode(&s.labels)
            .into_iter()
            .map(|(start, end, ty)| {
                let mut total = 0.0;
                for i in start..end {
                    total += prob(&s.scores[i * L..(i + 1) * L], s.labels[i] as usize);
                }
                Span { start, end, ty, score: total / (end - start) as f32 }
            })
            .collect()
    }
}

/// Softmax probability of label `l` given one token's emission scores.
fn prob(row: &[f32], l: usize) -> f32 {
    let m = row.iter().copied().fold(f32::MIN, f32::max);
    let z: f32 = row.iter().map(|&x| (x - m).exp()).sum();
    (row[l] - m).exp() / z
}

/// Constrained first-order Viterbi: finds the best well-formed BILOU sequence
/// under emission `scores` (`n × L`) and transitions `trans` (`(L+1) × L`).
pub(crate) fn viterbi(scores: &[f32], trans: &[f32], n: usize, back: &mut Vec<u8>, out: &mut Vec<u8>) {
    out.clear();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n * L, 0);
    let mut prev = [NEG; L];
    let mut cur = [NEG; L];
    for (l, p) in prev.iter_mut().enumerate() {
        if tags::allowed(None, l) {
            *p = scores[l] + trans[L * L + l];
        }
    }
    for i in 1..n {
        for l in 0..L {
            let mut best = NEG;
            let mut arg = 0u8;
            for (k, &pk) in prev.iter().enumerate() {
                if pk <= NEG || !ALLOWED[k][l] {
                    continue;
                }
                let v = pk + trans[k * L + l];
                if v > best {
                    best = v;
                    arg = k as u8;
                }
            }
            cur[l] = if best <= NEG { NEG } else { best + scores[i * L + l] };
            back[i * L + l] = arg;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let mut best = NEG;
    let mut arg = 0usize;
    for (l, &p) in prev.iter().enumerate() {
        if tags::allowed_end(l) && p > best {
            best = p;
            arg = l;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg as u8;
    for i in (1..n).rev() {
        arg = back[i * L + arg] as usize;
        out[i - 1] = arg as u8;
    }
}

/// The BILOU transition table, computed once at compile time.
const ALLOWED: [[bool; L]; L] = {
    let mut t = [[false; L]; L];
    let mut a = 0;
    while a < L {
        let mut b = 0;
        while b < L {
            t[a][b] = allowed_const(a, b);
            b += 1;
        }
        a += 1;
    }
    t
};

const fn allowed_const(a: usize, b: usize) -> bool {
    // Mirrors `tags::allowed` in const form: labels are 1 + 4·type + part.
    let a_open = a != 0 && ((a - 1).is_multiple_of(4) || (a - 1) % 4 == 1);
    let b_cont = b != 0 && ((b - 1) % 4 == 1 || (b - 1) % 4 == 2);
    if a_open { b_cont && (a - 1) / 4 == (b - 1) / 4 } else { !b_cont }
}

// ---------------------------------------------------------------------------
// Serialisation.

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i16(&mut self, v: i16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        if self.b.len() - self.pos < n {
            return Err(NerError::model(format!("truncated at byte {} (wanted {n} more bytes)", self.pos)));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        Ok(self.take(N)?.try_into().expect("length checked"))
    }
    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, NerError> {
        Ok(u16::from_le_bytes(self.arr()?))
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, NerError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn i16(&mut self) -> Result<i16, NerError> {
        Ok(i16::from_le_bytes(self.arr()?))
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    /// A count of items that each take at least `min` bytes, checked against
    /// what is left so a corrupt count cannot trigger a huge allocation.
    fn count(&mut self, min: usize) -> Result<usize, NerError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min) > self.b.len() - self.pos {
            return Err(NerError::model(format!("implausible count {n} at byte {}", self.pos - 4)));
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<String, NerError> {
        let n = self.count(1)?;
        String::from_utf8(self.take(n)?.to_vec())
            .map_err(|_| NerError::model(format!("invalid utf-8 string before byte {}", self.pos)))
    }
}

fn checksum(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Model {
    /// Serialises the model (see the module docs for the layout). The output
    /// depends only on the model's content, so equal models give equal bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        w.u32(self.set.bits());
        w.u32(L as u32);
        for &t in &self.trans {
            w.f32(t);
        }
        w.str(&self.meta);
        w.u32(self.gazetteer.classes.len() as u32);
        for c in &self.gazetteer.classes {
            w.str(c);
        }
        let mut gaz: Vec<(u64, u16)> = self.gazetteer.entries.iter().map(|(&k, &v)| (k, v)).collect();
        gaz.sort_unstable();
        w.u32(gaz.len() as u32);
        for (k, v) in gaz {
            w.u64(k);
            w.u16(v);
        }
        let mut cl: Vec<(u64, (u64, u8))> = self.clusters.paths.iter().map(|(&k, &v)| (k, v)).collect();
        cl.sort_unstable();
        w.u32(cl.len() as u32);
        for (k, (bits, len)) in cl {
            w.u64(k);
            w.u64(bits);
            w.u8(len);
        }
        let max = self.weights.iter().fold(0f32, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        w.f32(scale);
        let mut order: Vec<usize> = (0..self.hashes.len()).collect();
        order.sort_unstable_by_key(|&r| self.hashes[r]);
        w.u32(order.len() as u32);
        for r in order {
            let row = &self.weights[r * L..(r + 1) * L];
            let q: Vec<i16> = row.iter().map(|&x| (x / scale).round() as i16).collect();
            let mut mask = 0u32;
            for (l, &v) in q.iter().enumerate() {
                if v != 0 {
                    mask |= 1 << l;
                }
            }
            w.u64(self.hashes[r]);
            w.u32(mask);
            for &v in q.iter().filter(|&&v| v != 0) {
                w.i16(v);
            }
        }
        match &self.first {
            None => w.u8(0),
            Some(first) => {
                w.u8(1);
                // The stages are trained with the same gazetteer and clusters,
                // so the first stage is stored without them and gets the
                // outer model's copy back when parsed.
                let mut bare = (**first).clone();
                bare.gazetteer = Gazetteer::default();
                bare.clusters = Clusters::default();
                let b = bare.to_bytes();
                w.u32(b.len() as u32);
                w.0.extend_from_slice(&b);
            }
        }
        let sum = checksum(&w.0);
        w.u64(sum);
        w.0
    }

    /// Parses a model from bytes written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        Model::parse(bytes, true)
    }

    fn parse(bytes: &[u8], allow_first: bool) -> Result<Model, NerError> {
        if bytes.len() < MAGIC.len() + 4 + 8 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(NerError::model("not a dossier-ner model (bad magic bytes)"));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("length checked"));
        if version != FORMAT_VERSION {
            return Err(NerError::Version { found: version, expected: FORMAT_VERSION });
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        if checksum(body) != u64::from_le_bytes(tail.try_into().expect("8 bytes")) {
            return Err(NerError::model("checksum mismatch (the file is damaged)"));
        }
        let mut r = Reader { b: body, pos: 12 };
        let set = FeatureSet::from_bits(r.u32()?);
        let nl = r.u32()? as usize;
        if nl != L {
            return Err(NerError::model(format!("expected {L} labels, found {nl}")));
        }
        let mut trans = Vec::with_capacity((L + 1) * L);
        for _ in 0..(L + 1) * L {
            trans.push(r.f32()?);
        }
        let meta = r.str()?;
        let mut gazetteer = Gazetteer::default();
        let nc = r.count(4)?;
        for _ in 0..nc {
            gazetteer.classes.push(r.str()?);
        }
        let ng = r.count(10)?;
        gazetteer.entries.reserve(ng);
        for _ in 0..ng {
            let k = r.u64()?;
            let v = r.u16()?;
            gazetteer.entries.insert(k, v);
        }
        let mut clusters = Clusters::default();
        let ncl = r.count(17)?;
        for _ in 0..ncl {
            let k = r.u64()?;
            let bits = r.u64()?;
            let len = r.u8()?;
            if len > 64 {
                return Err(NerError::model(format!("cluster path length {len} exceeds 64")));
            }
            clusters.insert_bits(k, bits, len);
        }
        let scale = r.f32()?;
        let nf = r.count(12)?;
        let mut hashes = Vec::with_capacity(nf);
        let mut weights = vec![0f32; nf * L];
        for f in 0..nf {
            hashes.push(r.u64()?);
            let mask = r.u32()?;
            if mask >> L != 0 {
                return Err(NerError::model(format!("invalid label mask {mask:#x}")));
            }
            for l in 0..L {
                if mask & (1 << l) != 0 {
                    weights[f * L + l] = f32::from(r.i16()?) * scale;
                }
            }
        }
        let first = match r.u8()? {
            0 => None,
            // Only two stages are ever trained; refusing deeper nesting also
            // bounds recursion on a hostile file.
            1 if allow_first => {
                let n = r.count(1)?;
                let mut inner = Model::parse(r.take(n)?, false)?;
                inner.gazetteer = gazetteer.clone();
                inner.clusters = clusters.clone();
                Some(Box::new(inner))
            }
            x => return Err(NerError::model(format!("invalid stage marker {x}"))),
        };
        if r.pos != body.len() {
            return Err(NerError::model(format!("{} trailing bytes", body.len() - r.pos)));
        }
        let index = FeatureIndex::new(&hashes);
        Ok(Model { set, gazetteer, clusters, hashes, index, weights, trans, meta, first })
    }

    /// Loads a model file.
    pub fn load(path: &Path) -> Result<Model, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::io(path, e))?;
        Model::from_bytes(&bytes).map_err(|e| e.with_model_path(path))
    }

    /// Writes the model to a file.
    pub fn save(&self, path: &Path) -> Result<(), NerError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NerError::io(path, e))
    }
}

#[allow(dead_code)]
pub(crate) type Unused = HashMap64<()>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_table_matches_tags_module() {
        for (a, row) in ALLOWED.iter().enumerate() {
            for (b, &ok) in row.iter().enumerate() {
                assert_eq!(ok, tags::allowed(Some(a), b), "{a} -> {b}");
            }
        }
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions that prefer an ill-formed "I-PER" at the start.
        let mut scores = vec![0f32; 2 * L];
        let i_per = tags::label(crate::EntityType::Per, tags::Part::I);
        let u_per = tags::label(crate::EntityType::Per, tags::Part::U);
        scores[i_per] = 5.0;
        scores[u_per] = 1.0;
        let trans = vec![0f32; (L + 1) * L];
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&scores, &trans, 2, &mut back, &mut out);
        assert_eq!(out[0] as usize, u_per);
        assert_eq!(out[1], 0);
    }

    #[test]
    fn feature_index_finds_every_key() {
        let hashes: Vec<u64> = (1..1000u64).map(|i| crate::hash::finish(i) & !0xff).chain([0]).collect();
        let idx = FeatureIndex::new(&hashes);
        for (r, &h) in hashes.iter().enumerate() {
            assert_eq!(idx.get(h), Some(r));
        }
        assert_eq!(idx.get(12345), None);
    }
}
