//! Training the tagger on PolNeAR.
//!
//! The caller prepares each article with the real pipeline stages (the
//! example passes dossier-nlp's segmenter and tokenizer), so that the model
//! learns on exactly the tokens it will see at run time; this crate cannot
//! depend on dossier-nlp itself because dossier-nlp runs this stage.
//! Training is deterministic: articles are visited in an order drawn from a
//! fixed-seed generator, and ties between tags break by index.

use crate::model::{Context, Model, NT, legal, tag_type};
use crate::polnear::{Article, Gold};
use crate::rules;
use crate::text::View;
use dossier_model::{Document, Metadata, Span};

#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub bits: u32,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions { epochs: 6, bits: 18, seed: 20251128 }
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
    model: Model,
    acc: Vec<f64>,
    stamp: Vec<u32>,
    clock: u32,
}

impl Trainer {
    fn update(&mut self, feats: &[u64], t: usize, delta: f32) {
        let mask = (1usize << self.model.bits) - 1;
        for &f in feats {
            let k = (f as usize & mask) * NT + t;
            self.acc[k] += (self.clock - self.stamp[k]) as f64 * self.model.weights[k] as f64;
            self.stamp[k] = self.clock;
            self.model.weights[k] += delta;
        }
    }

    fn finish(mut self) -> Model {
        for k in 0..self.model.weights.len() {
            let total = self.acc[k] + (self.clock - self.stamp[k]) as f64 * self.model.weights[k] as f64;
            self.model.weights[k] = (total / self.clock.max(1) as f64) as f32;
        }
        self.model
    }
}

/// Trains a tagger on prepared documents and their gold attributions.
/// `progress` is called after each epoch with (epoch, token accuracy).
pub fn train(docs: &[(Document, Vec<Gold>)], opts: TrainOptions, progress: &mut dyn FnMut(usize, f64)) -> Model {
    let n = (1usize << opts.bits) * NT;
    let mut tr = Trainer { model: Model::new(opts.bits), acc: vec![0.0; n], stamp: vec![0; n], clock: 1 };
    // Per-document contexts and gold tags, computed once.
    let prepared: Vec<(Context, Vec<usize>, Vec<(usize, usize, bool)>)> = docs
        .iter()
        .map(|(doc, gold)| {
            let view = View::new(doc);
            let found = rules::find(&view);
            let ctx = Context::new(&view, &found);
            let tags = gold_tags(&view, gold);
            (ctx, tags, view.sents.clone())
        })
        .collect();
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = opts.seed.max(1);
    let mut feats = Vec::with_capacity(32);
    let mut scores = [0f32; NT];
    for epoch in 0..opts.epochs {
        // Fisher–Yates with a xorshift generator: the same seed, the same model.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let (mut right, mut total) = (0usize, 0usize);
        for &d in &order {
            let (ctx, gold, sents) = &prepared[d];
            for &(a, b, body) in sents {
                if !body {
                    continue;
                }
                let (mut p1, mut p2) = (0usize, 0usize);
                for i in a..b {
                    ctx.features(i, a, b, p1, p2, &mut feats);
                    tr.model.scores(&feats, &mut scores);
                    let guess = legal((0..NT).max_by(|&x, &y| scores[x].total_cmp(&scores[y])).unwrap_or(0), p1);
                    let truth = gold[i];
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
                    let _ = tag_type;
                }
            }
        }
        progress(epoch + 1, right as f64 / total.max(1) as f64);
    }
    tr.finish()
}
