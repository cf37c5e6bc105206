//! A learned proposer of events for what the rules leave uncoded.
//!
//! The rule coder finds most events in wording like the text it was written
//! against and far fewer in wording it has not seen: on the gold sets
//! written blind to it, most of its misses have a trigger word that other
//! gold texts use for the same root and both sides named in the sentence,
//! yet no rule fits the sentence's shape. The proposer learns that shape
//! from the gold sets the rules were developed on. Three averaged
//! perceptrons score:
//!
//! 1. each candidate trigger (a token whose stem heads a gold trigger in the
//!    training texts): one of the 20 CAMEO roots, or none;
//! 2. each ordered pair of the sentence's coded actors of different
//!    countries, and each actor with no target: whether it is that event's
//!    source and target;
//! 3. whether the event is only reported, which the coder then requires an
//!    attribution to hold (an event the text only reports is never coded as
//!    asserted).
//!
//! Features are words and positions only (the trigger's stem and its
//! neighbours, which side of the trigger each actor is on and how far, the
//! actor's role, the words between): no parser, so the stage stays cheap.
//! The coder keeps a proposal only where the rules have not read the
//! trigger word or coded the pair in that sentence (`coder::proposed`).
//!
//! It is opt-in (`code_document_proposing`): on the blind gold sets it
//! raises root F1 (0.7269 → 0.7393 at `events@29`) but on long real articles its
//! additions were wrong on reading, so the pipeline's coder is the rules
//! alone (crates/events/README.md, item 67).
//!
//! The shipped model, `models/proposer.bin`, is trained by
//! `dossier train events` from the developed gold sets in
//! `crates/eval/data/events`; training is deterministic.

use crate::actors::{Actor, LOCATION_PREPS, sentence_words};
use dossier_model::Document;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Weight keys are FNV hashes already, so the table uses them as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0 ^ FNV_START, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Weights = HashMap<u64, f32, BuildHasherDefault<KeyHasher>>;

/// The CAMEO roots a candidate trigger can take (besides none).
pub const ROOTS: [&str; 20] = [
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
    "20",
];
const NONE: &str = "NONE";
/// How far the best root must score above none for a proposal (chosen by
/// leave-one-set-out cross-validation over the developed gold sets).
pub const ROOT_MARGIN: f32 = 5.0;
/// Training passes over the examples.
pub const EPOCHS: usize = 8;
const MAGIC: &[u8; 8] = b"DSPROP1\n";
/// Words skipped when looking for the head of a gold trigger: function
/// words, and adverbs and quantifiers that only modify the deed ("firmly
/// rejected", "never recognised", "further sanctions").
const FUNCTION_WORDS: [&str; 55] = [
    "the", "a", "an", "to", "of", "and", "on", "in", "its", "their", "his", "her", "for", "with", "by", "at", "from",
    "that", "was", "were", "had", "has", "have", "been", "be", "is", "are", "it", "they", "he", "she", "not", "no",
    "will", "would", "could", "as", "never", "still", "further", "also", "more", "all", "each", "what", "us", "must",
    "already", "again", "then", "later", "new", "fresh", "first", "twice",
];
/// Words ending in "-ly" that are not adverbs.
const LY_WORDS: [&str; 7] = ["supply", "rally", "apply", "reply", "ally", "comply", "italy"];

/// Whether a word can head a trigger.
fn head_word(w: &str) -> bool {
    let adverb = w.ends_with("ly") && !LY_WORDS.contains(&w);
    !adverb && !FUNCTION_WORDS.contains(&w) && w.chars().any(|c| c.is_ascii_alphabetic())
}
const BETWEEN_WORDS: [&str; 15] =
    ["by", "against", "with", "to", "on", "and", "of", "from", "said", "that", ",", "who", "after", "accused", "over"];

#[derive(Debug, thiserror::Error)]
pub enum ProposerError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: not an event proposer model ({problem})")]
    Format { path: String, problem: &'static str },
}

/// The three scorers, the trigger vocabulary and each (stem, root)'s most
/// frequent full code in the training gold.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Proposer {
    vocab: HashSet<String>,
    codes: HashMap<String, String>,
    weights: Weights,
}

/// One sentence as the proposer sees it: its token range, its lowercased
/// words, and its coded actors in order.
pub struct Sentence<'a> {
    pub doc: &'a Document,
    /// Document index of the first token.
    pub lo: usize,
    /// Lowercased words of the sentence's tokens (`’` read as `'`).
    pub words: &'a [String],
    /// The sentence's actors that have a code, sorted by position.
    pub actors: &'a [Actor],
}

impl Sentence<'_> {
    fn hi(&self) -> usize {
        self.lo + self.words.len()
    }
    /// The word at a document token index, or a boundary mark outside the
    /// sentence.
    fn word(&self, t: isize) -> &str {
        if t < self.lo as isize {
            "<s>"
        } else if t >= self.hi() as isize {
            "</s>"
        } else {
            &self.words[t as usize - self.lo]
        }
    }
}

/// An event the proposer finds: the trigger token, the root and full code,
/// the source (an index into the sentence's actors) and the target (none
/// for a one-sided event), and whether it is likely only reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub token: usize,
    pub root: &'static str,
    pub code: String,
    pub source: usize,
    pub target: Option<usize>,
    pub reported: bool,
}

/// A crude stemmer: lowercase, then one common suffix off a long enough
/// word ("accused", "accuses", "accusing" → "accus").
pub fn stem(word: &str) -> String {
    stem_lower(&word.to_lowercase().replace('\u{2019}', "'")).to_string()
}

/// [`stem`] of a word already lowercased, as a slice of it.
fn stem_lower(w: &str) -> &str {
    for suffix in ["ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s"] {
        if w.ends_with(suffix) && w.chars().count() > suffix.len() + 3 {
            return &w[..w.len() - suffix.len()];
        }
    }
    w
}

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// The key of a feature in one scorer (`tag`) under a label.
fn key(feature: u64, tag: &str, label: &str) -> u64 {
    fnv(fnv(fnv(feature, b"#"), tag.as_bytes()), label.as_bytes())
}

/// A feature's hash: the FNV-1a hash of its parts written one after the
/// other (no string is built).
fn h(parts: &[&str]) -> u64 {
    parts.iter().fold(FNV_START, |acc, p| fnv(acc, p.as_bytes()))
}

/// Small numbers as feature text.
const NUMBERS: [&str; 21] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
];

fn country(a: &Actor) -> Option<&str> {
    a.code.as_ref().and_then(|c| c.code.get(..3))
}

/// What the features of one sentence share: each token's stem, and
/// whether it lies inside an attribution's content or cue.
struct Prepared<'a> {
    stems: Vec<&'a str>,
    content: Vec<bool>,
    cue: Vec<bool>,
}

impl<'a> Prepared<'a> {
    fn new(s: &Sentence<'a>) -> Prepared<'a> {
        let stems = s.words.iter().map(|w| stem_lower(w)).collect();
        let (first, last) = (s.doc.tokens[s.lo].span.start, s.doc.tokens[s.hi() - 1].span.end);
        let near: Vec<&dossier_model::Attribution> = s
            .doc
            .attributions
            .iter()
            .filter(|a| {
                (a.content.start < last && first < a.content.end)
                    || a.cue.as_ref().is_some_and(|c| c.span.start < last && first < c.span.end)
            })
            .collect();
        let mut content = vec![false; s.words.len()];
        let mut cue = vec![false; s.words.len()];
        if !near.is_empty() {
            for i in 0..s.words.len() {
                let span = s.doc.tokens[s.lo + i].span;
                content[i] = near.iter().any(|a| a.content.contains(span));
                cue[i] = near.iter().any(|a| a.cue.as_ref().is_some_and(|c| c.span.contains(span)));
            }
        }
        Prepared { stems, content, cue }
    }
}

/// Features of a candidate trigger for the root scorer (and, with the root
/// added, the reported scorer).
fn root_features(s: &Sentence<'_>, p: &Prepared, t: usize) -> Vec<u64> {
    let ti = t as isize;
    let st = p.stems[t - s.lo];
    let (p1, n1, p2, n2) = (s.word(ti - 1), s.word(ti + 1), s.word(ti - 2), s.word(ti + 2));
    let mut f = vec![
        h(&["b"]),
        h(&["st=", st]),
        h(&["w=", &s.words[t - s.lo]]),
        h(&["p1=", p1]),
        h(&["n1=", n1]),
        h(&["p2=", p2]),
        h(&["n2=", n2]),
        h(&["st_p1=", st, "|", p1]),
        h(&["st_n1=", st, "|", n1]),
        h(&["st_n2=", st, "|", n2]),
    ];
    let before = s.actors.iter().filter(|a| a.end <= t).count();
    let after = s.actors.iter().filter(|a| a.start > t).count();
    f.push(h(&["nb=", NUMBERS[before.min(2)]]));
    f.push(h(&["na=", NUMBERS[after.min(2)]]));
    f.push(h(&["st_nb_na=", st, "|", NUMBERS[before.min(1)], "|", NUMBERS[after.min(1)]]));
    let window = &s.words[t.saturating_sub(3).max(s.lo) - s.lo..t - s.lo];
    if window.iter().any(|w| matches!(w.as_str(), "not" | "no" | "never" | "n't" | "denied" | "without")) {
        f.push(h(&["neg"]));
    }
    if window.iter().any(|w| matches!(w.as_str(), "will" | "would" | "could" | "may" | "might" | "threatened" | "to")) {
        f.push(h(&["modal"]));
    }
    if p1 == "to" {
        f.push(h(&["inf"]));
    }
    if p.content[t - s.lo] {
        f.push(h(&["incontent"]));
    }
    if p.cue[t - s.lo] {
        f.push(h(&["cue"]));
        f.push(h(&["cue_st=", st]));
    }
    if s.doc.tokens[t].span.slice(&s.doc.text).chars().next().is_some_and(char::is_uppercase) {
        f.push(h(&["cap"]));
    }
    if t == s.lo {
        f.push(h(&["first"]));
    }
    f
}

/// Features of one side of a candidate event (`name` is `S:` or `T:`).
#[allow(clippy::too_many_arguments)]
fn side_features(s: &Sentence<'_>, t: usize, root: &str, st: &str, a: Option<usize>, name: &str, f: &mut Vec<u64>) {
    let Some(ai) = a else {
        f.push(h(&[name, "=none"]));
        f.push(h(&[name, "none_r=", root]));
        return;
    };
    let actor = &s.actors[ai];
    let before = actor.end <= t;
    let side = if before { "B" } else { "A" };
    let dist = if before { t - actor.end } else { actor.start.saturating_sub(t) };
    let bucket = if dist < 6 {
        dist
    } else if dist < 12 {
        10
    } else {
        20
    };
    f.push(h(&[name, "side=", side]));
    f.push(h(&[name, "side_r=", side, "|", root]));
    f.push(h(&[name, "side_st=", side, "|", st]));
    f.push(h(&[name, "d=", side, NUMBERS[bucket]]));
    let code = actor.code.as_ref().map_or("", |c| c.code.as_str());
    let role = code.get(3..6).filter(|_| code.len() >= 6).unwrap_or("-");
    f.push(h(&[name, "role=", role]));
    f.push(h(&[name, "role_r=", role, "|", root]));
    if actor.place {
        f.push(h(&[name, "place"]));
    }
    let nearest = if before {
        (0..s.actors.len()).filter(|&i| s.actors[i].end <= t).max_by_key(|&i| s.actors[i].end)
    } else {
        (0..s.actors.len()).filter(|&i| s.actors[i].start > t).min_by_key(|&i| s.actors[i].start)
    };
    if nearest == Some(ai) {
        f.push(h(&[name, "nearest"]));
        f.push(h(&[name, "nearest_r=", root]));
    }
    if ai == 0 {
        f.push(h(&[name, "first"]));
    }
    let prev = if actor.start > s.lo { s.words[actor.start - 1 - s.lo].as_str() } else { "<s>" };
    f.push(h(&[name, "prev=", prev]));
    f.push(h(&[name, "prev_r=", prev, "|", root]));
    let (from, to) = if before { (actor.end, t) } else { (t + 1, actor.start) };
    let between: &[String] = if from < to { &s.words[from - s.lo..to - s.lo] } else { &[] };
    for w in BETWEEN_WORDS {
        if between.iter().any(|x| x == w) {
            f.push(h(&[name, "btw=", w]));
        }
    }
}

/// Features of a candidate (source, target) pair for an event of `root`
/// at token `t`.
fn pair_features(s: &Sentence<'_>, st: &str, t: usize, root: &str, source: usize, target: Option<usize>) -> Vec<u64> {
    let mut f = vec![h(&["b"]), h(&["r=", root]), h(&["st=", st])];
    side_features(s, t, root, st, Some(source), "S:", &mut f);
    side_features(s, t, root, st, target, "T:", &mut f);
    if let Some(g) = target {
        let order = if s.actors[source].start < s.actors[g].start { "ST" } else { "TS" };
        f.push(h(&["order=", order]));
        f.push(h(&["order_r=", order, "|", root]));
    }
    f
}

/// The candidate (source, target) pairs of a sentence's actors: every
/// ordered pair of actors of different countries, then every actor alone.
/// A place after "in", "near", "at" … says where, not who, and is no side.
fn pair_options(s: &Sentence<'_>) -> Vec<(usize, Option<usize>)> {
    let actors = s.actors;
    let side: Vec<bool> = actors
        .iter()
        .map(|a| !(a.place && a.start > s.lo && LOCATION_PREPS.contains(&s.words[a.start - 1 - s.lo].as_str())))
        .collect();
    let mut out = Vec::new();
    for i in (0..actors.len()).filter(|&i| side[i]) {
        for g in (0..actors.len()).filter(|&g| side[g]) {
            if i != g && country(&actors[i]) != country(&actors[g]) {
                out.push((i, Some(g)));
            }
        }
    }
    out.extend((0..actors.len()).filter(|&i| side[i]).map(|i| (i, None)));
    out
}

impl Proposer {
    fn score(&self, features: &[u64], tag: &str, label: &str) -> f32 {
        features.iter().map(|&f| self.weights.get(&key(f, tag, label)).copied().unwrap_or(0.0)).sum()
    }

    /// Whether the proposer would look at a word (its stem heads gold
    /// triggers in the training texts).
    pub fn candidate(&self, word: &str) -> bool {
        self.vocab.contains(&stem(word))
    }

    /// The events the proposer finds in one sentence, at most one per
    /// trigger token.
    pub fn propose(&self, s: &Sentence<'_>) -> Vec<Proposal> {
        let mut out = Vec::new();
        if s.actors.is_empty() {
            return out;
        }
        let prepared = Prepared::new(s);
        let mut options: Option<Vec<(usize, Option<usize>)>> = None;
        for t in s.lo..s.hi() {
            let st = prepared.stems[t - s.lo];
            if !self.vocab.contains(st) {
                continue;
            }
            let mut rf = root_features(s, &prepared, t);
            let none = self.score(&rf, "root", NONE);
            let mut best = (ROOTS[0], f32::NEG_INFINITY);
            for r in ROOTS {
                let v = self.score(&rf, "root", r);
                if v > best.1 {
                    best = (r, v);
                }
            }
            if best.1 - none <= ROOT_MARGIN {
                continue;
            }
            let root = best.0;
            let mut pair: Option<((usize, Option<usize>), f32)> = None;
            for &(src, tgt) in options.get_or_insert_with(|| pair_options(s)).iter() {
                let v = self.score(&pair_features(s, st, t, root, src, tgt), "pair", "Y");
                if v > 0.0 && pair.is_none_or(|(_, b)| v > b) {
                    pair = Some(((src, tgt), v));
                }
            }
            let Some(((source, target), _)) = pair else { continue };
            rf.push(h(&["r=", root]));
            let reported = self.score(&rf, "reported", "R") > self.score(&rf, "reported", "A");
            let code = self.codes.get(&format!("{st}|{root}")).cloned().unwrap_or_else(|| format!("{root}0"));
            out.push(Proposal { token: t, root, code, source, target, reported });
        }
        out
    }

    /// The model as bytes (deterministic: entries sorted).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let put_str = |out: &mut Vec<u8>, s: &str| {
            out.extend((s.len() as u16).to_le_bytes());
            out.extend(s.as_bytes());
        };
        let mut vocab: Vec<&String> = self.vocab.iter().collect();
        vocab.sort();
        out.extend((vocab.len() as u32).to_le_bytes());
        for w in vocab {
            put_str(&mut out, w);
        }
        let mut codes: Vec<(&String, &String)> = self.codes.iter().collect();
        codes.sort();
        out.extend((codes.len() as u32).to_le_bytes());
        for (k, v) in codes {
            put_str(&mut out, k);
            put_str(&mut out, v);
        }
        let mut weights: Vec<(u64, f32)> =
            self.weights.iter().map(|(k, v)| (*k, *v)).filter(|(_, v)| *v != 0.0).collect();
        weights.sort_by_key(|(k, _)| *k);
        out.extend((weights.len() as u32).to_le_bytes());
        for (k, v) in weights {
            out.extend(k.to_le_bytes());
            out.extend(v.to_le_bytes());
        }
        out
    }

    /// Reads a model written by [`Proposer::to_bytes`]; `path` names it in
    /// errors.
    pub fn from_bytes(bytes: &[u8], path: &str) -> Result<Proposer, ProposerError> {
        let bad = |problem| ProposerError::Format { path: path.to_string(), problem };
        let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or_else(|| bad("wrong header"))?;
        let mut r = Reader { bytes: rest };
        let mut p = Proposer::default();
        let n = r.u32().ok_or_else(|| bad("truncated vocabulary"))?;
        for _ in 0..n {
            p.vocab.insert(r.string().ok_or_else(|| bad("truncated vocabulary"))?);
        }
        let n = r.u32().ok_or_else(|| bad("truncated code table"))?;
        for _ in 0..n {
            let k = r.string().ok_or_else(|| bad("truncated code table"))?;
            let v = r.string().ok_or_else(|| bad("truncated code table"))?;
            p.codes.insert(k, v);
        }
        let n = r.u32().ok_or_else(|| bad("truncated weights"))?;
        for _ in 0..n {
            let k = r.u64().ok_or_else(|| bad("truncated weights"))?;
            let v = r.f32().ok_or_else(|| bad("truncated weights"))?;
            p.weights.insert(k, v);
        }
        if !r.bytes.is_empty() {
            return Err(bad("trailing bytes"));
        }
        Ok(p)
    }

    /// Reads a model file.
    pub fn load(path: &std::path::Path) -> Result<Proposer, ProposerError> {
        let p = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| ProposerError::Io { path: p.clone(), source })?;
        Proposer::from_bytes(&bytes, &p)
    }

    /// Writes the model file.
    pub fn save(&self, path: &std::path::Path) -> Result<(), ProposerError> {
        std::fs::write(path, self.to_bytes())
            .map_err(|source| ProposerError::Io { path: path.display().to_string(), source })
    }

    /// How many weights, trigger stems and (stem, root) codes it holds.
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.weights.len(), self.vocab.len(), self.codes.len())
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|b| u32::from_le_bytes(b.try_into().expect("four bytes")))
    }
    fn u64(&mut self) -> Option<u64> {
        self.take(8).map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")))
    }
    fn f32(&mut self) -> Option<f32> {
        self.take(4).map(|b| f32::from_le_bytes(b.try_into().expect("four bytes")))
    }
    fn string(&mut self) -> Option<String> {
        let n = self.take(2).map(|b| u16::from_le_bytes([b[0], b[1]]))? as usize;
        self.take(n).and_then(|b| String::from_utf8(b.to_vec()).ok())
    }
}

/// The shipped model, read once (`None` if it cannot be read, which the
/// tests rule out).
pub fn builtin() -> Option<&'static Proposer> {
    static MODEL: std::sync::OnceLock<Option<Proposer>> = std::sync::OnceLock::new();
    MODEL
        .get_or_init(|| Proposer::from_bytes(include_bytes!("../models/proposer.bin"), "models/proposer.bin").ok())
        .as_ref()
}

/// One gold event as training sees it.
#[derive(Debug, Clone)]
pub struct GoldEvent {
    pub code: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub reported: bool,
    /// The words of the text that express it.
    pub trigger: Option<String>,
}

/// One training text: the document after the pipeline's stages before the
/// event stage, each sentence's actors as the rule coder found them
/// (`None` for a sentence it skips), and the gold events.
pub struct TrainText {
    pub doc: Document,
    pub actors: Vec<Option<Vec<Actor>>>,
    pub gold: Vec<GoldEvent>,
}

/// The token that heads a gold trigger: the first word of its first
/// occurrence in the text that is not a function word.
fn trigger_head(doc: &Document, trigger: &str) -> Option<usize> {
    if trigger.is_empty() {
        return None;
    }
    let start = doc.text.find(trigger)?;
    let end = start + trigger.len();
    let inside: Vec<usize> =
        (0..doc.tokens.len()).filter(|&i| doc.tokens[i].span.start >= start && doc.tokens[i].span.end <= end).collect();
    inside
        .iter()
        .copied()
        .find(|&i| head_word(&doc.tokens[i].span.slice(&doc.text).to_lowercase()))
        .or_else(|| inside.first().copied())
}

fn gold_country(code: &Option<String>) -> Option<&str> {
    code.as_deref().and_then(|c| c.get(..3))
}

/// Whether a candidate pair agrees with a gold event of that root (a side
/// gold leaves open accepts any).
fn agrees(g: &GoldEvent, root: &str, actors: &[Actor], source: usize, target: Option<usize>) -> bool {
    if g.code.get(..2) != Some(root) {
        return false;
    }
    let side_ok = |gold: &Option<String>, a: Option<usize>| match gold_country(gold) {
        None => true,
        Some(c) => a.is_some_and(|i| country(&actors[i]) == Some(c)),
    };
    side_ok(&g.source, Some(source)) && side_ok(&g.target, target)
}

/// A small deterministic generator for the training order.
struct Shuffle(u64);

impl Shuffle {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Averaged-perceptron weights while training, for one scorer (`tag`).
struct Averaged {
    tag: &'static str,
    w: Weights,
    total: HashMap<u64, f64, BuildHasherDefault<KeyHasher>>,
    step: u64,
}

impl Averaged {
    fn new(tag: &'static str) -> Averaged {
        Averaged { tag, w: Weights::default(), total: HashMap::default(), step: 0 }
    }
    fn score(&self, features: &[u64], label: &str) -> f32 {
        features.iter().map(|&f| self.w.get(&key(f, self.tag, label)).copied().unwrap_or(0.0)).sum()
    }
    fn update(&mut self, features: &[u64], label: &str, by: f32) {
        for &f in features {
            let k = key(f, self.tag, label);
            *self.w.entry(k).or_insert(0.0) += by;
            *self.total.entry(k).or_insert(0.0) += self.step as f64 * f64::from(by);
        }
    }
    /// The averaged weights (the lazy-sum form: w − Σ step·Δ / steps).
    fn averaged(self) -> Weights {
        let steps = self.step.max(1) as f64;
        self.w
            .into_iter()
            .map(|(k, w)| {
                let avg = f64::from(w) - self.total.get(&k).copied().unwrap_or(0.0) / steps;
                (k, avg as f32)
            })
            .filter(|(_, v)| *v != 0.0)
            .collect()
    }
}

/// One candidate trigger in training, with its features for the three
/// scorers and what gold says of each.
struct Example {
    /// Root-scorer features; the label is the root of a gold event headed
    /// here, or none.
    root: Vec<u64>,
    wanted: Vec<&'static str>,
    /// Per gold event headed here: reported-scorer features, and whether
    /// it is only reported.
    reported: Vec<(Vec<u64>, bool)>,
    /// Per gold root and candidate pair: pair-scorer features, and whether
    /// a gold event of that root agrees with the pair.
    pairs: Vec<(Vec<u64>, bool)>,
}

impl Example {
    fn new(s: &Sentence<'_>, prepared: &Prepared<'_>, t: usize, st: &str, golds: &[&GoldEvent]) -> Example {
        let root_of = |g: &GoldEvent| ROOTS.iter().copied().find(|r| g.code.get(..2) == Some(*r));
        let root = root_features(s, prepared, t);
        let mut wanted: Vec<&'static str> = golds.iter().filter_map(|g| root_of(g)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let reported = golds
            .iter()
            .filter_map(|g| {
                let r = root_of(g)?;
                let mut f = root.clone();
                f.push(h(&["r=", r]));
                Some((f, g.reported))
            })
            .collect();
        let mut pairs = Vec::new();
        for r in &wanted {
            for (src, tgt) in pair_options(s) {
                let yes = golds.iter().any(|g| agrees(g, r, s.actors, src, tgt));
                pairs.push((pair_features(s, st, t, r, src, tgt), yes));
            }
        }
        Example { root, wanted, reported, pairs }
    }
}

/// Trains the proposer on gold texts (deterministic for the same texts in
/// the same order).
pub fn train(texts: &[TrainText], epochs: usize, progress: &mut dyn FnMut(usize, usize)) -> Proposer {
    // trigger stems seen at least twice as a gold trigger's head, and each
    // (stem, root)'s most frequent code
    let mut stems: HashMap<String, usize> = HashMap::new();
    let mut code_counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
    let mut heads: Vec<Vec<Option<usize>>> = Vec::new();
    for t in texts {
        let hs: Vec<Option<usize>> =
            t.gold.iter().map(|g| g.trigger.as_deref().and_then(|tr| trigger_head(&t.doc, tr))).collect();
        for (g, h) in t.gold.iter().zip(&hs) {
            if let Some(h) = h {
                let st = stem(t.doc.tokens[*h].span.slice(&t.doc.text));
                *stems.entry(st.clone()).or_default() += 1;
                let root = g.code.get(..2).unwrap_or(&g.code);
                *code_counts.entry(format!("{st}|{root}")).or_default().entry(g.code.clone()).or_default() += 1;
            }
        }
        heads.push(hs);
    }
    let vocab: HashSet<String> = stems.into_iter().filter(|(_, n)| *n >= 2).map(|(s, _)| s).collect();
    let codes: HashMap<String, String> = code_counts
        .into_iter()
        .map(|(k, counts)| {
            let mut v: Vec<(String, usize)> = counts.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (k, v[0].0.clone())
        })
        .collect();
    let words: Vec<Vec<Vec<String>>> = texts
        .iter()
        .map(|t| t.doc.sentences.iter().map(|s| sentence_words(&t.doc, s.tokens.0, s.tokens.1)).collect())
        .collect();
    let coded: Vec<Vec<Vec<Actor>>> = texts
        .iter()
        .map(|t| {
            t.actors
                .iter()
                .map(|a| {
                    a.as_ref().map(|v| v.iter().filter(|x| x.code.is_some()).cloned().collect()).unwrap_or_default()
                })
                .collect()
        })
        .collect();
    // each candidate's features, computed once: they do not change between
    // passes
    let mut examples = Vec::new();
    for (ti, t) in texts.iter().enumerate() {
        for (si, sentence) in t.doc.sentences.iter().enumerate() {
            if t.actors.get(si).is_none_or(Option::is_none) {
                continue;
            }
            let s = Sentence { doc: &t.doc, lo: sentence.tokens.0, words: &words[ti][si], actors: &coded[ti][si] };
            let prepared = Prepared::new(&s);
            for tok in s.lo..s.hi() {
                let st = prepared.stems[tok - s.lo];
                if !vocab.contains(st) {
                    continue;
                }
                let golds: Vec<&GoldEvent> =
                    (0..t.gold.len()).filter(|&g| heads[ti][g] == Some(tok)).map(|g| &t.gold[g]).collect();
                examples.push(Example::new(&s, &prepared, tok, st, &golds));
            }
        }
    }
    let (mut root_m, mut pair_m, mut rep_m) = (Averaged::new("root"), Averaged::new("pair"), Averaged::new("reported"));
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Shuffle(0x9e37_79b9_7f4a_7c15);
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &ei in &order {
            let ex = &examples[ei];
            let mut pred = (NONE, root_m.score(&ex.root, NONE));
            for r in ROOTS {
                let v = root_m.score(&ex.root, r);
                if v > pred.1 {
                    pred = (r, v);
                }
            }
            let is_wanted = if ex.wanted.is_empty() { pred.0 == NONE } else { ex.wanted.contains(&pred.0) };
            if !is_wanted {
                let y = ex.wanted.first().copied().unwrap_or(NONE);
                root_m.update(&ex.root, y, 1.0);
                root_m.update(&ex.root, pred.0, -1.0);
            }
            for (h, reported) in &ex.reported {
                let y = if *reported { "R" } else { "A" };
                let p = if rep_m.score(h, "R") > rep_m.score(h, "A") { "R" } else { "A" };
                if p != y {
                    rep_m.update(h, y, 1.0);
                    rep_m.update(h, p, -1.0);
                }
            }
            for (h, yes) in &ex.pairs {
                let said_yes = pair_m.score(h, "Y") > 0.0;
                if *yes != said_yes {
                    pair_m.update(h, "Y", if *yes { 1.0 } else { -1.0 });
                }
            }
            root_m.step += 1;
            pair_m.step += 1;
            rep_m.step += 1;
        }
        progress(epoch + 1, examples.len());
    }
    let mut weights = root_m.averaged();
    weights.extend(pair_m.averaged());
    weights.extend(rep_m.averaged());
    Proposer { vocab, codes, weights }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_fold_common_endings() {
        assert_eq!(stem("Accused"), "accus");
        assert_eq!(stem("accusing"), "accus");
        assert_eq!(stem("talks"), "talk");
        // short words keep their ending
        assert_eq!(stem("was"), "was");
        assert_eq!(stem("ties"), "ties");
    }

    #[test]
    fn a_model_survives_its_file_format() {
        let mut p = Proposer::default();
        p.vocab.insert("accus".into());
        p.codes.insert("accus|11".into(), "112".into());
        p.weights.insert(42, 1.5);
        p.weights.insert(7, -0.25);
        let bytes = p.to_bytes();
        assert_eq!(Proposer::from_bytes(&bytes, "m").unwrap(), p);
        assert_eq!(p.to_bytes(), bytes, "the same model writes the same bytes");
        let err = Proposer::from_bytes(&bytes[..bytes.len() - 3], "m.bin").unwrap_err().to_string();
        assert!(err.contains("m.bin") && err.contains("truncated"), "{err}");
        assert!(Proposer::from_bytes(b"not a model", "x").is_err());
    }

    #[test]
    fn the_shipped_model_loads() {
        let p = builtin().expect("models/proposer.bin reads");
        let (weights, vocab, codes) = p.sizes();
        assert!(weights > 1000 && vocab > 100 && codes > 100, "{weights} {vocab} {codes}");
        assert!(p.candidate("accused") && p.candidate("clashed"));
    }
}
