//! The learned proposer's events ([`crate::proposer`]), added after the
//! rules: a proposal is kept only where no rule event covers its trigger
//! word, no event already has its root and countries, and, when the
//! proposer judges it only reported, an attribution holds it (so a reported
//! act is never coded as asserted). Each kept proposal is built by the
//! coder's own `make_event`, which gives it its attribution, certainty,
//! date and place and the code changes every event gets (a hostile deed
//! with "will" is a threat of it, "not" with a cooperative deed a refusal);
//! a proposal that comes out negated is dropped. Two more checks keep the
//! rules' reading where they have one: no proposal between a pair the
//! rules coded in the same sentence, and none inside what someone asks for,
//! threatens, promises or warns of.

use super::{make_event, sides_of, synthetic};
use crate::actors::{Actor, SentenceView};
use crate::lexicon::Lexicon;
use crate::proposer::{self, Proposer};
use dossier_model::{Document, Event, SpeechAct};

/// Adds the proposer's events to the rules' (sorted as the rules' are).
pub(super) fn add(p: &Proposer, lex: &Lexicon, doc: &Document, actors: &[Option<Vec<Actor>>], events: &mut Vec<Event>) {
    let rules = events.len();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let Some(found) = actors.get(si).and_then(Option::as_ref) else { continue };
        let coded: Vec<Actor> = found.iter().filter(|a| a.code.is_some()).cloned().collect();
        if coded.is_empty() {
            continue;
        }
        let (lo, hi) = sentence.tokens;
        let words = crate::actors::sentence_words(doc, lo, hi);
        let view = SentenceView { doc, words: &words, first: lo };
        let s = proposer::Sentence { doc, lo, words: &words, actors: &coded };
        for prop in p.propose(&s) {
            let span = doc.tokens[prop.token].span;
            // a rule has read this word already
            if events[..rules].iter().any(|e| !e.negated && e.trigger.start < span.end && span.start < e.trigger.end) {
                continue;
            }
            let tr = synthetic(prop.token, prop.token + 1, &prop.code);
            let nobody = Actor { start: prop.token, end: prop.token, entity: None, code: None, place: false };
            let target = prop.target.map_or(&nobody, |g| &coded[g]);
            let e = make_event(lex, doc, si, &view, &tr, &prop.code, &coded[prop.source], target, &coded);
            if e.negated || (prop.reported && e.attribution.is_none()) {
                continue;
            }
            if events.iter().any(|x| !x.negated && x.root == e.root && sides_of(x) == sides_of(&e)) {
                continue;
            }
            // the rules have coded this sentence's pair already: theirs is
            // the reading ("imposed an import ban on …" is the ban, 163,
            // not also a coercion)
            if events[..rules].iter().any(|x| !x.negated && x.sentence == si && sides_of(x) == sides_of(&e)) {
                continue;
            }
            if wished(doc, &e) {
                continue;
            }
            events.push(e);
        }
    }
    if events.len() > rules {
        events.sort_by(|a, b| a.trigger.start.cmp(&b.trigger.start).then(a.sentence.cmp(&b.sentence)));
    }
}

/// Whether an event lies inside what someone asks for, threatens, promises
/// or warns of: a deed only wished or feared, which the guidelines leave
/// uncoded ("demanded the expulsion of the ambassador").
fn wished(doc: &Document, e: &Event) -> bool {
    e.attribution.as_deref().is_some_and(|id| {
        doc.attributions.iter().any(|a| {
            a.id == id
                && matches!(
                    a.speech_act,
                    SpeechAct::Request | SpeechAct::Threaten | SpeechAct::Promise | SpeechAct::Warn
                )
        })
    })
}
