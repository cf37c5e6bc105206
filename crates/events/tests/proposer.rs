//! The learned event proposer (`dossier_events::proposer`, opt-in) through
//! the real pipeline, on invented sentences: what the shipped model adds to
//! the rules, what it leaves alone, and that training learns from gold.

mod common;

use common::{listing, run};
use dossier_events::proposer::{self, GoldEvent, TrainText};
use dossier_model::Document;

/// The pipeline (whose event coder is the rules alone), then the rules and
/// the shipped proposer.
fn run_proposing(text: &str) -> Document {
    let mut doc = run(text);
    doc.events = dossier_events::code_document_proposing(&doc, proposer::builtin());
    doc
}

fn has(doc: &Document, code: &str, source: &str, target: &str) -> bool {
    doc.events.iter().any(|e| {
        !e.negated
            && e.code == code
            && e.source_actor.as_ref().is_some_and(|c| c.code.starts_with(source))
            && e.target_actor.as_ref().is_some_and(|c| c.code.starts_with(target))
    })
}

#[test]
fn the_shipped_proposer_adds_events_the_rules_miss() {
    for (text, code, source, target, reported) in [
        // a summons told inside another's account, after a strike
        (
            "Iran's air force struck what it said were bases of Jaish al-Adl in Pakistan's Balochistan province on \
             Tuesday. The government in Islamabad said the strikes had killed six civilians and summoned Iran's \
             charge d'affaires to protest.",
            "114",
            "PAK",
            "IRN",
            true,
        ),
        // a request named as a noun, inside the ministry's account
        (
            "Kenyan police officers arrived in Port-au-Prince on Tuesday at the request of Haiti's government, the \
             Kenyan interior ministry said.",
            "0234",
            "HTI",
            "KEN",
            true,
        ),
    ] {
        let rules = run(text);
        assert!(!has(&rules, code, source, target), "the rules alone: {}", listing(&rules));
        let doc = run_proposing(text);
        let e = doc
            .events
            .iter()
            .find(|e| {
                e.code == code
                    && e.source_actor.as_ref().is_some_and(|c| c.code.starts_with(source))
                    && e.target_actor.as_ref().is_some_and(|c| c.code.starts_with(target))
            })
            .unwrap_or_else(|| panic!("{text}\n{}", listing(&doc)));
        assert_eq!(e.attribution.is_some(), reported, "{}", listing(&doc));
    }
}

#[test]
fn the_proposer_leaves_keyword_traps_and_wished_deeds_alone() {
    for text in [
        "Norway stormed back to crush Sweden 31-27 in the handball final on Sunday.",
        "Lawmakers in Niamey demanded the expulsion of Benin's ambassador from Niamey.",
    ] {
        let doc = run_proposing(text);
        let rules = run(text);
        assert_eq!(doc.events.len(), rules.events.len(), "{text}\n{}", listing(&doc));
    }
}

/// Runs the pipeline and pairs the document with its gold events.
fn training_text(text: &str, gold: &[(&str, &str, &str, &str)]) -> TrainText {
    let doc = run(text);
    let actors = dossier_events::rule_actors(&doc);
    let gold = gold
        .iter()
        .map(|(code, source, target, trigger)| GoldEvent {
            code: code.to_string(),
            source: Some(source.to_string()),
            target: Some(target.to_string()),
            reported: false,
            trigger: Some(trigger.to_string()),
        })
        .collect();
    TrainText { doc, actors, gold }
}

#[test]
fn training_learns_a_verb_the_rules_do_not_know() {
    let texts = vec![
        training_text(
            "Chile excoriated Peru over the fishing dispute on Monday.",
            &[("111", "CHL", "PER", "excoriated")],
        ),
        training_text("Ghana excoriated Togo for closing the border.", &[("111", "GHA", "TGO", "excoriated")]),
        training_text("Kenya excoriated Uganda after the raid on Tuesday.", &[("111", "KEN", "UGA", "excoriated")]),
        training_text(
            "Norway excoriated Russia over the seizure of a trawler.",
            &[("111", "NOR", "RUS", "excoriated")],
        ),
    ];
    let model = proposer::train(&texts, 5, &mut |_, _| {});
    assert_eq!(model.to_bytes(), proposer::train(&texts, 5, &mut |_, _| {}).to_bytes(), "deterministic");
    assert!(model.candidate("excoriating") && !model.candidate("border"));
    let text = "Brazil excoriated Argentina on Wednesday.";
    let rules = run(text);
    assert!(!rules.events.iter().any(|e| e.root == "11"), "{}", listing(&rules));
    let mut doc = run(text);
    doc.events = dossier_events::code_document_proposing(&doc, Some(&model));
    assert!(has(&doc, "111", "BRA", "ARG"), "{}", listing(&doc));
    assert!(!has(&doc, "111", "ARG", "BRA"), "{}", listing(&doc));
}
