//! Building word clusters from unlabelled text.
//!
//! Brown clustering gives each word a path in a binary tree grown from
//! bigram statistics; this module grows such a tree more cheaply, by
//! divisive (top-down) clustering: every word is described by its contexts
//! (which frequent words occur just before and just after it, weighted by
//! positive pointwise mutual information, L2-normalised), and each tree node
//! is split in two by spherical 2-means, down to a fixed depth. The result
//! has the same form as Brown clusters (a bit string per word, whose prefixes
//! are coarse-to-fine classes), builds in seconds on a million tokens, and is
//! deterministic: initial centroids are chosen by rule, not at random, and all
//! orders are fixed by frequency and spelling.
//!
//! The shipped cluster file is produced by the `clusters` command of the `ner`
//! example from CoNLL-2003 train and dev tokens plus PolNeAR's article texts
//! (see README.md); never from test data.

use std::collections::HashMap;

/// How to build clusters.
#[derive(Clone, Debug)]
pub struct ClusterOptions {
    /// Words seen fewer times get no cluster.
    pub min_count: u32,
    /// Number of most frequent words used as context features (per side).
    pub context_words: usize,
    /// Depth of the tree, i.e. maximum path length.
    pub depth: usize,
    /// Iterations of 2-means at each split.
    pub iterations: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { min_count: 3, context_words: 1000, depth: 20, iterations: 8 }
    }
}

/// A word with its cluster path and frequency.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusteredWord {
    pub path: String,
    pub word: String,
    pub count: u32,
}

/// The normalised form clusters are keyed by: lower case, digits as `0`.
pub fn normalise(w: &str) -> String {
    w.chars().map(|c| if c.is_ascii_digit() { '0' } else { c.to_lowercase().next().unwrap_or(c) }).collect()
}

/// Splits plain text into tokens roughly as CoNLL-2003 does: on whitespace,
/// with leading and trailing punctuation split off and the clitics `'s` and
/// `n't` separated. It is only used to gather cluster statistics.
pub fn tokenize_plain(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let mut w = raw;
        let mut trailing = Vec::new();
        while let Some(c) = w.chars().next().filter(|c| !c.is_alphanumeric()) {
            out.push(c.to_string());
            w = &w[c.len_utf8()..];
        }
        while let Some(c) = w.chars().next_back().filter(|c| !c.is_alphanumeric()) {
            // Keep the period of abbreviations like "U.S." or "Inc.".
            if c == '.' && w[..w.len() - 1].contains('.') {
                break;
            }
            trailing.push(c.to_string());
            w = &w[..w.len() - c.len_utf8()];
        }
        if !w.is_empty() {
            let lw = w.to_lowercase();
            if lw.ends_with("n't") && w.len() > 3 {
                out.push(w[..w.len() - 3].to_string());
                out.push(w[w.len() - 3..].to_string());
            } else if (lw.ends_with("'s") || lw.ends_with("’s")) && w.chars().count() > 2 {
                let cut = w.len() - w.chars().rev().take(2).map(char::len_utf8).sum::<usize>();
                out.push(w[..cut].to_string());
                out.push(w[cut..].to_string());
            } else {
                out.push(w.to_string());
            }
        }
        out.extend(trailing.into_iter().rev());
    }
    out
}

/// Builds clusters from tokenized sentences.
pub fn build(sentences: &[Vec<String>], opts: &ClusterOptions) -> Vec<ClusteredWord> {
    // Vocabulary, ordered by frequency then spelling.
    let mut counts: HashMap<String, u32> = HashMap::new();
    for s in sentences {
        for w in s {
            *counts.entry(normalise(w)).or_default() += 1;
        }
    }
    let mut vocab: Vec<(String, u32)> = counts.into_iter().collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let id: HashMap<&str, usize> = vocab.iter().enumerate().map(|(i, (w, _))| (w.as_str(), i)).collect();
    let words: Vec<usize> = (0..vocab.len()).filter(|&i| vocab[i].1 >= opts.min_count).collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let k = opts.context_words.min(vocab.len());
    // Context dimensions: left word j → j, right word j → k + j, sentence
    // start/end → 2k, 2k + 1.
    let dims = 2 * k + 2;
    let mut ctx: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    for s in sentences {
        let ids: Vec<usize> = s.iter().map(|w| id[normalise(w).as_str()]).collect();
        for (i, &w) in ids.iter().enumerate() {
            if vocab[w].1 < opts.min_count {
                continue;
            }
            let left = if i == 0 { Some(2 * k) } else { Some(ids[i - 1]).filter(|&j| j < k) };
            let right =
                if i + 1 == ids.len() { Some(2 * k + 1) } else { Some(ids[i + 1]).filter(|&j| j < k).map(|j| k + j) };
            for d in [left, right].into_iter().flatten() {
                *ctx[w].entry(d as u32).or_default() += 1.0;
            }
        }
    }
    // PPMI weighting and normalisation.
    let mut dim_total = vec![0f64; dims];
    let mut total = 0f64;
    for &w in &words {
        for (&d, &c) in &ctx[w] {
            dim_total[d as usize] += f64::from(c);
            total += f64::from(c);
        }
    }
    let vectors: Vec<Vec<(u32, f32)>> = words
        .iter()
        .map(|&w| {
            let row_total: f64 = ctx[w].values().map(|&c| f64::from(c)).sum();
            let mut v: Vec<(u32, f32)> = ctx[w]
                .iter()
                .filter_map(|(&d, &c)| {
                    let pmi = (f64::from(c) * total / (row_total * dim_total[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi as f32))
                })
                .collect();
            v.sort_by_key(|x| x.0);
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in &mut v {
                    x.1 /= norm;
                }
            }
            v
        })
        .collect();
    drop(ctx);

    let mut paths = vec![String::new(); words.len()];
    let mut stack: Vec<(Vec<usize>, usize)> = vec![((0..words.len()).collect(), 0)];
    let mut centroid = [vec![0f32; dims], vec![0f32; dims]];
    while let Some((members, depth)) = stack.pop() {
        if members.len() < 2 || depth >= opts.depth {
            continue;
        }
        let (left, right) = split(&members, &vectors, &mut centroid, opts.iterations);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        for &m in &left {
            paths[m].push('0');
        }
        for &m in &right {
            paths[m].push('1');
        }
        stack.push((right, depth + 1));
        stack.push((left, depth + 1));
    }
    words
        .iter()
        .zip(paths)
        .map(|(&w, path)| ClusteredWord {
            path: if path.is_empty() { "0".into() } else { path },
            word: vocab[w].0.clone(),
            count: vocab[w].1,
        })
        .collect()
}

fn dot(v: &[(u32, f32)], c: &[f32]) -> f32 {
    v.iter().map(|&(d, x)| x * c[d as usize]).sum()
}

/// Splits `members` (indices into `vectors`) in two: first along the
/// principal direction of their vectors (PDDP, Boley 1998: power iteration from
/// a fixed start vector, split by the sign of the centred projection), which
/// gives balanced, meaningful halves; then refined by a few rounds of
/// spherical 2-means seeded with the two halves.
fn split(
    members: &[usize],
    vectors: &[Vec<(u32, f32)>],
    centroid: &mut [Vec<f32>; 2],
    iterations: usize,
) -> (Vec<usize>, Vec<usize>) {
    let dims = centroid[0].len();
    let mut mean = vec![0f32; dims];
    for &m in members {
        for &(d, x) in &vectors[m] {
            mean[d as usize] += x;
        }
    }
    let inv = 1.0 / members.len() as f32;
    mean.iter_mut().for_each(|x| *x *= inv);
    let mut v: Vec<f32> =
        (0..dims).map(|d| ((d as u64).wrapping_mul(2_654_435_761) % 1000) as f32 / 1000.0 - 0.5).collect();
    let mut y = vec![0f32; members.len()];
    for _ in 0..12 {
        let mv = mean.iter().zip(&v).map(|(a, b)| a * b).sum::<f32>();
        for (yi, &m) in y.iter_mut().zip(members) {
            *yi = dot(&vectors[m], &v) - mv;
        }
        let ysum: f32 = y.iter().sum();
        v.iter_mut().zip(&mean).for_each(|(x, &mu)| *x = -ysum * mu);
        for (&yi, &m) in y.iter().zip(members) {
            for &(d, x) in &vectors[m] {
                v[d as usize] += yi * x;
            }
        }
        let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if n == 0.0 {
            break;
        }
        v.iter_mut().for_each(|x| *x /= n);
    }
    let mv = mean.iter().zip(&v).map(|(a, b)| a * b).sum::<f32>();
    let mut assign: Vec<u8> = members.iter().map(|&m| u8::from(dot(&vectors[m], &v) - mv > 0.0)).collect();
    for it in 0..=iterations {
        for c in centroid.iter_mut() {
            c.iter_mut().for_each(|x| *x = 0.0);
        }
        for (&a, &m) in assign.iter().zip(members) {
            for &(d, x) in &vectors[m] {
                centroid[a as usize][d as usize] += x;
            }
        }
        for c in centroid.iter_mut() {
            let n = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if n > 0.0 {
                c.iter_mut().for_each(|x| *x /= n);
            }
        }
        if it == iterations {
            break;
        }
        let mut changed = false;
        for (a, &m) in assign.iter_mut().zip(members) {
            let s0 = dot(&vectors[m], &centroid[0]);
            let s1 = dot(&vectors[m], &centroid[1]);
            let new = u8::from(s1 > s0);
            changed |= new != *a;
            *a = new;
        }
        if !changed {
            break;
        }
    }
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (&a, &m) in assign.iter().zip(members) {
        if a == 0 { left.push(m) } else { right.push(m) }
    }
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tokenizer_splits_punctuation_and_clitics() {
        assert_eq!(
            tokenize_plain("\"Obama's plan,\" he said, isn't U.S. policy."),
            vec!["\"", "Obama", "'s", "plan", ",", "\"", "he", "said", ",", "is", "n't", "U.S.", "policy", "."]
        );
    }

    #[test]
    fn similar_contexts_share_clusters() {
        let mut sents = Vec::new();
        for name in ["paris", "london", "berlin", "rome"] {
            for _ in 0..5 {
                sents.push(vec!["flew".to_string(), "to".into(), name.into(), "today".into()]);
            }
        }
        for verb in ["ran", "walked", "swam", "jumped"] {
            for _ in 0..5 {
                sents.push(vec!["he".to_string(), verb.into(), "quickly".into(), "away".into()]);
            }
        }
        let opts = ClusterOptions { depth: 1, ..ClusterOptions::default() };
        let out = build(&sents, &opts);
        let path = |w: &str| out.iter().find(|c| c.word == w).map(|c| c.path.clone()).unwrap();
        assert_eq!(path("paris"), path("rome"));
        assert_eq!(path("ran"), path("swam"));
        assert_ne!(path("paris"), path("ran"));
        // Same input, same output.
        assert_eq!(out, build(&sents, &opts));
    }
}
