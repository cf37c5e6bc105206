//! Resolution inside one document: which mentions are the same thing.
//!
//! Mentions are read in text order and each either joins an existing entity
//! (recording the rule that joined it) or founds a new one. The rules, in
//! the order they are tried:
//!
//! - `acronym`: an acronym in parentheses joins the name before it
//!   ("Polski Serwis Informacyjny (PSI)"), whatever its letters; a bare
//!   acronym joins an organisation whose initials it spells ("EU").
//! - `alias`: a name of a country joins the entity of that country
//!   ("Russian Federation" → Russia); `demonym`: a demonym that denotes the
//!   state does too ("Turkish airspace" → Turkey).
//! - `same-name`: the same name again (case, a leading "the" and a
//!   possessive ending ignored).
//! - `short-form`: a person's surname or given name alone after the full
//!   name, an organisation's first word ("Sealore" → "Sealore Shipping"),
//!   a ship's name without its prefix ("Ludovico Arce" → "BRP Ludovico
//!   Arce").
//! - `same-org`: "the Russian foreign ministry" and "Russia's foreign
//!   ministry" (same country, same institution).
//! - `org-nominal`: "the ministry" joins the most recently mentioned
//!   organisation, named within three sentences, with that noun in its name.
//! - `group-nominal`: "the alliance", "the 27-member bloc" join the most
//!   recently mentioned alliance or bloc named within six sentences (NATO,
//!   the European Union, or an organisation with the noun in its name).
//! - `role`: "the minister" joins the most recently mentioned person whose
//!   descriptions contain "minister" (and the phrase's nationality word,
//!   if it has one).
//! - `pronoun`: "he"/"she"/"his"/"hers"/"himself"/"herself" join the most
//!   recent person mention of a compatible gender within three sentences;
//!   if that most recent person-like mention is someone unnamed ("The
//!   Russian ambassador"), the pronoun stays unresolved rather than jumping
//!   to an older name. "him"/"her" join only the one person of a
//!   compatible gender mentioned in those sentences, if there is one;
//!   "they"/"them" only an organisation named by a plural ("Polish border
//!   guards") in the same or the previous sentence.
//!
//! Conservative by design: a wrong merge misleads an analyst more than a
//! missed one, so types must be compatible (GPE and LOC count as one) and
//! no rule merges two different full names.

use std::collections::HashMap;

use dossier_model::{Entity, EntityType, Mention, MentionKind};

use super::lexicon::{Gender, cue};
use super::recognise::{Cand, Ctx, is_acronym, is_headline};

/// Normalised key for comparing names: lower case, without a leading "the"
/// and without possessive endings.
pub fn key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.trim_end_matches("'s").trim_end_matches("’s").trim().to_string()
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn compatible(a: EntityType, b: EntityType) -> bool {
    a == b || matches!((a, b), (EntityType::Gpe, EntityType::Loc) | (EntityType::Loc, EntityType::Gpe))
}

struct Ent {
    e: Entity,
    keys: Vec<String>,
    /// `key(name)`, kept in step with the name.
    name_key: String,
    country: Option<usize>,
    gender: Gender,
    /// Start offset of the latest mention, for recency.
    last: usize,
    /// Whether the entity stands for a possessive organisation (country + head).
    org_head: Option<String>,
    /// For a person introduced as "Its spokeswoman, NAME": the
    /// organisation "its" refers to (the latest one named in the same or
    /// the previous sentence).
    org_of: Option<usize>,
}

/// A person-like mention seen so far, for pronoun resolution: its token,
/// the entity it resolved to (or `None` for someone unnamed) and gender.
struct PersonSeen {
    tok: usize,
    ent: Option<usize>,
    gender: Gender,
}

fn gender_ok(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Whether `surface` is a better display name than `current`: more words,
/// or as many but not written all in capitals where the other is.
fn better_name(surface: &str, current: &str) -> bool {
    let (a, b) = (surface.split_whitespace().count(), current.split_whitespace().count());
    a > b || (a == b && is_all_caps(current) && !is_all_caps(surface))
}

pub fn resolve(ctx: &Ctx, cands: Vec<Cand>) -> Vec<Entity> {
    let text = &ctx.doc.text;
    let lx = ctx.lx;
    let mut ents: Vec<Ent> = Vec::new();
    let mut seen: Vec<PersonSeen> = Vec::new();
    // Name key → entities with that key, for the `same-name` rule.
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for c in cands {
        let surface = c.span.slice(text);
        let k = key(surface);
        let (target, rule): (Option<usize>, &'static str) = match c.kind {
            MentionKind::Pronoun if c.rule == Some("plural-pronoun") => match plural_org(ctx, &ents, &c) {
                Some(t) => (Some(t), "pronoun"),
                None => continue,
            },
            MentionKind::Pronoun if c.rule == Some("object-pronoun") => {
                // "him", "her": only when one person of a compatible gender
                // (named or not) was mentioned in the last three sentences;
                // an object pronoun often refers to someone else than the
                // subject of its clause, so recency alone is not enough.
                let sent = ctx.sent_of[c.tok.0];
                let mut candidates: Vec<Option<usize>> = Vec::new();
                for p in seen.iter().rev() {
                    if sent.saturating_sub(ctx.sent_of[p.tok]) > 3 {
                        break;
                    }
                    let g = p.ent.map(|e| ents[e].gender).unwrap_or(p.gender);
                    if gender_ok(g, c.gender) && (p.ent.is_none() || !candidates.contains(&p.ent)) {
                        candidates.push(p.ent);
                    }
                }
                match candidates.as_slice() {
                    [Some(t)] => (Some(*t), "pronoun"),
                    _ => continue,
                }
            }
            MentionKind::Pronoun => {
                let sent = ctx.sent_of[c.tok.0];
                let mut target = None;
                for p in seen.iter().rev() {
                    if sent.saturating_sub(ctx.sent_of[p.tok]) > 3 {
                        break;
                    }
                    let g = p.ent.map(|e| ents[e].gender).unwrap_or(p.gender);
                    if !gender_ok(g, c.gender) {
                        continue;
                    }
                    target = p.ent;
                    break;
                }
                match target {
                    Some(t) => (Some(t), "pronoun"),
                    None => continue,
                }
            }
            MentionKind::Nominal if c.rule == Some("group-nominal") => {
                // The most recently mentioned alliance or bloc, named within
                // the last six sentences: an organisation whose name
                // contains the noun, or one that `org_groups.tsv` lists for
                // it ("the alliance" → NATO, "the bloc" → European Union).
                let sent = ctx.sent_of[c.tok.0];
                let noun = c.role.as_deref().unwrap_or("");
                let listed = lx.groups.get(noun);
                let found = ents
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.e.ty, EntityType::Org | EntityType::Misc))
                    .filter(|(_, e)| {
                        e.name_key.split_whitespace().any(|w| w == noun)
                            || listed.is_some_and(|l| e.keys.iter().any(|k| l.contains(k)))
                    })
                    .filter(|(_, e)| ctx.doc.sentence_at(e.last).is_some_and(|s| sent.saturating_sub(s) <= 6))
                    .max_by_key(|(_, e)| e.last)
                    .map(|(i, _)| i);
                match found {
                    Some(t) => (Some(t), "group-nominal"),
                    None => continue,
                }
            }
            MentionKind::Nominal if c.rule == Some("ship-nominal") => match ship_nominal(ctx, &ents, &c) {
                Some(t) => (Some(t), "ship-nominal"),
                None => continue,
            },
            MentionKind::Nominal if c.ty == EntityType::Org => {
                // The most recently mentioned organisation, named within the
                // last three sentences, whose name contains the noun.
                let sent = ctx.sent_of[c.tok.0];
                let role = c.role.as_deref().unwrap_or("");
                let with_noun = || {
                    ents.iter()
                        .enumerate()
                        .filter(|(_, e)| e.e.ty == EntityType::Org && e.name_key.split_whitespace().any(|w| w == role))
                };
                let within =
                    |e: &Ent, n: usize| ctx.doc.sentence_at(e.last).is_some_and(|s| sent.saturating_sub(s) <= n);
                // Else, up to eight sentences back, the only organisation
                // so far whose name has the noun ("According to the
                // ministry" a paragraph after "Romania's Ministry of
                // National Defence"); two such bodies leave it unresolved.
                let found =
                    with_noun().filter(|(_, e)| within(e, 3)).max_by_key(|(_, e)| e.last).map(|(i, _)| i).or_else(
                        || {
                            let mut all = with_noun();
                            match (all.next(), all.next()) {
                                (Some((i, e)), None) if within(e, 8) => Some(i),
                                _ => None,
                            }
                        },
                    );
                match found {
                    Some(t) => (Some(t), "org-nominal"),
                    None => continue,
                }
            }
            MentionKind::Nominal => {
                let found = c.role.as_ref().and_then(|role| {
                    ents.iter()
                        .enumerate()
                        .filter(|(_, e)| e.e.ty == EntityType::Person)
                        .filter(|(_, e)| {
                            e.e.descriptions.iter().any(|d| {
                                let dl = d.to_lowercase();
                                let words: Vec<&str> = dl
                                    .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                                    .filter(|w| !w.is_empty())
                                    .collect();
                                words.contains(&role.as_str()) && countries_agree(lx, &c.role_mods, &words)
                            })
                        })
                        .max_by_key(|(_, e)| e.last)
                        .map(|(i, _)| i)
                });
                seen.push(PersonSeen { tok: c.tok.0, ent: found, gender: c.gender });
                match found {
                    Some(t) => (Some(t), "role"),
                    None => continue,
                }
            }
            _ => find(ctx, &ents, &index, &c, surface, &k),
        };
        let mention = Mention { span: c.span, kind: c.kind, rule: None };
        let idx = match target {
            Some(t) => {
                let e = &mut ents[t];
                e.e.mentions.push(Mention { rule: Some(rule.to_string()), ..mention });
                if c.kind == MentionKind::Name {
                    if !e.e.aliases.iter().any(|a| a == surface) {
                        e.e.aliases.push(surface.to_string());
                    }
                    if e.country.is_none() && rule != "acronym" && better_name(surface, &e.e.name) {
                        e.e.name = surface.to_string();
                        e.name_key = key(surface);
                    }
                    if !e.keys.contains(&k) {
                        index.entry(k.clone()).or_default().push(t);
                        e.keys.push(k);
                    }
                }
                if e.country.is_none() && c.country.is_some() && e.e.ty == EntityType::Gpe {
                    e.country = c.country;
                }
                t
            }
            None => {
                let country_name =
                    c.country.filter(|_| c.ty == EntityType::Gpe).map(|ci| lx.countries[ci].name.clone());
                let name = match (&country_name, c.kind) {
                    (Some(n), _) => n.clone(),
                    _ => surface.to_string(),
                };
                let mut keys = vec![k];
                if name != surface {
                    keys.push(key(&name));
                }
                let org_head = (c.rule == Some("possessive-org"))
                    .then(|| c.role.clone().unwrap_or_else(|| ctx.lower[c.tok.1 - 1].clone()));
                for k in &keys {
                    index.entry(k.clone()).or_default().push(ents.len());
                }
                let name_key = key(&name);
                ents.push(Ent {
                    name_key,
                    e: Entity {
                        id: String::new(),
                        name,
                        ty: c.ty,
                        aliases: if c.kind == MentionKind::Name { vec![surface.to_string()] } else { Vec::new() },
                        descriptions: Vec::new(),
                        mentions: vec![mention],
                        country: None,
                    },
                    keys,
                    country: c.country.filter(|_| c.ty == EntityType::Gpe || org_head.is_some()),
                    gender: Gender::Unknown,
                    last: 0,
                    org_head,
                    org_of: None,
                });
                ents.len() - 1
            }
        };
        // "Spokesman Fang Qiming said" opening a sentence: a bare
        // spokesperson's title speaks for the body opening the sentence
        // before ("China's foreign ministry accused …"), like "Its spokesman".
        let bare_spokes = c.tok.0 >= 1
            && ctx.doc.sentences.get(ctx.sent_of[c.tok.0]).is_some_and(|s| s.tokens.0 + 1 == c.tok.0)
            && c.desc.iter().any(|d| matches!(d.to_lowercase().as_str(), "spokesman" | "spokeswoman" | "spokesperson"));
        if c.ty == EntityType::Person
            && c.kind == MentionKind::Name
            && ents[idx].org_of.is_none()
            && (bare_spokes || c.desc.iter().any(|d| d.starts_with("Its ") || d.starts_with("its ")))
        {
            // The subject of this or the previous sentence ("Ukraine's
            // foreign ministry said … NATO. Its spokesman"), else (after
            // "Its") the latest organisation named there.
            let sent = ctx.sent_of[c.tok.0];
            let near = |e: &Ent| ctx.doc.sentence_at(e.last).is_some_and(|s| s <= sent && sent - s <= 1);
            let opens = |e: &Ent| {
                e.e.mentions.iter().any(|m| {
                    let i = ctx.doc.tokens.partition_point(|t| t.span.start < m.span.start);
                    let s = ctx.sent_of.get(i).copied().unwrap_or(usize::MAX);
                    let first = ctx.doc.sentences.get(s).map_or(usize::MAX, |x| x.tokens.0);
                    (s == sent || s + 1 == sent) && (i == first || (i == first + 1 && ctx.lower[first] == "the"))
                })
            };
            let orgs = || ents.iter().enumerate().filter(|&(i, e)| i != idx && e.e.ty == EntityType::Org && near(e));
            ents[idx].org_of = orgs()
                .filter(|(_, e)| opens(e))
                .max_by_key(|(_, e)| e.last)
                .or_else(|| orgs().filter(|_| !bare_spokes).max_by_key(|(_, e)| e.last))
                .map(|(i, _)| i);
        }
        let e = &mut ents[idx];
        e.last = c.span.start;
        for d in &c.desc {
            if !e.e.descriptions.contains(d) {
                e.e.descriptions.push(d.clone());
            }
        }
        if e.gender == Gender::Unknown && c.kind != MentionKind::Pronoun {
            e.gender = c.gender;
        }
        if e.e.ty == EntityType::Person && c.kind != MentionKind::Nominal {
            seen.push(PersonSeen { tok: c.tok.0, ent: Some(idx), gender: c.gender });
        }
    }
    acronyms_used_before_defined(text, &mut ents);
    // Countries the document names as GPE entities, for city names that
    // cities of several countries bear ("Brest").
    let named = Named {
        states: ents.iter().filter(|e| e.e.ty == EntityType::Gpe).filter_map(|e| e.country).collect(),
        by_capital: ents
            .iter()
            .filter(|e| e.e.ty == EntityType::Gpe)
            .filter_map(|e| lx.capitals.get(&e.name_key).copied())
            .collect(),
    };
    let filed_in = filing_country(ctx, &ents, &named);
    // Without a dateline, the state the headline (or the lead) is about.
    // A president is the office most often named bare when it is another
    // state's ("President Obama" in a story about Germany): only a dateline
    // gives a president a country.
    let subject = if filed_in.is_some() { None } else { subject_state(ctx, &ents, &named) };
    // Organisations of this document whose country is known, by every
    // name key, for people described by one ("PCG spokesman").
    let mut org_by_key: HashMap<&str, usize> = HashMap::new();
    for e in ents.iter().filter(|e| e.e.ty == EntityType::Org) {
        if let Some(c) = entity_country(ctx, e, &named) {
            for k in &e.keys {
                org_by_key.insert(k.as_str(), c);
            }
        }
    }
    let org_countries: Vec<Option<usize>> = ents
        .iter()
        .map(|e| {
            if e.e.ty == EntityType::Org {
                return part_of_org(ctx, &ents, e).and_then(|o| entity_country(ctx, &ents[o], &named));
            }
            (e.e.ty == EntityType::Person)
                .then(|| {
                    org_role_country(lx, &e.e.descriptions, &org_by_key)
                        .or_else(|| e.org_of.and_then(|o| entity_country(ctx, &ents[o], &named)))
                        .or_else(|| org_after_name(ctx, &ents, e).and_then(|o| entity_country(ctx, &ents[o], &named)))
                        .or_else(|| state_after_titled_name(ctx, e))
                })
                .flatten()
        })
        .collect();
    let mut out: Vec<Entity> = ents
        .into_iter()
        .zip(org_countries)
        .map(|(e, by_org)| {
            let country = entity_country(ctx, &e, &named)
                .or(by_org)
                .or_else(|| {
                    let president = e.e.descriptions.iter().any(|d| d.to_lowercase().contains("president"));
                    filed_in.or(subject.filter(|_| !president)).filter(|&c| match e.e.ty {
                        EntityType::Person => unqualified_office(lx, &e.e.descriptions),
                        EntityType::Org => {
                            national_body(&e.e.name) || outlet_kind(&e.e.descriptions) == Some(Medium::Other)
                        }
                        EntityType::Gpe => introduced_settlement(ctx, &e, c),
                        _ => false,
                    })
                })
                .and_then(|c| lx.iso3(c))
                .map(str::to_string);
            Entity { country, ..e.e }
        })
        .collect();
    state_media(ctx, &mut out);
    located_at_places(ctx, &mut out);
    bodies_of_groups(&mut out);
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        let name = e.name.clone();
        e.aliases.retain(|a| *a != name);
    }
    out
}

/// The countries a document names, for place names that several
/// countries' cities or towns bear ("Brest", "Hanko").
struct Named {
    /// Named as states: by name, alias or demonym mention of the country.
    states: Vec<usize>,
    /// Named only by their capital ("a former correspondent in Kyiv").
    by_capital: Vec<usize>,
}

impl Named {
    /// The first (largest) of a place's countries that the document names
    /// as a state, else the first whose capital it names.
    fn pick(&self, countries: &[usize]) -> Option<usize> {
        let first = |set: &[usize]| countries.iter().find(|c| set.contains(c)).copied();
        first(&self.states).or_else(|| first(&self.by_capital))
    }
}

/// "testing NATO" … "the North Atlantic Treaty Organization (NATO)": an
/// acronym used bare before the text spells it out founded an entity of
/// its own; the definition in parentheses says it is the expansion's, so
/// that entity joins the expansion's (its name mentions by the rule
/// `acronym`) and takes the earlier place in the entity order.
fn acronyms_used_before_defined(text: &str, ents: &mut Vec<Ent>) {
    let mut t = 0;
    while t < ents.len() {
        let defined: Vec<String> = ents[t]
            .e
            .mentions
            .iter()
            .filter(|m| m.rule.as_deref() == Some("acronym") && m.kind == MentionKind::Name)
            .map(|m| m.span.slice(text))
            .filter(|a| is_acronym(a))
            .map(key)
            .collect();
        let earlier = (0..t).find(|&j| {
            let e = &ents[j];
            (compatible(e.e.ty, ents[t].e.ty) || matches!(e.e.ty, EntityType::Org | EntityType::Misc))
                && defined.contains(&e.name_key)
                && e.keys.iter().all(|k| *k == e.name_key)
        });
        let Some(j) = earlier else {
            t += 1;
            continue;
        };
        let mut merged = ents.remove(t);
        for e in ents.iter_mut() {
            e.org_of = e.org_of.map(|o| match o.cmp(&t) {
                std::cmp::Ordering::Equal => j,
                std::cmp::Ordering::Greater => o - 1,
                std::cmp::Ordering::Less => o,
            });
        }
        let bare = std::mem::take(&mut ents[j].e.mentions);
        for mut m in bare {
            if m.kind == MentionKind::Name {
                m.rule = Some("acronym".to_string());
            }
            merged.e.mentions.push(m);
        }
        merged.e.mentions.sort_by_key(|m| m.span.start);
        for d in std::mem::take(&mut ents[j].e.descriptions) {
            if !merged.e.descriptions.contains(&d) {
                merged.e.descriptions.push(d);
            }
        }
        for a in std::mem::take(&mut ents[j].e.aliases) {
            if !merged.e.aliases.contains(&a) {
                merged.e.aliases.push(a);
            }
        }
        merged.country = merged.country.or(ents[j].country);
        merged.last = merged.last.max(ents[j].last);
        ents[j] = merged;
    }
}

/// "they"/"them" for an organisation named by a plural ("Polish border
/// guards", "Ukraine's armed forces"): the most recent organisation
/// mentioned in the same or the previous sentence, if its name ends in a
/// plural institution noun; otherwise nothing (most "they" are groups
/// the text never names).
fn plural_org(ctx: &Ctx, ents: &[Ent], c: &Cand) -> Option<usize> {
    let sent = ctx.sent_of[c.tok.0];
    let (i, e) = ents
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.e.ty, EntityType::Org | EntityType::Gpe | EntityType::Norp))
        // A demonym inside the organisation's name starts where it does.
        .max_by_key(|(_, e)| (e.last, e.e.ty == EntityType::Org))?;
    let recent = ctx.doc.sentence_at(e.last).is_some_and(|s| s <= sent && sent - s <= 1);
    let words: Vec<&str> = e.name_key.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    let head = |n: usize| words.len() >= n && ctx.lx.cue(&words[words.len() - n..].join(" ")) & cue::ORG_HEAD != 0;
    let plural = last.ends_with('s') && (head(1) || head(2));
    (recent && e.e.ty == EntityType::Org && plural).then_some(i)
}

/// The country an entity is or belongs to (`Entity::country`):
///
/// - a country, or an organisation whose country the text gives by a
///   possessive or demonym ("Turkey's Defence Ministry", "the Russian
///   embassy"): the country recorded when it was recognised;
/// - a place: the country it names, or whose capital or city
///   (`cities.tsv`, GeoNames) it is ("Ankara", "Kharkiv"); a city name
///   that cities of several countries bear takes the first of them that the
///   document names ("Brest" with Belarus in the text), else none;
/// - an organisation or a national metonym: a state body or medium of
///   `org_countries.tsv` ("TASS", "the Kremlin"); a name opening with a
///   demonym or country name ("Finnish Border Guard", "Russia Today") or
///   ending in "of [the] <country>" ("Armed Forces of Ukraine"); a country's
///   possessive or a demonym right before one of its names ("Romania's
///   Ministry of National Defence", "the Russian Orthodox Church"); else
///   the one country that its descriptions name ("the Lithuanian daily",
///   "Russia's military intelligence service");
/// - a NORP demonym: its country ("a Moldovan national"); group adjectives
///   ("Western") have none.
///
/// - a person: the one state their role descriptions tie them to
///   ("Turkish Foreign Minister", "a spokeswoman for the Russian foreign
///   ministry"; see [`person_country`]).
///
/// Equipment, events and natural features get none: a "Russian-built"
/// drone is not Russia's.
fn entity_country(ctx: &Ctx, e: &Ent, named: &Named) -> Option<usize> {
    let lx = ctx.lx;
    if e.country.is_some() {
        return e.country;
    }
    let keys = || std::iter::once(&e.name_key).chain(e.keys.iter());
    match e.e.ty {
        EntityType::Gpe | EntityType::Fac => keys()
            .find_map(|k| {
                lx.org_countries
                    .get(k)
                    .copied()
                    .or_else(|| lx.country_of_place(k))
                    .or_else(|| lx.city(k.as_str()).and_then(|cs| named.pick(cs)))
                    .or_else(|| lx.regions.get(k).copied())
                    .or_else(|| lx.towns.get(k).and_then(|cs| named.pick(cs)))
            })
            .or_else(|| e.e.mentions.iter().find_map(|m| place_phrase_country(ctx, m))),
        EntityType::Org => keys()
            .find_map(|k| lx.org_countries.get(k).copied().or_else(|| org_name_country(lx, k)))
            .or_else(|| e.e.mentions.iter().find_map(|m| country_before(ctx, m)))
            .or_else(|| descriptions_country(lx, &e.e.descriptions)),
        // A region of one state, whatever type it was given ("Donbas").
        EntityType::Loc => keys().find_map(|k| lx.regions.get(k).copied()),
        // (a plural names the people: "30,000 Afghans", "the Russians")
        EntityType::Norp => keys().find_map(|k| {
            lx.demonyms.get(k).copied().flatten().or_else(|| {
                let singular = k.strip_suffix('s')?;
                lx.demonyms.get(singular).copied().flatten()
            })
        }),
        // The role phrases that joined the person count as descriptions
        // when they name the same office of two words or more ("Defence
        // Minister Jan Nowak … Poland's defence minister"; not "President
        // Obama … the French president", a merge the role rule gets wrong).
        EntityType::Person => {
            let offices: Vec<String> =
                e.e.descriptions
                    .iter()
                    .map(|d| d.to_lowercase())
                    .filter(|d| d.split_whitespace().count() >= 2)
                    .collect();
            let mut descriptions = e.e.descriptions.clone();
            descriptions.extend(
                e.e.mentions
                    .iter()
                    .filter(|m| m.rule.as_deref() == Some("role"))
                    .map(|m| m.span.slice(&ctx.doc.text))
                    .filter(|t| {
                        let t = t.to_lowercase();
                        offices.iter().any(|o| t.ends_with(o.as_str()))
                    })
                    .map(str::to_string),
            );
            person_country(lx, &descriptions)
        }
        _ => None,
    }
}

/// The state a person speaks or acts for, from their role descriptions:
/// a demonym, a country's possessive, a country name or a state body
/// before the role word ("Turkish Foreign Minister", "Hungary's foreign
/// minister", "Kremlin spokesman", "his Belarusian counterpart"), or after
/// it behind "for" or "of" ("a spokeswoman for the Russian foreign
/// ministry", "President of Ukraine"). Countries after "to" or "in" are
/// where the person is sent or stands ("ambassador to Russia"), not theirs.
/// None unless the descriptions name exactly one country.
fn person_country(lx: &super::lexicon::Lexicon, descriptions: &[String]) -> Option<usize> {
    let mut found: Option<usize> = None;
    for d in descriptions {
        let lower = d.to_lowercase();
        let words: Vec<&str> =
            lower.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty()).collect();
        let Some(head) = words.iter().position(|w| lx.role_head(w)) else { continue };
        let country = |w: &str| {
            lx.demonyms
                .get(w)
                .copied()
                .flatten()
                .or_else(|| lx.country_of_name(w))
                .or_else(|| lx.org_countries.get(w).copied())
        };
        // (longest names first: "new zealand", "solomon islands", not
        // "guinea" of "papua new guinea")
        let mut named: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < head {
            let multi = (2..=3)
                .rev()
                .filter(|&k| i + k <= head)
                .find_map(|k| lx.country_of_name(&words[i..i + k].join(" ")).map(|c| (c, k)));
            match multi.or_else(|| country(words[i]).map(|c| (c, 1))) {
                Some((c, k)) => {
                    named.push(c);
                    i += k;
                }
                None => i += 1,
            }
        }
        if matches!(words.get(head + 1), Some(&"for" | &"of")) {
            let rest = &words[head + 2..];
            let stop = rest.iter().position(|w| matches!(*w, "to" | "in" | "at" | "from")).unwrap_or(rest.len());
            named.extend(rest[..stop].iter().filter_map(|w| country(w)));
        }
        for c in named {
            match found {
                Some(f) if f != c => return None,
                _ => found = Some(c),
            }
        }
    }
    found
}

/// The country of the organisation a person's role is in, when the
/// organisation is named in this document with a known country: "PCG
/// spokesman Commodore" after "the Philippine Coast Guard (PCG)"; "a
/// spokesman for the Finnish Border Guard". The organisation is the
/// words before the role word or behind "for"/"of"/"at" after it; none
/// unless exactly one country is found.
fn org_role_country(
    lx: &super::lexicon::Lexicon,
    descriptions: &[String],
    orgs: &HashMap<&str, usize>,
) -> Option<usize> {
    if orgs.is_empty() {
        return None;
    }
    let mut found: Option<usize> = None;
    for d in descriptions {
        let words: Vec<&str> = d.split_whitespace().collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let Some(head) = lower.iter().position(|w| lx.role_head(w)) else { continue };
        let mut named: Vec<usize> = Vec::new();
        let skip = usize::from(matches!(lower.first().map(String::as_str), Some("the" | "a" | "an")));
        if head > skip {
            if let Some(&c) = orgs.get(key(&words[skip..head].join(" ")).as_str()) {
                named.push(c);
            }
            named.extend(words[skip..head].iter().filter(|w| is_acronym(w)).filter_map(|w| orgs.get(key(w).as_str())));
        }
        if matches!(lower.get(head + 1).map(String::as_str), Some("for" | "of" | "at")) {
            let rest = &words[head + 2..];
            let stop = rest.iter().position(|w| matches!(*w, "to" | "in" | "who" | "and" | ",")).unwrap_or(rest.len());
            if let Some(&c) = orgs.get(key(&rest[..stop].join(" ")).as_str()) {
                named.push(c);
            }
        }
        for c in named {
            match found {
                Some(f) if f != c => return None,
                _ => found = Some(c),
            }
        }
    }
    found
}

/// Words of the offices of a state's own government.
const NATIONAL_OFFICES: [&str; 8] =
    ["president", "minister", "premier", "chancellor", "secretary", "speaker", "superintendent", "detective"];

/// Whether a person is known only by an unqualified office of a state's
/// government ("President", "Defence Minister", "the prime minister"):
/// some description has such an office as its role, and no description
/// names a country, an organisation of one, or a counterpart (whose office
/// is another state's).
fn unqualified_office(lx: &super::lexicon::Lexicon, descriptions: &[String]) -> bool {
    let mut office = false;
    for d in descriptions {
        let lower = d.to_lowercase();
        let words: Vec<&str> =
            lower.split(|ch: char| !ch.is_alphanumeric() && ch != '-').filter(|w| !w.is_empty()).collect();
        // "the opposition senator": a seat in the state's own parliament
        // ("opposition" alone, as in "opposition leader", says no office).
        let seat = words.contains(&"opposition") && words.iter().any(|w| LEGISLATORS.contains(w));
        for w in &words {
            let country = lx.demonyms.get(*w).is_some_and(|c| c.is_some())
                || lx.country_of_name(w).is_some()
                || lx.org_countries.contains_key(*w);
            if country || matches!(*w, "counterpart" | "former" | "visiting") || (*w == "opposition" && !seat) {
                return false;
            }
            office |= NATIONAL_OFFICES.contains(w) && lx.role_head(w);
        }
        office |= seat;
    }
    office
}

/// Nouns of a news medium, for [`outlet_kind`].
const MEDIA: [&str; 11] = [
    "broadcaster",
    "daily",
    "weekly",
    "newspaper",
    "tabloid",
    "magazine",
    "news site",
    "news website",
    "news agency",
    "television",
    "radio",
];

/// Words that make a medium a state's own.
const STATE_RUN: [&str; 6] =
    ["state", "state-run", "state-owned", "state-controlled", "government-run", "government-owned"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Medium {
    State,
    Other,
}

/// Whether an organisation is an outlet known only by its kind: a
/// description of words in lower case ending in a medium noun ("weekly",
/// "broadcaster", "state-run news agency"), with no demonym, country or city
/// (a report qualifies a foreign outlet: "the Slovak daily"). A state
/// medium ("state news agency") is told apart: it is the state's whose
/// officials it reports, not necessarily the filing country's.
fn outlet_kind(descriptions: &[String]) -> Option<Medium> {
    descriptions.iter().find_map(|d| {
        let words: Vec<&str> = d.split_whitespace().filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
        if words.is_empty() || words.iter().any(|w| !w.chars().next().is_some_and(char::is_lowercase)) {
            return None;
        }
        let n = words.len();
        let medium = MEDIA.contains(&words[n - 1]) || (n >= 2 && MEDIA.contains(&words[n - 2..].join(" ").as_str()));
        medium.then(|| if words.iter().any(|w| STATE_RUN.contains(w)) { Medium::State } else { Medium::Other })
    })
}

/// A state medium with no country ("the state-run news agency Ruvest
/// reported") takes the one country of the people and organisations named
/// with it in the sentence that first names it ("Maria Lebedeva, a
/// spokeswoman for the Russian foreign ministry, said …, the state-run news
/// agency Ruvest reported" → `RUS`): state media report their own
/// government. Several countries, or none, leave it without.
fn state_media(ctx: &Ctx, out: &mut [Entity]) {
    let doc = ctx.doc;
    let found: Vec<(usize, String)> = out
        .iter()
        .enumerate()
        .filter(|(_, e)| e.ty == EntityType::Org && e.country.is_none())
        .filter(|(_, e)| outlet_kind(&e.descriptions) == Some(Medium::State))
        .filter_map(|(i, e)| {
            let sent = doc.sentence_at(e.mentions.first()?.span.start)?;
            let mut countries: Vec<&String> = out
                .iter()
                .enumerate()
                .filter(|(j, o)| *j != i && matches!(o.ty, EntityType::Person | EntityType::Org))
                .filter(|(_, o)| o.mentions.iter().any(|m| doc.sentence_at(m.span.start) == Some(sent)))
                .filter_map(|(_, o)| o.country.as_ref())
                .collect();
            countries.sort();
            countries.dedup();
            (countries.len() == 1).then(|| (i, countries[0].clone()))
        })
        .collect();
    for (i, c) in found {
        out[i].country = Some(c);
    }
}

/// Bases and companies named with the place they are at or based in take
/// that place's country: "the 86th Air Base **at Borcea**", "the vessel's
/// **Dubai-based** manager, Sealore Shipping", "Vega Freight Lines, a
/// **Rotterdam-based** shipping firm"; so do places named with the place
/// they lie in ("the town of Bara **in North Kordofan**"). Only a place
/// entity whose country is known counts ("island-based" says nothing).
fn located_at_places(ctx: &Ctx, out: &mut [Entity]) {
    let text = ctx.doc.text.as_str();
    // Where each place mention starts and ends → its entity's country.
    let mut starting: HashMap<usize, String> = HashMap::new();
    let mut ending: HashMap<usize, String> = HashMap::new();
    for e in out.iter().filter(|e| matches!(e.ty, EntityType::Gpe | EntityType::Loc)) {
        let Some(c) = &e.country else { continue };
        for m in &e.mentions {
            starting.entry(m.span.start).or_insert_with(|| c.clone());
            ending.entry(m.span.end).or_insert_with(|| c.clone());
        }
    }
    // "X-based": the place mention ends right before "-based".
    let based = |hyphen: usize| ending.get(&hyphen).cloned();
    let found: Vec<(usize, String)> = out
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.country.is_none() && matches!(e.ty, EntityType::Fac | EntityType::Org | EntityType::Gpe | EntityType::Loc)
        })
        .filter_map(|(i, e)| {
            let m = e.mentions.iter().find(|m| m.kind == MentionKind::Name)?;
            let sent = ctx.doc.sentence_at(m.span.start).and_then(|s| ctx.doc.sentences.get(s))?;
            let after = &text[m.span.end..sent.span.end];
            if e.ty != EntityType::Org {
                // "the 86th Air Base at Borcea", "the town of Bara in North
                // Kordofan" (a place is "in" another, not "at" it)
                let at = || (e.ty == EntityType::Fac).then(|| after.strip_prefix(" at ")).flatten();
                let rest = at().or_else(|| after.strip_prefix(" in "))?;
                return starting.get(&(sent.span.end - rest.len())).map(|c| (i, c.clone()));
            }
            // ", a Rotterdam-based shipping firm"
            let apposition = after.strip_prefix(", a ").or_else(|| after.strip_prefix(", an "));
            let after_based = apposition.and_then(|r| {
                let at = sent.span.end - r.len();
                let word_end = at + r.find([' ', ','])?;
                let hyphen = at + text[at..word_end].find("-based")?;
                based(hyphen)
            });
            // "the vessel's Dubai-based manager, Sealore Shipping"
            let before = &text[sent.span.start..m.span.start];
            let before_based = || {
                let b = before.strip_suffix(", ")?;
                let hyphen = b.rfind("-based ")?;
                let between = &b[hyphen + "-based ".len()..];
                let nouns = between.split_whitespace().count();
                ((1..=3).contains(&nouns) && between.chars().all(|c| c.is_lowercase() || c == ' '))
                    .then(|| based(sent.span.start + hyphen))
                    .flatten()
            };
            after_based.or_else(before_based).map(|c| (i, c))
        })
        .collect();
    for (i, c) in found {
        out[i].country = Some(c);
    }
}

/// Members of a parliament, a national seat when the description says
/// "opposition" ("the opposition senator"): a bare "Senator" is as often
/// another state's as a bare "President".
const LEGISLATORS: [&str; 5] = ["senator", "lawmaker", "legislator", "parliamentarian", "mp"];

/// Nouns of a small settlement, for [`introduced_settlement`].
const SETTLEMENTS: [&str; 5] = ["village", "hamlet", "town", "settlement", "township"];

/// Whether a place is introduced by an apposition that makes it a small
/// settlement and names no other state's place or people ("Stare Lipiny,
/// a village of about 400 people some three kilometres from the Bug
/// river"): a report names the country of a village abroad, so such a
/// village, in a text with a dateline or subject state, is that state's,
/// as an unqualified office is. "X, a village ten kilometres from
/// Daugavpils" in a Lithuanian story names Latvia's city: no country.
fn introduced_settlement(ctx: &Ctx, e: &Ent, country: usize) -> bool {
    let lx = ctx.lx;
    let toks = &ctx.doc.tokens;
    e.e.mentions.iter().filter(|m| m.kind == MentionKind::Name).any(|m| {
        let j = toks.partition_point(|t| t.span.start < m.span.end);
        let sent_end = ctx.sent_of.get(j).and_then(|&s| ctx.doc.sentences.get(s)).map_or(j, |s| s.tokens.1);
        if ctx.words.get(j) != Some(&",")
            || !matches!(ctx.lower.get(j + 1).map(String::as_str), Some("a" | "an"))
            || !ctx.lower.get(j + 2).is_some_and(|w| SETTLEMENTS.contains(&w.as_str()))
        {
            return false;
        }
        let end = (j + 3..sent_end).find(|&k| ctx.words[k] == ",").unwrap_or(sent_end);
        (j + 3..end).filter(|&k| ctx.cap(k)).all(|k| {
            let other = |c: Option<usize>| c.is_some_and(|c| c != country);
            !(1..=3).any(|n| k + n <= end && other(lx.country_of_place(&ctx.joined(k, k + n))))
                && !other(lx.demonyms.get(&ctx.lower[k]).copied().flatten())
        })
    })
}

/// The country a document was filed in: that of the place (or places, all
/// of one country) named in its byline or dateline line ("By Ewa Marczak,
/// Warsaw — 6 March 2025"), or of a wire dateline in capitals opening the
/// body ("ODESA, March 3 –"), when the document also names that country.
/// A person known only by an unqualified national office ("President
/// Ostaszewski", "Defence Minister Wielgus") is taken to hold that country's
/// office: the convention of datelined wire copy, and the only
/// assignment here that does not come from the person's own mentions.
fn filing_country(ctx: &Ctx, ents: &[Ent], named: &Named) -> Option<usize> {
    let doc = ctx.doc;
    // the dateline opens one of the first sentences (after the headline)
    let opening = doc.sentences.iter().take(3).map(|s| doc.tokens.get(s.tokens.0).map_or(0, |t| t.span.start));
    let in_line = |m: &Mention| {
        if doc.meta.byline.is_some_and(|b| b.contains(m.span)) {
            return true;
        }
        // "ODESA —", "KYIV, March 3 (Wire) –": capitals, then a dash or comma
        let text = m.span.slice(&doc.text);
        let next = doc.text[m.span.end..].trim_start().chars().next();
        opening.clone().any(|o| o == m.span.start)
            && text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !text.chars().any(char::is_lowercase)
            && matches!(next, Some('—' | '–' | '-' | ','))
    };
    let mut found: Option<usize> = None;
    for e in ents.iter().filter(|e| e.e.ty == EntityType::Gpe) {
        if !e.e.mentions.iter().any(in_line) {
            continue;
        }
        let Some(c) = entity_country(ctx, e, named) else { continue };
        match found {
            Some(f) if f != c => return None,
            _ => found = Some(c),
        }
    }
    found.filter(|c| named.states.contains(c))
}

/// A group's bodies known by one word once the group is named: the word
/// (as the entity is named), the group's name (lower case) and the body's
/// full name.
const GROUP_BODIES: [(&str, &str, &str); 2] =
    [("commission", "european union", "European Commission"), ("commission", "eu", "European Commission")];

/// "the Commission" in a text that names the European Union is the
/// European Commission: the organisation takes the full name, and the
/// word it was called by stays an alias.
fn bodies_of_groups(out: &mut [Entity]) {
    let named = |group: &str| {
        out.iter()
            .any(|e| e.ty == EntityType::Org && (key(&e.name) == group || e.aliases.iter().any(|a| key(a) == group)))
    };
    let renames: Vec<(usize, &str)> = out
        .iter()
        .enumerate()
        .filter(|(_, e)| e.ty == EntityType::Org)
        .filter_map(|(i, e)| {
            let k = key(&e.name);
            GROUP_BODIES.iter().find(|(word, group, _)| *word == k && named(group)).map(|(_, _, full)| (i, *full))
        })
        .collect();
    for (i, full) in renames {
        let e = &mut out[i];
        let old = std::mem::replace(&mut e.name, full.to_string());
        if !e.aliases.contains(&old) {
            e.aliases.push(old);
        }
    }
}

/// Heads of a state's own institutions, for [`national_body`].
const NATIONAL_BODIES: [&str; 15] = [
    "command",
    "ministry",
    "service",
    "bureau",
    "guard",
    "police",
    "agency",
    "directorate",
    "inspectorate",
    "army",
    "navy",
    "parliament",
    "government",
    "presidency",
    "prosecutor",
];

/// Words that make a body joint, international or not a state's.
const NOT_NATIONAL: [&str; 14] = [
    "international",
    "joint",
    "united",
    "allied",
    "world",
    "global",
    "regional",
    "nations",
    "union",
    "coalition",
    "european",
    "alliance",
    "organization",
    "organisation",
];

/// Whether an organisation is a state's own institution named by common
/// words only ("the Operational Command", "National Bureau of
/// Investigation", "Security Information Service"): two or more
/// capitalised words (function words aside) whose head (the word before
/// "of"/"for", else the last) is an institution noun, with no acronym and
/// nothing that makes it joint or international ("Joint Monitoring
/// Center", "International Maritime Organization"). Such a body belongs
/// to the state the document is filed in or about, as an unqualified
/// office does.
fn national_body(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let content = || words.iter().filter(|w| !matches!(**w, "of" | "for" | "and" | "the" | "The"));
    if content().count() < 2 || content().any(|w| !w.chars().next().is_some_and(char::is_uppercase) || is_acronym(w)) {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower.iter().any(|w| NOT_NATIONAL.contains(&w.as_str())) {
        return false;
    }
    let head = lower.iter().position(|w| w == "of" || w == "for").map_or(lower.len(), |i| i);
    head > 0 && NATIONAL_BODIES.contains(&lower[head - 1].as_str())
}

/// The state a document without a dateline is about, by an explicit cue:
/// the headline, or else the lead sentence, opens with that state's name
/// or its capital as its subject ("Czech Republic expels …", "Opinion:
/// Budapest's veto games …", "Romania's Ministry of National Defence
/// confirmed …"), and the document names that state (its name, demonyms,
/// capital and cities) more often than any other. A headline opening with
/// a demonym ("Chinese coast guard fires …") names none. As with a
/// dateline, a person known only by an unqualified national office
/// ("Prime Minister Tomáš Zelinka") holds that state's office.
fn subject_state(ctx: &Ctx, ents: &[Ent], named: &Named) -> Option<usize> {
    let doc = ctx.doc;
    let lx = ctx.lx;
    let mut count: HashMap<usize, usize> = HashMap::new();
    let mut state_at: HashMap<usize, (usize, usize)> = HashMap::new();
    for e in ents.iter().filter(|e| e.e.ty == EntityType::Gpe) {
        let Some(c) = entity_country(ctx, e, named) else { continue };
        *count.entry(c).or_default() += e.e.mentions.len();
        let k = e.name_key.as_str();
        if lx.country_of_name(k).is_some() || lx.capitals.contains_key(k) {
            for m in e.e.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
                state_at.insert(m.span.start, (c, m.span.end));
            }
        }
    }
    let places: std::collections::HashSet<usize> = ents
        .iter()
        .filter(|e| matches!(e.e.ty, EntityType::Gpe | EntityType::Loc))
        .flat_map(|e| e.e.mentions.iter().map(|m| m.span.start))
        .collect();
    let (&top, &most) = count.iter().max_by_key(|(_, n)| **n)?;
    if count.values().filter(|&&n| n == most).count() > 1 {
        return None;
    }
    // The subject opening a sentence: a state or capital name (after a
    // label ending in ":" or "|" in a headline, and a leading "the"),
    // followed by a possessive or a word in lower case (its verb).
    let subject = |s: &dossier_model::Sentence, headline: bool| -> Option<usize> {
        let (mut i, end) = s.tokens;
        if headline && let Some(k) = (i..end.min(i + 4)).find(|&k| matches!(ctx.words[k], ":" | "|")) {
            i = k + 1;
        }
        if ctx.lower.get(i).is_some_and(|w| w == "the") {
            i += 1;
        }
        let start = doc.tokens.get(i)?.span.start;
        let &(c, name_end) = state_at.get(&start)?;
        let j = (i..end).find(|&k| doc.tokens[k].span.start >= name_end)?;
        let next = ctx.words[j];
        // "Canada's Cape Breton": a place of the state, not its act.
        let place_after = || doc.tokens.get(j + 1).is_some_and(|t| places.contains(&t.span.start));
        ((matches!(next, "'s" | "’s") && !place_after()) || next.chars().next().is_some_and(char::is_lowercase))
            .then_some(c)
    };
    let first = doc.sentences.first()?;
    let headline = is_headline(ctx, first);
    let body_start = if headline { doc.text.find("\n\n").map_or(first.span.end, |p| p + 2) } else { 0 };
    let lead = if headline { doc.sentences.iter().find(|s| s.span.start >= body_start) } else { Some(first) };
    let found = if headline { subject(first, true) } else { None }.or_else(|| lead.and_then(|s| subject(s, false)));
    found.filter(|&c| c == top)
}

/// The country a place's own noun phrase names: "the **Ukrainian** port
/// of Izmail", "**Romania's** island of Sacalin" (a demonym or a country's
/// possessive, a place noun, "of", the name), or an apposition after it
/// that puts it in or on a country's territory: "Grindu, a village **in
/// Moldova**", "Valea Stârcului, a village on the **Romanian** bank of the
/// Danube". A place "near" a country's border says nothing.
fn place_phrase_country(ctx: &Ctx, m: &Mention) -> Option<usize> {
    if m.kind != MentionKind::Name {
        return None;
    }
    let lx = ctx.lx;
    let toks = &ctx.doc.tokens;
    let i = toks.partition_point(|t| t.span.start < m.span.start);
    let j = toks.partition_point(|t| t.span.start < m.span.end);
    let place_noun = |k: usize| ctx.lower.get(k).is_some_and(|w| lx.cue(w) & cue::PLACE_NOUN != 0);
    let demonym =
        |k: usize| (ctx.cap(k)).then(|| ctx.lower.get(k).and_then(|w| lx.demonyms.get(w).copied().flatten())).flatten();
    let possessive = |k: usize| {
        (k >= 1 && matches!(ctx.words.get(k), Some(&"'s" | &"’s"))).then(|| ctx.country_of(k - 1, k)).flatten()
    };
    if i >= 3
        && ctx.lower[i - 1] == "of"
        && place_noun(i - 2)
        && let Some(c) = demonym(i - 3).or_else(|| possessive(i - 3))
    {
        return Some(c);
    }
    // ", a village in Moldova", ", a town on the Romanian bank of …"
    if ctx.words.get(j) == Some(&",")
        && matches!(ctx.lower.get(j + 1).map(String::as_str), Some("a" | "an" | "the"))
        && place_noun(j + 2)
        && matches!(ctx.lower.get(j + 3).map(String::as_str), Some("in" | "on"))
    {
        let mut k = j + 4;
        if ctx.lower.get(k).is_some_and(|w| w == "the") {
            k += 1;
        }
        if let Some(c) = (1..=3)
            .rev()
            .find_map(|n| (ctx.cap(k) && k + n <= ctx.words.len()).then(|| ctx.country_of(k, k + n)).flatten())
        {
            return Some(c);
        }
        let territory =
            ctx.lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "bank" | "side" | "coast" | "shore" | "part"));
        if territory {
            return demonym(k);
        }
    }
    None
}

/// Nouns that name any ship: "the ship", "the vessel", "the boat".
const GENERIC_SHIP: &[&str] = &["ship", "vessel", "boat"];

/// The ship a nominal "the tanker", "the corvette", "the ship" refers to.
/// A specific noun joins the most recently mentioned ship named with that
/// noun next to its name ("the oil tanker Marisol Dawn", "a Type 056
/// corvette"), within the last eight sentences; a generic one ("the ship",
/// "the vessel") joins a ship only when it is the one ship mentioned in the
/// last three sentences (two ships in view leave it unresolved).
fn ship_nominal(ctx: &Ctx, ents: &[Ent], c: &Cand) -> Option<usize> {
    let sent = ctx.sent_of[c.tok.0];
    let noun = c.role.as_deref().unwrap_or("");
    let toks = &ctx.doc.tokens;
    // The ship nouns and prefixes right before or after each name mention.
    let nouns_of = |e: &Ent| -> Vec<String> {
        let mut out = Vec::new();
        for m in e.e.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
            let a = toks.partition_point(|t| t.span.start < m.span.start);
            let b = toks.partition_point(|t| t.span.start < m.span.end);
            for k in [a.checked_sub(1), Some(b)].into_iter().flatten() {
                if let Some(w) = ctx.lower.get(k).filter(|w| ctx.lx.cue(w) & (cue::SHIP_NOUN | cue::SHIP_PREFIX) != 0) {
                    out.push(w.clone());
                }
            }
            if ctx.lx.cue(&ctx.lower[a]) & cue::SHIP_PREFIX != 0 {
                out.push(ctx.lower[a].clone());
            }
        }
        out
    };
    let within = |e: &Ent, n: usize| ctx.doc.sentence_at(e.last).is_some_and(|s| s <= sent && sent - s <= n);
    let ships = ents.iter().enumerate().filter(|(_, e)| e.e.ty == EntityType::Equipment);
    if GENERIC_SHIP.contains(&noun) {
        let mut near = ships.filter(|(_, e)| within(e, 3) && !nouns_of(e).is_empty());
        return match (near.next(), near.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        };
    }
    ships
        .filter(|(_, e)| within(e, 8) && nouns_of(e).iter().any(|w| w == noun))
        .max_by_key(|(_, e)| e.last)
        .map(|(i, _)| i)
}

/// The organisation another one is part of, by an apposition: "The Centre
/// for Cyber Security (CFCS), **part of the FE**, said".
fn part_of_org(ctx: &Ctx, ents: &[Ent], e: &Ent) -> Option<usize> {
    let toks = &ctx.doc.tokens;
    e.e.mentions.iter().filter(|m| m.kind == MentionKind::Name).find_map(|m| {
        let mut j = toks.partition_point(|t| t.span.start < m.span.end);
        if ctx.words.get(j) == Some(&"(") && ctx.words.get(j + 2) == Some(&")") {
            j += 3;
        }
        let part_of = ctx.words.get(j) == Some(&",")
            && ctx.lower.get(j + 1).is_some_and(|w| w == "part")
            && ctx.lower.get(j + 2).is_some_and(|w| w == "of");
        if !part_of {
            return None;
        }
        let k = if ctx.lower.get(j + 3).is_some_and(|w| w == "the") { j + 4 } else { j + 3 };
        let start = toks.get(k)?.span.start;
        ents.iter().position(|o| {
            !std::ptr::eq(o, e)
                && o.e.ty == EntityType::Org
                && o.e.mentions.iter().any(|om| om.kind == MentionKind::Name && om.span.start == start)
        })
    })
}

/// The token right after "of" or "of the" that follows a name mention, if
/// one does.
fn after_of(ctx: &Ctx, m: &Mention) -> Option<usize> {
    let j = ctx.doc.tokens.partition_point(|t| t.span.start < m.span.end);
    if ctx.lower.get(j).is_none_or(|w| w != "of") {
        return None;
    }
    Some(if ctx.lower.get(j + 1).is_some_and(|w| w == "the") { j + 2 } else { j + 1 })
}

/// The organisation named right after a person's name behind "of [the]":
/// "Commander Jari Lähteenmäki **of the Border Guard**".
fn org_after_name(ctx: &Ctx, ents: &[Ent], e: &Ent) -> Option<usize> {
    let toks = &ctx.doc.tokens;
    e.e.mentions.iter().filter(|m| m.kind == MentionKind::Name).find_map(|m| {
        let k = after_of(ctx, m)?;
        let start = toks.get(k)?.span.start;
        ents.iter().position(|o| {
            o.e.ty == EntityType::Org
                && o.e.mentions.iter().any(|om| om.kind == MentionKind::Name && om.span.start == start)
        })
    })
}

/// The state a titled person is "of", named right after the name:
/// "Foreign Minister Anna Kovacs **of Hungary**", "President Joe Smith **of
/// the United States**", a capital standing for its state ("of Budapest").
/// Only for a person with a role description (the title before the name),
/// and only when the country or capital is the whole name after "of [the]"
/// and no possessive follows it ("of Hungary's ruling party" is a party's).
fn state_after_titled_name(ctx: &Ctx, e: &Ent) -> Option<usize> {
    if e.e.descriptions.is_empty() {
        return None;
    }
    let toks = &ctx.doc.tokens;
    e.e.mentions.iter().filter(|m| m.kind == MentionKind::Name).find_map(|m| {
        let k = after_of(ctx, m)?;
        // The longest run of capitalised words after "of [the]" (at most
        // four), which must be exactly a country or capital.
        let mut end = k;
        while end < toks.len() && end < k + 4 && ctx.cap(end) {
            end += 1;
        }
        if end == k || ctx.words.get(end).is_some_and(|w| matches!(*w, "'s" | "’s" | "-" | "–")) {
            return None;
        }
        let name = ctx.lower[k..end].join(" ");
        ctx.lx.country_of_name(&name).or_else(|| ctx.lx.capitals.get(&name).copied())
    })
}

/// A country's possessive ("Romania's") or a demonym ("the Russian")
/// right before a name mention.
fn country_before(ctx: &Ctx, m: &Mention) -> Option<usize> {
    if m.kind != MentionKind::Name {
        return None;
    }
    let i = ctx.doc.tokens.partition_point(|t| t.span.start < m.span.start);
    if i >= 2 && matches!(ctx.words[i - 1], "'s" | "’s") {
        return ctx.country_of(i - 2, i - 1);
    }
    (i >= 1 && ctx.cap(i - 1)).then(|| ctx.lx.demonyms.get(&ctx.lower[i - 1]).copied().flatten()).flatten()
}

/// The country an organisation's name says it belongs to: "of [the]
/// <country>" at its end ("Armed Forces of Ukraine", "Ministry of Foreign
/// Affairs of the Russian Federation", "German Marshall Fund of the United
/// States": the country the name says the body is *of* wins over a leading
/// adjective), else a demonym or country name as its first one or two
/// words ("Finnish Border Guard", "South Korean Navy"), or the country's own
/// adjective or name in its language as the first word (`native` in
/// `places_extra.tsv`: "Polskie Radio", "Magyar Nemzet"). A leading country
/// name that also names a region elsewhere (`shared` in `places_extra.tsv`:
/// the US state in "Georgia Tech") says nothing.
fn org_name_country(lx: &super::lexicon::Lexicon, key: &str) -> Option<usize> {
    let words: Vec<&str> = key.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    if let Some(of) = words.iter().rposition(|w| *w == "of") {
        let rest = &words[of + 1..];
        let rest = if rest.first() == Some(&"the") { &rest[1..] } else { rest };
        if let Some(c) = (!rest.is_empty()).then(|| lx.country_of_name(&rest.join(" "))).flatten() {
            return Some(c);
        }
    }
    let country_word = |w: &[&str]| {
        let joined = w.join(" ");
        lx.demonyms
            .get(&joined)
            .copied()
            .flatten()
            .or_else(|| lx.country_of_name(&joined).filter(|_| !lx.shared_names.contains(&joined)))
    };
    let lead = (words.len() > 2).then(|| country_word(&words[..2])).flatten();
    lead.or_else(|| country_word(&words[..1])).or_else(|| lx.native_names.get(words[0]).copied())
}

/// The one country named in an organisation's descriptions by a demonym
/// or a country's possessive ("the Lithuanian daily", "Russia’s military
/// intelligence service"); none if they name none or several.
fn descriptions_country(lx: &super::lexicon::Lexicon, descriptions: &[String]) -> Option<usize> {
    let mut found: Option<usize> = None;
    for d in descriptions {
        let lower = d.to_lowercase();
        let words: Vec<&str> = lower.split(|ch: char| !ch.is_alphanumeric() && ch != '-').collect();
        let capitalised: Vec<bool> = d
            .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
            .map(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        for (i, w) in words.iter().enumerate() {
            let possessive = words.get(i + 1) == Some(&"s");
            // "the Manila daily": a capitalised capital, or a city of one
            // country.
            let place = || {
                capitalised.get(i).copied().unwrap_or(false).then(|| {
                    lx.capitals.get(*w).copied().or_else(|| lx.city(w).filter(|cs| cs.len() == 1).map(|cs| cs[0]))
                })
            };
            let c = lx
                .demonyms
                .get(*w)
                .copied()
                .flatten()
                .or_else(|| possessive.then(|| lx.country_of_name(w)).flatten())
                .or_else(|| place().flatten());
            match (c, found) {
                (Some(c), Some(f)) if c != f => return None,
                (Some(c), _) => found = Some(c),
                _ => {}
            }
        }
    }
    found
}

/// Whether a role phrase's nationality ("the Russian ambassador",
/// "Hungary's president") agrees with a description: the description names
/// no country, or names that one.
fn countries_agree(lx: &super::lexicon::Lexicon, mods: &[String], desc_words: &[&str]) -> bool {
    let country = |w: &str| lx.demonyms.get(w).copied().flatten().or_else(|| lx.country_of_name(w));
    let named: Vec<usize> = desc_words.iter().filter_map(|w| country(w)).collect();
    mods.iter().filter_map(|m| country(m)).all(|ci| named.is_empty() || named.contains(&ci))
}

/// The entity a name or demonym mention joins, and by which rule.
fn find(
    ctx: &Ctx,
    ents: &[Ent],
    index: &HashMap<String, Vec<usize>>,
    c: &Cand,
    surface: &str,
    k: &str,
) -> (Option<usize>, &'static str) {
    if let Some(start) = c.acronym_of
        && let Some(i) = ents.iter().position(|e| e.e.mentions.iter().any(|m| m.span.start == start))
    {
        return (Some(i), "acronym");
    }
    if let Some(country) = c.country
        && c.ty == EntityType::Gpe
    {
        if let Some(i) = ents.iter().position(|e| e.country == Some(country) && e.e.ty == EntityType::Gpe) {
            let rule = if c.kind == MentionKind::Demonym {
                "demonym"
            } else if ents[i].keys.iter().any(|x| x == k) {
                "same-name"
            } else {
                "alias"
            };
            return (Some(i), rule);
        }
        return (None, "");
    }
    if c.rule == Some("possessive-org") {
        let head = c.role.as_ref().unwrap_or(&ctx.lower[c.tok.1 - 1]);
        if let Some(i) = ents
            .iter()
            .position(|e| e.org_head.as_ref() == Some(head) && e.country == c.country && e.e.ty == EntityType::Org)
        {
            return (Some(i), "same-org");
        }
        // "Philippine coast guard vessels" after the model's "Philippine
        // Coast Guard": the same name in other case.
        if let Some(&i) = index.get(k).and_then(|v| v.iter().find(|&&i| ents[i].e.ty == EntityType::Org)) {
            return (Some(i), "same-name");
        }
        return (None, "");
    }
    if let Some(&i) = index.get(k).and_then(|v| v.iter().find(|&&i| compatible(ents[i].e.ty, c.ty))) {
        return (Some(i), "same-name");
    }
    let words: Vec<&str> = k.split_whitespace().collect();
    // Short forms that the model may have typed differently from the full
    // name: an acronym ("EU" tagged as a place), an organisation's first
    // word ("Sealore") or its name without a demonym ("the Border Guard"
    // after "the Finnish Border Guard"), a ship's name without its prefix
    // ("the Ludovico Arce").
    for (i, e) in ents.iter().enumerate().rev() {
        let parts: Vec<&str> = e.name_key.split_whitespace().collect();
        if e.e.ty == EntityType::Org && is_acronym(surface) && surface.len() >= 2 && initials(&e.e.name) == surface {
            return (Some(i), "acronym");
        }
        if e.e.ty == EntityType::Org
            && c.ty == EntityType::Org
            && parts.len() == words.len() + 1
            && parts[1..] == words[..]
            && ctx.lx.demonyms.contains_key(parts[0])
        {
            return (Some(i), "short-form");
        }
        if e.e.ty == EntityType::Org
            && matches!(c.ty, EntityType::Person | EntityType::Org | EntityType::Misc)
            && words.len() == 1
            && parts.len() > 1
            && parts[0] == words[0]
            && words[0].chars().count() >= 4
            && !ctx.lx.first_names.contains_key(surface)
            && !ctx.lx.demonyms.contains_key(words[0])
        {
            return (Some(i), "short-form");
        }
        if e.e.ty == EntityType::Equipment
            && parts.len() == words.len() + 1
            && parts[1..] == words[..]
            && ctx.lx.cue(parts[0]) & super::lexicon::cue::SHIP_PREFIX != 0
        {
            return (Some(i), "short-form");
        }
    }
    for (i, e) in ents.iter().enumerate().rev() {
        if !compatible(e.e.ty, c.ty) {
            continue;
        }
        let parts: Vec<&str> = e.name_key.split_whitespace().collect();
        match c.ty {
            EntityType::Person
                if words.len() == 1
                    && parts.len() > 1
                    && (parts.last() == Some(&words[0]) || parts.first() == Some(&words[0])) =>
            {
                return (Some(i), "short-form");
            }
            EntityType::Org => {
                if is_acronym(surface) && initials(&e.e.name) == surface {
                    return (Some(i), "acronym");
                }
                if words.len() == 1 && parts.len() > 1 && parts[0] == words[0] && words[0].chars().count() >= 4 {
                    return (Some(i), "short-form");
                }
            }
            EntityType::Equipment
                if parts.len() > words.len()
                    && parts[parts.len() - words.len()..] == words[..]
                    && parts.len() - words.len() == 1 =>
            {
                return (Some(i), "short-form");
            }
            _ => {}
        }
    }
    (None, "")
}
