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
//! - `role`: "the minister" joins the most recently mentioned person whose
//!   descriptions contain "minister" (and the phrase's nationality word,
//!   if it has one).
//! - `pronoun`: "he"/"she" joins the most recent person mention of a
//!   compatible gender within three sentences; if that most recent
//!   person-like mention is someone unnamed ("The Russian ambassador"), the
//!   pronoun stays unresolved rather than jumping to an older name.
//!
//! Conservative by design: a wrong merge misleads an analyst more than a
//! missed one, so types must be compatible (GPE and LOC count as one) and
//! no rule merges two different full names.

use std::collections::HashMap;

use dossier_model::{Entity, EntityType, Mention, MentionKind};

use super::lexicon::Gender;
use super::recognise::{Cand, Ctx, is_acronym};

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
            MentionKind::Nominal if c.ty == EntityType::Org => {
                // The most recently mentioned organisation, named within the
                // last three sentences, whose name contains the noun.
                let sent = ctx.sent_of[c.tok.0];
                let role = c.role.as_deref().unwrap_or("");
                let found = ents
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.e.ty == EntityType::Org && e.name_key.split_whitespace().any(|w| w == role))
                    .filter(|(_, e)| ctx.doc.sentence_at(e.last).is_some_and(|s| sent.saturating_sub(s) <= 3))
                    .max_by_key(|(_, e)| e.last)
                    .map(|(i, _)| i);
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
                let org_head = (c.rule == Some("possessive-org")).then(|| ctx.lower[c.tok.1 - 1].clone());
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
                });
                ents.len() - 1
            }
        };
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
    let mut out: Vec<Entity> = ents.into_iter().map(|e| e.e).collect();
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        let name = e.name.clone();
        e.aliases.retain(|a| *a != name);
    }
    out
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
        let head = &ctx.lower[c.tok.1 - 1];
        if let Some(i) = ents
            .iter()
            .position(|e| e.org_head.as_ref() == Some(head) && e.country == c.country && e.e.ty == EntityType::Org)
        {
            return (Some(i), "same-org");
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
