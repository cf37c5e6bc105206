//! Sayings an analyst reads in news about states, on invented sentences:
//! which acts are sayings and of what kind, what is no saying, which
//! sayings nest in others, and what is offered as proof.

use dossier_model::{Document, EvidenceKind, SpeechAct};

mod common;
use common::doc;

fn lines(d: &Document) -> Vec<String> {
    d.attributions
        .iter()
        .map(|a| {
            format!(
                "{} | {} | {} | {:?}",
                d.chain(&a.id).join(" → "),
                a.cue.as_ref().map_or("-", |c| d.slice(c.span)),
                d.slice(a.content),
                a.speech_act
            )
        })
        .collect()
}

fn act_of(d: &Document, cue_word: &str) -> Option<SpeechAct> {
    d.attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).split_whitespace().any(|w| w == cue_word)))
        .map(|a| a.speech_act)
}

#[test]
fn an_order_is_a_directive_and_an_attribution_of_blame_an_accusation() {
    for (text, word, act) in [
        ("Norway ordered two Iranian diplomats to leave the country within a week.", "ordered", SpeechAct::Request),
        (
            "Sweden formally attributed a cyberattack on a power plant to a hacking group linked to Iran's intelligence ministry.",
            "attributed",
            SpeechAct::Accuse,
        ),
    ] {
        let d = doc(text);
        // Whether a saying at all is the tagger's call; if it is one, its
        // act is no `other`.
        if let Some(a) = act_of(&d, word) {
            assert_eq!(a, act, "{text}: {:#?}", lines(&d));
        }
    }
}

#[test]
fn an_inquiry_or_a_quarrel_about_a_topic_is_no_saying() {
    for (text, word) in [
        ("Prosecutors are also examining whether the captain tried to hide the damage.", "examining"),
        ("Auditors are investigating how the funds reached the militia.", "investigating"),
        ("The alliance should be planning its defence. Instead, it is arguing about procedure.", "arguing"),
        ("The two ministries have been quarrelling over the budget for weeks.", "quarrelling"),
    ] {
        let d = doc(text);
        assert!(act_of(&d, word).is_none(), "{text}: {:#?}", lines(&d));
    }
    // Arguing that something is so is a saying.
    let d = doc("The minister argued that the sanctions had failed.");
    assert!(act_of(&d, "argued").is_some(), "{:#?}", lines(&d));
}

#[test]
fn a_saying_reported_by_a_plural_speaker_nests_in_theirs() {
    // "Diplomats say he has hinted that …": the hint is his, reported by
    // the diplomats; the chain runs author → diplomats → him.
    let d = doc("Prime Minister Ivo Mardak has kept silent in public. \
         Officials say he has hinted that Slovakia could also block the next aid package.");
    let l = lines(&d);
    assert!(
        l.iter().any(|x| x.starts_with("author → Officials → Ivo Mardak | has hinted | ")
            || x.starts_with("author → Officials → he | has hinted | ")),
        "{l:#?}"
    );
    // One speaker saying what he himself has done is one saying.
    let d = doc("Ivo Mardak said he has hinted that Slovakia could block the package.");
    assert!(!lines(&d).iter().any(|x| x.contains("→ Ivo Mardak → ")), "{:#?}", lines(&d));
}

#[test]
fn communications_listed_with_other_proof_are_signals() {
    let d = doc("The indictment cites bank records, seized phones and communications between the handlers, \
         which prosecutors said were intercepted last year.");
    let e: Vec<(EvidenceKind, &str)> = d.evidence.iter().map(|v| (v.kind, d.slice(v.span))).collect();
    assert!(e.contains(&(EvidenceKind::Signals, "communications between the handlers")), "{e:?}");
    // Not listed with proof: no item.
    let d = doc("Communications between the two governments have improved since the summit.");
    assert!(d.evidence.iter().all(|v| v.kind != EvidenceKind::Signals), "{:?}", d.evidence);
}

#[test]
fn an_accusation_ends_before_the_accuser_s_next_act() {
    let d = doc("Relations soured in 2019, when Oslo blamed Russian hackers for an attack on parliament \
         and quietly expelled two diplomats.");
    let l = lines(&d);
    assert!(l.iter().any(|x| x.contains("| blamed | Russian hackers for an attack on parliament | Accuse")), "{l:#?}");
}

#[test]
fn a_condemnation_is_an_accusation() {
    let d = doc("The United States condemned the raid on the embassy.");
    if let Some(a) = act_of(&d, "condemned") {
        assert_eq!(a, SpeechAct::Accuse, "{:#?}", lines(&d));
    }
}

#[test]
fn the_noun_a_reduced_passive_modifies_is_no_speaker() {
    // "a Latvian citizen suspected of spying": who suspects is not named;
    // the security service that detained him is not said to.
    let d = doc("Lithuania's State Security Department detained a Latvian citizen suspected of spying for Minsk, \
         prosecutors in Vilnius said on Friday.");
    let l = lines(&d);
    assert!(!l.iter().any(|x| x.contains("Security Department | suspected")), "{l:#?}");
    assert!(l.iter().any(|x| x.starts_with("author → prosecutors in Vilnius | said | ")), "{l:#?}");
}
