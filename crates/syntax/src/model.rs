//! The trained tagger and parser, parsing, and the binary model format.
//!
//! Parsing a sentence is three greedy passes: tags left to right, then
//! arc-hybrid transitions chosen by the transition classifier, then one
//! relation per word chosen by the labeller with the whole tree in view.
//!
//! File layout: magic `DSSYNMDL`, format version, a free-text description,
//! the three classifiers (see `linear.rs`), a checksum. A file of another
//! version is refused with a message saying to retrain; a damaged one is
//! refused rather than mis-read.

use std::path::Path;
use std::sync::OnceLock;

use dossier_model::{DepRel, Upos};

use crate::error::SyntaxError;
use crate::features::{Clusters, State, Tok, label_features, tagger_features};
use crate::linear::{Linear, Reader, Writer, checksum};

const MAGIC: &[u8; 8] = b"DSSYNMDL";
/// Version of the binary format and of the feature templates.
pub const FORMAT_VERSION: u32 = 1;
pub(crate) const NUM_TAGS: usize = 17;
pub(crate) const NUM_RELS: usize = 37;
pub(crate) const ROOT_REL: u8 = DepRel::Root as u8;

/// One parsed word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parsed {
    pub upos: Upos,
    /// Position of the head, 1-based; 0 is the root.
    pub head: usize,
    pub rel: DepRel,
}

/// A trained tagger and parser. Immutable, `Send + Sync`.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub(crate) tagger: Linear,
    pub(crate) parser: Linear,
    pub(crate) labeller: Linear,
    pub(crate) clusters: Clusters,
    pub(crate) meta: String,
}

static EMBEDDED: OnceLock<Option<Model>> = OnceLock::new();
static EMBEDDED_BYTES: &[u8] = include_bytes!("../models/gum.bin");

/// Reusable buffers for one thread's parses.
#[derive(Default)]
pub struct Scratch {
    toks: Vec<Tok>,
    tags: Vec<u8>,
    feats: Vec<u64>,
    scores: Vec<f32>,
    labels: Vec<u8>,
    children: Vec<Vec<u32>>,
}

impl Model {
    /// The model shipped with the crate (trained on GUM's free-licence
    /// genres, see README.md), parsed on first use. `None` only if the
    /// embedded file is damaged (a test checks it is not).
    pub fn embedded() -> Option<&'static Model> {
        EMBEDDED.get_or_init(|| Model::from_bytes(EMBEDDED_BYTES).ok()).as_ref()
    }

    pub fn meta(&self) -> &str {
        &self.meta
    }

    /// Features with weights in each classifier (tagger, transitions, labeller).
    pub fn num_features(&self) -> [usize; 3] {
        [self.tagger.num_features(), self.parser.num_features(), self.labeller.num_features()]
    }

    /// Parses one tokenized sentence.
    pub fn parse(&self, words: &[&str]) -> Vec<Parsed> {
        let mut s = Scratch::default();
        let mut out = Vec::new();
        self.parse_into(words, &mut s, &mut out);
        out
    }

    /// Parses one sentence into `out`, reusing `scratch`.
    pub fn parse_into<S: AsRef<str>>(&self, words: &[S], scratch: &mut Scratch, out: &mut Vec<Parsed>) {
        out.clear();
        if words.is_empty() {
            return;
        }
        let mut toks = std::mem::take(&mut scratch.toks);
        toks.clear();
        toks.extend(words.iter().map(|w| Tok::new(w.as_ref(), &self.clusters)));
        let mut tags = std::mem::take(&mut scratch.tags);
        self.tag_toks(&toks, &mut tags, scratch);
        let heads = self.parse_toks(&toks, &tags, scratch);
        let labels = self.label_toks(&toks, &tags, &heads, scratch);
        scratch.toks = toks;
        out.extend((0..words.len()).map(|i| Parsed {
            upos: Upos::ALL[tags[i] as usize],
            head: heads[i + 1] as usize,
            rel: DepRel::ALL[labels[i + 1] as usize],
        }));
        scratch.tags = tags;
    }

    /// Parts of speech only.
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        let mut s = Scratch::default();
        let toks: Vec<Tok> = words.iter().map(|w| Tok::new(w, &self.clusters)).collect();
        let mut tags = Vec::new();
        self.tag_toks(&toks, &mut tags, &mut s);
        tags.into_iter().map(|t| Upos::ALL[t as usize]).collect()
    }

    pub(crate) fn tag_toks(&self, toks: &[Tok], tags: &mut Vec<u8>, s: &mut Scratch) {
        tags.clear();
        s.scores.resize(NUM_TAGS, 0.0);
        for i in 0..toks.len() {
            tagger_features(toks, tags, i, &mut s.feats);
            self.tagger.score(&s.feats, &mut s.scores);
            tags.push(argmax(&s.scores, |_| true) as u8);
        }
    }

    /// Heads of words `1..=n` (index 0 unused).
    pub(crate) fn parse_toks(&self, toks: &[Tok], tags: &[u8], s: &mut Scratch) -> Vec<u32> {
        let mut st = State::new(toks.len());
        s.scores.resize(3, 0.0);
        while !st.terminal() {
            st.features(toks, tags, &mut s.feats);
            self.parser.score(&s.feats, &mut s.scores[..3]);
            let legal = st.legal();
            let t = argmax(&s.scores[..3], |k| legal[k]);
            st.apply(t);
        }
        st.heads[0] = 0;
        st.heads
    }

    /// Relations of words `1..=n` (index 0 unused), left to right.
    pub(crate) fn label_toks(&self, toks: &[Tok], tags: &[u8], heads: &[u32], s: &mut Scratch) -> Vec<u8> {
        fill_children(heads, &mut s.children);
        let mut labels = std::mem::take(&mut s.labels);
        labels.clear();
        labels.resize(heads.len(), 0);
        s.scores.resize(NUM_RELS, 0.0);
        for d in 1..heads.len() {
            if heads[d] == 0 {
                labels[d] = ROOT_REL;
                continue;
            }
            label_features(toks, tags, heads, &labels, &s.children, d, &mut s.feats);
            self.labeller.score(&s.feats, &mut s.scores[..NUM_RELS]);
            labels[d] = argmax(&s.scores[..NUM_RELS], |k| k != ROOT_REL as usize) as u8;
        }
        let out = labels.clone();
        s.labels = labels;
        out
    }

    /// Serialises the model; equal models give equal bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        w.str(&self.meta);
        let mut cl: Vec<(u64, (u32, u8))> = self.clusters.iter().map(|(&k, &v)| (k, v)).collect();
        cl.sort_unstable();
        w.u32(cl.len() as u32);
        for (k, (bits, len)) in cl {
            w.u64(k);
            w.u32(bits);
            w.0.push(len);
        }
        self.tagger.write(&mut w);
        self.parser.write(&mut w);
        self.labeller.write(&mut w);
        let sum = checksum(&w.0);
        w.u64(sum);
        w.0
    }

    /// Parses bytes written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, SyntaxError> {
        if bytes.len() < MAGIC.len() + 4 + 8 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(SyntaxError::model("not a dossier-syntax model (bad magic bytes)"));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("length checked"));
        if version != FORMAT_VERSION {
            return Err(SyntaxError::Version { found: version, expected: FORMAT_VERSION });
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        if checksum(body) != u64::from_le_bytes(tail.try_into().expect("8 bytes")) {
            return Err(SyntaxError::model("checksum mismatch (the file is damaged)"));
        }
        let mut r = Reader { b: body, pos: 12 };
        let meta = r.str()?;
        let nc = r.count(13)?;
        let mut clusters = Clusters::default();
        clusters.reserve(nc);
        for _ in 0..nc {
            let k = r.u64()?;
            let bits = r.u32()?;
            let len = r.u8()?;
            if len == 0 || len > 32 {
                return Err(SyntaxError::model(format!("cluster path length {len} out of range")));
            }
            clusters.insert(k, (bits, len));
        }
        let tagger = Linear::read(&mut r, NUM_TAGS)?;
        let parser = Linear::read(&mut r, 3)?;
        let labeller = Linear::read(&mut r, NUM_RELS)?;
        if r.pos != body.len() {
            return Err(SyntaxError::model(format!("{} trailing bytes", body.len() - r.pos)));
        }
        Ok(Model { tagger, parser, labeller, clusters, meta })
    }

    /// Number of words with a cluster path.
    pub fn num_clusters(&self) -> usize {
        self.clusters.len()
    }

    pub fn load(path: &Path) -> Result<Model, SyntaxError> {
        let bytes = std::fs::read(path).map_err(|e| SyntaxError::io(path, e))?;
        Model::from_bytes(&bytes).map_err(|e| e.with_model_path(path))
    }

    pub fn save(&self, path: &Path) -> Result<(), SyntaxError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| SyntaxError::io(path, e))
    }
}

pub(crate) fn fill_children(heads: &[u32], children: &mut Vec<Vec<u32>>) {
    children.iter_mut().for_each(Vec::clear);
    children.resize(heads.len(), Vec::new());
    for (d, &h) in heads.iter().enumerate().skip(1) {
        if (h as usize) < heads.len() {
            children[h as usize].push(d as u32);
        }
    }
}

pub(crate) fn argmax(scores: &[f32], ok: impl Fn(usize) -> bool) -> usize {
    let mut best = usize::MAX;
    for (k, &v) in scores.iter().enumerate() {
        if ok(k) && (best == usize::MAX || v > scores[best]) {
            best = k;
        }
    }
    best.min(scores.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;
    use crate::train::{ClusterTable, TrainOptions, train};

    const TINY: &str = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n\
        3\tdenied\tdeny\tVERB\tVBD\t_\t0\troot\t_\t_\n4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n\
        5\treport\treport\tNOUN\tNN\t_\t3\tobj\t_\t_\n6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n\
        1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tcrossed\tcross\tVERB\tVBD\t_\t0\troot\t_\t_\n\
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tborder\tborder\tNOUN\tNN\t_\t2\tobj\t_\t_\n\
        5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

    fn tiny_model() -> Model {
        let sents = parse(TINY, "tiny").unwrap();
        let refs: Vec<&crate::conllu::Sentence> = sents.iter().collect();
        let opts = TrainOptions { folds: 1, prune: 0.0, ..TrainOptions::default() };
        train(&refs, &ClusterTable::default(), &opts, &mut |_| {})
    }

    #[test]
    fn training_is_deterministic_and_learns_the_training_data() {
        let a = tiny_model();
        let b = tiny_model();
        assert_eq!(a.to_bytes(), b.to_bytes());
        let p = a.parse(&["The", "envoy", "denied", "the", "report", "."]);
        let heads: Vec<usize> = p.iter().map(|x| x.head).collect();
        assert_eq!(heads, [2, 3, 0, 5, 3, 3]);
        assert_eq!(p[1].rel, DepRel::Nsubj);
        assert_eq!(p[4].rel, DepRel::Obj);
        assert_eq!(p[2].upos, Upos::Verb);
    }

    #[test]
    fn model_round_trips_through_bytes() {
        let m = tiny_model();
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.to_bytes(), bytes);
        let words = ["Troops", "crossed", "the", "report", "."];
        assert_eq!(back.parse(&words), m.parse(&words));
        let dir = std::env::temp_dir().join(format!("dossier-syntax-model-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.bin");
        m.save(&path).unwrap();
        assert_eq!(Model::load(&path).unwrap().to_bytes(), bytes);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn damaged_or_foreign_files_are_refused() {
        let bytes = tiny_model().to_bytes();
        assert!(Model::from_bytes(b"not a model at all").unwrap_err().to_string().contains("bad magic"));
        let mut v = bytes.clone();
        v[8] = 99;
        assert!(matches!(Model::from_bytes(&v), Err(SyntaxError::Version { found: 99, .. })));
        let mut v = bytes.clone();
        let mid = v.len() / 2;
        v[mid] ^= 0x55;
        assert!(Model::from_bytes(&v).unwrap_err().to_string().contains("checksum"));
        assert!(Model::from_bytes(&bytes[..bytes.len() - 20]).is_err());
        let err = Model::load(Path::new("/nonexistent/syntax.bin")).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/syntax.bin"));
    }

    #[test]
    fn the_embedded_model_loads() {
        let m = Model::embedded().expect("the shipped model parses");
        assert!(m.num_clusters() > 10_000);
        assert!(m.meta().contains("GUM"));
        assert_eq!(m.tag(&["The", "report"]), [Upos::Det, Upos::Noun]);
    }
}
