//! Cooperation, round four (twenty-third session): phrasings of roots 01
//! to 09 that the coder used to miss, each on an invented sentence.

mod common;

use common::{listing, run};

#[test]
fn a_lead_opened_by_a_dateline_is_no_headline_retold_below() {
    let doc = run(
        "LIMA — The foreign ministers of Chile and Peru held talks in Lima on Tuesday and agreed to resume border talks. The Chilean minister, on his first visit to Peru in four years, also met President Ana Soto.",
    );
    let talks: Vec<_> = doc.events.iter().filter(|e| e.code == "046").collect();
    assert_eq!(talks.len(), 2, "{}", listing(&doc));
}

#[test]
fn a_headline_is_still_retold_by_its_lead() {
    let doc = run(
        "Chile and Peru hold talks on fishing rights.\nThe foreign ministers of Chile and Peru held talks in Lima on Tuesday.",
    );
    let talks: Vec<_> = doc.events.iter().filter(|e| e.code == "046").collect();
    assert_eq!(talks.len(), 2, "{}", listing(&doc));
}

// (a side named after the verb: the main pass codes these two already;
// they guard the rule's supplier and weapon checks)
#[test]
fn a_state_accused_of_arming_rebels_gives_them_military_aid() {
    let doc = run("Niger's government accused Benin on Monday of arming Nigerien rebels near the border.");
    assert!(
        doc.events.iter().any(|e| e.code == "072"
            && common::side(&e.source_actor) == "BEN"
            && common::side(&e.target_actor).starts_with("NER")
            && e.attribution.is_some()),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_state_accused_of_supplying_rebels_with_weapons_gives_them_military_aid() {
    let doc = run("Mali's government accused Algeria of supplying Malian rebels with rifles and mortars.");
    assert!(
        doc.events.iter().any(|e| e.code == "072"
            && common::side(&e.source_actor) == "DZA"
            && common::side(&e.target_actor).starts_with("MLI")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn supplies_that_are_no_weapons_are_no_military_aid() {
    let doc = run("Mali's government accused Algeria of supplying Malian traders with fuel and flour.");
    assert!(!doc.events.iter().any(|e| e.code == "072"), "{}", listing(&doc));
}

#[test]
fn praise_for_a_signing_goes_to_each_signer() {
    let doc = run(
        "Chile and Peru signed a fisheries agreement in Lima on Monday. Bolivia's foreign minister welcomed the signing.",
    );
    assert!(doc.events.iter().any(|e| e.code == "051" && common::side(&e.target_actor) == "CHL"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "051" && common::side(&e.target_actor) == "PER"), "{}", listing(&doc));
}

#[test]
fn praise_for_a_release_goes_to_whoever_freed_the_prisoner() {
    let doc = run(
        "Belarus released a jailed Lithuanian activist on Sunday. Lithuania's foreign minister welcomed her release.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "051"
            && common::side(&e.source_actor).starts_with("LTU")
            && common::side(&e.target_actor) == "BLR"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn praise_for_a_withdrawal_goes_to_whoever_withdrew() {
    let doc = run(
        "Serbia withdrew its troops from the Kosovo border on Sunday. Albania's prime minister welcomed the withdrawal.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "051"
            && common::side(&e.source_actor).starts_with("ALB")
            && common::side(&e.target_actor) == "SRB"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn praise_for_a_deed_no_one_was_told_doing_has_no_target() {
    let doc = run("Ghana's trade minister welcomed the decision on Friday.");
    assert!(!doc.events.iter().any(|e| e.code == "051" && e.target_actor.is_some()), "{}", listing(&doc));
}

#[test]
fn a_joint_operation_of_two_forces_is_military_cooperation() {
    let doc =
        run("Colombian troops and U.S. special forces carried out a joint operation against a cocaine laboratory.");
    assert!(
        doc.events.iter().any(|e| e.code == "062"
            && common::country(&e.source_actor) == "COL"
            && common::country(&e.target_actor) == "USA"),
        "{}",
        listing(&doc)
    );
    assert!(
        doc.events.iter().any(|e| e.code == "062"
            && common::country(&e.source_actor) == "USA"
            && common::country(&e.target_actor) == "COL"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_joint_raid_on_a_hideout_is_still_military_cooperation_of_its_two_doers() {
    let doc = run("Colombian troops and U.S. special forces carried out a joint raid on a rebel hideout near Cali.");
    assert!(
        doc.events.iter().any(|e| e.code == "062"
            && common::country(&e.source_actor) == "COL"
            && common::country(&e.target_actor) == "USA"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn the_two_navies_of_a_handover_hold_a_joint_drill_together() {
    let doc = run(
        "Peru handed over two patrol boats to Ecuador's navy on Friday. The two navies then held their first joint anti-smuggling drill off Guayaquil.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "062"
            && common::country(&e.source_actor) == "PER"
            && common::country(&e.target_actor) == "ECU"),
        "{}",
        listing(&doc)
    );
    assert!(
        doc.events.iter().any(|e| e.code == "062"
            && common::country(&e.source_actor) == "ECU"
            && common::country(&e.target_actor) == "PER"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn the_rebels_armed_are_those_named_before() {
    let doc = run(
        "Tuareg rebels seized the Malian town of Kidal on Friday. Mali's government accused Algeria of supplying the rebels with rifles and mortars.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "072"
            && common::side(&e.source_actor) == "DZA"
            && common::country(&e.target_actor) == "MLI"
            && e.attribution.is_some()),
        "{}",
        listing(&doc)
    );
}
