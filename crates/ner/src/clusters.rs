//! Word clusters: a hierarchical (Brown-style) bit-string path per word.
//!
//! A word's cluster path is a sequence of binary decisions; prefixes of it at
//! several lengths (4, 6, 10, 20, as in Ratinov & Roth 2009) group words at
//! several granularities, so that a rare name can borrow the weights of common
//! words that occur in the same contexts. The tagger sees the prefix hashes;
//! the paths themselves are stored in the model file so it is self-contained.
//!
//! The input format is that of Liang's `wcluster` output, `PATH<TAB>word[<TAB>count]`,
//! which the `clusters` command of the `ner` example writes (see [`crate::cluster_build`]).

use std::io::BufRead;
use std::path::Path;

use crate::error::NerError;
use crate::features::lower_hash;
use crate::hash::{HashMap64, f1};

/// Prefix lengths used as features.
pub const PREFIXES: [u8; 4] = [4, 6, 10, 20];

/// Cluster paths keyed by normalised word hash.
#[derive(Default, Clone, Debug, PartialEq)]
pub struct Clusters {
    /// word hash → (path bits, path length); bit 0 is the first decision.
    pub(crate) paths: HashMap64<(u64, u8)>,
    /// word hash → prefix hashes, derived from `paths`.
    pub(crate) prefixes: HashMap64<[u64; 4]>,
}

impl Clusters {
    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// Whether no word has a cluster.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// Adds a word with its path given as a string of `0`/`1` (at most 64).
    pub fn insert(&mut self, word: &str, path: &str) -> Result<(), String> {
        if path.len() > 64 || !path.bytes().all(|b| b == b'0' || b == b'1') {
            return Err(format!("invalid cluster path {path:?}"));
        }
        let mut bits = 0u64;
        for (i, b) in path.bytes().enumerate() {
            if b == b'1' {
                bits |= 1 << i;
            }
        }
        self.insert_bits(lower_hash(word), bits, path.len() as u8);
        Ok(())
    }

    pub(crate) fn insert_bits(&mut self, key: u64, bits: u64, len: u8) {
        // The first spelling wins when two words normalise alike ("US", "us"),
        // which keeps the map independent of anything but file order.
        if self.paths.contains_key(&key) {
            return;
        }
        self.paths.insert(key, (bits, len));
        let mut pre = [0u64; 4];
        for (k, &p) in PREFIXES.iter().enumerate() {
            let l = p.min(len);
            let mask = if l >= 64 { u64::MAX } else { (1u64 << l) - 1 };
            pre[k] = f1(100 + u32::from(l), bits & mask);
        }
        self.prefixes.insert(key, pre);
    }

    /// Reads a `PATH<TAB>word[<TAB>count]` file.
    pub fn read(path: &Path) -> Result<Clusters, NerError> {
        let f = std::fs::File::open(path).map_err(|e| NerError::io(path, e))?;
        let mut c = Clusters::default();
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|e| NerError::io(path, e))?;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| NerError::Resource { path: path.to_path_buf(), line: i + 1, message };
            let mut it = line.split('\t');
            let (Some(p), Some(w)) = (it.next(), it.next()) else {
                return Err(err("expected PATH<TAB>word".to_string()));
            };
            c.insert(w, p).map_err(err)?;
        }
        Ok(c)
    }
}
