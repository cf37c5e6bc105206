//! The entities stage: names recognised by the statistical model
//! (`dossier-ner`, trained on CoNLL-2003), typed more finely, and resolved
//! into one entity per real-world thing in the document.
//!
//! Recognition gives CoNLL types (PER, ORG, LOC, MISC). Refinement splits
//! locations into `GPE` (political units, the default) and `LOC` (seas,
//! rivers, regions: recognised by their head word) and turns weapon and
//! platform designations ("Su-25", "S-400", "Shahed-136") into
//! `EQUIPMENT`, whether or not the model tagged them.
//!
//! Resolution is deliberately conservative — a wrong merge is worse for an
//! analyst than a missed one — and every merge records its rule: the same
//! name again (`same-name`), a person's surname or given name alone after
//! the full name (`short-form`), and an acronym after its expansion
//! (`acronym`). The fullest name becomes the entity's name.

use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document, Entity, EntityType, Mention, MentionKind, Span, TokenKind};

pub struct EntityStage;

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn version(&self) -> u32 {
        1
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Sentences, Layer::Tokens]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        let mentions = recognise(doc);
        doc.entities = resolve(&doc.text, mentions);
        Vec::new()
    }
}

/// Head words that make a location a natural or regional feature (`LOC`)
/// rather than a political unit (`GPE`).
const LOC_HEADS: &[&str] = &[
    "sea",
    "ocean",
    "gulf",
    "bay",
    "strait",
    "straits",
    "river",
    "lake",
    "mountains",
    "mountain",
    "island",
    "islands",
    "shoal",
    "peninsula",
    "channel",
    "desert",
    "valley",
    "basin",
    "coast",
    "reef",
    "cape",
    "atoll",
];

/// Nouns that make a preceding designation a piece of equipment.
const EQUIPMENT_HEADS: &[&str] = &[
    "missile",
    "missiles",
    "drone",
    "drones",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "aircraft",
    "plane",
    "planes",
    "helicopter",
    "helicopters",
    "tank",
    "tanks",
    "system",
    "systems",
    "launcher",
    "launchers",
    "rocket",
    "rockets",
    "bomber",
    "bombers",
    "corvette",
    "frigate",
    "destroyer",
    "submarine",
    "vessel",
    "interceptor",
    "interceptors",
    "battery",
    "batteries",
    "howitzer",
    "howitzers",
    "warship",
    "ship",
];

#[derive(Debug, Clone)]
struct RawMention {
    span: Span,
    ty: EntityType,
}

/// Whether a token looks like a weapon or platform designation: letters,
/// a hyphen and digits ("Su-25", "S-400", "Kh-101", "Shahed-136",
/// "Iskander-M" is handled by the lexicon of the next issue), or letters
/// directly followed by digits ("TB2", "F16").
fn is_designation(tok: &str) -> bool {
    let Some((head, tail)) = tok.split_once('-') else {
        let letters = tok.chars().take_while(|c| c.is_ascii_uppercase()).count();
        let rest = &tok[letters..];
        return (1..=4).contains(&letters) && !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit());
    };
    !head.is_empty()
        && head.len() <= 8
        && head.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && head.chars().all(|c| c.is_ascii_alphabetic())
        && !tail.is_empty()
        && tail.chars().next().is_some_and(|c| c.is_ascii_digit())
        && tail.chars().all(|c| c.is_ascii_alphanumeric())
}

fn recognise(doc: &Document) -> Vec<RawMention> {
    let model = dossier_ner::Model::embedded();
    let text = &doc.text;
    let sentences: Vec<Vec<&str>> =
        doc.sentences.iter().map(|s| doc.sentence_tokens(s).iter().map(|t| t.span.slice(text)).collect()).collect();
    let tagged = model.tag_document(&sentences);
    let mut out = Vec::new();
    for (sentence, spans) in doc.sentences.iter().zip(tagged) {
        let tokens = doc.sentence_tokens(sentence);
        let mut covered = vec![false; tokens.len()];
        for s in spans {
            if s.start >= s.end || s.end > tokens.len() {
                continue;
            }
            let span = Span::new(tokens[s.start].span.start, tokens[s.end - 1].span.end);
            let words: Vec<&str> = tokens[s.start..s.end].iter().map(|t| t.span.slice(text)).collect();
            let ty = refine(s.ty, &words, tokens.get(s.end).map(|t| t.span.slice(text)));
            covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
            out.push(RawMention { span, ty });
        }
        // Designations the model missed, when a head noun follows them.
        for (i, tok) in tokens.iter().enumerate() {
            if covered[i] || tok.kind != TokenKind::Word || !is_designation(tok.span.slice(text)) {
                continue;
            }
            let next = tokens.get(i + 1).map(|t| t.span.slice(text).to_ascii_lowercase());
            if next.is_some_and(|n| EQUIPMENT_HEADS.contains(&n.as_str())) {
                out.push(RawMention { span: tok.span, ty: EntityType::Equipment });
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

fn refine(ty: dossier_ner::EntityType, words: &[&str], next: Option<&str>) -> EntityType {
    let last = words.last().map(|w| w.to_ascii_lowercase()).unwrap_or_default();
    let designation = words.iter().any(|w| is_designation(w));
    let next_is_head = next.is_some_and(|n| EQUIPMENT_HEADS.contains(&n.to_ascii_lowercase().as_str()));
    match ty {
        _ if designation && (next_is_head || ty != dossier_ner::EntityType::Per) => EntityType::Equipment,
        dossier_ner::EntityType::Per => EntityType::Person,
        dossier_ner::EntityType::Org => EntityType::Org,
        dossier_ner::EntityType::Loc if LOC_HEADS.contains(&last.as_str()) => EntityType::Loc,
        dossier_ner::EntityType::Loc => EntityType::Gpe,
        dossier_ner::EntityType::Misc if words.len() == 1 && is_demonym(words[0]) => EntityType::Norp,
        dossier_ner::EntityType::Misc => EntityType::Misc,
    }
}

fn is_demonym(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && ["ian", "ean", "ese", "ish", "ic", "i", "an", "ch"].iter().any(|s| w.ends_with(s))
}

/// Normalised key for comparing names: lower case, without a leading
/// "the" and without possessive endings.
fn key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_string();
    lower.trim_end_matches("'s").trim_end_matches("’s").to_string()
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

fn resolve(text: &str, mentions: Vec<RawMention>) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for m in mentions {
        let surface = m.span.slice(text);
        let k = key(surface);
        let mut target: Option<(usize, &'static str)> = None;
        for (i, e) in entities.iter().enumerate() {
            if !compatible(e.ty, m.ty) {
                continue;
            }
            if e.aliases.iter().any(|a| key(a) == k) {
                target = Some((i, "same-name"));
                break;
            }
            if m.ty == EntityType::Person && !k.contains(' ') {
                let parts: Vec<String> = e.name.split_whitespace().map(|p| p.to_lowercase()).collect();
                if parts.len() > 1 && (parts.last() == Some(&k) || parts.first() == Some(&k)) {
                    target = Some((i, "short-form"));
                    break;
                }
            }
            let upper = surface.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
            if m.ty == EntityType::Org && upper && surface.len() >= 2 && initials(&e.name) == surface {
                target = Some((i, "acronym"));
                break;
            }
        }
        match target {
            Some((i, rule)) => {
                let e = &mut entities[i];
                e.mentions.push(Mention { span: m.span, kind: MentionKind::Name, rule: Some(rule.to_string()) });
                if !e.aliases.iter().any(|a| a == surface) {
                    e.aliases.push(surface.to_string());
                }
                // The fullest proper name is the entity's name; an acronym
                // never displaces its expansion.
                if rule != "acronym" && surface.split_whitespace().count() > e.name.split_whitespace().count() {
                    e.name = surface.to_string();
                }
            }
            None => entities.push(Entity {
                id: String::new(),
                name: surface.to_string(),
                ty: m.ty,
                aliases: vec![surface.to_string()],
                descriptions: Vec::new(),
                mentions: vec![Mention { span: m.span, kind: MentionKind::Name, rule: None }],
            }),
        }
    }
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        if e.aliases.len() == 1 && e.aliases[0] == e.name {
            e.aliases.clear();
        }
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Metadata;

    fn run(text: &str) -> Document {
        let mut doc = Document::new(text.into(), Metadata::default());
        crate::segment::Segmenter.run(&mut doc);
        crate::tokenize::Tokenizer.run(&mut doc);
        EntityStage.run(&mut doc);
        doc
    }

    fn entity<'d>(doc: &'d Document, name: &str) -> &'d Entity {
        doc.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name} in {:#?}", doc.entities))
    }

    #[test]
    fn short_forms_merge_into_the_full_name() {
        let doc = run("Defence Minister Anna Kovacs spoke in Warsaw on Monday. Kovacs said the missile was Russian.");
        let kovacs = entity(&doc, "Anna Kovacs");
        assert_eq!(kovacs.ty, EntityType::Person);
        assert_eq!(kovacs.mentions.len(), 2);
        assert_eq!(kovacs.mentions[1].rule.as_deref(), Some("short-form"));
        assert_eq!(entity(&doc, "Warsaw").ty, EntityType::Gpe);
    }

    #[test]
    fn designations_are_equipment() {
        let doc = run("Two Su-25 jets and an S-400 system were seen near the Black Sea.");
        assert_eq!(entity(&doc, "Su-25").ty, EntityType::Equipment);
        assert_eq!(entity(&doc, "S-400").ty, EntityType::Equipment);
        assert_eq!(entity(&doc, "Black Sea").ty, EntityType::Loc);
    }

    #[test]
    fn acronyms_join_their_expansion() {
        let doc = run("The North Atlantic Treaty Organization met on Friday. NATO said it would respond.");
        let nato = entity(&doc, "North Atlantic Treaty Organization");
        assert!(nato.aliases.contains(&"NATO".to_string()), "{nato:?}");
    }

    #[test]
    fn designation_shapes() {
        for yes in ["Su-25", "S-400", "Kh-101", "Shahed-136", "TB2", "F-16"] {
            assert!(is_designation(yes), "{yes}");
        }
        for no in ["Bosnia-Herzegovina", "COVID", "2025", "al-Assad", "Russian-built"] {
            assert!(!is_designation(no), "{no}");
        }
    }
}
