//! Material conflict (CAMEO roots 15 and 17–20), tenth round: people told
//! as jailed (a sentence-opening "Jailed X", "activists jailed for …") are
//! held by their state (173). Every sentence is invented.

mod common;

use common::{between, listing, run, side};

// ---- people told as jailed ----------------------------------------------------

#[test]
fn a_sentence_opening_jailed_captive_is_held_by_his_state() {
    let doc = run(
        "Jailed Egyptian opposition leader Karim Mansour has been on hunger strike for three weeks, his wife said on Tuesday.",
    );
    assert!(between(&doc, "173", "EGY", "EGY"), "{}", listing(&doc));
}

#[test]
fn activists_jailed_for_a_charge_are_held_not_holders() {
    let doc = run(
        "Four Ugandan opposition activists jailed for \"treason\" began a hunger strike in Kampala's Luzira prison on Friday, their lawyer said.",
    );
    let e = doc.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(side(&e.target_actor), "UGAOPP", "{}", listing(&doc));
    assert_eq!(side(&e.source_actor), "UGA", "{}", listing(&doc));
}

#[test]
fn police_who_detained_people_stay_the_doers() {
    let doc = run("Kenyan police detained 40 protesters after the march in Nairobi on Friday.");
    let e = doc.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(side(&e.source_actor), "KENCOP", "{}", listing(&doc));
}
