//! Cooperation the main pass misses or misreads (twenty-first session):
//! borders reopened, mediated talks that are only asked for, and the
//! mutual acts of two sides named together.

use super::{make_event, same_country, synthetic};
use crate::actors::{Actor, SentenceView};
use crate::lexicon::Lexicon;
use dossier_model::{ActorCode, Document, Event};

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
/// exchange". Only for acts of cooperation and yielding (roots 03 to 08).
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
    each || swap
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

/// The token whose span starts where an event's trigger does.
fn trigger_token(doc: &Document, view: &SentenceView<'_>, e: &Event) -> Option<usize> {
    (view.first..view.end()).find(|&t| doc.tokens[t].span.start == e.trigger.start)
}

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
pub(super) fn talks_after_visit_or_host(
    lex: &Lexicon,
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    actors: &[Actor],
    events: &mut Vec<Event>,
    first: usize,
) {
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
pub(super) fn under_auspices(
    lex: &Lexicon,
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    actors: &[Actor],
    events: &mut Vec<Event>,
    first: usize,
) {
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
