//! Source resolution: from a source span to the entity it denotes.
//!
//! In order: a person or organisation named inside the span (the last one,
//! since in "the state news agency Polski Serwis Informacyjny (PSI)" the
//! name comes after the role words); a place named as the head of the span
//! ("Minsk said"); a personal pronoun, resolved to the last person named
//! before it; a role phrase ("the minister", "the spokeswoman"), resolved to
//! the last person whose mention had that role word next to it; an outlet
//! word ("the editorial", "the paper"), resolved to the last organisation
//! introduced with an outlet word. Anything else is an unnamed source, which
//! gets a `MISC` entity of its own so that its claims have a holder id.

use crate::text::View;
use dossier_model::{Document, Entity, EntityType, Mention, MentionKind, Span};

const OUTLET_WORDS: &[&str] = &[
    "editorial",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "column",
    "broadcaster",
    "agency",
    "tabloid",
    "magazine",
    "outlet",
    "piece",
    "channel",
    "station",
    "site",
    "website",
];

/// Nouns that name an organisation when used bare ("the ministry said").
const ORG_WORDS: &[&str] = &[
    "agency",
    "ministry",
    "office",
    "embassy",
    "consulate",
    "service",
    "department",
    "bureau",
    "authority",
    "company",
    "firm",
    "organisation",
    "organization",
    "operator",
    "utility",
    "regulator",
    "institute",
    "watchdog",
];

const ROLE_WORDS: &[&str] = &[
    "minister",
    "spokeswoman",
    "spokesman",
    "spokesperson",
    "president",
    "ambassador",
    "chancellor",
    "premier",
    "commander",
    "general",
    "admiral",
    "official",
    "secretary",
    "envoy",
    "diplomat",
    "prosecutor",
    "director",
    "chief",
    "head",
    "negotiator",
    "senator",
    "governor",
    "mayor",
    "leader",
    "captain",
    "master",
    "adviser",
    "advisor",
    "columnist",
    "writer",
    "author",
    "candidate",
    "lawmaker",
    "congressman",
    "congresswoman",
    "chairman",
    "chairwoman",
];

/// The mention rule of pronouns and role phrases this stage resolved as speakers.
pub const SPEAKER_RULE: &str = "attribution-speaker";

/// The mention rule that marks entities this stage created for unnamed sources.
pub const UNNAMED_RULE: &str = "unnamed-source";

/// Whether an entity was created by this stage for an unnamed source.
pub fn is_unnamed_source(e: &Entity) -> bool {
    e.ty == EntityType::Misc
        && ((e.mentions.iter().any(|m| m.rule.as_deref() == Some(UNNAMED_RULE))
            && e.mentions.iter().all(|m| matches!(m.rule.as_deref(), Some(UNNAMED_RULE | SPEAKER_RULE))))
            || (e.mentions.is_empty() && e.name == UNKNOWN_NAME && e.descriptions == [UNKNOWN_DESCRIPTION]))
}

/// Mention rule of the entity that holds a coordinated source ("Warsaw and
/// Bucharest have both signalled"): a group whose mention spans the list,
/// each member keeping its own entity and mention inside it.
pub const GROUP_RULE: &str = "source-group";

/// Whether the stage made this entity for a coordinated source.
pub fn is_source_group(e: &Entity) -> bool {
    e.ty == EntityType::Misc
        && !e.mentions.is_empty()
        && e.mentions.iter().all(|m| m.rule.as_deref() == Some(GROUP_RULE))
}

/// The name of the entity that holds the claims of attributions whose source
/// the text does not give ("accusations that …", "were told to …").
pub const UNKNOWN_NAME: &str = "unknown source";
const UNKNOWN_DESCRIPTION: &str = "source not given in the text";

/// Whether a descriptor names several people ("two officials familiar with
/// the investigation", "Analysts"): its head, before any complement, is a
/// plural noun.
pub fn is_plural_descriptor(text: &str) -> bool {
    let lower = text.to_lowercase();
    let head = lower.split([',', '(']).next().unwrap_or("");
    let mut words: Vec<&str> = Vec::new();
    for w in head.split_whitespace() {
        if PREPOSITIONS.contains(&w) || matches!(w, "who" | "which" | "that" | "familiar" | "close") {
            break;
        }
        words.push(w);
    }
    let Some(last) = words.last() else { return false };
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("'s")
        && !last.ends_with("’s")
        && !matches!(*last, "he" | "she" | "this" | "his" | "its" | "was" | "has" | "is")
}

/// Whether a noun names an organisation when used bare ("the ministry").
pub fn is_org_word(head: &str) -> bool {
    ORG_WORDS.contains(&head)
}

/// Whether a head noun names a person by role ("minister", "source").
pub fn is_person_role(head: &str) -> bool {
    ROLE_WORDS.contains(&head)
        || matches!(
            head,
            "source" | "person" | "man" | "woman" | "officer" | "analyst" | "expert" | "witness" | "resident"
        )
}

pub struct Resolver {
    /// (mention span, entity index, entity type), sorted by start.
    mentions: Vec<(Span, usize, EntityType)>,
    ids: Vec<String>,
    /// Country (ISO 3166 alpha-3) of each entity, if the entity stage set one.
    countries: Vec<Option<String>>,
    text: String,
    next_id: usize,
    new_entities: Vec<Entity>,
    /// (source start, entity index) of organisations resolved as speakers, in order.
    org_speakers: Vec<(usize, usize)>,
}

impl Resolver {
    pub fn new(doc: &Document) -> Resolver {
        let mut mentions = Vec::new();
        for (i, e) in doc.entities.iter().enumerate() {
            for m in &e.mentions {
                mentions.push((m.span, i, e.ty));
            }
        }
        mentions.sort_by_key(|m| m.0.start);
        let next_id = doc
            .entities
            .iter()
            .filter_map(|e| e.id.strip_prefix('e').and_then(|n| n.parse::<usize>().ok()))
            .max()
            .unwrap_or(0)
            + 1;
        Resolver {
            mentions,
            ids: doc.entities.iter().map(|e| e.id.clone()).collect(),
            countries: doc.entities.iter().map(|e| e.country.clone()).collect(),
            text: doc.text.clone(),
            next_id,
            new_entities: Vec::new(),
            org_speakers: Vec::new(),
        }
    }

    fn slice(&self, s: Span) -> &str {
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// The entity a source span denotes, if it can be told.
    pub fn entity_for(&mut self, view: &View, span: Span) -> Option<String> {
        let inside: Vec<&(Span, usize, EntityType)> = self.mentions.iter().filter(|m| span.contains(m.0)).collect();
        // A person named as a possessive modifier is not the speaker
        // ("President X's spokesman"); one named in an apposition is.
        let possessive = |m: &Span| {
            let after = self.text.get(m.end..span.end).unwrap_or("");
            let rest = after.strip_prefix("'s ").or_else(|| after.strip_prefix("\u{2019}s "));
            rest.is_some_and(|r| r.trim_start().chars().next().is_some_and(char::is_alphabetic)) && !after.contains(',')
        };
        if let Some(m) = inside.iter().rev().find(|m| m.2 == EntityType::Person && !possessive(&m.0)) {
            return Some(self.ids[m.1].clone());
        }
        let possessed_person = inside.iter().any(|m| m.2 == EntityType::Person);
        // An organisation or place counts when it is the head of the span,
        // not a modifier ("two EU diplomats") or a complement ("the embassy in Prague").
        let text = self.text.clone();
        let mentions = &self.mentions;
        let is_head = |m: &(Span, usize, EntityType)| {
            let after = text.get(m.0.end..span.end).unwrap_or("").trim();
            let before = text.get(span.start..m.0.start).unwrap_or("").to_lowercase();
            // "a source in the Chilean foreign ministry": the article does
            // not hide the preposition.
            let before = format!(" {}", before.trim_end());
            let before = ["the", "a", "an"]
                .iter()
                .find_map(|a| before.strip_suffix(a).filter(|b| b.ends_with(' ')))
                .unwrap_or(&before)
                .to_string();
            let before = format!("{} ", before.trim_end());
            let complement = [" in ", " of ", " at ", " from ", " for "].iter().any(|p| before.ends_with(p));
            // An organisation followed by where it sits ("the Iranian
            // consulate in Hamburg") is still the head.
            let placed = m.2 == EntityType::Org
                && ["in ", "at "].iter().any(|p| after.starts_with(p))
                && mentions.iter().any(|p| {
                    matches!(p.2, EntityType::Gpe | EntityType::Loc)
                        && p.0.start > m.0.end
                        && p.0.end == span.end
                        && text.get(m.0.end..p.0.start).is_some_and(|w| w.split_whitespace().count() <= 2)
                });
            (after.is_empty() || after.starts_with('(') || after.starts_with(',') || placed) && !complement
        };
        if let Some(m) = inside.iter().rev().find(|m| {
            matches!(m.2, EntityType::Org | EntityType::Gpe | EntityType::Loc | EntityType::Fac | EntityType::Norp)
                && is_head(m)
        }) {
            return Some(self.ids[m.1].clone());
        }
        if possessed_person {
            return None;
        }
        let lower = self.slice(span).to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let head = words.last().copied().unwrap_or("");
        if words.len() == 1 && matches!(head, "he" | "she" | "him" | "her") {
            return self.last_before(span.start, |m| m.2 == EntityType::Person).map(|m| self.ids[m.1].clone());
        }
        if words.len() == 1 && head == "it" {
            return self.last_before(span.start, |m| m.2 == EntityType::Org).map(|m| self.ids[m.1].clone());
        }
        let definite = matches!(words.first().copied(), Some("the" | "its" | "his" | "her" | "their"));
        if definite && words.len() <= 4 && OUTLET_WORDS.contains(&head) {
            let text = &self.text;
            let found = self.last_before(span.start, |m| {
                m.2 == EntityType::Org && {
                    // Whole words: "stationed" is no "station".
                    let ctx = context(text, m.0, 40, 0).to_lowercase();
                    ctx.split(|c: char| !c.is_alphanumeric()).any(|w| OUTLET_WORDS.contains(&w))
                }
            });
            if let Some(m) = found {
                return Some(self.ids[m.1].clone());
            }
            if !ORG_WORDS.contains(&head) {
                return None;
            }
        }
        // A bare organisation noun ("the ministry", "the agency"): the last
        // organisation named with that noun, else the organisation that
        // last spoke in this paragraph or the one before.
        if words.len() == 2 && words[0] == "the" && ORG_WORDS.contains(&head) {
            let named = self.last_before(span.start, |m| {
                m.2 == EntityType::Org
                    && self
                        .slice(m.0)
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == head || w.strip_suffix('s') == Some(head))
            });
            if let Some(m) = named {
                return Some(self.ids[m.1].clone());
            }
            let words_of = |t: &str| -> Vec<String> {
                t.to_lowercase().split(|c: char| !c.is_alphanumeric()).map(str::to_string).collect()
            };
            // Near enough (this paragraph or the one before), no other
            // mention of the noun in between ("summoned to the foreign
            // ministry …, the ministry said"), and not named as another
            // kind of organisation (an embassy is no ministry).
            let fits = |at: usize, e: usize| {
                let between = self.text.get(at..span.start).unwrap_or("");
                let near = between.split('\n').filter(|l| l.trim().is_empty()).count() <= 1;
                let names: Vec<String> =
                    self.mentions.iter().filter(|m| m.1 == e).flat_map(|m| words_of(self.slice(m.0))).collect();
                let after_name = self
                    .mentions
                    .iter()
                    .filter(|m| m.1 == e && m.0.start >= at && m.0.end <= span.start)
                    .map(|m| m.0.end)
                    .max()
                    .unwrap_or(at);
                let later = self.text.get(after_name..span.start).unwrap_or("");
                near && !words_of(later).iter().any(|w| w == head)
                    && !names.iter().any(|w| w != head && ORG_WORDS.contains(&w.as_str()))
            };
            if let Some((_, e)) = self.org_speakers.iter().rev().find(|(at, e)| *at < span.start && fits(*at, *e)) {
                return Some(self.ids[*e].clone());
            }
            return None;
        }
        if definite && words.len() <= 4 && ROLE_WORDS.contains(&head) {
            let text = &self.text;
            let found = self.last_before(span.start, |m| {
                m.2 == EntityType::Person && context(text, m.0, 45, 45).to_lowercase().contains(head)
            });
            return found.map(|m| self.ids[m.1].clone());
        }
        let _ = view;
        None
    }

    /// Records that the source at `span` was resolved to entity `id`, so
    /// that a later "the agency" can refer to the organisation that spoke.
    pub fn note_speaker(&mut self, span: Span, id: &str) {
        let Some(e) = self.ids.iter().position(|i| i == id) else { return };
        let is_org = self.mentions.iter().any(|m| m.1 == e && m.2 == EntityType::Org);
        if is_org && self.org_speakers.last().is_none_or(|(at, _)| *at < span.start) {
            self.org_speakers.push((span.start, e));
        }
    }

    /// Whether a source span resolves to a person.
    pub fn is_person(&mut self, view: &View, span: Span) -> bool {
        let id = self.entity_for(view, span);
        id.is_some_and(|id| self.mentions.iter().any(|m| self.ids[m.1] == id && m.2 == EntityType::Person))
    }

    /// The last mention of a person ending before `at`.
    pub fn last_person_before(&self, at: usize) -> Option<Span> {
        self.last_before(at, |m| m.2 == EntityType::Person).map(|m| m.0)
    }

    fn last_before(
        &self,
        at: usize,
        f: impl Fn(&(Span, usize, EntityType)) -> bool,
    ) -> Option<&(Span, usize, EntityType)> {
        self.mentions.iter().rev().filter(|m| m.0.end <= at).find(|m| f(m))
    }

    /// The `MISC` entity for an unnamed source, created on first use; a
    /// later "the source" or the same descriptor reuses it. The name and
    /// mention are the descriptor up to its first apposition or relative
    /// clause ("The Russian ambassador", of "The Russian ambassador,
    /// summoned to the foreign ministry …"), the rest is a description.
    pub fn unnamed(&mut self, _view: &View, span: Span) -> String {
        let raw = self.slice(span);
        let lead = raw.len() - raw.trim_start().len();
        let (short, rest) = shorten(raw.trim());
        let span = Span::new(span.start + lead, span.start + lead + short.len());
        let (short, rest) = (short.to_string(), rest.map(str::to_string));
        // The source check leaves a clause set off after the speaker out of
        // the source ("The Russian ambassador, summoned to the foreign
        // ministry on Thursday, denied"); it still describes the speaker.
        let rest = rest.or_else(|| set_off_after(&self.text, span.end));
        let key = normalise(&short);
        let head = head_noun(&key).to_string();
        let definite = short.to_lowercase().starts_with("the ");
        for e in self.new_entities.iter_mut().rev() {
            // The holder of source-less sayings is no antecedent ("the source").
            if e.mentions.is_empty() {
                continue;
            }
            let ekey = normalise(&e.name);
            let ehead = head_noun(&ekey);
            // A definite description takes up an earlier one with the same
            // head and no word of its own ("the office" or "the press office"
            // the government press office; "the presidential office" is
            // another).
            let within = key.split_whitespace().all(|w| ekey.split_whitespace().any(|x| x == w));
            if ekey == key || (definite && key.split_whitespace().count() <= 2 && ehead == head && within) {
                if let Some(r) = rest.filter(|r| !e.descriptions.contains(r)) {
                    e.descriptions.push(r);
                }
                // A pronoun resolved to this speaker names the same words
                // again; they are one mention.
                if !e.mentions.iter().any(|m| m.span == span) {
                    e.mentions.push(Mention { span, kind: MentionKind::Nominal, rule: Some(UNNAMED_RULE.into()) });
                }
                return e.id.clone();
            }
        }
        let country = self.country_in(span);
        let id = format!("e{}", self.next_id);
        self.next_id += 1;
        let mut descriptions = vec![short.clone()];
        descriptions.extend(rest);
        self.new_entities.push(Entity {
            id: id.clone(),
            name: short,
            ty: EntityType::Misc,
            aliases: Vec::new(),
            descriptions,
            mentions: vec![Mention { span, kind: MentionKind::Nominal, rule: Some(UNNAMED_RULE.into()) }],
            country,
        });
        id
    }

    /// Whether entity `id`, made by this stage, has a mention that starts
    /// before byte `at` (an earlier speaker the phrase at `at` takes up).
    pub fn introduced_before(&self, id: &str, at: usize) -> bool {
        self.new_entities.iter().any(|e| e.id == id && e.mentions.iter().any(|m| m.span.start < at))
    }

    /// The group entity of a source that lists two or more recognised
    /// entities and nothing else ("Warsaw and Bucharest", "Sweden, Norway
    /// and the Netherlands"; not "Poland or Romania", not "officials in
    /// Warsaw and Bucharest"), created on first use and shared by the same
    /// list later.
    pub fn group_for(&mut self, span: Span) -> Option<String> {
        let inside: Vec<&(Span, usize, EntityType)> = self
            .mentions
            .iter()
            .filter(|m| {
                span.contains(m.0)
                    && matches!(m.2, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Norp)
            })
            .collect();
        let mut members: Vec<usize> = inside.iter().map(|m| m.1).collect();
        members.dedup();
        if members.len() < 2 {
            return None;
        }
        // What lies between and around the names: "and", commas, "both",
        // articles.
        let mut at = span.start;
        let mut glue = String::new();
        for m in &inside {
            if m.0.start < at {
                return None;
            }
            glue.push(' ');
            glue.push_str(self.text.get(at..m.0.start)?);
            at = m.0.end;
        }
        glue.push(' ');
        glue.push_str(self.text.get(at..span.end)?);
        let glue = glue.to_lowercase().replace(',', " ");
        let words: Vec<&str> = glue.split_whitespace().collect();
        if !words.contains(&"and") || words.iter().any(|w| !matches!(*w, "and" | "both" | "the")) {
            return None;
        }
        let name = self.slice(span).trim().to_string();
        let mention = Mention { span, kind: MentionKind::Nominal, rule: Some(GROUP_RULE.into()) };
        if let Some(e) =
            self.new_entities.iter_mut().find(|e| is_source_group(e) && normalise(&e.name) == normalise(&name))
        {
            e.mentions.push(mention);
            return Some(e.id.clone());
        }
        let id = format!("e{}", self.next_id);
        self.next_id += 1;
        self.new_entities.push(Entity {
            id: id.clone(),
            name,
            ty: EntityType::Misc,
            aliases: Vec::new(),
            descriptions: Vec::new(),
            mentions: vec![mention],
            country: None,
        });
        Some(id)
    }

    /// The country of a place or nationality named as a modifier of a
    /// descriptor ("The Russian ambassador", "two Polish officials"), not
    /// after a preposition ("Diplomats in Prague" are not Czech).
    fn country_in(&self, span: Span) -> Option<String> {
        let mut bound = span.end;
        let mut at = span.start;
        for w in self.slice(span).split(' ') {
            if PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str()) {
                bound = at;
                break;
            }
            at += w.len() + 1;
        }
        self.mentions
            .iter()
            .filter(|m| span.contains(m.0) && m.0.end <= bound && matches!(m.2, EntityType::Gpe | EntityType::Norp))
            .find_map(|m| self.countries[m.1].clone())
    }

    /// The holder of the attributions whose source the text does not give
    /// ("accusations that …"): one entity for the document, with no mention,
    /// since no words of the text name it.
    pub fn unknown(&mut self) -> String {
        if let Some(e) = self.new_entities.iter().find(|e| e.mentions.is_empty() && e.name == UNKNOWN_NAME) {
            return e.id.clone();
        }
        let id = format!("e{}", self.next_id);
        self.next_id += 1;
        self.new_entities.push(Entity {
            id: id.clone(),
            name: UNKNOWN_NAME.into(),
            ty: EntityType::Misc,
            aliases: Vec::new(),
            descriptions: vec![UNKNOWN_DESCRIPTION.into()],
            mentions: Vec::new(),
            country: None,
        });
        id
    }

    /// Entity ids with a mention inside `span`, in order of first mention.
    pub fn about(&self, span: Span) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in self.mentions.iter().filter(|m| span.contains(m.0)) {
            let id = &self.ids[m.1];
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
        out
    }

    pub fn into_new_entities(self) -> Vec<Entity> {
        self.new_entities
    }
}

/// Words after which a descriptor's modifiers no longer say whose it is.
const PREPOSITIONS: &[&str] = &["in", "at", "to", "from", "with", "of", "for", "on", "near", "close", "familiar", "by"];

/// A descriptor cut at its first apposition, dash, parenthesis or relative
/// clause: the phrase and the rest, without the punctuation between.
fn shorten(descriptor: &str) -> (&str, Option<&str>) {
    // ASCII lower-casing keeps byte offsets.
    let lower = descriptor.to_ascii_lowercase();
    let cut = [",", "\u{2014}", " \u{2013} ", "(", " who ", " which "]
        .iter()
        .filter_map(|d| lower.find(d))
        .filter(|&i| descriptor[..i].chars().any(char::is_alphanumeric))
        .min();
    let Some(i) = cut else { return (descriptor, None) };
    let short = descriptor[..i].trim_end();
    let rest = descriptor[i..]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '\u{2014}' | '\u{2013}' | '(' | ')'));
    (short, (!rest.is_empty()).then_some(rest))
}

/// The clause set off by commas right after byte `at` when it opens with
/// "whose" or a participle in -ed ("…, summoned to the ministry on Monday,
/// denied"), without its commas.
fn set_off_after(text: &str, at: usize) -> Option<String> {
    let rest = text.get(at..)?.strip_prefix(", ")?;
    let end = rest.find([',', '\n'])?;
    let clause = rest[..end].trim();
    let first = clause.split_whitespace().next()?;
    let opens = first == "whose" || (first.ends_with("ed") && first.chars().all(|c| c.is_ascii_lowercase()));
    (opens && clause.split_whitespace().count() >= 2 && rest[end..].starts_with(',')).then(|| clause.to_string())
}

/// The head noun of a normalised descriptor: its last word before a
/// complement ("source" of "source close to ministry").
fn head_noun(key: &str) -> &str {
    key.split_whitespace()
        .take_while(|w| !PREPOSITIONS.contains(w) && !matches!(*w, "who" | "which" | "that"))
        .last()
        .unwrap_or("")
}

fn normalise(s: &str) -> String {
    s.to_lowercase().split_whitespace().filter(|w| !matches!(*w, "a" | "an" | "the")).collect::<Vec<_>>().join(" ")
}

/// Text around a span, `before` bytes before and `after` bytes after, on
/// char boundaries.
fn context(text: &str, s: Span, before: usize, after: usize) -> &str {
    let mut a = s.start.saturating_sub(before);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (s.end + after).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    text.get(a..b).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn descriptors_are_cut_after_their_phrase() {
        for (descriptor, short, rest) in [
            ("Security sources", "Security sources", None),
            ("a source close to the ministry", "a source close to the ministry", None),
            ("The Russian ambassador, summoned on Thursday,", "The Russian ambassador", Some("summoned on Thursday")),
            ("a ministry official who attended the meeting", "a ministry official", Some("who attended the meeting")),
            ("an agency which monitors flights", "an agency", Some("which monitors flights")),
            (
                "a senior officer \u{2014} a veteran of the war \u{2014}",
                "a senior officer",
                Some("a veteran of the war"),
            ),
            ("the regulator (Ofcom)", "the regulator", Some("Ofcom")),
            (", who", ", who", None),
        ] {
            assert_eq!(shorten(descriptor), (short, rest), "{descriptor}");
        }
    }
}
