//! Training: an averaged structured perceptron over BILOU labels.
//!
//! Collins' (2002) structured perceptron with constrained first-order Viterbi
//! decoding and weight averaging, which on CoNLL-2003 matches a CRF's accuracy
//! at a fraction of the training cost and needs no hyper-parameters beyond the
//! number of epochs. Each epoch visits the sentences in an order drawn from a
//! fixed-seed generator and the averaged weights are scored on the dev set; the
//! best epoch is kept. Nothing depends on hash-map iteration order, threads or
//! time, so the same data and options give a byte-identical model file.
//!
//! Features are extracted once (they do not depend on labels) and mapped to
//! dense ids; features seen fewer than `min_count` times are dropped, which
//! bounds memory and the model's size. The finished model is pruned of
//! features whose weights quantise to zero and round-tripped through its byte
//! form, so the returned model is exactly what [`Model::save`] writes.

use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::clusters::Clusters;
use crate::conll::{self, Doc};
use crate::error::NerError;
use crate::eval;
use crate::features::{DocContext, FeatureSet, Resources, SentInfo, Stack, TokInfo, sentence_features};
use crate::gazetteer::Gazetteer;
use crate::hash::HashMap64;
use crate::model::{FeatureIndex, Model, viterbi};
use crate::tags::{self, NUM_LABELS};

const L: usize = NUM_LABELS;

/// What to train and with which resources.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the training data; the best epoch on dev is kept.
    pub epochs: usize,
    /// Feature groups to use.
    pub features: FeatureSet,
    /// Name lists compiled into the model (may be empty).
    pub gazetteer: Gazetteer,
    /// Word clusters compiled into the model (may be empty).
    pub clusters: Clusters,
    /// Drop features seen fewer times than this in the training data.
    pub min_count: u32,
    /// Seed for the sentence order.
    pub seed: u64,
    /// Two-stage training with this many jackknife folds (0: one stage). The
    /// second stage sees the first stage's predictions for the whole document;
    /// on the training data those come from models that did not see the
    /// document, so that they are as wrong as they will be on new text.
    pub stacking_folds: usize,
    /// After choosing epoch counts on dev, retrain every stage on train and
    /// dev together with those counts (the usual last step for CoNLL systems:
    /// dev tunes, then adds data). The report's dev figures are then those of
    /// the tuning run, since the final model has seen dev.
    pub refit_on_dev: bool,
    /// Print one line per epoch to standard error.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 20,
            features: FeatureSet::default(),
            gazetteer: Gazetteer::default(),
            clusters: Clusters::default(),
            min_count: 1,
            seed: 0x00d0_551e,
            stacking_folds: 5,
            refit_on_dev: true,
            verbose: false,
        }
    }
}

/// What happened during training.
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    pub epochs: usize,
    /// 1-based epoch whose averaged weights were kept.
    pub best_epoch: usize,
    /// Dev F1 after each epoch.
    pub dev_f1: Vec<f64>,
    pub train_tokens: usize,
    pub num_features: usize,
    pub model_bytes: usize,
    pub seconds: f64,
    /// Best dev F1 of the first stage, when training two stages.
    pub first_stage_dev_f1: Option<f64>,
    /// Epoch kept for the first stage, when training two stages.
    pub first_stage_best_epoch: Option<usize>,
    /// Whether the final model was retrained on train + dev.
    pub refit_on_dev: bool,
}

/// One training sentence: feature ids per token and gold labels.
struct Instance {
    feats: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<u8>,
}

fn doc_infos(doc: &Doc) -> Vec<(Vec<TokInfo>, SentInfo)> {
    doc.sentences
        .iter()
        .map(|s| {
            let toks: Vec<TokInfo> = s.tokens.iter().map(|t| TokInfo::new(t)).collect();
            let si = SentInfo::new(&toks);
            (toks, si)
        })
        .collect()
}

/// Runs `f` on the features of every sentence of `docs`, in order;
/// `labels[d]` are first-stage labels for document `d` when stacking.
fn for_each_sentence(
    docs: &[Doc],
    labels: Option<&[Vec<Vec<u8>>]>,
    res: &Resources<'_>,
    mut f: impl FnMut(&conll::Sentence, &[u64], &[u32]),
) {
    let (mut feats, mut offsets, mut gaz) = (Vec::new(), Vec::new(), Vec::new());
    for (d, doc) in docs.iter().enumerate() {
        let infos = doc_infos(doc);
        let ctx = res.set.document.then(|| DocContext::new(&infos));
        let stack = labels.map(|l| Stack::new(&infos, l[d].clone()));
        for (k, (sent, (toks, si))) in doc.sentences.iter().zip(&infos).enumerate() {
            if res.set.gazetteer {
                res.gazetteer.match_bits(toks, &mut gaz);
            } else {
                gaz.clear();
                gaz.resize(toks.len(), 0);
            }
            sentence_features(
                toks,
                *si,
                ctx.as_ref(),
                res,
                &gaz,
                stack.as_ref().map(|s| (s, k)),
                &mut feats,
                &mut offsets,
            );
            f(sent, &feats, &offsets);
        }
    }
}

/// A small deterministic generator (xorshift64*) for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Trains a model on `train`, choosing epochs by F1 on `dev` (and, with
/// [`TrainOptions::refit_on_dev`], then retraining on both).
pub fn train(train: &[Doc], dev: &[Doc], opts: &TrainOptions) -> Result<(Model, TrainReport), NerError> {
    let start = Instant::now();
    if !opts.refit_on_dev || dev.is_empty() {
        return train_stages(train, dev, opts, None);
    }
    let tune_opts = TrainOptions { refit_on_dev: false, ..opts.clone() };
    let (_, tuned) = train_stages(train, dev, &tune_opts, None)?;
    if opts.verbose {
        eprintln!(
            "refitting on train + dev: first stage {} epochs, second stage {} epochs",
            tuned.first_stage_best_epoch.unwrap_or(tuned.best_epoch),
            tuned.best_epoch
        );
    }
    let all: Vec<Doc> = train.iter().chain(dev).cloned().collect();
    let (model, mut report) = train_stages(&all, &[], opts, Some(&tuned))?;
    report.dev_f1 = tuned.dev_f1;
    report.first_stage_dev_f1 = tuned.first_stage_dev_f1;
    report.refit_on_dev = true;
    report.seconds = start.elapsed().as_secs_f64();
    Ok((model, report))
}

/// Trains one or two stages. With `fixed`, epoch counts are taken from that
/// earlier report instead of being chosen on dev.
fn train_stages(
    train: &[Doc],
    dev: &[Doc],
    opts: &TrainOptions,
    fixed: Option<&TrainReport>,
) -> Result<(Model, TrainReport), NerError> {
    let start = Instant::now();
    let first_opts = TrainOptions {
        epochs: fixed.map_or(opts.epochs, |r| r.first_stage_best_epoch.unwrap_or(r.best_epoch)),
        ..opts.clone()
    };
    let (first, report) = train_stage(train, dev, None, None, &first_opts)?;
    if opts.stacking_folds < 2 {
        return Ok((first, report));
    }
    // Jackknife: first-stage labels for each training document from a model
    // trained (for the epoch count chosen above) on the other folds.
    let k = opts.stacking_folds;
    let mut labels: Vec<Vec<Vec<u8>>> = vec![Vec::new(); train.len()];
    for fold in 0..k {
        let rest: Vec<Doc> = train.iter().enumerate().filter(|(d, _)| d % k != fold).map(|(_, d)| d.clone()).collect();
        let fold_opts = TrainOptions { epochs: report.best_epoch, verbose: false, ..opts.clone() };
        let (m, _) = train_stage(&rest, &[], None, None, &fold_opts)?;
        let mut scratch = Default::default();
        for (d, doc) in train.iter().enumerate().filter(|(d, _)| d % k == fold) {
            let infos = doc_infos(doc);
            let ctx = DocContext::new(&infos);
            labels[d] = m.label_infos(&infos, &ctx, None, &mut scratch);
        }
        if opts.verbose {
            eprintln!("fold {}/{k} done ({:.0} s)", fold + 1, start.elapsed().as_secs_f64());
        }
    }
    let second_opts = TrainOptions { epochs: fixed.map_or(opts.epochs, |r| r.best_epoch), ..opts.clone() };
    let (second, mut report2) = train_stage(train, dev, Some(&labels), Some(first), &second_opts)?;
    report2.seconds = start.elapsed().as_secs_f64();
    report2.first_stage_dev_f1 = Some(report.dev_f1[report.best_epoch - 1]);
    report2.first_stage_best_epoch = Some(report.best_epoch);
    Ok((second, report2))
}

/// Trains one stage; with `first`, the stage is a second stage whose
/// training documents come with first-stage `labels`.
fn train_stage(
    train: &[Doc],
    dev: &[Doc],
    labels: Option<&[Vec<Vec<u8>>]>,
    first: Option<Model>,
    opts: &TrainOptions,
) -> Result<(Model, TrainReport), NerError> {
    if opts.epochs == 0 {
        return Err(NerError::Training("epochs must be at least 1".into()));
    }
    let train_tokens: usize = train.iter().map(Doc::num_tokens).sum();
    if train_tokens == 0 {
        return Err(NerError::Training("the training data has no tokens".into()));
    }
    let start = Instant::now();
    let mut model = Model {
        set: opts.features,
        gazetteer: if opts.features.gazetteer { opts.gazetteer.clone() } else { Gazetteer::default() },
        clusters: if opts.features.clusters { opts.clusters.clone() } else { Clusters::default() },
        hashes: Vec::new(),
        index: FeatureIndex::default(),
        weights: Vec::new(),
        trans: vec![0.0; (L + 1) * L],
        meta: String::new(),
        first: first.map(Box::new),
    };

    // Pass 1: count features. Pass 2: assign ids in first-seen order.
    let mut counts: HashMap64<u32> = HashMap64::default();
    {
        let res = model.resources();
        for_each_sentence(train, labels, &res, |_, feats, _| {
            for &h in feats {
                *counts.entry(h).or_default() += 1;
            }
        });
    }
    let mut ids: HashMap64<u32> = HashMap64::default();
    let mut hashes = Vec::new();
    let mut data = Vec::new();
    {
        let res = model.resources();
        for_each_sentence(train, labels, &res, |sent, feats, offsets| {
            let mut inst = Instance {
                feats: Vec::with_capacity(feats.len()),
                offsets: Vec::with_capacity(offsets.len()),
                gold: tags::encode(&sent.spans, sent.tokens.len()),
            };
            inst.offsets.push(0);
            for w in offsets.windows(2) {
                for &h in &feats[w[0] as usize..w[1] as usize] {
                    if counts[&h] < opts.min_count {
                        continue;
                    }
                    let id = *ids.entry(h).or_insert_with(|| {
                        hashes.push(h);
                        (hashes.len() - 1) as u32
                    });
                    inst.feats.push(id);
                }
                inst.offsets.push(inst.feats.len() as u32);
            }
            if !inst.gold.is_empty() {
                data.push(inst);
            }
        });
    }
    drop(counts);
    drop(ids);
    let nf = hashes.len();
    model.index = FeatureIndex::new(&hashes);
    model.hashes = hashes;

    // Perceptron state: current weights and the running sums for averaging
    // (the "w - u/c" trick: u accumulates c·Δ, so the average is w - u/c).
    let mut w = vec![0f32; nf * L];
    let mut u = vec![0f64; nf * L];
    let mut tw = vec![0f32; (L + 1) * L];
    let mut tu = vec![0f64; (L + 1) * L];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(opts.seed | 1);
    let (mut scores, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let mut best: Option<(f64, usize, Vec<f32>, Vec<f32>)> = None;
    let mut dev_f1 = Vec::new();
    for epoch in 1..=opts.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        for &k in &order {
            let inst = &data[k];
            let n = inst.gold.len();
            scores.clear();
            scores.resize(n * L, 0f32);
            for i in 0..n {
                let row = &mut scores[i * L..(i + 1) * L];
                for &f in &inst.feats[inst.offsets[i] as usize..inst.offsets[i + 1] as usize] {
                    let wr = &w[f as usize * L..(f as usize + 1) * L];
                    for (a, b) in row.iter_mut().zip(wr) {
                        *a += *b;
                    }
                }
            }
            viterbi(&scores, &tw, n, &mut back, &mut pred);
            if pred == inst.gold {
                c += 1.0;
                continue;
            }
            errors += 1;
            for i in 0..n {
                let (g, p) = (inst.gold[i] as usize, pred[i] as usize);
                if g != p {
                    for &f in &inst.feats[inst.offsets[i] as usize..inst.offsets[i + 1] as usize] {
                        let b = f as usize * L;
                        w[b + g] += 1.0;
                        u[b + g] += c;
                        w[b + p] -= 1.0;
                        u[b + p] -= c;
                    }
                }
                let gp = if i == 0 { L } else { inst.gold[i - 1] as usize };
                let pp = if i == 0 { L } else { pred[i - 1] as usize };
                if (gp, g) != (pp, p) {
                    tw[gp * L + g] += 1.0;
                    tu[gp * L + g] += c;
                    tw[pp * L + p] -= 1.0;
                    tu[pp * L + p] -= c;
                }
            }
            c += 1.0;
        }
        model.weights = w.iter().zip(&u).map(|(&w, &u)| (f64::from(w) - u / c) as f32).collect();
        model.trans = tw.iter().zip(&tu).map(|(&w, &u)| (f64::from(w) - u / c) as f32).collect();
        let f1 = if dev.is_empty() { epoch as f64 } else { eval::evaluate(&model, dev).f1 };
        dev_f1.push(f1);
        if opts.verbose {
            eprintln!(
                "epoch {epoch:>2}: {errors} sentences wrong, dev F1 {:.4} ({:.0} s)",
                f1,
                start.elapsed().as_secs_f64()
            );
        }
        if best.as_ref().is_none_or(|b| f1 > b.0) {
            best = Some((f1, epoch, model.weights.clone(), model.trans.clone()));
        }
    }
    let (_, best_epoch, bw, bt) = best.expect("at least one epoch ran");
    model.weights = bw;
    model.trans = bt;
    model.meta = format!(
        "{}averaged perceptron, BILOU, features {:?}, {} train tokens, epoch {best_epoch} of {}, min_count {}, {} gazetteer entries, {} clustered words",
        if model.first.is_some() { "second stage (stacked), " } else { "" },
        opts.features,
        train_tokens,
        opts.epochs,
        opts.min_count,
        model.gazetteer.len(),
        model.clusters.len()
    );
    let model = prune(model);
    let bytes = model.to_bytes();
    let model = Model::from_bytes(&bytes)?;
    let report = TrainReport {
        epochs: opts.epochs,
        best_epoch,
        dev_f1,
        train_tokens,
        num_features: model.num_features(),
        model_bytes: bytes.len(),
        seconds: start.elapsed().as_secs_f64(),
        first_stage_dev_f1: None,
        first_stage_best_epoch: None,
        refit_on_dev: false,
    };
    Ok((model, report))
}

/// Drops features whose every weight would quantise to zero on saving.
fn prune(mut m: Model) -> Model {
    let max = m.weights.iter().fold(0f32, |a, &x| a.max(x.abs()));
    let eps = max / 32767.0 * 0.5;
    let mut hashes = Vec::new();
    let mut weights = Vec::new();
    for (r, &h) in m.hashes.iter().enumerate() {
        let row = &m.weights[r * L..(r + 1) * L];
        if row.iter().any(|x| x.abs() > eps) {
            hashes.push(h);
            weights.extend_from_slice(row);
        }
    }
    m.index = FeatureIndex::new(&hashes);
    m.hashes = hashes;
    m.weights = weights;
    m
}

/// Reads CoNLL train and dev files and trains on them.
pub fn train_from_files(
    train_path: &Path,
    dev_path: &Path,
    opts: &TrainOptions,
) -> Result<(Model, TrainReport), NerError> {
    let tr = conll::read(train_path)?;
    let dv = conll::read(dev_path)?;
    train(&tr, &dv, opts)
}
