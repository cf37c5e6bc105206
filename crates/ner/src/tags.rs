//! Entity types, spans and the BILOU label set used inside the tagger.
//!
//! The data speaks IOB (CoNLL-2003 uses IOB1, many copies use IOB2); the tagger
//! speaks BILOU (Begin, Inside, Last, Unit, Outside) because explicit ends and
//! single-token units give the perceptron sharper decisions (Ratinov & Roth
//! 2009 measured BILOU above BIO on CoNLL). Conversion happens only at the
//! edges: gold data is read into [`Span`]s, and spans are encoded to labels for
//! training and decoded from the Viterbi path afterwards.

use serde::Serialize;

/// The four CoNLL-2003 entity types. Finer types (GPE, EQUIPMENT, EVENT) are
/// the job of later pipeline layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityType {
    /// All types, in label order.
    pub const ALL: [EntityType; 4] = [EntityType::Per, EntityType::Org, EntityType::Loc, EntityType::Misc];

    /// The CoNLL name ("PER", "ORG", "LOC", "MISC").
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    /// Parses a CoNLL type name.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "PER" => Some(EntityType::Per),
            "ORG" => Some(EntityType::Org),
            "LOC" => Some(EntityType::Loc),
            "MISC" => Some(EntityType::Misc),
            _ => None,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity mention: token indices `[start, end)` within one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub ty: EntityType,
    /// Confidence in `[0, 1]`: the mean over the span's tokens of a softmax over
    /// the label scores. A perceptron is not calibrated, so read it as a rank.
    pub score: f32,
}

/// Number of BILOU labels: O plus B, I, L, U for each of the four types.
pub(crate) const NUM_LABELS: usize = 17;

/// Position of a token within an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    B = 0,
    I = 1,
    L = 2,
    U = 3,
}

/// Label index for (type, part); `0` is O.
#[inline]
pub(crate) fn label(ty: EntityType, part: Part) -> usize {
    1 + ty.index() * 4 + part as usize
}

/// Splits a label index into (type, part), or `None` for O.
#[inline]
pub(crate) fn unlabel(l: usize) -> Option<(EntityType, Part)> {
    if l == 0 || l >= NUM_LABELS {
        return None;
    }
    let ty = EntityType::ALL[(l - 1) / 4];
    let part = match (l - 1) % 4 {
        0 => Part::B,
        1 => Part::I,
        2 => Part::L,
        _ => Part::U,
    };
    Some((ty, part))
}

/// Whether label `b` may follow label `a` in a well-formed BILOU sequence.
/// `a == None` means the start of the sentence.
pub(crate) fn allowed(a: Option<usize>, b: usize) -> bool {
    let open = a.and_then(unlabel).filter(|(_, p)| matches!(p, Part::B | Part::I));
    match (open, unlabel(b)) {
        // Inside an entity, only its own I or L may come next.
        (Some((t, _)), Some((u, Part::I | Part::L))) => t == u,
        (Some(_), _) => false,
        // Outside an entity, I and L cannot come next.
        (None, Some((_, Part::I | Part::L))) => false,
        (None, _) => true,
    }
}

/// Whether a sentence may end on label `a`.
pub(crate) fn allowed_end(a: usize) -> bool {
    !matches!(unlabel(a), Some((_, Part::B | Part::I)))
}

/// Encodes spans (assumed non-overlapping) as BILOU labels for `n` tokens.
pub(crate) fn encode(spans: &[Span], n: usize) -> Vec<u8> {
    let mut out = vec![0u8; n];
    for s in spans {
        if s.start >= s.end || s.end > n {
            continue;
        }
        if s.end - s.start == 1 {
            out[s.start] = label(s.ty, Part::U) as u8;
        } else {
            out[s.start] = label(s.ty, Part::B) as u8;
            for o in &mut out[s.start + 1..s.end - 1] {
                *o = label(s.ty, Part::I) as u8;
            }
            out[s.end - 1] = label(s.ty, Part::L) as u8;
        }
    }
    out
}

/// Decodes a BILOU label sequence into spans. It is lenient, so that it also
/// makes sense of sequences that were not produced by constrained decoding:
/// any B or U opens a span, and an entity ends at L, U, O or a change of type.
pub(crate) fn decode(labels: &[u8]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &l) in labels.iter().enumerate() {
        match unlabel(l as usize) {
            None => {
                if let Some((s, t)) = open.take() {
                    out.push((s, i, t));
                }
            }
            Some((t, part)) => {
                let continues = matches!(open, Some((_, ot)) if ot == t) && matches!(part, Part::I | Part::L);
                if !continues {
                    if let Some((s, ot)) = open.take() {
                        out.push((s, i, ot));
                    }
                    open = Some((i, t));
                }
                if matches!(part, Part::L | Part::U) {
                    let (s, ot) = open.take().expect("opened above");
                    out.push((s, i + 1, ot));
                }
            }
        }
    }
    if let Some((s, t)) = open {
        out.push((s, labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, ty: EntityType) -> Span {
        Span { start, end, ty, score: 1.0 }
    }

    #[test]
    fn encode_decode_round_trip() {
        let spans = [span(0, 1, EntityType::Org), span(2, 5, EntityType::Per), span(5, 7, EntityType::Loc)];
        let labels = encode(&spans, 8);
        let back = decode(&labels);
        assert_eq!(back, vec![(0, 1, EntityType::Org), (2, 5, EntityType::Per), (5, 7, EntityType::Loc)]);
    }

    #[test]
    fn label_table_is_consistent() {
        for ty in EntityType::ALL {
            for part in [Part::B, Part::I, Part::L, Part::U] {
                assert_eq!(unlabel(label(ty, part)), Some((ty, part)));
            }
        }
        assert_eq!(unlabel(0), None);
    }

    #[test]
    fn transitions_follow_bilou() {
        let b_per = label(EntityType::Per, Part::B);
        let l_per = label(EntityType::Per, Part::L);
        let l_org = label(EntityType::Org, Part::L);
        assert!(allowed(Some(b_per), l_per));
        assert!(!allowed(Some(b_per), l_org));
        assert!(!allowed(Some(b_per), 0));
        assert!(!allowed(None, l_per));
        assert!(allowed(Some(l_per), b_per));
        assert!(!allowed_end(b_per));
    }

    #[test]
    fn lenient_decoding_of_broken_sequences() {
        let i_per = label(EntityType::Per, Part::I) as u8;
        // A stray I opens a span and O closes it.
        assert_eq!(decode(&[0, i_per, i_per, 0]), vec![(1, 3, EntityType::Per)]);
    }
}
