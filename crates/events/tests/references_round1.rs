//! References and specific phrasings, round one (twenty-ninth session):
//! charges named by a warrant, convictions, and sides that a pronoun, a
//! possessive or a compound place name refers to, each on an invented
//! sentence.

mod common;

use common::{country, listing, run};

fn has(doc: &dossier_model::Document, code: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && country(&e.source_actor) == source && country(&e.target_actor) == target)
}

#[test]
fn the_charges_behind_a_warrant_are_the_wanted_mans_deeds() {
    let doc = run(
        "The International Criminal Court issued an arrest warrant on Tuesday for a Sudanese militia leader accused of torturing and murdering prisoners at a camp near Nyala.",
    );
    assert!(has(&doc, "1822", "SDN", "SDN"), "{}", listing(&doc));
    assert!(has(&doc, "1823", "SDN", "SDN"), "{}", listing(&doc));
    // the charges rest on the court's accusation: not the author's assertion
    for e in doc.events.iter().filter(|e| e.root == "18") {
        assert!(
            e.attribution.is_some() || e.certainty.level != dossier_model::CertaintyLevel::Asserted,
            "{}",
            listing(&doc)
        );
    }
    assert!(!doc.events.iter().any(|e| e.root == "19"), "{}", listing(&doc));
}

#[test]
fn a_man_accused_of_killing_without_a_warrant_is_not_a_charge_coded() {
    let doc =
        run("Police in Nairobi questioned a Somali trader accused of killing a neighbour in a dispute over rent.");
    assert!(!doc.events.iter().any(|e| e.code == "1823"), "{}", listing(&doc));
}

#[test]
fn a_conviction_is_a_finding_of_guilt() {
    let doc = run("A court in Tbilisi convicted a Russian blogger of espionage on Monday.");
    assert!(has(&doc, "116", "GEO", "RUS"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("17")), "{}", listing(&doc));
}

#[test]
fn a_convicted_criminal_named_as_a_noun_is_no_conviction() {
    let doc = run("Escaped convicts from a Bolivian jail crossed into Peru on Sunday.");
    assert!(!doc.events.iter().any(|e| e.code == "116"), "{}", listing(&doc));
}

#[test]
fn aircraft_joining_the_fight_against_a_fire_use_no_force() {
    let doc = run(
        "Firefighters battled a large blaze near Athens on Sunday as water-bombing aircraft from Cyprus and Croatia joined the fight under a NATO support scheme.",
    );
    assert!(!doc.events.iter().any(|e| e.root == "19"), "{}", listing(&doc));
}

#[test]
fn troops_joining_the_fight_against_rebels_still_act() {
    let doc = run("Troops from Chad joined the fight against Boko Haram near Lake Chad on Sunday.");
    assert!(doc.events.iter().any(|e| country(&e.source_actor) == "TCD"), "{}", listing(&doc));
}

#[test]
fn its_force_after_said_and_a_day_is_the_speakers() {
    let doc = run("Chile said Tuesday its coast guard had intercepted a Bolivian fishing boat near Arica.");
    assert!(
        doc.events.iter().any(|e| common::side(&e.source_actor) == "CHLMIL" && country(&e.target_actor) == "BOL"),
        "{}",
        listing(&doc)
    );
    // "coast guard" names the force; it is no act of guarding
    assert!(!doc.events.iter().any(|e| e.code == "074"), "{}", listing(&doc));
    let doc = run(
        "Denmark said on Tuesday its navy had seized a Panamanian tanker off Skagen for sailing without insurance.",
    );
    assert!(has(&doc, "171", "DNK", "PAN"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| common::side(&e.source_actor) == "DNKMIL"), "{}", listing(&doc));
}

#[test]
fn a_day_before_a_plain_report_adds_no_actor() {
    let doc = run("Denmark said on Tuesday its economy had grown faster than Sweden's in the third quarter.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn a_two_word_place_before_based_is_one_place() {
    let doc =
        run("The US Treasury blacklisted two Sri Lanka-flagged tankers and a Hong Kong-based trading firm on Tuesday.");
    assert!(doc.events.iter().any(|e| e.root == "16" && country(&e.target_actor) == "LKA"), "{}", listing(&doc));
    assert!(
        !doc.entities.iter().any(|e| e.name == "Kong"),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_word_before_a_compound_that_makes_no_place_is_left_out() {
    let doc = run("Chinese banks sold shares in a Kong-based holding to investors on Monday.");
    assert!(
        !doc.entities.iter().any(|e| e.name.contains("a Kong")),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn it_accused_of_a_deed_is_the_previous_sentences_doer() {
    let doc = run(
        "Egypt expelled two Sudanese diplomats on Monday. Ethiopia accused it of stoking tensions along the border.",
    );
    assert!(has(&doc, "112", "ETH", "EGY"), "{}", listing(&doc));
}

#[test]
fn it_as_a_reports_subject_is_no_accused() {
    let doc = run("Egypt expelled two Sudanese diplomats on Monday. Ethiopia said it would send an envoy to Khartoum.");
    assert!(
        !doc.events.iter().any(|e| country(&e.target_actor) == "EGY" && country(&e.source_actor) == "ETH"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn dissidents_of_an_armed_group_are_rebels() {
    let doc = run("Peruvian troops killed six Shining Path dissidents in a clash in the VRAEM valley on Sunday.");
    assert!(doc.events.iter().any(|e| common::side(&e.target_actor) == "PERREB"), "{}", listing(&doc));
}

#[test]
fn dissidents_of_no_armed_group_stay_opposition() {
    let doc = run("Cuban police detained six dissidents in Havana on Sunday.");
    assert!(!doc.events.iter().any(|e| common::side(&e.target_actor).contains("REB")), "{}", listing(&doc));
}

#[test]
fn pulling_out_of_a_dialogue_breaks_off_talks() {
    let doc = run("Armenia pulled out of the EU-brokered dialogue with Azerbaijan on Monday, citing border shootings.");
    assert!(has(&doc, "164", "ARM", "AZE"), "{}", listing(&doc));
}

#[test]
fn troops_pulling_out_of_a_town_after_talks_withdraw() {
    let doc = run("Russian troops pulled out of the town of Kupiansk on Monday after talks with local officials.");
    assert!(!doc.events.iter().any(|e| e.code == "164"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "0874"), "{}", listing(&doc));
}
