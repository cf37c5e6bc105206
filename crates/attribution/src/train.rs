//! Training the tagger on PolNeAR.
//!
//! The caller prepares each article with the real pipeline stages (the
//! example passes dossier-nlp's segmenter and tokenizer), so that the model
//! learns on exactly the tokens it will see at run time; this crate cannot
//! depend on dossier-nlp itself because dossier-nlp runs this stage.
//! Training is deterministic: articles are visited in an order drawn from a
//! fixed-seed generator, and ties between tags break by index.

use crate::model::{Context, Model, NT, ViterbiBufs, best_legal, legal, tag_with, viterbi};
use crate::polnear::{Article, Gold};
use crate::rules;
use crate::text::View;
use dossier_model::{Document, Metadata, Span};

#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub bits: u32,
    pub seed: u64,
    /// Taggers trained with seeds `seed`, `seed + 1`, … whose weights are
    /// averaged into the model.
    pub ensemble: usize,
    /// Stacked passes: 2 or 3 (each pass sees the tags of the one before).
    pub passes: usize,
    /// Folds of the jackknife that makes the second pass's training tags.
    pub folds: usize,
    /// Folds go by text rather than by document, so that documents with
    /// the same text (one per annotator, from
    /// [`crate::polnear::load_split_all_annotators`]) share a fold and no
    /// fold tagger has seen the text it tags. Off for the shipped model
    /// (one document per article; train holds one text under two names).
    pub folds_by_text: bool,
    /// Structured perceptron: every table is trained and decoded with
    /// Viterbi over first-order tag transitions, updating on the whole
    /// sentence's best sequence against the gold one, instead of greedily
    /// token by token. Off for the shipped model.
    pub viterbi: bool,
    /// Also train the dedicated cue classifier ([`crate::cue`]) on the
    /// jackknifed first-pass tags. Off for the shipped model (README.md,
    /// "A different kind of model").
    pub cue_model: bool,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 8,
            bits: 17,
            seed: 20251128,
            ensemble: 3,
            passes: 2,
            folds: 4,
            folds_by_text: false,
            viterbi: false,
            cue_model: false,
        }
    }
}

/// A PolNeAR article run through the caller's pipeline stages.
pub fn prepare(article: &Article, stages: &dyn Fn(&mut Document)) -> Document {
    let mut doc = Document::new(article.text.clone(), Metadata::default());
    stages(&mut doc);
    doc
}

/// Gold tags over the view's words, B- at the first word of each fragment.
pub fn gold_tags(view: &View, gold: &[Gold]) -> Vec<usize> {
    let mut tags = vec![0usize; view.words.len()];
    for g in gold {
        for (frags, ty) in [(&g.content, 3usize), (&g.source, 1), (&g.cue, 2)] {
            for s in frags {
                paint_span(view, *s, ty, &mut tags);
            }
        }
    }
    tags
}

fn paint_span(view: &View, span: Span, ty: usize, tags: &mut [usize]) {
    let a = view.words.partition_point(|w| w.span.end <= span.start);
    let b = view.words.partition_point(|w| w.span.start < span.end);
    for (k, t) in tags.iter_mut().enumerate().take(b).skip(a) {
        *t = if k == a { ty * 2 - 1 } else { ty * 2 };
    }
}

struct Trainer {
    bits: u32,
    w: Vec<f32>,
    acc: Vec<f64>,
    stamp: Vec<u32>,
    clock: u32,
}

impl Trainer {
    fn new(bits: u32) -> Trainer {
        let n = (1usize << bits) * NT;
        Trainer { bits, w: vec![0.0; n], acc: vec![0.0; n], stamp: vec![0; n], clock: 1 }
    }

    fn scores(&self, feats: &[u64], out: &mut [f32; NT]) {
        let mask = (1usize << self.bits) - 1;
        *out = [0.0; NT];
        for &f in feats {
            let b = (f as usize & mask) * NT;
            for (t, o) in out.iter_mut().enumerate() {
                *o += self.w[b + t];
            }
        }
    }

    fn update(&mut self, feats: &[u64], t: usize, delta: f32) {
        let mask = (1usize << self.bits) - 1;
        for &f in feats {
            let k = (f as usize & mask) * NT + t;
            self.acc[k] += (self.clock - self.stamp[k]) as f64 * self.w[k] as f64;
            self.stamp[k] = self.clock;
            self.w[k] += delta;
        }
    }

    /// The averaged weights.
    fn finish(mut self) -> Vec<f32> {
        for k in 0..self.w.len() {
            let total = self.acc[k] + (self.clock - self.stamp[k]) as f64 * self.w[k] as f64;
            self.w[k] = (total / self.clock.max(1) as f64) as f32;
        }
        self.w
    }
}

type Prepared = (Context, Vec<usize>, Vec<(usize, usize, bool)>);

/// Trains one table on the documents `which` of `prepared`.
#[allow(clippy::needless_range_loop)]
fn train_table(
    prepared: &[Prepared],
    which: &[usize],
    opts: TrainOptions,
    progress: &mut dyn FnMut(usize, f64),
) -> Vec<f32> {
    let mut tr = Trainer::new(opts.bits);
    let mut order: Vec<usize> = which.to_vec();
    let mut rng = opts.seed.max(1);
    let mut feats = Vec::with_capacity(48);
    let mut scores = [0f32; NT];
    let mut bufs = ViterbiBufs::default();
    for epoch in 0..opts.epochs {
        shuffle(&mut order, &mut rng);
        let (mut right, mut total) = (0usize, 0usize);
        for &d in &order {
            let (ctx, gold, sents) = &prepared[d];
            for &(a, b, body) in sents {
                if !body {
                    continue;
                }
                if opts.viterbi {
                    if a >= b {
                        continue;
                    }
                    let pred = viterbi(ctx, a, b, &|f: &[u64], o: &mut [f32; NT]| tr.scores(f, o), &mut bufs);
                    let mut truth = Vec::with_capacity(b - a);
                    for i in a..b {
                        let prev = truth.last().copied().unwrap_or(0);
                        truth.push(legal(gold[i], prev));
                    }
                    right += pred.iter().zip(&truth).filter(|(x, y)| x == y).count();
                    total += b - a;
                    if pred != truth {
                        for k in 0..b - a {
                            let (gp, pp) = if k == 0 { (0, 0) } else { (truth[k - 1], pred[k - 1]) };
                            if truth[k] == pred[k] && gp == pp {
                                continue;
                            }
                            ctx.split_features(a + k, a, b, &mut bufs.obs, &mut bufs.keys);
                            if truth[k] != pred[k] {
                                let obs = std::mem::take(&mut bufs.obs);
                                tr.update(&obs, truth[k], 1.0);
                                tr.update(&obs, pred[k], -1.0);
                                bufs.obs = obs;
                            }
                            let joined = bufs.join(gp).to_vec();
                            tr.update(&joined, truth[k], 1.0);
                            let joined = bufs.join(pp).to_vec();
                            tr.update(&joined, pred[k], -1.0);
                        }
                    }
                    tr.clock += (b - a) as u32;
                    continue;
                }
                let (mut p1, mut p2) = (0usize, 0usize);
                for i in a..b {
                    ctx.features(i, a, b, p1, p2, &mut feats);
                    tr.scores(&feats, &mut scores);
                    let guess = best_legal(&scores, p1);
                    // After a wrong previous tag the gold `I-` may be unreachable: aim for its `B-`.
                    let truth = legal(gold[i], p1);
                    if guess != truth {
                        tr.update(&feats, truth, 1.0);
                        tr.update(&feats, guess, -1.0);
                    } else {
                        right += 1;
                    }
                    total += 1;
                    tr.clock += 1;
                    p2 = p1;
                    p1 = guess;
                }
            }
        }
        progress(epoch + 1, right as f64 / total.max(1) as f64);
    }
    tr.finish()
}

/// Trains the stacked tagger on prepared documents and their gold
/// attributions. The second table learns from first-pass tags produced by
/// two-fold jackknifing (each half tagged by a first tagger trained on the
/// other half), so that it sees first-pass errors as they occur on unseen
/// text. `progress` is called after each epoch with (stage, epoch, token
/// accuracy on the training data).
pub fn train(docs: &[(Document, Vec<Gold>)], opts: TrainOptions, progress: &mut dyn FnMut(&str, usize, f64)) -> Model {
    let n = opts.ensemble.max(1);
    let mut sum: Option<Model> = None;
    for k in 0..n {
        let m = train_one(docs, TrainOptions { seed: opts.seed.wrapping_add(k as u64), ..opts }, progress);
        match &mut sum {
            None => sum = Some(m),
            Some(s) => {
                for (a, b) in s.tables.iter_mut().zip(&m.tables) {
                    for (x, y) in a.iter_mut().zip(b) {
                        *x += y;
                    }
                }
                if let (Some(a), Some(b)) = (&mut s.cue, &m.cue) {
                    for (x, y) in a.weights.iter_mut().zip(&b.weights) {
                        *x += y;
                    }
                }
            }
        }
    }
    let mut model = sum.unwrap_or_else(|| Model::new(opts.bits));
    for t in &mut model.tables {
        for x in t.iter_mut() {
            *x /= n as f32;
        }
    }
    if let Some(c) = &mut model.cue {
        for x in c.weights.iter_mut() {
            *x /= n as f32;
        }
    }
    model
}

fn train_one(docs: &[(Document, Vec<Gold>)], opts: TrainOptions, progress: &mut dyn FnMut(&str, usize, f64)) -> Model {
    let mut prepared: Vec<Prepared> = docs
        .iter()
        .map(|(doc, gold)| {
            let view = View::new(doc);
            let found = rules::find(&view);
            let ctx = Context::new(&view, &found);
            let tags = gold_tags(&view, gold);
            (ctx, tags, view.sents.clone())
        })
        .collect();
    let all: Vec<usize> = (0..prepared.len()).collect();
    let first = train_table(&prepared, &all, opts, &mut |e, a| progress("first", e, a));
    // A document's fold key: its index, or with `folds_by_text` the index
    // of the first document with the same text.
    let mut first_seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let text_of: Vec<usize> = docs
        .iter()
        .enumerate()
        .map(|(i, (d, _))| if opts.folds_by_text { *first_seen.entry(d.text.as_str()).or_insert(i) } else { i })
        .collect();
    let halves: [Vec<usize>; 2] = [
        all.iter().copied().filter(|&i| text_of[i].is_multiple_of(2)).collect(),
        all.iter().copied().filter(|&i| !text_of[i].is_multiple_of(2)).collect(),
    ];
    let k = opts.folds.max(2);
    for h in 0..k {
        let rest: Vec<usize> = all.iter().copied().filter(|&i| text_of[i] % k != h).collect();
        let fold = train_table(&prepared, &rest, opts, &mut |e, a| progress("fold", e, a));
        let fold_model = Model { bits: opts.bits, tables: vec![fold], viterbi: opts.viterbi, cue: None };
        for d in all.iter().copied().filter(|&i| text_of[i] % k == h) {
            let (doc, _) = &docs[d];
            let view = View::new(doc);
            let tags = tag_with(&fold_model, 0, &view, &prepared[d].0);
            prepared[d].0.set_pass1(&view, tags);
        }
    }
    let cue = opts.cue_model.then(|| {
        let views: Vec<View> = docs.iter().map(|(d, _)| View::new(d)).collect();
        let input: Vec<_> = views.iter().zip(&prepared).map(|(v, p)| (v, &p.0, p.1.as_slice())).collect();
        crate::cue::train(&input, 18, opts.epochs, opts.seed, &mut |e, a| progress("cue", e, a))
    });
    let second = train_table(&prepared, &all, opts, &mut |e, a| progress("second", e, a));
    if opts.passes < 3 {
        return Model { bits: opts.bits, tables: vec![first, second], viterbi: opts.viterbi, cue };
    }
    // The third pass learns from second-pass tags made, like the first
    // pass's, by taggers that never saw the document.
    let mut pass2: Vec<Vec<usize>> = vec![Vec::new(); prepared.len()];
    for h in 0..2 {
        let fold = train_table(&prepared, &halves[h], opts, &mut |e, a| progress("fold", e, a));
        let fold_model = Model { bits: opts.bits, tables: vec![fold], viterbi: opts.viterbi, cue: None };
        for &d in &halves[1 - h] {
            let view = View::new(&docs[d].0);
            pass2[d] = tag_with(&fold_model, 0, &view, &prepared[d].0);
        }
    }
    for (d, tags) in pass2.into_iter().enumerate() {
        let view = View::new(&docs[d].0);
        prepared[d].0.set_pass1(&view, tags);
    }
    let third = train_table(&prepared, &all, opts, &mut |e, a| progress("third", e, a));
    Model { bits: opts.bits, tables: vec![first, second, third], viterbi: opts.viterbi, cue: None }
}

/// Fisher–Yates with a xorshift generator: the same seed, the same order
/// (and so the same model).
pub(crate) fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}
