//! Cooperation family (CAMEO roots 01–09), tenth round (thirty-first
//! session): a rejection of a charge or a report as untrue ("dismissed as
//! fabrications", "rejected as baseless") is a denial (016), not a plain
//! rejection; so is calling a charge something in a relative clause ("an
//! accusation Paris called absurd"); a promise to cooperate with "the
//! investigation" or "the court" is an intent to cooperate (030) with the
//! side whose deed is looked into; praise for "the signing", "the mission"
//! reaches the deed's doer when the praiser is named past "said it", by a
//! possessive office or before its seat; and a visitor "who met" officials
//! meets them (040 each way). Every sentence is invented.

mod common;

use common::{between, listing, run};

// ---- charges rejected as untrue ------------------------------------------------

#[test]
fn charges_dismissed_as_fabrications_are_denied() {
    let doc = run(
        "Kenya accused Uganda on Monday of moving troops towards their border, charges that Kampala's information minister dismissed as \"fabrications\".",
    );
    assert!(between(&doc, "016", "UGA", "KEN"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("12")), "{}", listing(&doc));
}

#[test]
fn findings_rejected_as_baseless_are_denied() {
    let doc = run(
        "Burundian soldiers fought beside the Congolese army in South Kivu last year, UN investigators said in a report on Monday, findings that Gitega rejected as \"baseless lies\".",
    );
    assert!(between(&doc, "016", "BDI", "UNO"), "{}", listing(&doc));
}

#[test]
fn an_accusation_called_absurd_in_a_relative_clause_is_denied() {
    let doc = run(
        "Algeria's government said on Tuesday it had detained two Spanish nationals on suspicion of spying, an accusation Madrid called \"absurd\".",
    );
    assert!(between(&doc, "016", "ESP", "DZA"), "{}", listing(&doc));
}

#[test]
fn a_plan_rejected_as_unfair_is_no_denial() {
    let doc = run("Serbia rejected a Croatian proposal on the river border as unfair on Monday.");
    assert!(!doc.events.iter().any(|e| e.code == "016"), "{}", listing(&doc));
}

// ---- promises to cooperate with an inquiry -------------------------------------

#[test]
fn cooperating_with_the_investigation_is_aimed_at_the_seizing_side() {
    let doc = run(
        "Portugal's navy seized a Brazilian yacht carrying cocaine off the Azores on Friday and detained its four crew members, the navy said. Brasilia said it would cooperate fully with the investigation.",
    );
    assert!(between(&doc, "03", "BRA", "PRT"), "{}", listing(&doc));
}

#[test]
fn cooperating_with_the_court_is_aimed_at_the_court_abroad() {
    let doc = run(
        "Judges at the International Criminal Court issued an arrest warrant on Monday for a Malian militia leader accused of killing villagers. Mali's government said it would cooperate with the court.",
    );
    assert!(between(&doc, "03", "MLI", "IGO"), "{}", listing(&doc));
    assert!(!between(&doc, "03", "MLI", "MLI"), "{}", listing(&doc));
}

#[test]
fn cooperation_told_as_done_is_left_alone() {
    let doc = run(
        "Portugal's navy seized a Brazilian yacht carrying cocaine off the Azores on Friday. Brazilian officers have cooperated with the investigation since March.",
    );
    assert!(!between(&doc, "03", "BRA", "PRT"), "{}", listing(&doc));
}

// ---- praise for a deed told before ----------------------------------------------

#[test]
fn praise_said_by_a_ministry_reaches_the_deed_doer() {
    let doc = run(
        "The International Atomic Energy Agency said on Monday it would send a team of inspectors to Libya next week. Libya's foreign ministry said it welcomed the mission.",
    );
    assert!(between(&doc, "051", "LBY", "IGO"), "{}", listing(&doc));
}

#[test]
fn praise_by_an_office_of_a_named_state_reaches_the_signers() {
    let doc = run(
        "Kazakhstan and Uzbekistan signed a treaty on Tuesday to share water from the Syr Darya. Tajikistan's energy minister welcomed the signing.",
    );
    assert!(between(&doc, "051", "TJK", "KAZ"), "{}", listing(&doc));
}

#[test]
fn praise_by_a_body_in_a_place_reaches_the_doer() {
    let doc = run(
        "Colombia's government released 30 jailed guerrillas on Friday. The UN mission in Colombia welcomed the release.",
    );
    assert!(between(&doc, "051", "UNO", "COL"), "{}", listing(&doc));
}

#[test]
fn praise_for_a_mission_is_not_aimed_at_the_own_army() {
    let doc = run(
        "The United Nations said on Monday it would send a fact-finding team to Chad to examine reports that the army shelled villages in the east. Chad's foreign ministry said it welcomed the mission.",
    );
    assert!(!between(&doc, "051", "TCD", "TCD"), "{}", listing(&doc));
}

// ---- a meeting told in a relative clause -------------------------------------

#[test]
fn a_visitor_who_met_officials_meets_them() {
    let doc = run(
        "Belarus freed two jailed Polish citizens on Monday after a visit to Minsk by Polish envoy Marek Zalewski, who met Belarusian officials at the foreign ministry, Warsaw said.",
    );
    assert!(between(&doc, "040", "POL", "BLR"), "{}", listing(&doc));
    assert!(between(&doc, "040", "BLR", "POL"), "{}", listing(&doc));
}

#[test]
fn who_met_a_countryman_is_no_meeting_between_states() {
    let doc = run("The Polish envoy Marek Zalewski, who met Polish officials in Warsaw, flew on to Vilnius.");
    assert!(!doc.events.iter().any(|e| e.code == "040"), "{}", listing(&doc));
}

#[test]
fn a_special_envoy_who_met_officials_meets_them() {
    let doc = run(
        "Cuba freed four jailed Canadian citizens on Monday after a visit to Havana by Canadian special envoy Laura Bouchard, who met Cuban officials at the foreign ministry, Ottawa said.",
    );
    assert!(between(&doc, "040", "CAN", "CUB"), "{}", listing(&doc));
}
