//! Stable 64-bit hashing of strings and feature keys.
//!
//! Features are identified by a 64-bit hash of (template, values) instead of an
//! interned string: extraction then allocates nothing per token, and the model
//! file stores one `u64` per feature. The functions here are fixed (FNV-1a with
//! a SplitMix finaliser, and an Fx-style combiner), never `std`'s randomised
//! hasher, because saved models depend on them being identical across runs,
//! platforms and compiler versions.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// SplitMix64 finaliser: spreads the bits of an FNV or combined hash.
#[inline]
pub(crate) fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Incremental FNV-1a over characters, so callers can hash a transformed
/// string (lower-cased, shape-mapped, a prefix) without building it.
#[derive(Clone, Copy)]
pub(crate) struct StrHasher(u64);

impl StrHasher {
    #[inline]
    pub(crate) fn new() -> Self {
        StrHasher(FNV_OFFSET)
    }

    #[inline]
    pub(crate) fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }

    #[inline]
    pub(crate) fn finish(self) -> u64 {
        finish(self.0)
    }
}

/// Hashes a string as-is.
#[inline]
pub(crate) fn str_hash(s: &str) -> u64 {
    let mut h = StrHasher::new();
    for c in s.chars() {
        h.push(c);
    }
    h.finish()
}

/// Combines a feature template id with one value.
#[inline]
pub(crate) fn f1(template: u32, a: u64) -> u64 {
    finish((u64::from(template).wrapping_mul(K) ^ a).wrapping_add(K))
}

/// Combines a feature template id with two values (order matters).
#[inline]
pub(crate) fn f2(template: u32, a: u64, b: u64) -> u64 {
    finish(f1(template, a).rotate_left(17) ^ b.wrapping_mul(K))
}

/// Combines a feature template id with three values (order matters).
#[inline]
pub(crate) fn f3(template: u32, a: u64, b: u64, c: u64) -> u64 {
    finish(f2(template, a, b).rotate_left(23) ^ c.wrapping_mul(K))
}

/// A hasher for `HashMap`s keyed by values that are already good hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
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

pub(crate) type BuildIdentity = std::hash::BuildHasherDefault<IdentityHasher>;
pub(crate) type HashMap64<V> = std::collections::HashMap<u64, V, BuildIdentity>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable() {
        // These values are part of the model format: if they change, every
        // saved model silently stops working, so pin them.
        assert_eq!(str_hash(""), finish(FNV_OFFSET));
        assert_eq!(str_hash("Reuters"), 11_177_087_828_183_494_147);
        assert_eq!(f2(7, 1, 2), 15_013_306_149_737_211_572);
        assert_ne!(str_hash("Reuters"), str_hash("reuters"));
        assert_ne!(f2(1, 2, 3), f2(1, 3, 2));
        assert_ne!(f1(1, 5), f1(2, 5));
    }
}
