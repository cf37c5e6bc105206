//! Who an act was aimed at, where the text names the target only through
//! someone's claim (twenty-ninth session): "a drone strike killed two men
//! the army said were militants" hits whom the army says it hit, and the
//! author asserts no more than that a strike killed two men.

use super::{SentencePass, chain_certainty, country_of, country_side, cue_attribution, trigger_token};
use crate::actors::{Actor, SentenceView};
use dossier_model::Event;

/// Runs this module's rules over the events of sentence `si` (those from
/// `first` on).
pub(super) fn pass(pass: &SentencePass<'_>, events: &mut [Event], first: usize) {
    victims_named_by_a_claim(pass, events, first);
    let SentencePass { doc, si, view, actors, .. } = *pass;
    for e in events[first..].iter_mut() {
        if e.sentence != si || e.negated {
            continue;
        }
        let Some(tok) = trigger_token(doc, view, e) else { continue };
        let end = (tok..view.end()).take_while(|&k| doc.tokens[k].span.start < e.trigger.end).last().unwrap_or(tok) + 1;
        let found = offer_from(view, actors, end)
            .or_else(|| spread_by(view, actors, end).filter(|_| matches!(e.root.as_str(), "01" | "11" | "12")));
        let Some(i) = found else { continue };
        let side = &actors[i];
        // never the doer itself, and a place stands for its state
        if country_of(side).is_none() || country_of(side) == e.source_actor.as_ref().and_then(|c| c.country.clone()) {
            continue;
        }
        let side = match country_of(side) {
            Some(c) if side.place => country_side(&c, side.start),
            _ => side.clone(),
        };
        e.target = side.entity;
        e.target_actor = side.code;
    }
}

/// The coded actor starting at `k`, past a "the".
fn actor_at(view: &SentenceView<'_>, actors: &[Actor], k: usize) -> Option<usize> {
    let k = k + usize::from(view.word(k) == "the");
    actors.iter().position(|a| a.start == k && a.code.is_some())
}

/// "rejected an offer from Saudi Arabia to mediate …", "accepted a
/// proposal by Qatar": a verb whose object is someone's offer answers the
/// one who made it, not whoever the offer goes on to name ("… in its
/// dispute with Morocco"). `end` is the token after the verb.
fn offer_from(view: &SentenceView<'_>, actors: &[Actor], end: usize) -> Option<usize> {
    let noun = (end..(end + 4).min(view.end())).find(|&k| {
        matches!(
            view.word(k),
            "offer"
                | "offers"
                | "proposal"
                | "proposals"
                | "invitation"
                | "initiative"
                | "overture"
                | "overtures"
                | "bid"
        )
    })?;
    // only an article or adjectives between the verb and the noun
    if (end..noun).any(|k| matches!(view.word(k), "," | "to" | "of" | "and" | "that")) {
        return None;
    }
    if !matches!(view.word(noun + 1), "from" | "by") {
        return None;
    }
    actor_at(view, actors, noun + 2)
}

/// "dismissed the reports as \"fabrications\" spread by Addis Ababa": a
/// denial of claims that names who spread or made them answers that side.
fn spread_by(view: &SentenceView<'_>, actors: &[Actor], end: usize) -> Option<usize> {
    let first = view.word(end + usize::from(matches!(view.word(end), "the" | "these" | "those" | "such")));
    if !matches!(
        first,
        "reports"
            | "report"
            | "claims"
            | "claim"
            | "allegations"
            | "allegation"
            | "accusations"
            | "accusation"
            | "charges"
    ) {
        return None;
    }
    let stop = (end..view.end()).find(|&k| matches!(view.word(k), ";" | "." | "but" | "and")).unwrap_or(view.end());
    let by = (end..stop.min(end + 10)).find(|&k| {
        view.word(k) == "by"
            && matches!(
                view.word(k - 1),
                "spread"
                    | "made"
                    | "invented"
                    | "fabricated"
                    | "peddled"
                    | "circulated"
                    | "concocted"
                    | "put"
                    | "planted"
                    | "pushed"
                    | "promoted"
            )
    })?;
    actor_at(view, actors, by + 1)
}

/// "demanded the immediate release of two teachers who have been held in
/// Iran's Evin prison": a demand or appeal for the release of people is
/// aimed at whoever holds them, when the sentence says who does.
pub(super) fn held_by(view: &SentenceView<'_>, actors: &[Actor], end: usize) -> Option<usize> {
    let stop = (end..view.end()).find(|&k| matches!(view.word(k), ";" | "." | "but")).unwrap_or(view.end());
    let held = (end..stop.min(end + 14)).find(|&k| {
        matches!(
            view.word(k),
            "held" | "detained" | "jailed" | "imprisoned" | "abducted" | "kidnapped" | "seized" | "captured"
        )
    })?;
    if !matches!(view.word(held + 1), "in" | "by") {
        return None;
    }
    actor_at(view, actors, held + 2)
}

/// Verbs of harm whose object is the act's victims ("killing two men").
fn harm_verb(w: &str) -> bool {
    matches!(
        w,
        "killing" | "killed" | "kills" | "wounding" | "wounded" | "injuring" | "injured" | "targeting" | "targeted"
    )
}

/// Nouns for the people an act killed or hurt, as a reduced relative
/// clause follows them ("two men the army said were …").
fn victims_noun(w: &str) -> bool {
    matches!(
        w,
        "men"
            | "man"
            | "people"
            | "persons"
            | "person"
            | "fighters"
            | "militants"
            | "members"
            | "individuals"
            | "suspects"
            | "others"
            | "youths"
            | "occupants"
            | "passengers"
    )
}

/// "An Israeli drone strike hit a car …, killing two men the Israeli
/// military said were Hezbollah operatives": an act of force whose
/// victims are identified only by a report inside the sentence ("[the
/// victims] SPEAKER said were GROUP") is aimed at that group as the speaker
/// says, so the act takes the group as its target and the report as its
/// attribution. The act is still the author's ("a strike hit a car"), but
/// whom it hit is the speaker's word; coding it against the place where it
/// fell would be asserting what the text does not. Only a cue that opens
/// the reduced relative counts: the victims' noun, an optional "the" and
/// the speaker, the cue, then "were"/"was" and the group within two words.
fn victims_named_by_a_claim(pass: &SentencePass<'_>, events: &mut [Event], first: usize) {
    let SentencePass { doc, si, view, actors, .. } = *pass;
    for e in events[first..].iter_mut() {
        if e.sentence != si || e.negated || e.attribution.is_some() || !matches!(e.root.as_str(), "18" | "19" | "20") {
            continue;
        }
        let Some(tok) = trigger_token(doc, view, e) else { continue };
        // the harm verb after the act, before any other clause
        let Some(harm) = (tok + 1..view.end().min(tok + 12))
            .take_while(|&k| !matches!(view.word(k), ";" | "." | "and" | "but" | "while"))
            .find(|&k| harm_verb(view.word(k)))
        else {
            continue;
        };
        // the cue "said" of a report inside the sentence, after the harm
        let found = (harm + 1..view.end()).find_map(|ct| {
            if !matches!(view.word(ct), "said" | "says" | "say") {
                return None;
            }
            let ai = cue_attribution(doc, doc.tokens[ct].span)?;
            // the speaker is the actor right before the cue (the report's
            // own source span may run back over the victims)
            let st = actors.iter().find(|x| x.end == ct && x.start > harm + 1 && x.code.is_some())?.start;
            // the victims' noun right before the speaker ("men the army")
            let mut before = st - 1;
            if view.word(before) == "the" && before > harm + 1 {
                before -= 1;
            }
            if before <= harm || !victims_noun(view.word(before)) {
                return None;
            }
            // no verb between the harm and the victims: "killing two men"
            if (harm + 1..before).any(|k| matches!(view.word(k), "," | "who" | "which" | "that" | "as")) {
                return None;
            }
            let be = ct + 1;
            if !matches!(view.word(be), "were" | "was") {
                return None;
            }
            let group = actors.iter().find(|x| x.start > be && x.start <= be + 3 && x.code.is_some() && !x.place)?;
            Some((ai, group.clone()))
        });
        let Some((ai, group)) = found else { continue };
        // the group must be another side than the doer
        if group.code == e.source_actor {
            continue;
        }
        let (level, cues, _) = chain_certainty(doc, ai, e.trigger);
        e.target = group.entity.clone();
        e.target_actor = group.code.clone();
        e.attribution = Some(doc.attributions[ai].id.clone());
        e.certainty.level = level.combine(e.certainty.level);
        e.certainty.cues.extend(cues);
    }
}
