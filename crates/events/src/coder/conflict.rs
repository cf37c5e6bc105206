//! Material conflict the main pass leaves uncoded or codes under another
//! root (twenty-first session): a side that "came under fire" from someone
//! unnamed, a deed done by a suicide bomber, a police post or town seized
//! (taken, not confiscated), and fighting named with no sides whose sides
//! are those of the sentence's other act of force.

use super::{SentencePass, country_of, country_side, make_event, numeral_word, recode, synthetic, trigger_token};
use crate::actors::{Actor, SentenceView};
use crate::lexicon::Lexicon;
use dossier_model::{CertaintyLevel, Document, Event};

/// Runs this module's rules over the events of sentence `si` (those from
/// `first` on), changing and adding to them.
pub(super) fn second_round(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, view, .. } = *pass;
    came_under_fire(pass, events, first);
    suicide_bombers(lex, doc, view, events, first);
    places_taken(lex, doc, view, events, first);
    fighting_without_sides(pass, events, first);
    practice_firing(lex, doc, view, events, first);
    bombing_by_armed_groups(lex, doc, view, events, first);
    rival_groups_fighting(pass, events, first);
    expulsion_of_diplomats(pass, events, first);
    reduced_passives(pass, events, first);
    object_relatives(pass, events, first);
    fighting_with(pass, events, first);
    protest_clashes_with_police(pass, events, first);
    truces_broken(pass, events, first);
    jets_scrambled(pass, events, first);
    strikes_as_subjects(lex, doc, view, events, first);
    sanctions_lists(pass, events, first);
    migrants_pushed(pass, events, first);
    alert_against_a_deed(pass, events, first);
    hostages_taken(pass, events, first);
    homes_burned(pass, events, first);
    territorial_waters_entered(pass, events, first);
    arrest_warrants(pass, events, first);
    warrant_charges(pass, events, first);
    held_before_release(pass, events, first);
    mass_killings(pass, events, first);
    killed_in_a_clash(pass, events, first);
    craft_shadowed(pass, events, first);
    civilian_sites_bombed(pass, events, first);
    claimed_objects_struck(pass, events, first);
    speakers_own_forces_fired_on(pass, events, first);
    foreign_craft_detected(pass, events, first);
    killings_blamed(pass, events, first);
    missiles_shot_down(pass, events, first);
    people_wanted(pass, events, first);
    exchanges_breaching_truces(pass, events, first);
    missiles_come_down_at_sea(pass, events, first);
}

/// A side with no actor: the attacker a text leaves unnamed.
fn nobody(at: usize) -> Actor {
    Actor { start: at, end: at, entity: None, code: None, place: false }
}

/// Words that may stand between "under" and the noun of force ("came under
/// heavy rocket fire"), with the code a weapon word gives (None: no weapon).
fn fire_modifier(w: &str) -> Option<Option<&'static str>> {
    Some(match w {
        "heavy" | "intense" | "sustained" | "renewed" | "repeated" | "direct" | "sporadic" | "hostile" | "enemy"
        | "an" | "a" | "fresh" | "deadly" | "coordinated" => None,
        "gunfire" | "small-arms" | "sniper" | "machine-gun" | "gun" | "rifle" => Some("193"),
        "artillery" | "mortar" | "mortars" | "tank" | "shell" => Some("194"),
        "rocket" | "rockets" | "missile" | "missiles" | "drone" | "drones" | "air" | "aerial" => Some("195"),
        _ => return None,
    })
}

/// Words before "came under" that name a force or a place that can be
/// fired on ("their patrol", "the convoy", "a border village").
const FIRED_ON: [&str; 22] = [
    "patrol",
    "patrols",
    "convoy",
    "convoys",
    "base",
    "bases",
    "positions",
    "position",
    "post",
    "checkpoint",
    "vessel",
    "ship",
    "ships",
    "boat",
    "aircraft",
    "helicopter",
    "village",
    "villages",
    "town",
    "city",
    "troops",
    "soldiers",
];

/// "their patrol came under fire near the border village", "a Malian army
/// convoy came under heavy fire from jihadists": the subject was fired on
/// (190; 193 for gunfire, 194 for shelling, 195 for rockets, missiles or
/// drones) by the side after "from", else by someone the text does not
/// name. Criticism ("came under fire from lawmakers over the budget") is
/// left alone: a reason after "over" or "for", or a subject that is no
/// force or place fired on.
fn came_under_fire(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "came" | "come" | "comes" | "coming") || view.word(k + 1) != "under" {
            continue;
        }
        let mut code = None;
        let mut h = k + 2;
        while h < (k + 6).min(view.end()) {
            match fire_modifier(view.word(h)) {
                Some(c) => code = code.or(c),
                None => break,
            }
            h += 1;
        }
        let head = view.word(h);
        let code = match head {
            "fire" | "attack" | "attacks" | "assault" => code.unwrap_or("190"),
            "gunfire" => "193",
            "shelling" | "bombardment" => "194",
            "bombing" | "airstrikes" => "195",
            _ => continue,
        };
        // (criticism: "came under fire over its handling of …")
        if (h + 1..(h + 10).min(view.end())).any(|t| matches!(view.word(t), "over" | "for" | "after" | "because")) {
            continue;
        }
        // the subject: the nearest coded side before "came"
        let Some(subject) = actors.iter().rposition(|a| a.end <= k && a.code.is_some() && !a.place) else {
            continue;
        };
        let role = actors[subject].code.as_ref().and_then(|c| c.role.as_deref());
        let force = role.is_some_and(|r| matches!(r, "MIL" | "COP" | "REB" | "UAF" | "SPY" | "CVL"));
        let named_target = (actors[subject].start..k).any(|t| FIRED_ON.contains(&view.word(t)));
        if !(force || named_target || code != "190") {
            continue;
        }
        let from = (view.word(h + 1) == "from")
            .then(|| {
                actors.iter().position(|a| {
                    (a.start == h + 2 || (a.start == h + 3 && view.word(h + 2) == "the")) && a.code.is_some()
                })
            })
            .flatten();
        // what the main pass made of these words ("came" as a move, "fire"
        // aimed the wrong way) gives way
        let (lo, hi) = (doc.tokens[k].span.start, doc.tokens[h].span.end);
        let mut i = first;
        while i < events.len() {
            if events[i].sentence == si && events[i].trigger.start >= lo && events[i].trigger.start < hi {
                events.remove(i);
            } else {
                i += 1;
            }
        }
        let tr = synthetic(k, h + 1, code);
        let source = from.map(|f| actors[f].clone()).unwrap_or_else(|| nobody(h + 1));
        events.push(make_event(lex, doc, si, view, &tr, code, &source, &actors[subject], actors));
    }
}

/// "A suicide bomber rammed an explosives-laden car into a convoy", "a
/// suicide car bomber blew open its gate": the deed of a suicide bomber is
/// a suicide bombing (1831), whatever its verb; a second deed of the same
/// verb phrase ("blew … open") is folded into it.
fn suicide_bombers(lex: &Lexicon, doc: &Document, view: &SentenceView<'_>, events: &mut Vec<Event>, first: usize) {
    for s in view.first..view.end() {
        if view.word(s) != "suicide" {
            continue;
        }
        let mut b = s + 1;
        if matches!(view.word(b), "car" | "truck" | "vehicle") {
            b += 1;
        }
        if !matches!(view.word(b), "bomber" | "bombers" | "attacker" | "attackers") {
            continue;
        }
        // the verb right after the bomber, past a relative "who"
        let verb = b + 1 + usize::from(view.word(b + 1) == "who");
        let mut coded_first: Option<usize> = None;
        let mut i = first;
        while i < events.len() {
            let at = trigger_token(doc, view, &events[i]);
            let deed = matches!(events[i].root.as_str(), "17" | "18" | "19" | "20");
            if deed && at.is_some_and(|t| t >= verb && t <= verb + 2) {
                if let Some(j) = coded_first
                    && events[j].target_actor == events[i].target_actor
                {
                    events.remove(i);
                    continue;
                }
                recode(lex, &mut events[i], "1831");
                coded_first.get_or_insert(i);
            }
            i += 1;
        }
    }
}

/// Heads of an object that is a place held by force, not property.
const HELD_PLACES: [&str; 26] = [
    "station",
    "stations",
    "post",
    "posts",
    "outpost",
    "outposts",
    "base",
    "bases",
    "barracks",
    "checkpoint",
    "checkpoints",
    "garrison",
    "airport",
    "airfield",
    "town",
    "towns",
    "village",
    "villages",
    "city",
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "positions",
];

/// "resistance forces have seized several police stations", "rebels
/// captured an army base": seizing a place held by the other side is
/// occupying it (192), not confiscating property (1711) or an arrest (173).
fn places_taken(lex: &Lexicon, doc: &Document, view: &SentenceView<'_>, events: &mut [Event], first: usize) {
    for e in events[first..].iter_mut() {
        if !matches!(e.code.get(..3), Some("171" | "173")) {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        let w = view.word(t);
        if !(w.starts_with("seiz") || w.starts_with("captur") || w.starts_with("overr")) {
            continue;
        }
        // the object's head: the first place word within five words, before
        // any comma or "and"
        let head = (t + 1..(t + 6).min(view.end()))
            .take_while(|&x| !matches!(view.word(x), "," | "and" | "from" | "in" | "on" | "at" | "of"))
            .find(|&x| HELD_PLACES.contains(&view.word(x)));
        if head.is_some() {
            recode(lex, e, "192");
        }
    }
}

/// Words right before a noun of fighting that make it a fight the text
/// tells of ("after weeks of fighting", "in the heaviest clashes").
const FIGHT_LEAD: [&str; 15] = [
    "of",
    "amid",
    "heavy",
    "heaviest",
    "fierce",
    "fiercest",
    "intense",
    "renewed",
    "deadly",
    "deadliest",
    "bloody",
    "bloodiest",
    "worst",
    "street",
    "overnight",
];

/// "recaptured the town from al-Shabaab after two days of fighting",
/// "shelled villages held by the SDF, in the heaviest clashes in the area":
/// a noun of fighting that names no sides of its own is fought between the
/// two sides of the sentence's other act of force (190 each way).
fn fighting_without_sides(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "fighting" | "clashes" | "battles" | "gunfights" | "gunfight" | "combat")
            || !FIGHT_LEAD.contains(&view.word(k - 1))
        {
            continue;
        }
        // (sides of its own: "fighting between …", "clashes with …")
        if matches!(view.word(k + 1), "between" | "with" | "against" | "involving" | "among" | "pitting") {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        // the sentence's acts of force between two named sides
        let mut pairs: Vec<(Actor, Actor)> = Vec::new();
        for e in events[first..].iter().filter(|e| e.sentence == si && e.root == "19" && !e.negated) {
            let (a, b) = (
                Actor { start: k, end: k, entity: e.source.clone(), code: e.source_actor.clone(), place: false },
                Actor { start: k, end: k, entity: e.target.clone(), code: e.target_actor.clone(), place: false },
            );
            if country_of(&a).is_none() || country_of(&b).is_none() {
                continue;
            }
            if !pairs.iter().any(|(x, y)| x.code == a.code && y.code == b.code) {
                pairs.push((a, b));
            }
        }
        let tr = synthetic(k, k + 1, "190");
        for (a, b) in &pairs {
            add.push(make_event(lex, doc, si, view, &tr, "190", a, b, actors));
            if a.code != b.code {
                add.push(make_event(lex, doc, si, view, &tr, "190", b, a, actors));
            }
        }
    }
    events.extend(add);
}

/// "the Pacific Fleet fired cruise missiles at a target in the Sea of
/// Japan": missiles fired at a practice target are a show of force with
/// no side aimed at (150), whatever place names the sea.
fn practice_firing(lex: &Lexicon, doc: &Document, view: &SentenceView<'_>, events: &mut [Event], first: usize) {
    for e in events[first..].iter_mut() {
        if e.root != "19" {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        if !["fire", "launch", "test"].iter().any(|f| view.word(t).starts_with(f)) {
            continue;
        }
        let end = (t + 8).min(view.end());
        let Some(at) = (t + 1..end).find(|&x| view.word(x) == "at") else { continue };
        if !(t + 1..at)
            .any(|x| matches!(view.word(x), "missile" | "missiles" | "rocket" | "rockets" | "torpedo" | "torpedoes"))
        {
            continue;
        }
        if super::at_practice_target(view, at) {
            recode(lex, e, "150");
            e.target = None;
            e.target_actor = None;
        }
    }
}

/// Words that say a bombing came from the air.
const FROM_THE_AIR: [&str; 14] = [
    "drone",
    "drones",
    "aircraft",
    "warplane",
    "warplanes",
    "jets",
    "jet",
    "planes",
    "helicopter",
    "helicopters",
    "air",
    "airstrike",
    "airstrikes",
    "aerial",
];

/// "ELN rebels bombed a police station", "the rebels' bombing of a police
/// station": a bombing by an armed group with no word of aircraft or drones
/// in the sentence is done with explosives (183), not from the air (195).
fn bombing_by_armed_groups(lex: &Lexicon, doc: &Document, view: &SentenceView<'_>, events: &mut [Event], first: usize) {
    if (view.first..view.end()).any(|t| FROM_THE_AIR.contains(&view.word(t))) {
        return;
    }
    for e in events[first..].iter_mut() {
        if e.root != "19" {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        if !matches!(view.word(t), "bomb" | "bombs" | "bombed" | "bombing" | "bombings") {
            continue;
        }
        if e.source_actor.as_ref().and_then(|c| c.role.as_deref()).is_some_and(|r| matches!(r, "REB" | "UAF")) {
            recode(lex, e, "183");
        }
    }
}

/// Group words that "rival" makes two sides of one kind.
fn rival_group(w: &str) -> Option<&'static str> {
    Some(match w {
        "militias" | "factions" | "groups" | "clans" | "tribes" | "fighters" | "militiamen" => "REB",
        "gangs" => "CRM",
        _ => return None,
    })
}

/// "gunfights between rival ethnic militias in Manipur", "Rival armed
/// factions fought with machine guns in the Libyan capital": two rival
/// groups of one kind fight each other (190; 193 for a gunfight or guns),
/// one event from the group to itself, of the country of the place the
/// clause names (or of the group's own adjective).
fn rival_groups_fighting(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for r in view.first..view.end() {
        if view.word(r) != "rival" {
            continue;
        }
        let Some((head, role)) =
            (r + 1..(r + 4).min(view.end())).find_map(|t| rival_group(view.word(t)).map(|g| (t, g)))
        else {
            continue;
        };
        // the fight: a noun before "between", or the group's own verb
        let fight = if r >= view.first + 2 && view.word(r - 1) == "between" {
            let n = r - 2;
            matches!(view.word(n), "fighting" | "clashes" | "gunfights" | "gunfight" | "battles" | "firefights")
                .then_some(n)
        } else {
            (head + 1..(head + 3).min(view.end())).find(|&t| {
                matches!(view.word(t), "fought" | "clashed" | "battled" | "exchanged")
                    && !matches!(view.word(t - 1), "not" | "never")
            })
        };
        let Some(fight) = fight else { continue };
        let at = doc.tokens[fight].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        // the country: the group's own adjective, else the place "in" the
        // clause after the group
        let own = actors.iter().find(|a| a.start > r && a.end <= head + 1 && country_of(a).is_some());
        let place = actors.iter().find(|a| {
            // (after the group's head, so `a.start` is at least 2)
            if a.start <= head + 1 {
                return false;
            }
            let bare = a.code.as_ref().is_some_and(|c| c.role.is_none());
            let after_in =
                view.word(a.start - 1) == "in" || (view.word(a.start - 1) == "the" && view.word(a.start - 2) == "in");
            bare && country_of(a).is_some() && after_in
        });
        let Some(country) = own.or(place).and_then(country_of) else { continue };
        if crate::actors::is_international(&country) {
            continue;
        }
        let guns = (view.first..view.end()).any(|t| {
            matches!(
                view.word(t),
                "gunfight" | "gunfights" | "guns" | "gunfire" | "rifles" | "small-arms" | "firefights"
            )
        });
        let code = if guns { "193" } else { "190" };
        let side = Actor {
            start: r,
            end: head + 1,
            entity: None,
            code: Some(crate::actors::actor_code(&country, Some(role))),
            place: false,
        };
        let tr = synthetic(fight, fight + 1, code);
        add.push(make_event(lex, doc, si, view, &tr, code, &side, &side, actors));
    }
    events.extend(add);
}

/// Words for diplomats whose expulsion reduces relations.
const DIPLOMAT_WORDS: [&str; 10] =
    ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "attache", "consul", "charge", "staff"];

/// "the expulsion of Benin's ambassador from Niamey", "the expulsion of
/// two Russian diplomats by Poland": a noun of expulsion of diplomats is
/// 161 by the state whose capital they are sent from (or the side after
/// "by") against the state whose diplomats they are.
fn expulsion_of_diplomats(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first..view.end() {
        if !matches!(view.word(k), "expulsion" | "expulsions") || view.word(k + 1) != "of" {
            continue;
        }
        // (asked for or threatened, not done)
        if (k.saturating_sub(3).max(view.first)..k)
            .any(|t| matches!(view.word(t), "for" | "demanded" | "demand" | "threatened" | "urged" | "seek" | "sought"))
        {
            continue;
        }
        let end = (k + 8).min(view.end());
        let Some(d) = (k + 2..end).find(|&t| DIPLOMAT_WORDS.contains(&view.word(t))) else { continue };
        if (k + 2..d).any(|t| matches!(view.word(t), "," | "and" | "from" | "by")) {
            continue;
        }
        // whose diplomats: an owner or an adjective before the noun
        let Some(owner) = actors.iter().find(|a| a.start >= k + 2 && a.end <= d + 1 && country_of(a).is_some()) else {
            continue;
        };
        // the expeller: "from" a capital or country, else "by" a side
        let Some(link) = (d + 1..(d + 4).min(view.end())).find(|&t| matches!(view.word(t), "from" | "by")) else {
            continue;
        };
        let at = |a: usize| a == link + 1 || (a == link + 2 && view.word(link + 1) == "the");
        let from = actors
            .iter()
            .find(|a| at(a.start) && country_of(a).is_some())
            .and_then(country_of)
            .or_else(|| place_country_at(doc, view, link + 1));
        let (Some(from), Some(of)) = (from, country_of(owner)) else { continue };
        if from == of || crate::actors::is_international(&from) {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at || (e.code.starts_with("161") && e.sentence == si)) {
            continue;
        }
        let target = Actor {
            start: owner.start,
            end: d + 1,
            entity: owner.entity.clone(),
            code: Some(crate::actors::actor_code(&of, Some("GOV"))),
            place: false,
        };
        let tr = synthetic(k, k + 1, "161");
        add.push(make_event(lex, doc, si, view, &tr, "161", &country_side(&from, k), &target, actors));
    }
    events.extend(add);
}

/// The country of a named place (a capital the actor finder leaves out,
/// "from Niamey") whose mention starts at token `t`.
fn place_country_at(doc: &Document, view: &SentenceView<'_>, t: usize) -> Option<String> {
    if t >= view.end() {
        return None;
    }
    let at = doc.tokens[t].span.start;
    doc.entities
        .iter()
        .filter(|e| e.ty == dossier_model::EntityType::Gpe)
        .find(|e| e.mentions.iter().any(|m| m.span.start == at))
        .and_then(|e| e.country.clone())
}

/// A participle of a deed right after the noun of its victim: the past
/// forms in "-ed" and the irregular ones the deeds of force take.
fn participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || matches!(w, "held" | "taken" | "shot" | "beaten" | "struck" | "hit")
}

/// A number or determiner that may open the noun of a victim.
fn quantifier(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit() || c == ',')
        // (the small numbers in words; a token that opens with a digit
        // counts only when it is all digits, above)
        || (numeral_word(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
        || matches!(w, "the" | "a" | "an" | "dozens" | "hundreds" | "some" | "its" | "their")
}

/// Words before a noun that make it the object of something else, not the
/// subject of the verb after it ("the release of …", "freed …").
const OBJECT_LEAD: [&str; 12] = [
    "of", "for", "free", "freed", "release", "released", "rescue", "rescued", "return", "returned", "about", "against",
];

/// Words right after a participle that open no object of its own: the
/// participle ends a reduced passive ("kidnapped in Niger", "abducted
/// from a school by gunmen").
const AFTER_PASSIVE: [&str; 18] = [
    "by",
    "from",
    "in",
    "on",
    "at",
    "near",
    "during",
    "last",
    "earlier",
    "overnight",
    "since",
    "off",
    "outside",
    "inside",
    "while",
    ",",
    ".",
    ";",
];

/// "the release of two engineers kidnapped in Niger", "freed 40 pupils
/// abducted from a school by gunmen": a deed in a participle right after
/// the noun of its victim, with no object of its own, is a reduced
/// passive: the victim is its target and its doer is the side after "by"
/// (else someone the text does not name), not the victim.
fn reduced_passives(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 2..view.end() {
        let w = view.word(k);
        // (a weapon launched or fired is no victim: "120 drones launched
        // overnight")
        if !participle(w) || matches!(w, "launched" | "fired") || !AFTER_PASSIVE.contains(&view.word(k + 1)) {
            continue;
        }
        let Some(victim) = actors.iter().find(|a| {
            a.end == k && a.end > a.start && !a.place && a.code.is_some() && !WEAPONS.contains(&view.word(k - 1))
        }) else {
            continue;
        };
        // (past a number or determiner: "of two Italian engineers")
        let mut before = victim.start;
        while before > view.first + 1 && before + 3 > victim.start && quantifier(view.word(before - 1)) {
            before -= 1;
        }
        let Some(before) = before.checked_sub(1).filter(|&b| b >= view.first) else { continue };
        let before_end = doc.tokens[before].span.end;
        let governed = OBJECT_LEAD.contains(&view.word(before))
            || events[first..].iter().any(|g| g.sentence == si && g.trigger.end == before_end);
        if !governed {
            continue;
        }
        let at = doc.tokens[k].span.start;
        let own = (first..events.len()).find(|&i| {
            let e = &events[i];
            e.sentence == si && e.trigger.start == at && matches!(e.root.as_str(), "17" | "18" | "19" | "20")
        });
        let code = match own {
            // what the main pass read as the victim's own deed
            Some(i) if events[i].source_actor == victim.code => {
                // a fight has no victim ("clashed in …", "fought near …")
                if events[i].code == "190" && view.word(k + 1) != "by" {
                    continue;
                }
                events[i].code.clone()
            }
            Some(_) => continue,
            None => match relative_deed(w) {
                Some(c) if victim.code.as_ref().is_some_and(|c| c.role.is_some()) => c.to_string(),
                _ => continue,
            },
        };
        // the doer after "by", within the participle's phrase
        let by = (k + 1..(k + 10).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | ";" | "and" | "after" | "before" | "when" | "as"))
            .find(|&t| view.word(t) == "by");
        let doer = by.and_then(|b| {
            let at = b + 1 + usize::from(matches!(view.word(b + 1), "a" | "an" | "the"));
            actors.iter().find(|a| a.start == at && a.code.is_some() && !a.place)
        });
        let source = doer.cloned().unwrap_or_else(|| nobody(k + 1));
        let tr = synthetic(k, k + 1, &code);
        let e = make_event(lex, doc, si, view, &tr, &code, &source, victim, actors);
        match own {
            Some(i) => events[i] = e,
            None => events.push(e),
        }
    }
}

/// Heads of a noun that names a weapon, not a victim.
const WEAPONS: [&str; 12] = [
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "bomb",
    "bombs",
    "mines",
    "munitions",
];

/// Deeds an object relative clause may tell with nothing else to code them.
fn relative_deed(w: &str) -> Option<&'static str> {
    Some(match w {
        "kidnapped" | "abducted" => "181",
        "arrested" | "detained" | "jailed" => "173",
        _ => return None,
    })
}

/// "freed six soldiers it had kidnapped", "released nine fishermen that
/// they arrested in March": a deed in an object relative clause whose
/// subject is a pronoun was done to the noun the clause hangs on, by the
/// doer of the verb that governs that noun; what the main pass coded on the
/// deed with another target (a place, or nothing) takes that noun instead.
fn object_relatives(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 2..view.end() {
        if !participle(view.word(k)) {
            continue;
        }
        let mut s = k - 1;
        if matches!(view.word(s), "had" | "have" | "has") {
            s -= 1;
        }
        if !matches!(view.word(s), "it" | "they") || s <= view.first {
            continue;
        }
        let mut r = s - 1;
        if matches!(view.word(r), "that" | "whom") {
            r = r.saturating_sub(1);
        }
        // a group of people, not a state ("told Kenya it had detained …")
        let Some(victim) = actors.iter().find(|a| {
            a.end == r + 1 && a.end > a.start && !a.place && a.code.as_ref().is_some_and(|c| c.role.is_some())
        }) else {
            continue;
        };
        // no object of its own: a place, a time or the clause's end follows
        let ago = matches!(view.word(k + 1), "a" | "an" | "two" | "three" | "several")
            && matches!(view.word(k + 2), "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years");
        if !(AFTER_PASSIVE.contains(&view.word(k + 1)) || ago) || view.word(k + 1) == "by" {
            continue;
        }
        // (an object of its own: "the town they shelled the base in")
        if actors.iter().any(|a| a.start > k && a.start <= k + 3 && !a.place && a.code.is_some()) {
            continue;
        }
        let at = doc.tokens[k].span.start;
        let own = (first..events.len()).find(|&i| events[i].sentence == si && events[i].trigger.start == at);
        // the doer: the subject of the verb that governs the victim
        let governing = events[first..]
            .iter()
            .filter(|g| {
                g.sentence == si && g.trigger.end <= doc.tokens[victim.start].span.start && g.source_actor.is_some()
            })
            .max_by_key(|g| g.trigger.end)
            .map(|g| Actor { start: k, end: k, entity: g.source.clone(), code: g.source_actor.clone(), place: false });
        match own {
            Some(i) => {
                let e = &events[i];
                if !matches!(e.root.as_str(), "17" | "18" | "19" | "20") || e.target_actor == victim.code {
                    continue;
                }
                let target_is_side = actors
                    .iter()
                    .any(|a| a.code == e.target_actor && !a.place && a.start > k && e.target_actor.is_some());
                if target_is_side {
                    continue;
                }
                let source = match &e.source_actor {
                    Some(_) => {
                        Actor { start: k, end: k, entity: e.source.clone(), code: e.source_actor.clone(), place: false }
                    }
                    None => match governing {
                        Some(g) => g,
                        None => continue,
                    },
                };
                let code = e.code.clone();
                let tr = synthetic(k, k + 1, &code);
                events[i] = make_event(lex, doc, si, view, &tr, &code, &source, victim, actors);
            }
            None => {
                let (Some(code), Some(source)) = (relative_deed(view.word(k)), governing) else { continue };
                if source.code == victim.code {
                    continue;
                }
                let tr = synthetic(k, k + 1, code);
                events.push(make_event(lex, doc, si, view, &tr, code, &source, victim, actors));
            }
        }
    }
}

/// "seized the town after two days of fighting with government troops",
/// "overran a base after fierce fighting with Somali and Kenyan troops": a
/// noun of fighting "with" a side names one side; the other is the doer of
/// the sentence's act of force before it (190 each way with each side).
fn fighting_with(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "fighting" | "clashes" | "battles" | "combat")
            || !FIGHT_LEAD.contains(&view.word(k - 1))
            || view.word(k + 1) != "with"
        {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        let opens = k + 2 + usize::from(matches!(view.word(k + 2), "the" | "a" | "an"));
        // the doer of the act of force told before the fighting
        let Some(doer) = events[first..]
            .iter()
            .filter(|e| {
                e.sentence == si
                    && matches!(e.root.as_str(), "17" | "18" | "19" | "20")
                    && !e.negated
                    && e.trigger.end <= at
                    && e.source_actor.as_ref().is_some_and(|c| c.country.is_some())
            })
            .max_by_key(|e| e.trigger.end)
            .map(|e| Actor { start: k, end: k, entity: e.source.clone(), code: e.source_actor.clone(), place: false })
        else {
            continue;
        };
        // (past a modifier the actor leaves out: "government troops")
        let named = actors.iter().position(|a| {
            a.start >= opens
                && a.start <= opens + 1
                && a.code.is_some()
                && (opens..a.start)
                    .all(|t| view.word(t).chars().all(|c| c.is_ascii_lowercase()) && view.word(t) != "and")
        });
        let sides: Vec<Actor> = match named {
            Some(with) => {
                super::with_coordinated_right(view, actors, with).into_iter().map(|i| actors[i].clone()).collect()
            }
            // "fighting with government troops" the finder left unnamed:
            // the army of the state a non-state doer fights in
            None => {
                let rebel = doer.code.as_ref().is_some_and(|c| matches!(c.role.as_deref(), Some("REB" | "UAF")));
                let army = matches!(
                    (view.word(opens), view.word(opens + 1)),
                    ("government", "troops" | "forces" | "soldiers") | ("army" | "troops" | "soldiers", _)
                );
                match doer.code.as_ref().and_then(|c| c.country.clone()) {
                    Some(c) if rebel && army && crate::actors::has_country(&c) => {
                        let mut a = nobody(opens);
                        a.code = Some(crate::actors::actor_code(&c, Some("MIL")));
                        vec![a]
                    }
                    _ => continue,
                }
            }
        };
        let tr = synthetic(k, k + 1, "190");
        for side in &sides {
            if side.place || side.code == doer.code || country_of(side).is_none() {
                continue;
            }
            add.push(make_event(lex, doc, si, view, &tr, "190", &doer, side, actors));
            add.push(make_event(lex, doc, si, view, &tr, "190", side, &doer, actors));
        }
    }
    events.extend(add);
}

/// "protesters clashed with police", "scuffled with officers outside
/// parliament": a violent protest (145) against the police is met by
/// police force on the protesters (175), the same clash seen from the
/// other side; "officers" a protest scuffles with are police officers.
fn protest_clashes_with_police(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for ev in events[first..].iter_mut() {
        let e = &*ev;
        if e.sentence != si || e.code != "145" || e.negated {
            continue;
        }
        let Some(k) = trigger_token(doc, view, e) else { continue };
        if !matches!(view.word(k), "clash" | "clashed" | "clashes" | "clashing" | "scuffled" | "scuffle" | "scuffles")
            || view.word(k + 1) != "with"
        {
            continue;
        }
        let mut h = k + 2;
        while matches!(view.word(h), "the" | "riot") {
            h += 1;
        }
        if !matches!(view.word(h), "police" | "policemen" | "officers" | "riot-police") {
            continue;
        }
        let Some(country) = e.source_actor.as_ref().and_then(|c| c.country.clone()) else { continue };
        if !crate::actors::has_country(&country) {
            continue;
        }
        let protest = Actor { start: k, end: k, entity: e.source.clone(), code: e.source_actor.clone(), place: false };
        let mut police = nobody(h);
        police.code = Some(crate::actors::actor_code(&country, Some("COP")));
        let tr = synthetic(k, k + 1, "145");
        if e.target_actor != police.code {
            *ev = make_event(lex, doc, si, view, &tr, "145", &protest, &police, actors);
        }
        let force = synthetic(k, k + 1, "175");
        add.push(make_event(lex, doc, si, view, &force, "175", &police, &protest, actors));
    }
    events.extend(add);
}

/// Drops the events of sentence `si` (from `first` on) whose trigger opens
/// on a token in `lo..hi` and that `keep` does not spare.
fn drop_triggers_in(
    doc: &Document,
    si: usize,
    events: &mut Vec<Event>,
    first: usize,
    lo: usize,
    hi: usize,
    keep: impl Fn(&Event) -> bool,
) {
    let (Some(a), Some(b)) = (doc.tokens.get(lo), hi.checked_sub(1).and_then(|h| doc.tokens.get(h))) else { return };
    let (a, b) = (a.span.start, b.span.end);
    let mut i = first;
    while i < events.len() {
        let e = &events[i];
        if e.sentence == si && e.trigger.start >= a && e.trigger.start < b && !keep(e) {
            events.remove(i);
        } else {
            i += 1;
        }
    }
}

/// The latest accusation ("accused", "accusing") of sentence `si` told
/// before token `k`, with "of" between it and `k`: its source is the
/// accuser, its target the accused.
fn accusation_before<'e>(
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    events: &'e [Event],
    k: usize,
) -> Option<&'e Event> {
    let at = doc.tokens.get(k)?.span.start;
    let acc = events
        .iter()
        .filter(|e| e.sentence == si && e.code.starts_with("112") && !e.negated && e.trigger.end <= at)
        .max_by_key(|e| e.trigger.end)?;
    let t = trigger_token(doc, view, acc)?;
    (view.word(t).starts_with("accus") && (t + 1..k).any(|x| view.word(x) == "of") && k <= t + 12).then_some(acc)
}

/// The sentence's first side, when it ends before token `k`: a country
/// named as a place counts unless a preposition puts it there ("Britain
/// added …", not "in Britain, …").
fn subject_side<'a>(view: &SentenceView<'_>, actors: &'a [Actor], k: usize) -> Option<&'a Actor> {
    let a = actors.iter().find(|a| a.code.is_some())?;
    let before = a.start.checked_sub(1).filter(|&t| t >= view.first).map_or("", |t| view.word(t));
    let placed = a.place && matches!(before, "in" | "at" | "from" | "on" | "near" | "to" | "into" | "across" | "over");
    (a.end <= k && !placed).then_some(a)
}

/// Nouns of a truce.
fn truce_word(w: &str) -> bool {
    matches!(w, "ceasefire" | "cease-fire" | "truce" | "armistice" | "ceasefires" | "truces")
}

/// "accused Azerbaijan of breaking the truce", "accused Eritrean troops of
/// breaching it" (a ceasefire named before): a truce broken, breached or
/// violated is a ceasefire violation (196), not destruction (190) or
/// defiance of a norm (128). What the main pass coded on the verb keeps its
/// sides; a violation the accused is charged with and the main pass left
/// uncoded runs from the accused to the accuser.
fn truces_broken(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first..view.end() {
        let w = view.word(k);
        let verb = matches!(w, "break" | "breaks" | "breaking" | "broke" | "broken")
            || w.starts_with("breach")
            || matches!(w, "violate" | "violates" | "violated" | "violating");
        if !verb {
            continue;
        }
        // the object: a truce noun past a determiner or adjective, or "it"
        // for a truce the sentence names before
        let object = (k + 1..(k + 5).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | "and" | "to" | "of" | "by" | "with" | "in" | "on"))
            .find(|&t| truce_word(view.word(t)))
            .or_else(|| {
                (view.word(k + 1) == "it" && (view.first..k).any(|t| truce_word(view.word(t)))).then_some(k + 1)
            });
        let Some(object) = object else { continue };
        let at = doc.tokens[k].span.start;
        let own: Vec<usize> =
            (first..events.len()).filter(|&i| events[i].sentence == si && events[i].trigger.start == at).collect();
        if !own.is_empty() {
            for i in own {
                recode(lex, &mut events[i], "196");
            }
            continue;
        }
        let Some(acc) = accusation_before(doc, si, view, &events[first..], k) else { continue };
        if acc.target_actor.is_none() || acc.source_actor.is_none() || acc.target_actor == acc.source_actor {
            continue;
        }
        let accused = side_of_source_target(acc, k);
        let accuser =
            Actor { start: k, end: k, entity: acc.source.clone(), code: acc.source_actor.clone(), place: false };
        let tr = synthetic(k, object + 1, "196");
        add.push(make_event(lex, doc, si, view, &tr, "196", &accused, &accuser, actors));
    }
    events.extend(add);
}

/// The target of an event as a side placed at `at`.
fn side_of_source_target(e: &Event, at: usize) -> Actor {
    Actor { start: at, end: at, entity: e.target.clone(), code: e.target_actor.clone(), place: false }
}

/// Verbs of what scrambled jets are sent to do to foreign aircraft.
const SCRAMBLED_TO: [&str; 10] =
    ["intercept", "shadow", "track", "escort", "monitor", "follow", "identify", "tail", "warn", "chase"];

/// Words for warplanes sent up.
fn jets_word(w: &str) -> bool {
    matches!(
        w,
        "jets"
            | "fighters"
            | "fighter"
            | "aircraft"
            | "planes"
            | "interceptors"
            | "warplanes"
            | "eurofighters"
            | "f-16s"
    )
}

/// "fighter jets were scrambled to shadow a British patrol plane", "had
/// scrambled fighters in response" to foreign aircraft the sentence names:
/// jets sent up to meet another state's aircraft are a show of force
/// (150) against that state's military, not an attack (190) nor haste.
fn jets_scrambled(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if !view.word(k).starts_with("scrambl") {
            continue;
        }
        let passive = matches!(view.word(k - 1), "was" | "were" | "been");
        let active = jets_word(view.word(k + 1));
        if !passive && !active {
            continue;
        }
        // the side that sent the jets up: the sentence's first side, when it
        // stands before the verb
        let Some(own) = subject_side(view, actors, k) else {
            continue;
        };
        let Some(country) = country_of(own) else { continue };
        if passive && !(own.start..k).any(|t| jets_word(view.word(t))) {
            continue;
        }
        let foreign = |a: &&Actor| !a.place && country_of(a).is_some_and(|c| c != country);
        // "to intercept …": the aircraft met, right after the verb of purpose
        let purpose = (k + 1..(k + 7).min(view.end()))
            .find(|&t| view.word(t) == "to" && SCRAMBLED_TO.contains(&view.word(t + 1)))
            .map(|t| t + 1);
        let target = match purpose {
            Some(p) => actors.iter().filter(|a| a.start > p && a.start <= p + 4).find(foreign),
            None => {
                // "in response" to foreign military aircraft named before
                let response =
                    (k + 1..(k + 5).min(view.end())).any(|t| view.word(t) == "in" && view.word(t + 1) == "response");
                if !response {
                    continue;
                }
                actors.iter().filter(|a| a.end <= k).filter(foreign).find(|a| {
                    a.code.as_ref().and_then(|c| c.role.as_deref()) == Some("MIL")
                        || (a.start..(a.end + 2).min(view.end())).any(|t| jets_word(view.word(t)))
                })
            }
        };
        let Some(target) = target.cloned() else { continue };
        // what the main pass coded on the verb or the purpose gives way
        let hi = purpose.map_or(k + 1, |p| p + 1);
        drop_triggers_in(doc, si, events, first, k, k + 1, |_| false);
        if let Some(p) = purpose {
            drop_triggers_in(doc, si, events, first, p, hi, |e| e.root != "19");
        }
        let mut source = own.clone();
        if source.code.as_ref().is_some_and(|c| c.role.is_none()) {
            source.code = Some(crate::actors::actor_code(&country, Some("MIL")));
        }
        let tr = synthetic(k, k + 1, "150");
        events.push(make_event(lex, doc, si, view, &tr, "150", &source, &target, actors));
    }
}

/// The code of a strike by the weapon word before its noun.
fn strike_weapon(w: &str) -> Option<&'static str> {
    Some(match w {
        "drone" | "drones" | "missile" | "missiles" | "rocket" | "rockets" | "air" | "aerial" | "cruise" => "195",
        "artillery" | "mortar" | "mortars" | "tank" => "194",
        _ => return None,
    })
}

/// "A Russian drone strike damaged a tanker", "a missile attack wounded
/// two guards": a deed whose subject is a strike named by its weapon is
/// that strike (195 from the air, 194 by artillery), not damage or an
/// assault (18); a second event on the strike's own noun is the same act.
fn strikes_as_subjects(lex: &Lexicon, doc: &Document, view: &SentenceView<'_>, events: &mut Vec<Event>, first: usize) {
    let mut i = first;
    while i < events.len() {
        let Some(t) = trigger_token(doc, view, &events[i]) else {
            i += 1;
            continue;
        };
        if !matches!(events[i].root.as_str(), "18" | "19")
            || events[i].code.starts_with("194")
            || events[i].code.starts_with("195")
        {
            i += 1;
            continue;
        }
        // (past an auxiliary: "drone attacks had damaged")
        let mut h = t.saturating_sub(1);
        if matches!(view.word(h), "had" | "has" | "have") {
            h = h.saturating_sub(1);
        }
        let code = if h > view.first && matches!(view.word(h), "strike" | "strikes" | "attack" | "attacks") {
            strike_weapon(view.word(h - 1))
        } else {
            None
        };
        let Some(code) = code else {
            i += 1;
            continue;
        };
        recode(lex, &mut events[i], code);
        // the event on "drone strike" itself, from the same side
        let (lo, hi) = (doc.tokens[h - 1].span.start, doc.tokens[h].span.end);
        let src = events[i].source_actor.as_ref().and_then(|c| c.country.clone());
        let mut j = first;
        while j < events.len() {
            let e = &events[j];
            let same = e.source_actor.as_ref().and_then(|c| c.country.clone()) == src;
            if j != i && e.sentence == events[i].sentence && e.trigger.start >= lo && e.trigger.start < hi && same {
                events.remove(j);
                if j < i {
                    i -= 1;
                }
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}

/// Heads of a listed firm's noun.
fn firm_word(w: &str) -> bool {
    matches!(
        w,
        "firms"
            | "firm"
            | "companies"
            | "company"
            | "producers"
            | "producer"
            | "banks"
            | "bank"
            | "shippers"
            | "refineries"
            | "businesses"
            | "entities"
            | "exporters"
            | "operators"
            | "insurers"
    )
}

/// "added nine Iranian officials and three shipping companies to its
/// sanctions list", "imposed visa restrictions on a dozen Nicaraguan
/// officials": listing sides for sanctions, or barring officials from
/// visas, is a sanction (163) by the subject on each side listed; a
/// second group of firms with no country of its own shares the first's
/// country as its businesses.
fn sanctions_lists(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    // "imposed visa restrictions on …": what the main pass read as a
    // restriction at home (172) is a sanction on a foreign side
    for e in events[first..].iter_mut() {
        if e.sentence != si || !e.code.starts_with("172") {
            continue;
        }
        let Some(t) = trigger_token(doc, view, e) else { continue };
        if !view.word(t).starts_with("impos")
            || view.word(t + 1) != "visa"
            || !matches!(view.word(t + 2), "restrictions" | "bans" | "ban")
        {
            continue;
        }
        let foreign = e.source_actor.as_ref().and_then(|c| c.country.as_deref())
            != e.target_actor.as_ref().and_then(|c| c.country.as_deref());
        if foreign && e.target_actor.is_some() {
            recode(lex, e, "163");
        }
    }
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "added" | "adding" | "adds" | "add") {
            continue;
        }
        // "to its sanctions list", "to the bloc's blacklist"
        let Some(to) = (k + 2..(k + 16).min(view.end())).find(|&t| view.word(t) == "to") else { continue };
        let listed = (to + 1..(to + 7).min(view.end())).any(|t| {
            matches!(view.word(t), "blacklist" | "blacklists")
                || (matches!(view.word(t), "list" | "lists")
                    && matches!(view.word(t - 1), "sanctions" | "sanction" | "entity" | "blacklist"))
        });
        if !listed || (k + 1..to).any(|t| matches!(view.word(t), "." | ";")) {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at && e.code.starts_with("163")) {
            continue;
        }
        // the lister: the sentence's first side, before the verb
        let Some(lister) = subject_side(view, actors, k) else {
            continue;
        };
        let listed: Vec<&Actor> =
            actors.iter().filter(|a| a.start > k && a.end <= to && a.code.is_some() && !a.place).collect();
        let Some(firstlisted) = listed.first() else { continue };
        let tr = synthetic(k, k + 1, "163");
        for a in &listed {
            add.push(make_event(lex, doc, si, view, &tr, "163", lister, a, actors));
        }
        // "… and two state-owned potash producers": firms with no side of
        // their own, of the first listed side's country
        if let Some(and) = (firstlisted.end..to).find(|&t| view.word(t) == "and")
            && !listed.iter().any(|a| a.start > and)
            && let Some(head) = (and + 1..to).find(|&t| firm_word(view.word(t)))
            && let Some(country) = country_of(firstlisted)
        {
            let firms = Actor {
                start: and + 1,
                end: head + 1,
                entity: None,
                code: Some(crate::actors::actor_code(&country, Some("BUS"))),
                place: false,
            };
            if lister.code.as_ref().and_then(|c| c.country.as_deref()) != Some(country.as_str()) {
                add.push(make_event(lex, doc, si, view, &tr, "163", lister, &firms, actors));
            }
        }
    }
    events.extend(add);
}

/// Words for people a border force pushes back.
fn migrant_word(w: &str) -> bool {
    matches!(w, "migrants" | "refugees" | "asylum-seekers" | "asylum" | "boats" | "people" | "them")
}

/// "accused Moscow of pushing migrants toward the frontier": a state
/// charged with driving migrants over a border coerces the accuser (170);
/// "border guards pushed back about 40 migrants", "turned back two boats
/// carrying refugees": a border force driving people back coerces them
/// (170), with no side when the text names none for them.
fn migrants_pushed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        let w = view.word(k);
        let back = matches!(w, "pushed" | "pushing" | "turned" | "turning" | "push" | "turn" | "pushes" | "turns")
            && view.word(k + 1) == "back";
        let driven = matches!(
            w,
            "push" | "pushing" | "funnelling" | "funneling" | "funnel" | "driving" | "drive" | "herding" | "herd"
        );
        if !back && !driven {
            continue;
        }
        let obj_from = k + 1 + usize::from(back);
        // the people: within four words ("about 60 migrants", "three boats")
        let Some(people) = (obj_from..(obj_from + 5).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | "." | ";" | "and" | "to"))
            .find(|&t| migrant_word(view.word(t)))
        else {
            continue;
        };
        // ("them": only for migrants the sentence names before)
        if view.word(people) == "them"
            && !(view.first..k).any(|t| matches!(view.word(t), "migrants" | "refugees" | "asylum-seekers"))
        {
            continue;
        }
        if driven {
            // over a border, by a side accused of it
            let border = (people + 1..(people + 3).min(view.end()))
                .any(|t| matches!(view.word(t), "across" | "toward" | "towards" | "into" | "over" | "to"))
                && (people + 2..(people + 7).min(view.end()))
                    .any(|t| matches!(view.word(t), "border" | "frontier" | "fence" | "borders"));
            if !border {
                continue;
            }
            let Some(acc) = accusation_before(doc, si, view, &events[first..], k) else { continue };
            let (Some(from), Some(to)) = (
                acc.target_actor.as_ref().and_then(|c| c.country.clone()),
                acc.source_actor.as_ref().and_then(|c| c.country.clone()),
            ) else {
                continue;
            };
            if from == to {
                continue;
            }
            let accused = side_of_source_target(acc, k);
            let accuser = country_side(&to, k);
            drop_triggers_in(doc, si, events, first, k, k + 1, |_| false);
            let tr = synthetic(k, people + 1, "170");
            events.push(make_event(lex, doc, si, view, &tr, "170", &accused, &accuser, actors));
            continue;
        }
        // pushed back by a border force: the sentence's side right before
        let Some(force) = actors.iter().rev().find(|a| a.end <= k && a.end + 2 >= k && a.code.is_some() && !a.place)
        else {
            continue;
        };
        if !force.code.as_ref().and_then(|c| c.role.as_deref()).is_some_and(|r| matches!(r, "COP" | "MIL")) {
            continue;
        }
        let end = (people + 6).min(view.end());
        let target = actors
            .iter()
            .find(|a| a.start >= obj_from && a.start < end && a.code.is_some() && !a.place)
            .cloned()
            .unwrap_or_else(|| nobody(people + 1));
        drop_triggers_in(doc, si, events, first, k, k + 2, |_| false);
        let tr = synthetic(k, k + 2, "170");
        events.push(make_event(lex, doc, si, view, &tr, "170", force, &target, actors));
    }
}

/// "putting its own troops on heightened alert", "Serbia's army was placed
/// on its highest level of combat readiness after Kosovo police took over
/// …": forces put on alert by the side a hostile deed of the same sentence
/// is aimed at are raised against the doer of that deed (152). Forces
/// whose owner is the doer ("Russia put its forces on alert after
/// striking …") are left alone: no side is named against them.
fn alert_against_a_deed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "placed" | "put" | "putting" | "puts" | "place" | "places" | "placing") {
            continue;
        }
        let Some(on) = (k + 1..(k + 6).min(view.end())).find(|&t| view.word(t) == "on") else { continue };
        let Some(alert) = (on + 1..(on + 8).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | "." | ";" | "and" | "after" | "as"))
            .find(|&t| matches!(view.word(t), "alert" | "readiness"))
        else {
            continue;
        };
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at && e.root == "15") {
            continue;
        }
        // the owner of the forces: the side right before the verb
        let Some(owner) = actors.iter().rev().find(|a| a.end <= k && a.code.is_some() && !a.place) else {
            continue;
        };
        let Some(own) = country_of(owner) else { continue };
        // the hostile deed of the sentence aimed at the owner's country
        let country = |c: &Option<dossier_model::ActorCode>| c.as_ref().and_then(|c| c.country.clone());
        let Some(doer) = events[first..]
            .iter()
            .filter(|e| {
                e.sentence == si && !e.negated && matches!(e.root.as_str(), "15" | "16" | "17" | "18" | "19" | "20")
            })
            .find(|e| country(&e.target_actor).as_deref() == Some(own.as_str()))
            .and_then(|e| country(&e.source_actor))
        else {
            continue;
        };
        if doer == own || crate::actors::is_international(&doer) {
            continue;
        }
        let mut source = owner.clone();
        if source.code.as_ref().is_some_and(|c| c.role.is_none()) {
            source.code = Some(crate::actors::actor_code(&own, Some("MIL")));
        }
        let tr = synthetic(k, alert + 1, "152");
        add.push(make_event(lex, doc, si, view, &tr, "152", &source, &country_side(&doer, alert), actors));
    }
    events.extend(add);
}

/// Roles of sides that bear arms (or enforce the law with them).
fn bears_arms(a: &Actor) -> bool {
    a.code
        .as_ref()
        .and_then(|c| c.role.as_deref())
        // ("Myanmar's military government", GOVMIL, bombs too)
        .is_some_and(|r| matches!(r, "MIL" | "COP" | "REB" | "UAF" | "SPY" | "CRM" | "GOVMIL"))
}

/// The doer of a deed at token `k` that the text tells after another act
/// of force of the same sentence ("stormed a hotel, taking guests
/// hostage"): the source of the sentence's latest act of roots 18–20 told
/// before `k`, else the nearest armed side before `k`.
fn doer_before(pass: &SentencePass<'_>, events: &[Event], k: usize) -> Option<Actor> {
    let SentencePass { doc, si, view, actors, .. } = *pass;
    let at = doc.tokens.get(k)?.span.start;
    let earlier = events
        .iter()
        .filter(|e| {
            e.sentence == si
                && !e.negated
                && e.trigger.start < at
                && matches!(e.root.as_str(), "18" | "19" | "20")
                && e.source_actor.as_ref().is_some_and(|c| c.country.is_some())
        })
        .max_by_key(|e| e.trigger.start);
    if let Some(e) = earlier {
        return Some(Actor { start: k, end: k, entity: e.source.clone(), code: e.source_actor.clone(), place: false });
    }
    let lo = k.saturating_sub(20).max(view.first);
    actors.iter().rev().find(|a| a.end <= k && a.start >= lo && !a.place && bears_arms(a)).cloned()
}

/// Nouns for people who can be taken hostage.
fn captive_word(w: &str) -> bool {
    matches!(
        w,
        "workers"
            | "staff"
            | "employees"
            | "guests"
            | "crew"
            | "sailors"
            | "seafarers"
            | "passengers"
            | "civilians"
            | "people"
            | "tourists"
            | "villagers"
            | "residents"
            | "guards"
            | "officers"
            | "policemen"
            | "soldiers"
            | "children"
            | "students"
            | "pupils"
            | "teachers"
            | "women"
            | "men"
            | "journalists"
            | "worshippers"
            | "nuns"
            | "priests"
            | "foreigners"
            | "hostages"
            | "members"
            | "inmates"
            | "doctors"
            | "nurses"
    )
}

/// "stormed a hotel, taking guests hostage", "boarded a bulk carrier and
/// took its crew hostage", "guards who had been held hostage for two days
/// by gang members": people taken or held hostage are abducted (181), by
/// the doer of the sentence's act of force (or the side after "by" for a
/// passive), the people being the side named for them or else civilians of
/// the doer's country. Only people are hostages here: "holding the budget
/// hostage" names none and is left alone.
fn hostages_taken(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if !matches!(
            view.word(k),
            "take" | "takes" | "took" | "taken" | "taking" | "hold" | "holds" | "held" | "holding"
        ) {
            continue;
        }
        let Some(h) = (k + 1..(k + 8).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | "." | ";" | "by" | "to" | "after" | "and"))
            .find(|&t| matches!(view.word(t), "hostage" | "hostages"))
        else {
            continue;
        };
        let passive = h == k + 1 && matches!(view.word(k - 1), "been" | "was" | "were" | "being" | "is" | "are");
        let (source, target) = if passive {
            // the people: a side or a people's noun right before the verb
            let lo = k.saturating_sub(6).max(view.first);
            let people = actors.iter().rev().find(|a| a.end <= k && a.start >= lo && a.code.is_some() && !a.place);
            if people.is_none() && !(lo..k).any(|t| captive_word(view.word(t))) {
                continue;
            }
            let by = (h + 1..(h + 8).min(view.end()))
                .take_while(|&t| !matches!(view.word(t), "." | ";"))
                .find(|&t| view.word(t) == "by");
            let taker = by.and_then(|b| {
                actors.iter().find(|a| a.start > b && a.start <= b + 5 && a.code.is_some() && !a.place).cloned()
            });
            let taker = taker.unwrap_or_else(|| nobody(h + 1));
            let held = match (people, country_of(&taker)) {
                (Some(p), _) => p.clone(),
                (None, Some(c)) => super::civilians_of(&c, k),
                (None, None) => nobody(k),
            };
            (taker, held)
        } else {
            if h == k + 1 {
                continue;
            }
            let named = actors.iter().find(|a| a.start > k && a.end <= h && a.code.is_some() && !a.place);
            let named = named.filter(|a| a.code.as_ref().is_some_and(|c| c.role.is_some()));
            if named.is_none() && !(k + 1..h).any(|t| captive_word(view.word(t))) {
                continue;
            }
            let Some(taker) = doer_before(pass, &events[first..], k) else { continue };
            // "took its crew hostage": the owner "its" refers to
            let doer = actors.iter().position(|a| a.start == taker.start && a.code == taker.code).unwrap_or(usize::MAX);
            let owned = (k + 1..h).any(|t| matches!(view.word(t), "its" | "their"));
            let named = named.cloned().or_else(|| {
                owned
                    .then(|| super::held_side(view, actors, &synthetic(k, k + 1, "181"), doer))
                    .flatten()
                    .filter(|a| a.code != taker.code)
                    .or_else(|| owned.then(|| flag_before(view, k)).flatten())
            });
            let named = named.as_ref();
            let held = match (named, country_of(&taker)) {
                (Some(p), _) => p.clone(),
                (None, Some(c)) => super::civilians_of(&c, k + 1),
                (None, None) => continue,
            };
            (taker, held)
        };
        // one abduction told twice ("hijacked a carrier and took its crew
        // hostage") is coded once
        let pair = (country_of(&source), country_of(&target));
        if events[first..].iter().any(|e| {
            e.sentence == si
                && e.code.starts_with("181")
                && (
                    e.source_actor.as_ref().and_then(|c| c.country.clone()),
                    e.target_actor.as_ref().and_then(|c| c.country.clone()),
                ) == pair
        }) {
            continue;
        }
        drop_triggers_in(doc, si, events, first, k, h + 1, |e| e.root == "18");
        let tr = synthetic(k, h + 1, "181");
        events.push(make_event(lex, doc, si, view, &tr, "181", &source, &target, actors));
    }
}

/// The flag state of a ship named within twelve words before `k` ("a
/// Liberian-flagged bulk carrier"), as a side.
fn flag_before(view: &SentenceView<'_>, k: usize) -> Option<Actor> {
    let lo = k.saturating_sub(12).max(view.first);
    (lo..k).rev().find_map(|t| super::flag_state_at(view, t))
}

/// Nouns of dwellings and the places people live.
fn dwelling_word(w: &str) -> bool {
    matches!(
        w,
        "homes" | "home" | "houses" | "house" | "huts" | "dwellings" | "villages" | "village" | "shelters" | "hamlets"
    )
}

/// "beheaded four villagers and burned dozens of homes", "torching their
/// villages behind them", "setting fire to cars and a house": homes or
/// villages burned by the doer of an act of force are property destroyed
/// (1712), aimed at the people whose homes they are (the target country of
/// that act, else the doer's own country's civilians). Burning anything
/// else (crop waste, tyres, flags) is left alone.
fn homes_burned(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        let w = view.word(k);
        let burn = matches!(
            w,
            "burned" | "burnt" | "burning" | "burn" | "burns" | "torched" | "torching" | "torch" | "razed" | "razing"
        );
        let fire = matches!(w, "set" | "setting" | "sets") && view.word(k + 1) == "fire" && view.word(k + 2) == "to";
        if !burn && !fire {
            continue;
        }
        let from = if fire { k + 3 } else { k + 1 };
        let Some(home) = (from..(from + 6).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | "." | ";" | "in" | "on" | "as" | "before" | "after"))
            .find(|&t| dwelling_word(view.word(t)))
        else {
            continue;
        };
        // "the burning houses", "returned to burned homes": a participle
        // right after a determiner or preposition describes its noun
        if home == k + 1
            && !fire
            && matches!(
                view.word(k - 1),
                "the" | "a" | "an" | "of" | "to" | "their" | "its" | "his" | "her" | "into" | "from" | "among" | "in"
            )
        {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at && e.code.starts_with("1712")) {
            continue;
        }
        let Some(doer) = doer_before(pass, &events[first..], k) else { continue };
        let Some(own) = country_of(&doer) else { continue };
        // whose homes: the target country of the sentence's act of force
        let at_k = doc.tokens[k].span.start;
        let victims = events[first..]
            .iter()
            .filter(|e| {
                e.sentence == si
                    && !e.negated
                    && e.trigger.start < at_k
                    && matches!(e.root.as_str(), "18" | "19" | "20")
            })
            .max_by_key(|e| e.trigger.start)
            .and_then(|e| e.target_actor.as_ref().and_then(|c| c.country.clone()))
            .unwrap_or(own);
        drop_triggers_in(doc, si, events, first, k, k + 1, |_| false);
        let tr = synthetic(k, home + 1, "1712");
        events.push(make_event(lex, doc, si, view, &tr, "1712", &doer, &super::civilians_of(&victims, home), actors));
    }
}

/// "two Chinese coast guard vessels entered the territorial waters around
/// the islands", "warships sailed into Japan's territorial waters": a
/// state's ships entering another state's territorial waters show force to
/// it (150). The other state is the owner named before "territorial"
/// ("Japan's"), else for "its" or "the" waters the sentence's first side
/// of another country (the state that protested, whose coast guard
/// reports it). A state's ships in its own waters are left alone.
fn territorial_waters_entered(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        let w = view.word(k);
        let enter = matches!(w, "entered" | "entering" | "enter" | "enters");
        let into = matches!(w, "sailed" | "sailing" | "intruded" | "intruding" | "strayed" | "crossed" | "moved")
            && view.word(k + 1) == "into";
        if !enter && !into {
            continue;
        }
        let from = k + 1 + usize::from(into);
        let Some(terr) = (from..(from + 4).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "," | "." | ";"))
            .find(|&t| view.word(t) == "territorial" && view.word(t + 1) == "waters")
        else {
            continue;
        };
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at && e.root == "15") {
            continue;
        }
        // the ships' state: the side right before the verb
        let lo = k.saturating_sub(8).max(view.first);
        let Some(ships) = actors.iter().rev().find(|a| a.end <= k && a.start >= lo && a.code.is_some() && !a.place)
        else {
            continue;
        };
        let Some(own) = country_of(ships) else { continue };
        let owner =
            actors.iter().find(|a| a.start >= from && a.end <= terr && a.code.is_some()).cloned().or_else(|| {
                actors
                    .iter()
                    .filter_map(country_of)
                    .find(|c| *c != own && !crate::actors::is_international(c))
                    .map(|c| country_side(&c, terr))
            });
        let Some(owner) = owner else { continue };
        let Some(theirs) = country_of(&owner) else { continue };
        if theirs == own || crate::actors::is_international(&theirs) {
            continue;
        }
        let mut source = ships.clone();
        if source.code.as_ref().is_some_and(|c| c.role.is_none()) {
            source.code = Some(crate::actors::actor_code(&own, Some("MIL")));
        }
        drop_triggers_in(doc, si, events, first, k, k + 1, |_| false);
        let tr = synthetic(k, terr + 2, "150");
        events.push(make_event(lex, doc, si, view, &tr, "150", &source, &owner, actors));
    }
}

/// "issued an arrest warrant for a militia commander", "asked judges to
/// issue arrest warrants for two generals": a warrant for someone's arrest
/// is an arrest sought (173) by the court or prosecutor, on the side after
/// "for". A prosecutor's request to the court's own judges is no appeal
/// between sides: what the main pass coded on "asked" gives way to it.
fn arrest_warrants(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if view.word(k) != "arrest" || !matches!(view.word(k + 1), "warrant" | "warrants") {
            continue;
        }
        // the verb: "issue", "seek", "request" within three words before
        let lo = k.saturating_sub(3).max(view.first);
        let Some(verb) = (lo..k).rev().find(|&t| {
            let w = view.word(t);
            w.starts_with("issu") || w.starts_with("seek") || w == "sought" || w.starts_with("request")
        }) else {
            continue;
        };
        let Some(fr) = (k + 2..(k + 6).min(view.end())).find(|&t| view.word(t) == "for") else { continue };
        let Some(wanted) = actors.iter().find(|a| a.start > fr && a.start <= fr + 4 && a.code.is_some() && !a.place)
        else {
            continue;
        };
        let (lo_b, hi_b) = (doc.tokens[verb].span.start, doc.tokens[k + 1].span.end);
        if events[first..]
            .iter()
            .any(|e| e.sentence == si && e.root == "17" && e.trigger.start >= lo_b && e.trigger.start < hi_b)
        {
            continue;
        }
        // "asked judges to issue …": the asker, whose appeal gives way
        let ask = (view.word(verb.saturating_sub(1)) == "to")
            .then(|| {
                let a_lo = verb.saturating_sub(6).max(view.first);
                (a_lo..verb).find(|&t| {
                    matches!(view.word(t), "asked" | "asks" | "asking" | "ask" | "urged" | "requested" | "petitioned")
                })
            })
            .flatten();
        let source = match ask {
            Some(a) => {
                let at = doc.tokens[a].span.start;
                let asked = events[first..].iter().find(|e| e.sentence == si && e.trigger.start == at).cloned();
                drop_triggers_in(doc, si, events, first, a, a + 1, |_| false);
                asked.map(|e| Actor {
                    start: a,
                    end: a,
                    entity: e.source.clone(),
                    code: e.source_actor.clone(),
                    place: false,
                })
            }
            None => None,
        };
        let source = source.or_else(|| {
            let s_lo = verb.saturating_sub(12).max(view.first);
            actors.iter().rev().find(|a| a.end <= verb && a.start >= s_lo && a.code.is_some() && !a.place).cloned()
        });
        let Some(source) = source else { continue };
        if source.code.is_none() || country_of(&source) == country_of(wanted) && source.code == wanted.code {
            continue;
        }
        let start = ask.unwrap_or(verb);
        let tr = synthetic(start, k + 2, "173");
        events.push(make_event(lex, doc, si, view, &tr, "173", &source, wanted, actors));
    }
}

/// "issued an arrest warrant for a militia commander accused of torturing
/// and killing detainees": the deeds a warrant names as its charges are
/// acts of the person wanted, each coded for itself (torturing 1822,
/// killing or murdering 1823, raping 1821, kidnapping or abducting 181),
/// aimed at the people named after them (detainees, migrants, prisoners:
/// civilians of the wanted side's country) or at a side named there. They
/// rest on the charge, so an event that no account covers is not asserted.
/// A reduced relative ("a man accused of spying") with no warrant before
/// it stays uncoded, as before.
fn warrant_charges(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let deed = |w: &str| match w {
        "torturing" => Some("1822"),
        "killing" | "murdering" => Some("1823"),
        "raping" => Some("1821"),
        "kidnapping" | "abducting" => Some("181"),
        _ => None,
    };
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "warrant" | "warrants") {
            continue;
        }
        let Some(fr) = (k + 1..(k + 4).min(view.end())).find(|&t| view.word(t) == "for") else { continue };
        let Some(wanted) = actors.iter().find(|a| a.start > fr && a.start <= fr + 4 && a.code.is_some() && !a.place)
        else {
            continue;
        };
        let Some(own) = country_of(wanted) else { continue };
        // "for a commander, Salem X, accused of": past an appositive name
        let Some(acc) = (wanted.end..(wanted.end + 8).min(view.end()))
            .take_while(|&t| !matches!(view.word(t), "." | ";" | "and"))
            .find(|&t| matches!(view.word(t), "accused" | "suspected") && view.word(t + 1) == "of")
        else {
            continue;
        };
        // the chain of deeds: "torturing and killing", "murdering, raping"
        let mut deeds = Vec::new();
        let mut t = acc + 2;
        while t < view.end() {
            match deed(view.word(t)) {
                Some(code) => deeds.push((t, code)),
                None => break,
            }
            if !(matches!(view.word(t + 1), "and" | "or" | ",") && deed(view.word(t + 2)).is_some()) {
                break;
            }
            t += 2;
        }
        let Some(&(last, _)) = deeds.last() else { continue };
        let after = last + 1;
        let people = (after..(after + 3).min(view.end())).any(|u| {
            matches!(
                view.word(u),
                "detainees"
                    | "prisoners"
                    | "inmates"
                    | "captives"
                    | "hostages"
                    | "migrants"
                    | "refugees"
                    | "civilians"
                    | "protesters"
                    | "villagers"
                    | "residents"
                    | "children"
                    | "women"
                    | "people"
            )
        });
        let target = if people {
            super::civilians_of(&own, after)
        } else if let Some(a) =
            actors.iter().find(|a| a.start >= after && a.start < after + 3 && a.code.is_some() && !a.place)
        {
            a.clone()
        } else {
            continue;
        };
        if wanted.code == target.code {
            continue;
        }
        drop_triggers_in(doc, si, events, first, acc + 2, after, |_| false);
        for &(g, code) in &deeds {
            let tr = synthetic(g, g + 1, code);
            let mut e = make_event(lex, doc, si, view, &tr, code, wanted, &target, actors);
            if e.attribution.is_none() && e.certainty.level == dossier_model::CertaintyLevel::Asserted {
                e.certainty.level = dossier_model::CertaintyLevel::Possible;
                e.certainty.cues.push(doc.tokens[acc].span);
            }
            events.push(e);
        }
    }
}

/// Whether the words from `from` on tell a span of captivity: "since
/// June", "for eleven months", "in Yekaterinburg since a raid", within six
/// words and the same clause.
fn time_held(view: &SentenceView<'_>, from: usize) -> bool {
    let span = (from..(from + 6).min(view.end())).take_while(|&t| !matches!(view.word(t), "," | "." | ";" | "and"));
    span.clone().any(|t| view.word(t) == "since")
        || span.into_iter().any(|t| {
            view.word(t) == "for"
                && (t + 1..t + 4).any(|u| {
                    matches!(
                        view.word(u),
                        "hours" | "days" | "weeks" | "months" | "years" | "hour" | "day" | "week" | "month" | "year"
                    )
                })
        })
}

/// "released a French citizen who had been held for 18 months",
/// "deported a journalist after holding him for two days", "demanded that
/// Russia free eight citizens held in Yekaterinburg since June",
/// "torturing activists held since March": people held for a span of
/// time by the side that releases, deports or mistreats them, or that is
/// asked to free them, were detained by it (173). Only people: the held
/// side is the target of that act, or a coded side right before "held";
/// a meeting or summit "held for two days" has neither.
fn held_before_release(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        let w = view.word(k);
        let (people_at, from) = match w {
            "held" => (None, k + 1),
            "holding" if matches!(view.word(k + 1), "him" | "her" | "them") => (Some(k + 1), k + 2),
            _ => continue,
        };
        if !time_held(view, from) {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at && e.root == "17") {
            continue;
        }
        // the captor's act told before: a release, a deportation, an
        // assault, or an appeal or demand that someone free them
        let Some(act) = events[first..]
            .iter()
            .filter(|e| e.sentence == si && !e.negated && e.trigger.end <= at && e.target_actor.is_some())
            .filter(|e| {
                e.code.starts_with("084")
                    || e.code.starts_with("174")
                    || e.root == "18"
                    || (matches!(e.root.as_str(), "02" | "10")
                        && trigger_token(doc, view, e).is_some_and(|t| {
                            (t + 1..k).any(|u| matches!(view.word(u), "free" | "release" | "freed" | "released"))
                        }))
            })
            .max_by_key(|e| e.trigger.start)
        else {
            continue;
        };
        let asked = matches!(act.root.as_str(), "02" | "10");
        // the people held: a coded side right before "held" (the people
        // asked to be freed), else the target of the captor's act
        let lo = k.saturating_sub(6).max(view.first);
        let before = actors.iter().rev().find(|a| a.end <= k && a.start >= lo && a.code.is_some() && !a.place).cloned();
        let held = if asked {
            match before {
                Some(b) if b.code != act.target_actor => b,
                _ => continue,
            }
        } else {
            if people_at.is_none() && before.is_none() && !(lo..k).any(|t| matches!(view.word(t), "who" | "whom")) {
                continue;
            }
            side_of_source_target(act, k)
        };
        let holder = if asked {
            side_of_source_target(act, k)
        } else {
            Actor { start: k, end: k, entity: act.source.clone(), code: act.source_actor.clone(), place: false }
        };
        if holder.code.is_none() || holder.code == held.code {
            continue;
        }
        let end = people_at.map_or(k + 1, |p| p + 1);
        let tr = synthetic(k, end, "173");
        add.push(make_event(lex, doc, si, view, &tr, "173", &holder, &held, actors));
    }
    events.extend(add);
}

/// "RSF fighters carried out mass killings of Masalit civilians", "a
/// warrant for a militia commander over the killing of hundreds of
/// civilians": killings named as mass killings, or of hundreds or
/// thousands of people, are mass killings (202) by the nearest armed side
/// told before (within twelve words), of civilians of that side's
/// country. Killings to be prevented, stopped or feared name no deed and
/// are left alone, as are killings some act of roots 18–20 already codes.
fn mass_killings(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "killings" | "killing") {
            continue;
        }
        let mass = view.word(k - 1) == "mass";
        let many = view.word(k + 1) == "of"
            && (k + 2..(k + 4).min(view.end())).any(|t| matches!(view.word(t), "hundreds" | "thousands"));
        if !mass && !many {
            continue;
        }
        let lo4 = k.saturating_sub(5).max(view.first);
        if (lo4..k).any(|t| {
            matches!(
                view.word(t),
                "prevent"
                    | "preventing"
                    | "stop"
                    | "stopping"
                    | "avert"
                    | "averting"
                    | "risk"
                    | "fear"
                    | "fears"
                    | "warned"
            )
        }) {
            continue;
        }
        let (lo, hi) = (doc.tokens[k.saturating_sub(1).max(view.first)].span.start, doc.tokens[k].span.end);
        if events[first..].iter().any(|e| {
            e.sentence == si
                && e.trigger.start >= lo
                && e.trigger.start < hi
                && matches!(e.root.as_str(), "18" | "19" | "20")
        }) {
            continue;
        }
        let s_lo = k.saturating_sub(12).max(view.first);
        let Some(doer) = actors.iter().rev().find(|a| a.end <= k && a.start >= s_lo && !a.place && bears_arms(a))
        else {
            continue;
        };
        let Some(own) = country_of(doer) else { continue };
        let start = if mass { k - 1 } else { k };
        let tr = synthetic(start, k + 1, "202");
        add.push(make_event(lex, doc, si, view, &tr, "202", doer, &super::civilians_of(&own, k + 1), actors));
    }
    events.extend(add);
}

/// The end of a noun of a fight both sides take part in, told at `k`
/// after "in a"/"in an" and its modifiers ("in a clash", "in a brief
/// firefight", "in a six-hour gun battle", "in an exchange of fire"), or
/// None.
fn two_sided_fight_at(view: &SentenceView<'_>, k: usize) -> Option<(usize, usize)> {
    if view.word(k) != "in" || !matches!(view.word(k + 1), "a" | "an") {
        return None;
    }
    let mut h = k + 2;
    while h < (k + 5).min(view.end())
        && (matches!(
            view.word(h),
            "brief"
                | "short"
                | "fierce"
                | "heavy"
                | "intense"
                | "deadly"
                | "overnight"
                | "fresh"
                | "separate"
                | "subsequent"
        ) || view.word(h).ends_with("-hour")
            || view.word(h).ends_with("-minute"))
    {
        h += 1;
    }
    match view.word(h) {
        "clash" | "firefight" | "gunfight" | "shootout" | "shoot-out" | "skirmish" | "gunbattle" => Some((h, h + 1)),
        "gun" if view.word(h + 1) == "battle" => Some((h, h + 2)),
        "exchange" if view.word(h + 1) == "of" && matches!(view.word(h + 2), "fire" | "gunfire") => Some((h, h + 3)),
        _ => None,
    }
}

/// "Colombian troops killed nine FARC dissidents in a clash", "killing six
/// officers in a gun battle": a deed of force told as done "in a clash"
/// (firefight, gunfight, shootout, gun battle, exchange of fire) was met
/// with fire, so the side it was aimed at fought back (190). The deed is
/// the sentence's latest act of roots 18–20 told at most fifteen words
/// before, between two sides of known countries; its target, unless
/// civilians (who do not fight back), fights its doer. A reverse act of
/// force the sentence already codes is not coded twice.
fn killed_in_a_clash(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        let Some((start, end)) = two_sided_fight_at(view, k) else { continue };
        let at = doc.tokens[k].span.start;
        let lo = doc.tokens[k.saturating_sub(15).max(view.first)].span.start;
        let Some(di) = (first..events.len())
            .filter(|&i| {
                let e = &events[i];
                e.sentence == si
                    && !e.negated
                    && matches!(e.root.as_str(), "18" | "19" | "20")
                    && e.trigger.start < at
                    && e.trigger.start >= lo
            })
            .max_by_key(|&i| events[i].trigger.start)
        else {
            continue;
        };
        let deed = &events[di];
        let (Some(src), Some(tgt)) = (deed.source_actor.as_ref(), deed.target_actor.as_ref()) else { continue };
        if src.country.is_none()
            || tgt.country.is_none()
            || src == tgt
            || matches!(tgt.role.as_deref(), Some("CVL" | "REF" | "MED" | "EDU" | "REL"))
            || tgt.role.is_none() && src.country == tgt.country
        {
            continue;
        }
        if events[first..].iter().chain(add.iter()).any(|e| {
            e.sentence == si
                && !e.negated
                && matches!(e.root.as_str(), "18" | "19" | "20")
                && e.source_actor.as_ref() == Some(tgt)
                && e.target_actor.as_ref() == Some(src)
        }) {
            continue;
        }
        let doer = super::side_of_source(deed, start);
        let foe = super::side_of_target(deed, start);
        let tr = synthetic(start, end, "190");
        add.push(make_event(lex, doc, si, view, &tr, "190", &foe, &doer, actors));
        // ("police killed a gang leader in a shootout": a killing in a
        // fight both sides waged is that fight, not an assassination or a
        // killing of its own; 18 gives way to 190)
        if events[di].root == "18" {
            super::recode(lex, &mut events[di], "190");
        }
    }
    events.extend(add);
}

/// Nouns that refer back to ships or aircraft named before ("the flotilla",
/// "the four vessels").
fn craft_word(w: &str) -> bool {
    matches!(
        w,
        "flotilla"
            | "flotillas"
            | "vessels"
            | "ships"
            | "warships"
            | "frigates"
            | "destroyers"
            | "fleet"
            | "squadron"
            | "convoy"
            | "aircraft"
            | "planes"
            | "bombers"
            | "detachment"
            | "task"
    )
}

/// "Japan dispatched two destroyers to shadow the flotilla", "a US cutter
/// shadowed the four vessels": a show of force (150) the main pass coded
/// with no side aimed at, whose object is ships or aircraft referred back
/// to ("the flotilla", "the vessels", within ten words in the clause, with
/// no side of their own named before them), is aimed at the states whose
/// joint drill, patrol or show of force (roots 06, 15) the sentence told
/// before it: the doers of those acts of another country than the
/// shadowing side. Each gets its own event.
fn craft_shadowed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    let mut drop = Vec::new();
    for (i, e) in events.iter().enumerate().skip(first) {
        if e.sentence != si || e.negated || !e.code.starts_with("150") || e.target_actor.is_some() {
            continue;
        }
        let Some(src) = e.source_actor.as_ref() else { continue };
        let Some(own) = src.country.clone() else { continue };
        let Some(k) = trigger_token(doc, view, e) else { continue };
        let end = (k + 11).min(view.end());
        let Some(noun) = (k + 1..end)
            .take_while(|&t| !matches!(view.word(t), "," | ";" | "and" | "but"))
            .find(|&t| craft_word(view.word(t)) && (t.saturating_sub(3)..t).any(|x| view.word(x) == "the"))
        else {
            continue;
        };
        if actors.iter().any(|a| a.start > k && a.start < noun && a.code.is_some()) {
            continue;
        }
        let mut sides: Vec<Actor> = Vec::new();
        for d in events[first..].iter() {
            if d.sentence != si
                || d.negated
                || !matches!(d.root.as_str(), "06" | "15")
                || d.trigger.start >= e.trigger.start
            {
                continue;
            }
            let Some(c) = d.source_actor.as_ref() else { continue };
            if c.country.as_deref().is_none_or(|x| x == own) || sides.iter().any(|a| a.code.as_ref() == Some(c)) {
                continue;
            }
            sides.push(super::side_of_source(d, noun));
        }
        if sides.is_empty() {
            continue;
        }
        let source = super::side_of_source(e, k);
        let tr = synthetic(k, k + 1, "150");
        for side in &sides {
            add.push(make_event(lex, doc, si, view, &tr, &e.code, &source, side, actors));
        }
        drop.push(i);
    }
    for i in drop.into_iter().rev() {
        events.remove(i);
    }
    events.extend(add);
}

/// Nouns of places where civilians gather or are cared for.
fn civilian_site(w: &str) -> bool {
    matches!(
        w,
        "market"
            | "markets"
            | "marketplace"
            | "hospital"
            | "hospitals"
            | "clinic"
            | "clinics"
            | "school"
            | "schools"
            | "mosque"
            | "mosques"
            | "church"
            | "churches"
            | "bakery"
            | "wedding"
            | "funeral"
    )
}

/// "accused the army of bombing a crowded market in the town of Mellit",
/// "army jets had bombed a school in Paletwa", "shelled a hospital": a
/// bombing (195) or shelling (194) whose object is a market, hospital,
/// clinic, school, mosque or church (within four words, past its
/// modifiers) is aimed at the civilians there, when the main pass coded
/// nothing on the verb (it drops a place of the doer's own country as no
/// side). The doer is the accused of "accused X of", else the armed side
/// that ends at most three words before the verb (past "jets", "drones",
/// "warplanes", "had"); the civilians are of the country of a place named
/// after the site, else of the doer's own.
fn civilian_sites_bombed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        let w = view.word(k);
        let code = if w.starts_with("bomb") && matches!(w, "bombed" | "bombing" | "bombs" | "bomb") {
            "195"
        } else if matches!(w, "shelled" | "shelling" | "shells" | "shell") {
            "194"
        } else if strike_noun_on(view, k)
            || matches!(w, "hit" | "struck")
                && (k.saturating_sub(6).max(view.first)..k).any(|t| {
                    matches!(
                        view.word(t),
                        "drone"
                            | "drones"
                            | "jets"
                            | "warplanes"
                            | "missile"
                            | "missiles"
                            | "rockets"
                            | "airstrike"
                            | "airstrikes"
                    )
                })
        {
            "195"
        } else {
            continue;
        };
        let noun = strike_noun_on(view, k);
        // (a noun: "the bombing of a market" is told elsewhere)
        if !noun && matches!(view.word(k - 1), "the" | "a" | "an" | "suicide" | "car" | "roadside") {
            continue;
        }
        let end = clause_stop(view, k);
        // ("carried out air strikes on a village …, killing nine people":
        // a village is a civilian site where the sentence tells of people
        // killed there)
        let village = |t: usize| matches!(view.word(t), "village" | "villages") && people_killed(view, k);
        // ("a camp for displaced people", "a displacement camp")
        let camp = |t: usize| {
            matches!(view.word(t), "camp" | "camps")
                && (matches!(view.word(t - 1), "displacement" | "refugee" | "displaced" | "idp")
                    || (view.word(t + 1) == "for" && matches!(view.word(t + 2), "displaced" | "refugees")))
        };
        let Some(site) = (k + 1..(k + 5).min(end)).find(|&t| civilian_site(view.word(t)) || camp(t) || village(t))
        else {
            continue;
        };
        if (k + 1..site).any(|t| matches!(view.word(t), "and" | "of" | "in" | "near" | "by")) {
            continue;
        }
        // (a noun's own modifiers, "drone strike", "air strikes", are part
        // of the deed any other rule coded on it)
        let from = if noun { k.saturating_sub(2).max(view.first) } else { k };
        let (lo, hi) = (doc.tokens[from].span.start, doc.tokens[site].span.end);
        if events[first..].iter().any(|e| {
            e.sentence == si
                && e.trigger.start >= lo
                && e.trigger.start < hi
                && matches!(e.root.as_str(), "18" | "19" | "20")
        }) {
            continue;
        }
        let doer = match accusation_before(doc, si, view, &events[first..], k) {
            Some(acc) if view.word(k - 1) == "of" => super::side_of_target(acc, k),
            _ => {
                let mut t = before_weapon_words(view, k);
                // ("an Ethiopian military drone strike on …", "carried out
                // air strikes on …": the words of the noun and the verb
                // that carries it)
                while noun
                    && t > view.first
                    && t + 5 > k
                    && matches!(
                        view.word(t - 1),
                        "drone" | "air" | "missile" | "rocket" | "out" | "carried" | "conducted" | "launched" | "had"
                    )
                {
                    t -= 1;
                }
                // ("drones launched by the RSF hit a camp": the side after "by")
                let launched = (k.saturating_sub(6).max(view.first)..k).find(|&x| view.word(x) == "by");
                let by =
                    launched.and_then(|b| actors.iter().find(|a| a.start > b && a.start <= b + 3 && a.end >= k - 1));
                match by.or_else(|| {
                    actors.iter().find(|a| a.end >= t && a.end <= k && a.code.is_some() && !a.place && bears_arms(a))
                }) {
                    Some(a) if a.code.is_some() && !a.place => a.clone(),
                    _ => continue,
                }
            }
        };
        if !bears_arms(&doer) {
            continue;
        }
        let Some(own) = country_of(&doer) else { continue };
        let place = actors
            .iter()
            .find(|a| a.start > site && a.start < end && a.place && country_of(a).is_some())
            .and_then(country_of)
            .filter(|c| crate::actors::has_country(c));
        let victims = super::civilians_of(place.as_deref().unwrap_or(&own), site);
        let tr = synthetic(k, k + 1, code);
        add.push(make_event(lex, doc, si, view, &tr, code, &doer, &victims, actors));
    }
    events.extend(add);
}

/// Where the clause of token `k` ends: the next comma, semicolon or end.
fn clause_stop(view: &SentenceView<'_>, k: usize) -> usize {
    (k + 1..view.end()).find(|&t| matches!(view.word(t), "," | ";" | "—")).unwrap_or(view.end())
}

/// Points an event at `side`, its entity and code.
fn retarget(e: &mut Event, side: &Actor) {
    e.target = side.entity.clone();
    e.target_actor = side.code.clone();
}

/// Lowers an event to a claim: what it is aimed at rests on a speaker's
/// word, with the cue at byte span `cue`.
fn as_claimed(e: &mut Event, cue: dossier_model::Span) {
    e.certainty.level = e.certainty.level.combine(CertaintyLevel::Likely);
    e.certainty.cues.push(cue);
}

/// Verbs of striking whose object may be named through a speaker ("struck
/// what Islamabad said were hideouts of …"), with the code each gives when
/// no event was coded on it: aerial (195) where an aircraft, drone or air
/// force is named just before, else fire of no named weapon (190).
fn strike_verb_code(view: &SentenceView<'_>, k: usize) -> Option<&'static str> {
    let w = view.word(k);
    let aerial = || {
        (k.saturating_sub(5).max(view.first)..k).any(|t| {
            matches!(
                view.word(t),
                "jets" | "warplanes" | "aircraft" | "planes" | "drones" | "drone" | "bombers" | "helicopters" | "air"
            )
        })
    };
    Some(match w {
        "bombed" | "bombs" | "bomb" => "195",
        "shelled" | "shells" | "pounded" => "194",
        "struck" | "strikes" | "hit" | "hits" | "targeted" | "targets" if aerial() => "195",
        "struck" | "strikes" | "attacked" | "attacks" | "raided" | "raids" | "targeted" | "targets" => "190",
        _ => return None,
    })
}

/// "Pakistani jets bombed what Islamabad said were hideouts of the
/// Pakistani Taliban in Khost", "struck what it described as militant
/// positions of the PKK": an act of force whose object is a "what"-clause
/// naming it through someone's words is aimed at the armed side that
/// clause names (within eight words of the cue), not at the country of the
/// place after it. Since only the speaker says the object belongs to that
/// side, the event so aimed is a claim, not asserted. When the main pass
/// coded nothing on the verb, the doer is the nearest armed side ending
/// at most three words before it (past "jets", "drones", "had").
fn claimed_objects_struck(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end().saturating_sub(3) {
        let Some(code) = strike_verb_code(view, k) else { continue };
        if view.word(k + 1) != "what" {
            continue;
        }
        let stop = clause_stop(view, k);
        let Some(cue) = (k + 2..(k + 6).min(stop)).find(|&t| {
            matches!(
                view.word(t),
                "said" | "says" | "described" | "describes" | "called" | "calls" | "claimed" | "identified"
            )
        }) else {
            continue;
        };
        let Some(side) = actors
            .iter()
            .find(|a| a.start > cue && a.start <= cue + 8 && a.start < stop && !a.place && bears_arms(a))
            .cloned()
        else {
            continue;
        };
        let cue_span = doc.tokens[cue].span;
        let at = doc.tokens[k].span.start;
        let mut found = false;
        for e in events[first..].iter_mut() {
            if e.sentence != si || e.trigger.start != at || !matches!(e.root.as_str(), "18" | "19" | "20") {
                continue;
            }
            found = true;
            if e.source_actor.is_some() && e.source_actor == side.code {
                continue;
            }
            retarget(e, &side);
            as_claimed(e, cue_span);
        }
        if found {
            continue;
        }
        let t = before_weapon_words(view, k);
        let Some(doer) = actors.iter().find(|a| a.end >= t && a.end <= k && !a.place && bears_arms(a)).cloned() else {
            continue;
        };
        if doer.code == side.code {
            continue;
        }
        let tr = synthetic(k, k + 1, code);
        let mut e = make_event(lex, doc, si, view, &tr, code, &doer, &side, actors);
        as_claimed(&mut e, cue_span);
        add.push(e);
    }
    events.extend(add);
}

/// Nouns of a body's own people or posts that an attacker may fire on.
fn own_force_noun(w: &str) -> bool {
    matches!(
        w,
        "peacekeepers"
            | "patrol"
            | "patrols"
            | "troops"
            | "soldiers"
            | "personnel"
            | "staff"
            | "base"
            | "bases"
            | "positions"
            | "position"
            | "convoy"
            | "convoys"
            | "watchtower"
            | "watchtowers"
            | "observers"
            | "monitors"
            | "vessel"
            | "ship"
    )
}

/// "UNIFIL said that an Israeli tank had fired at its peacekeepers",
/// "UN peacekeepers said Israeli troops had fired on one of their
/// patrols": fire aimed at "its" or "their" people or posts is aimed at
/// the speaker those words refer back to (the coded side right before
/// "said" earlier in the sentence), not at the country of the place named
/// after them.
fn speakers_own_forces_fired_on(pass: &SentencePass<'_>, events: &mut [Event], first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for e in events[first..].iter_mut() {
        if e.sentence != si || e.negated || !matches!(e.root.as_str(), "18" | "19") {
            continue;
        }
        let Some(k) = trigger_token(doc, view, e) else { continue };
        let mut t = k + 1;
        if matches!(view.word(t), "on" | "at" | "upon") {
            t += 1;
        }
        if view.word(t) == "one" && view.word(t + 1) == "of" {
            t += 2;
        }
        if !matches!(view.word(t), "its" | "their") {
            continue;
        }
        if !(own_force_noun(view.word(t + 1)) || own_force_noun(view.word(t + 2))) {
            continue;
        }
        // the speaker: a coded side right before "said" (past a place or a
        // time: "UN peacekeepers in southern Lebanon said")
        let Some(speaker) = actors
            .iter()
            .filter(|a| a.end < k && a.code.is_some() && !a.place)
            .rev()
            .find(|a| {
                (a.end..(a.end + 5).min(k)).any(|x| matches!(view.word(x), "said" | "says" | "reported" | "told"))
                    && !(a.end..(a.end + 5).min(k))
                        .take_while(|&x| !matches!(view.word(x), "said" | "says" | "reported" | "told"))
                        .any(|x| actors.iter().any(|b| b.start == x && !b.place && b.code.is_some()))
            })
            .cloned()
        else {
            continue;
        };
        if speaker.code == e.source_actor || country_of(&speaker).is_none() {
            continue;
        }
        if view.word(k).starts_with("fire") && e.root != "19" {
            recode(lex, e, "190");
        }
        retarget(e, &speaker);
    }
}

/// "strikes on", "air strikes on", "a drone strike on": a noun of striking
/// at token `k` with its object after "on".
fn strike_noun_on(view: &SentenceView<'_>, k: usize) -> bool {
    matches!(view.word(k), "strike" | "strikes" | "airstrike" | "airstrikes")
        && view.word(k + 1) == "on"
        && (k > view.first && matches!(view.word(k - 1), "drone" | "air" | "missile" | "aerial")
            || matches!(view.word(k), "airstrike" | "airstrikes"))
}

/// Whether the sentence tells of people killed by the deed at `k`: a
/// "killing" or "killed" after it with people counted ("killing at least
/// nine people", "killed 12 civilians").
fn people_killed(view: &SentenceView<'_>, k: usize) -> bool {
    (k + 1..view.end()).any(|t| {
        matches!(view.word(t), "killing" | "killed")
            && (t + 1..(t + 6).min(view.end())).any(|x| {
                matches!(view.word(x), "people" | "civilians" | "villagers" | "residents" | "children" | "women")
            })
    })
}

/// Military craft a side can detect near its territory.
fn detected_craft(w: &str) -> bool {
    matches!(
        w,
        "aircraft"
            | "warplanes"
            | "jets"
            | "planes"
            | "warships"
            | "vessels"
            | "ships"
            | "drones"
            | "balloons"
            | "bombers"
    )
}

/// The side a subject pronoun right before token `k` ("it had detected",
/// "they tracked") refers to: the coded side right before "said" earlier
/// in the sentence; else the coded side that is the verb's own subject.
fn subject_or_speaker(view: &SentenceView<'_>, actors: &[Actor], k: usize) -> Option<Actor> {
    let mut t = k;
    while t > view.first && matches!(view.word(t - 1), "had" | "has" | "have") {
        t -= 1;
    }
    if t > view.first && matches!(view.word(t - 1), "it" | "they") {
        let said = (view.first..t).rev().find(|&x| matches!(view.word(x), "said" | "says"))?;
        return actors
            .iter()
            .rev()
            .find(|a| a.end <= said && a.end + 4 > said && a.code.is_some() && !a.place)
            .cloned();
    }
    actors.iter().rev().find(|a| a.end == t && a.code.is_some() && !a.place).cloned()
}

/// "Japan's defence ministry said it had detected 20 Chinese military
/// aircraft and six warships around the island": foreign military craft
/// detected near a side are a show of force (150) by that country's
/// military aimed at the side that detected them, unless an earlier
/// sentence already told a show of force between the two (the drills
/// the craft belong to).
fn foreign_craft_detected(pass: &SentencePass<'_>, events: &mut Vec<Event>, _first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "detected" | "tracked" | "spotted") {
            continue;
        }
        let Some(flag) = actors.iter().find(|a| {
            a.start > k
                && a.start <= k + 3
                && a.code.as_ref().is_some_and(|c| c.role.is_none() || c.role.as_deref() == Some("MIL"))
                && (a.end..(a.end + 3).min(view.end())).any(|t| detected_craft(view.word(t)))
                && (k + 1..a.start)
                    .all(|t| view.word(t).chars().all(|c| c.is_ascii_digit()) || numeral_word(view.word(t)))
        }) else {
            continue;
        };
        let Some(watcher) = subject_or_speaker(view, actors, k) else { continue };
        let (Some(theirs), Some(ours)) = (country_of(flag), country_of(&watcher)) else { continue };
        if theirs == ours {
            continue;
        }
        let told = events.iter().any(|e| {
            e.code.starts_with("15")
                && e.source_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(theirs.as_str())
                && e.target_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(ours.as_str())
        });
        if told {
            continue;
        }
        let doer = Actor { code: Some(crate::actors::actor_code(&theirs, Some("MIL"))), ..flag.clone() };
        let watched = country_side(&ours, watcher.start);
        let tr = synthetic(k, k + 1, "150");
        add.push(make_event(lex, doc, si, view, &tr, "150", &doer, &watched, actors));
    }
    events.extend(add);
}

/// "A senior Hamas commander was shot dead in Beirut. Hamas blamed
/// Israel": a killing of one person told in the passive with no doer, which
/// a side then blames on another (in the same sentence or the next), is an
/// assassination (186) by the blamed side, aimed at the victim's side; the
/// doer rests on the blame, so the event is a claim.
fn killings_blamed(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if view.word(k - 1) != "was" {
            continue;
        }
        let end = match view.word(k) {
            "shot" if view.word(k + 1) == "dead" => k + 2,
            "killed" | "assassinated" | "murdered" => k + 1,
            "gunned" if view.word(k + 1) == "down" => k + 2,
            _ => continue,
        };
        // (a doer named after "by" is no one's blame to settle)
        if view.word(end) == "by" {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at) {
            continue;
        }
        let Some(victim) = actors.iter().rev().find(|a| a.end < k && a.code.is_some() && !a.place).cloned() else {
            continue;
        };
        // the blamed side: "blamed X" later in this sentence, or in the next
        let here = (end..view.end()).find(|&t| matches!(view.word(t), "blamed" | "blames")).and_then(|b| {
            let mut t = b + 1;
            if view.word(t) == "the" {
                t += 1;
            }
            actors.iter().find(|a| a.start == t && a.code.is_some()).map(|a| (a.clone(), doc.tokens[b].span))
        });
        let Some((blamed, cue)) = here.or_else(|| blamed_in_next(doc, si, k)) else { continue };
        if country_of(&blamed).is_none() || country_of(&blamed) == country_of(&victim) {
            continue;
        }
        let tr = synthetic(k, end, "186");
        let mut e = make_event(lex, doc, si, view, &tr, "186", &blamed, &victim, actors);
        as_claimed(&mut e, cue);
        add.push(e);
    }
    events.extend(add);
}

/// The side named right after "blamed" in the sentence after `si` ("Tehran
/// blamed Israel and vowed revenge"), looked up in the actor dictionary,
/// with the span of "blamed"; placed at token `at`.
fn blamed_in_next(doc: &Document, si: usize, at: usize) -> Option<(Actor, dossier_model::Span)> {
    let next = doc.sentences.get(si + 1)?;
    let toks: Vec<usize> = (0..doc.tokens.len())
        .filter(|&t| doc.tokens[t].span.start >= next.span.start && doc.tokens[t].span.end <= next.span.end)
        .collect();
    let text = |t: usize| doc.tokens[t].span.slice(&doc.text).to_lowercase();
    let b = toks.iter().position(|&t| matches!(text(t).as_str(), "blamed" | "blames"))?;
    let mut i = b + 1;
    if toks.get(i).is_some_and(|&t| text(t) == "the") {
        i += 1;
    }
    for n in (1..=3).rev() {
        let Some(ws) = toks.get(i..i + n) else { continue };
        let words: Vec<String> = ws.iter().map(|&t| text(t)).collect();
        if let Some(code) = crate::actors::lexicon_code(&words.join(" ")) {
            let side = Actor { start: at, end: at, entity: None, code: Some(code), place: false };
            return Some((side, doc.tokens[toks[b]].span));
        }
    }
    None
}

/// "Yemen's Houthis fired two missiles at a tanker … one of its destroyers
/// had shot down a third missile": shooting down a missile, rocket or
/// drone that names no side of its own (no actor between the verb and the
/// weapon) intercepts the fire of the side whose aerial attack (195) the
/// text told before it (190), by the nearest coded side before the verb.
fn missiles_shot_down(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        let end = match view.word(k) {
            "shot" if view.word(k + 1) == "down" => k + 2,
            "intercepted" | "downed" => k + 1,
            _ => continue,
        };
        if matches!(view.word(k - 1), "was" | "were" | "been" | "be") {
            continue;
        }
        let Some(weapon) = (end..(end + 4).min(view.end()))
            .find(|&t| matches!(view.word(t), "missile" | "missiles" | "rocket" | "rockets" | "drone" | "drones"))
        else {
            continue;
        };
        if actors.iter().any(|a| a.start >= end && a.start < weapon && a.code.is_some()) {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at) {
            continue;
        }
        let Some(interceptor) = actors.iter().rev().find(|a| a.end <= k && a.code.is_some() && !a.place).cloned()
        else {
            continue;
        };
        let Some(fire) = events.iter().rev().find(|e| {
            e.code.starts_with("195")
                && e.trigger.start < at
                && !e.negated
                && e.source_actor.as_ref().is_some_and(|c| c.country.is_some())
        }) else {
            continue;
        };
        if fire.source_actor.as_ref().and_then(|c| c.country.as_deref())
            == interceptor.code.as_ref().and_then(|c| c.country.as_deref())
        {
            continue;
        }
        let shooter = super::side_of_source(fire, k);
        let tr = synthetic(k, end, "190");
        add.push(make_event(lex, doc, si, view, &tr, "190", &interceptor, &shooter, actors));
    }
    events.extend(add);
}

/// Words after "wanted on", "wanted for" that name what a person is
/// sought for.
fn sought_for(w: &str) -> bool {
    matches!(
        w,
        "charges" | "charge" | "murder" | "corruption" | "fraud" | "crimes" | "terrorism" | "embezzlement" | "home"
    ) || w.ends_with("-laundering")
}

/// "a former Bolivian minister wanted on corruption charges", "an arms
/// trafficker wanted in Paraguay over a murder": a person a state seeks on
/// charges is held to its legal action (173): by the state after "in" or
/// "by", else by the person's own state, against the person.
fn people_wanted(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if view.word(k) != "wanted" {
            continue;
        }
        let next = view.word(k + 1);
        let stop = clause_stop(view, k).min(k + 8);
        let state = if matches!(next, "in" | "by") {
            actors.iter().find(|a| a.start == k + 2 && a.code.is_some()).cloned()
        } else if matches!(next, "on" | "for" | "over" | "at") && (k + 1..stop).any(|t| sought_for(view.word(t))) {
            None
        } else {
            continue;
        };
        // the person: a coded side right before "wanted" (past "who is")
        let mut t = k;
        if matches!(view.word(t - 1), "is" | "was") && t >= view.first + 2 && view.word(t - 2) == "who" {
            t -= 2;
        }
        let Some(person) = actors.iter().find(|a| a.end == t && a.code.is_some() && !a.place).cloned() else {
            continue;
        };
        let Some(own) = country_of(&person) else { continue };
        let seeker = state.unwrap_or_else(|| country_side(&own, k));
        if country_of(&seeker).is_none() {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.sentence == si && e.trigger.start == at) {
            continue;
        }
        let tr = synthetic(k, k + 1, "173");
        add.push(make_event(lex, doc, si, view, &tr, "173", &seeker, &person, actors));
    }
    events.extend(add);
}

/// "Indian and Pakistani troops traded artillery fire …, in the first
/// breach of their ceasefire understanding", "exchanged fire, calling it
/// the first violation since the two renewed their truce": a breach or
/// violation of a truce (named within nine words after it) in a sentence
/// whose fire runs both ways between two sides is that exchange told as a
/// ceasefire violation (196), in each direction, told as the fire is.
fn exchanges_breaching_truces(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, .. } = *pass;
    let Some(k) = (view.first + 1..view.end()).find(|&k| {
        matches!(view.word(k), "breach" | "violation" | "breaching" | "violating")
            && (k + 1..(k + 10).min(view.end())).any(|t| truce_word(view.word(t)))
    }) else {
        return;
    };
    if events[first..].iter().any(|e| e.sentence == si && e.code.starts_with("196")) {
        return;
    }
    let here: Vec<&Event> = events[first..]
        .iter()
        .filter(|e| e.sentence == si && e.root == "19" && !e.negated && e.source_actor.is_some())
        .collect();
    let mut add: Vec<Event> = Vec::new();
    for e in &here {
        let both_ways = here.iter().any(|o| o.source_actor == e.target_actor && o.target_actor == e.source_actor);
        if !both_ways || add.iter().any(|a| a.source_actor == e.source_actor && a.target_actor == e.target_actor) {
            continue;
        }
        let mut v = (*e).clone();
        recode(lex, &mut v, "196");
        v.trigger = doc.tokens[k].span;
        add.push(v);
    }
    events.extend(add);
}

/// "A North Korean ballistic missile fell into the sea off Japan": a
/// missile told by where it came down, at sea, with its launcher given only
/// as the adjective of a state before the noun, is a launch aimed at no one
/// (150) by that state. The missile must be the subject of the verb of
/// landing, and the landing place a body of water; whoever tells of it
/// makes it a claim as usual.
fn missiles_come_down_at_sea(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 2..view.end() {
        if !matches!(view.word(k), "fell" | "landed" | "splashed" | "crashed") {
            continue;
        }
        if !matches!(view.word(k - 1), "missile" | "missiles") {
            continue;
        }
        let at_sea = (k + 1..(k + 8).min(view.end())).any(|t| matches!(view.word(t), "sea" | "waters" | "ocean"));
        if !at_sea {
            continue;
        }
        // the launcher: a state named right before the missile noun, with
        // at most a few words of kind between ("ballistic", "short-range")
        let Some(launcher) =
            actors.iter().filter(|a| a.end <= k && a.end + 3 >= k && a.start >= view.first).find(|a| {
                !a.place
                    && country_of(a).is_some()
                    && (a.end..k.saturating_sub(1)).all(|t| {
                        let w = view.word(t);
                        !w.is_empty()
                            && w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                            && !matches!(w, "and" | "or" | "of" | "at" | "by" | "from" | "the" | "a" | "an")
                    })
            })
        else {
            continue;
        };
        let at = doc.tokens[k - 1].span.start;
        let told = events[first..].iter().chain(add.iter()).any(|e| {
            e.sentence == si
                && (e.code.starts_with("15") || e.root == "19")
                && e.trigger.start >= doc.tokens[launcher.start].span.start
                && e.trigger.start <= doc.tokens[k].span.start.max(at)
        });
        if told {
            continue;
        }
        let tr = synthetic(k - 1, k, "150");
        add.push(make_event(lex, doc, si, view, &tr, "150", launcher, &nobody(k), actors));
    }
    events.extend(add);
}

/// The first token of the run of weapon words and auxiliaries right before
/// the verb at `k` ("Turkish drones had struck": the token of "drones"),
/// at most three back; `k` itself when there is none.
fn before_weapon_words(view: &SentenceView<'_>, k: usize) -> usize {
    let mut t = k;
    while t > view.first
        && t + 4 > k
        && matches!(
            view.word(t - 1),
            "jets"
                | "drones"
                | "warplanes"
                | "aircraft"
                | "planes"
                | "helicopters"
                | "artillery"
                | "had"
                | "have"
                | "has"
        )
    {
        t -= 1;
    }
    t
}

/// "Israeli settlers set fire to two cars …. Three residents were treated
/// for injuries after being beaten, it said": in a sentence that names no
/// side, a beating told in the passive with no one named doing it is the
/// deed of the side of the latest act of force of the sentence before (or
/// of this one), aimed at that act's target. Called only for sentences
/// without actors, where the main pass codes nothing.
pub(super) fn beaten_after_force(pass: &SentencePass<'_>, events: &mut Vec<Event>) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    // (the act of force first, so that most sentences cost no scan)
    let Some(force) = super::latest_force(events, si) else { return };
    let Some(k) = (view.first + 1..view.end()).find(|&k| {
        matches!(view.word(k), "beaten" | "assaulted")
            && matches!(view.word(k - 1), "was" | "were" | "been" | "being")
            && view.word(k + 1) != "by"
    }) else {
        return;
    };
    let (doer, victim) = (super::side_of_source(force, k), super::side_of_target(force, k));
    if victim.code.is_none() {
        return;
    }
    let tr = synthetic(k, k + 1, "182");
    let e = make_event(lex, doc, si, view, &tr, "182", &doer, &victim, actors);
    events.push(e);
}
