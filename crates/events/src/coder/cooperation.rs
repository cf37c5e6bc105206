//! Cooperation the main pass misses or misreads (twenty-first session):
//! borders reopened, mediated talks that are only asked for, and the
//! mutual acts of two sides named together.

use super::{SentencePass, make_event, same_country, synthetic, trigger_token};
use crate::actors::{Actor, LOCATION_PREPS, SentenceView};
use dossier_model::{ActorCode, Event};

/// Nouns for a frontier or a way across it.
const BORDER_NOUNS: [&str; 7] =
    ["border", "borders", "crossing", "crossings", "border-crossing", "frontier", "airspace"];

/// Whether a border, crossing or airspace is the object in the few words
/// after `end` ("reopened the Torkham crossing", "opened its airspace").
pub(super) fn border_object(view: &SentenceView<'_>, end: usize) -> bool {
    (end..(end + 5).min(view.end())).any(|t| BORDER_NOUNS.contains(&view.word(t)))
}

/// Verbs that, after "to", name talks still to be held ("urged both sides
/// to return to EU-mediated talks", "agreed to resume Qatari-brokered
/// negotiations").
const TALKS_TO_COME: [&str; 10] =
    ["return", "resume", "rejoin", "restart", "join", "hold", "attend", "enter", "revive", "reopen"];

/// Words that ask for what follows "for" ("called for Turkish-mediated
/// talks", "calls for EU-facilitated negotiations").
const ASKING: [&str; 10] =
    ["call", "calls", "called", "calling", "appeal", "appealed", "push", "pushed", "pressed", "pressing"];

/// Whether the talks whose modifier or noun stands at `t` are only asked for
/// or planned, not held: "to return to", "to resume", "called for" within
/// the five words before it.
pub(super) fn talks_to_come(view: &SentenceView<'_>, t: usize) -> bool {
    let from = t.saturating_sub(5).max(view.first);
    (from..t).any(|i| {
        let next = if i + 1 < t { view.word(i + 1) } else { "" };
        (view.word(i) == "to" && TALKS_TO_COME.contains(&next)) || (ASKING.contains(&view.word(i)) && next == "for")
    })
}

/// Whether coordinated subjects did the act to each other: "Iran and the
/// United States each released two prisoners", "Moscow and Kyiv freed 90
/// captives in a swap", "Armenia and Azerbaijan released detainees in an
/// exchange", "Kyrgyzstan and Tajikistan reopened two border crossings".
/// Only for acts of cooperation and yielding (roots 03 to 08).
pub(super) fn done_to_each_other(view: &SentenceView<'_>, code: &str, start: usize, end: usize) -> bool {
    if !matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08")) {
        return false;
    }
    let each = start > view.first && matches!(view.word(start - 1), "each" | "both");
    // ("in a swap", "in a prisoner exchange")
    let swap = code.starts_with("084")
        && (end..(end + 8).min(view.end())).any(|t| {
            matches!(view.word(t), "swap" | "exchange" | "swaps" | "exchanges")
                && (t.saturating_sub(3).max(end)..t).any(|k| view.word(k) == "in")
        });
    // ("Kyrgyzstan and Tajikistan reopened two border crossings": a
    // frontier two neighbours reopen is reopened to each other)
    // (a crossing "opened" for the first time is new trade, not eased
    // relations: only "reopened")
    let border = code.starts_with("08") && view.word(start).starts_with("reopen") && border_object(view, end);
    each || swap || border
}

/// Whether "each" or "both" right before the verb at `start` floats after
/// its subject ("Iran and the United States each released", "the two
/// governments both signed"), so the word after it is a past verb, not a
/// noun it determines.
pub(super) fn floating_quantifier(view: &SentenceView<'_>, start: usize) -> bool {
    if start < view.first + 2 || !matches!(view.word(start - 1), "each" | "both") {
        return false;
    }
    let head = view.word(start);
    let past = head.len() > 4 && head.ends_with("ed") || super::IRREGULAR_PAST.contains(&head);
    // ("of both signed copies", "for each released hostage": a noun phrase)
    past && !matches!(view.word(start - 2), "of" | "for" | "to" | "with" | "by" | "from" | "in" | "on" | "at" | "and")
}

/// Verbs of travel after which "for talks with …" names whom the traveller
/// meets ("visited Warsaw for talks with Poland's army chief", "flew to
/// Rabat for talks with his Moroccan counterpart").
const TRAVEL_VERBS: [&str; 14] = [
    "visited",
    "visit",
    "visits",
    "visiting",
    "flew",
    "flies",
    "travelled",
    "traveled",
    "travels",
    "arrived",
    "arrives",
    "went",
    "headed",
    "came",
];

/// Words that may stand between "with" and the side met ("with his
/// Japanese counterpart", "with the Qatari prime minister").
const WITH_FILLERS: [&str; 6] = ["his", "her", "its", "their", "the", "a"];

/// The coded actor in `actors` with this code that starts in `from..to`.
fn actor_coded(actors: &[Actor], code: &Option<ActorCode>, from: usize, to: usize) -> Option<Actor> {
    let code = code.as_ref()?;
    actors.iter().find(|a| a.start >= from && a.start < to && a.code.as_ref() == Some(code)).cloned()
}

/// Talks named after a visit or a hosting in the same sentence:
/// - "X visited Y's capital for talks with Z": the journey is a visit (042)
///   to the place, and the talks (046) are between X and Z, each way;
/// - "A hosted B and C … for talks", "A hosted a round of talks between B
///   and C": the two guests hold the talks (046 each way);
/// - "X walked out of talks with Z": the talks had been held (046 each way,
///   beside the walk-out).
pub(super) fn talks_after_visit_or_host(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first..view.end() {
        if !matches!(view.word(k), "talks" | "negotiations") || talks_to_come(view, k) {
            continue;
        }
        let purpose = (k.saturating_sub(6).max(view.first)..k).any(|i| view.word(i) == "for");
        let talks = synthetic(k, k + 1, "046");
        // the side met, after "with"
        let met = (view.word(k + 1) == "with")
            .then(|| {
                let mut p = k + 2;
                while p < view.end() && WITH_FILLERS.contains(&view.word(p)) {
                    p += 1;
                }
                // (the longest side there: "Afghanistan's Taliban government")
                actors.iter().filter(|a| a.start == p && a.code.is_some()).max_by_key(|a| a.end).cloned()
            })
            .flatten();
        // a journey whose purpose is these talks
        if purpose && let Some(z) = met.clone() {
            let journey: Vec<usize> = (first..events.len())
                .filter(|&i| {
                    let e = &events[i];
                    e.code == "046"
                        && trigger_token(doc, view, e)
                            .is_some_and(|v| v < k && v + 8 >= k && TRAVEL_VERBS.contains(&view.word(v)))
                })
                .collect();
            let visit = journey.iter().find_map(|&i| {
                let e = &events[i];
                let v = trigger_token(doc, view, e)?;
                let x = actor_coded(actors, &e.source_actor, view.first, v).filter(|x| !x.place)?;
                let place = actor_coded(actors, &e.target_actor, v, k).filter(|p| p.place)?;
                Some((v, x, place))
            });
            if let Some((v, x, place)) = visit
                && !same_country(&x, &z)
            {
                events.retain(|e| !(e.sentence == si && e.code == "046" && trigger_token(doc, view, e) == Some(v)));
                let go = synthetic(v, v + 1, "042");
                events.push(make_event(lex, doc, si, view, &go, "042", &x, &place, actors));
                events.push(make_event(lex, doc, si, view, &talks, "046", &x, &z, actors));
                events.push(make_event(lex, doc, si, view, &talks, "046", &z, &x, actors));
                continue;
            }
        }
        // "walked out of EU-facilitated talks with Serbia's president":
        // talks left had been held, with the side named after "with"
        if let Some(z) = met.clone()
            && let Some(x) = events[first..].iter().find_map(|e| {
                let v = trigger_token(doc, view, e)?;
                (e.code.starts_with("164") && v < k && k <= v + 8)
                    .then(|| actor_coded(actors, &e.source_actor, view.first, v))
                    .flatten()
            })
            && !same_country(&x, &z)
            && !events[first..].iter().any(|e| e.code == "046" && trigger_token(doc, view, e) == Some(k))
        {
            events.push(make_event(lex, doc, si, view, &talks, "046", &x, &z, actors));
            events.push(make_event(lex, doc, si, view, &talks, "046", &z, &x, actors));
            continue;
        }
        // the two guests of a host, met for these talks
        if met.is_some() || events[first..].iter().any(|e| e.code == "046" && trigger_token(doc, view, e) == Some(k)) {
            continue;
        }
        let hosting: Vec<&Event> = events[first..]
            .iter()
            .filter(|e| {
                e.code == "043"
                    && trigger_token(doc, view, e).is_some_and(|v| {
                        v < k && v + 14 >= k && matches!(view.word(v), "hosted" | "hosts" | "hosting" | "host")
                    })
            })
            .collect();
        let Some(v) = hosting.first().and_then(|e| trigger_token(doc, view, e)) else { continue };
        let guests: Vec<Actor> =
            hosting.iter().filter_map(|e| actor_coded(actors, &e.target_actor, v + 1, view.end())).collect();
        if guests.len() != 2 || same_country(&guests[0], &guests[1]) {
            continue;
        }
        let (b, c) = (guests[0].clone(), guests[1].clone());
        events.push(make_event(lex, doc, si, view, &talks, "046", &b, &c, actors));
        events.push(make_event(lex, doc, si, view, &talks, "046", &c, &b, actors));
    }
}

/// "talks … held in Baku under Azerbaijani auspices", "under the auspices
/// of the African Union": the body under whose auspices two sides meet
/// hosts each of them (043).
pub(super) fn under_auspices(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first..view.end() {
        if view.word(t) != "auspices" || !(t.saturating_sub(3).max(view.first)..t).any(|i| view.word(i) == "under") {
            continue;
        }
        // the host: the word before ("Azerbaijani auspices") or the side
        // after "of" ("the auspices of the African Union")
        let before = t > view.first
            && !matches!(view.word(t - 1), "the" | "joint" | "its" | "their")
            && view.word(t - 1) != "under";
        let host = if before {
            actors.iter().find(|a| a.end == t && a.code.is_some()).cloned().or_else(|| {
                let code = crate::actors::lexicon_code(view.word(t - 1))?;
                Some(Actor { start: t - 1, end: t, entity: None, code: Some(code), place: false })
            })
        } else if view.word(t + 1) == "of" {
            let mut p = t + 2;
            while p < view.end() && matches!(view.word(p), "the" | "a") {
                p += 1;
            }
            actors.iter().find(|a| a.start == p && a.code.is_some()).cloned()
        } else {
            None
        };
        let Some(host) = host else { continue };
        let Some((a, b)) = super::other_two_sides(view, actors, &events[first..], si, t, std::slice::from_ref(&host))
        else {
            continue;
        };
        let tr = synthetic(t, t + 1, "043");
        for side in [a, b] {
            if !events[first..].iter().any(|e| {
                e.code == "043"
                    && e.source_actor.as_ref().and_then(|c| c.country.as_ref())
                        == host.code.as_ref().and_then(|c| c.country.as_ref())
                    && e.target_actor.as_ref().and_then(|c| c.country.as_ref())
                        == side.code.as_ref().and_then(|c| c.country.as_ref())
            }) {
                events.push(make_event(lex, doc, si, view, &tr, "043", &host, &side, actors));
            }
        }
    }
}

/// Nouns of a meeting that a host may offer to hold ("offered to host talks
/// between …", "offering to host the first round in Brasília").
const HOSTED_MEETINGS: [&str; 10] = [
    "talks",
    "negotiations",
    "round",
    "meeting",
    "summit",
    "dialogue",
    "consultations",
    "peace",
    "conference",
    "mediation",
];

/// The token of "host" when the offer at `t` is an offer to host a meeting
/// ("offered on Friday to host talks", "an offer by Thailand to host peace
/// talks", "offering to host the next round"), else `None`.
fn offer_to_host(view: &SentenceView<'_>, t: usize) -> Option<usize> {
    if !matches!(view.word(t), "offer" | "offered" | "offering" | "offers") {
        return None;
    }
    let upto = (t + 7).min(view.end());
    let host = (t + 1..upto)
        .take_while(|&i| !matches!(view.word(i), "," | ";" | "and" | "but"))
        .find(|&i| matches!(view.word(i), "host" | "mediate") && view.word(i - 1) == "to")?;
    // ("an offer by Norway to mediate between …": mediating needs no
    // meeting noun after it)
    let met = view.word(host) == "mediate"
        || (host + 1..(host + 5).min(view.end())).any(|i| HOSTED_MEETINGS.contains(&view.word(i)));
    met.then_some(host)
}

/// Nouns of a quarrel whose other side follows "with" ("to mediate in its
/// border dispute with Togo").
const QUARRELS: [&str; 6] = ["dispute", "disputes", "row", "quarrel", "conflict", "standoff"];

/// The other side of the quarrel an offer to mediate names after `host`
/// ("to mediate in its long-running dispute with Togo"), if coded.
fn side_of_quarrel(view: &SentenceView<'_>, actors: &[Actor], host: usize) -> Option<Actor> {
    if view.word(host) != "mediate" || !matches!(view.word(host + 1), "in" | "over") {
        return None;
    }
    let upto = (host + 8).min(view.end());
    let quarrel = (host + 2..upto)
        .take_while(|&i| !matches!(view.word(i), "," | ";" | "and" | "but"))
        .find(|&i| QUARRELS.contains(&view.word(i)) && view.word(i + 1) == "with")?;
    actors.iter().find(|a| a.start == quarrel + 2 && a.code.is_some()).cloned()
}

/// The two sides of the meeting after `host`, named after "between" ("to
/// host talks between Somalia and Ethiopia"), if coded and apart.
fn sides_after_between(view: &SentenceView<'_>, actors: &[Actor], host: usize) -> Option<(Actor, Actor)> {
    let upto = (host + 6).min(view.end());
    let between = (host + 1..upto).find(|&i| view.word(i) == "between")?;
    let i = actors.iter().position(|a| a.start > between && a.start <= between + 2 && a.code.is_some())?;
    let group = super::with_coordinated_right(view, actors, i);
    if group.len() != 2 {
        return None;
    }
    let (a, b) = (actors[group[0]].clone(), actors[group[1]].clone());
    (b.code.is_some() && a.code != b.code).then_some((a, b))
}

/// An offer to host talks is an offer to mediate (039), not a bare intent
/// to meet (036) or to cooperate (030): "Kenya offered on Tuesday to host
/// talks between Somalia and Ethiopia", "rejected an offer by Cameroon to
/// host talks". The main pass's event on the offer is recoded; where it
/// coded none ("…, with Peru offering to host the negotiations"), the side
/// right before the offer offers it to the two sides the sentence names.
pub(super) fn offer_to_host_talks(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first..view.end() {
        let Some(host) = offer_to_host(view, t) else { continue };
        let on_offer: Vec<usize> = (first..events.len())
            .filter(|&i| events[i].root == "03" && trigger_token(doc, view, &events[i]) == Some(t))
            .collect();
        let between = sides_after_between(view, actors, host);
        if let Some(&i0) = on_offer.first() {
            let source = events[i0].source_actor.clone();
            for &i in &on_offer {
                let e = &mut events[i];
                e.code = "039".to_string();
                e.label = lex.label("039");
                e.goldstein = lex.goldstein("039");
            }
            // ("an offer by Algeria to host talks between the army and the
            // rebels": the offer goes to both sides, not only to whoever
            // answered it; "an offer from Nigeria to mediate in its dispute
            // with Togo": to the quarrel's other side too)
            let sides: Vec<Actor> = match between {
                Some((a, b)) => vec![a, b],
                None => side_of_quarrel(view, actors, host).into_iter().collect(),
            };
            if sides.is_empty() {
                continue;
            }
            let Some(offerer) = actors.iter().find(|x| x.code.is_some() && x.code == source && x.end <= host).cloned()
            else {
                continue;
            };
            let tr = synthetic(t, t + 1, "039");
            for side in sides {
                let done = events[first..]
                    .iter()
                    .any(|e| e.code == "039" && e.source_actor == offerer.code && e.target_actor == side.code);
                if !done && !same_country(&offerer, &side) {
                    let mut e = make_event(lex, doc, si, view, &tr, "039", &offerer, &side, actors);
                    // (the offer to the second side is told as the first
                    // one is: a rejection of it negates neither)
                    e.trigger = events[i0].trigger;
                    e.attribution = events[i0].attribution.clone();
                    e.certainty = events[i0].certainty.clone();
                    e.negated = events[i0].negated;
                    events.push(e);
                }
            }
            continue;
        }
        // "with Peru offering to host", "Malaysia, as ASEAN chair, offered
        // to host talks between the two sides": the offerer stands right
        // before the offer, or before an apposition opened by ", as"
        let apposition = (t.saturating_sub(8).max(view.first)..t.saturating_sub(2))
            .find(|&c| view.word(c) == "," && view.word(c + 1) == "as")
            .filter(|_| view.word(t.saturating_sub(1)) == ",");
        let Some(offerer) =
            actors.iter().find(|a| a.code.is_some() && (a.end == t || Some(a.end) == apposition)).cloned()
        else {
            continue;
        };
        let with = offerer.start > view.first && view.word(offerer.start - 1) == "with";
        let sides = between
            .or_else(|| super::other_two_sides(view, actors, &events[first..], si, t, std::slice::from_ref(&offerer)));
        let Some((a, b)) = sides else { continue };
        // ("…, with Peru offering": the absolute clause is told as the main
        // clause it hangs on is, so its event takes that one's account)
        let main = with
            .then(|| events[first..].iter().find(|e| e.trigger.start < doc.tokens[t].span.start).cloned())
            .flatten();
        let tr = synthetic(t, t + 1, "039");
        for side in [a, b] {
            if !same_country(&offerer, &side) {
                let mut e = make_event(lex, doc, si, view, &tr, "039", &offerer, &side, actors);
                if let Some(m) = &main {
                    e.attribution = m.attribution.clone();
                    e.certainty = m.certainty.clone();
                    e.negated = m.negated;
                }
                events.push(e);
            }
        }
    }
}

/// Forms of the verbs that send forces somewhere.
const SENDING: [&str; 12] = [
    "send",
    "sends",
    "sent",
    "sending",
    "ship",
    "ships",
    "shipped",
    "shipping",
    "dispatch",
    "dispatches",
    "dispatched",
    "dispatching",
];

/// Nouns of the forces sent.
const FORCES: [&str; 7] = ["troops", "soldiers", "forces", "fighters", "servicemen", "mercenaries", "reinforcements"];

/// Verbs that, after "to", say the forces sent are to help a side fight.
const BACKING: [&str; 7] = ["back", "support", "help", "aid", "reinforce", "bolster", "assist"];

/// Forces a state sends to another are military aid (072): "shipped another
/// 2,000 troops to Russia's Bryansk region" (the dictionary's "send troops"
/// is military cooperation, 062, which the gold keeps for joint drills and
/// patrols; troops sent at home stay a mobilisation, 154); "accused Algeria
/// of sending soldiers to back the rebels": aid to the side backed.
pub(super) fn forces_sent_abroad(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let joint = (view.first..view.end()).any(|t| matches!(view.word(t), "joint" | "drills" | "exercise" | "exercises"));
    for e in &mut events[first..] {
        if e.code != "062" || joint {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        let forces = (t + 1..(t + 5).min(view.end())).any(|k| FORCES.contains(&view.word(k)));
        let apart = match (&e.source_actor, &e.target_actor) {
            (Some(s), Some(g)) => s.country.is_some() && g.country.is_some() && s.country != g.country,
            _ => false,
        };
        if SENDING.contains(&view.word(t)) && forces && apart {
            e.code = "072".to_string();
            e.root = "07".to_string();
            e.label = lex.label("072");
            e.goldstein = lex.goldstein("072");
        }
    }
    // "of sending soldiers to back the rebels"
    for t in view.first..view.end() {
        if !SENDING.contains(&view.word(t)) {
            continue;
        }
        let upto = (t + 5).min(view.end());
        let Some(to) = (t + 1..upto).find(|&k| {
            view.word(k) == "to"
                && BACKING.contains(&view.word(k + 1))
                && (t + 1..k).any(|f| FORCES.contains(&view.word(f)))
        }) else {
            continue;
        };
        // the sender: the accused ("accused Algeria of sending"), or the
        // subject right before the verb
        let sender = if view.word(t.saturating_sub(1)) == "of" {
            actors.iter().rfind(|a| a.code.is_some() && a.end + 4 >= t && a.end < t)
        } else {
            actors.iter().find(|a| a.code.is_some() && a.end == t)
        };
        let Some(sender) = sender.cloned() else { continue };
        let named = actors.iter().find(|a| {
            a.code.is_some() && a.start >= to + 2 && a.start <= to + 4 && !a.place && !same_country(a, &sender)
        });
        // ("to back the offensive", "to reinforce the rebels": the armed
        // group of an act told just before, the doer of the offensive)
        let referred = || {
            let noun = if view.word(to + 2) == "the" { to + 3 } else { to + 2 };
            let doer = OFFENSIVES.contains(&view.word(noun));
            if !doer && !ARMED_GROUPS.contains(&view.word(noun)) && view.word(noun) != "group" {
                return None;
            }
            let code = referred_group(events, doc.tokens[t].span.start, si, doer)?;
            Some(Actor { start: noun, end: noun + 1, entity: None, code: Some(code), place: false })
        };
        let Some(backed) = named.cloned().or_else(referred) else { continue };
        if same_country(&backed, &sender) {
            continue;
        }
        if events[first..]
            .iter()
            .any(|e| e.root == "07" && e.source_actor == sender.code && e.target_actor == backed.code)
        {
            continue;
        }
        let tr = synthetic(t, t + 1, "072");
        events.push(make_event(lex, doc, si, view, &tr, "072", &sender, &backed, actors));
    }
}

/// Nouns that, after "both" or "the two", refer back to the two sides of a
/// dispute ("urged both sides", "called on both governments", "the two
/// countries").
pub(super) fn sides_noun(w: &str) -> bool {
    matches!(
        w,
        "sides"
            | "parties"
            | "governments"
            | "countries"
            | "leaders"
            | "nations"
            | "factions"
            | "camps"
            | "delegations"
    )
}

/// Nouns of an act of force that a group may claim.
const CLAIMED_ACTS: [&str; 14] = [
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "ambush",
    "assault",
    "raid",
    "blast",
    "killing",
    "killings",
    "kidnapping",
    "abduction",
    "strike",
    "massacre",
];

/// Words that may stand between a claimer and "claimed" ("al-Shabaab later
/// claimed", "the group has since claimed").
const CLAIM_ADVERBS: [&str; 8] = ["later", "has", "had", "have", "quickly", "swiftly", "subsequently", "since"];

/// A claim whose object, an act of force, stands before it: "in an attack
/// the Islamic State later claimed", "in an ambush that Boko Haram claimed",
/// "in an attack claimed by the Pakistani Taliban". The claimer claims
/// responsibility (015) aimed at the victims of the act the sentence codes
/// before, not an allegation (110) against them.
pub(super) fn claimed_act_before(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 2..view.end() {
        if !matches!(view.word(t), "claimed" | "claims") {
            continue;
        }
        // ("an attack Russia claimed was staged": a claim of a clause)
        if matches!(view.word(t + 1), "was" | "were" | "is" | "are" | "had" | "has" | "would" | "to" | "that") {
            continue;
        }
        let passive = view.word(t + 1) == "by" && CLAIMED_ACTS.contains(&view.word(t - 1));
        let claimer = if passive {
            actors.iter().find(|a| {
                a.code.is_some() && !a.place && (a.start == t + 2 || a.start == t + 3 && view.word(t + 2) == "the")
            })
        } else {
            // the claimer right before the verb, past adverbs, and the act
            // noun right before the claimer, past "that"/"which"
            let mut end = t;
            while end > view.first && CLAIM_ADVERBS.contains(&view.word(end - 1)) {
                end -= 1;
            }
            actors.iter().find(|a| {
                a.code.is_some() && !a.place && a.end == end && a.start > view.first + 1 && {
                    let mut n = a.start - 1;
                    if matches!(view.word(n), "that" | "which" | "the") && n > view.first {
                        n -= 1;
                    }
                    if view.word(n) == "that" && n > view.first {
                        n -= 1;
                    }
                    CLAIMED_ACTS.contains(&view.word(n))
                }
            })
        };
        let Some(claimer) = claimer.cloned() else { continue };
        let at = doc.tokens[t].span.start;
        // the victims of the act of force coded before the claim
        let Some(victim) = events[first..]
            .iter()
            .filter(|e| matches!(e.root.as_str(), "18" | "19" | "20") && e.trigger.start < at && !e.negated)
            .filter_map(|e| e.target_actor.clone())
            .rfind(|c| claimer.code.as_ref().is_some_and(|k| k.code != c.code))
        else {
            continue;
        };
        let victim = Actor { start: t, end: t, entity: None, code: Some(victim), place: false };
        events.retain(|e| !(e.sentence == si && e.root == "11" && trigger_token(doc, view, e) == Some(t)));
        if events[first..].iter().any(|e| e.code == "015" && trigger_token(doc, view, e) == Some(t)) {
            continue;
        }
        let tr = synthetic(t, t + 1, "015");
        events.push(make_event(lex, doc, si, view, &tr, "015", &claimer, &victim, actors));
    }
}

/// Nouns of talks a journey may be made for.
const JOURNEY_TALKS: [&str; 3] = ["talks", "consultations", "negotiations"];

/// A journey made "for talks" that names no other side ("arrived in Rabat on
/// Tuesday for talks on migration", "flew to Ankara for consultations on
/// water"): the talks are with the state the traveller went to (046 each
/// way), and the journey is a visit to that state's place (042), whatever
/// side the main pass read after the verb.
pub(super) fn journey_for_talks(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 2..view.end() {
        if !JOURNEY_TALKS.contains(&view.word(k))
            || !(k.saturating_sub(4).max(view.first)..k).any(|i| view.word(i) == "for")
        {
            continue;
        }
        // ("for talks with Poland's army chief", "for talks between …": the
        // other side is named, and the rule for visits codes it)
        let end = (k + 7).min(view.end());
        if (k + 1..end).any(|i| matches!(view.word(i), "with" | "between")) || talks_to_come(view, k) {
            continue;
        }
        // the journey: an event on a verb of travel before the talks
        let Some((v, traveller)) = events[first..].iter().find_map(|e| {
            let v = trigger_token(doc, view, e)?;
            if !(v < k && v + 12 >= k && TRAVEL_VERBS.contains(&view.word(v))) {
                return None;
            }
            let x = actor_coded(actors, &e.source_actor, view.first, v).filter(|x| !x.place)?;
            Some((v, x))
        }) else {
            continue;
        };
        let Some(place) = actors.iter().find(|a| a.place && a.code.is_some() && a.start > v && a.end <= k).cloned()
        else {
            continue;
        };
        if same_country(&traveller, &place) {
            continue;
        }
        if events[first..].iter().any(|e| e.code == "046" && trigger_token(doc, view, e) == Some(k)) {
            continue;
        }
        // the visit goes to the place's state
        let place_country = place.code.as_ref().and_then(|c| c.country.clone());
        for e in &mut events[first..] {
            if e.code == "042"
                && trigger_token(doc, view, e) == Some(v)
                && e.target_actor.as_ref().and_then(|c| c.country.clone()) != place_country
            {
                e.target = place.entity.clone();
                e.target_actor = place.code.clone();
            }
        }
        let talks = synthetic(k, k + 1, "046");
        events.push(make_event(lex, doc, si, view, &talks, "046", &traveller, &place, actors));
        events.push(make_event(lex, doc, si, view, &talks, "046", &place, &traveller, actors));
    }
}

/// Nouns of humanitarian goods or the vehicles that carry them.
const AID_GOODS: [&str; 16] = [
    "trucks",
    "lorries",
    "convoy",
    "convoys",
    "flour",
    "food",
    "aid",
    "supplies",
    "shipment",
    "shipments",
    "fuel",
    "medicine",
    "medicines",
    "wheat",
    "rations",
    "tents",
];

/// Aid let through is aid delivered: "allowed 50 trucks of World Food
/// Programme flour into Gaza", "let a convoy of UN aid trucks into Idlib".
/// Beside the permission (0863) the main pass codes for the side that lets
/// it through, the side whose aid it is gives humanitarian aid (073) to the
/// state of the place it goes into.
pub(super) fn aid_let_through(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut found: Vec<(usize, Actor, Actor)> = Vec::new();
    for e in &events[first..] {
        if e.code != "0863" || e.negated {
            continue;
        }
        let Some(v) = trigger_token(doc, view, e) else { continue };
        let end = (v + 14).min(view.end());
        // the goods in the object, then "into" a place
        let Some(goods) = (v + 1..(v + 9).min(end)).find(|&t| AID_GOODS.contains(&view.word(t))) else { continue };
        let Some(into) = (goods..end).find(|&t| view.word(t) == "into") else { continue };
        let Some(place) = actors.iter().find(|a| a.place && a.code.is_some() && a.start > into && a.start <= into + 3)
        else {
            continue;
        };
        // the owner of the aid: the side let through, named in the object
        let Some(owner) = actor_coded(actors, &e.target_actor, v + 1, into) else { continue };
        if same_country(&owner, place) {
            continue;
        }
        found.push((goods, owner, place.clone()));
    }
    for (goods, owner, place) in found {
        if events[first..].iter().any(|e| e.code.starts_with("07") && e.source_actor == owner.code) {
            continue;
        }
        let tr = synthetic(goods, goods + 1, "073");
        events.push(make_event(lex, doc, si, view, &tr, "073", &owner, &place, actors));
    }
}

/// Gerunds that arm a side: "accused Kigali of arming the rebels",
/// "supplying M23 with drones", "equipping the militia with rifles".
const ARMING: [&str; 3] = ["arming", "supplying", "equipping"];

/// Nouns of an armed group that "the" may refer back to.
const ARMED_GROUPS: [&str; 7] = ["rebels", "militia", "militias", "militants", "insurgents", "fighters", "separatists"];

/// Nouns of weapons a side may be supplied with.
const WEAPONS: [&str; 16] = [
    "weapons",
    "arms",
    "weaponry",
    "drones",
    "artillery",
    "rifles",
    "guns",
    "ammunition",
    "munitions",
    "missiles",
    "rockets",
    "mortars",
    "explosives",
    "shells",
    "grenades",
    "tanks",
];

/// A state that arms a side, or supplies it with weapons, gives it military
/// aid (072): "accused Rwanda of arming the rebels", "accused Kigali of
/// supplying M23 with drones and artillery", "of supplying weapons to the
/// militia". "Supplying" and "equipping" need a weapon in their object
/// (fuel or food supplied is no military aid). The supplier is the accused
/// before "of", or the subject right before the verb; the side armed is the
/// one right after the verb, or after "to" past the weapons.
pub(super) fn arms_supplied(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if !ARMING.contains(&view.word(t)) {
            continue;
        }
        let upto = (t + 10).min(view.end());
        let object: Vec<usize> =
            (t + 1..upto).take_while(|&k| !matches!(view.word(k), "," | ";" | "and" | "but" | "while")).collect();
        let weapons = (t + 1..upto)
            .take_while(|&k| !matches!(view.word(k), "," | ";" | "but" | "while"))
            .any(|k| WEAPONS.contains(&view.word(k)));
        if view.word(t) != "arming" && !weapons {
            continue;
        }
        // the side armed: right after the verb, or after "to" past the
        // weapons ("supplying weapons to the militia")
        let right_after = |a: &&Actor| a.start == t + 1 || (a.start == t + 2 && view.word(t + 1) == "the");
        let after_to = |a: &&Actor| {
            object
                .iter()
                .any(|&k| view.word(k) == "to" && (a.start == k + 1 || (a.start == k + 2 && view.word(k + 1) == "the")))
        };
        let named = actors.iter().find(|a| a.code.is_some() && !a.place && (right_after(a) || after_to(a))).cloned();
        // ("arming the militia", "supplying the rebels with drones": an
        // armed group named before, as a side of an act told in this
        // sentence or the one before)
        let group = if view.word(t + 1) == "the" { t + 2 } else { t + 1 };
        let referred = || {
            if !ARMED_GROUPS.contains(&view.word(group)) {
                return None;
            }
            let at = doc.tokens[t].span.start;
            let code = events
                .iter()
                .filter(|e| (e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si)
                .flat_map(|e| [e.target_actor.clone(), e.source_actor.clone()])
                .flatten()
                .rfind(super::non_state)?;
            Some(Actor { start: group, end: group + 1, entity: None, code: Some(code), place: false })
        };
        let Some(armed) = named.or_else(referred) else { continue };
        // the supplier: the accused before "of", or the subject right before
        let supplier = if view.word(t - 1) == "of" {
            actors.iter().rfind(|a| a.code.is_some() && a.end < t && a.end + 4 >= t)
        } else {
            actors.iter().find(|a| a.code.is_some() && !a.place && a.end == t)
        };
        let Some(supplier) = supplier.cloned() else { continue };
        if same_country(&supplier, &armed) {
            continue;
        }
        if events[first..]
            .iter()
            .any(|e| e.root == "07" && e.source_actor == supplier.code && e.target_actor == armed.code)
        {
            continue;
        }
        let tr = synthetic(t, t + 1, "072");
        events.push(make_event(lex, doc, si, view, &tr, "072", &supplier, &armed, actors));
    }
}

/// Verbs of welcoming or praising a deed.
const WELCOMING: [&str; 10] =
    ["welcomed", "welcomes", "welcoming", "hailed", "hails", "hailing", "praised", "praises", "applauded", "lauded"];

/// Nouns that name a deed just told ("welcomed the decision", "hailed the
/// signing", "welcomed her release", "welcomed the pullback").
const DEEDS: [&str; 19] = [
    "decision",
    "move",
    "step",
    "signing",
    "release",
    "agreement",
    "deal",
    "accord",
    "withdrawal",
    "pullback",
    "announcement",
    "handover",
    "ceasefire",
    "truce",
    "approval",
    "pledge",
    "vote",
    "offer",
    "mission",
];

/// Praise for a deed the text has just told is praise for whoever did it
/// (051): "The IMF approved a loan to Kenya. Kenya's finance minister
/// welcomed the decision"; "Chile and Peru signed a pact …; Bolivia's
/// minister hailed the signing" (each signer). The deed is the latest act
/// coded before the praise, in its sentence or the one before; the praiser
/// is the side right before the verb. Only where the main pass coded
/// nothing on the verb.
pub(super) fn deed_welcomed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if !WELCOMING.contains(&view.word(t)) {
            continue;
        }
        let det = matches!(view.word(t + 1), "the" | "her" | "his" | "its" | "their" | "this" | "that");
        let noun = if det { t + 2 } else { t + 1 };
        if noun >= view.end() || !DEEDS.contains(&view.word(noun)) {
            continue;
        }
        // ("welcomed the decision by Ghana": the main pass's target)
        if matches!(view.word(noun + 1), "by" | "from") {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at && e.target_actor.is_some()) {
            continue;
        }
        let mut s = t;
        while s > view.first && matches!(view.word(s - 1), "also" | "quickly" | "swiftly" | "warmly" | "has" | "had") {
            s -= 1;
        }
        let Some(praiser) = praiser_before(view, actors, s) else {
            continue;
        };
        // the latest deed told before the praise, in this sentence or the
        // one before, by a side other than the praiser
        let deed = events
            .iter()
            .filter(|e| {
                (e.sentence == si && e.trigger.end <= at || e.sentence + 1 == si)
                    && !e.negated
                    && !matches!(e.root.as_str(), "01" | "02")
                    && !matches!(e.code.as_str(), "051" | "052")
                    && e.source_actor.is_some()
                    && e.source_actor != praiser.code
                    // (a state praises a deed done to it from outside, not
                    // its own army's reported one)
                    && !(e.source_actor.as_ref().and_then(|c| c.country.as_ref()).is_some()
                        && e.source_actor.as_ref().map(|c| &c.country) == praiser.code.as_ref().map(|c| &c.country))
            })
            .max_by_key(|e| e.trigger.start);
        let Some(deed_at) = deed.map(|e| e.trigger.start) else { continue };
        let doers: Vec<ActorCode> = events
            .iter()
            .filter(|e| e.trigger.start == deed_at && !e.negated)
            .filter_map(|e| e.source_actor.clone())
            .filter(|c| Some(c) != praiser.code.as_ref())
            .collect();
        let tr = synthetic(t, noun + 1, "051");
        let mut done: Vec<ActorCode> = Vec::new();
        for code in doers {
            if done.contains(&code) {
                continue;
            }
            done.push(code.clone());
            let doer = Actor { start: t, end: t, entity: None, code: Some(code), place: false };
            events.push(make_event(lex, doc, si, view, &tr, "051", &praiser, &doer, actors));
        }
    }
}

/// The side that praises with the verb at `s`: the side named right
/// before it; else, past "said it" ("Sudan's foreign ministry said it
/// welcomed the mission"), the speaker; else the state owning an office
/// with no name of its own ("Pakistan's railways minister welcomed"); else
/// a body before the place it sits in ("The UN mission in Congo
/// welcomed"). Places themselves praise nothing.
fn praiser_before(view: &SentenceView<'_>, actors: &[Actor], s: usize) -> Option<Actor> {
    let ending = |end: usize| actors.iter().find(|a| a.code.is_some() && !a.place && a.end == end).cloned();
    if let Some(a) = ending(s) {
        return Some(a);
    }
    if s >= view.first + 3 && matches!(view.word(s - 1), "it" | "they") && matches!(view.word(s - 2), "said" | "says") {
        return ending(s - 2);
    }
    // "Pakistan's railways minister": the possessive, then only lowercase
    // words of an office
    if let Some(k) = (s.saturating_sub(4).max(view.first + 1)..s).find(|&k| view.word(k) == "'s")
        && (k + 1..s).all(|t| view.word(t).chars().all(|c| c.is_lowercase()))
        && let Some(owner) = actors.iter().find(|a| a.code.is_some() && a.end == k)
    {
        return Some(owner.clone());
    }
    // "the UN mission in Congo", "the UN peacekeeping mission in Congo":
    // the body, not its seat (past up to three lowercase words of the
    // body's kind between its name and "in")
    let seat = actors.iter().find(|a| a.place && a.end == s && a.start > view.first + 1)?;
    if view.word(seat.start - 1) != "in" {
        return None;
    }
    let before_in = seat.start - 1;
    (before_in.saturating_sub(3).max(view.first + 1)..=before_in).rev().find_map(|end| {
        (end..before_in).all(|t| view.word(t).chars().all(|c| c.is_ascii_lowercase())).then(|| ending(end)).flatten()
    })
}

/// Heads of a joint military activity ("a joint raid", "a joint
/// search-and-rescue drill", "joint operations").
const JOINT_HEADS: [&str; 10] =
    ["drill", "drills", "exercise", "exercises", "patrol", "patrols", "operation", "operations", "raid", "raids"];

/// Nouns of the forces or states that "the two" refers back to ("the two
/// navies", "the two countries' coast guards").
const TWO_OF: [&str; 10] =
    ["navies", "armies", "militaries", "forces", "countries", "guards", "sides", "governments", "states", "nations"];

/// A joint military activity by two sides is military cooperation between
/// them (062 each way), where the main pass read the act otherwise ("carried
/// out a joint raid on a hideout" as a raid on no one): the sides are a
/// coordinated pair of two states before it ("Syrian troops and the
/// U.S.-led coalition carried out a joint raid"), or "the two navies", "the
/// two countries' coast guards", which refer back to the two states of the
/// latest act between two states, in this sentence or the one before.
pub(super) fn joint_activity(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for j in view.first + 1..view.end() {
        if view.word(j) != "joint" {
            continue;
        }
        let Some(head) = (j + 1..(j + 4).min(view.end())).find(|&t| JOINT_HEADS.contains(&view.word(t))) else {
            continue;
        };
        if events[first..].iter().any(|e| e.code == "062") {
            return;
        }
        let from = j.saturating_sub(12).max(view.first);
        // a coordinated pair of two states before "joint", as subject
        let pair = (0..actors.len()).find_map(|i| {
            let a = &actors[i];
            if a.start < from || a.place || a.code.is_none() {
                return None;
            }
            let group = super::with_coordinated_right(view, actors, i);
            let (x, y) = (&actors[group[0]], &actors[*group.get(1)?]);
            // ("the U.S.-led coalition": the leader's force)
            let leader = (view.word(y.end) == "-" && view.word(y.end + 1) == "led") || view.word(y.end) == "-led";
            (group.len() == 2 && y.end < j && (!y.place || leader) && y.code.is_some() && !same_country(x, y))
                .then(|| (x.clone(), y.clone()))
        });
        // "the two navies", "the two countries' coast guards"
        let two = (from..j).any(|k| {
            k + 2 < view.end()
                && view.word(k) == "the"
                && view.word(k + 1) == "two"
                && TWO_OF.contains(&view.word(k + 2))
        });
        let referred = || {
            let at = doc.tokens[j].span.start;
            events
                .iter()
                .filter(|e| (e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si)
                .filter(|e| !e.negated)
                .filter_map(|e| {
                    let (s, t) = (e.source_actor.clone()?, e.target_actor.clone()?);
                    (s.country.is_some() && t.country.is_some() && s.country != t.country).then_some((s, t))
                })
                .next_back()
                .map(|(s, t)| {
                    let side = |c: ActorCode| Actor { start: j, end: j, entity: None, code: Some(c), place: false };
                    (side(s), side(t))
                })
        };
        // "the joint naval drills held this week by Russia and China": the
        // coordinated pair after "by" in the same clause did them
        let by_pair = (head + 1..(head + 8).min(view.end()))
            .take_while(|&k| !matches!(view.word(k), "," | ";" | "and"))
            .find(|&k| view.word(k) == "by")
            .and_then(|by| {
                let i = actors.iter().position(|a| {
                    a.code.is_some() && (a.start == by + 1 || (a.start == by + 2 && view.word(by + 1) == "the"))
                })?;
                let group = super::with_coordinated_right(view, actors, i);
                let (x, y) = (&actors[group[0]], &actors[*group.get(1)?]);
                (group.len() == 2 && y.code.is_some() && !same_country(x, y)).then(|| (x.clone(), y.clone()))
            });
        let Some((a, b)) = by_pair.or(pair).or_else(|| if two { referred() } else { None }) else { continue };
        let tr = synthetic(j, head + 1, "062");
        events.push(make_event(lex, doc, si, view, &tr, "062", &a, &b, actors));
        events.push(make_event(lex, doc, si, view, &tr, "062", &b, &a, actors));
        return;
    }
}

/// Nouns of an armed group's push that forces may be sent to back ("to back
/// the offensive").
const OFFENSIVES: [&str; 5] = ["offensive", "assault", "advance", "push", "campaign"];

/// Whether a code is an armed group's (rebels, an unidentified armed force).
fn armed_group(c: &ActorCode) -> bool {
    matches!(c.role.as_deref().and_then(|r| r.get(..3)), Some("REB" | "UAF"))
}

/// The armed group that "the group", "the rebels" or "the offensive" refers
/// back to: the latest armed group that is a side (the doer only, when
/// `doer`) of an act told before `at` in sentence `si` or in the one before.
fn referred_group(events: &[Event], at: usize, si: usize, doer: bool) -> Option<ActorCode> {
    events
        .iter()
        .filter(|e| ((e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si) && !e.negated)
        .flat_map(|e| [if doer { None } else { e.target_actor.clone() }, e.source_actor.clone()])
        .flatten()
        .rfind(armed_group)
}

/// Verbs of considering a matter settled.
const CONSIDERING: [&str; 9] =
    ["considered", "considers", "consider", "regarded", "regards", "regard", "deemed", "deems", "deem"];

/// Nouns of a dispute that may be declared closed.
const CLOSED_MATTERS: [&str; 5] = ["matter", "incident", "case", "issue", "affair"];

/// A side that considers the matter closed after another apologised to it
/// forgives the apologiser (056): "Poland's minister apologised to
/// Lithuania … Vilnius said it considered the matter closed", "regarded the
/// incident as closed". The forgiver is the latest side named before the
/// verb; the apology (055) is the latest one aimed at the forgiver's
/// country, in this sentence or the one before. Without an apology the
/// phrase is no forgiveness ("the court considered the matter closed").
pub(super) fn matter_closed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 3..view.end() {
        if view.word(t) != "closed" {
            continue;
        }
        // "the matter closed", "the incident as closed"
        let Some(mut noun) = t.checked_sub(1) else { continue };
        if view.word(noun) == "as" {
            noun = noun.saturating_sub(1);
        }
        if !CLOSED_MATTERS.contains(&view.word(noun)) || noun < view.first + 2 {
            continue;
        }
        let verb = noun - 2;
        if !matches!(view.word(noun - 1), "the" | "this" | "that") || !CONSIDERING.contains(&view.word(verb)) {
            continue;
        }
        let Some(forgiver) = actors.iter().rfind(|a| a.code.is_some() && a.end <= verb).cloned() else { continue };
        let Some(own) = forgiver.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let at = doc.tokens[verb].span.start;
        let apologiser = events
            .iter()
            .filter(|e| ((e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si) && !e.negated)
            .filter(|e| e.code.starts_with("055"))
            .filter(|e| e.target_actor.as_ref().is_some_and(|c| c.country.as_deref() == Some(own.as_str())))
            .filter_map(|e| e.source_actor.clone())
            .rfind(|c| c.country.is_some() && c.country.as_deref() != Some(own.as_str()));
        let Some(code) = apologiser else { continue };
        if events[first..].iter().any(|e| e.code == "056") {
            continue;
        }
        let apologiser = Actor { start: verb, end: verb, entity: None, code: Some(code), place: false };
        let tr = synthetic(verb, t + 1, "056");
        events.push(make_event(lex, doc, si, view, &tr, "056", &forgiver, &apologiser, actors));
    }
}

/// Words of a sum of money ("$3 billion", "2 billion dollars").
fn money_word(w: &str) -> bool {
    w.starts_with('$') || matches!(w, "billion" | "million" | "bn" | "dollars" | "euros" | "riyals" | "dirhams")
}

/// Money one state deposited in another's central bank is economic aid
/// (071): "Saudi Arabia deposited $3 billion in Pakistan's central bank",
/// "Qatar deposited $1 billion with Egypt's central bank". The depositor is
/// the subject right before the verb (or before "has"/"had" and the verb:
/// "Kuwait has deposited 1 billion dollars with Jordan's central bank"); a
/// sum must follow it, and a bank (or
/// the reserves or treasury) of another state the "in", "with" or "into"
/// after it. Only the deed done: "would deposit", "a deposit" are not it.
pub(super) fn deposit_made(pass: &SentencePass<'_>, events: &mut Vec<Event>, _first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if view.word(t) != "deposited" {
            continue;
        }
        // ("Kuwait has deposited …": past an auxiliary)
        let mut s = t;
        while s > view.first && matches!(view.word(s - 1), "has" | "have" | "had" | "also") {
            s -= 1;
        }
        let Some(depositor) =
            actors.iter().find(|a| a.code.as_ref().is_some_and(|c| !super::non_state(c)) && a.end == s)
        else {
            continue;
        };
        let end = (t + 8).min(view.end());
        if !(t + 1..(t + 5).min(view.end())).any(|k| money_word(view.word(k))) {
            continue;
        }
        let Some(into) = (t + 2..end).find(|&k| matches!(view.word(k), "in" | "with" | "into")) else { continue };
        let bank_word = (into + 1..(into + 6).min(view.end()))
            .any(|k| matches!(view.word(k), "bank" | "reserves" | "treasury" | "coffers"));
        let Some(bank) = actors.iter().find(|a| {
            a.code.is_some()
                && (a.start == into + 1 || (a.start == into + 2 && view.word(into + 1) == "the"))
                && !same_country(a, depositor)
        }) else {
            continue;
        };
        if !bank_word {
            continue;
        }
        let tr = synthetic(t, t + 1, "071");
        events.push(make_event(lex, doc, si, view, &tr, "071", depositor, bank, actors));
    }
}

/// Verbs of backing a side.
const BACKS: [&str; 8] = ["support", "supports", "supported", "supporting", "back", "backs", "backed", "backing"];

/// A state that backs another country's armed group gives it aid (070), not
/// diplomatic support (05x): "over Kigali's backing of the M23 rebels",
/// "accused Uganda of supporting the rebels". Where the group is only
/// referred to ("called on Rwanda to stop supporting the group", "of
/// backing the rebels" after an act of theirs), it is the latest armed group
/// that is a side of an act told in this sentence or the one before, and the
/// backer is the accused before "of", the side asked "to stop", or the
/// subject right before the verb.
pub(super) fn armed_group_backed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let state = |c: &ActorCode| c.country.is_some() && !super::non_state(c);
    for e in &mut events[first..] {
        if e.root != "05" {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        if !BACKS.contains(&view.word(t)) {
            continue;
        }
        if let (Some(s), Some(g)) = (&e.source_actor, &e.target_actor)
            && state(s)
            && armed_group(g)
            && s.country != g.country
        {
            super::recode(lex, e, "070");
        }
    }
    for t in view.first + 1..view.end() {
        if !BACKS.contains(&view.word(t)) {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at && e.target_actor.is_some()) {
            continue;
        }
        let noun = if view.word(t + 1) == "the" { t + 2 } else { t + 1 };
        if noun >= view.end() || !(ARMED_GROUPS.contains(&view.word(noun)) || view.word(noun) == "group") {
            continue;
        }
        let backer = match view.word(t - 1) {
            "of" => actors.iter().rfind(|a| a.code.is_some() && a.end < t && a.end + 4 >= t),
            "stop" | "end" | "cease" | "halt" | "quit" if view.word(t.saturating_sub(2)) == "to" => {
                actors.iter().find(|a| a.code.is_some() && a.end + 2 == t)
            }
            _ => actors.iter().find(|a| a.code.is_some() && !a.place && a.end == t),
        };
        let Some(backer) = backer.filter(|a| a.code.as_ref().is_some_and(state)).cloned() else { continue };
        let Some(code) = referred_group(events, at, si, false) else { continue };
        if backer.code.as_ref().and_then(|c| c.country.as_ref()) == code.country.as_ref() {
            continue;
        }
        let group = Actor { start: noun, end: noun + 1, entity: None, code: Some(code), place: false };
        let tr = synthetic(t, t + 1, "070");
        events.push(make_event(lex, doc, si, view, &tr, "070", &backer, &group, actors));
    }
}

/// The two sides of the latest act done each way, under one code, between
/// two sides (a mutual agreement, a signing; also talks or a meeting when
/// `meetings`) told before `at` in sentence `si` or in the one before.
fn latest_mutual_pair(events: &[Event], at: usize, si: usize, meetings: bool) -> Option<(ActorCode, ActorCode)> {
    let told = |e: &&Event| ((e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si) && !e.negated;
    events.iter().filter(told).rev().find_map(|e| {
        let (s, t) = (e.source_actor.as_ref()?, e.target_actor.as_ref()?);
        let kind = matches!(e.root.as_str(), "03" | "05" | "06" | "08") || (meetings && e.root == "04");
        if !kind || s.country == t.country {
            return None;
        }
        let back = events.iter().filter(told).any(|o| {
            o.trigger.start == e.trigger.start
                && o.code == e.code
                && o.source_actor.as_ref() == Some(t)
                && o.target_actor.as_ref() == Some(s)
        });
        back.then(|| (s.clone(), t.clone()))
    })
}

/// Talks held by "their" ministers or "the two countries'" envoys after the
/// two sides did something together are talks between those sides (046
/// each way): "Saudi Arabia and Iran agreed to reopen their consulates,
/// after their foreign ministers held talks in Muscat"; "India and
/// Bangladesh signed a water deal. It was signed by the two countries'
/// ministers after two days of talks". The sides are those of the latest
/// act done each way, in the sentence or the one before; talks only to
/// come, talks "with" or "between" named sides, and a sentence whose talks
/// are already coded are left alone.
pub(super) fn talks_of_the_pair(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    if events[first..].iter().any(|e| e.code == "046") {
        return;
    }
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "talks" | "negotiations" | "consultations") || talks_to_come(view, k) {
            continue;
        }
        if (k + 1..(k + 4).min(view.end())).any(|i| matches!(view.word(i), "with" | "between")) {
            continue;
        }
        // ("agreed to launch negotiations", "will open talks": still to
        // come; "met … for their first talks": the meeting, or a journey,
        // is what the rules for visits and meetings code)
        if (k.saturating_sub(5).max(view.first)..k)
            .any(|i| matches!(view.word(i), "to" | "will" | "would" | "could" | "should" | "may" | "might" | "for"))
        {
            continue;
        }
        let from = k.saturating_sub(10).max(view.first);
        let referred = (from..k).any(|i| {
            view.word(i) == "their"
                || view.word(i) == "both" && sides_noun(view.word(i + 1))
                || (i > view.first
                    && view.word(i) == "two"
                    && view.word(i - 1) == "the"
                    && sides_noun(view.word(i + 1)))
        });
        if !referred {
            continue;
        }
        let Some((a, b)) = latest_mutual_pair(events, doc.tokens[k].span.start, si, false) else { continue };
        // ("met in Abu Dhabi for their first talks": the meeting is the talks)
        if events[first..].iter().any(|e| {
            e.root == "04"
                && [&e.source_actor, &e.target_actor]
                    .iter()
                    .all(|c| c.as_ref().is_some_and(|c| c.country == a.country || c.country == b.country))
        }) {
            continue;
        }
        let side = |c: ActorCode| Actor { start: k, end: k + 1, entity: None, code: Some(c), place: false };
        let (a, b) = (side(a), side(b));
        let tr = synthetic(k, k + 1, "046");
        events.push(make_event(lex, doc, si, view, &tr, "046", &a, &b, actors));
        events.push(make_event(lex, doc, si, view, &tr, "046", &b, &a, actors));
        return;
    }
}

/// Whether the words from `k` ask the sides to talk: "to return to the
/// (negotiating) table", "to resume talks", "to negotiate", "to meet" (an
/// appeal to meet or negotiate, 026, rather than a plain appeal).
fn to_talks(view: &SentenceView<'_>, k: usize) -> bool {
    if view.word(k) != "to" || k + 1 >= view.end() {
        return false;
    }
    let verb = view.word(k + 1);
    if matches!(verb, "negotiate" | "meet") {
        return true;
    }
    matches!(verb, "return" | "resume" | "restart" | "come" | "go" | "rejoin" | "hold" | "reopen")
        && (k + 2..(k + 7).min(view.end()))
            .any(|j| matches!(view.word(j), "table" | "talks" | "negotiations" | "dialogue"))
}

/// Verbs of an appeal that "both sides" may follow ("urged both
/// governments", "called on both sides", "appealed to the two parties").
const APPEALING: [&str; 10] =
    ["urged", "urges", "urging", "called", "calls", "calling", "appealed", "appeals", "appealing", "pressed"];

/// An appeal to "both governments", "both sides" or "the two parties" goes
/// to each of the two sides of the latest act between two sides told in
/// the sentence or the one before (020), where the main pass had no pair
/// to give it: "Kenya and Somalia each accused the other …. The African
/// Union urged both governments to show restraint". The appealer is the
/// latest side named before the verb that is neither of the two. "Both
/// delegations" refer back to the two sides just as "both sides" do, and an
/// appeal that they "return to the table" or "resume talks" is an appeal to
/// negotiate (026).
pub(super) fn both_sides_appealed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if !APPEALING.contains(&view.word(t)) {
            continue;
        }
        let mut k = t + 1;
        if matches!(view.word(k), "on" | "to")
            && matches!(view.word(t), "called" | "calls" | "calling" | "appealed" | "appeals" | "appealing")
        {
            k += 1;
        } else if !matches!(view.word(t), "urged" | "urges" | "urging" | "pressed") {
            continue;
        }
        // ("urged all sides", "called on all parties": every side of the
        // act, as "both sides")
        let both = matches!(view.word(k), "both" | "all") && sides_noun(view.word(k + 1));
        let two = view.word(k) == "the" && view.word(k + 1) == "two" && sides_noun(view.word(k + 2));
        if !both && !two {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        let told = |e: &&Event| ((e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si) && !e.negated;
        // ("rival militias clashed …, urging all sides to stop": two armed
        // groups the text codes alike are the sides of their own fight)
        let alike = || {
            events.iter().filter(told).rev().find_map(|e| {
                let (s, g) = (e.source_actor.clone()?, e.target_actor.clone()?);
                (s == g && super::non_state(&s) && matches!(e.root.as_str(), "18" | "19")).then_some((s, g))
            })
        };
        let Some((a, b)) = events
            .iter()
            .filter(told)
            .rev()
            .find_map(|e| {
                let (s, g) = (e.source_actor.clone()?, e.target_actor.clone()?);
                let apart = s.country != g.country || super::non_state(&s) != super::non_state(&g);
                (apart && s.country.is_some() && g.country.is_some()).then_some((s, g))
            })
            .or_else(alike)
        else {
            continue;
        };
        let Some(appealer) = actors
            .iter()
            .rfind(|x| {
                x.code.as_ref().is_some_and(|c| c.country.is_some() && *c != a && *c != b) && !x.place && x.end <= t
            })
            .cloned()
        else {
            continue;
        };
        let after = if both { k + 2 } else { k + 3 };
        // ("to stop fighting", "to observe a ceasefire", "to show
        // restraint": an appeal to de-escalate, 0256)
        let calm = view.word(after) == "to"
            && (after + 1..(after + 8).min(view.end())).any(|j| {
                matches!(
                    view.word(j),
                    "ceasefire" | "truce" | "fighting" | "hostilities" | "restraint" | "de-escalate" | "violence"
                )
            });
        let code = if to_talks(view, after) {
            "026"
        } else if calm {
            "0256"
        } else {
            "020"
        };
        let tr = synthetic(t, t + 1, code);
        let mut done: Vec<ActorCode> = Vec::new();
        for side in [a.clone(), b.clone()] {
            if done.contains(&side) {
                continue;
            }
            done.push(side.clone());
            let side = Actor { start: k, end: k + 1, entity: None, code: Some(side), place: false };
            if !same_country(&appealer, &side) {
                events.push(make_event(lex, doc, si, view, &tr, code, &appealer, &side, actors));
            }
        }
        // (what the sides are urged to do, "to observe a ceasefire", has
        // not happened: the verb right after "to" codes nothing)
        if view.word(after) == "to" && after + 1 < view.end() {
            let asked = doc.tokens[after + 1].span.start;
            events.retain(|e| !(e.sentence == si && e.trigger.start == asked));
        }
    }
}

/// "They agreed" right after two sides met, held talks or made a deal
/// together is the pair's agreement (030 each way): "The defence ministers
/// of Peru and Chile held talks in Lima. In a joint statement, they agreed
/// to set up a border commission". "They" is the subject right before the
/// verb; the pair is that of the latest act done each way in the sentence
/// or the one before; nothing is coded where the main pass gave the verb
/// a target.
pub(super) fn pair_agreed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if view.word(t) != "agreed" || !(view.word(t - 1) == "they" || pair_noun_before(view, t)) {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at && e.target_actor.is_some()) {
            continue;
        }
        let Some((a, b)) = latest_mutual_pair(events, at, si, true) else { continue };
        let side = |c: ActorCode| Actor { start: t - 1, end: t, entity: None, code: Some(c), place: false };
        let (a, b) = (side(a), side(b));
        // ("agreed to meet", "agreed to hold talks": an intent to meet)
        let code = if to_talks(view, t + 1) { "036" } else { "030" };
        let tr = synthetic(t, t + 1, code);
        events.push(make_event(lex, doc, si, view, &tr, code, &a, &b, actors));
        events.push(make_event(lex, doc, si, view, &tr, code, &b, &a, actors));
    }
}

/// Whether a noun for two sides stands right before the verb at `t`,
/// with no name of its own: "Both leaders agreed", "the two ministers
/// agreed" (the sentence names no side, so the pair is the one just told).
fn pair_noun_before(view: &SentenceView<'_>, t: usize) -> bool {
    let noun = view.word(t - 1);
    let pair_noun = sides_noun(noun) || matches!(noun, "presidents" | "ministers" | "men" | "premiers");
    pair_noun
        && t >= view.first + 2
        && (view.word(t - 2) == "both"
            || (t >= view.first + 3 && view.word(t - 2) == "two" && view.word(t - 3) == "the"))
}

/// Verbs of a permission given ("approved the delivery", "granted
/// permission for flights", "allowed its entry").
const PERMITTING: [&str; 9] =
    ["approved", "allowed", "authorised", "authorized", "permitted", "granted", "cleared", "approves", "allows"];

/// Nouns of the passage of aid that a permission names ("the delivery",
/// "its entry", "permission for flights", "access for the convoy").
const PASSAGE_NOUNS: [&str; 13] = [
    "delivery",
    "deliveries",
    "entry",
    "passage",
    "permission",
    "access",
    "convoy",
    "convoys",
    "flight",
    "flights",
    "shipment",
    "shipments",
    "crossing",
];

/// Humanitarian aid let in by another side's permission (0863): "A Jordanian
/// convoy carrying food entered Gaza after Israeli authorities approved the
/// delivery", "The WFP began airdropping food … after Chadian authorities
/// granted permission for flights". The aid (073) is coded in the same
/// sentence; the permitter is the side right before the verb, of another
/// country than the aid's giver, and a noun of the aid's passage is the
/// verb's object. The permission is aimed at the giver of the aid; whatever
/// the main pass read on the verb (a bare approval, 080) gives way to it.
pub(super) fn aid_access_granted(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if !PERMITTING.contains(&view.word(t)) {
            continue;
        }
        let end = (t + 5).min(view.end());
        if !(t + 1..end).any(|k| PASSAGE_NOUNS.contains(&view.word(k))) {
            continue;
        }
        let mut s = t;
        while s > view.first && matches!(view.word(s - 1), "have" | "has" | "had" | "later" | "also" | "finally") {
            s -= 1;
        }
        let Some(permitter) = actors.iter().find(|a| a.code.is_some() && !a.place && a.end == s).cloned() else {
            continue;
        };
        let Some(pc) = permitter.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let at = doc.tokens[t].span.start;
        // the humanitarian aid told in the sentence, by a giver of another
        // country
        let Some(giver) = events[first..]
            .iter()
            .filter(|e| e.code == "073" && !e.negated && e.trigger.start != at)
            .filter_map(|e| e.source_actor.clone())
            .find(|c| c.country.as_deref().is_some_and(|k| k != pc))
        else {
            continue;
        };
        if events[first..].iter().any(|e| e.code == "0863" && e.trigger.start == at) {
            continue;
        }
        events.retain(|e| {
            !(e.sentence == si && e.trigger.start == at && matches!(e.root.as_str(), "03" | "08") && !e.negated)
        });
        let giver = Actor { start: t, end: t, entity: None, code: Some(giver), place: false };
        let tr = synthetic(t, t + 1, "0863");
        events.push(make_event(lex, doc, si, view, &tr, "0863", &permitter, &giver, actors));
    }
}

/// Nouns of money paid out to a state ("a $1.4 billion disbursement", "the
/// release of $1.3 billion", "a loan tranche").
const PAYOUT_NOUNS: [&str; 11] = [
    "disbursement",
    "disbursements",
    "release",
    "loan",
    "loans",
    "tranche",
    "payout",
    "bailout",
    "credit",
    "financing",
    "funding",
];

/// A lender's approval of money for a state is economic aid (071): "The IMF
/// approved a $1.4 billion disbursement to Argentina", "the board approved
/// on Friday the release of $1.3 billion to Pakistan". The main pass read
/// the bare approval (080, an easing); a sum and a noun of money paid out
/// in the few words after the verb make it the aid itself.
pub(super) fn money_approved(pass: &SentencePass<'_>, events: &mut [Event], first: usize) {
    let SentencePass { lex, doc, view, .. } = *pass;
    for e in events[first..].iter_mut() {
        if !e.root.starts_with("08") || e.negated || e.target_actor.is_none() {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        if !matches!(view.word(t), "approved" | "approves" | "approve") {
            continue;
        }
        let end = (t + 9).min(view.end());
        let money = (t + 1..end).any(|k| money_word(view.word(k)));
        let payout = (t + 1..end).any(|k| PAYOUT_NOUNS.contains(&view.word(k)));
        if money && payout {
            super::recode(lex, e, "071");
        }
    }
}

/// Nouns of a text two sides sign ("signed a treaty", "initialled the text
/// of a peace deal").
const SIGNED_TEXTS: [&str; 14] = [
    "agreement",
    "agreements",
    "treaty",
    "treaties",
    "deal",
    "deals",
    "accord",
    "accords",
    "pact",
    "memorandum",
    "declaration",
    "text",
    "protocol",
    "charter",
];

/// Two sides that met and then signed: "The foreign ministers of Armenia and
/// Azerbaijan met in Washington, hosted by the US secretary of state, and
/// initialled the text of a peace treaty". A signing verb right after "and"
/// shares the subject of the meeting (an act of the 04 root coded each way
/// between one pair) told before it in the sentence; the pair signs (057
/// each way), not the agent of a passive phrase in between ("hosted by").
pub(super) fn met_and_signed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 2..view.end() {
        if !matches!(view.word(t), "signed" | "initialled" | "initialed" | "inked") || view.word(t - 1) != "and" {
            continue;
        }
        let end = (t + 8).min(view.end());
        if !(t + 1..end).any(|k| SIGNED_TEXTS.contains(&view.word(k))) {
            continue;
        }
        let at = doc.tokens[t].span.start;
        // the pair of the latest meeting coded each way before the verb
        let met: Vec<&Event> = events[first..]
            .iter()
            .filter(|e| e.root == "04" && !e.negated && e.trigger.start < at)
            .filter(|e| e.source_actor.is_some() && e.target_actor.is_some())
            .collect();
        let Some(pair) = met.iter().rev().find_map(|e| {
            let back = met.iter().any(|b| {
                b.trigger.start == e.trigger.start
                    && b.code == e.code
                    && b.source_actor == e.target_actor
                    && b.target_actor == e.source_actor
            });
            if back { Some((e.source_actor.clone()?, e.target_actor.clone()?)) } else { None }
        }) else {
            continue;
        };
        if pair.0.country == pair.1.country {
            continue;
        }
        // another verb between the meeting and "and" has its own subject
        let signed_by_pair = events[first..].iter().any(|e| {
            e.trigger.start == at
                && e.code == "057"
                && (e.source_actor.as_ref() == Some(&pair.0) || e.source_actor.as_ref() == Some(&pair.1))
        });
        if signed_by_pair {
            continue;
        }
        events.retain(|e| !(e.sentence == si && e.trigger.start == at && e.code == "057"));
        let a = Actor { start: t, end: t, entity: None, code: Some(pair.0.clone()), place: false };
        let b = Actor { start: t, end: t, entity: None, code: Some(pair.1.clone()), place: false };
        let tr = synthetic(t, t + 1, "057");
        events.push(make_event(lex, doc, si, view, &tr, "057", &a, &b, actors));
        events.push(make_event(lex, doc, si, view, &tr, "057", &b, &a, actors));
    }
}

/// Nouns a place "in the …" refers back with ("deployed in the province").
const PLACE_BACK: [&str; 8] = ["province", "region", "country", "area", "state", "district", "territory", "city"];

/// Foreign troops or police told as deployed in a country give it military
/// protection (074): "Rwandan troops, deployed in the province since 2021,
/// launched an operation", "120 Australian police already deployed there".
/// The force (a military or police side) is right before the participle; the
/// country is that of a place named after "in"/"to", or, for "the province",
/// "there", that of the latest side acted on in this sentence or the one
/// before. Not where the force's state is told acting against that state or
/// its forces (an occupying army is no protection); a sending of the force
/// (root 15, as the main pass reads "will send 80 police officers to X") is
/// no such act.
pub(super) fn foreign_force_deployed(pass: &SentencePass<'_>, events: &mut Vec<Event>, _first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if view.word(t) != "deployed" {
            continue;
        }
        let mut s = t;
        while s > view.first && matches!(view.word(s - 1), "," | "already" | "now" | "currently" | "still") {
            s -= 1;
        }
        let Some(force) = actors.iter().find(|a| {
            !a.place && a.end == s && a.code.as_ref().is_some_and(|c| matches!(c.role.as_deref(), Some("MIL" | "COP")))
        }) else {
            continue;
        };
        let Some(fc) = force.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let at = doc.tokens[t].span.start;
        let host: Option<String> = match view.word(t + 1) {
            "in" | "to" | "inside" => {
                let named = actors.iter().find(|a| a.place && a.start > t + 1 && a.start <= t + 3 && a.code.is_some());
                if let Some(p) = named {
                    p.code.as_ref().and_then(|c| c.country.clone())
                } else if view.word(t + 2) == "the" && PLACE_BACK.contains(&view.word(t + 3)) {
                    latest_acted_on(events, si, at, &fc)
                } else {
                    continue;
                }
            }
            "there" => latest_acted_on(events, si, at, &fc),
            _ => continue,
        };
        let Some(host) = host else { continue };
        if host == fc {
            continue;
        }
        // an army told fighting that state is no protection for it
        let hostile = events.iter().any(|e| {
            matches!(e.root.as_str(), "13" | "14" | "16" | "17" | "18" | "19" | "20")
                && e.source_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(fc.as_str())
                && e.target_actor.as_ref().is_some_and(|c| {
                    c.country.as_deref() == Some(host.as_str())
                        && matches!(c.role.as_deref(), None | Some("GOV" | "MIL" | "COP" | "CVL"))
                })
        });
        if hostile {
            continue;
        }
        if events.iter().any(|e| {
            e.root == "07"
                && e.source_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(fc.as_str())
                && e.target_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(host.as_str())
                && e.sentence == si
        }) {
            continue;
        }
        let force = force.clone();
        let host = super::country_side(&host, t);
        let tr = synthetic(t, t + 1, "074");
        events.push(make_event(lex, doc, si, view, &tr, "074", &force, &host, actors));
    }
}

/// The country of the latest side acted on (an event's target) before
/// `at`, in sentence `si` or the one before, other than `own`.
fn latest_acted_on(events: &[Event], si: usize, at: usize, own: &str) -> Option<String> {
    events
        .iter()
        .filter(|e| (e.sentence == si && e.trigger.start < at || e.sentence + 1 == si) && !e.negated)
        .filter_map(|e| e.target_actor.as_ref().and_then(|c| c.country.clone()))
        .rfind(|c| c != own && c.len() == 3)
}

/// Nouns of a truce between two sides.
const TRUCE_NOUNS: [&str; 5] = ["ceasefire", "cease-fire", "truce", "moratorium", "armistice"];

/// Participles that tell a truce as agreed before ("a ceasefire agreed in
/// March", "since it was renewed in 2021", "that both sides had accepted").
const TRUCE_AGREED: [&str; 4] = ["agreed", "renewed", "accepted", "reached"];

/// A truce the two sides of a breach or an exchange of fire had agreed is
/// their ceasefire (0871 each way): "accusing Phnom Penh of breaking a
/// ceasefire agreed in March", "the first violation since the two countries
/// renewed their ceasefire understanding", "the first breach of their
/// ceasefire since it was renewed in 2021", "calling on all sides to respect
/// a truce agreed in May" (after rival groups clashed). The truce is told as
/// agreed in the past by a participle after its noun (not "agreed to", an
/// act to come), a relative or "it was" clause, or "renewed their …"
/// before it; a truce only "brokered" by a mediator is left to the
/// mediation. The sides are those of a breach (196) coded in the sentence,
/// else of an act of force coded each way (or between two groups of one
/// code) in it.
pub(super) fn truce_agreed_before(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for n in view.first..view.end() {
        if !TRUCE_NOUNS.contains(&view.word(n)) {
            continue;
        }
        // "renewed their ceasefire understanding"
        let before = (n.saturating_sub(3).max(view.first)..n).find(|&k| view.word(k) == "renewed");
        // "a ceasefire agreed in March", "since it was renewed", "that both
        // sides had accepted"
        let stop = (n + 1..(n + 12).min(view.end()))
            .find(|&k| matches!(view.word(k), "." | ";" | ","))
            .unwrap_or((n + 12).min(view.end()));
        let after = (n + 1..stop).find(|&k| {
            TRUCE_AGREED.contains(&view.word(k))
                && !matches!(view.word(k + 1), "to" | "on" | "upon")
                && (k == n + 1
                    || matches!(
                        view.word(k - 1),
                        "understanding" | "agreement" | "deal" | "was" | "were" | "had" | "have" | "been" | "sides"
                    ))
        });
        let Some(v) = before.or(after) else { continue };
        // the pair: a breach first, then a mutual act of force
        let here: Vec<&Event> = events[first..].iter().filter(|e| !e.negated).collect();
        let pair = here
            .iter()
            .find(|e| e.code == "196")
            .and_then(|e| Some((e.source_actor.clone()?, e.target_actor.clone()?)))
            .or_else(|| {
                here.iter().find_map(|e| {
                    if !matches!(e.root.as_str(), "18" | "19" | "20") {
                        return None;
                    }
                    let (a, b) = (e.source_actor.clone()?, e.target_actor.clone()?);
                    let mutual = a == b
                        || here.iter().any(|o| {
                            o.code == e.code
                                && o.trigger.start == e.trigger.start
                                && o.source_actor.as_ref() == Some(&b)
                                && o.target_actor.as_ref() == Some(&a)
                        });
                    mutual.then_some((a, b))
                })
            });
        let Some((a, b)) = pair else { continue };
        if events[first..].iter().any(|e| e.code.starts_with("087")) {
            continue;
        }
        let side = |c: &ActorCode| Actor { start: v, end: v, entity: None, code: Some(c.clone()), place: false };
        let tr = synthetic(v, v + 1, "0871");
        events.push(make_event(lex, doc, si, view, &tr, "0871", &side(&a), &side(&b), actors));
        if a != b {
            events.push(make_event(lex, doc, si, view, &tr, "0871", &side(&b), &side(&a), actors));
        }
    }
}

/// A head of state or government who "received" a foreign leader hosted
/// the visit (043), and the guest visited (042): "French President Claire
/// Dumont received Polish Prime Minister Jan Wolak at the Elysee Palace".
/// Both sides are officials (GOV) of two countries, the host right before
/// the verb and the guest right after it (not a possessor, "received
/// Kyiv's request").
pub(super) fn leader_received(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let gov = |a: &Actor| !a.place && a.code.as_ref().is_some_and(|c| c.role.as_deref() == Some("GOV"));
    for t in view.first + 1..view.end() {
        if !matches!(view.word(t), "received" | "receives") {
            continue;
        }
        let Some(host) = actors.iter().find(|a| gov(a) && a.end == t) else { continue };
        let Some(guest) = actors.iter().find(|a| gov(a) && a.start == t + 1) else { continue };
        if matches!(view.word(guest.end), "'s" | "’s") {
            continue;
        }
        let (Some(hc), Some(gc)) = (&host.code, &guest.code) else { continue };
        if hc.country == gc.country {
            continue;
        }
        if events[first..].iter().any(|e| {
            e.root == "04"
                && (e.source_actor.as_ref().map(|c| &c.country) == Some(&hc.country)
                    && e.target_actor.as_ref().map(|c| &c.country) == Some(&gc.country))
        }) {
            continue;
        }
        let tr = synthetic(t, t + 1, "043");
        events.push(make_event(lex, doc, si, view, &tr, "043", host, guest, actors));
        let tr = synthetic(t, t + 1, "042");
        events.push(make_event(lex, doc, si, view, &tr, "042", guest, host, actors));
    }
}

/// Words of hope about a deal or talks ("he was cautiously hopeful").
const HOPEFUL: [&str; 3] = ["optimistic", "hopeful", "confident"];

/// Words of gloom about talks or a deal ("the talks were dead", "had reached
/// a dead end", "prospects looked bleak").
const GLOOMY: [&str; 3] = ["dead", "deadlocked", "bleak"];

/// Nouns of talks or a deal that a gloomy word can be said of.
const TALKS_OR_DEAL: [&str; 8] =
    ["talks", "negotiations", "dialogue", "prospects", "process", "deal", "agreement", "treaty"];

/// Words between a copula and a word of hope ("was cautiously hopeful",
/// "was \"more optimistic than ever\"").
fn hedge_of_outlook(w: &str) -> bool {
    matches!(
        w,
        "cautiously" | "very" | "more" | "increasingly" | "quite" | "fully" | "still" | "now" | "\"" | "“" | "'"
    )
}

/// A speaker's comment on the outlook of talks or a deal: hope (013, an
/// optimistic comment) in "Russia's foreign minister said he was
/// \"cautiously hopeful\" that talks with Washington could resume", "the army
/// said it was cautiously optimistic about disengagement"; gloom (012, a
/// pessimistic comment) in "Serbia's president said that normalisation
/// talks with Kosovo were \"dead\"", "the envoy said prospects for a deal
/// looked bleak". The speaker is the side right before "said"/"told"; the
/// comment is aimed at the partner of the talks or deal named by "with" in
/// the comment, and at no one otherwise (as the annotation guidelines code
/// such comments). A negated word ("not optimistic") is left alone.
pub(super) fn outlook_comments(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 2..view.end() {
        let w = view.word(t);
        let dead_end = w == "end" && view.word(t - 1) == "dead";
        let code = if HOPEFUL.contains(&w) {
            "013"
        } else if GLOOMY.contains(&w) && view.word(t + 1) != "end" || dead_end {
            "012"
        } else {
            continue;
        };
        // "the dead soldiers", "dead or wounded": gloom only as a predicate
        let mut c = t;
        if dead_end {
            c -= 1;
            while c > view.first && matches!(view.word(c - 1), "a" | "\"" | "“") {
                c -= 1;
            }
        }
        while c > view.first && hedge_of_outlook(view.word(c - 1)) {
            c -= 1;
        }
        if c <= view.first
            || !matches!(
                view.word(c - 1),
                "was" | "were" | "is" | "are" | "remained" | "remains" | "looked" | "looks" | "reached" | "felt"
            )
        {
            continue;
        }
        if (c.saturating_sub(3).max(view.first)..c).any(|k| matches!(view.word(k), "not" | "n't" | "never" | "less")) {
            continue;
        }
        // the saying verb before the comment, and the speaker right before it
        let Some(sv) = (view.first..c).rev().find(|&k| matches!(view.word(k), "said" | "says" | "told")) else {
            continue;
        };
        if code == "012" && !(sv + 1..c).any(|k| TALKS_OR_DEAL.contains(&view.word(k))) {
            continue;
        }
        let Some(speaker) = actors.iter().find(|a| a.code.is_some() && !a.place && a.end == sv) else { continue };
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.root == "01" && e.trigger.start <= at && e.trigger.end >= at) {
            continue;
        }
        // the partner named by "with" in the comment ("talks with Kosovo"),
        // before or after the word
        let stop = (t + 1..(t + 14).min(view.end()))
            .find(|&k| matches!(view.word(k), "." | ";"))
            .unwrap_or((t + 14).min(view.end()));
        let partner = (sv + 1..stop)
            .find(|&k| view.word(k) == "with")
            .and_then(|k| {
                actors
                    .iter()
                    .find(|a| a.code.is_some() && (a.start == k + 1 || a.start == k + 2 && view.word(k + 1) == "the"))
            })
            .filter(|a| a.code.as_ref().map(|c| &c.country) != speaker.code.as_ref().map(|c| &c.country));
        let nobody = Actor { start: t, end: t, entity: None, code: None, place: false };
        let target = partner.unwrap_or(&nobody);
        let tr = synthetic(t, t + 1, code);
        events.push(make_event(lex, doc, si, view, &tr, code, speaker, target, actors));
    }
}

/// Verbs by which a side describes a deal ("called the pact a historic
/// step", "hailed the arrangement as a model").
const DESCRIBING: [&str; 9] =
    ["called", "calling", "calls", "hailed", "hailing", "hails", "described", "describing", "describes"];

/// Nouns of a deal a side may describe.
const DEAL_NOUNS: [&str; 8] = ["deal", "agreement", "pact", "accord", "treaty", "arrangement", "deals", "agreements"];

/// Words of praise in what a deal is called ("a historic step", "a
/// breakthrough", "a model for the region", "a win-win model").
const PRAISING: [&str; 17] = [
    "historic",
    "breakthrough",
    "milestone",
    "model",
    "landmark",
    "win-win",
    "success",
    "successful",
    "important",
    "significant",
    "positive",
    "good",
    "great",
    "major",
    "turning",
    "excellent",
    "fair",
];

/// Whether the object of the describing verb ending at `t` is a deal: "it",
/// or "the"/"this"/"their" and a deal noun within two words ("the water
/// deal", "the new defence pact").
fn deal_object(view: &SentenceView<'_>, t: usize) -> bool {
    let w = view.word(t + 1);
    if w == "it" {
        return true;
    }
    matches!(w, "the" | "this" | "their" | "our" | "its")
        && (t + 2..(t + 5).min(view.end())).any(|k| DEAL_NOUNS.contains(&view.word(k)))
}

/// A party's praise of a deal it has just made (013, an optimistic comment
/// aimed at no one, as the annotation guidelines code it): "Uzbekistan and
/// Kazakhstan signed a water-sharing agreement …, and Kazakhstan's water
/// minister called the deal 'a breakthrough'", "… signed a defence treaty.
/// Australia's prime minister called the pact \"a historic step\"", "with
/// Kazakh Prime Minister Dosbayev calling it \"a model for the whole
/// region\"". The describer is the nearest side before the verb; it must be
/// a party to an agreement or act of cooperation (roots 03, 05, 06) coded
/// in this sentence before the verb or in the sentence before, and a word
/// of praise must follow within the clause. A third side's praise is left
/// to the rules for praise (051); a verb the main pass already coded (a
/// criticism, "called the deal a betrayal") is left alone.
pub(super) fn own_deal_praised(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    // (only after an agreement or act of cooperation: most sentences end here)
    let after_deal = |e: &Event| !e.negated && matches!(e.root.as_str(), "03" | "05" | "06");
    if !events.iter().rev().take_while(|e| e.sentence + 1 >= si).any(after_deal) {
        return;
    }
    for t in view.first + 1..view.end() {
        if !DESCRIBING.contains(&view.word(t)) || !deal_object(view, t) {
            continue;
        }
        let praised = (t + 2..(t + 10).min(view.end()))
            .take_while(|&k| !matches!(view.word(k), "." | ";" | "but"))
            .any(|k| PRAISING.contains(&view.word(k)));
        if !praised || (t.saturating_sub(2).max(view.first)..t).any(|k| matches!(view.word(k), "not" | "n't")) {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        let Some(speaker) = actors.iter().rfind(|a| a.end <= t && a.code.is_some() && !a.place) else { continue };
        let own = speaker.code.as_ref().and_then(|c| c.country.clone());
        let country = |c: &Option<ActorCode>| c.as_ref().and_then(|c| c.country.clone());
        let party = events.iter().rev().take_while(|e| e.sentence + 1 >= si).any(|e| {
            (e.sentence < si || e.trigger.end <= at)
                && after_deal(e)
                && own.is_some()
                && (country(&e.source_actor) == own || country(&e.target_actor) == own)
        });
        if !party {
            continue;
        }
        let nobody = Actor { start: t, end: t, entity: None, code: None, place: false };
        let tr = synthetic(t, t + 1, "013");
        events.push(make_event(lex, doc, si, view, &tr, "013", speaker, &nobody, actors));
    }
}

/// Nouns of a wanted person's handing over ("sought his handover",
/// "requested his extradition").
const HANDOVER_NOUNS: [&str; 3] = ["extradition", "handover", "transfer"];

/// Codes of a deed by the side that holds a wanted person: an extradition
/// (063 as the lexicon codes it), an arrest or capture, a release.
fn holds_person(e: &Event) -> bool {
    matches!(e.code.as_str(), "063" | "173" | "192" | "0841" | "080")
}

/// A request for a wanted person is a request for judicial cooperation
/// (0213) aimed at the state holding him: "Spain extradited a Colombian
/// suspect to the United States. Colombia had also sought his handover",
/// "extradited a trafficker to the United States at Washington's request",
/// "ruling that Harare's extradition request lacked evidence", "Mexican
/// marines captured a cartel commander. The US Justice Department said it
/// had formally requested his extradition". The requester is the subject of
/// "sought/requested his extradition" ("it" is the speaker before "said"),
/// or the possessor of "X's (extradition) request"; the held person's
/// holder is the doer of the latest extradition, arrest, capture or release
/// told in this sentence or the one before.
pub(super) fn extradition_requested(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        let w = view.word(t);
        let requester: Option<&Actor> = if matches!(w, "sought" | "requested")
            && matches!(view.word(t + 1), "his" | "her" | "their" | "the")
            && HANDOVER_NOUNS.contains(&view.word(t + 2))
        {
            let mut s = t;
            while s > view.first && matches!(view.word(s - 1), "had" | "has" | "have" | "also" | "formally" | "already")
            {
                s -= 1;
            }
            actors.iter().find(|a| a.code.is_some() && a.end == s).or_else(|| {
                // "said that it had requested": the speaker
                (s > view.first && matches!(view.word(s - 1), "it" | "they"))
                    .then(|| {
                        let sv = (view.first..s - 1).rev().find(|&k| matches!(view.word(k), "said" | "says"))?;
                        actors.iter().find(|a| a.code.is_some() && !a.place && a.end == sv)
                    })
                    .flatten()
            })
        } else if w == "request" {
            // "Harare's extradition request", "at Washington's request"
            let mut p = t;
            if view.word(p - 1) == "extradition" {
                p -= 1;
            }
            let extradition = p < t
                || events[first..].iter().any(|e| e.code == "063")
                || (view.first..t).any(|k| view.word(k).starts_with("extradit"));
            if !extradition || p <= view.first || !matches!(view.word(p - 1), "'s" | "’s") {
                continue;
            }
            actors.iter().find(|a| a.code.is_some() && a.end == p - 1)
        } else {
            continue;
        };
        let Some(requester) = requester.cloned() else { continue };
        let Some(rc) = requester.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let at = doc.tokens[t].span.start;
        let holder = events
            .iter()
            .filter(|e| (e.sentence == si || e.sentence + 1 == si) && !e.negated && holds_person(e))
            .filter_map(|e| e.source_actor.clone())
            .rfind(|c| c.country.as_deref().is_some_and(|k| k != rc && k.len() == 3));
        let Some(holder) = holder else { continue };
        if events[first..]
            .iter()
            .any(|e| e.code.starts_with("021") && e.trigger.start == at && e.target_actor.is_some())
        {
            continue;
        }
        events.retain(|e| !(e.sentence == si && e.trigger.start == at && e.root == "03"));
        let holder = Actor { start: t, end: t, entity: None, code: Some(holder), place: false };
        let tr = synthetic(t, t + 1, "0213");
        events.push(make_event(lex, doc, si, view, &tr, "0213", &requester, &holder, actors));
    }
}

/// Talks held "with visiting" officials: "Chinese President Wang held talks
/// in Beijing with visiting Pakistani Prime Minister Tariq Mehmood". The
/// prenominal "visiting" makes the official after it the visitor (042 to
/// the host's country, where the main pass read the host as visiting the
/// guest), and the talks or meeting before "with" are between host and
/// guest (046/040 each way) where nothing coded them.
pub(super) fn talks_with_visiting(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if view.word(t) != "visiting" {
            continue;
        }
        if !matches!(view.word(t - 1), "with" | "a" | "the" | "met" | "received" | "hosted" | "greeted") {
            continue;
        }
        let Some(guest) = actors.iter().find(|a| {
            a.start == t + 1 && !a.place && a.code.as_ref().is_some_and(|c| c.role.as_deref() == Some("GOV"))
        }) else {
            continue;
        };
        let at = doc.tokens[t].span.start;
        // the main pass's visit read the other way round
        let mut host: Option<ActorCode> = None;
        for e in events[first..].iter_mut() {
            if e.code == "042" && e.trigger.start == at && e.target_actor == guest.code {
                host = e.source_actor.clone();
                std::mem::swap(&mut e.source_actor, &mut e.target_actor);
                std::mem::swap(&mut e.source, &mut e.target);
            }
        }
        let Some(host) = host else { continue };
        if host.country == guest.code.as_ref().and_then(|c| c.country.clone()) {
            continue;
        }
        if view.word(t - 1) != "with" {
            continue;
        }
        // the talks or meeting before "with", after the host
        let Some((k, code)) = (view.first..t - 1).rev().take(12).find_map(|k| match view.word(k) {
            "talks" | "discussions" | "negotiations" => Some((k, "046")),
            "met" | "meeting" => Some((k, "040")),
            _ => None,
        }) else {
            continue;
        };
        let done = events[first..].iter().any(|e| {
            e.root == "04"
                && e.trigger.start != at
                && e.source_actor.as_ref() == Some(&host)
                && e.target_actor.is_some()
        });
        if done {
            continue;
        }
        let h = Actor { start: k, end: k, entity: None, code: Some(host), place: false };
        let tr = synthetic(k, k + 1, code);
        events.push(make_event(lex, doc, si, view, &tr, code, &h, guest, actors));
        events.push(make_event(lex, doc, si, view, &tr, code, guest, &h, actors));
    }
}

/// Nouns by which a story refers back to an armed group ("The group
/// claimed responsibility").
const GROUP_NOUNS: [&str; 6] = ["group", "militants", "insurgents", "militia", "rebels", "jihadists"];

/// A claim of responsibility by "the group" just told attacking (015): "An
/// al-Shabaab suicide bomber blew himself up at a police training centre …
/// The group claimed responsibility in a statement". A sentence that opens
/// with "The group"/"The militants" and claims responsibility (or "the
/// attack", "the bombing") names no side, so the claimer is the non-state
/// doer of the latest act of force told in the sentence before, and the
/// claim is aimed at that act's target.
pub(super) fn group_claimed(pass: &SentencePass<'_>, events: &mut Vec<Event>, _first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let f = view.first;
    if view.end() < f + 4 || view.word(f) != "the" || !GROUP_NOUNS.contains(&view.word(f + 1)) {
        return;
    }
    let mut t = f + 2;
    if matches!(view.word(t), "later" | "also" | "has" | "had" | "quickly") {
        t += 1;
    }
    if !matches!(view.word(t), "claimed" | "claims") {
        return;
    }
    if !(view.word(t + 1) == "responsibility" || CLAIMED_ACTS.contains(&view.word(t + 2))) {
        return;
    }
    let Some(act) = events
        .iter()
        .filter(|e| e.sentence + 1 == si && !e.negated && matches!(e.root.as_str(), "18" | "19" | "20"))
        .rfind(|e| e.source_actor.as_ref().is_some_and(super::non_state) && e.target_actor.is_some())
    else {
        return;
    };
    let claimer = Actor { start: f, end: f + 2, entity: None, code: act.source_actor.clone(), place: false };
    let victim = Actor { start: t, end: t, entity: None, code: act.target_actor.clone(), place: false };
    if claimer.code == victim.code {
        return;
    }
    let tr = synthetic(t, t + 1, "015");
    events.push(make_event(lex, doc, si, view, &tr, "015", &claimer, &victim, actors));
}

/// A legislature or government that ratifies an agreement with a partner
/// signs it (057), one way: "Kenya's parliament ratified a defence pact with
/// Uganda", "the Senate ratified the treaty with Japan". The dictionary reads
/// the verb as an agreement made together (031 each way); but ratifying is
/// the ratifier's own formal act of signing on to the text, so the event
/// whose source is the side right before the verb (past a time phrase) is
/// recoded 057 and the one turned round, from the partner after "with", is
/// dropped. Only with a noun of a signed text after the verb; a pair
/// ratifying together ("Kenya and Uganda ratified") keeps each side's act.
pub(super) fn agreement_ratified(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if !matches!(view.word(t), "ratified" | "ratifies" | "ratify" | "ratifying") {
            continue;
        }
        let end = (t + 8).min(view.end());
        if !(t + 1..end).any(|k| SIGNED_TEXTS.contains(&view.word(k))) {
            continue;
        }
        let at = doc.tokens[t].span.start;
        // the subject: the latest side before the verb, past a time phrase
        let Some(ratifier) = actors.iter().rfind(|a| a.code.is_some() && !a.place && a.end <= t).cloned() else {
            continue;
        };
        if (ratifier.end..t).any(|k| matches!(view.word(k), "," | "and" | "with" | "to")) {
            continue;
        }
        let on_verb = |e: &Event| e.sentence == si && e.trigger.start == at && !e.negated;
        let by_ratifier = events[first..]
            .iter()
            .any(|e| on_verb(e) && e.root == "03" && e.source_actor == ratifier.code && e.target_actor.is_some());
        if !by_ratifier {
            continue;
        }
        let mut i = first;
        while i < events.len() {
            if on_verb(&events[i]) && events[i].root == "03" {
                if events[i].source_actor == ratifier.code {
                    super::recode(lex, &mut events[i], "057");
                } else if events[i].target_actor == ratifier.code {
                    events.remove(i);
                    continue;
                }
            }
            i += 1;
        }
    }
}

/// Nouns that make a team or mission sent somewhere an inquiry.
const INQUIRY_WORDS: [&str; 5] = ["fact-finding", "investigative", "inquiry", "investigation", "probe"];

/// Sending a fact-finding mission or an inquiry team to a country is an
/// investigation (090) there, not an intent to meet (036): "the OPCW said it
/// would send a fact-finding team to Syria", "the council dispatched an
/// inquiry mission to Burundi". The dictionary reads "send … to X" as a
/// promise of contact; the noun of inquiry in the object (within a few words
/// after the verb, before "mission", "team" or "panel") makes it the
/// inquiry itself. Only events the main pass coded on the verb, between the
/// sender and the country, are recoded.
pub(super) fn inquiry_sent(pass: &SentencePass<'_>, events: &mut [Event], first: usize) {
    let SentencePass { lex, doc, view, .. } = *pass;
    for e in events[first..].iter_mut() {
        if !matches!(e.root.as_str(), "03" | "04") || e.negated || e.target_actor.is_none() {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        let w = view.word(t);
        if !(w.starts_with("send") || w == "sent" || w.starts_with("dispatch") || w.starts_with("despatch")) {
            continue;
        }
        let end = (t + 6).min(view.end());
        let inquiry = (t + 1..end).any(|k| {
            INQUIRY_WORDS.contains(&view.word(k))
                && matches!(view.word(k + 1), "mission" | "missions" | "team" | "teams" | "panel")
        });
        if inquiry {
            super::recode(lex, e, "090");
        }
    }
}

/// People "flown to" a place, in the passive ("were freed and flown to
/// Doha", "was flown to Cairo for treatment"), are carried there: no intent
/// to meet (036) or visit (04) of theirs. Events of those roots on a passive
/// "flown" (after a form of "be", or after "and" that joins it to another
/// passive participle) are dropped; "the minister flew to Cairo", "has flown
/// to Cairo for talks" keep theirs.
pub(super) fn carried_by_air(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { doc, si, view, .. } = *pass;
    for t in view.first + 1..view.end() {
        if view.word(t) != "flown" {
            continue;
        }
        let before = view.word(t - 1);
        let passive = matches!(before, "were" | "was" | "been" | "be" | "being" | "are" | "is")
            || (before == "and"
                && t >= view.first + 2
                && (view.first..t - 1).rev().take(6).any(|k| matches!(view.word(k), "were" | "was" | "been")));
        if !passive {
            continue;
        }
        let at = doc.tokens[t].span.start;
        let mut i = first;
        while i < events.len() {
            let e = &events[i];
            if e.sentence == si && e.trigger.start == at && matches!(e.root.as_str(), "03" | "04") {
                events.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

/// Readiness is one side's: "Iran is ready to resume talks with Egypt",
/// "said it was ready to meet the rebels". The dictionary's pattern for
/// "ready … talk" codes the intent to meet each way (036 and its reverse);
/// only the side that says it is ready intends anything, so the turned-round
/// event, aimed at the subject (the latest side before the word) from the
/// other side, is dropped. A pair ready together ("Iran and Egypt are ready")
/// keeps each side's own.
pub(super) fn readiness_one_sided(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { doc, si, view, actors, .. } = *pass;
    for t in view.first + 1..view.end() {
        if view.word(t) != "ready" {
            continue;
        }
        // (a country named bare is the subject too, unless a preposition
        // makes it a place: "talks in Egypt")
        let Some(subject) = actors.iter().rfind(|a| {
            a.code.is_some()
                && a.end <= t
                && (a.start == view.first
                    || !matches!(view.word(a.start - 1), "in" | "to" | "from" | "at" | "with" | "of" | "into"))
        }) else {
            continue;
        };
        let at = doc.tokens[t].span.start;
        let on_word = |e: &Event| e.sentence == si && e.trigger.start == at && e.code.starts_with("036");
        let own = events[first..].iter().any(|e| on_word(e) && e.source_actor == subject.code);
        if !own {
            continue;
        }
        // (a pair before the word: each side's readiness is its own)
        let pair = actors
            .iter()
            .any(|a| a.code.is_some() && a.end <= t && a.code != subject.code && view.word(a.end) == "and");
        if pair {
            continue;
        }
        let mut i = first;
        while i < events.len() {
            let e = &events[i];
            if on_word(e) && e.target_actor == subject.code && e.source_actor != subject.code {
                events.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

/// Nouns for the people an international body sends to check a site.
const INSPECTOR_NOUNS: [&str; 4] = ["inspectors", "monitors", "inspector", "experts"];

/// Inspectors of an international body who return to, or arrive at, a
/// state's site have been let in by that state: it receives inspectors
/// (0862), aimed at the body. "OPCW inspectors returned to Syria's Masyaf
/// plant", "IAEA monitors arrived at Iraq's Tuwaitha complex". The body is
/// the coded international actor right before the noun of inspectors; the
/// host is the state named right after "to", "at" or "in" past the verb.
pub(super) fn inspectors_received(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 2..view.end() {
        if !matches!(view.word(t), "returned" | "arrived") || !INSPECTOR_NOUNS.contains(&view.word(t - 1)) {
            continue;
        }
        let Some(body) = actors
            .iter()
            .find(|a| a.end == t - 1 && a.code.as_ref().is_some_and(|c| crate::actors::is_international(&c.code)))
        else {
            continue;
        };
        if !matches!(view.word(t + 1), "to" | "at" | "in") {
            continue;
        }
        let Some(host) = actors.iter().find(|a| {
            (a.start == t + 2 || (a.start == t + 3 && view.word(t + 2) == "the"))
                && a.code.as_ref().is_some_and(|c| !crate::actors::is_international(&c.code))
                && a.code.as_ref().and_then(|c| c.country.as_deref()).is_some()
        }) else {
            continue;
        };
        let host = Actor {
            code: host.code.as_ref().map(|c| crate::actors::actor_code(c.country.as_deref().unwrap_or(""), None)),
            ..host.clone()
        };
        if events[first..].iter().any(|e| e.code.starts_with("086") && e.source_actor == host.code) {
            continue;
        }
        let tr = synthetic(t, t + 1, "0862");
        let e = make_event(lex, doc, si, view, &tr, "0862", &host, body, actors);
        // (a report the sentence ends with that no attribution holds: the
        // deed cannot be coded as asserted)
        if e.attribution.is_none() && super::trailing_report(view).is_some() {
            continue;
        }
        events.push(e);
    }
}

/// Verbs of pledging more to come.
const PLEDGING: [&str; 8] =
    ["pledged", "promised", "pledges", "promises", "pledging", "promising", "pledge", "promise"];

/// Words of relief in a pledge's object ("$50 million in emergency relief").
const RELIEF_WORDS: [&str; 10] =
    ["relief", "humanitarian", "food", "tents", "blankets", "medicine", "medicines", "supplies", "flights", "aid"];

/// Words of money in a pledge's object.
const PLEDGED_MONEY: [&str; 10] =
    ["$", "dollars", "euros", "pounds", "yen", "loans", "loan", "grants", "credit", "million"];

/// A pledge of more, told next to a delivery of aid, is aimed at the one
/// who got the aid: "Norway delivered medical supplies to Moldova and
/// pledged a third shipment" (intent to give, 033x, Norway → Moldova); "Chile flew
/// tents to Peru. Argentina has pledged $20 million" (Argentina → Peru).
/// The aid is the latest act of root 07 between two sides in this sentence
/// before the verb, or in the sentence before; the pledger is the side
/// right before the verb, else (after "and" or a comma, or a subject no
/// code covers) the aid's giver. The code follows the pledge's object
/// (relief 0333, money 0331), else the aid's own kind. Only where the main
/// pass found no one the pledge is made to, and no other side is named in
/// the pledge's object.
pub(super) fn pledge_after_aid(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        if !PLEDGING.contains(&view.word(t)) {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at && e.target_actor.is_some()) {
            continue;
        }
        // the pledge's object, up to the clause's end
        let object: Vec<usize> = (t + 1..(t + 10).min(view.end()))
            .take_while(|&k| !matches!(view.word(k), "," | ";" | "." | "but" | "while" | "after"))
            .collect();
        // ("pledged to send troops", "promised to hold talks": what the
        // infinitive names is the main pass's)
        if object.first().is_some_and(|&k| view.word(k) == "to") {
            continue;
        }
        let Some(aid) = events
            .iter()
            .filter(|e| {
                ((e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si)
                    && e.root == "07"
                    && !e.negated
                    && e.source_actor.is_some()
                    && e.target_actor.is_some()
            })
            .max_by_key(|e| (e.sentence, e.trigger.start))
            .cloned()
        else {
            continue;
        };
        let Some(recipient) = aid.target_actor.clone() else { continue };
        let other_named = actors.iter().any(|a| {
            a.code.as_ref().is_some_and(|c| c.country != recipient.country)
                && object.iter().any(|&k| k >= a.start && k < a.end)
                && !(a.place && a.start > view.first && view.word(a.start - 1) == "in")
        });
        if other_named {
            continue;
        }
        let mut s = t;
        while s > view.first && matches!(view.word(s - 1), "has" | "have" | "had" | "also" | "later" | "further") {
            s -= 1;
        }
        let named = actors.iter().find(|a| a.code.is_some() && a.end == s).cloned();
        let pledger = match named {
            Some(a) => a,
            None => {
                let Some(giver) = aid.source_actor.clone() else { continue };
                Actor { start: t, end: t, entity: None, code: Some(giver), place: false }
            }
        };
        if pledger.code.as_ref().is_some_and(|c| c.country == recipient.country) {
            continue;
        }
        let relief = object.iter().any(|&k| RELIEF_WORDS.contains(&view.word(k)));
        let money = object.iter().any(|&k| PLEDGED_MONEY.contains(&view.word(k)));
        let code = if relief {
            "0333"
        } else if money {
            "0331"
        } else {
            match aid.code.as_str() {
                "071" => "0331",
                "072" => "0332",
                "073" => "0333",
                "074" => "0334",
                _ => "033",
            }
        };
        let target = Actor { start: t, end: t, entity: aid.target.clone(), code: Some(recipient), place: false };
        let tr = synthetic(t, t + 1, code);
        let e = make_event(lex, doc, si, view, &tr, code, &pledger, &target, actors);
        if e.attribution.is_none() && super::trailing_report(view).is_some_and(|comma| t < comma) {
            continue;
        }
        // (an intent the main pass coded on the verb with no one to aim at
        // is this one)
        events.retain(|x| !(x.sentence == si && x.trigger.start == at && x.root == "03" && x.target_actor.is_none()));
        events.push(e);
    }
}

/// Heads of a noun phrase for a state's rulers, named with no country.
const RULER_NOUNS: [&str; 6] = ["junta", "government", "regime", "authorities", "military", "leadership"];

/// "lifted the sanctions on Guinea and welcomed the junta's release of
/// three jailed activists": the rulers named by a possessive with no
/// country are the government of the state the sentence's earlier act was
/// aimed at (else of the sentence before). The praise (051) on the verb is
/// aimed at them, not at the people the deed was done to; where the deed
/// is a release of people named after "of", the rulers released them
/// (0841), the people taken as that state's.
pub(super) fn rulers_deed_welcomed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end().saturating_sub(4) {
        if !WELCOMING.contains(&view.word(t))
            || view.word(t + 1) != "the"
            || !RULER_NOUNS.contains(&view.word(t + 2))
            || view.word(t + 3) != "'s"
            || !DEEDS.contains(&view.word(t + 4))
        {
            continue;
        }
        let at = doc.tokens[t].span.start;
        let Some(state) = events
            .iter()
            .filter(|e| (e.sentence == si && e.trigger.end <= at) || e.sentence + 1 == si)
            .filter_map(|e| e.target_actor.clone())
            .rfind(|c| c.role.is_none() && c.country.as_deref().is_some_and(|k| !crate::actors::is_international(k)))
            .and_then(|c| c.country)
        else {
            continue;
        };
        let rulers = crate::actors::actor_code(&state, Some("GOV"));
        let mut praised = false;
        for e in events[first..].iter_mut() {
            if e.sentence == si && e.trigger.start == at && e.code == "051" && e.target_actor.as_ref() != Some(&rulers)
            {
                e.target_actor = Some(rulers.clone());
                e.target = None;
                praised = true;
            }
        }
        if !praised || view.word(t + 4) != "release" || view.word(t + 5) != "of" {
            continue;
        }
        let Some(freed) = actors
            .iter()
            .find(|a| a.start > t + 5 && a.start <= t + 9 && a.code.as_ref().is_some_and(|c| c.role.is_some()))
        else {
            continue;
        };
        let role = freed.code.as_ref().and_then(|c| c.role.clone());
        let freed =
            Actor { code: Some(crate::actors::actor_code(&state, role.as_deref())), entity: None, ..freed.clone() };
        let ruler = Actor { start: t + 2, end: t + 3, entity: None, code: Some(rulers), place: false };
        let tr = synthetic(t + 4, t + 5, "0841");
        events.push(make_event(lex, doc, si, view, &tr, "0841", &ruler, &freed, actors));
    }
}

/// Bodies looking into a deed that a side can promise to work with, named
/// without their state ("the court", "the investigation", "the inspectors").
const INQUIRING_BODIES: [&str; 10] = [
    "court",
    "tribunal",
    "investigation",
    "investigations",
    "inquiry",
    "probe",
    "inspectors",
    "investigators",
    "prosecutors",
    "mission",
];

/// "Rabat said it would cooperate fully with the investigation", "Libya's
/// government said it would cooperate with the court": a promise to work
/// with a body that looks into a deed told before (an arrest warrant, a
/// seizure, a fact-finding mission) is an intent to cooperate (030) aimed
/// at the doer of that deed, the latest of another country in this or the
/// two previous sentences. The body named with no state is otherwise taken
/// as the speaker's own court or left unnamed, so the intent was lost or
/// aimed at home. Only a promise ("would", "will", "to" before the verb),
/// not cooperation reported as done.
pub(super) fn cooperation_with_inquiry(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 1..view.end() {
        let w = view.word(t);
        if !(w == "cooperate" || w == "co-operate") || !promised(view, t) {
            continue;
        }
        let Some(body) = body_worked_with(view, t + 1) else { continue };
        // the promising side: the latest side named before the verb (a
        // capital speaking for its state, "Rabat said it would …", but not
        // a place after a preposition)
        let Some(side) = actors
            .iter()
            .rfind(|a| {
                a.end <= t && a.code.is_some() && !(a.place && a.start > view.first && after_preposition(view, a.start))
            })
            .cloned()
        else {
            continue;
        };
        let own = side.code.as_ref().and_then(|c| c.country.clone());
        let at = doc.tokens[t].span.start;
        // (the main pass already aimed the intent abroad)
        if events[first..].iter().any(|x| {
            x.trigger.start == at && x.root == "03" && x.target_actor.as_ref().is_some_and(|c| c.country != own)
        }) {
            continue;
        }
        // a state or body named after "with" is the main pass's to aim at
        if actors.iter().any(|a| a.start > t && a.end <= body && a.code.is_some()) {
            continue;
        }
        let Some(doer) = events
            .iter()
            .rev()
            .filter(|e| e.sentence + 2 >= si && (e.sentence < si || e.trigger.end <= at) && !e.negated)
            .filter_map(|e| e.source_actor.clone())
            .find(|c| c.country.is_some() && c.country != own)
        else {
            continue;
        };
        let target = Actor { start: body, end: body + 1, entity: None, code: Some(doer), place: false };
        let tr = synthetic(t, t + 1, "030");
        let e = make_event(lex, doc, si, view, &tr, "030", &side, &target, actors);
        // (the main pass's intent on the verb, aimed at no one or at the
        // speaker's own court, is this one)
        events.retain(|x| {
            !(x.sentence == si
                && x.trigger.start == at
                && x.root == "03"
                && x.target_actor.as_ref().is_none_or(|c| c.country == own))
        });
        events.push(e);
    }
}

/// Whether the verb at `t` is promised: "would", "will" or "to" before it,
/// past one adverb ("would fully cooperate").
fn promised(view: &SentenceView<'_>, t: usize) -> bool {
    let mut k = t - 1;
    if k > view.first && matches!(view.word(k), "fully" | "closely" | "also") {
        k -= 1;
    }
    matches!(view.word(k), "would" | "will" | "to")
}

/// The token of the inquiring body after "with" that follows the verb
/// ending at `from`, past one adverb and an article: "fully with the
/// investigation".
fn body_worked_with(view: &SentenceView<'_>, from: usize) -> Option<usize> {
    let mut k = from;
    if matches!(view.word(k), "fully" | "closely") {
        k += 1;
    }
    if view.word(k) != "with" {
        return None;
    }
    k += 1;
    if matches!(view.word(k), "the" | "its" | "any" | "an") {
        k += 1;
    }
    (k < view.end() && INQUIRING_BODIES.contains(&view.word(k))).then_some(k)
}

/// Whether the word before token `t` is a preposition of place or motion
/// ("in Rabat", "to Brasilia"), so that the name there is a place, not a
/// speaking capital.
fn after_preposition(view: &SentenceView<'_>, t: usize) -> bool {
    let w = view.word(t - 1);
    LOCATION_PREPS.contains(&w) || matches!(w, "to" | "from" | "into" | "of")
}

/// "after a visit to Caracas by US envoy Karen Holloway, who met Venezuelan
/// officials at the palace": a meeting told in a relative clause on a side
/// just named is that side's (040 each way with the side met). The main
/// pass finds no subject for "who", so the meeting was lost. The side met
/// is the first named right after the verb, of another country; "met with"
/// is read the same.
pub(super) fn met_in_relative_clause(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first + 3..view.end() {
        if view.word(t) != "met" {
            continue;
        }
        let mut who = t - 1;
        if matches!(view.word(who), "also" | "later" | "had") {
            who -= 1;
        }
        if view.word(who) != "who" || view.word(who - 1) != "," {
            continue;
        }
        let at = doc.tokens[t].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        // the side named before ", who", else (a name no code covers) the
        // visitor of a visit told just before ("a visit … by US special
        // envoy Karen Holloway, who met …")
        let before = doc.tokens[who].span.start;
        let visitor = || {
            let e = events[first..].iter().rfind(|e| e.sentence == si && e.code == "042" && e.trigger.end <= before)?;
            Some(Actor { start: who, end: who, entity: e.source.clone(), code: e.source_actor.clone(), place: false })
        };
        let Some(guest) = actors.iter().find(|a| a.code.is_some() && a.end == who - 1).cloned().or_else(visitor) else {
            continue;
        };
        let from = if view.word(t + 1) == "with" { t + 2 } else { t + 1 };
        let Some(met) = actors
            .iter()
            .find(|a| a.code.is_some() && (a.start == from || (a.start == from + 1 && view.word(from) == "the")))
            .cloned()
        else {
            continue;
        };
        if same_country(&guest, &met) {
            continue;
        }
        let tr = synthetic(t, t + 1, "040");
        events.push(make_event(lex, doc, si, view, &tr, "040", &guest, &met, actors));
        events.push(make_event(lex, doc, si, view, &tr, "040", &met, &guest, actors));
    }
}
