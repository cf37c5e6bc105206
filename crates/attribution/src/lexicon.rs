//! The language data of the stage: cue verbs, nominal cues, hedges and
//! evidence nouns, parsed once from the tab-separated files under `data/`.
//!
//! The files are compiled in with `include_str!` so that the stage needs no
//! files at run time; they stay plain text so that a linguist can extend
//! them without touching code. Lookups are by lower-cased word.

use dossier_model::{CertaintyLevel, EvidenceKind, SpeechAct};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One cue verb form.
#[derive(Debug, Clone)]
pub struct CueVerb {
    pub lemma: String,
    pub act: SpeechAct,
    /// Takes a recipient before its content ("told reporters that").
    pub recipient: bool,
    /// Takes an infinitive content ("urged allies to").
    pub infinitive: bool,
    /// The form needs a following "for" ("called for").
    pub needs_for: bool,
    /// The verb is a cue only before "that".
    pub needs_that: bool,
    /// The form is one of the tagger's features (lexicon membership). Verbs
    /// added after the shipped model was trained are rules-only (flag `n`)
    /// until it is trained again, so that the model sees the inputs it was
    /// trained on.
    pub tagger_feature: bool,
}

#[derive(Debug, Clone)]
pub struct NominalCue {
    pub lemma: String,
    pub act: SpeechAct,
}

pub struct Lexicon {
    pub verbs: HashMap<String, CueVerb>,
    /// Verbs that only name the speech act of a cue found by the tagger
    /// (flag `a`: "ordered" a directive, "attributed" an accusation); no
    /// rule takes them as cues and the tagger does not see them.
    pub act_verbs: HashMap<String, CueVerb>,
    pub nominals: HashMap<String, NominalCue>,
    /// Hedge phrases as lower-case word sequences with their level, longest first.
    pub hedges: Vec<(Vec<String>, CertaintyLevel)>,
    /// Evidence phrases as lower-case word sequences with their kind, longest first.
    pub evidence: Vec<(Vec<String>, EvidenceKind)>,
    /// Evidence phrases that are items only when listed with another item
    /// (flag `l`: "communications between").
    pub listed_evidence: Vec<(Vec<String>, EvidenceKind)>,
    /// Forms of verbs of material acts and nouns of deeds decided or taken
    /// (`data/deed_verbs.tsv`: "expelled", "imposed", "decision"), never a
    /// way of saying something.
    pub deeds: std::collections::HashSet<String>,
}

pub fn act_from_str(s: &str) -> SpeechAct {
    match s {
        "assert" => SpeechAct::Assert,
        "deny" => SpeechAct::Deny,
        "accuse" => SpeechAct::Accuse,
        "request" => SpeechAct::Request,
        "assure" => SpeechAct::Assure,
        "warn" => SpeechAct::Warn,
        "reveal" => SpeechAct::Reveal,
        "confirm" => SpeechAct::Confirm,
        "believe" => SpeechAct::Believe,
        "report" => SpeechAct::Report,
        "threaten" => SpeechAct::Threaten,
        "promise" => SpeechAct::Promise,
        _ => SpeechAct::Other,
    }
}

fn evidence_kind(s: &str) -> EvidenceKind {
    match s {
        "physical" => EvidenceKind::Physical,
        "imagery" => EvidenceKind::Imagery,
        "document" => EvidenceKind::Document,
        "testimony" => EvidenceKind::Testimony,
        "signals" => EvidenceKind::Signals,
        _ => EvidenceKind::Other,
    }
}

fn data_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(|w| w.to_lowercase()).collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut verbs = HashMap::new();
        let mut act_verbs = HashMap::new();
        for cols in data_lines(include_str!("../data/cue_verbs.tsv")) {
            if cols.len() < 4 {
                continue;
            }
            for form in cols[3].split_whitespace() {
                let (word, needs_for) = match form.strip_suffix("_for") {
                    Some(w) => (w, true),
                    None => (form, false),
                };
                let map = if cols[2].contains('a') { &mut act_verbs } else { &mut verbs };
                map.insert(
                    word.to_string(),
                    CueVerb {
                        lemma: cols[0].to_string(),
                        act: act_from_str(cols[1]),
                        recipient: cols[2].contains('r'),
                        infinitive: cols[2].contains('i'),
                        needs_for,
                        needs_that: cols[2].contains('t'),
                        tagger_feature: !cols[2].contains('n'),
                    },
                );
            }
        }
        let mut nominals = HashMap::new();
        for cols in data_lines(include_str!("../data/nominal_cues.tsv")) {
            if cols.len() < 3 {
                continue;
            }
            for form in cols[0].split_whitespace() {
                nominals
                    .insert(form.to_string(), NominalCue { lemma: cols[1].to_string(), act: act_from_str(cols[2]) });
            }
        }
        let mut hedges: Vec<(Vec<String>, CertaintyLevel)> = data_lines(include_str!("../data/hedges.tsv"))
            .filter(|c| c.len() >= 2)
            .filter_map(|c| CertaintyLevel::parse(c[0]).map(|l| (words(c[1]), l)))
            .collect();
        hedges.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        let (listed, plain): (Vec<_>, Vec<_>) = data_lines(include_str!("../data/evidence.tsv"))
            .filter(|c| c.len() >= 2)
            .map(|c| (c.get(2).is_some_and(|f| f.contains('l')), (words(c[1]), evidence_kind(c[0]))))
            .partition(|(listed, _)| *listed);
        // longest phrases first
        let longest_first = |v: Vec<(bool, (Vec<String>, EvidenceKind))>| {
            let mut v: Vec<(Vec<String>, EvidenceKind)> = v.into_iter().map(|(_, e)| e).collect();
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
            v
        };
        let deeds = data_lines(include_str!("../data/deed_verbs.tsv"))
            .filter(|c| c.len() >= 2)
            .flat_map(|c| c[1].split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .collect();
        Lexicon {
            deeds,
            verbs,
            act_verbs,
            nominals,
            hedges,
            evidence: longest_first(plain),
            listed_evidence: longest_first(listed),
        }
    }
}

/// The lexicon, parsed on first use and shared by all threads.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        let lex = lexicon();
        assert_eq!(lex.verbs["told"].lemma, "tell");
        assert!(lex.verbs["told"].recipient);
        assert_eq!(lex.verbs["denied"].act, SpeechAct::Deny);
        assert!(lex.verbs["called"].needs_for);
        assert_eq!(lex.nominals["fears"].lemma, "fear");
        assert!(!lex.verbs.contains_key("ordered"));
        assert_eq!(lex.act_verbs["ordered"].act, SpeechAct::Request);
        assert!(lex.deeds.contains("expelled") && !lex.deeds.contains("said"));
        assert!(lex.hedges.iter().any(|(w, l)| w.join(" ") == "highly unlikely" && *l == CertaintyLevel::VeryUnlikely));
        assert!(lex.evidence.iter().any(|(w, k)| w.join(" ") == "satellite images" && *k == EvidenceKind::Imagery));
    }
}
