//! Training: the tagger, then (on jackknifed tags) the transition
//! classifier with a dynamic oracle, then the relation labeller. Fully
//! deterministic: sentence order comes from a fixed-seed generator, and
//! nothing depends on hash-map iteration order or threads.

use crate::conllu::Sentence;
use crate::error::SyntaxError;
use crate::features::{Clusters, LEFT, RIGHT, SHIFT, State, Tok, label_features, tagger_features};
use crate::linear::{Learner, Linear, Rng};
use crate::model::{Model, NUM_RELS, NUM_TAGS, ROOT_REL, Scratch, argmax, fill_children};

#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub labeller_epochs: usize,
    /// Folds for jackknifed training tags (1: the parser trains on gold tags).
    pub folds: usize,
    /// From this epoch (0-based) on, the parser follows its own mistakes with
    /// probability `explore` (Goldberg & Nivre 2012's training with exploration).
    pub explore_from: usize,
    pub explore: f64,
    pub seed: u64,
    /// Features whose averaged weights all stay below this are dropped
    /// from the transition classifier (keeps the model file small).
    pub prune: f32,
    /// Also train on a copy of each sentence with hyphenated words joined
    /// as dossier's tokenizer leaves them ([`crate::conllu::join_hyphenated`]).
    /// Off: on dev it did not help (see README.md).
    pub join_hyphens: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger_epochs: 10,
            parser_epochs: 15,
            labeller_epochs: 10,
            folds: 5,
            explore_from: 1,
            explore: 0.9,
            seed: 1,
            prune: 1.0,
            join_hyphens: false,
        }
    }
}

struct Example {
    toks: Vec<Tok>,
    tags: Vec<u8>,
    /// Gold heads, 1-based with index 0 unused (0 = root).
    heads: Vec<u32>,
    rels: Vec<u8>,
}

/// Reads a word-cluster file (`PATH<TAB>word<TAB>count` lines, a binary
/// path of at most 32 bits; the format of crates/ner/data/clusters.txt).
/// Words are keyed as the parser normalises them (lower case, digits as
/// `0`); the first line for a key wins.
pub fn read_clusters(path: &std::path::Path) -> Result<ClusterTable, SyntaxError> {
    let text = std::fs::read_to_string(path).map_err(|e| SyntaxError::io(path, e))?;
    let mut map = Clusters::default();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad =
            |m: &str| SyntaxError::Conllu { file: path.display().to_string(), line: i + 1, message: m.to_string() };
        let mut cols = line.split('\t');
        let (Some(bits), Some(word)) = (cols.next(), cols.next()) else {
            return Err(bad("expected PATH<TAB>word"));
        };
        if bits.is_empty() || bits.len() > 32 || !bits.bytes().all(|b| b == b'0' || b == b'1') {
            return Err(bad("the path must be 1 to 32 binary digits"));
        }
        let value = u32::from_str_radix(bits, 2).map_err(|_| bad("bad path"))?;
        map.entry(Tok::key(word)).or_insert((value, bits.len() as u8));
    }
    Ok(ClusterTable(map))
}

/// Word clusters to compile into a model (see [`read_clusters`]).
#[derive(Default, Clone)]
pub struct ClusterTable(pub(crate) Clusters);

impl ClusterTable {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn examples(sentences: &[&Sentence], clusters: &Clusters) -> Vec<Example> {
    sentences
        .iter()
        .filter(|s| !s.words.is_empty())
        .map(|s| {
            let mut heads = vec![0u32];
            let mut rels = vec![ROOT_REL];
            for w in &s.words {
                heads.push(w.head as u32);
                rels.push(w.rel.index() as u8);
            }
            Example {
                toks: s.words.iter().map(|w| Tok::new(&w.form, clusters)).collect(),
                tags: s.words.iter().map(|w| w.upos.index() as u8).collect(),
                heads,
                rels,
            }
        })
        .collect()
}

fn train_tagger(data: &[Example], use_: &[usize], epochs: usize, seed: u64) -> Linear {
    let mut l = Learner::new(NUM_TAGS);
    let mut order = use_.to_vec();
    let mut rng = Rng::new(seed);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; NUM_TAGS];
    let mut tags = Vec::new();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &data[k];
            tags.clear();
            for i in 0..ex.toks.len() {
                tagger_features(&ex.toks, &tags, i, &mut feats);
                l.score(&feats, &mut scores);
                let guess = argmax(&scores, |_| true);
                let gold = ex.tags[i] as usize;
                if guess != gold {
                    l.update(&feats, gold, guess);
                }
                l.tick();
                tags.push(guess as u8);
            }
        }
    }
    l.finish(0.0)
}

/// Trains a model on gold sentences. `log` receives progress lines.
pub fn train(
    sentences: &[&Sentence],
    clusters: &ClusterTable,
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Model {
    let joined: Vec<Sentence> = if opts.join_hyphens {
        sentences.iter().filter_map(|s| crate::conllu::join_hyphenated(s)).collect()
    } else {
        Vec::new()
    };
    let mut all_sentences = sentences.to_vec();
    all_sentences.extend(joined.iter());
    let data = examples(&all_sentences, &clusters.0);
    let all: Vec<usize> = (0..data.len()).collect();
    let tokens: usize = data.iter().map(|e| e.toks.len()).sum();
    log(&format!("{} sentences, {tokens} words ({} copies with hyphenated words joined)", data.len(), joined.len()));
    let tagger = train_tagger(&data, &all, opts.tagger_epochs, opts.seed);
    // jackknifed tags: each sentence tagged by a tagger that did not see it
    let mut pred: Vec<Vec<u8>> = data.iter().map(|e| e.tags.clone()).collect();
    if opts.folds > 1 {
        let mut correct = 0usize;
        for fold in 0..opts.folds {
            let (held, rest): (Vec<usize>, Vec<usize>) = all.iter().partition(|&&k| k % opts.folds == fold);
            let t = train_tagger(&data, &rest, opts.tagger_epochs, opts.seed + 1 + fold as u64);
            let m = Model {
                tagger: t,
                parser: Linear::default(),
                labeller: Linear::default(),
                clusters: Clusters::default(),
                meta: String::new(),
            };
            let mut s = Scratch::default();
            for k in held {
                let mut tags = Vec::new();
                m.tag_toks(&data[k].toks, &mut tags, &mut s);
                correct += tags.iter().zip(&data[k].tags).filter(|(a, b)| a == b).count();
                pred[k] = tags;
            }
        }
        log(&format!("jackknifed tag accuracy {:.4}", correct as f64 / tokens.max(1) as f64));
    }
    let parser = train_parser(&data, &pred, opts, log);
    let labeller = train_labeller(&data, &pred, opts, log);
    let meta = format!(
        "GUM {} sentences, {tokens} words, {} word clusters; tagger {} epochs, parser {} epochs (explore {} from epoch {}), labeller {} epochs, {} jackknife folds, seed {}, prune {}{}",
        data.len(),
        clusters.len(),
        opts.tagger_epochs,
        opts.parser_epochs,
        opts.explore,
        opts.explore_from,
        opts.labeller_epochs,
        opts.folds,
        opts.seed,
        opts.prune,
        if joined.is_empty() { String::new() } else { format!(", {} joined-hyphen copies", joined.len()) }
    );
    Model { tagger, parser, labeller, clusters: clusters.0.clone(), meta }
}

fn train_parser(data: &[Example], tags: &[Vec<u8>], opts: &TrainOptions, log: &mut dyn FnMut(&str)) -> Linear {
    let mut l = Learner::new(3);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(opts.seed ^ 0x5eed);
    let mut feats = Vec::new();
    let mut scores = [0f32; 3];
    for epoch in 0..opts.parser_epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &data[k];
            let mut st = State::new(ex.toks.len());
            while !st.terminal() {
                st.features(&ex.toks, &tags[k], &mut feats);
                l.score(&feats, &mut scores);
                let legal = st.legal();
                let costs = st.costs(&ex.heads);
                let min = [SHIFT, LEFT, RIGHT].iter().filter(|&&t| legal[t]).map(|&t| costs[t]).min().unwrap_or(0);
                let guess = argmax(&scores, |t| legal[t]);
                let best = argmax(&scores, |t| legal[t] && costs[t] == min);
                total += 1;
                let next = if costs[guess] == min {
                    right += 1;
                    guess
                } else {
                    l.update(&feats, best, guess);
                    if epoch >= opts.explore_from && rng.unit() < opts.explore { guess } else { best }
                };
                l.tick();
                st.apply(next);
            }
        }
        log(&format!("parser epoch {}: {:.4} of transitions optimal", epoch + 1, right as f64 / total.max(1) as f64));
    }
    l.finish(opts.prune)
}

fn train_labeller(data: &[Example], tags: &[Vec<u8>], opts: &TrainOptions, log: &mut dyn FnMut(&str)) -> Linear {
    let mut l = Learner::new(NUM_RELS);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(opts.seed ^ 0x1abe1);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; NUM_RELS];
    let mut children = Vec::new();
    let mut labels = Vec::new();
    for epoch in 0..opts.labeller_epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let ex = &data[k];
            fill_children(&ex.heads, &mut children);
            labels.clear();
            labels.resize(ex.heads.len(), 0);
            for d in 1..ex.heads.len() {
                if ex.heads[d] == 0 {
                    labels[d] = ROOT_REL;
                    continue;
                }
                label_features(&ex.toks, &tags[k], &ex.heads, &labels, &children, d, &mut feats);
                l.score(&feats, &mut scores);
                let guess = argmax(&scores, |r| r != ROOT_REL as usize);
                let gold = ex.rels[d] as usize;
                total += 1;
                if guess != gold {
                    l.update(&feats, gold, guess);
                } else {
                    right += 1;
                }
                l.tick();
                labels[d] = guess as u8;
            }
        }
        log(&format!("labeller epoch {}: accuracy {:.4}", epoch + 1, right as f64 / total.max(1) as f64));
    }
    l.finish(0.0)
}
