//! Hashed features and the multi-class averaged perceptron shared by the
//! tagger, the transition classifier and the relation labeller.
//!
//! A feature is a 64-bit hash of (template, values), never a formatted
//! string. Training keeps dense per-feature rows of weights and of their
//! time-weighted sums (the averaging trick of Daumé 2006: the average is
//! `w − u / c`), created on first update. The finished model drops rows that
//! average to zero and finds the rest through an open-addressing table.
//! On disk each row is the hash, a bitmask of its non-zero classes and those
//! weights as `i16` under one scale per classifier.

use crate::error::SyntaxError;
use std::collections::HashMap;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const K: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a over bytes, then mixed. Fixed forever: models depend on it.
#[inline]
pub(crate) fn hash_bytes(b: impl IntoIterator<Item = u8>) -> u64 {
    let mut h = FNV_OFFSET;
    for x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(FNV_PRIME);
    }
    mix(h)
}

#[inline]
pub(crate) fn f1(t: u32, a: u64) -> u64 {
    mix((u64::from(t).wrapping_mul(K) ^ a).wrapping_add(K))
}
#[inline]
pub(crate) fn f2(t: u32, a: u64, b: u64) -> u64 {
    mix(f1(t, a).rotate_left(17) ^ b.wrapping_mul(K))
}
#[inline]
pub(crate) fn f3(t: u32, a: u64, b: u64, c: u64) -> u64 {
    mix(f2(t, a, b).rotate_left(23) ^ c.wrapping_mul(K))
}
#[inline]
pub(crate) fn f4(t: u32, a: u64, b: u64, c: u64, d: u64) -> u64 {
    mix(f3(t, a, b, c).rotate_left(29) ^ d.wrapping_mul(K))
}

#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);
impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
pub(crate) type HashMap64<V> = HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A trained linear classifier: feature hash → row of per-class weights.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Linear {
    pub(crate) classes: usize,
    /// Open-addressing slots: a key and its row side by side, so a probe
    /// touches one cache line.
    slots: Vec<(u64, u32)>,
    /// For three-class classifiers (the transition classifier), the
    /// weights live in the slot itself: one cache miss per feature, not two.
    inline: Vec<(u64, [f32; 3])>,
    mask: usize,
    /// One bit per (high bits of a) feature hash that has weights: most
    /// features of new text have none, and this small bitmap, which stays
    /// in cache, answers for them without touching the table.
    filter: Vec<u64>,
    filter_mask: u64,
    hashes: Vec<u64>,
    weights: Vec<f32>,
}

#[inline]
fn nz(h: u64) -> u64 {
    if h == 0 { 1 } else { h }
}

impl Linear {
    fn build(classes: usize, hashes: Vec<u64>, weights: Vec<f32>) -> Linear {
        let cap = (hashes.len() * 3 / 2).next_power_of_two().max(16);
        let bits = (hashes.len() * 16).next_power_of_two().max(64);
        let mut l = Linear {
            classes,
            slots: vec![(0, 0); cap],
            inline: Vec::new(),
            mask: cap - 1,
            filter: vec![0; bits / 64],
            filter_mask: bits as u64 - 1,
            hashes,
            weights,
        };
        for &h in &l.hashes {
            let b = (nz(h) >> 32).wrapping_mul(K) >> 20 & l.filter_mask;
            l.filter[(b >> 6) as usize] |= 1 << (b & 63);
        }
        for (r, &h) in l.hashes.iter().enumerate() {
            let h = nz(h);
            let mut s = (h as usize) & l.mask;
            while l.slots[s].0 != 0 && l.slots[s].0 != h {
                s = (s + 1) & l.mask;
            }
            l.slots[s] = (h, r as u32);
        }
        if classes == 3 {
            l.inline = l
                .slots
                .iter()
                .map(|&(k, r)| {
                    let r = r as usize;
                    if k == 0 {
                        (0, [0.0; 3])
                    } else {
                        (k, [l.weights[3 * r], l.weights[3 * r + 1], l.weights[3 * r + 2]])
                    }
                })
                .collect();
            l.slots = Vec::new();
        }
        l
    }

    #[inline]
    fn maybe(&self, h: u64) -> bool {
        let b = (h >> 32).wrapping_mul(K) >> 20 & self.filter_mask;
        self.filter.get((b >> 6) as usize).is_some_and(|w| w & (1 << (b & 63)) != 0)
    }

    #[inline]
    fn row(&self, h: u64) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let h = nz(h);
        if !self.maybe(h) {
            return None;
        }
        let mut s = (h as usize) & self.mask;
        loop {
            let (k, r) = self.slots[s];
            if k == h {
                return Some(r as usize);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the weights of `feats` to `out` (`classes` long, zeroed here).
    pub(crate) fn score(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        if !self.inline.is_empty() {
            let mut acc = [0f32; 3];
            for &h in feats {
                let h = nz(h);
                if !self.maybe(h) {
                    continue;
                }
                let mut s = (h as usize) & self.mask;
                loop {
                    let (k, w) = &self.inline[s];
                    if *k == h {
                        acc[0] += w[0];
                        acc[1] += w[1];
                        acc[2] += w[2];
                        break;
                    }
                    if *k == 0 {
                        break;
                    }
                    s = (s + 1) & self.mask;
                }
            }
            out[..3].copy_from_slice(&acc);
            return;
        }
        let c = self.classes;
        for &h in feats {
            if let Some(r) = self.row(h) {
                for (o, w) in out.iter_mut().zip(&self.weights[r * c..(r + 1) * c]) {
                    *o += *w;
                }
            }
        }
    }

    pub(crate) fn num_features(&self) -> usize {
        self.hashes.len()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let c = self.classes;
        let max = self.weights.iter().fold(0f32, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut rows: Vec<(u64, u64, Vec<i16>)> = Vec::with_capacity(self.hashes.len());
        for (r, &h) in self.hashes.iter().enumerate() {
            let mut mask = 0u64;
            let mut vals = Vec::new();
            for (k, &x) in self.weights[r * c..(r + 1) * c].iter().enumerate() {
                let q = (x / scale).round() as i16;
                if q != 0 {
                    mask |= 1 << k;
                    vals.push(q);
                }
            }
            if mask != 0 {
                rows.push((h, mask, vals));
            }
        }
        rows.sort_unstable_by_key(|r| r.0);
        w.u32(c as u32);
        w.f32(scale);
        w.u32(rows.len() as u32);
        let mask_bytes = c.div_ceil(8);
        for (h, mask, vals) in rows {
            w.u64(h);
            w.0.extend_from_slice(&mask.to_le_bytes()[..mask_bytes]);
            for v in vals {
                w.i16(v);
            }
        }
    }

    pub(crate) fn read(r: &mut Reader, expect_classes: usize) -> Result<Linear, SyntaxError> {
        let c = r.u32()? as usize;
        if c != expect_classes || c > 64 {
            return Err(SyntaxError::model(format!("expected {expect_classes} classes, found {c}")));
        }
        let scale = r.f32()?;
        let mask_bytes = c.div_ceil(8);
        let n = r.count(8 + mask_bytes + 2)?;
        let mut hashes = Vec::with_capacity(n);
        let mut weights = vec![0f32; n * c];
        for f in 0..n {
            hashes.push(r.u64()?);
            let mut mask = 0u64;
            for k in 0..mask_bytes {
                mask |= u64::from(r.u8()?) << (8 * k);
            }
            if c < 64 && mask >> c != 0 {
                return Err(SyntaxError::model(format!("invalid class mask {mask:#x}")));
            }
            for k in 0..c {
                if mask & (1 << k) != 0 {
                    weights[f * c + k] = f32::from(r.i16()?) * scale;
                }
            }
        }
        Ok(Linear::build(c, hashes, weights))
    }
}

/// An averaged perceptron being trained.
pub(crate) struct Learner {
    classes: usize,
    map: HashMap64<u32>,
    hashes: Vec<u64>,
    w: Vec<f32>,
    u: Vec<f64>,
    c: f64,
}

impl Learner {
    pub(crate) fn new(classes: usize) -> Learner {
        Learner { classes, map: HashMap64::default(), hashes: Vec::new(), w: Vec::new(), u: Vec::new(), c: 1.0 }
    }

    pub(crate) fn score(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        let c = self.classes;
        for h in feats {
            if let Some(&r) = self.map.get(h) {
                let r = r as usize;
                for (o, w) in out.iter_mut().zip(&self.w[r * c..(r + 1) * c]) {
                    *o += *w;
                }
            }
        }
    }

    /// Moves weight from class `bad` to class `good` for every feature.
    pub(crate) fn update(&mut self, feats: &[u64], good: usize, bad: usize) {
        let c = self.classes;
        for &h in feats {
            let r = match self.map.get(&h) {
                Some(&r) => r as usize,
                None => {
                    let r = self.hashes.len();
                    self.map.insert(h, r as u32);
                    self.hashes.push(h);
                    self.w.resize(self.w.len() + c, 0.0);
                    self.u.resize(self.u.len() + c, 0.0);
                    r
                }
            };
            self.w[r * c + good] += 1.0;
            self.u[r * c + good] += self.c;
            self.w[r * c + bad] -= 1.0;
            self.u[r * c + bad] -= self.c;
        }
    }

    /// One training example has been seen.
    pub(crate) fn tick(&mut self) {
        self.c += 1.0;
    }

    /// The averaged weights, without features whose largest weight is
    /// below `prune` in absolute value.
    pub(crate) fn finish(&self, prune: f32) -> Linear {
        let c = self.classes;
        let mut order: Vec<usize> = (0..self.hashes.len()).collect();
        order.sort_unstable_by_key(|&r| self.hashes[r]);
        let mut hashes = Vec::with_capacity(order.len());
        let mut weights = Vec::with_capacity(order.len() * c);
        for r in order {
            let row: Vec<f32> =
                (0..c).map(|k| (f64::from(self.w[r * c + k]) - self.u[r * c + k] / self.c) as f32).collect();
            if row.iter().any(|&x| x.abs() > prune.max(1e-6)) {
                hashes.push(self.hashes[r]);
                weights.extend(row);
            }
        }
        Linear::build(c, hashes, weights)
    }
}

/// A deterministic xorshift generator for shuffling and exploration.
pub(crate) struct Rng(u64);
impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(mix(seed).max(1))
    }
    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

pub(crate) struct Writer(pub(crate) Vec<u8>);
impl Writer {
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn i16(&mut self, v: i16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

pub(crate) struct Reader<'a> {
    pub(crate) b: &'a [u8],
    pub(crate) pos: usize,
}
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], SyntaxError> {
        if self.b.len() - self.pos < n {
            return Err(SyntaxError::model(format!("truncated at byte {} (wanted {n} more bytes)", self.pos)));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], SyntaxError> {
        Ok(self.take(N)?.try_into().expect("length checked"))
    }
    pub(crate) fn u8(&mut self) -> Result<u8, SyntaxError> {
        Ok(self.take(1)?[0])
    }
    pub(crate) fn u32(&mut self) -> Result<u32, SyntaxError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, SyntaxError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    pub(crate) fn i16(&mut self) -> Result<i16, SyntaxError> {
        Ok(i16::from_le_bytes(self.arr()?))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, SyntaxError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    /// A count of items of at least `min` bytes each, checked against what
    /// is left so a corrupt count cannot cause a huge allocation.
    pub(crate) fn count(&mut self, min: usize) -> Result<usize, SyntaxError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min) > self.b.len() - self.pos {
            return Err(SyntaxError::model(format!("implausible count {n} at byte {}", self.pos - 4)));
        }
        Ok(n)
    }
    pub(crate) fn str(&mut self) -> Result<String, SyntaxError> {
        let n = self.count(1)?;
        String::from_utf8(self.take(n)?.to_vec())
            .map_err(|_| SyntaxError::model(format!("invalid utf-8 string before byte {}", self.pos)))
    }
}

pub(crate) fn checksum(b: &[u8]) -> u64 {
    hash_bytes(b.iter().copied())
}
