//! Verbal conflict the main pass leaves without a side (twenty-first
//! session): a speech act of roots 10–14 put as a participle after a comma
//! ("…, accusing Belgrade of …") belongs to the main clause's subject, every
//! state of a listed subject included ("Mali, Niger and Chad left the bloc,
//! accusing it of …"); and a verdict in a relative clause on a deed named
//! before it ("a build-up that Asmara on Friday denounced as …", "a threat
//! Britain, France and Germany described as …"), aimed at the deed's doer.

use super::{
    SentencePass, Trigger, containing_attribution, is_deed_noun, is_weekday, make_event, prev_word, speaker_actor,
    synthetic, trigger_token, with_coordinated_right,
};

use crate::actors::{Actor, SentenceView};
use dossier_model::{ActorCode, Document, Event, Span};

/// Whether a code is one of verbal conflict's roots (10–14).
pub(super) fn verbal_conflict(code: &str) -> bool {
    matches!(code.get(..2), Some("10" | "11" | "12" | "13" | "14"))
}

/// The speakers of a verbal-conflict participle after a comma, taken from
/// the main clause's subject `main` when the participle found none of its
/// own, or only the first of a listed subject: `None` when its own sources
/// stand.
pub(super) fn participle_speakers(
    view: &SentenceView<'_>,
    actors: &[Actor],
    tr: &Trigger,
    sources: &[usize],
    main: &[usize],
) -> Option<Vec<usize>> {
    if !verbal_conflict(&tr.code.code) {
        return None;
    }
    let &first = main.first()?;
    if actors[first].end > tr.start || !(sources.is_empty() || sources == [first]) {
        return None;
    }
    // the listed subject: the main clause's own, else the names joined to
    // its first one ("Mali, Niger and Chad")
    let listed = if main.len() > 1 { main.to_vec() } else { opening_list(view, actors, first) };
    let speakers: Vec<usize> =
        listed.into_iter().filter(|&a| actors[a].code.is_some() && actors[a].end <= tr.start).collect();
    (!speakers.is_empty() && speakers != sources).then_some(speakers)
}

/// The names listed with `first` when it opens the sentence ("Mali, Niger
/// and Chad left …"): a list there is the subject, so a name after a bare
/// comma is one more of it, not a speaker; elsewhere the names joined to it.
fn opening_list(view: &SentenceView<'_>, actors: &[Actor], first: usize) -> Vec<usize> {
    let a = &actors[first];
    if !(a.start == view.first || (a.start == view.first + 1 && view.word(view.first) == "the")) {
        return with_coordinated_right(view, actors, first);
    }
    let mut out = vec![first];
    let mut cur = first;
    while cur + 1 < actors.len() {
        let gap: Vec<&str> = (actors[cur].end..actors[cur + 1].start).map(|t| view.word(t)).collect();
        if !matches!(
            gap.as_slice(),
            ["and"] | [","] | [",", "and"] | ["and", "the"] | [",", "the"] | [",", "and", "the"]
        ) {
            break;
        }
        // (the list runs on only while its last name has not yet been
        // closed by "and")
        let closed = gap.contains(&"and");
        out.push(cur + 1);
        cur += 1;
        if closed {
            break;
        }
    }
    out
}

/// Nouns, besides the coder's deed nouns, that name an earlier act a
/// relative clause can pass a verdict on ("a build-up that …", "a threat
/// London described as …").
const VERDICT_NOUNS: [&str; 14] = [
    "build-up",
    "buildup",
    "threat",
    "threats",
    "warning",
    "warnings",
    "drill",
    "exercise",
    "vetoes",
    "deployments",
    "decisions",
    "moves",
    "statement",
    "statements",
];

/// Words that may stand between a relative clause's subject and its verb
/// ("that Asmara on Friday denounced", "that Pyongyang had denounced").
fn between_subject_and_verb(w: &str) -> bool {
    matches!(w, "had" | "has" | "have" | "later" | "swiftly" | "quickly" | "promptly" | "immediately" | "also" | "on")
        || is_weekday(w)
}

/// A verdict in a relative clause on the noun before it: the clause's
/// subjects (every state of a list) and where the noun is, for "a build-up
/// that Asmara on Friday denounced as …", "a threat Britain, France and
/// Germany described as …", "a joint air drill that Pyongyang had
/// denounced as …".
pub(super) fn relative_verdict(view: &SentenceView<'_>, tr: &Trigger, actors: &[Actor]) -> Option<(Vec<usize>, usize)> {
    if !verbal_conflict(&tr.code.code) {
        return None;
    }
    let mut end = tr.start;
    while end > view.first && between_subject_and_verb(prev_word(view, end)) {
        end -= 1;
    }
    let mut last = actors.iter().position(|a| a.end == end && a.start > view.first + 1 && a.code.is_some())?;
    // ("a move China's embassy in Canberra criticised as …": a place after
    // "in" says where the subject sits; the subject is the side before it)
    if actors[last].place
        && let Some(before) = last.checked_sub(1)
        && actors[before].end + 1 == actors[last].start
        && view.word(actors[before].end) == "in"
        && !actors[before].place
        && actors[before].code.is_some()
    {
        last = before;
    }
    // back over a list of subjects ("Britain, France and Germany")
    let mut first = last;
    while first > 0 {
        let gap: Vec<&str> = (actors[first - 1].end..actors[first].start).map(|t| view.word(t)).collect();
        if !matches!(gap.as_slice(), [","] | ["and"] | [",", "and"]) {
            break;
        }
        first -= 1;
    }
    let mut noun = actors[first].start.checked_sub(1)?;
    if view.word(noun) == "the" {
        noun = noun.checked_sub(1)?;
    }
    if matches!(view.word(noun), "that" | "which") {
        noun = noun.checked_sub(1)?;
        // ("a joint drill on Monday that Beijing denounced")
        if is_weekday(view.word(noun)) && noun >= 2 && view.word(noun - 1) == "on" {
            noun -= 2;
        }
    }
    let w = view.word(noun);
    if noun <= view.first || !(is_deed_noun(w) || VERDICT_NOUNS.contains(&w)) {
        return None;
    }
    // the noun opens its phrase with an article, maybe past a few words
    // that describe it ("a joint air drill")
    let mut k = noun;
    while k > view.first && !matches!(view.word(k - 1), "a" | "an" | "the" | "this" | "these" | "that") {
        let word = view.word(k - 1);
        if noun - k >= 3 || !word.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return None;
        }
        k -= 1;
    }
    if k <= view.first {
        return None;
    }
    let subjects: Vec<usize> = (first..=last).filter(|&a| actors[a].code.is_some()).collect();
    Some((subjects, noun))
}

/// Whether the noun at `k` is one of the verdict nouns the coder's deed
/// nouns lack, so that any earlier act's doer is the one it names.
pub(super) fn verdict_noun(view: &SentenceView<'_>, k: usize) -> bool {
    VERDICT_NOUNS.contains(&view.word(k))
}

/// Words of condemnation, past the coder's shared words of blame, that
/// make a name given to a deed criticism ("called the detentions
/// \"hostage-taking\"", "called the ban \"open discrimination\""): the
/// common nouns and adjectives news text quotes when one side brands what
/// another did.
pub(super) const CONDEMNING: [&str; 46] = [
    "persecution",
    "kidnapping",
    "kidnap",
    "abduction",
    "hostage-taking",
    "warmongering",
    "intimidation",
    "harassment",
    "bullying",
    "coercion",
    "meddling",
    "repression",
    "oppression",
    "discrimination",
    "discriminatory",
    "hypocrisy",
    "hysteria",
    "lawlessness",
    "banditry",
    "vandalism",
    "atrocity",
    "atrocities",
    "massacre",
    "genocide",
    "hooliganism",
    "extortion",
    "farce",
    "travesty",
    "mockery",
    "outrage",
    "disgraceful",
    "unfounded",
    "racist",
    "xenophobic",
    "inhumane",
    "criminal",
    "brutal",
    "arrogant",
    "escalation",
    "aggressive",
    "punishment",
    "unilateral",
    "russophobic",
    "russophobia",
    "islamophobic",
    "homophobic",
];

/// Nouns of deeds, past the coder's shared deed nouns, that a later
/// sentence names back ("called the deportation …", "condemned the
/// arrest").
/// ("called the exercise …", "condemned the operation", "called the
/// seizures …": a show of force, an operation or a taking named back in
/// the singular or plural; not "the flights", which are as often the
/// flights intercepted as the interceptors')
const NAMED_DEEDS: [&str; 13] = [
    "deportation",
    "deportations",
    "arrest",
    "annexation",
    "closure",
    "jailing",
    "restrictions",
    "bans",
    "curbs",
    "exercise",
    "operation",
    "seizures",
    "deployments",
];

/// Whether `w` is one of the deed nouns this module adds.
pub(super) fn named_deed(w: &str) -> bool {
    NAMED_DEEDS.contains(&w)
}

/// Whether the quote mark at `t` closes a verb quoted with its adverb, the
/// trigger ending at `end` ("Tokyo \"firmly opposes\" any Chinese
/// drills", "said it \"strongly condemns\" …"): the quote right after the
/// verb, whose opening mark comes before one or two words in -ly and the
/// verb, so the object after it is still the verb's. A quoted name of
/// something ("its \"unwavering support\"") is no such verb.
pub(super) fn closes_quoted_verb(view: &SentenceView<'_>, t: usize, end: usize) -> bool {
    let quote = |w: &str| matches!(w, "\"" | "“" | "”");
    if t != end || !quote(view.word(t)) {
        return false;
    }
    let Some(verb) = end.checked_sub(1) else { return false };
    let mut k = verb;
    while k > view.first && verb - k < 2 && view.word(k - 1).len() > 3 && view.word(k - 1).ends_with("ly") {
        k -= 1;
    }
    if k < verb {
        return k > view.first && quote(view.word(k - 1));
    }
    // ("the army would \"crush\" any move by Taipei": one quoted verb
    // right after a modal or "to")
    let Some(open) = verb.checked_sub(1).filter(|&o| o > view.first) else { return false };
    quote(view.word(open))
        && matches!(view.word(open - 1), "would" | "will" | "could" | "might" | "shall" | "can" | "must" | "to")
}

/// Words that may stand between "bear" and "responsibility" ("bears full
/// responsibility", "bear the entire responsibility").
const RESPONSIBILITY_FILLER: [&str; 8] = ["full", "sole", "the", "direct", "entire", "primary", "all", "complete"];

/// "\"…, and the RSF bears full responsibility for it,\" the chairman said",
/// "Pyongyang must bear all responsibility, the ministry said": a side
/// said to bear responsibility is accused (112) by the speaker of the
/// report that says so, when the speaker is another side. Runs once per
/// sentence over its tokens, adding to the events from `first` on.
pub(super) fn responsibility_borne(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for t in view.first..view.end() {
        if !matches!(view.word(t), "bear" | "bears" | "bore" | "bearing") {
            continue;
        }
        let mut k = t + 1;
        while k < t + 3 && RESPONSIBILITY_FILLER.contains(&view.word(k)) {
            k += 1;
        }
        if view.word(k) != "responsibility" {
            continue;
        }
        // the side bearing it ends right before the verb, maybe past a
        // modal ("must bear", "will bear")
        let mut subject_end = t;
        while subject_end > view.first
            && t - subject_end < 2
            && matches!(view.word(subject_end - 1), "must" | "will" | "would" | "should" | "shall" | "alone")
        {
            subject_end -= 1;
        }
        let Some(accused) = actors.iter().find(|a| a.end == subject_end && a.code.is_some()) else { continue };
        let span = Span::new(doc.tokens[t].span.start, doc.tokens[k].span.end);
        let Some(ai) = containing_attribution(doc, span) else { continue };
        let Some(speaker) = speaker_actor(doc, view, actors, ai).map(|s| &actors[s]) else { continue };
        if speaker.code.is_none() || speaker.code == accused.code {
            continue;
        }
        if events[first..].iter().any(|e| e.trigger.start == span.start && e.root == "11") {
            continue;
        }
        let tr = synthetic(t, k + 1, "112");
        events.push(make_event(lex, doc, si, view, &tr, "112", speaker, accused, actors));
    }
}

/// Whether token `t` lies inside the name of an actor ("Reporters Without
/// Borders", "Doctors Without Borders"), so that a negation word there is
/// part of the name and negates no verb after it.
pub(super) fn inside_name(actors: &[Actor], t: usize) -> bool {
    actors.iter().any(|a| a.start < t && t < a.end)
}

/// Whether a protest put as a verb ("the embassy protested", "Tokyo's
/// foreign ministry protested to Beijing") comes from a government, whose
/// protest is an official complaint (114) rather than a demonstration
/// (CAMEO 14 is for civilians).
pub(super) fn official_protest(view: &SentenceView<'_>, tr: &Trigger, code: &str, source: &Actor) -> bool {
    // (the dictionary's "protest (against) the detention" is a crowd's
    // rally in support (053); a government protesting it complains)
    (code.starts_with("14") || code.starts_with("05"))
        && tr.entry.kind == super::TriggerKind::Verb
        && view.word(tr.start).starts_with("protest")
        && source.code.as_ref().is_some_and(|c| c.role.as_deref() == Some("GOV"))
}

/// Whether an earlier deed's doer `doer`, of the speaker's own country, is
/// still a side apart from the speaker `source`: an organ of the state (its
/// police, courts, army, government, or the state itself) when the speaker
/// is the opposition or another civilian side ("police arrested fourteen
/// activists …; the opposition condemned the arrests").
pub(super) fn own_state_organ(doer: Option<&ActorCode>, source: &Actor) -> bool {
    let civil = source.code.as_ref().and_then(|c| c.role.as_deref()).is_some_and(|r| super::CIVIL_ROLES.contains(&r));
    let organ = doer.is_some_and(|c| {
        c.country.is_some() && matches!(c.role.as_deref(), None | Some("GOV" | "COP" | "MIL" | "JUD" | "SPY"))
    });
    civil && organ
}

/// Verbs that, put right after "hunger strike" is named, say the side
/// starts, holds or keeps up one ("began a hunger strike", "entered the
/// third week of a hunger strike", "has been on hunger strike").
const STRIKE_VERBS: [&str; 19] = [
    "began",
    "begun",
    "begin",
    "begins",
    "beginning",
    "started",
    "starts",
    "starting",
    "launched",
    "launching",
    "staged",
    "staging",
    "entered",
    "enters",
    "entering",
    "continued",
    "continues",
    "continuing",
    "on",
];

/// Words that end or deny a hunger strike rather than hold one ("ended his
/// hunger strike", "called off", "denied that any inmate was on …").
const STRIKE_ENDED: [&str; 12] =
    ["ended", "end", "ends", "ending", "called", "suspended", "abandoned", "broke", "halted", "denied", "no", "any"];

/// "A jailed activist began a hunger strike", "has been on hunger strike
/// for 20 days", "entered the third week of a hunger strike", "has refused
/// food for 40 days": a side of its own people (not an organ of a state)
/// holding a hunger strike protests to its own government (142), whatever
/// the verb that starts or keeps it. The striker is the first such side
/// named before the verb. Runs once per sentence, adding to the events
/// from `first` on, when no protest was coded in the sentence.
pub(super) fn hunger_strikes(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    if events[first..].iter().any(|e| e.root == "14") {
        return;
    }
    for t in view.first..view.end() {
        let w = view.word(t);
        let (end, verb) = match w {
            "hunger" if view.word(t + 1) == "strike" => {
                // the verb within a few words before, nothing ending it
                let from = t.saturating_sub(6).max(view.first);
                let Some(v) = (from..t).rev().find(|&k| STRIKE_VERBS.contains(&view.word(k))) else { continue };
                if (from..t).any(|k| STRIKE_ENDED.contains(&view.word(k))) {
                    continue;
                }
                (t + 2, v)
            }
            "refused" | "refuses" | "refusing" if view.word(t + 1) == "food" => (t + 2, t),
            _ => continue,
        };
        let Some(striker) = actors.iter().find(|a| {
            a.end <= verb
                && !a.place
                && a.code.as_ref().is_some_and(|c| {
                    c.country.as_deref().is_some_and(|k| k.len() == 3 && crate::actors::has_country(k))
                        && c.role.as_deref().is_some_and(|r| !matches!(r, "GOV" | "MIL" | "COP" | "JUD" | "SPY"))
                })
        }) else {
            continue;
        };
        let Some(country) = striker.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let government = super::with_role_of(super::country_side(&country, t), "GOV");
        let tr = synthetic(t, end, "142");
        let mut e = make_event(lex, doc, si, view, &tr, "142", striker, &government, actors);
        // (a protest put as a noun by a side outside the civil roles is
        // read as criticism there; a hunger strike is one's own protest)
        super::recode(lex, &mut e, "142");
        events.push(e);
        return;
    }
}

/// Verbs a side says it "would not" or "will never" do in answer to
/// pressure, with the code of the refusal: giving way (124: "would not
/// bow", "will not yield"), changing the policy pressed on it (1232:
/// "would not change its position", "will not reverse the decision"), or
/// accepting what another imposes (120: "would never accept").
fn refused_verb(w: &str) -> Option<&'static str> {
    match w {
        "bow" | "yield" | "budge" | "cave" | "capitulate" | "submit" | "succumb" | "kneel" | "relent" => Some("124"),
        "change" | "alter" | "reverse" | "amend" | "soften" | "abandon" | "revoke" | "repeal" | "rescind" => {
            Some("1232")
        }
        "accept" | "recognise" | "recognize" => Some("120"),
        // ("would not resign", "will not quit": the post kept, 1231)
        "resign" | "quit" => Some("1231"),
        _ => None,
    }
}

/// Participles a side says it "would not be" ("would not be intimidated",
/// "will not be blackmailed"): refusals to yield (124).
const NOT_BE: [&str; 9] =
    ["intimidated", "cowed", "blackmailed", "bullied", "coerced", "pressured", "silenced", "deterred", "swayed"];

/// "Budapest said it would not change its migration policy", "said Caracas
/// would not bow to \"imperial blackmail\"", "said she would not be
/// intimidated", "the island would never accept Beijing's rule": a side
/// saying it will not give way refuses (124, 1232 or 120, as
/// [`refused_verb`] says) the side it names after the verb, else the
/// foreign side whose demand, threat, criticism or measure against it (a
/// verbal or material conflict event, roots 10–17) was coded last, in
/// this sentence or the two before. With neither there is no one refused
/// ("would not change its plans for the oil field"). The side refusing is
/// the subject right before the modal, else the speaker of the report the
/// words are in. Runs once per sentence, adding to the events from
/// `first` on.
pub(super) fn refusals_to_yield(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for m in view.first..view.end() {
        if !matches!(view.word(m), "would" | "will" | "wo" | "shall" | "'ll") {
            continue;
        }
        let neg = m + 1;
        if !matches!(view.word(neg), "not" | "never" | "n't") {
            continue;
        }
        let mut v = neg + 1;
        if view.word(v) == "ever" {
            v += 1;
        }
        let (code, end) = match view.word(v) {
            "be" if NOT_BE.contains(&view.word(v + 1)) => ("124", v + 2),
            "back" if view.word(v + 1) == "down" => ("124", v + 2),
            "step" if view.word(v + 1) == "down" => ("1231", v + 2),
            "give" if matches!(view.word(v + 1), "in" | "way") => ("124", v + 2),
            w => match refused_verb(w) {
                Some(c) => (c, v + 1),
                None => continue,
            },
        };
        if end > view.end() {
            continue;
        }
        // already coded by the main pass on these words
        let (from, upto) = (doc.tokens[m].span.start, doc.tokens[end - 1].span.end);
        if events[first..].iter().any(|e| e.trigger.start >= from && e.trigger.start < upto && e.root == "12") {
            continue;
        }
        // the side refusing: the subject before the modal, else the speaker
        let span = Span::new(from, upto);
        let subject = actors.iter().position(|a| a.end == m && a.code.is_some());
        let subject = subject.or_else(|| {
            let ai = containing_attribution(doc, span)?;
            speaker_actor(doc, view, actors, ai).filter(|&s| actors[s].code.is_some())
        });
        let Some(subject) = subject else { continue };
        let refuser = &actors[subject];
        let Some(own) = refuser.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let target = answered_side(view, actors, events, si, from, end, &own);
        // "would not step down": a resignation is asked at home as often
        // as abroad
        let target = target.or_else(|| (code == "1231").then(|| home_demand(events, si, from, refuser)).flatten());
        let Some(target) = target else { continue };
        let tr = synthetic(m, end, code);
        let mut e = make_event(lex, doc, si, view, &tr, code, refuser, &target, actors);
        // the negation is the refusal itself
        e.negated = false;
        events.push(e);
    }
}

/// The side a refusal or a threatened answer is aimed at: a foreign side
/// named right after the words ending at `end` ("Beijing's rule", "bow to
/// pressure from Washington"), within their clause and not inside a deed
/// the speaker keeps to ("would not be deterred from supplying Ukraine"
/// answers whoever deters it, not Ukraine); else the foreign source of the
/// last demand, criticism, rejection, threat, protest, show of force,
/// sanction or coercion (roots 10–17) aimed at the country `own`, coded in
/// this sentence before byte `from` or in the two sentences before.
fn answered_side(
    view: &SentenceView<'_>,
    actors: &[Actor],
    events: &[Event],
    si: usize,
    from: usize,
    end: usize,
    own: &str,
) -> Option<Actor> {
    let named = actors.iter().find(|a| {
        a.start >= end
            && a.start <= end + 5
            && !(end..a.start).any(|k| {
                let w = view.word(k);
                matches!(w, "," | ";" | "and" | "but" | "because" | "after" | "from") || w.ends_with("ing")
            })
            && a.code.as_ref().and_then(|c| c.country.as_deref()).is_some_and(|c| c != own)
    });
    if let Some(a) = named {
        return Some(a.clone());
    }
    let pressing = events.iter().rev().find(|e| {
        !e.negated
            && e.sentence <= si
            && e.sentence + 2 >= si
            && (e.sentence < si || e.trigger.end <= from)
            && matches!(e.root.as_str(), "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17")
            && super::aimed_at_from_abroad(e, own)
    })?;
    Some(super::side_of_source(pressing, end))
}

/// Qualifiers that make measures or steps a side "will take" an answer to
/// someone ("all necessary measures", "resolute countermeasures",
/// "reciprocal steps").
const ANSWERING_MEASURES: [&str; 10] = [
    "necessary",
    "resolute",
    "countermeasures",
    "counter-measures",
    "retaliatory",
    "reciprocal",
    "decisive",
    "firm",
    "tough",
    "appropriate",
];

/// Nouns of an answer a side vows or promises ("promised a mirror
/// response", "vowed retaliation").
const ANSWER_NOUNS: [&str; 5] = ["response", "retaliation", "countermeasures", "reprisals", "reprisal"];

/// "said it would respond \"with reciprocity\"", "would take \"all
/// necessary measures\" to defend Chinese companies", "promised a mirror
/// response": a side announcing that it will answer threatens (130) the
/// side it answers, found as for a refusal ([`answered_side`]): named
/// after the words, else the foreign side last pressing it. With no one
/// pressing nothing is coded ("will take all necessary measures to curb
/// inflation"), nor where the sentence already has a threat. Runs once per
/// sentence, adding to the events from `first` on.
pub(super) fn threatened_answers(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    if events[first..].iter().any(|e| e.root == "13") {
        return;
    }
    let quote = |w: &str| matches!(w, "\"" | "“" | "”" | "'");
    for m in view.first..view.end() {
        let w = view.word(m);
        let end = if matches!(w, "would" | "will" | "'ll") {
            // past an adverb or a quote mark ("would \"firmly\" respond")
            let mut v = m + 1;
            while v < m + 4 && (quote(view.word(v)) || (view.word(v).len() > 3 && view.word(v).ends_with("ly"))) {
                v += 1;
            }
            match view.word(v) {
                "respond" | "retaliate" => v + 1,
                // "Cairo \"will not stand idly by\" as Ethiopia fills the
                // dam": refusing to stay passive is a threat
                "not" if idly_by(view, v + 1) => v + 4,
                "take" => {
                    let upto = (v + 6).min(view.end());
                    let Some(noun) = (v + 1..upto)
                        .find(|&k| matches!(view.word(k), "measures" | "countermeasures" | "steps" | "action"))
                    else {
                        continue;
                    };
                    if !(v + 1..=noun).any(|k| ANSWERING_MEASURES.contains(&view.word(k))) {
                        continue;
                    }
                    // (with its closing quote mark)
                    if quote(view.word(noun + 1)) { noun + 2 } else { noun + 1 }
                }
                _ => continue,
            }
        } else if matches!(w, "vowed" | "vows" | "promised" | "promises" | "pledged") {
            // the answer noun after an article and at most two words
            let upto = (m + 5).min(view.end());
            let Some(noun) = (m + 1..upto).find(|&k| ANSWER_NOUNS.contains(&view.word(k))) else { continue };
            if (m + 1..noun).any(|k| matches!(view.word(k), "to" | "not" | "no" | "," | "and")) {
                continue;
            }
            noun + 1
        } else {
            continue;
        };
        if end > view.end() {
            continue;
        }
        let (from, upto) = (doc.tokens[m].span.start, doc.tokens[end - 1].span.end);
        // the side answering: the subject before the words, the subject
        // opening the sentence of a verb joined by "and", else the speaker
        let span = Span::new(from, upto);
        let subject = actors.iter().position(|a| a.end == m && a.code.is_some());
        let subject = subject.or_else(|| {
            (prev_word(view, m) == "and")
                .then(|| actors.iter().position(|a| a.start <= view.first + 1 && a.end < m && a.code.is_some()))
                .flatten()
        });
        let subject = subject.or_else(|| {
            let ai = containing_attribution(doc, span)?;
            speaker_actor(doc, view, actors, ai).filter(|&s| actors[s].code.is_some())
        });
        let Some(subject) = subject else { continue };
        let answering = &actors[subject];
        let Some(own) = answering.code.as_ref().and_then(|c| c.country.clone()) else { continue };
        let Some(target) = answered_side(view, actors, events, si, from, end, &own) else { continue };
        let tr = synthetic(m, end, "130");
        let e = make_event(lex, doc, si, view, &tr, "130", answering, &target, actors);
        if e.negated {
            continue;
        }
        events.push(e);
        return;
    }
}

/// "stand idly by", "sit idly by" from token `at`.
fn idly_by(view: &SentenceView<'_>, at: usize) -> bool {
    matches!(view.word(at), "stand" | "sit") && view.word(at + 1) == "idly" && view.word(at + 2) == "by"
}

/// Verbs of going where one has no right to be ("illegally intruded into
/// Chinese waters", "had illegally entered", "crossed the border
/// illegally").
fn intruding_verb(w: &str) -> bool {
    matches!(
        w,
        "intruded"
            | "intruding"
            | "entered"
            | "entering"
            | "trespassed"
            | "encroached"
            | "strayed"
            | "crossed"
            | "sailed"
    )
}

/// Nouns of craft or crews that a charge of intruding is told of ("the
/// boat", "boats that had …", "the aircraft").
fn intruder_noun(w: &str) -> bool {
    matches!(
        w,
        "boat"
            | "boats"
            | "vessel"
            | "vessels"
            | "ship"
            | "ships"
            | "trawler"
            | "trawlers"
            | "tanker"
            | "aircraft"
            | "plane"
            | "planes"
            | "drone"
            | "drones"
            | "crew"
            | "fishermen"
    )
}

/// Quote marks, which may stand around the words of a charge.
fn quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// "Beijing said the boat had \"illegally intruded\" into Chinese waters",
/// "… against boats that had illegally entered its waters": a speaker who
/// says that another side's craft, or another side named as the subject,
/// went somewhere "illegally" or "unlawfully" accuses that side (112). The
/// subject is the word right before the words of the charge (past "had",
/// "that" and quote marks); a side named there must be of another country
/// than the speaker's; a craft or crew noun is the craft the speaker's own
/// side last acted against, in this sentence or the two before (the target
/// of that act, of another country). The accusation is the speaker's own
/// speech act, told at the verb of saying. A sentence that already codes a
/// criticism or accusation (root 11) between the two countries gets none
/// ("accused the boat of illegally intruding"), and a charge whose subject
/// is a pronoun ("after they illegally intruded") or an act of one's own
/// side is left alone.
pub(super) fn intrusions_charged(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "illegally" | "unlawfully") {
            continue;
        }
        let mut v = k + 1;
        while v < view.end() && quote_mark(view.word(v)) {
            v += 1;
        }
        // the verb right after the adverb, else right before it
        let lead = if v < view.end() && intruding_verb(view.word(v)) {
            k
        } else if intruding_verb(view.word(k - 1)) {
            k - 1
        } else {
            continue;
        };
        let mut s = lead;
        while s > view.first
            && (quote_mark(view.word(s - 1)) || matches!(view.word(s - 1), "had" | "has" | "have" | "that" | "which"))
        {
            s -= 1;
        }
        if s <= view.first {
            continue;
        }
        let subject = s - 1;
        let span = Span::new(doc.tokens[k].span.start, doc.tokens[k].span.end);
        let Some(ai) = containing_attribution(doc, span) else { continue };
        let Some(cue) = doc.attributions[ai].cue.as_ref().and_then(|c| super::token_of(doc, view, c.span.start)) else {
            continue;
        };
        // the speaker the attribution names, else the side right before
        // the verb of saying ("Beijing said")
        let sp = speaker_actor(doc, view, actors, ai)
            .or_else(|| actors.iter().position(|a| a.end == cue && a.code.is_some()));
        let Some(sp) = sp else { continue };
        let speaker = &actors[sp];
        if speaker.end > subject || cue >= subject {
            continue;
        }
        let Some(own) = super::country_of(speaker) else { continue };
        let named = actors.iter().find(|a| a.end == subject + 1 && a.code.is_some()).cloned();
        let intruder = match named {
            Some(a) => Some(a),
            None if intruder_noun(view.word(subject)) => {
                let at = doc.tokens[k].span.start;
                events
                    .iter()
                    .rev()
                    .filter(|e| e.sentence + 2 >= si && e.sentence <= si && e.trigger.start < at && !e.negated)
                    .find(|e| {
                        e.source_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(own.as_str())
                            && e.target_actor
                                .as_ref()
                                .and_then(|c| c.country.as_deref())
                                .is_some_and(|c| c != own && !crate::actors::is_international(c))
                    })
                    .map(|e| super::side_of_target(e, subject))
            }
            None => None,
        };
        let Some(intruder) = intruder else { continue };
        let Some(theirs) = super::country_of(&intruder) else { continue };
        if theirs == own {
            continue;
        }
        if events[first..].iter().any(|e| {
            e.sentence == si
                && e.root == "11"
                && e.source_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(own.as_str())
                && e.target_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(theirs.as_str())
        }) {
            continue;
        }
        let tr = synthetic(cue, cue + 1, "112");
        let e = make_event(lex, doc, si, view, &tr, "112", speaker, &intruder, actors);
        if e.negated {
            continue;
        }
        events.push(e);
        return;
    }
}

/// "sanctions on nine Iranian officials it accused of supplying drones",
/// "firms they accuse of smuggling oil": in a relative clause whose object
/// is the noun phrase before it, "it/they accused … of" is said by the
/// subject of the act that noun phrase is the object of (the latest act
/// coded before it in the sentence, by a side of another country; every
/// subject of that act for "they"), and aimed at the side that ends the
/// noun phrase (past at most two lowercase words: "Panama-registered
/// shipping firms"). What the main pass coded on the verb, with the side
/// after "of" as its object or the noun phrase's state as its subject,
/// gives way.
pub(super) fn accused_in_relative(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 3..view.end() {
        if !matches!(view.word(k), "accused" | "accuses" | "accuse") || view.word(k + 1) != "of" {
            continue;
        }
        let pron = k - 1;
        if !matches!(view.word(pron), "it" | "they") {
            continue;
        }
        let mut np_end = pron;
        if matches!(view.word(np_end - 1), "which" | "whom" | "that") {
            np_end -= 1;
        }
        let Some(ai) = actors.iter().rposition(|a| a.end <= np_end && a.end + 2 >= np_end && a.code.is_some()) else {
            continue;
        };
        let accused = &actors[ai];
        if (accused.end..np_end).any(|t| !view.word(t).chars().all(|c| c.is_ascii_lowercase() || c == '-')) {
            continue;
        }
        let Some(theirs) = super::country_of(accused) else { continue };
        let np_at = doc.tokens[accused.start].span.start;
        let Some(main) = events[first..].iter().rev().find(|e| {
            e.sentence == si
                && e.trigger.start < np_at
                && !e.negated
                && e.source_actor.as_ref().and_then(|c| c.country.as_deref()).is_some_and(|c| c != theirs)
        }) else {
            continue;
        };
        let sources: Vec<Actor> = if view.word(pron) == "they" {
            let mut out: Vec<Actor> = Vec::new();
            for e in events[first..].iter().filter(|e| e.sentence == si && e.trigger.start == main.trigger.start) {
                let a = super::side_of_source(e, pron);
                if a.code.is_some() && !out.iter().any(|b| b.code == a.code) {
                    out.push(a);
                }
            }
            out
        } else {
            vec![super::side_of_source(main, pron)]
        };
        let at = doc.tokens[k].span.start;
        let code = events[first..]
            .iter()
            .find(|e| e.sentence == si && e.trigger.start == at && e.root == "11")
            .map_or_else(|| "112".to_string(), |e| e.code.clone());
        let mut i = first;
        while i < events.len() {
            if events[i].sentence == si && events[i].trigger.start == at {
                events.remove(i);
            } else {
                i += 1;
            }
        }
        let tr = synthetic(k, k + 1, &code);
        for s in &sources {
            events.push(make_event(lex, doc, si, view, &tr, &code, s, accused, actors));
        }
    }
}

/// Nouns of a draft put to a vote ("the text", "the draft").
fn draft_noun(w: &str) -> bool {
    matches!(w, "text" | "draft" | "resolution" | "measure" | "proposal")
}

/// "Russia vetoed a resolution …, drawing criticism from Britain, which
/// had drafted the text", "China vetoed a draft resolution … . The text had
/// been drafted by Britain.": a veto (129) the main pass aimed at the
/// council or at no one is aimed at the draft's authors, named in a
/// relative clause after the veto in its sentence, or as the agent of the
/// draft's drafting in the next sentence, which opens with the draft
/// ("The text", "The draft"). One event per author; a veto already aimed
/// at a state is left alone.
pub(super) fn veto_drafters(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { doc, si, view, actors, .. } = *pass;
    for k in view.first + 2..view.end() {
        if !super::DRAFTED.contains(&view.word(k)) {
            continue;
        }
        let mut w = k - 1;
        if matches!(view.word(w), "had" | "has") {
            w -= 1;
        }
        let relative = view.word(w) == "which"
            && w >= view.first + 2
            && view.word(w - 1) == ","
            && (k + 1..(k + 3).min(view.end())).any(|t| draft_noun(view.word(t)));
        let next_sentence = si > 0
            && view.word(view.first) == "the"
            && draft_noun(view.word(view.first + 1))
            && k <= view.first + 5
            && view.word(k + 1) == "by";
        let (drafters, vetoed_in) = if relative {
            let Some(last) = actors.iter().rposition(|a| a.end + 1 == w && a.code.is_some()) else { continue };
            let one = super::first_of_pair(view, actors, last, |a| a.code.is_some());
            let list: Vec<usize> =
                with_coordinated_right(view, actors, one).into_iter().filter(|&i| i <= last).collect();
            (list, si)
        } else if next_sentence {
            let Some(one) = actors.iter().position(|a| (a.start == k + 2 || a.start == k + 3) && a.code.is_some())
            else {
                continue;
            };
            (with_coordinated_right(view, actors, one), si - 1)
        } else {
            continue;
        };
        let drafters: Vec<&Actor> = drafters
            .iter()
            .map(|&i| &actors[i])
            .filter(|a| super::country_of(a).is_some_and(|c| !crate::actors::is_international(&c)))
            .collect();
        if drafters.is_empty() {
            continue;
        }
        let at = doc.tokens[k].span.start;
        let mut add = Vec::new();
        let from = if vetoed_in == si { first } else { 0 };
        for e in events[from..].iter_mut() {
            let open =
                e.target_actor.as_ref().and_then(|c| c.country.as_deref()).is_none_or(crate::actors::is_international);
            if e.sentence != vetoed_in || !e.code.starts_with("129") || e.trigger.start >= at || !open {
                continue;
            }
            // (the event keeps its place; each further author gets a copy)
            for (n, d) in drafters.iter().enumerate() {
                let mut x = e.clone();
                x.target = d.entity.clone();
                x.target_actor = d.code.clone();
                if n == 0 {
                    *e = x;
                } else {
                    add.push(x);
                }
            }
        }
        events.extend(add);
    }
}

/// "… sentenced a French-Iranian academic …, and France's foreign ministry
/// demanded her immediate release": a demand for a release (1053) that the
/// main pass aimed at the demanding state's own people is made to the state
/// holding them, the doer of the latest arrest, detention or sentence
/// (roots 17 and 116) of those people's country in this or the two
/// sentences before, by another state. (A holder the sentence names, "two
/// French teachers held in Iran's Evin prison", is chosen when the sides
/// are assigned: `targets::held_by`.) With none, the demand is left as it
/// is.
pub(super) fn release_demanded_of_holder(pass: &SentencePass<'_>, events: &mut [Event], first: usize) {
    let si = pass.si;
    for i in first..events.len() {
        let e = &events[i];
        if e.sentence != si || !e.code.starts_with("1053") || e.negated {
            continue;
        }
        let Some(own) = e.source_actor.as_ref().and_then(|c| c.country.clone()) else { continue };
        if e.target_actor.as_ref().and_then(|c| c.country.as_deref()) != Some(own.as_str()) {
            continue;
        }
        let at = e.trigger.start;
        let holder = events[..i]
            .iter()
            .rev()
            .filter(|d| d.sentence + 2 >= si && d.trigger.start < at && !d.negated)
            .find(|d| {
                (d.root == "17" || d.code.starts_with("116"))
                    && d.target_actor.as_ref().and_then(|c| c.country.as_deref()) == Some(own.as_str())
                    && d.source_actor
                        .as_ref()
                        .and_then(|c| c.country.as_deref())
                        .is_some_and(|c| c != own && !crate::actors::is_international(c))
            })
            .map(|d| super::side_of_source(d, 0));
        let Some(holder) = holder else { continue };
        let e = &mut events[i];
        e.target = holder.entity.clone();
        e.target_actor = holder.code.clone();
    }
}

/// "warned that its forces would strike back if Armenia shelled the
/// villages", "Ankara will not sit idly by if Athens arms the islands, the
/// minister warned": a warning with a condition threatens (130) the side
/// the condition is about, the first foreign state (not an international
/// body) named inside the "if" clause (up to a comma, a closing quote or
/// the sentence's end). The warner is the side ending right at the verb.
/// A threat the main pass coded on the verb with no target, an
/// international one or the warner's own state is aimed there instead;
/// with no threat on the verb one is added.
pub(super) fn conditional_warnings(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for k in view.first + 1..view.end() {
        if !matches!(view.word(k), "warned" | "warns" | "warning") {
            continue;
        }
        let Some(warner) = actors.iter().find(|a| a.end == k && a.code.is_some()) else { continue };
        let Some(own) = super::country_of(warner) else { continue };
        // the "if" clause, before or after the verb
        let Some(cond) = (view.first..view.end()).find(|&t| view.word(t) == "if" && t != k + 1) else { continue };
        let stop = (cond + 1..view.end())
            .find(|&t| matches!(view.word(t), "," | ";" | "\"" | "”" | "'" | "warned" | "warns") || t == k)
            .unwrap_or(view.end());
        let Some(aimed) = actors.iter().find(|a| {
            a.start > cond
                && a.end <= stop
                && super::country_of(a).is_some_and(|c| c != own && !crate::actors::is_international(&c))
        }) else {
            continue;
        };
        let at = doc.tokens[k].span.start;
        let mut found = false;
        for e in events[first..].iter_mut() {
            if e.sentence != si || e.trigger.start != at || e.root != "13" {
                continue;
            }
            found = true;
            let open = e
                .target_actor
                .as_ref()
                .and_then(|c| c.country.as_deref())
                .is_none_or(|c| c == own || crate::actors::is_international(c));
            if open && !e.negated {
                e.target = aimed.entity.clone();
                e.target_actor = aimed.code.clone();
            }
        }
        if found || events[first..].iter().any(|e| e.sentence == si && e.root == "13") {
            continue;
        }
        let tr = synthetic(k, k + 1, "130");
        let e = make_event(lex, doc, si, view, &tr, "130", warner, aimed, actors);
        if !e.negated {
            events.push(e);
        }
    }
}

/// "condemned the joint drills held by Japan and South Korea and warned
/// that its army would take countermeasures": a threat (root 13) aimed at
/// one partner of joint drills (062 each way) coded in the same sentence is
/// aimed at the other partner too, when the threatener is neither; a
/// warning against allied drills threatens both allies. Reads only the
/// sentence's events.
pub(super) fn threats_at_drill_partners(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let si = pass.si;
    let country = |c: &Option<ActorCode>| c.as_ref().and_then(|c| c.country.clone());
    // each drill partner with the other: (partner's country, other's side)
    let partners: Vec<(String, Event)> = events[first..]
        .iter()
        .filter(|e| e.sentence == si && e.code == "062" && !e.negated)
        .filter_map(|e| Some((country(&e.source_actor)?, e.clone())))
        .collect();
    if partners.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for threat in events[first..].iter().filter(|e| e.sentence == si && e.root == "13" && !e.negated) {
        let (Some(by), Some(at)) = (country(&threat.source_actor), country(&threat.target_actor)) else { continue };
        for (partner, drill) in &partners {
            let Some(other) = country(&drill.target_actor) else { continue };
            if *partner != at || other == by || partner == &by {
                continue;
            }
            let aimed = |e: &Event| {
                e.root == "13"
                    && country(&e.source_actor).as_ref() == Some(&by)
                    && country(&e.target_actor) == Some(other.clone())
            };
            if events[first..].iter().chain(added.iter()).any(aimed) {
                continue;
            }
            let mut e = threat.clone();
            e.target = drill.target.clone();
            e.target_actor = drill.target_actor.clone();
            added.push(e);
        }
    }
    events.extend(added);
}

/// Verbs a saying puts on a deed named back to brand it, past the words
/// of blame and condemnation ("said the drills \"undermined regional
/// peace\"", "said the deployment threatens the Baltic states").
const BRANDING_VERBS: [&str; 14] = [
    "undermine",
    "undermines",
    "undermined",
    "threatens",
    "threatened",
    "endangers",
    "endangered",
    "violates",
    "violated",
    "breaches",
    "breached",
    "destabilises",
    "destabilizes",
    "provoked",
];

/// Whether a word brands what it is said of: blame, condemnation or a
/// verb of harm.
fn branding(w: &str) -> bool {
    super::BLAME_WORDS.contains(&w) || CONDEMNING.contains(&w) || BRANDING_VERBS.contains(&w)
}

/// Whether the words from `from`, up to `end` and within eight, brand the
/// deed before them: a word of blame before any negation ("was \"a
/// deliberate provocation\"", but not "was no threat").
fn branded_from(view: &SentenceView<'_>, from: usize, end: usize) -> bool {
    for t in from..end.min(from + 8) {
        let w = view.word(t);
        if matches!(w, "not" | "no" | "n't" | "never" | "nor" | "neither" | "hardly") || w == "." {
            return false;
        }
        if branding(w) {
            return true;
        }
    }
    false
}

/// The deed noun a saying brands, for the attribution `ai` of this
/// sentence whose cue is a verb of saying: its content opens with a deed
/// named back ("said the exercise was \"a deliberate provocation\"", "said
/// that these launches violated UN resolutions"), or its speaker stands in
/// a relative clause on a deed noun right before it ("a move Beijing said
/// was \"hostile\"", "vetoes that Kyiv said were \"criminal\""); either
/// way a word of blame follows within a few words. Returns the speaker's
/// actor and the deed noun's token.
fn branded_deed(doc: &Document, view: &SentenceView<'_>, actors: &[Actor], ai: usize) -> Option<(usize, usize)> {
    let a = &doc.attributions[ai];
    let cue = a.cue.as_ref()?;
    let c = super::token_of(doc, view, cue.span.start)?;
    if !matches!(view.word(c), "said" | "says" | "say") {
        return None;
    }
    let sp = speaker_actor(doc, view, actors, ai).filter(|&s| actors[s].code.is_some())?;
    let content_end =
        (c..view.end()).find(|&t| doc.tokens[t].span.start >= a.content.end).unwrap_or(view.end()).min(view.end());
    // the relative clause: "<deed> (that) <speaker> said was …"
    let speaker = &actors[sp];
    if speaker.end == c && speaker.start > view.first + 1 {
        let mut k = super::speaker_phrase_start(view, speaker) - 1;
        if matches!(view.word(k), "that" | "which") && k > view.first {
            k -= 1;
        }
        if super::is_deed_noun(view.word(k))
            && matches!(view.word(c + 1), "was" | "were" | "is" | "are")
            && branded_from(view, c + 2, view.end())
        {
            return Some((sp, k));
        }
        return None;
    }
    // the content: "(that) the <deed> was …"
    let mut t = (c + 1..view.end()).find(|&t| doc.tokens[t].span.start >= a.content.start)?;
    if t != c + 1 && !(t == c + 2 && view.word(c + 1) == "that") {
        return None;
    }
    if view.word(t) == "that" {
        t += 1;
    }
    let k = super::referring_object(view, t)?;
    branded_from(view, k + 1, content_end).then_some((sp, k))
}

/// "Russia's ambassador said the exercise was \"a deliberate
/// provocation\"", "China's defence ministry said the drills \"undermined
/// regional peace\"", "a move Beijing said was hostile": a saying that
/// brands a deed named back is its speaker's criticism (111) of the
/// deed's doer, found as for a verdict on a named deed ("called the
/// launch …"), and of the doers sharing that deed ("drills" of two
/// navies). Nothing is coded when the speaker already criticised someone
/// here, or when the deed's doer is not found.
pub(super) fn branded_in_saying(
    pass: &SentencePass<'_>,
    doers: &[super::Doer],
    cues: &[usize],
    events: &mut Vec<Event>,
    first: usize,
) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    for &ai in cues {
        let Some((sp, k)) = branded_deed(doc, view, actors, ai) else { continue };
        let speaker = &actors[sp];
        if events[first..].iter().any(|e| e.root == "11" && e.source_actor == speaker.code) {
            continue;
        }
        let Some((entity, code)) = super::doer_of_noun(view, k, si, doers, actors, speaker) else { continue };
        let Some(found) = doers.iter().rposition(|d| d.entity == entity && d.code == code) else { continue };
        let own = speaker.code.as_ref().and_then(|c| c.country.clone());
        let d0 = &doers[found];
        let mut targets: Vec<(Option<String>, Option<ActorCode>)> = vec![(entity.clone(), code.clone())];
        for d in doers.iter().filter(|d| d.sentence == d0.sentence && d.root == d0.root && !d.negated) {
            let side = (d.entity.clone(), d.code.clone());
            if d.country().is_some_and(|c| Some(c) != own.as_deref())
                && !targets.iter().any(|t| t.1.as_ref().map(|c| &c.country) == side.1.as_ref().map(|c| &c.country))
            {
                targets.push(side);
            }
        }
        let c = (view.first..view.end())
            .find(|&t| doc.attributions[ai].cue.as_ref().is_some_and(|cue| doc.tokens[t].span.start == cue.span.start));
        let Some(c) = c else { continue };
        let tr = synthetic(c, c + 1, "111");
        for (entity, code) in targets {
            let target = Actor { start: c, end: c, entity, code, place: false };
            let e = make_event(lex, doc, si, view, &tr, "111", speaker, &target, actors);
            events.push(e);
        }
    }
}

/// Nouns of a protest told as a circumstance, with the code of the
/// protest they name: demonstrations (141) and blockades (144).
fn protest_noun(w: &str) -> Option<&'static str> {
    match w {
        "protests" | "protest" | "demonstrations" | "demonstration" | "rallies" => Some("141"),
        "blockades" | "blockade" => Some("144"),
        _ => None,
    }
}

/// Words that put a protest named as a noun as the circumstance of the
/// sentence's act: "after three nights of protests", "during last week's
/// protests", "bowing to weeks of road blockades", "as protests spread".
/// ("to protest" is the verb, not a frame)
const PROTEST_FRAMES: [&str; 9] = ["of", "during", "after", "amid", "following", "despite", "from", "as", "since"];

/// Participles of captivity or punishment that a protest frame can follow
/// ("people jailed after anti-government protests", "demonstrators
/// detained during protests"): the protest then only says who the people
/// held are, and is not told as an act of its own.
const HELD_AFTER: [&str; 8] =
    ["jailed", "detained", "arrested", "held", "imprisoned", "sentenced", "convicted", "prosecuted"];

/// Where the phrase before a protest noun at `t` opens: past up to four
/// modifiers ("last week's", "deadly youth-led", "river and road").
fn protest_phrase_start(view: &SentenceView<'_>, t: usize) -> usize {
    let mut s = t;
    while s > view.first && t - s < 4 {
        let w = view.word(s - 1);
        let modifier = w == "'s"
            || w == "and"
            || (w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !PROTEST_FRAMES.contains(&w) && w != "the");
        if !modifier {
            break;
        }
        s -= 1;
    }
    s
}

/// "Mongolia's government withdrew a draft media law after three nights of
/// protests outside parliament", "lifted the curfew, easing restrictions
/// imposed during last week's protests", "bowing to three weeks of road
/// blockades": a protest named as the circumstance of a state's act, with
/// no protester of its own, is a protest (141, or 144 for a blockade) by
/// that state's opposition against its government. Only where every coded
/// side of the sentence is of that one state, so that a protest abroad or
/// against a foreign side is never given to the wrong people; not where a
/// protest (root 14) is coded already.
pub(super) fn protests_as_circumstance(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    if events[first..].iter().any(|e| e.root == "14") {
        return;
    }
    // the one state of the sentence (every coded side of it, no
    // international body among them), checked before the words are
    // scanned, so that most sentences cost no scan
    let mut countries = actors.iter().filter_map(|a| a.code.as_ref()).map(|c| c.country.as_deref());
    let Some(Some(country)) = countries.next() else { return };
    if crate::actors::is_international(country) || countries.any(|c| c != Some(country)) {
        return;
    }
    for t in view.first..view.end() {
        let Some(code) = protest_noun(view.word(t)) else { continue };
        let s = protest_phrase_start(view, t);
        if s <= view.first || !PROTEST_FRAMES.contains(&view.word(s - 1)) || in_actor(actors, t) {
            continue;
        }
        if s >= view.first + 2 && HELD_AFTER.contains(&view.word(s - 2)) {
            continue;
        }
        // its government if named
        let government = actors
            .iter()
            .find(|a| a.code.as_ref().is_some_and(|c| c.role.as_deref() == Some("GOV")))
            .cloned()
            .unwrap_or(Actor {
                start: t,
                end: t,
                entity: None,
                code: Some(crate::actors::actor_code(country, Some("GOV"))),
                place: false,
            });
        let protesters = Actor {
            start: t,
            end: t,
            entity: None,
            code: Some(crate::actors::actor_code(country, Some("OPP"))),
            place: false,
        };
        let tr = synthetic(t, t + 1, code);
        events.push(make_event(lex, doc, si, view, &tr, code, &protesters, &government, actors));
        return;
    }
}

/// Whether the token at `t` lies inside an actor's words.
fn in_actor(actors: &[Actor], t: usize) -> bool {
    actors.iter().any(|a| a.start <= t && t < a.end)
}

/// The side at home whose demand, appeal or protest a refusal to step
/// down answers ("Thousands of protesters demanded the president's
/// resignation … his office said he would not step down"): the source of
/// the latest demand (10), appeal (02) or protest (14), coded in this
/// sentence before byte `from` or in the two before, by people of the
/// refuser's own country who hold no office (opposition, civilians,
/// workers, students), not negated.
fn home_demand(events: &[Event], si: usize, from: usize, refuser: &Actor) -> Option<Actor> {
    let own = refuser.code.as_ref()?.country.as_deref()?;
    let e = events.iter().rev().find(|e| {
        !e.negated
            && e.sentence <= si
            && e.sentence + 2 >= si
            && (e.sentence < si || e.trigger.end <= from)
            && matches!(e.root.as_str(), "10" | "02" | "14")
            && e.source_actor.as_ref().is_some_and(|c| c.country.as_deref() == Some(own) && super::non_state(c))
    })?;
    Some(super::side_of_source(e, refuser.end))
}

/// Whether the object right after a verb ending at `end` names a demand
/// back: "rejected the call", "dismissed the demands", "turned down
/// calls for …".
pub(super) fn demand_named_back(view: &SentenceView<'_>, end: usize) -> bool {
    let mut t = end;
    if matches!(view.word(t), "down" | "out") {
        t += 1;
    }
    if matches!(view.word(t), "the" | "these" | "those" | "this" | "such") {
        t += 1;
    }
    matches!(view.word(t), "call" | "calls" | "demand" | "demands" | "ultimatum")
}

/// The doer (entity, code) of the demand a rejection names back, when it
/// was made at home: the latest demand (10), appeal (02) or protest (14)
/// of this or the two previous sentences by people of the rejecting
/// side's own country who hold no office, not by the rejecting side.
pub(super) fn domestic_demander(
    doers: &[super::Doer],
    si: usize,
    source: &Actor,
) -> Option<(Option<String>, Option<ActorCode>)> {
    let own = source.code.as_ref()?.country.as_deref()?;
    doers
        .iter()
        .rev()
        .take_while(|d| d.sentence + 2 >= si)
        .filter(|d| !d.negated && matches!(d.root.as_str(), "10" | "02" | "14"))
        .find(|d| d.country() == Some(own) && d.code != source.code && d.code.as_ref().is_some_and(super::non_state))
        .map(|d| (d.entity.clone(), d.code.clone()))
}

/// Verbs of closing a border, a crossing or an airspace.
fn closing_verb(w: &str) -> bool {
    matches!(w, "shut" | "closed" | "close" | "sealed" | "seal" | "shutting" | "closing")
}

/// Words for the two sides of a pair as one subject ("both countries",
/// "the two neighbours"), ending at the token before `t`, past "had" and
/// "to" ("both sides had closed", "led both sides to shut it"); the token
/// where the subject opens.
fn pair_subject_before(view: &SentenceView<'_>, t: usize) -> Option<usize> {
    let mut k = t;
    while k > view.first && matches!(view.word(k - 1), "had" | "have" | "to") {
        k -= 1;
    }
    if k < view.first + 2 {
        return None;
    }
    let noun =
        matches!(view.word(k - 1), "sides" | "countries" | "neighbours" | "neighbors" | "governments" | "states");
    (noun && matches!(view.word(k - 2), "both" | "two")).then_some(k - 2)
}

/// What a closure between a pair closes: a border, a crossing or an
/// airspace named within three words after the verb ending at `end`, or
/// "it"/"them" standing for one.
fn closed_passage(view: &SentenceView<'_>, end: usize) -> bool {
    (end..(end + 4).min(view.end())).any(|t| {
        matches!(
            view.word(t),
            "border" | "borders" | "crossing" | "crossings" | "airspace" | "frontier" | "it" | "them" | "points"
        )
    })
}

/// "reopened the main crossing …, a year after clashes led both sides to
/// shut it", "agreed to reopen two crossing points that both countries shut
/// in 2022", "The two neighbours closed their airspace to each other's
/// aircraft": a border, crossing or airspace closed by "both sides" (or
/// "the two countries") is each side's reduction of relations (160)
/// against the other, the pair being the two sides of a mutual act coded
/// in this sentence or the one before. Runs only where such a pair was
/// coded; nothing is added where a root 16 event of the pair is coded.
pub(super) fn closures_by_both(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let country = |c: &Option<ActorCode>| c.as_ref().and_then(|c| c.country.clone());
    // the latest mutual act of two states: A → B with B → A coded too, in
    // this sentence or the one before (the events since then only)
    let lo = events.iter().rposition(|e| e.sentence + 1 < si).map_or(0, |i| i + 1);
    let recent: Vec<&Event> = events[lo..].iter().filter(|e| e.sentence <= si && !e.negated).collect();
    let pair = recent.iter().rev().find_map(|e| {
        let (a, b) = (country(&e.source_actor)?, country(&e.target_actor)?);
        let mirrored = recent.iter().any(|o| {
            o.code == e.code
                && country(&o.source_actor) == Some(b.clone())
                && country(&o.target_actor) == Some(a.clone())
        });
        (a != b && mirrored).then(|| (e.source_actor.clone(), e.target_actor.clone()))
    });
    let Some((a, b)) = pair else { return };
    if events[first..].iter().any(|e| e.root == "16" && e.sentence == si) {
        return;
    }
    for t in view.first..view.end() {
        if !closing_verb(view.word(t)) {
            continue;
        }
        let Some(subject) = pair_subject_before(view, t) else { continue };
        // the passage closed: named after the verb, or the noun a relative
        // clause hangs on ("crossing points that both countries shut")
        let relative = subject > view.first && matches!(view.word(subject - 1), "that" | "which");
        if !(relative || closed_passage(view, t + 1)) {
            continue;
        }
        let tr = synthetic(t, t + 1, "160");
        for (from, to) in [(&a, &b), (&b, &a)] {
            let side = |c: &Option<ActorCode>| Actor { start: t, end: t, entity: None, code: c.clone(), place: false };
            events.push(make_event(lex, doc, si, view, &tr, "160", &side(from), &side(to), actors));
        }
        return;
    }
}

/// Verbs of condemnation that take a deed as their object.
const VERDICT_VERBS: [&str; 16] = [
    "condemned",
    "condemns",
    "condemning",
    "denounced",
    "denounces",
    "denouncing",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "deplored",
    "deplores",
    "decried",
    "decries",
    "slammed",
    "censured",
];

/// "The EU condemned the arrest of three Georgian opposition leaders",
/// "Turkey denounced the detention of …": a verdict whose object is a deed
/// of coercion or force that the rules coded right after it, with a doer
/// they found only from the deed's own words (a state's own opposition is
/// held by that state), is criticism (111) of that doer by the verb's
/// subject, the coded side that ends right before the verb. Nothing is
/// added where the verb already has an event or the doer is the subject.
pub(super) fn verdicts_on_deeds_after(pass: &SentencePass<'_>, events: &mut Vec<Event>, first: usize) {
    let SentencePass { lex, doc, si, view, actors } = *pass;
    let mut add = Vec::new();
    for k in view.first + 1..view.end() {
        if !VERDICT_VERBS.contains(&view.word(k)) || view.word(k + 1) != "the" {
            continue;
        }
        let at = doc.tokens[k].span.start;
        if events[first..].iter().any(|e| e.trigger.start == at) {
            continue;
        }
        let Some(deed) = events[first..].iter().find(|e| {
            !e.negated
                && matches!(e.root.as_str(), "17" | "18" | "19" | "20")
                && trigger_token(doc, view, e) == Some(k + 2)
        }) else {
            continue;
        };
        let Some(doer) = deed.source_actor.clone() else { continue };
        let Some(subject) = actors.iter().find(|a| a.end == k && a.code.is_some()) else { continue };
        if subject.code.as_ref().and_then(|c| c.country.as_deref()) == doer.country.as_deref() {
            continue;
        }
        let target = Actor { start: k + 2, end: k + 2, entity: deed.source.clone(), code: Some(doer), place: false };
        let tr = synthetic(k, k + 1, "111");
        add.push(make_event(lex, doc, si, view, &tr, "111", subject, &target, actors));
    }
    events.extend(add);
}
