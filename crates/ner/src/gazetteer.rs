//! Gazetteers: lists of multi-word names by class, matched against token sequences.
//!
//! An entry is a sequence of normalised words (lower-cased, digits as `0`) stored
//! as one 64-bit hash of the sequence, so matching is a handful of hash-table
//! probes per token and no strings are built. A match marks each token it
//! covers with a bit for (class, position in the match: B, I, L or U); the
//! tagger turns those bits into features, so the model learns how far to trust
//! each list rather than the lists deciding anything themselves. The lists are
//! compiled into the model file, making a model self-contained.
//!
//! Source files are plain text, one entry per line, `CLASS<TAB>words…`, with
//! `#` comments; they are produced by a checked-in script (see README.md).

use std::io::BufRead;
use std::path::Path;

use crate::error::NerError;
use crate::features::TokInfo;
use crate::hash::{HashMap64, f1, f2};

/// Most classes a gazetteer may have: 16 classes × 4 positions fill a `u64`.
pub const MAX_CLASSES: usize = 16;
/// Longest entry, in tokens, that is matched.
pub const MAX_LEN: usize = 6;

/// A compiled gazetteer.
#[derive(Default, Clone, Debug, PartialEq)]
pub struct Gazetteer {
    pub(crate) classes: Vec<String>,
    /// Sequence hash → bitset of classes.
    pub(crate) entries: HashMap64<u16>,
}

#[inline]
fn seq_start(lower: u64) -> u64 {
    f1(90, lower)
}

#[inline]
fn seq_next(h: u64, lower: u64) -> u64 {
    f2(91, h, lower)
}

impl Gazetteer {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Class names, in bit order.
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// Adds one entry given as whitespace-separated words.
    pub fn insert(&mut self, class: &str, words: &str) -> Result<(), String> {
        let c = match self.classes.iter().position(|c| c == class) {
            Some(c) => c,
            None if self.classes.len() < MAX_CLASSES => {
                self.classes.push(class.to_string());
                self.classes.len() - 1
            }
            None => return Err(format!("more than {MAX_CLASSES} gazetteer classes")),
        };
        let mut h = None;
        let mut n = 0;
        for w in words.split_whitespace() {
            let l = TokInfo::new(w).lower;
            h = Some(match h {
                None => seq_start(l),
                Some(p) => seq_next(p, l),
            });
            n += 1;
        }
        if n == 0 || n > MAX_LEN {
            return Ok(());
        }
        *self.entries.entry(h.expect("n > 0")).or_default() |= 1 << c;
        Ok(())
    }

    /// Reads every `*.txt` file of a directory, in name order (so that class
    /// numbering, and hence the model, does not depend on directory order).
    pub fn read_dir(dir: &Path) -> Result<Gazetteer, NerError> {
        let rd = std::fs::read_dir(dir).map_err(|e| NerError::io(dir, e))?;
        let mut paths = Vec::new();
        for e in rd {
            let p = e.map_err(|e| NerError::io(dir, e))?.path();
            if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
        paths.sort();
        let mut g = Gazetteer::default();
        for p in paths {
            g.read_file(&p)?;
        }
        Ok(g)
    }

    /// Adds the entries of one `CLASS<TAB>words` file.
    pub fn read_file(&mut self, path: &Path) -> Result<(), NerError> {
        let f = std::fs::File::open(path).map_err(|e| NerError::io(path, e))?;
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|e| NerError::io(path, e))?;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| NerError::Resource { path: path.to_path_buf(), line: i + 1, message };
            let (class, words) = line.split_once('\t').ok_or_else(|| err("expected CLASS<TAB>words".to_string()))?;
            self.insert(class.trim(), words).map_err(err)?;
        }
        Ok(())
    }

    /// The classes (bitset in [`Gazetteer::classes`] order) of the entry that
    /// is exactly `words`, or 0. Matching normalises words as the tagger
    /// does (lower case, digits as `0`), so "PARIS" finds "Paris". Callers
    /// outside the tagger (the entity stage's place typing) use it to reuse
    /// the model's lists rather than shipping second copies.
    pub fn lookup<S: AsRef<str>>(&self, words: &[S]) -> u16 {
        if words.is_empty() || words.len() > MAX_LEN {
            return 0;
        }
        let mut h = seq_start(TokInfo::new(words[0].as_ref()).lower);
        for w in &words[1..] {
            h = seq_next(h, TokInfo::new(w.as_ref()).lower);
        }
        self.entries.get(&h).copied().unwrap_or(0)
    }

    /// Whether the entry that is exactly `words` belongs to class `class`.
    pub fn contains<S: AsRef<str>>(&self, class: &str, words: &[S]) -> bool {
        match self.classes.iter().position(|c| c == class) {
            Some(c) => self.lookup(words) & (1 << c) != 0,
            None => false,
        }
    }

    /// Marks each token with (class, position) bits for every entry it is part of.
    pub(crate) fn match_bits(&self, toks: &[TokInfo], out: &mut Vec<u64>) {
        out.clear();
        out.resize(toks.len(), 0);
        if self.entries.is_empty() {
            return;
        }
        for s in 0..toks.len() {
            let mut h = seq_start(toks[s].lower);
            for e in s..toks.len().min(s + MAX_LEN) {
                if e > s {
                    h = seq_next(h, toks[e].lower);
                }
                let Some(&classes) = self.entries.get(&h) else {
                    continue;
                };
                let mut cs = classes;
                while cs != 0 {
                    let c = cs.trailing_zeros() as usize;
                    cs &= cs - 1;
                    let base = c * 4;
                    if e == s {
                        out[s] |= 1 << (base + 3);
                    } else {
                        out[s] |= 1 << base;
                        for o in &mut out[s + 1..e] {
                            *o |= 1 << (base + 1);
                        }
                        out[e] |= 1 << (base + 2);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_multiword_entries_with_positions() {
        let mut g = Gazetteer::default();
        g.insert("loc", "New York").unwrap();
        g.insert("loc", "York").unwrap();
        g.insert("per", "John").unwrap();
        let toks: Vec<TokInfo> = ["JOHN", "went", "to", "New", "York"].iter().map(|s| TokInfo::new(s)).collect();
        let mut bits = Vec::new();
        g.match_bits(&toks, &mut bits);
        // "per" is class 1: U bit = 4 + 3.
        assert_eq!(bits[0], 1 << 7);
        assert_eq!(bits[1], 0);
        // "New York": B of class 0; "York": L of class 0 and U of class 0.
        assert_eq!(bits[3], 1 << 0);
        assert_eq!(bits[4], (1 << 2) | (1 << 3));
    }

    #[test]
    fn looks_up_exact_entries_by_class() {
        let mut g = Gazetteer::default();
        g.insert("city", "New York").unwrap();
        g.insert("country", "Georgia").unwrap();
        g.insert("region", "Georgia").unwrap();
        assert!(g.contains("city", &["NEW", "york"]));
        assert!(!g.contains("city", &["York"]));
        assert!(g.contains("region", &["Georgia"]) && g.contains("country", &["Georgia"]));
        assert_eq!(g.lookup(&["Georgia"]), 0b110);
        assert!(!g.contains("nope", &["Georgia"]));
        assert_eq!(g.lookup::<&str>(&[]), 0);
    }
}
