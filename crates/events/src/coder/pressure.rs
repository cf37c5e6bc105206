//! Verbal and physical pressure the main pass leaves uncoded (twentieth
//! session): coercion a state uses on its own people named as a noun ("the
//! arrest of three opposition lawmakers", "the crackdown on protesters"),
//! and criticism made by naming a deed ("in protest at what Accra called
//! \"hostile rhetoric\"").

use super::{
    BLAME_WORDS, Trigger, clause_end, conditional, country_of, country_side, make_event, non_state, numeral_word,
    past_possessive, prev_word, synthetic,
};
use crate::actors::{Actor, SentenceView};
use crate::lexicon::Lexicon;
use dossier_model::{Document, Event};

/// Nouns of coercion, the word that links them to the people coerced, and
/// their code.
const COERCION_NOUNS: [(&str, &str, &str); 12] = [
    ("arrest", "of", "173"),
    ("arrests", "of", "173"),
    ("detention", "of", "173"),
    ("detentions", "of", "173"),
    ("jailing", "of", "173"),
    ("imprisonment", "of", "173"),
    ("crackdown", "on", "175"),
    ("crackdowns", "on", "175"),
    ("crackdown", "against", "175"),
    ("repression", "of", "175"),
    ("killing", "of", "175"),
    ("killings", "of", "175"),
];

/// Words before a coercion noun that make it asked for, feared or only
/// possible, not done ("called for the arrest of", "faces arrest").
const NOT_DONE: [&str; 16] = [
    "for",
    "demand",
    "demanded",
    "demanding",
    "demands",
    "urged",
    "urging",
    "seek",
    "sought",
    "seeking",
    "warrant",
    "warrants",
    "threatened",
    "risk",
    "face",
    "faces",
];

/// Words that may stand between a coercion noun's link and the people it
/// names ("of at least three prominent opposition lawmakers").
const GROUP_FILLER: [&str; 24] = [
    "the",
    "a",
    "an",
    "at",
    "least",
    "dozens",
    "hundreds",
    "scores",
    "thousands",
    "of",
    "local",
    "peaceful",
    "prominent",
    "leading",
    "senior",
    "former",
    "young",
    "unarmed",
    "student",
    "independent",
    "pro-democracy",
    "anti-government",
    "catholic",
    "dozen",
];

/// The role of people a state coerces named by a head noun, and whether
/// the head needs "opposition" before it to name such people.
fn group_head(w: &str, opposition: bool) -> Option<&'static str> {
    Some(match w {
        "protesters" | "protester" | "protestors" | "demonstrators" | "demonstrator" | "activists" | "activist"
        | "dissidents" | "dissident" | "protests" | "protest" => "OPP",
        "leaders" | "leader" | "politicians" | "politician" | "figures" | "figure" | "supporters" | "members"
        | "candidates" | "candidate"
            if opposition =>
        {
            "OPP"
        }
        "lawmakers" | "lawmaker" | "legislators" | "legislator" | "mps" | "deputies" => {
            if opposition {
                "OPP"
            } else {
                "LEG"
            }
        }
        "journalists" | "journalist" | "reporters" | "reporter" => "MED",
        "priests" | "priest" | "bishop" | "bishops" | "clergy" | "clergymen" | "pastors" | "nuns" => "REL",
        _ => return None,
    })
}

/// The groups of people named from `from` on ("three opposition lawmakers
/// and reporters"): each group's role and where the phrase ends.
fn coerced_groups(view: &SentenceView<'_>, from: usize, end: usize) -> (Vec<&'static str>, usize) {
    let mut roles = Vec::new();
    let mut opposition = false;
    let mut t = from;
    while t < end {
        let w = view.word(t);
        if w == "opposition" {
            opposition = true;
        } else if let Some(role) = group_head(w, opposition) {
            if !roles.contains(&role) {
                roles.push(role);
            }
            if view.word(t + 1) != "and" {
                return (roles, t + 1);
            }
            t += 1;
        } else if !(GROUP_FILLER.contains(&w) || numeral_word(w)) {
            break;
        }
        t += 1;
    }
    (roles, t)
}

/// A coded state actor starting at `at` or one word later (past an
/// article).
fn state_actor_at<'a>(actors: &'a [Actor], view: &SentenceView<'_>, at: usize) -> Option<&'a Actor> {
    actors.iter().find(|a| {
        (a.start == at || (a.start == at + 1 && view.word(at) == "the"))
            && a.code.as_ref().is_some_and(|c| !non_state(c))
            && country_of(a).is_some_and(|c| !crate::actors::is_international(&c))
    })
}

/// Whether an event coded in this sentence has its trigger at token `t`.
fn coded_at(doc: &Document, here: &[Event], t: usize) -> bool {
    let at = doc.tokens[t].span.start;
    here.iter().any(|e| e.trigger.start == at)
}

/// "citing the arrest of three opposition lawmakers by Zimbabwean police",
/// "criticised Managua's jailing of opposition politicians", "over the
/// crackdown on protesters": a noun of coercion whose object names people
/// a state holds or represses at home (protesters, the opposition,
/// journalists, lawmakers, clergy). The doer is the body after "by", else
/// the possessor, else the state of the people coerced; their country is
/// the doer's, else the scene's, else that of the state the sentence's
/// deed is aimed at ("suspended aid to Burundi, citing the jailing of …").
pub(super) fn coercion_of_groups(
    lex: &Lexicon,
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    actors: &[Actor],
    here: &[Event],
) -> Vec<Event> {
    let mut out = Vec::new();
    for t in view.first..view.end() {
        let w = view.word(t);
        let Some(&(_, link, code)) = COERCION_NOUNS.iter().find(|(n, l, _)| *n == w && view.word(t + 1) == *l) else {
            continue;
        };
        if coded_at(doc, here, t) {
            continue;
        }
        // (nor a deed in a condition, "if the government pressed ahead
        // with the arrest of …", nor one only a speaker names, "over what
        // it called the repression of protests")
        if (t.saturating_sub(4).max(view.first)..t).any(|k| NOT_DONE.contains(&view.word(k)) || view.word(k) == "what")
            || conditional(view, t)
        {
            continue;
        }
        let end = clause_end(view, t + 2);
        // people already found as actors ("protesters" of a scene), else
        // the groups the words name
        let found: Vec<&Actor> = actors
            .iter()
            .filter(|a| {
                a.start >= t + 2
                    && a.start <= t + 6
                    && a.start < end
                    && a.code.as_ref().and_then(|c| c.role.as_deref()).is_some_and(|r| {
                        matches!(r, "OPP" | "MED" | "LEG" | "REL") && !(link == "of" && w == "killing" && r != "OPP")
                    })
            })
            .collect();
        let (roles, phrase_end) = coerced_groups(view, t + 2, end);
        // a killing is repression only of protesters
        let roles: Vec<&str> =
            roles.into_iter().filter(|r| !(matches!(w, "killing" | "killings") && *r != "OPP")).collect();
        if found.is_empty() && roles.is_empty() {
            continue;
        }
        let after = found.iter().map(|a| a.end).max().unwrap_or(phrase_end).max(phrase_end);
        // "by Zimbabwean police", "by the security forces in Conakry"
        let agent = (after..end.min(after + 3))
            .find(|&k| view.word(k) == "by")
            .and_then(|k| state_actor_at(actors, view, k + 1));
        // "Managua's jailing of …"
        let owner = (t >= view.first + 2 && view.word(t - 1) == "'s")
            .then(|| actors.iter().find(|a| a.end + 1 == t && a.code.as_ref().is_some_and(|c| !non_state(c))))
            .flatten();
        let scene = actors.iter().find(|a| {
            a.place && a.start > after && a.start < end && prev_word(view, a.start) == "in" && country_of(a).is_some()
        });
        // the state this sentence's deed was aimed at, before the noun
        let aimed = here.iter().rev().find(|e| {
            e.trigger.start < doc.tokens[t].span.start
                && e.target_actor.as_ref().is_some_and(|c| {
                    c.role.as_deref().is_none_or(|r| matches!(r, "GOV" | "MIL" | "COP" | "JUD"))
                        && c.country.as_deref().is_some_and(|x| x.len() == 3)
                })
                && e.source_actor.as_ref().and_then(|c| c.country.as_ref())
                    != e.target_actor.as_ref().and_then(|c| c.country.as_ref())
        });
        let doer_country = agent.or(owner).and_then(country_of);
        let country = doer_country
            .clone()
            .or_else(|| found.iter().find_map(|a| country_of(a)))
            .or_else(|| scene.and_then(country_of))
            .or_else(|| aimed.and_then(|e| e.target_actor.as_ref()).and_then(|c| c.country.clone()));
        let Some(country) = country.filter(|c| !crate::actors::is_international(c)) else {
            continue;
        };
        // ("Poland condemned the detention of two Polish journalists": a
        // side reacting to the coercion of its own people reacts to a
        // state abroad, which the sentence leaves unnamed)
        let reacting_own = actors
            .iter()
            .find(|a| a.code.is_some())
            .is_some_and(|a| a.end <= t && country_of(a).as_deref() == Some(country.as_str()));
        if doer_country.is_none() && reacting_own {
            continue;
        }
        let source = agent.or(owner).cloned().unwrap_or_else(|| country_side(&country, t));
        let tr = synthetic(t, t + 1, code);
        let mut targets: Vec<Actor> = found.iter().map(|a| (*a).clone()).collect();
        for role in roles {
            if targets.iter().any(|a| a.code.as_ref().and_then(|c| c.role.as_deref()) == Some(role)) {
                continue;
            }
            targets.push(Actor {
                start: t + 2,
                end: phrase_end,
                entity: None,
                code: Some(crate::actors::actor_code(&country, Some(role))),
                place: false,
            });
        }
        for target in &targets {
            let foreign_victims = country_of(target).is_some_and(|c| c != country);
            if foreign_victims && agent.is_none() && owner.is_none() {
                continue;
            }
            // (a crackdown or repression with neither a doer after "by" nor
            // an owner is background whose account the sentence does not
            // give: it is left uncoded rather than made the author's)
            if code.starts_with("175") && agent.is_none() && owner.is_none() {
                continue;
            }
            out.push(make_event(lex, doc, si, view, &tr, code, &source, target, actors));
        }
    }
    out
}

/// Words that make a name given to a deed blame ("a pattern of
/// intimidation", "provocations by separatist forces"), past the shared
/// ones of "called the move …".
const NAMED_BLAME: [&str; 12] = [
    "provocations",
    "intimidation",
    "harassment",
    "persecution",
    "repression",
    "meddling",
    "bullying",
    "coercion",
    "hostility",
    "attacks",
    "aggressive",
    "smears",
];

/// "in protest at what Abuja called the junta's \"hostile rhetoric\"", "in
/// response to what it called \"hostile statements\" by Beninese
/// officials": a deed named with blame by a speaker is criticism (111) of
/// the side the name gives (an owner, or the side after "by"), else, when
/// the speaker's side reacted to it ("at", "to", "over", "against", "for"
/// before "what"), of the side its reaction was aimed at.
pub(super) fn what_they_called(
    lex: &Lexicon,
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    actors: &[Actor],
    here: &[Event],
) -> Vec<Event> {
    let mut out = Vec::new();
    for t in view.first..view.end() {
        if view.word(t) != "what" {
            continue;
        }
        // ("what it called …" with the pronoun unresolved: the doer of the
        // latest deed before it)
        let first_doer = || {
            let at = doc.tokens[t].span.start;
            let e = here.iter().rev().find(|e| e.source_actor.is_some() && e.trigger.start < at)?;
            Some(Actor {
                start: t + 1,
                end: t + 2,
                entity: e.source.clone(),
                code: e.source_actor.clone(),
                place: false,
            })
        };
        let Some(speaker) = actors
            .iter()
            .find(|a| a.start == t + 1 && a.code.is_some())
            .cloned()
            .or_else(|| matches!(view.word(t + 1), "it" | "they").then(first_doer).flatten())
        else {
            continue;
        };
        let speaker = &speaker;
        let mut v = speaker.end;
        if matches!(view.word(v), "has" | "had" | "have") {
            v += 1;
        }
        if !matches!(view.word(v), "called" | "calls" | "described" | "termed" | "dubbed" | "branded") {
            continue;
        }
        let Some(own) = country_of(speaker) else { continue };
        let from = if view.word(v + 1) == "as" { v + 2 } else { v + 1 };
        let end = clause_end(view, from);
        let blame = (from..end.min(from + 8)).any(|k| {
            let w = view.word(k).trim_matches(|c: char| !c.is_alphanumeric());
            BLAME_WORDS.contains(&w) || NAMED_BLAME.contains(&w)
        });
        // (a deed of coercion so named is reported, not blamed: "over what
        // it called the repression of protests")
        if !blame
            || (from..end).any(|k| COERCION_NOUNS.iter().any(|(n, l, _)| *n == view.word(k) && view.word(k + 1) == *l))
        {
            continue;
        }
        if here.iter().any(|e| e.trigger.start == doc.tokens[v].span.start && e.target_actor.is_some()) {
            continue;
        }
        let named = actors.iter().find(|a| {
            a.start >= from
                && a.start < end
                && a.code.is_some()
                && !a.place
                && country_of(a).is_some_and(|c| c != own)
                && (view.word(a.end) == "'s" || matches!(prev_word(view, a.start), "by" | "from"))
        });
        let reaction = matches!(prev_word(view, t), "at" | "to" | "over" | "against" | "for");
        let target: Option<Actor> = named.cloned().or_else(|| {
            if !reaction {
                return None;
            }
            here.iter()
                .find(|e| {
                    e.trigger.start < doc.tokens[t].span.start
                        && e.source_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(own.as_str())
                        && e.target_actor.as_ref().and_then(|c| c.country.as_deref()).is_some_and(|c| c != own)
                })
                .map(|e| Actor {
                    start: t,
                    end: t,
                    entity: e.target.clone(),
                    code: e.target_actor.clone(),
                    place: false,
                })
        });
        let Some(target) = target else { continue };
        let tr = synthetic(v, v + 1, "111");
        out.push(make_event(lex, doc, si, view, &tr, "111", speaker, &target, actors));
    }
    out
}

/// Verbs of police force against a crowd, and the crowd-control words one
/// of which the clause must name ("fired tear gas", "cleared the road with
/// batons", "responded with volleys of tear gas", "opened fire").
const POLICE_VERBS: [&str; 14] = [
    "fired",
    "used",
    "responded",
    "cleared",
    "dispersed",
    "charged",
    "beat",
    "opened",
    "lobbed",
    "turned",
    "pushed",
    "drove",
    "broke",
    "deployed",
];
const CROWD_CONTROL: [&str; 11] =
    ["tear", "teargas", "batons", "baton", "cannon", "cannons", "rubber", "live", "pepper", "stun", "fire"];

/// Words for a crowd that police act against, in this sentence or the one
/// before it.
const CROWD_WORDS: [&str; 14] = [
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "marchers",
    "youths",
    "workers",
    "students",
    "crowd",
    "crowds",
    "thousands",
    "hundreds",
    "demonstration",
    "protest",
];

/// "… before police cleared the road with batons", "officers responded
/// with volleys of tear gas", "Officers opened fire, killing two
/// demonstrators": police using crowd-control force where a crowd
/// protests is violent repression (175) of that crowd. The police are of
/// the country the sentence names (every coded side of one country), else
/// of the crowd's country in the sentence before.
pub(super) fn police_force_on_crowds(
    lex: &Lexicon,
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    actors: &[Actor],
    prior: &[Event],
    first_here: usize,
) -> Vec<Event> {
    let mut out = Vec::new();
    let here = &prior[first_here..];
    for p in view.first..view.end() {
        if !matches!(view.word(p), "police" | "officers" | "policemen") {
            continue;
        }
        let mut v = p + 1;
        while matches!(view.word(v), "then" | "later" | "also" | "quickly" | "had" | "have") {
            v += 1;
        }
        if !POLICE_VERBS.contains(&view.word(v)) || coded_at(doc, here, v) {
            continue;
        }
        let end = clause_end(view, v + 1).min(v + 12);
        if !(v + 1..end).any(|k| CROWD_CONTROL.contains(&view.word(k)))
            || (view.word(v) == "opened" && view.word(v + 1) != "fire")
        {
            continue;
        }
        // a 175 of police already coded in this sentence
        if here.iter().any(|e| {
            e.code.starts_with("175") && e.source_actor.as_ref().and_then(|c| c.role.as_deref()) == Some("COP")
        }) {
            continue;
        }
        let crowd_here = (view.first..view.end()).any(|k| CROWD_WORDS.contains(&view.word(k)));
        // the crowd acted on: a civil group coded in this sentence, else the
        // doers of the sentence before, when they were a crowd
        let civil = |c: &dossier_model::ActorCode| c.role.as_deref().is_some_and(|r| super::CIVIL_ROLES.contains(&r));
        let crowd: Option<Actor> = actors.iter().find(|a| a.code.as_ref().is_some_and(civil)).cloned().or_else(|| {
            prior[..first_here]
                .iter()
                .rev()
                .take_while(|e| e.sentence + 1 >= si)
                .find(|e| e.source_actor.as_ref().is_some_and(civil))
                .map(|e| Actor {
                    start: p,
                    end: p,
                    entity: e.source.clone(),
                    code: e.source_actor.clone(),
                    place: false,
                })
        });
        if crowd.is_none() && !crowd_here {
            continue;
        }
        let police = actors
            .iter()
            .find(|a| a.start <= p && a.end > p && a.code.as_ref().is_some_and(|c| c.role.as_deref() == Some("COP")));
        let countries: Vec<String> =
            actors.iter().filter_map(country_of).filter(|c| !crate::actors::is_international(c)).collect();
        let sole = countries.first().filter(|c| countries.iter().all(|x| x == *c)).cloned();
        let country = police
            .and_then(country_of)
            .or_else(|| crowd.as_ref().and_then(country_of))
            .or(sole)
            .filter(|c| !crate::actors::is_international(c));
        let Some(country) = country else { continue };
        let source = police.cloned().unwrap_or_else(|| Actor {
            start: p,
            end: p + 1,
            entity: None,
            code: Some(crate::actors::actor_code(&country, Some("COP"))),
            place: false,
        });
        let target = match crowd {
            Some(c) if country_of(&c).as_deref() == Some(country.as_str()) => c,
            Some(_) => continue,
            None => Actor {
                start: v + 1,
                end: v + 1,
                entity: None,
                code: Some(crate::actors::actor_code(&country, Some("OPP"))),
                place: false,
            },
        };
        let tr = synthetic(v, v + 1, "175");
        let e = make_event(lex, doc, si, view, &tr, "175", &source, &target, actors);
        // (what a trailing ", witnesses said" reports, no attribution
        // holding it, is not told as asserted)
        if e.attribution.is_none()
            && (super::trailing_report(view).is_some() || (view.first..view.end()).any(|k| view.word(k) == "according"))
        {
            continue;
        }
        out.push(e);
    }
    out
}

/// Nouns of a charge made against a side.
const CHARGES: [&str; 6] = ["accusation", "accusations", "allegation", "allegations", "charges", "claims"];

/// "denied any role, calling Washington's allegations \"baseless\"",
/// "defended Russia against accusations by Britain of war crimes": a charge
/// whose maker the words give (an owner, an adjective of nationality, or
/// the side after "by" or "from"), named where its target answers it, is
/// an accusation (112) by that maker. It is aimed at the side "against"
/// follows, else at the sentence's subject, who answers it.
pub(super) fn charges_answered(
    lex: &Lexicon,
    doc: &Document,
    si: usize,
    view: &SentenceView<'_>,
    actors: &[Actor],
    here: &[Event],
) -> Vec<Event> {
    let mut out = Vec::new();
    for n in view.first + 1..view.end() {
        // (not a claim to territory: "Beijing's claims to the islands")
        if !CHARGES.contains(&view.word(n)) || coded_at(doc, here, n) || matches!(view.word(n + 1), "to" | "over") {
            continue;
        }
        // the maker, and where the charge's phrase begins
        let (maker, phrase) = if view.word(n - 1) == "'s" {
            match actors.iter().find(|a| a.end + 1 == n && a.code.is_some()) {
                Some(a) => (a, a.start),
                None => continue,
            }
        } else if let Some(a) = actors.iter().find(|a| a.end == n && a.code.is_some() && !a.place) {
            (a, a.start)
        } else if matches!(view.word(n + 1), "by" | "from")
            && let Some(a) = actors
                .iter()
                .find(|a| (a.start == n + 2 || (a.start == n + 3 && view.word(n + 2) == "the")) && a.code.is_some())
        {
            (a, n)
        } else {
            continue;
        };
        let mut k = phrase;
        while k > view.first && matches!(view.word(k - 1), "the" | "a" | "an" | "new" | "fresh" | "repeated") {
            k -= 1;
        }
        let before = prev_word(view, k);
        let answered = matches!(before, "calling" | "called" | "against");
        if !answered {
            continue;
        }
        let accused = if before == "against" {
            // ("defended Russia on Monday against …")
            actors.iter().rev().find(|a| a.end < k && a.end + 4 >= k && a.code.is_some() && maker.start != a.start)
        } else {
            actors.iter().find(|a| a.code.is_some() && a.end <= k)
        };
        let Some(accused) = accused else { continue };
        let (Some(by), Some(at)) = (country_of(maker), country_of(accused)) else { continue };
        if by == at {
            continue;
        }
        let tr = synthetic(n, n + 1, "112");
        let mut e = make_event(lex, doc, si, view, &tr, "112", maker, accused, actors);
        // (a charge named inside a denial was still made: what is denied
        // is the deed charged)
        e.negated = false;
        out.push(e);
    }
    out
}

/// Nouns for the people or firms a measure can name by number ("eight
/// officers of …", "two subsidiaries of …").
const MEMBER_NOUNS: [&str; 16] = [
    "officers",
    "officials",
    "members",
    "agents",
    "commanders",
    "executives",
    "employees",
    "operatives",
    "units",
    "subsidiaries",
    "affiliates",
    "entities",
    "individuals",
    "officer",
    "official",
    "member",
];

/// The body whose members a measure names by number right after its "on"
/// or "against" (`from` the word after it): "on eight officers of Russia's
/// GRU" gives the GRU, "on two senior officials of the ruling party" the
/// party; `None` when the words are not a number, at most one lowercase
/// modifier, a member noun and "of" before a coded side.
pub(super) fn members_of(view: &SentenceView<'_>, actors: &[Actor], from: usize) -> Option<usize> {
    if !numeral_word(view.word(from)) {
        return None;
    }
    let mut t = from + 1;
    if !MEMBER_NOUNS.contains(&view.word(t)) && view.word(t).chars().all(|c| c.is_ascii_lowercase()) {
        t += 1;
    }
    if !MEMBER_NOUNS.contains(&view.word(t)) || view.word(t + 1) != "of" {
        return None;
    }
    let of = t + 1;
    let i = actors
        .iter()
        .position(|a| (a.start == of + 1 || (a.start == of + 2 && view.word(of + 1) == "the")) && a.code.is_some())?;
    Some(past_possessive(view, actors, i))
}

/// Verbs of adopting a set of measures, whose subject imposes them.
const ADOPTING: [&str; 8] = ["adopted", "adopts", "approved", "approves", "unveiled", "unveils", "agreed", "passed"];

/// Whether a noun of reducing relations is the object of a verb of
/// adopting a few words before it ("adopted a new package of sanctions
/// against Russia", "unveiled a fresh round of export curbs"): the
/// adopting subject imposes the measures, as with a light verb. Not past a
/// clause break, nor when the measures are being undone ("approved the
/// lifting of sanctions").
pub(super) fn adopted_measures(view: &SentenceView<'_>, tr: &Trigger) -> bool {
    if !tr.code.code.starts_with("16") || view.word(tr.end) == "relief" {
        return false;
    }
    let lo = tr.start.saturating_sub(7).max(view.first);
    (lo..tr.start)
        .rev()
        .take_while(|&t| {
            !matches!(
                view.word(t),
                "," | ";" | "that" | "which" | "who" | "and" | "lifting" | "easing" | "removal" | "end" | "ending"
            )
        })
        .any(|t| ADOPTING.contains(&view.word(t)))
}
