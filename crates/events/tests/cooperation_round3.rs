//! Cooperation, round three (twenty-second session): phrasings of roots 01
//! to 09 that the coder used to miss or misread, each on an invented
//! sentence.

mod common;

use common::{has_event, listing, run};

#[test]
fn an_offer_to_host_talks_is_an_offer_to_mediate() {
    let doc = run("Kenya offered on Tuesday to host talks between Somalia and Ethiopia.");
    assert!(has_event(&doc, "039", "KEN", "SOM"), "{}", listing(&doc));
    assert!(has_event(&doc, "039", "KEN", "ETH"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "036"), "{}", listing(&doc));
}

#[test]
fn a_host_offered_in_a_with_clause_mediates_between_the_sentences_two_sides() {
    let doc = run(
        "Colombia and Ecuador agreed on Tuesday to reopen talks on their maritime boundary, with Peru offering to host the negotiations in Lima.",
    );
    assert!(has_event(&doc, "039", "PER", "COL"), "{}", listing(&doc));
    assert!(has_event(&doc, "039", "PER", "ECU"), "{}", listing(&doc));
    // told as the agreement it hangs on is: asserted, not negated
    assert!(
        doc.events.iter().filter(|e| e.code == "039").all(|e| e.attribution.is_none() && !e.negated),
        "{}",
        listing(&doc)
    );
}

#[test]
fn an_offer_to_host_guests_is_no_mediation() {
    let doc = run("Jordan offered on Monday to host 5,000 more Syrian refugees.");
    assert!(!doc.events.iter().any(|e| e.code == "039"), "{}", listing(&doc));
}

#[test]
fn troops_shipped_to_another_state_are_military_aid() {
    let doc = run("Belarus shipped another 2,000 troops to Russia's Bryansk region last month.");
    assert!(has_event(&doc, "072", "BLR", "RUS"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "062"), "{}", listing(&doc));
}

#[test]
fn troops_sent_at_home_are_still_a_mobilisation() {
    let doc = run("Nigeria sent 300 soldiers to Zamfara state on Monday after a spate of kidnappings.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("07")), "{}", listing(&doc));
}

#[test]
fn soldiers_sent_to_back_a_side_are_military_aid_to_it() {
    let doc = run("Sudan accused Chad on Friday of sending soldiers to back the Rapid Support Forces in Darfur.");
    assert!(
        doc.events.iter().any(|e| e.code == "072"
            && common::side(&e.source_actor) == "TCD"
            && common::side(&e.target_actor).starts_with("SDN")
            && e.attribution.is_some()),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_host_offered_after_an_apposition_mediates_between_the_two_sides() {
    let doc = run(
        "Serbia and Kosovo traded accusations over the border closure on Monday, and Austria, as OSCE chair, offered to host talks between the two sides.",
    );
    assert!(has_event(&doc, "039", "AUT", "SRB"), "{}", listing(&doc));
    assert!(has_event(&doc, "039", "AUT", "KSV"), "{}", listing(&doc));
}

#[test]
fn an_appeal_to_both_governments_goes_to_the_two_sides() {
    let doc = run(
        "Armenia and Azerbaijan traded fire on their border on Monday, and the European Union urged both governments to show restraint.",
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("02") && common::country(&e.target_actor) == "ARM"),
        "{}",
        listing(&doc)
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("02") && common::country(&e.target_actor) == "AZE"),
        "{}",
        listing(&doc)
    );
    let doc = run(
        "Peru and Ecuador traded fire across the border on Sunday. The OAS called on the two countries to pull back.",
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("02") && common::country(&e.target_actor) == "PER"),
        "{}",
        listing(&doc)
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("02") && common::country(&e.target_actor) == "ECU"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn an_attack_a_group_claimed_is_a_claim_of_responsibility() {
    let doc = run(
        "A suicide bomber killed nine police officers in Quetta on Monday, in an attack claimed by the Pakistani Taliban.",
    );
    assert!(has_event(&doc, "015", "PAKREB", "PAKCOP"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("11")), "{}", listing(&doc));
    let doc = run(
        "Gunmen killed six soldiers at a checkpoint in Borno on Friday in an ambush that Boko Haram claimed in a video.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "015" && common::side(&e.source_actor) == "NGAREB"),
        "{}",
        listing(&doc)
    );
    assert!(!doc.events.iter().any(|e| e.code.starts_with("11")), "{}", listing(&doc));
}

#[test]
fn a_claim_of_a_clause_is_no_claim_of_responsibility() {
    let doc = run("Russia said it had repelled an attack Ukraine claimed was aimed at a fuel depot.");
    assert!(!doc.events.iter().any(|e| e.code == "015"), "{}", listing(&doc));
}

#[test]
fn a_journey_for_talks_is_talks_with_the_state_visited() {
    let doc = run("Spain's foreign minister arrived in Rabat on Tuesday for talks on migration.");
    assert!(has_event(&doc, "042", "ESPGOV", "MAR"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "ESPGOV", "MAR"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "MAR", "ESPGOV"), "{}", listing(&doc));
    // talks between others, or only planned, are not the traveller's
    let doc = run("Qatar's prime minister flew to Cairo on Sunday for talks between Israel and Hamas.");
    assert!(
        !doc.events.iter().any(|e| e.code == "046"
            && e.trigger.slice(&doc.text) == "talks"
            && common::side(&e.source_actor) == "QATGOV"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn aid_let_into_a_place_is_aid_from_its_owner() {
    let doc = run("Turkey let a convoy of UN aid trucks into Syria's Idlib province on Monday.");
    assert!(has_event(&doc, "0863", "TUR", "UNO"), "{}", listing(&doc));
    assert!(has_event(&doc, "073", "UNO", "SYR"), "{}", listing(&doc));
    let doc = run("Israel allowed 50 trucks of World Food Programme flour into Gaza on Sunday.");
    assert!(
        doc.events.iter().any(|e| e.code == "073"
            && common::side(&e.source_actor) == "UNO"
            && common::country(&e.target_actor) == "PSE"),
        "{}",
        listing(&doc)
    );
    // people let in bring no aid
    let doc = run("Ethiopia allowed UN staff into Tigray on Monday.");
    assert!(!doc.events.iter().any(|e| e.code == "073"), "{}", listing(&doc));
}
