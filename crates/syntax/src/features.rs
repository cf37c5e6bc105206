//! Feature templates of the three classifiers.
//!
//! Words are seen through a few precomputed hashes per token: the lower-cased
//! form with digits mapped to `0`, suffixes and a prefix, and a collapsed
//! shape (`Xx`, `d.d`, `x-x`). Parts of speech are small integers (the UPOS
//! index, plus `NONE` for an empty position and `ROOT` for the root).

use crate::linear::{HashMap64, f1, f2, f3, f4, hash_bytes};

/// Word clusters: normalised word hash → (path bits, path length).
pub(crate) type Clusters = HashMap64<(u32, u8)>;

pub(crate) const NONE: u8 = 17;
pub(crate) const ROOT: u8 = 18;
pub(crate) const NO_TOKEN: u32 = u32::MAX;

/// Precomputed hashes of one token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) word: u64,
    pub(crate) suf1: u64,
    pub(crate) suf2: u64,
    pub(crate) suf3: u64,
    pub(crate) suf4: u64,
    pub(crate) pre1: u64,
    pub(crate) pre2: u64,
    pub(crate) shape: u64,
    pub(crate) cap: bool,
    pub(crate) hyphen: bool,
    pub(crate) digit: bool,
    /// Cluster path prefixes of 4 and 8 bits and the whole path (hashes).
    pub(crate) c4: u64,
    pub(crate) c8: u64,
    pub(crate) call: u64,
}

const W_NONE: u64 = 0x51ed_27a1_0000_0001;
const W_ROOT: u64 = 0x51ed_27a1_0000_0002;

impl Tok {
    /// The normalised word hash a cluster file entry is keyed by.
    pub(crate) fn key(form: &str) -> u64 {
        Tok::new(form, &Clusters::default()).word
    }

    pub(crate) fn new(form: &str, clusters: &Clusters) -> Tok {
        let mut lower: Vec<char> = Vec::with_capacity(form.len());
        let mut shape: Vec<u8> = Vec::with_capacity(8);
        let (mut cap, mut hyphen, mut digit) = (false, false, false);
        for (i, c) in form.chars().enumerate() {
            let s = if c.is_uppercase() {
                if i == 0 {
                    cap = true;
                }
                b'X'
            } else if c.is_lowercase() {
                b'x'
            } else if c.is_ascii_digit() {
                digit = true;
                b'd'
            } else {
                if c == '-' {
                    hyphen = true;
                }
                if c.is_ascii() { c as u8 } else { b'*' }
            };
            if shape.last() != Some(&s) && shape.len() < 8 {
                shape.push(s);
            }
            if c.is_ascii_digit() {
                lower.push('0');
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        // typographic quotes and apostrophes read like their ASCII forms
        for c in &mut lower {
            *c = match *c {
                '’' | '‘' => '\'',
                '“' | '”' => '"',
                x => x,
            };
        }
        let h = |cs: &[char]| hash_bytes(cs.iter().flat_map(|c| (*c as u32).to_le_bytes()));
        let n = lower.len();
        let suf = |k: usize| if n > k { h(&lower[n - k..]) } else { W_NONE ^ k as u64 };
        let pre = |k: usize| if n > k { h(&lower[..k]) } else { W_NONE ^ (k as u64) << 8 };
        let word = h(&lower);
        let (c4, c8, call) = match clusters.get(&word) {
            Some(&(bits, len)) => {
                let pre = |k: u8| {
                    let k = k.min(len);
                    f2(900, u64::from(k), u64::from(bits >> (len - k)))
                };
                (pre(4), pre(8), pre(32))
            }
            None => (W_NONE ^ 4, W_NONE ^ 8, W_NONE ^ 32),
        };
        Tok {
            word,
            c4,
            c8,
            call,
            suf1: suf(1),
            suf2: suf(2),
            suf3: suf(3),
            suf4: suf(4),
            pre1: pre(1),
            pre2: pre(2),
            shape: hash_bytes(shape.iter().copied()),
            cap,
            hyphen,
            digit,
        }
    }
}

/// Tagger features of token `i` given the tags already chosen to its left.
pub(crate) fn tagger_features(toks: &[Tok], tags: &[u8], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let w = |j: isize| -> u64 {
        if j < 0 || j as usize >= toks.len() { W_NONE ^ j.unsigned_abs() as u64 } else { toks[j as usize].word }
    };
    let t = |j: isize| -> u64 { if j < 0 { u64::from(NONE) } else { u64::from(tags[j as usize]) } };
    let ii = i as isize;
    let x = &toks[i];
    out.push(f1(1, 0));
    out.push(f1(2, x.word));
    out.push(f1(3, x.suf1));
    out.push(f1(4, x.suf2));
    out.push(f1(5, x.suf3));
    out.push(f1(6, x.suf4));
    out.push(f1(7, x.pre1));
    out.push(f1(8, x.pre2));
    out.push(f1(9, x.shape));
    out.push(f1(10, w(ii - 1)));
    out.push(f1(11, w(ii + 1)));
    out.push(f1(12, w(ii - 2)));
    out.push(f1(13, w(ii + 2)));
    let sfx = |j: isize| if j < 0 || j as usize >= toks.len() { W_NONE } else { toks[j as usize].suf3 };
    out.push(f1(14, sfx(ii - 1)));
    out.push(f1(15, sfx(ii + 1)));
    out.push(f1(16, t(ii - 1)));
    out.push(f2(17, t(ii - 1), t(ii - 2)));
    out.push(f2(18, t(ii - 1), x.word));
    out.push(f2(19, w(ii - 1), x.word));
    out.push(f2(20, x.word, w(ii + 1)));
    out.push(f2(21, t(ii - 1), x.suf3));
    out.push(f3(22, u64::from(i == 0), u64::from(x.cap), x.shape));
    out.push(f3(23, u64::from(x.hyphen), u64::from(x.digit), u64::from(x.cap)));
    out.push(f2(24, t(ii - 1), w(ii + 1)));
    out.push(f2(25, x.suf3, w(ii + 1)));
    let c = |j: isize, k: u8| -> u64 {
        if j < 0 || j as usize >= toks.len() {
            W_NONE
        } else {
            let t = &toks[j as usize];
            match k {
                4 => t.c4,
                8 => t.c8,
                _ => t.call,
            }
        }
    };
    out.push(f1(26, x.c4));
    out.push(f1(27, x.c8));
    out.push(f1(28, x.call));
    out.push(f1(29, c(ii - 1, 8)));
    out.push(f1(30, c(ii + 1, 8)));
    out.push(f2(31, t(ii - 1), x.c8));
    out.push(f2(32, x.call, c(ii + 1, 4)));
    let suf2 = |j: isize| if j < 0 || j as usize >= toks.len() { W_NONE } else { toks[j as usize].suf2 };
    out.push(f2(33, x.word, suf2(ii + 1)));
    out.push(f2(34, x.word, c(ii + 1, 8)));
    out.push(f2(35, x.word, c(ii - 1, 8)));
}

/// The state of the arc-hybrid transition system (Kuhlmann et al. 2011):
/// a stack with the root at its bottom, a buffer of the words not yet
/// shifted, and the arcs made so far. Words are 1-based; 0 is the root.
pub(crate) struct State {
    pub(crate) n: usize,
    pub(crate) stack: Vec<u32>,
    /// First word of the buffer; the buffer is empty when `b > n`.
    pub(crate) b: usize,
    pub(crate) heads: Vec<u32>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
}

pub(crate) const SHIFT: usize = 0;
pub(crate) const LEFT: usize = 1;
pub(crate) const RIGHT: usize = 2;

impl State {
    pub(crate) fn new(n: usize) -> State {
        let mut stack = Vec::with_capacity(n + 1);
        stack.push(0);
        State {
            n,
            stack,
            b: 1,
            heads: vec![NO_TOKEN; n + 1],
            lc1: vec![NO_TOKEN; n + 1],
            lc2: vec![NO_TOKEN; n + 1],
            rc1: vec![NO_TOKEN; n + 1],
            rc2: vec![NO_TOKEN; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
        }
    }

    pub(crate) fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, k: usize) -> u32 {
        let l = self.stack.len();
        if k < l { self.stack[l - 1 - k] } else { NO_TOKEN }
    }

    fn buf(&self, k: usize) -> u32 {
        if self.b + k <= self.n { (self.b + k) as u32 } else { NO_TOKEN }
    }

    /// Whether each transition is allowed. One root: the word under the
    /// stack's root attaches to it only once the buffer is empty.
    pub(crate) fn legal(&self) -> [bool; 3] {
        let buffer = self.b <= self.n;
        let l = self.stack.len();
        [buffer, buffer && l >= 2, l >= 2 && (self.s(1) != 0 || !buffer)]
    }

    fn add_arc(&mut self, h: u32, d: u32) {
        let (hi, di) = (h as usize, d as usize);
        self.heads[di] = h;
        if d < h {
            self.nl[hi] = self.nl[hi].saturating_add(1);
            if self.lc1[hi] == NO_TOKEN || d < self.lc1[hi] {
                self.lc2[hi] = self.lc1[hi];
                self.lc1[hi] = d;
            } else if self.lc2[hi] == NO_TOKEN || d < self.lc2[hi] {
                self.lc2[hi] = d;
            }
        } else {
            self.nr[hi] = self.nr[hi].saturating_add(1);
            if self.rc1[hi] == NO_TOKEN || d > self.rc1[hi] {
                self.rc2[hi] = self.rc1[hi];
                self.rc1[hi] = d;
            } else if self.rc2[hi] == NO_TOKEN || d > self.rc2[hi] {
                self.rc2[hi] = d;
            }
        }
    }

    pub(crate) fn apply(&mut self, t: usize) {
        match t {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            LEFT => {
                let d = self.stack.pop().expect("legal");
                self.add_arc(self.b as u32, d);
            }
            _ => {
                let d = self.stack.pop().expect("legal");
                let h = *self.stack.last().expect("legal");
                self.add_arc(h, d);
            }
        }
    }

    /// Gold arcs each transition would make unreachable (the dynamic oracle
    /// of Goldberg & Nivre 2013 for arc-hybrid; exact for projective trees).
    pub(crate) fn costs(&self, gold: &[u32]) -> [u32; 3] {
        let mut c = [0u32; 3];
        let deps_in_buffer = |d: u32| (self.b..=self.n).filter(|&k| gold[k] == d).count() as u32;
        let legal = self.legal();
        let s0 = self.s(0);
        let in_buffer = |x: u32| x != NO_TOKEN && x != 0 && x as usize >= self.b;
        if legal[LEFT] {
            let g = gold[s0 as usize];
            c[LEFT] = deps_in_buffer(s0) + u32::from(g != self.b as u32 && (g == self.s(1) || in_buffer(g)));
        }
        if legal[RIGHT] {
            let g = gold[s0 as usize];
            c[RIGHT] = deps_in_buffer(s0) + u32::from(in_buffer(g));
        }
        if legal[SHIFT] {
            let b0 = self.b as u32;
            let g = gold[self.b];
            let l = self.stack.len();
            c[SHIFT] = self.stack[..l - 1].iter().filter(|&&k| k == g).count() as u32
                + self.stack.iter().filter(|&&k| k != 0 && gold[k as usize] == b0).count() as u32;
        }
        c
    }

    /// Transition-classifier features (after Zhang & Nivre 2011, without
    /// labels: relations are assigned afterwards).
    pub(crate) fn features(&self, toks: &[Tok], tags: &[u8], out: &mut Vec<u64>) {
        out.clear();
        let w = |x: u32| match x {
            NO_TOKEN => W_NONE,
            0 => W_ROOT,
            x => toks[x as usize - 1].word,
        };
        let p = |x: u32| -> u64 {
            u64::from(match x {
                NO_TOKEN => NONE,
                0 => ROOT,
                x => tags[x as usize - 1],
            })
        };
        let ch = |v: &Vec<u32>, x: u32| if x == NO_TOKEN { NO_TOKEN } else { v[x as usize] };
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let (b0, b1, b2) = (self.buf(0), self.buf(1), self.buf(2));
        let (s0l, s0r, s0l2, s0r2) = (ch(&self.lc1, s0), ch(&self.rc1, s0), ch(&self.lc2, s0), ch(&self.rc2, s0));
        let (s1l, s1r) = (ch(&self.lc1, s1), ch(&self.rc1, s1));
        let (b0l, b0l2) = (ch(&self.lc1, b0), ch(&self.lc2, b0));
        let (s0w, s0p, s1w, s1p, b0w, b0p, b1w, b1p) = (w(s0), p(s0), w(s1), p(s1), w(b0), p(b0), w(b1), p(b1));
        let (b2w, b2p, s2p) = (w(b2), p(b2), p(s2));
        let dist = |a: u32, b: u32| -> u64 {
            if a == NO_TOKEN || b == NO_TOKEN || a == 0 {
                return 99;
            }
            match b.abs_diff(a) {
                d @ 0..=4 => u64::from(d),
                5..=6 => 5,
                7..=10 => 6,
                _ => 7,
            }
        };
        let d = dist(s0, b0);
        let d1 = dist(s1, s0);
        let val = |v: &Vec<u8>, x: u32| if x == NO_TOKEN { 99 } else { u64::from(v[x as usize].min(4)) };
        // single words
        out.push(f2(1, s0w, s0p));
        out.push(f1(2, s0w));
        out.push(f1(3, s0p));
        out.push(f2(4, b0w, b0p));
        out.push(f1(5, b0w));
        out.push(f1(6, b0p));
        out.push(f2(7, b1w, b1p));
        out.push(f1(8, b1w));
        out.push(f1(9, b1p));
        out.push(f2(10, b2w, b2p));
        out.push(f1(11, b2w));
        out.push(f1(12, b2p));
        out.push(f2(13, s1w, s1p));
        out.push(f1(14, s1w));
        out.push(f1(15, s1p));
        out.push(f1(16, s2p));
        // pairs
        out.push(f4(20, s0w, s0p, b0w, b0p));
        out.push(f3(21, s0w, s0p, b0w));
        out.push(f3(22, s0w, b0w, b0p));
        out.push(f3(23, s0w, s0p, b0p));
        out.push(f3(24, s0p, b0w, b0p));
        out.push(f2(25, s0w, b0w));
        out.push(f2(26, s0p, b0p));
        out.push(f2(27, b0p, b1p));
        out.push(f4(28, s1w, s1p, s0w, s0p));
        out.push(f2(29, s1w, s0w));
        out.push(f2(30, s1p, s0p));
        out.push(f3(31, s1w, s1p, s0p));
        out.push(f3(32, s1p, s0w, s0p));
        out.push(f2(33, s1w, b0w));
        out.push(f2(34, s1p, b0p));
        // triples of tags
        out.push(f3(40, b0p, b1p, b2p));
        out.push(f3(41, s0p, b0p, b1p));
        out.push(f3(42, s1p, s0p, b0p));
        out.push(f3(43, s0p, p(s0l), b0p));
        out.push(f3(44, s0p, p(s0r), b0p));
        out.push(f3(45, s0p, b0p, p(b0l)));
        out.push(f3(46, s2p, s1p, s0p));
        out.push(f3(47, s1p, s0p, p(s0l)));
        out.push(f3(48, s1p, s0p, p(s0r)));
        out.push(f3(49, s1p, p(s1r), s0p));
        out.push(f3(50, s1p, p(s1l), s0p));
        out.push(f4(51, s1p, s0p, b0p, b1p));
        // distance
        out.push(f2(60, s0w, d));
        out.push(f2(61, s0p, d));
        out.push(f2(62, b0w, d));
        out.push(f2(63, b0p, d));
        out.push(f3(64, s0w, b0w, d));
        out.push(f3(65, s0p, b0p, d));
        out.push(f3(66, s1p, s0p, d1));
        out.push(f3(67, s1w, s0w, d1));
        // valency
        out.push(f2(70, s0w, val(&self.nr, s0)));
        out.push(f2(71, s0p, val(&self.nr, s0)));
        out.push(f2(72, s0w, val(&self.nl, s0)));
        out.push(f2(73, s0p, val(&self.nl, s0)));
        out.push(f2(74, b0w, val(&self.nl, b0)));
        out.push(f2(75, b0p, val(&self.nl, b0)));
        out.push(f2(76, s1p, val(&self.nr, s1)));
        // children
        out.push(f1(80, w(s0l)));
        out.push(f1(81, p(s0l)));
        out.push(f1(82, w(s0r)));
        out.push(f1(83, p(s0r)));
        out.push(f1(84, w(b0l)));
        out.push(f1(85, p(b0l)));
        out.push(f1(86, w(s1r)));
        out.push(f1(87, p(s1r)));
        out.push(f1(88, p(s0l2)));
        out.push(f1(89, p(s0r2)));
        out.push(f1(90, p(b0l2)));
        out.push(f3(91, s0p, p(s0l), p(s0l2)));
        out.push(f3(92, s0p, p(s0r), p(s0r2)));
        out.push(f3(93, b0p, p(b0l), p(b0l2)));
        out.push(f3(94, s1p, p(s1l), p(s1r)));
        // context around the stack's top in the sentence
        let next = |x: u32| if x == NO_TOKEN || x == 0 || x as usize >= self.n { NO_TOKEN } else { x + 1 };
        out.push(f3(100, s0p, p(next(s0)), b0p));
        out.push(f2(101, u64::from(self.b > self.n), s0p));
        let c = |x: u32, full: bool| match x {
            NO_TOKEN => W_NONE,
            0 => W_ROOT,
            x => {
                let t = &toks[x as usize - 1];
                if full { t.call } else { t.c8 }
            }
        };
        out.push(f2(110, c(s0, true), s0p));
        out.push(f2(111, c(b0, true), b0p));
        out.push(f2(112, c(b1, false), b1p));
        out.push(f2(113, c(s1, false), s1p));
        out.push(f4(114, c(s0, false), s0p, c(b0, false), b0p));
        out.push(f3(115, c(s1, false), c(s0, false), d1));
        out.push(f3(116, c(s0, false), c(b0, false), d));
    }
}

/// Relation-labeller features of word `d` (1-based) in a complete tree
/// `heads`, with `labels[..]` of the words to its left already assigned.
pub(crate) fn label_features(
    toks: &[Tok],
    tags: &[u8],
    heads: &[u32],
    labels: &[u8],
    children: &[Vec<u32>],
    d: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = toks.len();
    let w = |x: usize| {
        if x == 0 {
            W_ROOT
        } else if x > n {
            W_NONE
        } else {
            toks[x - 1].word
        }
    };
    let p = |x: usize| -> u64 {
        u64::from(if x == 0 {
            ROOT
        } else if x > n {
            NONE
        } else {
            tags[x - 1]
        })
    };
    let h = heads[d] as usize;
    let dir = u64::from(d < h || h == 0);
    let dist = match d.abs_diff(h) {
        x @ 0..=3 => x as u64,
        4..=6 => 4,
        _ => 5,
    };
    let (dw, dp, hw, hp) = (w(d), p(d), w(h), p(h));
    let gp = if h == 0 { u64::from(NONE) } else { p(heads[h] as usize) };
    // the nearest already-labelled sibling on the same side
    let prev_sib = children[h].iter().rev().find(|&&c| (c as usize) < d && ((c as usize) < h) == (d < h));
    let ps = prev_sib.map_or(99, |&c| u64::from(labels[c as usize]));
    let before = if d > 1 { p(d - 1) } else { u64::from(NONE) };
    let after = p(d + 1);
    out.push(f1(1, 0));
    out.push(f1(2, dw));
    out.push(f1(3, dp));
    out.push(f1(4, hw));
    out.push(f1(5, hp));
    out.push(f2(6, dp, dir));
    out.push(f3(7, dp, hp, dir));
    out.push(f4(8, dp, hp, dir, dist));
    out.push(f3(9, dw, hp, dir));
    out.push(f3(10, dp, hw, dir));
    out.push(f3(11, dw, hw, dir));
    out.push(f1(12, toks[d - 1].suf3));
    out.push(f3(13, dp, hp, ps));
    out.push(f2(14, dp, ps));
    out.push(f3(15, dp, before, after));
    out.push(f4(16, gp, hp, dp, dir));
    out.push(f3(17, hw, dp, dir));
    out.push(f2(18, toks[d - 1].shape, dp));
    let nl = children[d].iter().filter(|&&c| (c as usize) < d).count().min(3) as u64;
    let nr = children[d].iter().filter(|&&c| (c as usize) > d).count().min(3) as u64;
    out.push(f3(19, dp, nl, nr));
    for &c in children[d].iter().take(6) {
        let c = c as usize;
        out.push(f3(20, dp, p(c), u64::from(c < d)));
        out.push(f3(21, dp, w(c), u64::from(c < d)));
    }
    for &c in children[h].iter().take(8) {
        let c = c as usize;
        if c != d {
            out.push(f4(22, dp, hp, p(c), u64::from(c < d)));
        }
    }
    out.push(f3(23, dp, hp, p(h + 1)));
    out.push(f3(24, dp, hp, if h > 1 { p(h - 1) } else { u64::from(NONE) }));
    out.push(f2(25, dw, dir));
    out.push(f2(26, u64::from(toks[d - 1].cap), dp));
    let c = |x: usize| if x == 0 || x > n { W_NONE } else { toks[x - 1].c8 };
    out.push(f3(27, c(d), hp, dir));
    out.push(f3(28, dp, c(h), dir));
    out.push(f3(29, c(d), c(h), dir));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following any zero-cost transition from the start rebuilds a
    /// projective gold tree exactly, and every transition's cost counts the
    /// arcs it loses.
    #[test]
    fn the_dynamic_oracle_rebuilds_projective_trees() {
        // "Officials said on Monday that the troops , who arrived late , left"
        let gold: Vec<u32> = vec![0, 2, 0, 4, 2, 13, 7, 13, 7, 10, 7, 10, 7, 2, 2];
        let gold = &gold[..14];
        for prefer in [[SHIFT, LEFT, RIGHT], [RIGHT, LEFT, SHIFT], [LEFT, RIGHT, SHIFT]] {
            let mut st = State::new(gold.len() - 1);
            while !st.terminal() {
                let legal = st.legal();
                let costs = st.costs(gold);
                let t = *prefer.iter().find(|&&t| legal[t] && costs[t] == 0).expect("a zero-cost transition");
                st.apply(t);
            }
            assert_eq!(&st.heads[1..], &gold[1..], "preferring {prefer:?}");
        }
        // a wrong first move (attach word 1 to word 2 via LEFT when its head is 3) costs one arc
        let gold = [0u32, 3, 3, 0];
        let mut st = State::new(3);
        st.apply(SHIFT);
        assert_eq!(st.costs(&gold)[LEFT], 1);
        assert_eq!(st.costs(&gold)[SHIFT], 0);
    }
}
