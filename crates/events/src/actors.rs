//! Event actors: where in a sentence an actor is, which entity it is, and
//! its CAMEO code (country plus role).
//!
//! Two finders share one interface. [`EntityActors`] (the pipeline's) takes
//! the entity layer's mentions and codes them from `Entity.country`, the
//! Phoenix actor dictionaries and agent words in the entity's name, its
//! descriptions or next to the mention ("Russian diplomats", "soldiers from
//! Gondor"). [`DictionaryActors`] matches an actor dictionary directly on the
//! tokens; it is what evaluation on the PETRARCH records uses, whose actors
//! are fictional and known only to the records' own dictionary.

use crate::lexicon::{dictionary_words, lexicon};
use dossier_model::{ActorCode, Document, EntityType, MentionKind, Span};
use std::collections::HashMap;

/// An actor found in a sentence: a token range (document token indices,
/// half-open), the entity it is when known, and its code when it could be
/// coded.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub start: usize,
    pub end: usize,
    pub entity: Option<String>,
    pub code: Option<ActorCode>,
    /// A place that may be an event's location rather than a participant.
    pub place: bool,
}

/// What an actor finder sees of a sentence.
pub struct SentenceView<'a> {
    pub doc: &'a Document,
    /// Lowercased token texts of the sentence.
    pub words: &'a [String],
    /// Document index of the sentence's first token.
    pub first: usize,
}

/// The lowercased words of a sentence's tokens (`lo..hi`, document token
/// indices), `’` read as `'`: what a [`SentenceView`] holds.
pub fn sentence_words(doc: &Document, lo: usize, hi: usize) -> Vec<String> {
    doc.tokens[lo..hi]
        .iter()
        .map(|t| {
            let w = t.span.slice(&doc.text).to_lowercase();
            if w.contains('\u{2019}') { w.replace('\u{2019}', "'") } else { w }
        })
        .collect()
}

impl SentenceView<'_> {
    pub fn word(&self, token: usize) -> &str {
        token.checked_sub(self.first).and_then(|i| self.words.get(i)).map(String::as_str).unwrap_or("")
    }
    pub fn end(&self) -> usize {
        self.first + self.words.len()
    }
}

/// Finds the actors of one sentence, sorted by position, not overlapping.
pub trait ActorFinder: Send + Sync {
    fn actors(&self, view: &SentenceView<'_>) -> Vec<Actor>;
    /// A finder for one document that has done its per-document work once
    /// (`None`: this one is used as it is).
    fn prepare<'a>(&'a self, _doc: &'a Document) -> Option<Box<dyn ActorFinder + 'a>> {
        None
    }
}

/// Known CAMEO role codes, used to split a code into country and role.
const ROLES: [&str; 24] = [
    "GOV", "MIL", "MED", "SPY", "COP", "OPP", "REB", "LEG", "JUD", "BUS", "CVL", "ELI", "IGO", "NGO", "REL", "EDU",
    "HLH", "LAB", "REF", "AGR", "CRM", "UAF", "MOP", "HRI",
];

/// Builds an [`ActorCode`] from a country part and an optional role.
pub fn actor_code(country: &str, role: Option<&str>) -> ActorCode {
    let country = cameo_country(country);
    let role = role.filter(|r| !r.is_empty()).map(str::to_string);
    let code = format!("{}{}", country, role.as_deref().unwrap_or(""));
    ActorCode { code, country: Some(country.to_string()), role }
}

/// CAMEO's code for an ISO 3166 alpha-3 code where the two differ: Kosovo
/// is `KSV` in CAMEO and the Phoenix dictionaries, `XKX` (user-assigned) in
/// ISO usage and the entity stage.
pub fn cameo_country(iso: &str) -> &str {
    match iso {
        "XKX" => "KSV",
        c => c,
    }
}

/// Splits a dictionary code (`RUSGOV`, `IGOWSTNAT`, `ARN`) into an
/// [`ActorCode`].
pub fn parse_code(code: &str) -> ActorCode {
    let code = code.trim().to_ascii_uppercase();
    let country = code.get(..3).unwrap_or(&code).to_string();
    let rest = code.get(3..).unwrap_or("");
    let role = if rest.len() >= 3 && ROLES.contains(&&rest[..3]) { Some(rest.to_string()) } else { None };
    ActorCode { code, country: Some(country), role }
}

/// Adds a role to a code that has none.
fn with_role(code: ActorCode, role: Option<&str>) -> ActorCode {
    match (code.role.is_some(), role) {
        (false, Some(r)) if !r.is_empty() && code.code.len() == 3 => actor_code(&code.code, Some(r)),
        _ => code,
    }
}

/// The longest agent phrase inside `words`, by role (later wins ties, as
/// the head of an English noun phrase comes last).
fn agent_in(
    words: &[&str],
    agents: &dyn Fn(&str) -> Option<String>,
    max_for: &dyn Fn(&str) -> usize,
) -> Option<(usize, usize, String)> {
    let mut best: Option<(usize, usize, String)> = None;
    for i in 0..words.len() {
        for n in (1..=max_for(words[i]).min(words.len() - i)).rev() {
            let phrase = words[i..i + n].join(" ");
            if let Some(role) = agents(&phrase) {
                if best.as_ref().is_none_or(|(bi, bn, _)| n > *bn || (n == *bn && i > *bi)) {
                    best = Some((i, n, role));
                }
                break;
            }
        }
    }
    best
}

/// Name heads of natural features, which are never actors.
const FEATURES: [&str; 10] =
    ["sea of", "gulf of", "strait of", "straits of", "bay of", "sea ", "ocean", "lake ", "river ", "mount "];

/// Prepositions after which a place is where something happened.
pub const LOCATION_PREPS: [&str; 9] = ["in", "near", "at", "over", "inside", "outside", "across", "around", "off"];

/// Adjectives that may stand between a country and its agent words
/// ("Ethiopian federal troops", "Sudanese paramilitary fighters").
const MIDDLE_ADJECTIVES: [&str; 10] = [
    "federal",
    "regular",
    "elite",
    "special",
    "allied",
    "paramilitary",
    "interim",
    "transitional",
    "caretaker",
    "riot",
];

/// Extends an actor over neighbouring agent words ("Russian diplomats",
/// "Gondor's government", "soldiers from Gondor") and returns the role.
fn extend_with_agent(
    view: &SentenceView<'_>,
    start: usize,
    end: usize,
    agents: &dyn Fn(&str) -> Option<String>,
    max_for: &dyn Fn(&str) -> usize,
    taken: &dyn Fn(usize) -> bool,
) -> (usize, usize, Option<String>) {
    // after: [ 's ] [ an adjective of rank or allegiance ] agent words
    let mut j = end;
    if view.word(j) == "'s" {
        j += 1;
    }
    let skip = usize::from(MIDDLE_ADJECTIVES.contains(&view.word(j)) && !taken(j));
    for j in [j, j + skip].into_iter().take(1 + skip) {
        for n in (1..=max_for(view.word(j))).rev() {
            if j + n > view.end() || (j..j + n).any(taken) {
                continue;
            }
            let phrase = (j..j + n).map(|t| view.word(t)).collect::<Vec<_>>().join(" ");
            // "the opposition's deputy leader" is the party's, not a
            // sheriff's deputy: a rank before a title takes no role of its own
            if phrase == "deputy"
                && matches!(
                    view.word(j + 1),
                    "leader" | "head" | "chief" | "chairman" | "chairwoman" | "chair" | "director" | "speaker"
                )
            {
                continue;
            }
            // "Russia's deputy foreign minister": the title after the rank
            // gives the role
            if phrase == "deputy"
                && let Some((m, role)) = (1..=max_for(view.word(j + 1))).rev().find_map(|m| {
                    let after = (j + 1..j + 1 + m).map(|t| view.word(t)).collect::<Vec<_>>().join(" ");
                    (j + 1 + m <= view.end() && !(j + 1..j + 1 + m).any(taken))
                        .then(|| agents(&after))
                        .flatten()
                        .map(|r| (m, r))
                })
            {
                return (start, j + 1 + m, Some(role));
            }
            if let Some(role) = agents(&phrase) {
                return (start, j + n, Some(role));
            }
        }
    }
    // before: agent words (from|of) actor
    let det = usize::from(start > view.first && view.word(start - 1) == "the");
    // ("negotiators for Armenia")
    if start >= view.first + 2 + det && matches!(view.word(start - 1 - det), "from" | "of" | "for") {
        let p = start - 1 - det;
        for n in (1..=6).rev() {
            if p < view.first + n || max_for(view.word(p - n)) < n || (p - n..p).any(taken) {
                continue;
            }
            let phrase = (p - n..p).map(|t| view.word(t)).collect::<Vec<_>>().join(" ");
            if let Some(role) = agents(&phrase) {
                return (p - n, end, Some(role));
            }
        }
    }
    // before, adjacent: "army of" is covered above; "the Calenardhon government" after
    (start, end, None)
}

/// Actors from the entity layer, coded with the built-in lexicons.
#[derive(Default)]
pub struct EntityActors;

fn default_agent(phrase: &str) -> Option<String> {
    lexicon().agent(phrase).map(str::to_string)
}

/// The role of an organisation's name (without "the") when the name is a
/// common word for a state body, one the agent lexicon knows ("senate" →
/// `LEG`, "joint chiefs of staff" → `MIL`).
fn shared_body_role(name: &str) -> Option<String> {
    default_agent(name.strip_prefix("the ").unwrap_or(name))
}

/// Names the actor dictionary files under the United States that many
/// states give their own bodies and offices; with no owner in the text,
/// they are of the state the text is about.
const SHARED_BODY_NAMES: [&str; 5] =
    ["senate", "joint chiefs of staff", "national security council", "secretary of state", "intelligence community"];

fn default_agent_len(first: &str) -> usize {
    lexicon().agent_len(first)
}

/// Phoenix codes for international bodies reduced to the CAMEO codes
/// news coding uses: the UN (`UNO`), the EU (`EUR`), NATO (`NAT`), any other
/// intergovernmental organisation (`IGO`).
pub fn international(code: &str) -> String {
    match code {
        "IGOUNO" => "UNO".into(),
        // the European Union and its institutions; other European bodies
        // (the Council of Europe, the OSCE, the EBRD) are plain IGOs
        "IGOEUR" | "IGOEUREEC" => "EUR".into(),
        c if c.starts_with("IGOWSTNAT") => "NAT".into(),
        c if c.starts_with("IGO") => "IGO".into(),
        c => c.into(),
    }
}

/// The country code a phrase names in the built-in actor dictionary.
pub fn lexicon_code(phrase: &str) -> Option<ActorCode> {
    let lex = lexicon();
    let (code, _) = lex.actors.get(phrase)?;
    let code = international(code);
    has_country(&code).then(|| parse_code(&code))
}

/// Whether a code is an international body's (`UNO`, `EUR`, `NAT`, `IGO`).
pub(crate) fn is_international(code: &str) -> bool {
    matches!(code.get(..3), Some("IGO" | "NGO" | "UNO" | "EUR" | "NAT"))
}

/// Whether a code names a state or an international body, not only a
/// sector ("MED" for a news agency of no country, "MNC" for a company).
pub fn has_country(code: &str) -> bool {
    let head = code.get(..3).unwrap_or(code);
    matches!(head, "IGO" | "NGO" | "UNO" | "EUR" | "NAT") || !(ROLES.contains(&head) || matches!(head, "MNC" | "INT"))
}

/// Whether a word opens a name: a capital letter, or an Arabic article
/// before one ("al-Shabaab", "ash-Sham").
fn name_like(surface: &str) -> bool {
    let rest =
        ["al-", "el-", "ash-", "ad-", "an-", "as-"].iter().find_map(|a| surface.strip_prefix(a)).unwrap_or(surface);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// The first country word among `words` ("a spokeswoman for the Russian
/// foreign ministry" → RUS).
fn country_in(words: &[&str]) -> Option<ActorCode> {
    let lex = lexicon();
    for (i, w) in words.iter().enumerate() {
        let most = lex.actor_first.get(*w).copied().unwrap_or(0);
        for n in (1..=3.min(most).min(words.len() - i)).rev() {
            let phrase = words[i..i + n].join(" ");
            if let Some((code, _)) = lex.actors.get(&phrase)
                && (code.len() == 3 || code.starts_with("IGO"))
                && has_country(code)
            {
                return Some(parse_code(&international(code)));
            }
        }
        let _ = w;
    }
    None
}

impl EntityActors {
    /// The code of an entity, from its country, its name and descriptions.
    pub fn code_entity(entity: &dossier_model::Entity) -> Option<ActorCode> {
        let name = entity.name.to_lowercase().replace("'s ", " ").replace("\u{2019}s ", " ");
        let name_words: Vec<&str> = name.split_whitespace().collect();
        // "a Houthi-run port", "Taliban-held districts": what a named side
        // runs or holds is that side's
        let held = || {
            let (owner, how) = name.rsplit_once('-')?;
            matches!(how, "run" | "held" | "controlled" | "occupied" | "operated" | "owned" | "flagged")
                .then(|| lexicon_code(owner))
                .flatten()
        };
        // the name as written ("Tigray People's Liberation Front"), then
        // without its possessive; either without the article the recogniser
        // took with it ("The New People's Army")
        let raw = entity.name.to_lowercase().replace('\u{2019}', "'");
        let known = |n: &str| lexicon_code(n).or_else(|| n.strip_prefix("the ").and_then(lexicon_code));
        let mut code = known(&raw).or_else(|| known(&name)).or_else(held);
        // "a French-Iranian academic", "a dual U.S.-Russian citizen": one
        // of two nationalities is told of by the first, the one that sets
        // the person apart from the state that holds or tries them
        if !matches!(entity.ty, EntityType::Gpe | EntityType::Loc)
            && let Some(first) = dual_nationality(&name)
        {
            code = Some(first);
        }
        // a national body whose name is also an international one's
        // ("Russia's Security Council"): the entity stage read its country
        // off the text, which outranks the dictionary's international code
        // (a non-governmental body keeps its code: the Norwegian Refugee
        // Council is an NGO wherever it is based)
        if code.as_ref().is_some_and(|c| c.role.is_none() && is_international(&c.code) && !c.code.starts_with("NGO"))
            && let Some(c) = &entity.country
            && !is_international(c)
        {
            code = None;
        }
        // a place the dictionary lists under another state than the one the
        // entity stage read off the text ("Bara" is a Nepali district in the
        // dictionary, a Sudanese town "in North Kordofan")
        if matches!(entity.ty, EntityType::Gpe | EntityType::Loc)
            && let Some(c) = &entity.country
            && code.as_ref().is_some_and(|k| {
                k.role.is_none() && k.code.len() == 3 && k.country.as_deref().is_some_and(|kc| kc != c)
            })
        {
            code = None;
        }
        // a body whose name every state uses ("Senate", "Joint Chiefs of
        // Staff", "National Security Council") is listed in the dictionary
        // under one state; where the entity stage read another state off
        // the text ("Brazil's Senate"), that state holds it, in the role
        // the common name gives
        if matches!(entity.ty, EntityType::Org)
            && let Some(c) = entity.country.as_deref().filter(|c| !is_international(c))
            && code.as_ref().is_some_and(|k| k.role.is_some() && k.country.as_deref().is_some_and(|kc| kc != c))
            && let Some(role) = shared_body_role(&raw)
        {
            code = Some(actor_code(c, Some(&role)));
        }
        if code.is_none()
            && let Some(c) = &entity.country
        {
            code = Some(actor_code(c, None));
        }
        if code.is_none()
            && matches!(entity.ty, EntityType::Org | EntityType::Person | EntityType::Norp | EntityType::Misc)
        {
            code = country_in(&name_words);
        }
        let descriptions: Vec<String> = entity.descriptions.iter().map(|d| d.to_lowercase()).collect();
        if code.is_none() {
            for d in &descriptions {
                let w: Vec<&str> = d.split_whitespace().collect();
                if let Some(c) = country_in(&w) {
                    code = Some(c);
                    break;
                }
            }
        }
        let code = code?;
        if code.role.is_some() || code.code.len() > 3 {
            return Some(code);
        }
        // a role from the name ("Russian foreign ministry") or a description
        let mut role = None;
        if matches!(entity.ty, EntityType::Org | EntityType::Person | EntityType::Misc) {
            role = agent_in(&name_words, &default_agent, &default_agent_len).map(|(_, _, r)| r);
        }
        if role.is_none() {
            for d in &descriptions {
                let w: Vec<&str> = d.split_whitespace().collect();
                if let Some((_, _, r)) = agent_in(&w, &default_agent, &default_agent_len) {
                    role = Some(r);
                    break;
                }
            }
        }
        Some(with_role(code, role.as_deref()))
    }
}

/// The first country of a name joining two nationalities ("french-iranian",
/// "u.s.-russian"): two halves the actor dictionary gives different states,
/// the second an adjective of nationality, the first one too or an
/// abbreviation ("u.s."), so that two countries' names ("iran-iraq",
/// "pakistan-afghan") are no person's.
fn dual_nationality(name: &str) -> Option<ActorCode> {
    let (a, b) = name.split_once('-')?;
    let demonym = |w: &str| {
        w.len() > 3
            && w.bytes().all(|c| c.is_ascii_lowercase())
            && !w.ends_with("stan")
            && ["ian", "an", "ish", "ese", "i", "ch"].iter().any(|x| w.ends_with(x))
    };
    if !demonym(b) || !(demonym(a) || (a.contains('.') && a.len() <= 5)) {
        return None;
    }
    let x = lexicon_code(a)?;
    let y = lexicon_code(b)?;
    let bare = |c: &ActorCode| c.role.is_none() && c.code.len() == 3 && c.country.is_some();
    (bare(&x) && bare(&y) && x.country != y.country).then_some(x)
}

/// [`EntityActors`] for one document: each entity's code computed once, the
/// usable mentions sorted by position.
pub struct PreparedEntities {
    /// (mention span, entity index), by start
    mentions: Vec<(Span, usize)>,
    codes: Vec<Option<ActorCode>>,
    /// spans of natural features' names
    features: Vec<Span>,
    /// the country where the latest sentence that set a scene set it, and
    /// where that sentence ends (sentences are visited in order)
    scene: std::sync::Mutex<Option<(usize, String)>>,
    /// the country of the latest sentence's subject (its first coded
    /// actor), and where that sentence ends
    subject: std::sync::Mutex<Option<(usize, String)>>,
    /// the armed group or gang named last (its code), and where the
    /// sentence that named it ends
    armed: std::sync::Mutex<Option<(usize, ActorCode)>>,
}

impl PreparedEntities {
    pub fn new(doc: &Document) -> PreparedEntities {
        let mut mentions = Vec::new();
        let mut codes = Vec::with_capacity(doc.entities.len());
        let mut features = Vec::new();
        for (ei, e) in doc.entities.iter().enumerate() {
            let code = EntityActors::code_entity(e);
            if matches!(e.ty, EntityType::Loc | EntityType::Fac) {
                features.extend(e.mentions.iter().map(|m| m.span));
            }
            // unnamed sources ("two EU diplomats", MISC) count when coded; a
            // natural feature typed as an organisation ("Sea of Japan") never
            let named = matches!(e.ty, EntityType::Gpe | EntityType::Org | EntityType::Person | EntityType::Norp);
            let coded_misc = e.ty == EntityType::Misc && code.is_some();
            let lower = e.name.to_lowercase();
            let unarticled = lower.strip_prefix("the ");
            let feature = FEATURES.iter().any(|f| lower.starts_with(f) || unarticled.is_some_and(|r| r.starts_with(f)));
            if feature {
                features.extend(e.mentions.iter().map(|m| m.span));
            }
            if (named || coded_misc) && !feature {
                for m in &e.mentions {
                    if !matches!(m.kind, MentionKind::Nominal) {
                        mentions.push((m.span, ei));
                    }
                }
            }
            codes.push(code);
        }
        // a body with a common name that the dictionary gives a state the
        // text never names ("the Joint Chiefs of Staff" in a report from
        // Seoul) is not that state's: it is the state of a place right
        // after it ("… in Seoul"), else of the one state the text names as
        // a place, else of none
        let state_of_place = |ei: usize| {
            let e = &doc.entities[ei];
            (e.ty == EntityType::Gpe)
                .then_some(codes[ei].as_ref()?.country.as_deref()?)
                .filter(|c| !is_international(c))
        };
        let mut named_states: Vec<&str> = (0..codes.len()).filter_map(state_of_place).collect();
        named_states.sort_unstable();
        named_states.dedup();
        let placed = |e: &dossier_model::Entity| {
            e.mentions.iter().find_map(|m| {
                let start = m.span.end + " in ".len();
                doc.text.get(m.span.end..start).filter(|gap| *gap == " in ")?;
                (0..codes.len()).find_map(|j| {
                    doc.entities[j].mentions.iter().any(|n| n.span.start == start).then(|| state_of_place(j)).flatten()
                })
            })
        };
        let mut moved: Vec<(usize, Option<ActorCode>)> = Vec::new();
        for (ei, e) in doc.entities.iter().enumerate() {
            let foreign = codes[ei].as_ref().and_then(|c| c.role.as_ref().and(c.country.as_deref()));
            if e.ty == EntityType::Org
                && e.country.is_none()
                && let Some(kc) = foreign
                && !is_international(kc)
                && SHARED_BODY_NAMES.contains(&e.name.to_lowercase().trim_start_matches("the "))
                && !codes
                    .iter()
                    .enumerate()
                    .any(|(j, c)| j != ei && c.as_ref().is_some_and(|c| c.country.as_deref() == Some(kc)))
            {
                let role = codes[ei].as_ref().and_then(|c| c.role.clone());
                let home = placed(e).or((named_states.len() == 1).then(|| named_states[0]));
                moved.push((ei, home.map(|c| actor_code(c, role.as_deref()))));
            }
        }
        for (ei, code) in moved {
            codes[ei] = code;
        }
        mentions.sort_by_key(|(sp, _)| sp.start);
        features.sort_by_key(|sp| sp.start);
        PreparedEntities {
            mentions,
            codes,
            features,
            scene: Default::default(),
            subject: Default::default(),
            armed: Default::default(),
        }
    }
}

impl ActorFinder for EntityActors {
    fn actors(&self, view: &SentenceView<'_>) -> Vec<Actor> {
        PreparedEntities::new(view.doc).actors(view)
    }
    fn prepare<'a>(&'a self, doc: &'a Document) -> Option<Box<dyn ActorFinder + 'a>> {
        Some(Box::new(PreparedEntities::new(doc)))
    }
}

impl ActorFinder for PreparedEntities {
    fn actors(&self, view: &SentenceView<'_>) -> Vec<Actor> {
        let doc = view.doc;
        let (lo, hi) = (view.first, view.end());
        if lo >= hi {
            return Vec::new();
        }
        let span = Span::new(doc.tokens[lo].span.start, doc.tokens[hi - 1].span.end);
        // mentions inside the sentence, longest first at each position
        let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (start tok, end tok, entity idx)
        let first = self.mentions.partition_point(|(sp, _)| sp.start < span.start);
        for &(m, ei) in self.mentions[first..].iter().take_while(|(sp, _)| sp.start < span.end) {
            if !span.contains(m) {
                continue;
            }
            let s = lo + doc.tokens[lo..hi].partition_point(|t| t.span.end <= m.start);
            let t = lo + doc.tokens[lo..hi].partition_point(|t| t.span.start < m.end);
            if s < t {
                found.push((s, t, ei));
            }
        }
        // a country named inside a feature's name ("the Sea of Japan") is
        // not an actor
        let f0 = self.features.partition_point(|sp| sp.end <= span.start);
        let features: Vec<Span> = self.features[f0..]
            .iter()
            .take_while(|sp| sp.start < span.end)
            .copied()
            .filter(|m| span.contains(*m))
            .collect();
        found.retain(|f| {
            let fs = Span::new(doc.tokens[f.0].span.start, doc.tokens[f.1 - 1].span.end);
            !features.iter().any(|m| m.contains(fs) && *m != fs)
        });
        // a capitalised country name or adjective the recogniser missed
        // ("Indian and Pakistani troops"), from the actor lexicon; it has
        // no entity
        let lex = lexicon();
        let nent = doc.entities.len();
        let mut extra: Vec<ActorCode> = Vec::new();
        // two names side by side that the actor lexicon knows as one
        // ("Pakistani" + "Taliban"): one actor with the lexicon's code (the
        // mentions are in text order, so the second follows the first)
        let mut k = 0;
        while k < found.len() {
            let a = found[k];
            if let Some(j) = found[k + 1..].iter().position(|b| b.0 == a.1).map(|j| k + 1 + j) {
                let joined = (a.0..found[j].1).map(|t| view.word(t)).collect::<Vec<_>>().join(" ");
                if let Some((code, _)) = lex.actors.get(&joined).filter(|(c, _)| has_country(c)) {
                    found[k] = (a.0, found[j].1, nent + extra.len());
                    found.remove(j);
                    extra.push(parse_code(&international(code)));
                }
            }
            k += 1;
        }
        for i in lo..hi {
            let ts = doc.tokens[i].span;
            let surface = ts.slice(&doc.text);
            // ("from al-Shabaab", "al-Qaeda's affiliate": an Arabic article
            // before the capital)
            if surface.len() < 3 || !name_like(surface) {
                continue;
            }
            if found.iter().any(|f| i >= f.0 && i < f.1) || features.iter().any(|m| m.contains(ts)) {
                continue;
            }
            let w = view.word(i);
            // a country, or a named armed group ("M23 rebels", "Houthis")
            let exact = lex.actors.get(w).filter(|(c, _)| {
                has_country(c)
                    && (c.len() == 3 && surface.len() >= 4 || c.get(3..).is_some_and(|r| r.starts_with("REB")))
            });
            // entries without a trailing "_" are stems ("pakistan" → "Pakistani")
            let stem = || {
                (4..w.len()).rev().filter(|&k| w.is_char_boundary(k)).find_map(|k| {
                    lex.actors.get(&w[..k]).filter(|(c, prefix)| *prefix && c.len() == 3 && has_country(c))
                })
            };
            if let Some((code, _)) = exact.or_else(stem) {
                found.push((i, i + 1, nent + extra.len()));
                extra.push(parse_code(code));
            }
        }
        // a body of dossier's own actor list, with its role, that the
        // recogniser missed or cut short ("Mossad", "Quai d'Orsay", "Islamic
        // State Khorasan Province"): the longest such phrase opening with a
        // capitalised word, over tokens that no coded mention or feature
        // holds; mentions inside it that could not be coded give way to it
        let coded = |f: &(usize, usize, usize), extra: &[ActorCode]| {
            if f.2 < nent { self.codes[f.2].is_some() } else { extra.get(f.2 - nent).is_some() }
        };
        let mut i = lo;
        while i < hi {
            let surface = doc.tokens[i].span.slice(&doc.text);
            let most = lex.own_actor_first.get(view.word(i)).copied().unwrap_or(0).min(hi - i);
            let mut hit = None;
            if name_like(surface) {
                for n in (1..=most).rev() {
                    let phrase = (i..i + n).map(|t| view.word(t)).collect::<Vec<_>>().join(" ");
                    let Some((code, _)) = lex
                        .actors
                        .get(&phrase)
                        .filter(|(c, _)| lex.own_actors.contains(&phrase) && c.len() > 3 && has_country(c))
                    else {
                        continue;
                    };
                    let (a, b) = (doc.tokens[i].span.start, doc.tokens[i + n - 1].span.end);
                    let clash =
                        found.iter().any(|f| f.0 < i + n && i < f.1 && (f.0 < i || f.1 > i + n || coded(f, &extra)))
                            || features.iter().any(|m| m.start < b && a < m.end);
                    if !clash {
                        hit = Some((n, code.clone()));
                    }
                    break;
                }
            }
            match hit {
                Some((n, code)) => {
                    found.retain(|f| !(f.0 >= i && f.1 <= i + n));
                    found.push((i, i + n, nent + extra.len()));
                    extra.push(parse_code(&international(&code)));
                    i += n;
                }
                None => i += 1,
            }
        }
        // an unnamed group ("protesters", "riot police", "rebels") is of the
        // country where the sentence sets the scene: the dateline place, or
        // the first place introduced by "in"
        let place = |f: &(usize, usize, usize), at: &dyn Fn(&(usize, usize, usize)) -> bool| {
            let e = doc.entities.get(f.2)?;
            (matches!(e.ty, EntityType::Gpe) && at(f)).then(|| self.codes[f.2].clone()).flatten()
        };
        let scene = found
            .iter()
            .find_map(|f| place(f, &|f| f.0 > lo && view.word(f.0 - 1) == "in"))
            .or_else(|| {
                found.iter().find_map(|f| place(f, &|f| f.0 == lo && matches!(view.word(f.1), "—" | "–" | "-")))
            })
            .and_then(|c| c.country);
        // else the one country of every state actor the sentence names
        // ("Myanmar's military … after resistance fighters overran"), else
        // the scene a sentence shortly before set ("Thousands rallied in
        // Tbilisi. Police detained 37 protesters.")
        let countries: Vec<String> = self.countries(&found, &extra).into_iter().map(str::to_string).collect();
        let sole = (countries.len() == 1).then(|| countries[0].to_string());
        let several = countries.len() > 1;
        // armed groups, soldiers and victims take the scene's country only
        // when no other country takes part in the sentence ("accusing Kabul
        // of failing to act against militants", said at talks in Istanbul)
        let one_country = |scene: &str| !several && sole.as_deref().is_none_or(|c| c == scene);
        // "The foreign ministry summoned the Russian ambassador": a ministry
        // opening a sentence whose one state is named only after it, the
        // side it acts on, is of the state the sentence before was about
        let first_named = found.iter().map(|f| f.0).min().unwrap_or(hi);
        let subject_before = (scene.is_none() && sole.is_some())
            .then(|| recent(&self.subject, span.start))
            .flatten()
            .filter(|c| Some(c) != sole.as_ref());
        let own_scene = scene.or_else(|| sole.clone());
        if let Some(country) = &own_scene
            && let Ok(mut last) = self.scene.lock()
        {
            *last = Some((span.end, country.clone()));
        }
        let scene = own_scene.or_else(|| recent(&self.scene, span.start));
        // "Estonia ordered a Russian diplomat to leave …, the foreign ministry
        // said": with no scene, a ministry is the first state named
        let ministry_only = scene.is_none();
        // "Cuba released 53 political prisoners": prisoners of conscience are
        // held by their own state, so with no scene they are of the state
        // named last before them (the one jailing or freeing them)
        if scene.is_none() {
            for i in lo + 1..hi {
                if !(view.word(i) == "political" && matches!(view.word(i + 1), "prisoners" | "detainees")) {
                    continue;
                }
                let state = found
                    .iter()
                    .filter(|f| f.1 <= i)
                    .filter_map(|f| self.code_of(&extra, f.2))
                    .filter_map(state_of)
                    .last();
                if let Some(state) = state
                    && !found.iter().any(|f| i + 2 > f.0 && i < f.1)
                {
                    found.push((i, i + 2, nent + extra.len()));
                    extra.push(actor_code(&state, Some("OPP")));
                }
            }
        }
        // "fighting between the army and the rebels": an army set against
        // rebels with "between" is the army of the one country whose
        // rebels the sentence names, however many other states take part
        let mut rebel_states: Vec<String> = found
            .iter()
            .filter_map(|f| self.code_of(&extra, f.2))
            .filter(|c| c.role.as_deref() == Some("REB"))
            .filter_map(state_of)
            .collect();
        rebel_states.sort();
        rebel_states.dedup();
        let rebel_home = (rebel_states.len() == 1).then(|| rebel_states[0].clone());
        let rebel_at = |k: usize| {
            k < hi
                && (REBEL_WORDS.contains(&view.word(k))
                    || found.iter().any(|f| {
                        f.0 <= k
                            && k < f.1
                            && self.code_of(&extra, f.2).is_some_and(|c| c.role.as_deref() == Some("REB"))
                    }))
        };
        let army_between = |i: usize| {
            if !(matches!(view.word(i), "army" | "military") && i >= lo + 3 && view.word(i - 1) == "the") {
                return false;
            }
            // "between the army and (the) rebels"
            let left = view.word(i - 2) == "between"
                && view.word(i + 1) == "and"
                && (rebel_at(i + 2) || (view.word(i + 2) == "the" && rebel_at(i + 3)));
            // "between (the) M23 rebels and the army"
            let right = view.word(i - 2) == "and"
                && rebel_at(i - 3)
                && (i.saturating_sub(8).max(lo)..i - 3)
                    .rev()
                    .take_while(|&k| !matches!(view.word(k), "," | ";" | "and"))
                    .any(|k| view.word(k) == "between");
            left || right
        };
        let armies_between: Vec<usize> = (lo..hi).filter(|&i| army_between(i)).collect();
        if let Some(country) = scene.clone().or_else(|| countries.first().map(|c| c.to_string())) {
            for i in lo..hi {
                let Some((role, n)) = group_role(view, i) else { continue };
                let mut home_army =
                    rebel_home.clone().filter(|_| role == "MIL" && n == 1 && armies_between.contains(&i));
                // "talks between Sudan's army and the RSF in Jeddah broke
                // down when the army delegation walked out": "the army"
                // after one state's army named earlier in the sentence is
                // that army
                if home_army.is_none() && role == "MIL" && n == 1 && i > lo && view.word(i - 1) == "the" {
                    let mut armies: Vec<String> = found
                        .iter()
                        .filter(|f| f.1 <= i)
                        .filter_map(|f| self.code_of(&extra, f.2))
                        .filter(|c| c.role.as_deref() == Some("MIL"))
                        .filter_map(state_of)
                        .collect();
                    armies.dedup();
                    if armies.len() == 1 {
                        home_army = armies.pop();
                    }
                }
                let home_army = home_army.as_deref();
                // "the foreign ministry" of a story is its scene's, whoever
                // else takes part
                // ("a court in Minsk sentenced …": a court is of where it sits)
                // ("authorities in Minsk detained …", "a revolutionary court
                // in Tehran": any body seated in a named place is of it)
                let seated = view.word(i + n) == "in" && found.iter().any(|f| f.0 == i + n + 1);
                let ministry = (n == 2 && matches!(view.word(i + 1), "ministry" | "minister"))
                    || (view.word(i) == "court" && view.word(i + 1) == "in")
                    || seated;
                if ministry_only && !ministry && role != "NGO" && home_army.is_none() {
                    continue;
                }
                if !matches!(role, "OPP" | "COP" | "NGO") && !ministry && !one_country(&country) && home_army.is_none()
                {
                    continue;
                }
                // ("Ethiopian federal troops" is one actor, extended below)
                let taken = found.iter().any(|f| {
                    i + n > f.0 && (i <= f.1 || (i == f.1 + 1 && MIDDLE_ADJECTIVES.contains(&view.word(f.1))))
                });
                // "the foreign ministry in Madrid said": the capital named
                // after it says whose ministry it is
                let seat = (ministry && view.word(i + n) == "in")
                    .then(|| found.iter().find(|f| f.0 == i + n + 1))
                    .flatten()
                    .and_then(|f| self.code_of(&extra, f.2))
                    .and_then(state_of);
                if !taken {
                    found.push((i, i + n, nent + extra.len()));
                    extra.push(if role == "NGO" {
                        parse_code("NGO")
                    } else {
                        let before = subject_before.as_deref().filter(|_| n == 2 && ministry && i < first_named);
                        actor_code(home_army.or(seat.as_deref()).or(before).unwrap_or(&country), Some(role))
                    });
                }
            }
        }
        // "police fired tear gas to disperse them": "them" is the plural
        // group named before the clause whose object it is, not that
        // clause's own subject
        for i in lo + 1..hi {
            if view.word(i) != "them" || found.iter().any(|f| i >= f.0 && i < f.1) {
                continue;
            }
            let clause = (lo..i).rev().find(|&t| matches!(view.word(t), "," | ";" | "and" | "but")).unwrap_or(lo);
            let group = found
                .iter()
                .filter(|f| f.1 <= clause)
                .filter(|f| {
                    let code = self.code_of(&extra, f.2);
                    // ("opposition supporters": the plural noun the actor's
                    // word qualifies)
                    let next = view.word(f.1);
                    let plural = view.word(f.1 - 1).ends_with('s')
                        || view.word(f.1 - 1) == "police"
                        || (f.1 < clause
                            && next.len() > 3
                            && next.ends_with('s')
                            && next.chars().all(|c| c.is_ascii_lowercase()));
                    plural && code.and_then(|c| c.role.as_deref()).is_some_and(|r| !r.is_empty())
                })
                // ("police fired tear gas at opposition supporters …, and
                // arrested 30 of them": the sentence's subject does the
                // arresting, so "them" is another group when one is named)
                .max_by_key(|f| (f.0 > lo, f.1))
                .copied();
            if let Some(g) = group {
                found.push((i, i + 1, g.2));
            }
        }
        // "the group", "the paramilitary group": the armed group named last
        for i in lo + 1..hi {
            if !matches!(view.word(i), "group" | "militia" | "movement") {
                continue;
            }
            let det = if view.word(i - 1) == "the" {
                i - 1
            } else if i >= lo + 2 && view.word(i - 2) == "the" {
                i - 2
            } else {
                continue;
            };
            if found.iter().any(|f| f.0 < i + 1 && det < f.1) {
                continue;
            }
            let at = doc.tokens[det].span.start;
            let named =
                self.mentions.iter().rev().filter(|(sp, _)| sp.end <= at && at - sp.end < 600).find(|(_, ei)| {
                    self.codes[*ei].as_ref().and_then(|c| c.role.as_deref()).is_some_and(|r| r.starts_with("REB"))
                });
            if let Some(&(_, ei)) = named {
                found.push((det, i + 1, ei));
            }
        }
        // "fired water cannon at a Philippine supply boat … Beijing accused
        // the boat of intruding": "the boat" is the craft named shortly
        // before with the same noun, and of the side that named it
        for i in lo + 1..hi {
            let w = view.word(i);
            if !CRAFT_NOUNS.contains(&w) || view.word(i - 1) != "the" {
                continue;
            }
            let det = i - 1;
            // (a craft that opens a clause is the doer of what is said of
            // it, "said the boat had intruded", which is the speaker's
            // charge, not the craft's own deed: only a craft acted on)
            if det == lo
                || matches!(view.word(det - 1), "said" | "says" | "that" | "claimed" | "alleged" | "," | "and")
                || found.iter().any(|f| f.0 <= i && det < f.1)
            {
                continue;
            }
            let at = doc.tokens[det].span.start;
            let before = &self.mentions[..self.mentions.partition_point(|(sp, _)| sp.start < at)];
            // the latest mention right before the same noun ("a Philippine
            // supply boat", "a Chinese coast guard vessel")
            let named = before.iter().rev().filter(|(sp, _)| sp.end <= at && at - sp.end < 600).find(|(sp, ei)| {
                let state = self.codes[*ei].as_ref().and_then(state_of).is_some();
                let after: Vec<&str> = doc.text[sp.end..at].split_whitespace().take(3).collect();
                let k = after.iter().position(|x| *x == w);
                state
                    && k.is_some_and(|k| {
                        after[..k].iter().all(|x| x.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                    })
            });
            // (only when no other craft of that noun was named in between)
            if let Some(&(sp, ei)) = named {
                let between = doc.text[sp.end..at].to_lowercase();
                if between.matches(w).count() == 1 {
                    found.push((det, i + 1, ei));
                }
            }
        }
        // "accusing the agency of …", "urged the Council to …", "the
        // regional bloc": a body named shortly before, when the latest
        // organisation named is an international one (a generic word such
        // as "agency" or "bloc"), or the latest international body whose
        // name holds the word ("the Council" after "the U.N. Security
        // Council"); an uncoded mention of the bare word gives way to it
        for i in lo + 1..hi {
            let w = view.word(i);
            let generic = BODY_WORDS.contains(&w);
            if !generic && !NAMED_BODY_WORDS.contains(&w) {
                continue;
            }
            let det = if view.word(i - 1) == "the" {
                i - 1
            } else if i >= lo + 2
                && view.word(i - 2) == "the"
                && view.word(i - 1).chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                i - 2
            } else {
                continue;
            };
            if found.iter().any(|f| f.0 <= i && det < f.1 && coded(f, &extra)) {
                continue;
            }
            let at = doc.tokens[det].span.start;
            let org = |ei: usize| doc.entities.get(ei).is_some_and(|e| e.ty == EntityType::Org);
            let international =
                |ei: usize| self.codes[ei].as_ref().and_then(|c| c.country.as_deref()).is_some_and(is_international);
            let before = &self.mentions[..self.mentions.partition_point(|(sp, _)| sp.start < at)];
            let earlier = || before.iter().rev().filter(|(sp, _)| sp.end <= at && at - sp.end < 600);
            let named = if generic {
                earlier().find(|(_, ei)| org(*ei) && self.codes[*ei].is_some()).filter(|(_, ei)| international(*ei))
            } else {
                earlier().find(|(sp, ei)| {
                    international(*ei) && sp.slice(&doc.text).split_whitespace().any(|x| x.eq_ignore_ascii_case(w))
                })
            };
            if let Some(&(_, ei)) = named {
                found.retain(|f| !(f.0 <= i && det < f.1));
                found.push((det, i + 1, ei));
            }
        }
        // "two days after his government accused …", "Its foreign minister
        // said …": a possessive pronoun opening a clause, before agent
        // words, is of the country of the sentence's subject (its first
        // coded actor), else of the subject of a sentence shortly before
        let subject = |found: &[(usize, usize, usize)], extra: &[ActorCode], before: usize| {
            found
                .iter()
                .filter(|f| f.1 <= before)
                .min_by_key(|f| f.0)
                .and_then(|f| self.code_of(extra, f.2))
                .and_then(state_of)
        };
        for i in lo..hi {
            // "Norway said on Monday its coast guard had …": a day named
            // between the verb of saying and the possessive does not stop
            // it from opening the report
            let said_at = reporting_before_day(view, lo, i);
            if !matches!(view.word(i), "his" | "her" | "its" | "their")
                || !(i == lo
                    || CLAUSE_OPENERS.contains(&view.word(i - 1))
                    || said_at.is_some()
                    || (view.word(i - 1) == "and" && i >= lo + 2 && view.word(i - 2) == ","))
                || found.iter().any(|f| i + 1 >= f.0 && i < f.1)
            {
                continue;
            }
            let most = default_agent_len(view.word(i + 1)).min(hi - i - 1);
            let Some((n, role)) = (1..=most).rev().find_map(|n| {
                let phrase = (i + 1..i + 1 + n).map(|t| view.word(t)).collect::<Vec<_>>().join(" ");
                default_agent(&phrase).map(|r| (n, r))
            }) else {
                continue;
            };
            // ("his counterpart" is the other side)
            if view.word(i + 1).starts_with("counterpart") || role == "NGO" {
                continue;
            }
            // ("the paramilitary group said its fighters had …": in what
            // someone says, the speaker's; an armed group's fighters are
            // the group itself)
            let opener = said_at.unwrap_or(i.saturating_sub(1));
            let speaker_code = (i > lo && matches!(view.word(opener), "said" | "says" | "that")).then(|| {
                found
                    .iter()
                    .filter(|f| f.1 <= opener)
                    .max_by_key(|f| f.1)
                    .and_then(|f| self.code_of(&extra, f.2))
                    .cloned()
            });
            if let Some(Some(code)) = &speaker_code
                && code.role.as_deref().is_some_and(|r| matches!(r.get(..3), Some("REB" | "UAF" | "INS")))
            {
                found.push((i, i + 1 + n, nent + extra.len()));
                extra.push(code.clone());
                continue;
            }
            let country = match &speaker_code {
                Some(code) => code.as_ref().and_then(state_of),
                None => subject(&found, &extra, i),
            };
            let country = country.or_else(|| recent(&self.subject, span.start));
            if let Some(country) = country {
                found.push((i, i + 1 + n, nent + extra.len()));
                extra.push(actor_code(&country, Some(&role)));
            }
        }
        if let Some(country) = subject(&found, &extra, hi)
            && let Ok(mut last) = self.subject.lock()
        {
            *last = Some((span.end, country));
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for f in found {
            if kept.last().is_none_or(|k| f.0 >= k.1) {
                kept.push(f);
            }
        }
        let mut out: Vec<Actor> = Vec::new();
        let bounds: Vec<(usize, usize)> = kept.iter().map(|k| (k.0, k.1)).collect();
        for (s, t, ei) in kept {
            let e = doc.entities.get(ei);
            let place = e.is_some_and(|e| matches!(e.ty, EntityType::Gpe));
            let mut code = match e {
                Some(_) => self.codes[ei].clone(),
                None => Some(extra[ei - nent].clone()),
            };
            let taken = |tok: usize| bounds.iter().any(|&(a, b)| tok >= a && tok < b && !(a == s && b == t));
            let (ns, nt, role) = extend_with_agent(view, s, t, &default_agent, &default_agent_len, &taken);
            // "ELN guerrillas", "Fano militiamen": a group the lexicons do not
            // know, named with an armed-group word, fights where the story is
            if code.is_none()
                && let Some(r) = role.as_deref().filter(|r| matches!(*r, "REB" | "UAF" | "INS"))
                && let Some(country) = &scene
            {
                code = Some(actor_code(country, Some(r)));
            }
            // "Masalit civilians in West Darfur", "the Government of National
            // Unity ordered an inquiry" (after a sentence set in Tripoli): any
            // other body or group the lexicons do not know, whose own words or
            // the words after it give a role, is of the scene when no other
            // country takes part
            if code.is_none()
                && let Some(e) = e.filter(|e| matches!(e.ty, EntityType::Org | EntityType::Norp | EntityType::Misc))
                && let Some(r) = role.clone().or_else(|| {
                    let name = e.name.to_lowercase();
                    let words: Vec<&str> = name.split_whitespace().collect();
                    agent_in(&words, &default_agent, &default_agent_len).map(|(_, _, r)| r)
                })
                && r != "NGO"
                && let Some(country) = scene.clone().filter(|c| one_country(c))
            {
                code = Some(actor_code(&country, Some(&r)));
            }
            if let Some(r) = role {
                code = code.map(|c| {
                    let country = c.country.clone().unwrap_or_default();
                    // "FARC dissidents", "a FARC dissident faction": those who
                    // break away from an armed group are rebels still, not
                    // the political opposition the word names elsewhere
                    let dissidents = r.starts_with("OPP") && c.role.as_deref().is_some_and(|x| x.starts_with("REB"));
                    // "Rapid Support Forces fighters", "Houthi gunmen": the
                    // fighting men of a known armed group are that group,
                    // not unidentified gunmen of its country
                    let fighters = matches!(r.get(..3), Some("UAF" | "REB" | "INS"))
                        && c.role.as_deref().is_some_and(|x| matches!(x.get(..3), Some("REB" | "INS")));
                    if dissidents || fighters {
                        c
                    } else if country.len() == 3 && c.code.len() <= 3 + c.role.as_deref().map_or(0, str::len) {
                        actor_code(&country, Some(&r))
                    } else {
                        c
                    }
                });
            }
            if out.last().is_some_and(|p: &Actor| ns < p.end) {
                continue;
            }
            // "Manila's National Maritime Council": a body the lexicons do
            // not know, owned by a coded place or state, is of its country
            let mut ns = ns;
            if code.is_none()
                && e.is_some_and(|e| matches!(e.ty, EntityType::Org))
                && ns > lo + 1
                && view.word(ns - 1) == "'s"
                && let Some(owner) = out.last().filter(|p| p.end == ns - 1)
                && let Some(country) = owner.code.as_ref().and_then(|c| c.country.clone())
            {
                code = Some(actor_code(&country, None));
                ns = owner.start;
                out.pop();
            }
            // "Bangladesh's main opposition party": an unnamed group owned by
            // a coded state is that state's, whatever the scene
            if e.is_none()
                && let Some(r) = code.as_ref().and_then(|c| c.role.clone())
                && r != "NGO"
                && let Some(own) = (ns.saturating_sub(3).max(lo + 1)..ns).rev().find(|&k| view.word(k) == "'s")
                && (own + 1..ns).all(|k| OWNED_GROUP_ADJECTIVES.contains(&view.word(k)))
                && let Some(owner) = out.last().filter(|p| p.end == own && p.code.is_some())
                && let Some(country) = owner.code.as_ref().and_then(|c| c.country.clone()).filter(|c| c.len() == 3)
            {
                code = Some(actor_code(&country, Some(&r)));
                ns = owner.start;
                out.pop();
            }
            let place = place && nt - ns == t - s;
            // "calls from Brussels", "Brussels warned": the city stands for
            // the European Union when it acts, as in wire copy
            if place
                && nt - ns == 1
                && view.word(ns) == "brussels"
                && !(ns > lo && LOCATION_PREPS.contains(&view.word(ns - 1)))
            {
                code = Some(parse_code("EUR"));
            }
            // "the Chinese and Japanese foreign ministers": the first of two
            // coordinated adjectives shares the agent words after the second
            // ("Russian and Chinese coast guard ships": the second may be
            // a body named by its demonym and kind)
            let demonym_at_start = || {
                let at = doc.tokens[ns].span.start;
                doc.entities.iter().any(|e| {
                    matches!(e.ty, EntityType::Norp | EntityType::Gpe) && e.mentions.iter().any(|m| m.span.start == at)
                })
            };
            if let Some(r) = code.as_ref().and_then(|c| c.role.clone())
                && ns >= lo + 2
                && view.word(ns - 1) == "and"
                && let Some(prev) = out.last_mut().filter(|p| p.end == ns - 1)
                && let Some(pc) = prev.code.as_ref().filter(|c| c.role.is_none() && c.code.len() == 3)
                && doc.entities.get(ei).is_some_and(|e| {
                    (nt > t && matches!(e.ty, EntityType::Norp | EntityType::Gpe))
                        || (e.ty == EntityType::Org && nt > ns + 1 && demonym_at_start())
                })
                && prev.entity.as_ref().and_then(|id| doc.entities.iter().find(|e| &e.id == id)).is_some_and(|e| {
                    e.mentions.iter().any(|m| {
                        let w = m.span.slice(&doc.text);
                        w.ends_with("ese")
                            || w.ends_with("an")
                            || w.ends_with("ian")
                            || w.ends_with("ish")
                            || w.ends_with("i")
                    })
                })
            {
                let country = pc.country.clone().unwrap_or_default();
                prev.code = Some(actor_code(&country, Some(&r)));
            }
            out.push(Actor { start: ns, end: nt, entity: e.map(|e| e.id.clone()), code, place });
        }
        loyal_forces(view, &mut out);
        based_firms(view, &mut out);
        self.named_perpetrators(view, span, &mut out);
        out
    }
}

/// Words for the doers of an attack or a kidnapping that, after "the",
/// point back to a group already named.
const PERPETRATOR_WORDS: [&str; 11] = [
    "attackers",
    "assailants",
    "gunmen",
    "kidnappers",
    "abductors",
    "perpetrators",
    "raiders",
    "militants",
    "insurgents",
    "rebels",
    "jihadists",
];

/// Whether a code is of an armed group, a gang or unidentified armed men.
fn armed_non_state(code: &ActorCode) -> bool {
    code.role.as_deref().is_some_and(|r| matches!(r.get(..3), Some("REB" | "UAF" | "INS" | "CRM")))
}

impl PreparedEntities {
    /// "Insurgents beheaded four villagers … Troops launched an operation to
    /// hunt down the attackers": a definite word for the doers ("the
    /// attackers", "the kidnappers", "the militants") names the armed group
    /// or gang named last, in this sentence or one shortly before, not an
    /// unnamed group of the sentence's scene. Each sentence's last armed
    /// group is remembered for the next.
    fn named_perpetrators(&self, view: &SentenceView<'_>, span: Span, out: &mut Vec<Actor>) {
        let before = self
            .armed
            .lock()
            .ok()
            .and_then(|m| m.clone())
            .filter(|(end, _)| span.start.saturating_sub(*end) < SCENE_CARRY)
            .map(|(_, c)| c);
        for i in view.first + 1..view.end() {
            if !PERPETRATOR_WORDS.contains(&view.word(i)) || view.word(i - 1) != "the" {
                continue;
            }
            // ("the attackers' vehicle" is still them; "the rebels of the
            // north" is a group of its own)
            if view.word(i + 1) == "of" {
                continue;
            }
            let earlier = out
                .iter()
                .filter(|a| a.end < i)
                .filter_map(|a| a.code.as_ref())
                .rfind(|c| armed_non_state(c))
                .cloned()
                .or_else(|| before.clone());
            let Some(code) = earlier else { continue };
            match out.iter_mut().find(|a| a.start <= i && i < a.end) {
                Some(a) if a.start + 1 >= i && a.end == i + 1 => a.code = Some(code),
                Some(_) => continue,
                None => {
                    let at = out.partition_point(|a| a.start < i);
                    out.insert(at, Actor { start: i, end: i + 1, entity: None, code: Some(code), place: false });
                }
            }
        }
        if let Some(code) = out.iter().filter_map(|a| a.code.as_ref()).rfind(|c| armed_non_state(c))
            && let Ok(mut last) = self.armed.lock()
        {
            *last = Some((span.end, code.clone()));
        }
    }
}

/// Nouns of firms that a "<place>-based" modifier may name.
const FIRM_NOUNS: [&str; 14] = [
    "company",
    "companies",
    "firm",
    "firms",
    "trader",
    "traders",
    "bank",
    "banks",
    "lender",
    "insurer",
    "contractor",
    "exporter",
    "importer",
    "operator",
];

/// "a Geneva-based commodities trader", "a Dubai-based shipping firm": an
/// unnamed firm based in a place is a business of that place's country
/// (the place alone had been the actor, a location no deed is aimed at).
fn based_firms(view: &SentenceView<'_>, out: &mut [Actor]) {
    for a in out.iter_mut() {
        if !a.place || a.end != a.start + 1 || !view.word(a.start).ends_with("-based") {
            continue;
        }
        let Some(country) = a.code.as_ref().and_then(|c| c.country.clone()).filter(|c| c.len() == 3) else {
            continue;
        };
        let Some(f) = (a.end..(a.end + 3).min(view.end())).find(|&k| FIRM_NOUNS.contains(&view.word(k))) else {
            continue;
        };
        if (a.end..f).any(|k| !view.word(k).chars().all(|c| c.is_ascii_lowercase() || c == '-')) {
            continue;
        }
        a.end = f + 1;
        a.place = false;
        a.code = Some(actor_code(&country, Some("BUS")));
    }
}

/// Nouns of a craft that "the" refers back to ("the boat", "the vessel").
const CRAFT_NOUNS: [&str; 5] = ["boat", "vessel", "ship", "tanker", "trawler"];

/// Plural nouns of an armed opposition ("the rebels", "the militants").
const REBEL_WORDS: [&str; 5] = ["rebels", "militants", "insurgents", "guerrillas", "militias"];

/// Nouns of armed men that "loyal to" ties to an owner.
const LOYAL_GROUPS: [&str; 8] =
    ["forces", "troops", "soldiers", "fighters", "units", "militias", "militiamen", "gunmen"];

/// "Forces loyal to the Government of National Unity clashed …",
/// "fighters loyal to the Houthis": armed men loyal to a coded side are
/// that side's armed force (its military, or the side's own role when it is
/// an armed group or an opposition), a new actor at the group noun; the
/// side named after "loyal to" stays an actor of its own.
fn loyal_forces(view: &SentenceView<'_>, out: &mut Vec<Actor>) {
    let mut add = Vec::new();
    for a in out.iter() {
        let Some(code) = a.code.as_ref() else { continue };
        let Some(country) = code.country.as_deref().filter(|c| c.len() == 3) else { continue };
        let mut k = a.start;
        if k > view.first && view.word(k - 1) == "the" {
            k -= 1;
        }
        if k < view.first + 3 || view.word(k - 1) != "to" || view.word(k - 2) != "loyal" {
            continue;
        }
        let g = k - 3;
        if !LOYAL_GROUPS.contains(&view.word(g)) || out.iter().any(|b| b.start <= g && b.end > g) {
            continue;
        }
        let role = code.role.as_deref().filter(|r| matches!(*r, "REB" | "OPP" | "INS" | "SEP")).unwrap_or("MIL");
        add.push(Actor {
            start: g,
            end: g + 1,
            entity: a.entity.clone(),
            code: Some(actor_code(country, Some(role))),
            place: false,
        });
    }
    for b in add {
        let at = out.partition_point(|a| a.start < b.start);
        out.insert(at, b);
    }
}

/// Words between an owner's "'s" and the unnamed group it owns ("Kenya's
/// main opposition").
const OWNED_GROUP_ADJECTIVES: [&str; 8] =
    ["main", "largest", "biggest", "leading", "chief", "national", "federal", "top"];

/// Words after which a possessive pronoun opens a clause of its own
/// ("said his forces had …", "after its army shelled …").
const CLAUSE_OPENERS: [&str; 11] =
    [",", "after", "before", "but", "that", "when", "while", "as", "said", "says", "since"];

/// Whether a word names a day of the week.
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// Where "said"/"says" stands when only a day lies between it and token
/// `i` ("said on Monday its …", "said Tuesday their …", "said late on
/// Friday its …"), or None.
fn reporting_before_day(view: &SentenceView<'_>, lo: usize, i: usize) -> Option<usize> {
    let day = |w: &str| is_weekday(w) || matches!(w, "yesterday" | "today" | "overnight");
    if i <= lo || !day(view.word(i - 1)) {
        return None;
    }
    let mut t = i - 1;
    while t > lo && matches!(view.word(t - 1), "on" | "late" | "early") {
        t -= 1;
    }
    (t > lo && matches!(view.word(t - 1), "said" | "says")).then(|| t - 1)
}

/// Generic words for an international body named before ("the agency",
/// "the bloc"), and words that stand for one only when its name holds them
/// ("the Council" after "the U.N. Security Council").
const BODY_WORDS: [&str; 7] = ["agency", "bloc", "alliance", "organisation", "organization", "body", "watchdog"];
const NAMED_BODY_WORDS: [&str; 6] = ["council", "commission", "mission", "union", "fund", "court"];

/// How far (in characters) the scene of one sentence carries to the next
/// sentences that set none.
const SCENE_CARRY: usize = 400;

/// The country a memo of an earlier sentence holds, if that sentence ended
/// less than [`SCENE_CARRY`] bytes before `start`.
fn recent(memo: &std::sync::Mutex<Option<(usize, String)>>, start: usize) -> Option<String> {
    memo.lock().ok()?.as_ref().filter(|(end, _)| start.saturating_sub(*end) < SCENE_CARRY).map(|(_, c)| c.clone())
}

/// A code's country when it names one state (not an international body).
fn state_of(code: &ActorCode) -> Option<String> {
    code.country.clone().filter(|c| c.len() == 3 && !is_international(c))
}

/// The role of an unnamed group that acts or suffers where the story
/// happens (protests and their policing, fighting inside one country, its
/// victims), and how many words name it. A group's country is that of the
/// scene, so a sentence that sets none gets no such actor: "accusing Kabul
/// of failing to act against militants" may be set anywhere.
fn group_role(view: &SentenceView<'_>, i: usize) -> Option<(&'static str, usize)> {
    let w = view.word(i);
    let next = view.word(i + 1);
    let prev = if i > view.first { view.word(i - 1) } else { "" };
    Some(match w {
        "protesters" | "protestors" | "demonstrators" | "activists" | "marchers" | "rioters" => ("OPP", 1),
        // "thousands rallied in the capital", "crowds marched on parliament"
        "thousands" | "hundreds" | "crowds" | "tens"
            if matches!(
                next,
                "rallied" | "marched" | "protested" | "demonstrated" | "gathered" | "massed" | "took" | "poured"
            ) =>
        {
            ("OPP", 1)
        }
        // "freed 14 political prisoners"
        "political" if matches!(next, "prisoners" | "detainees") => ("OPP", 2),
        "police" | "policemen" => ("COP", 1),
        "security" if next == "forces" => ("MIL", 2),
        "soldiers" | "troops" | "servicemen" if !matches!(prev, "of" | "its" | "their") => ("MIL", 1),
        // ("killing 20 children", "15 women and children": people counted
        // as a deed's victims, not "vaccinate children")
        "children" | "women" | "patients" | "shoppers" | "bystanders"
            if prev.chars().all(|c| c.is_ascii_digit() || c == ',')
                || matches!(prev, "of" | "and" | "including" | "many" | "several" | "dozens" | "hundreds") =>
        {
            ("CVL", 1)
        }
        "civilians" | "villagers" | "residents" | "worshippers" | "passengers" | "pilgrims" | "farmers" => {
            (if w == "farmers" { "AGR" } else { "CVL" }, 1)
        }
        // "killing 23 people", "thousands of people"
        "people" if prev.chars().all(|c| c.is_ascii_digit() || c == ',') || prev == "of" => ("CVL", 1),
        "students" | "pupils" | "schoolchildren" | "schoolgirls" | "schoolboys" => ("EDU", 1),
        // "gang members torched …", "armed gangs"
        "gang" if next == "members" => ("CRM", 2),
        "gangs" | "gangsters" => ("CRM", 1),
        // "the oil workers' union", "trade unions"
        "unions" => ("LAB", 1),
        "trade" if matches!(next, "union" | "unions") => ("LAB", 2),
        "gunmen" | "assailants" | "attackers" => ("UAF", 1),
        "militants" | "insurgents" | "guerrillas" | "militiamen" | "militias" | "jihadists" | "rebels" => ("REB", 1),
        // "clashed with a rival militia in Tripoli", "a local gang": one
        // unnamed group, told as new (not "the militia", which names the
        // group told before, nor "the Radaa militia")
        "militia" | "gang" if matches!(prev, "a" | "rival" | "local" | "clan" | "tribal" | "armed" | "ethnic") => {
            (if w == "gang" { "CRM" } else { "REB" }, 1)
        }
        "authorities" if prev != "local" => ("GOV", 1),
        "government" | "president" | "cabinet" if prev == "the" => ("GOV", 1),
        // "the interim government", "the military government"
        "government"
            if (matches!(prev, "interim" | "transitional" | "new" | "military" | "federal" | "central" | "national")
                // ("the army-backed government", "the Islamist-led
                // government")
                || prev.ends_with("-backed")
                || prev.ends_with("-aligned")
                || prev.ends_with("-allied")
                || prev.ends_with("-led"))
                && i >= view.first + 2
                && view.word(i - 2) == "the" =>
        {
            ("GOV", 1)
        }
        "prime" if next == "minister" && prev == "the" => ("GOV", 2),
        // "the foreign ministry summoned …", "the defence minister said"
        "foreign" | "interior" | "justice" if matches!(next, "ministry" | "minister") && prev == "the" => ("GOV", 2),
        "defence" | "defense" if matches!(next, "ministry" | "minister") && prev == "the" => ("MIL", 2),
        "army" | "military" | "junta" if prev == "the" => ("MIL", 1),
        "parliament" | "lawmakers" | "legislators" => ("LEG", 1),
        "opposition" if matches!(next, "party" | "parties" | "coalition" | "alliance" | "bloc") => ("OPP", 2),
        "opposition" => ("OPP", 1),
        // "stripped 135 opponents of their citizenship"
        "opponents" | "dissidents" if !matches!(prev, "its" | "their" | "his" | "her") => ("OPP", 1),
        "prosecutors" => ("JUD", 1),
        // ("Bosnia's state court", "the supreme court")
        "court"
            if prev == "the"
                || (prev == "a" && next == "in")
                || matches!(
                    prev,
                    "state"
                        | "supreme"
                        | "constitutional"
                        | "high"
                        | "military"
                        | "criminal"
                        | "appeals"
                        | "revolutionary"
                        | "regional"
                        | "district"
                        | "provincial"
                        | "federal"
                        | "city"
                        | "special"
                        | "islamic"
                ) =>
        {
            ("JUD", 1)
        }
        "journalists" | "reporters" => ("MED", 1),
        "traders" | "shopkeepers" | "businesses" => ("BUS", 1),
        // "bus drivers in Lima walked off the job", "garment workers
        // blocked a highway": working people who strike or block roads
        // (not aid, health, rescue or election workers)
        "workers" | "drivers" | "dockworkers" | "miners" | "truckers"
            if !matches!(
                prev,
                "aid"
                    | "humanitarian"
                    | "relief"
                    | "health"
                    | "medical"
                    | "rescue"
                    | "election"
                    | "polling"
                    | "un"
                    | "charity"
                    | "social"
                    | "sex"
            ) =>
        {
            ("LAB", 1)
        }
        // "resistance fighters overran …", "rebel fighters"
        "resistance" | "rebel" | "militia" | "islamist" | "jihadist"
            if matches!(next, "fighters" | "forces" | "groups") =>
        {
            ("REB", 2)
        }
        // "overran two army posts", "an army convoy"
        "army"
            if matches!(
                next,
                "posts"
                    | "post"
                    | "positions"
                    | "position"
                    | "base"
                    | "bases"
                    | "outpost"
                    | "outposts"
                    | "checkpoint"
                    | "checkpoints"
                    | "convoy"
                    | "camp"
                    | "patrol"
                    | "units"
            ) =>
        {
            ("MIL", 2)
        }
        // "rights groups said", "aid agencies blamed …": non-governmental
        // bodies of no country
        "rights" | "aid" | "humanitarian" | "freedom"
            if matches!(next, "groups" | "group" | "agencies" | "organisations" | "organizations" | "watchdogs") =>
        {
            ("NGO", 2)
        }
        _ => return None,
    })
}

impl PreparedEntities {
    /// The code of a found actor: an entity's (indices below the number
    /// of entities) or one of `extra`, the codes made for this sentence.
    fn code_of<'s>(&'s self, extra: &'s [ActorCode], idx: usize) -> Option<&'s ActorCode> {
        match idx.checked_sub(self.codes.len()) {
            None => self.codes[idx].as_ref(),
            Some(k) => extra.get(k),
        }
    }

    /// The distinct countries of the sentence's state actors (places,
    /// international bodies and unknowns aside), in order of appearance.
    fn countries<'c>(&'c self, found: &[(usize, usize, usize)], extra: &'c [ActorCode]) -> Vec<&'c str> {
        let mut out: Vec<&str> = Vec::new();
        for f in found {
            let code = self.code_of(extra, f.2);
            let Some(c) = code.and_then(|c| c.country.as_deref()) else { continue };
            if c.len() == 3 && !is_international(c) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// Actors from an actor dictionary and an agent dictionary in the PETRARCH
/// formats, matched on the tokens (the records' own dictionaries in
/// evaluation).
pub struct DictionaryActors {
    actors: HashMap<String, (String, bool)>,
    max_actor_words: usize,
    agents: HashMap<String, String>,
    max_agent_words: usize,
}

impl DictionaryActors {
    /// Reads a PETRARCH actor dictionary (`NAME [CODE]`, `+SYNONYM`, codes on
    /// indented lines) and agent dictionary (`PHRASE {PLURAL} [~ROLE]`).
    pub fn parse(actors_text: &str, agents_text: &str) -> DictionaryActors {
        let mut actors: HashMap<String, (String, bool)> = HashMap::new();
        let mut names: Vec<(String, bool)> = Vec::new();
        let mut code: Option<String> = None;
        let mut flush = |names: &mut Vec<(String, bool)>, code: &mut Option<String>| {
            if let Some(c) = code.take() {
                for (n, p) in names.drain(..) {
                    actors.entry(n).or_insert((c.clone(), p));
                }
            }
            names.clear();
        };
        for raw in actors_text.lines() {
            let line = raw.split('#').next().unwrap_or("");
            let s = line.trim();
            if s.is_empty() || s.starts_with('<') || s.starts_with('!') {
                continue;
            }
            let first_code = s.find('[').and_then(|i| s[i + 1..].find(']').map(|j| s[i + 1..i + 1 + j].to_string()));
            let name = s.split('[').next().unwrap_or("").trim();
            let indented = line.starts_with([' ', '\t']);
            if indented && name.is_empty() {
                if code.is_none() {
                    code = first_code.map(|c| c.split_whitespace().next().unwrap_or("").to_string());
                }
                continue;
            }
            if let Some(syn) = name.strip_prefix('+') {
                if !syn.is_empty() {
                    names.push((dictionary_words(syn), !syn.trim_end().ends_with('_')));
                }
                continue;
            }
            flush(&mut names, &mut code);
            if !name.is_empty() {
                names.push((dictionary_words(name), !name.trim_end().ends_with('_')));
            }
            code = first_code.map(|c| c.split_whitespace().next().unwrap_or("").to_string());
        }
        flush(&mut names, &mut code);
        actors.retain(|k, (c, _)| !k.is_empty() && !c.is_empty() && c != "---");
        let mut agents = HashMap::new();
        let mut subs: Vec<(String, Vec<String>)> = Vec::new();
        for raw in agents_text.lines() {
            let s = raw.split('#').next().unwrap_or("").trim();
            if s.is_empty() || s.starts_with('<') {
                continue;
            }
            if s.starts_with('!')
                && let Some((k, v)) = s.split_once('=')
            {
                subs.push((k.trim().to_string(), v.split(',').map(|w| w.trim().to_string()).collect()));
                continue;
            }
            let Some(open) = s.find('[') else { continue };
            let Some(close) = s[open..].find(']') else { continue };
            let role = s[open + 1..open + close].trim().replace('~', "");
            let head = &s[..open];
            let (name, plural) = match head.find('{') {
                Some(b) => (&head[..b], head[b + 1..].split('}').next().unwrap_or("")),
                None => (head, ""),
            };
            let mut forms: Vec<String> = vec![name.trim().to_string()];
            forms.extend(plural.split_whitespace().map(str::to_string));
            for f in forms {
                let mut expanded = vec![f];
                for (k, vals) in &subs {
                    if expanded.iter().any(|e| e.contains(k.as_str())) {
                        expanded =
                            expanded.iter().flat_map(|e| vals.iter().map(move |v| e.replace(k.as_str(), v))).collect();
                    }
                }
                for e in expanded {
                    let w = dictionary_words(&e);
                    if !w.is_empty() {
                        agents.entry(w).or_insert_with(|| role.clone());
                    }
                }
            }
        }
        let max_actor_words = actors.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
        let max_agent_words = agents.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
        DictionaryActors { actors, max_actor_words, agents, max_agent_words }
    }

    fn agent(&self, phrase: &str) -> Option<String> {
        if let Some(r) = self.agents.get(phrase) {
            return Some(r.clone());
        }
        phrase.strip_suffix('s').and_then(|s| self.agents.get(s)).cloned()
    }

    /// The longest actor phrase starting at `i`: (end token, code).
    fn actor_at(&self, view: &SentenceView<'_>, i: usize) -> Option<(usize, String)> {
        for n in (1..=self.max_actor_words.min(view.end() - i)).rev() {
            let words: Vec<&str> = (i..i + n).map(|t| view.word(t)).collect();
            let phrase = words.join(" ");
            if let Some((code, _)) = self.actors.get(&phrase) {
                return Some((i + n, code.clone()));
            }
            // stems: the entry's last word may be a prefix of the text's
            if n == 1 || words.len() == n {
                let last = words[n - 1];
                for cut in (3..last.len()).rev() {
                    if !last.is_char_boundary(cut) {
                        continue;
                    }
                    let mut p = words[..n - 1].join(" ");
                    if !p.is_empty() {
                        p.push(' ');
                    }
                    p.push_str(&last[..cut]);
                    if let Some((code, true)) = self.actors.get(&p) {
                        return Some((i + n, code.clone()));
                    }
                }
            }
        }
        None
    }
}

impl ActorFinder for DictionaryActors {
    fn actors(&self, view: &SentenceView<'_>) -> Vec<Actor> {
        let doc = view.doc;
        let mut raw: Vec<(usize, usize, String)> = Vec::new();
        let mut i = view.first;
        while i < view.end() {
            let w = view.word(i);
            let capital = doc.tokens[i].span.slice(&doc.text).chars().next().is_some_and(|c| c.is_uppercase());
            if w.len() > 1
                && (capital || w.len() > 3)
                && let Some((end, code)) = self.actor_at(view, i)
            {
                raw.push((i, end, code));
                i = end;
                continue;
            }
            i += 1;
        }
        let bounds: Vec<(usize, usize)> = raw.iter().map(|r| (r.0, r.1)).collect();
        let mut out: Vec<Actor> = Vec::new();
        for (s, t, code) in raw {
            let taken = |tok: usize| bounds.iter().any(|&(a, b)| tok >= a && tok < b && !(a == s && b == t));
            let agent = |p: &str| self.agent(p);
            let max = self.max_agent_words;
            let (ns, nt, role) = extend_with_agent(view, s, t, &agent, &|_| max, &taken);
            let mut c = parse_code(&code);
            if let Some(r) = role
                && c.code.len() == 3
            {
                c = actor_code(&c.code, Some(&r));
            }
            if out.last().is_some_and(|p| ns < p.end) {
                continue;
            }
            let entity = entity_at(doc, doc.tokens[ns].span.start, doc.tokens[nt - 1].span.end);
            out.push(Actor { start: ns, end: nt, entity, code: Some(c), place: false });
        }
        out
    }
}

/// The entity with a mention overlapping a byte range, if any.
fn entity_at(doc: &Document, start: usize, end: usize) -> Option<String> {
    let span = Span::new(start, end);
    doc.entities.iter().find(|e| e.mentions.iter().any(|m| m.span.overlaps(span))).map(|e| e.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_split_into_country_and_role() {
        let c = parse_code("RUSMIL");
        assert_eq!((c.country.as_deref(), c.role.as_deref()), (Some("RUS"), Some("MIL")));
        let c = parse_code("IGOWSTNAT");
        assert_eq!((c.code.as_str(), c.role.as_deref()), ("IGOWSTNAT", None));
        assert_eq!(actor_code("UKR", Some("GOV")).code, "UKRGOV");
    }

    #[test]
    fn entities_are_coded_from_country_name_and_descriptions() {
        let entity = |name: &str, ty, country: Option<&str>, desc: &[&str]| dossier_model::Entity {
            id: "e1".into(),
            name: name.into(),
            ty,
            aliases: vec![],
            descriptions: desc.iter().map(|d| d.to_string()).collect(),
            mentions: vec![],
            country: country.map(str::to_string),
        };
        let ministry = entity("Russia's defence ministry", EntityType::Org, Some("RUS"), &[]);
        assert_eq!(EntityActors::code_entity(&ministry).unwrap().code, "RUSMIL");
        let agency = entity("TASS", EntityType::Org, Some("RUS"), &["state news agency"]);
        assert_eq!(EntityActors::code_entity(&agency).unwrap().code, "RUSMED");
        let spokeswoman =
            entity("Maria Lebedeva", EntityType::Person, None, &["a spokeswoman for the Russian foreign ministry"]);
        assert_eq!(EntityActors::code_entity(&spokeswoman).unwrap().code, "RUSGOV");
    }

    #[test]
    fn a_petrarch_actor_dictionary_is_read() {
        let d = DictionaryActors::parse(
            "ARNOR_  [ARN]\n+ARNORIAN\nGONDOR [GON] # comment\nOLD_KING_\n\t[GONGOV 900101-950101]\n",
            "!MINST! = MINISTER, MINISTRY\nFOREIGN_!MINST! [~GOVFRM]\nSOLDIER {SOLDIERS} [~MIL]\n",
        );
        assert_eq!(d.actors["arnorian"].0, "ARN");
        assert_eq!(d.actors["gondor"], ("GON".to_string(), true));
        assert_eq!(d.actors["old king"].0, "GONGOV");
        assert_eq!(d.agent("foreign ministry").as_deref(), Some("GOVFRM"));
        assert_eq!(d.agent("soldiers").as_deref(), Some("MIL"));
    }
}
