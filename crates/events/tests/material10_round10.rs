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

// ---- forces sent to a front --------------------------------------------------------

#[test]
fn reinforcements_ordered_to_the_border_are_a_build_up_against_the_rival() {
    let doc = run(
        "Eritrea's defence minister accused Ethiopia on Monday of plotting an invasion and ordered armoured reinforcements to the border.",
    );
    assert!(between(&doc, "154", "ERI", "ETH"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("10") || e.code.starts_with("03")), "{}", listing(&doc));
}

#[test]
fn units_sent_to_a_province_are_no_military_aid() {
    let doc = run(
        "Tajikistan's army sent artillery units to Sughd province on Friday, after Kyrgyz troops reportedly entered a disputed pasture.",
    );
    assert!(between(&doc, "154", "TJK", "KGZ"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("06") || e.code.starts_with("07")), "{}", listing(&doc));
}

#[test]
fn warships_sent_around_another_state_are_a_show_of_force_at_it() {
    let doc = run("Russia sent 12 warships and 20 bombers around Japan on Thursday, Tokyo's defence ministry said.");
    assert!(between(&doc, "150", "RUS", "JPN"), "{}", listing(&doc));
}

#[test]
fn troops_sent_to_help_another_state_are_left_to_the_aid_rules() {
    let doc = run("Rwanda sent 1,000 troops to help Mozambique's army fight insurgents on Friday.");
    assert!(!doc.events.iter().any(|e| e.code == "154"), "{}", listing(&doc));
}

#[test]
fn battalions_ordered_to_the_border_face_the_state_accused_just_before() {
    let doc = run(
        "Armenia's defence minister accused Azerbaijan on Monday of shelling villages near Jermuk. He ordered additional battalions to the border.",
    );
    assert!(between(&doc, "154", "ARM", "AZE"), "{}", listing(&doc));
}

// ---- people held by armed groups ---------------------------------------------------

#[test]
fn a_captive_an_armed_group_held_is_a_hostage_not_a_detainee() {
    let doc = run(
        "Islamist militants in Niger have freed a Canadian engineer held for eight months, Canada's foreign ministry said on Friday.",
    );
    assert!(doc.events.iter().any(|e| e.code == "181"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "173"), "{}", listing(&doc));
}

#[test]
fn un_staff_detained_by_a_ruling_group_stay_detained() {
    let doc = run("Houthi rebels detained four more UN staff members in Sanaa on Monday, the United Nations said.");
    assert!(doc.events.iter().any(|e| e.code == "173"), "{}", listing(&doc));
}

// ---- police of the sentence's state -------------------------------------------------

#[test]
fn bare_prosecutors_after_a_state_subject_are_that_states() {
    let doc = run(
        "Sweden summoned Iran's ambassador on Thursday after prosecutors charged two Iranian nationals with plotting attacks on dissidents in Stockholm.",
    );
    let e = doc.events.iter().find(|e| e.code.starts_with("17")).unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(side(&e.source_actor), "SWEJUD", "{}", listing(&doc));
    assert!(between(&doc, "173", "SWE", "IRN"), "{}", listing(&doc));
}
