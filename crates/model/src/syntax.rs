//! The syntax layer: a universal part of speech and a dependency head and
//! relation for each token (Universal Dependencies v2, the universal part of
//! each relation only: `nmod`, not `nmod:poss`).

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! closed_set {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in a fixed order (the index used by models).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The Universal Dependencies spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the Universal Dependencies spelling (exact case).
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// Position in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

closed_set! {
    /// Universal part-of-speech tag (UPOS).
    Upos {
        Adj => "ADJ", Adp => "ADP", Adv => "ADV", Aux => "AUX", Cconj => "CCONJ", Det => "DET",
        Intj => "INTJ", Noun => "NOUN", Num => "NUM", Part => "PART", Pron => "PRON", Propn => "PROPN",
        Punct => "PUNCT", Sconj => "SCONJ", Sym => "SYM", Verb => "VERB", X => "X",
    }
}

closed_set! {
    /// Universal dependency relation (without language-specific subtypes).
    DepRel {
        Acl => "acl", Advcl => "advcl", Advmod => "advmod", Amod => "amod", Appos => "appos",
        Aux => "aux", Case => "case", Cc => "cc", Ccomp => "ccomp", Clf => "clf",
        Compound => "compound", Conj => "conj", Cop => "cop", Csubj => "csubj", Dep => "dep",
        Det => "det", Discourse => "discourse", Dislocated => "dislocated", Expl => "expl",
        Fixed => "fixed", Flat => "flat", Goeswith => "goeswith", Iobj => "iobj", List => "list",
        Mark => "mark", Nmod => "nmod", Nsubj => "nsubj", Nummod => "nummod", Obj => "obj",
        Obl => "obl", Orphan => "orphan", Parataxis => "parataxis", Punct => "punct",
        Reparandum => "reparandum", Root => "root", Vocative => "vocative", Xcomp => "xcomp",
    }
}

/// The syntax of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSyntax {
    pub upos: Upos,
    /// Index of the head token in [`crate::Document::tokens`], in the same
    /// sentence; `None` for the sentence's root.
    pub head: Option<usize>,
    pub rel: DepRel,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for &u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
            assert_eq!(Upos::ALL[u.index()], u);
        }
        for &r in DepRel::ALL {
            assert_eq!(DepRel::parse(r.as_str()), Some(r));
            assert_eq!(DepRel::ALL[r.index()], r);
        }
        assert_eq!(Upos::parse("noun"), None);
        assert_eq!(DepRel::parse("nmod:poss"), None);
        assert_eq!(serde_json::to_string(&DepRel::Nsubj).unwrap(), "\"nsubj\"");
    }

    #[test]
    fn documents_without_the_layer_serialise_as_before() {
        let mut doc = crate::Document::new("Text.".into(), crate::Metadata::default());
        let json = serde_json::to_value(&doc).unwrap();
        assert!(json.get("syntax").is_none());
        // a stored document from before the layer existed still reads
        let back: crate::Document = serde_json::from_value(json).unwrap();
        assert!(back.syntax.is_empty());
        doc.syntax.push(TokenSyntax { upos: Upos::Noun, head: None, rel: DepRel::Root });
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["syntax"][0]["rel"], "root");
        assert_eq!(serde_json::from_value::<crate::Document>(json).unwrap(), doc);
    }
}
