//! The entities stage: names recognised by the statistical model
//! (`dossier-ner`, trained on CoNLL-2003), typed more finely by rules that
//! read their context, and resolved into one entity per real-world thing in
//! the document, each with its mentions, aliases and role descriptions.
//!
//! - [`recognise`]: the model's PER/ORG/LOC/MISC spans, retyped into the
//!   spec's types (`GPE` vs `LOC`, `EQUIPMENT`, `EVENT`, `NORP`) by lexicons
//!   and context cues, plus what the model does not find (designations with
//!   a head noun, ships after a ship noun, demonyms, acronyms in
//!   parentheses, possessive organisations, role phrases and pronouns).
//! - [`resolve`]: which mentions are the same entity; every merge records
//!   its rule on the [`Mention`](dossier_model::Mention).
//! - [`lexicon`]: the language data, from files under `data/entities/`.
//! - [`eval`]: scoring on GUM, MEANTIME and re3d with the whole pipeline.
//!
//! Key decisions (see `crates/nlp/README-entities.md`):
//! - Demonyms that denote the state ("Turkish airspace", "the Belarusian
//!   foreign ministry", "Russian-built") are `Demonym` mentions of the
//!   country's `GPE` entity; other demonyms ("a Moldovan national") are
//!   `NORP` entities of their own.
//! - Capitals used for governments ("Ankara has proposed") stay their own
//!   `GPE`: the text names the city, and folding it into the country would
//!   lose that; the analyst sees both entities.
//! - A type set by a context cue (the ship noun in "the tanker Marisol
//!   Dawn") is strong: every mention of the same name takes it.

pub mod eval;
pub mod lexicon;
pub mod recognise;
pub mod resolve;

use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document, EntityType, MentionKind};
use recognise::{Cand, Ctx};
use std::collections::HashMap;

pub use recognise::is_designation;

pub struct EntityStage;

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn version(&self) -> u32 {
        18
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Sentences, Layer::Tokens]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        doc.entities = entities(doc);
        Vec::new()
    }
}

/// Recognises and resolves the entities of a segmented, tokenized document.
pub fn entities(doc: &Document) -> Vec<dossier_model::Entity> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx::new(doc);
    let mut cands = recognise::recognise(&ctx);
    // "US$ 2.7 billion": a currency, not the country.
    cands.retain(|c| !doc.text[c.span.end..].starts_with('$'));
    // "18:30 (GMT+3)": a time zone, part of a time, not a name.
    cands.retain(|c| c.kind != MentionKind::Name || !TIME_ZONES.contains(&c.span.slice(&doc.text)));
    let mut cands = select(cands);
    rejoin(&ctx, &mut cands);
    propagate(&ctx, &mut cands);
    type_vote(&ctx, &mut cands);
    place_pairs(&ctx, &mut cands);
    recognise::people(&ctx, &mut cands);
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    resolve::resolve(&ctx, cands)
}

/// Abbreviations of time zones, which the model reads as names.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "AKST", "HST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "AWST", "NZST", "NZDT",
];

/// Keeps the best of overlapping candidates: higher priority first, then
/// longer, then earlier. Nested candidates (a possessive organisation, a
/// role phrase) may overlap others.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        b.prio.cmp(&a.prio).then((b.tok.1 - b.tok.0).cmp(&(a.tok.1 - a.tok.0))).then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans that may not overlap, by start (they never overlap each
    // other, so only the one starting last before a candidate's end can
    // overlap it), and everything kept, to drop exact duplicates.
    let mut solid: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut seen: std::collections::HashSet<(usize, usize, u8, EntityType)> = std::collections::HashSet::new();
    let mut kept: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands {
        if !seen.insert((c.span.start, c.span.end, c.kind as u8, c.ty)) {
            continue;
        }
        if !c.nested {
            let clash = solid.range(..c.span.end).next_back().is_some_and(|(_, &end)| end > c.span.start);
            if clash {
                continue;
            }
            solid.insert(c.span.start, c.span.end);
        }
        kept.push(c);
    }
    kept.sort_by_key(|c| c.span.start);
    kept
}

/// Names the model misses where capitals say little: in the headline
/// (often title case, or a bare company name first: "Apple unveils iPod
/// nano") and as the first word of a sentence. A run of capitalised words
/// there that is exactly a name recognised elsewhere in the document
/// becomes a mention with that name's type (the type vote and `same-name`
/// then treat it like the others). A one-word name is taken only if the
/// document never writes it in lower case ("May" next to "may").
fn propagate(ctx: &Ctx, cands: &mut Vec<Cand>) {
    let text = &ctx.doc.text;
    let mut names: HashMap<String, EntityType> = HashMap::new();
    let mut covered = vec![false; ctx.words.len()];
    for c in cands.iter() {
        covered[c.tok.0..c.tok.1].iter_mut().for_each(|x| *x = true);
        if c.kind == MentionKind::Name && !c.nested && !matches!(c.ty, EntityType::Misc | EntityType::Norp) {
            names.entry(c.span.slice(text).to_string()).or_insert(c.ty);
        }
    }
    if names.is_empty() {
        return;
    }
    let lower_words: std::collections::HashSet<&str> =
        ctx.words.iter().filter(|w| w.chars().next().is_some_and(char::is_lowercase)).copied().collect();
    let mut extra = Vec::new();
    for s in &ctx.doc.sentences {
        let (a, b) = s.tokens;
        let starts = if recognise::is_headline(ctx, s) { a..b } else { a..(a + 1).min(b) };
        for i in starts {
            if covered[i] || !ctx.cap(i) {
                continue;
            }
            for len in (1..=4.min(b - i)).rev() {
                if (i..i + len).any(|k| covered[k] || !ctx.cap(k)) {
                    continue;
                }
                let surface = ctx.span(i, i + len).slice(text);
                let Some(&ty) = names.get(surface) else { continue };
                if text[ctx.span(i, i + len).end..].starts_with('$') {
                    continue;
                }
                if len == 1 && lower_words.contains(ctx.lower[i].as_str()) {
                    continue;
                }
                // Part of a longer name the model found ("Northrop" before
                // a recognised "Grumman").
                let joined = |k: usize| covered.get(k).copied().unwrap_or(false) && ctx.cap(k);
                if joined(i + len) || (i > a && joined(i - 1)) {
                    break;
                }
                let mut c = Cand::new(ctx, (i, i + len), ty, 0);
                c.strong = false;
                covered[i..i + len].iter_mut().for_each(|x| *x = true);
                extra.push(c);
                break;
            }
        }
    }
    if !extra.is_empty() {
        cands.extend(extra);
        cands.sort_by_key(|c| c.span.start);
    }
}

/// At the start of a sentence the model sometimes splits a name that it
/// finds whole elsewhere ("[Baltic] [Wire] could not verify" after "Baltic
/// Wire reported"): the run of capitalised words that is exactly a
/// multi-word name recognised elsewhere in the document replaces the
/// model's pieces, when they lie inside it.
fn rejoin(ctx: &Ctx, cands: &mut Vec<Cand>) {
    let text = &ctx.doc.text;
    let mut names: HashMap<&str, EntityType> = HashMap::new();
    for c in cands.iter() {
        if c.kind == MentionKind::Name && !c.nested && c.tok.1 - c.tok.0 >= 2 && c.ty != EntityType::Misc {
            names.entry(c.span.slice(text)).or_insert(c.ty);
        }
    }
    if names.is_empty() {
        return;
    }
    let mut drop: Vec<usize> = Vec::new();
    let mut extra: Vec<Cand> = Vec::new();
    for s in &ctx.doc.sentences {
        let (a, b) = s.tokens;
        for len in (2..=4.min(b - a)).rev() {
            if !(a..a + len).all(|k| ctx.cap(k)) {
                continue;
            }
            let Some(&ty) = names.get(ctx.span(a, a + len).slice(text)) else { continue };
            let inside: Vec<usize> = (0..cands.len())
                .filter(|&i| !cands[i].nested && cands[i].tok.0 < a + len && cands[i].tok.1 > a)
                .collect();
            let split = inside.len() >= 2
                && inside.iter().all(|&i| cands[i].tok.0 >= a && cands[i].tok.1 <= a + len && cands[i].prio <= 1);
            if split {
                drop.extend(inside);
                let mut c = Cand::new(ctx, (a, a + len), ty, 0);
                c.strong = false;
                extra.push(c);
            }
            break;
        }
    }
    if !extra.is_empty() {
        let mut k = 0;
        cands.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
        cands.extend(extra);
        cands.sort_by_key(|c| c.span.start);
    }
}

/// "the Salmi–Kunda interconnector": two names joined by a dash where one
/// is a place make the other a place too (the model reads the first as a
/// surname). "at Izmail and Reni": a name the model typed otherwise,
/// coordinated with a place, that the gazetteer knows as a city or region
/// and that no cue typed, is a place too.
fn place_pairs(ctx: &Ctx, cands: &mut [Cand]) {
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1], &cands[i]);
        if a.kind != MentionKind::Name || b.kind != MentionKind::Name || b.tok.0 != a.tok.1 + 1 {
            continue;
        }
        let place = |t: EntityType| matches!(t, EntityType::Gpe | EntityType::Loc);
        if matches!(ctx.lower[a.tok.1].as_str(), "and" | "or") {
            let known = |c: &Cand| {
                let words = &ctx.words[c.tok.0..c.tok.1];
                !c.strong
                    && matches!(c.ty, EntityType::Org | EntityType::Person | EntityType::Misc)
                    && (ctx.gaz.contains("city", words) || ctx.gaz.contains("region", words))
                    && !ctx.lx.first_names.contains_key(words[0])
            };
            if a.ty == EntityType::Gpe && known(b) {
                cands[i].ty = EntityType::Gpe;
                cands[i].rule = Some("place-pair");
            } else if b.ty == EntityType::Gpe && known(a) {
                cands[i - 1].ty = EntityType::Gpe;
                cands[i - 1].rule = Some("place-pair");
            }
            continue;
        }
        if !matches!(ctx.words[a.tok.1], "–" | "-" | "—" | "/") {
            continue;
        }
        if place(a.ty) && b.ty == EntityType::Person && b.tok.1 - b.tok.0 == 1 {
            cands[i].ty = a.ty;
            cands[i].rule = Some("place-pair");
        } else if place(b.ty) && a.ty == EntityType::Person && a.tok.1 - a.tok.0 == 1 {
            let ty = b.ty;
            cands[i - 1].ty = ty;
            cands[i - 1].rule = Some("place-pair");
        }
    }
}

/// One type per name in a document: a type set by a context cue wins;
/// otherwise the most frequent type other than MISC (ties: the first seen).
fn type_vote(ctx: &Ctx, cands: &mut [Cand]) {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.kind == MentionKind::Name && !c.nested && c.ty != EntityType::Norp && c.acronym_of.is_none() {
            groups.entry(resolve::key(c.span.slice(&ctx.doc.text))).or_default().push(i);
        }
    }
    for idx in groups.values() {
        if idx.len() < 2 {
            continue;
        }
        let ty = match idx.iter().find(|&&i| cands[i].strong) {
            Some(&i) => cands[i].ty,
            None => {
                // MISC is the model's fallback for names in unusual
                // contexts ("Boeing 787"): it wins only when nothing else
                // was voted.
                let mut counts: Vec<(EntityType, usize, usize)> = Vec::new();
                let all_misc = idx.iter().all(|&i| cands[i].ty == EntityType::Misc);
                for (order, &i) in idx.iter().enumerate().filter(|&(_, &i)| all_misc || cands[i].ty != EntityType::Misc)
                {
                    match counts.iter_mut().find(|(t, _, _)| *t == cands[i].ty) {
                        Some(x) => x.1 += 1,
                        None => counts.push((cands[i].ty, 1, order)),
                    }
                }
                counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
                counts[0].0
            }
        };
        for &i in idx {
            cands[i].ty = ty;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Entity, Metadata};

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
        for no in ["Bosnia-Herzegovina", "G-20", "G7", "COVID", "2025", "al-Assad", "Russian-built"] {
            assert!(!is_designation(no), "{no}");
        }
    }
}
