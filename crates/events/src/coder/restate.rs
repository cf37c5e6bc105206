//! One act told twice inside a sentence (twenty-third session): the purpose
//! of a deployment or an operation ("deployed troops to track down the
//! kidnappers"), a noun in apposition that names the act just told
//! ("exchanged artillery fire …, the first clash in three months"), and
//! mediators named as the subject of the talks they host. Each is one
//! event, not two; what the second told (whom the troops hunt) goes to the
//! first. Jets scrambled to intercept aircraft show force (150); the
//! interception is what the scramble is for, not an attack.

use super::{PASSIVE_AUX, SentencePass, country_of, make_event, numeral_word, recode, synthetic, token_of};
use crate::actors::{Actor, SentenceView};
use crate::lexicon::Lexicon;
use dossier_model::{Document, Event};

/// Runs this module's rules over the events of sentence `si` (those from
/// `first` on), dropping the second telling of an act.
pub(super) fn fold_restated(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, view, .. } = *pass;
    scrambled_to_intercept(lex, doc, view, events, first);
    own_troops_sent(pass, events, first);
    let mut drop = vec![false; events.len()];
    pursuit_purpose(doc, view, events, first, &mut drop);
    appositive_restatement(doc, view, events, first, &mut drop);
    hosting_mediators(doc, view, events, first, &mut drop);
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Verbs of the hunt for someone that, after "to", say what a deployment or
/// an operation is for.
const PURSUIT_VERBS: [&str; 6] = ["hunt", "track", "pursue", "chase", "flush", "capture"];

/// "launched an operation to hunt down the attackers", "deployed troops to
/// track down the kidnappers": the hunt is what the earlier act of the same
/// doer is for, not a second act; the hunted are that act's target when it
/// has none.
fn pursuit_purpose(doc: &Document, view: &SentenceView<'_>, events: &mut [Event], first: usize, drop: &mut [bool]) {
    for p in first..events.len() {
        let Some(t) = token_of(doc, view, events[p].trigger.start) else { continue };
        if t == view.first || view.word(t - 1) != "to" || !PURSUIT_VERBS.contains(&view.word(t)) {
            continue;
        }
        let doer = events[p].source_actor.clone();
        let Some(main) = (first..events.len()).rev().find(|&m| {
            m != p
                && !drop[m]
                && events[m].trigger.end <= events[p].trigger.start
                && events[m].source_actor.is_some()
                && events[m].source_actor == doer
                && matches!(events[m].root.as_str(), "15" | "17" | "18" | "19")
        }) else {
            continue;
        };
        if events[main].target_actor.is_none() {
            events[main].target = events[p].target.clone();
            events[main].target_actor = events[p].target_actor.clone();
        }
        drop[p] = true;
    }
}

/// Nouns that name a fight again after the act has been told.
const FIGHT_NOUNS: [&str; 8] =
    ["clash", "clashes", "fighting", "battle", "skirmish", "firefight", "exchange", "flare-up"];

/// "Thai and Cambodian troops exchanged artillery fire …, the first clash
/// in three months": a noun of fighting in apposition (after a comma and
/// "the" or "a", with at most two words between) names the fight the
/// sentence has just told between the same sides.
fn appositive_restatement(doc: &Document, view: &SentenceView<'_>, events: &[Event], first: usize, drop: &mut [bool]) {
    for n in first..events.len() {
        if events[n].root != "19" {
            continue;
        }
        let Some(t) = token_of(doc, view, events[n].trigger.start) else { continue };
        if !FIGHT_NOUNS.contains(&view.word(t)) {
            continue;
        }
        let Some(det) = (t.saturating_sub(3).max(view.first)..t).find(|&d| matches!(view.word(d), "the" | "a")) else {
            continue;
        };
        if det == view.first || view.word(det - 1) != "," {
            continue;
        }
        let told = (first..events.len()).any(|m| {
            m != n
                && !drop[m]
                && events[m].root == "19"
                && events[m].trigger.end <= doc.tokens[det].span.start
                && events[m].source_actor == events[n].source_actor
                && events[m].target_actor == events[n].target_actor
        });
        if told {
            drop[n] = true;
        }
    }
}

/// "Qatari mediators hosted a new round of talks between …": mediators who
/// are the subject of a hosting or a meeting (04) with the same guests do
/// that act; their mediation is not a second one.
fn hosting_mediators(doc: &Document, view: &SentenceView<'_>, events: &[Event], first: usize, drop: &mut [bool]) {
    for n in first..events.len() {
        if events[n].code != "045" {
            continue;
        }
        let Some(t) = token_of(doc, view, events[n].trigger.start) else { continue };
        if !matches!(view.word(t), "mediators" | "mediator") {
            continue;
        }
        let verb = t + 1;
        if verb >= view.end() {
            continue;
        }
        let hosted = (first..events.len()).any(|m| {
            m != n
                && events[m].root == "04"
                && events[m].trigger.start == doc.tokens[verb].span.start
                && events[m].source_actor == events[n].source_actor
                && events[m].target_actor == events[n].target_actor
        });
        if hosted {
            drop[n] = true;
        }
    }
}

/// "Spanish Eurofighters were scrambled twice on Tuesday to intercept
/// Russian fighters": jets sent up to meet aircraft show force (150) to
/// them; the interception is the scramble's purpose, not a shot fired.
fn scrambled_to_intercept(lex: &Lexicon, doc: &Document, view: &SentenceView<'_>, events: &mut [Event], first: usize) {
    for e in events[first..].iter_mut() {
        if e.root != "19" {
            continue;
        }
        let Some(t) = token_of(doc, view, e.trigger.start) else { continue };
        if t == view.first || view.word(t - 1) != "to" || !view.word(t).starts_with("intercept") {
            continue;
        }
        if !(t.saturating_sub(8).max(view.first)..t).any(|k| view.word(k).starts_with("scrambl")) {
            continue;
        }
        recode(lex, e, "150");
    }
}

/// Verbs that send a state's own forces somewhere.
const SENDING: [&str; 5] = ["ordered", "sent", "dispatched", "deployed", "rushed"];

/// Words for a state's forces sent somewhere.
const FORCE_NOUNS: [&str; 10] = [
    "troops",
    "soldiers",
    "police",
    "policemen",
    "officers",
    "reinforcements",
    "marines",
    "paratroopers",
    "gendarmes",
    "servicemen",
];

/// Words that may stand between a sending verb and the forces it sends
/// ("sent 1,500 extra soldiers", "ordered about 3,000 more troops").
const FORCE_QUANTITY: [&str; 14] = [
    "an",
    "additional",
    "extra",
    "more",
    "some",
    "about",
    "around",
    "nearly",
    "than",
    "hundreds",
    "thousands",
    "of",
    "elite",
    "another",
];

/// "ordered 3,000 soldiers into the port district", "the army sent 1,500
/// extra soldiers to the border": a state moving its own forces within its
/// own ground mobilises them (154), with no side named as their target
/// unless the sentence says whom they hunt (`pursuit_purpose` then gives
/// it). An order to one's own soldiers is no demand (10); forces sent
/// across a border, or to a foreign state, are left to the rules for
/// incursions and military aid.
fn own_troops_sent(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if !SENDING.contains(&view.word(k)) || PASSIVE_AUX.contains(&view.word(k - 1)) {
            continue;
        }
        let mut j = k + 1;
        while j < view.end() && j < k + 6 && (numeral_word(view.word(j)) || FORCE_QUANTITY.contains(&view.word(j))) {
            j += 1;
        }
        if j >= view.end() || !FORCE_NOUNS.contains(&view.word(j)) {
            continue;
        }
        if !matches!(view.word(j + 1), "to" | "into" | "along" | "around") {
            continue;
        }
        // the place they go to is the state's own, or no state at all
        let dest = actors.iter().find(|a| a.start > j + 1 && a.start <= j + 4 && a.code.is_some());
        let Some(sender) = actors.iter().rfind(|a| a.end <= k && a.code.is_some() && !a.place) else { continue };
        let own = |a: &Actor| country_of(a).is_some() && country_of(a) == country_of(sender);
        if dest.is_some_and(|d| !own(d)) {
            continue;
        }
        let at = doc.tokens[k].span.start;
        match events[first..].iter_mut().find(|e| e.trigger.start == at) {
            Some(e) if e.root == "10" && e.target_actor.as_ref().is_none_or(|_| own_target(e)) => {
                recode(lex, e, "154");
            }
            Some(_) => {}
            None => {
                let tr = synthetic(k, k + 1, "154");
                let nobody = Actor { start: k + 1, end: k + 1, entity: None, code: None, place: false };
                events.push(make_event(lex, doc, si, view, &tr, "154", sender, &nobody, actors));
            }
        }
    }
}

/// Whether an event's target is of its source's own country.
fn own_target(e: &Event) -> bool {
    let country = |c: &Option<dossier_model::ActorCode>| c.as_ref().and_then(|c| c.country.clone());
    country(&e.source_actor).is_some() && country(&e.source_actor) == country(&e.target_actor)
}
