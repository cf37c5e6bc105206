//! Material conflict (CAMEO roots 15–20) the coder missed, fourth round
//! (twenty-third session): a truce broken or breached (196), jets
//! scrambled to meet foreign aircraft (150), a strike from the air named as
//! the subject of its damage (195), sides added to a sanctions list (163)
//! and migrants pushed over a border (170). Every sentence is invented.

mod common;

use common::{between, country, has_event, listing, run};

// ---- a truce broken --------------------------------------------------------

#[test]
fn accused_of_breaking_a_truce_is_a_ceasefire_violation_against_the_accuser() {
    let doc =
        run("Armenia's defence ministry accused Azerbaijan of breaking the fragile truce near the village of Sotk.");
    assert!(between(&doc, "196", "AZE", "ARM"), "{}", listing(&doc));
}

#[test]
fn accused_of_violating_a_ceasefire_is_a_ceasefire_violation() {
    let doc = run("The Sudanese army accused the RSF of violating a ceasefire agreed in Jeddah.");
    assert!(doc.events.iter().any(|e| e.code == "196"), "{}", listing(&doc));
}

#[test]
fn breaching_it_after_a_ceasefire_is_a_ceasefire_violation() {
    let doc = run(
        "Eritrea and Ethiopia agreed to a ceasefire on Monday, but Ethiopian officials accused Eritrean troops of breaching it within a day.",
    );
    assert!(between(&doc, "196", "ERI", "ETH"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("128")), "{}", listing(&doc));
}

#[test]
fn breaking_a_promise_is_no_ceasefire_violation() {
    let doc = run("Armenia's defence ministry accused Azerbaijan of breaking its promise to return prisoners.");
    assert!(!doc.events.iter().any(|e| e.code == "196"), "{}", listing(&doc));
}

// ---- jets scrambled ----------------------------------------------------------

#[test]
fn jets_scrambled_to_intercept_foreign_bombers_are_a_show_of_force() {
    let doc =
        run("Japanese fighter jets were scrambled on Friday to intercept two Russian bombers over the Sea of Okhotsk.");
    assert!(between(&doc, "150", "JPN", "RUS"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.root == "19"), "{}", listing(&doc));
}

#[test]
fn jets_scrambled_to_shadow_a_patrol_plane_are_a_show_of_force() {
    let doc = run("Russian interceptors were scrambled to shadow a British surveillance aircraft over the Black Sea.");
    assert!(between(&doc, "150", "RUS", "GBR"), "{}", listing(&doc));
}

#[test]
fn jets_scrambled_in_response_to_foreign_aircraft_in_the_sentence() {
    let doc = run(
        "South Korea's military said it tracked six Chinese military aircraft near its air defence zone and had scrambled fighters in response.",
    );
    assert!(between(&doc, "150", "KOR", "CHN"), "{}", listing(&doc));
}

// ---- a strike from the air as a subject ---------------------------------------

#[test]
fn a_drone_strike_that_damaged_a_ship_is_an_air_strike() {
    let doc =
        run("A Russian drone strike damaged a Liberian-flagged tanker in the port of Izmail, Ukraine's navy said.");
    assert!(between(&doc, "195", "RUS", "LBR"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.root == "18"), "{}", listing(&doc));
}

#[test]
fn an_artillery_strike_that_wounded_soldiers_is_shelling() {
    let doc = run("An Armenian artillery strike wounded three Azerbaijani soldiers near Lachin on Sunday.");
    assert!(between(&doc, "194", "ARM", "AZE"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.root == "18"), "{}", listing(&doc));
}

#[test]
fn a_called_off_drone_strike_is_none() {
    let doc = run("Washington said it had called off a planned drone strike on an Iranian base.");
    assert!(!doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
}

// ---- forces put on alert ------------------------------------------------------------

#[test]
fn troops_put_on_alert_after_a_raid_are_raised_against_the_raider() {
    let doc = run(
        "Tajikistan has moved tanks toward the Kyrgyz border, Kyrgyzstan's defence ministry said on Sunday, putting its own units on high alert.",
    );
    assert!(between(&doc, "152", "KGZ", "TJK"), "{}", listing(&doc));
}

#[test]
fn an_army_placed_on_combat_readiness_after_a_seizure_is_raised_against_the_seizer() {
    let doc = run(
        "Armenia's army was placed on its highest level of combat readiness after Azerbaijani troops seized two Armenian border posts.",
    );
    assert!(between(&doc, "152", "ARM", "AZE"), "{}", listing(&doc));
}

#[test]
fn the_doer_putting_its_own_forces_on_alert_names_no_side() {
    let doc = run("Russia put its forces on high alert after its troops shelled Ukrainian positions near Kupiansk.");
    assert!(!between(&doc, "152", "UKR", "RUS"), "{}", listing(&doc));
}

// ---- a sanctions list -----------------------------------------------------------

#[test]
fn sides_added_to_a_sanctions_list_are_sanctioned() {
    let doc = run(
        "Britain on Thursday added nine Iranian officials and three state-owned shipping companies to its sanctions list.",
    );
    assert!(has_event(&doc, "163", "GBR", "IRNGOV"), "{}", listing(&doc));
    assert!(has_event(&doc, "163", "GBR", "IRNBUS"), "{}", listing(&doc));
}

#[test]
fn visa_restrictions_imposed_on_officials_are_sanctions() {
    let doc = run("Canada imposed visa restrictions on a dozen Nicaraguan officials in March.");
    assert!(between(&doc, "163", "CAN", "NIC"), "{}", listing(&doc));
}

// ---- migrants pushed over a border ------------------------------------------------

#[test]
fn accused_of_pushing_migrants_toward_the_border_is_coercion_of_the_accuser() {
    let doc = run("Finland's interior minister accused Moscow of pushing migrants toward the frontier.");
    assert!(between(&doc, "170", "RUS", "FIN"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.root == "10"), "{}", listing(&doc));
}

#[test]
fn guards_who_pushed_back_migrants_coerced_them() {
    let doc = run("Greek border guards pushed back about 40 migrants on the Evros river overnight, police said.");
    assert!(between(&doc, "170", "GRC", ""), "{}", listing(&doc));
}

#[test]
fn guards_who_turned_back_boats_coerced_their_passengers() {
    let doc = run("Thai border police turned back two boats carrying about 90 Myanmar refugees on Tuesday.");
    assert!(doc.events.iter().any(|e| e.code == "170" && country(&e.source_actor) == "THA"), "{}", listing(&doc));
}

#[test]
fn a_goalkeeper_pushed_back_is_no_coercion() {
    let doc = run("The talks were pushed back to next week, Kenya's foreign ministry said.");
    assert!(!doc.events.iter().any(|e| e.code == "170"), "{}", listing(&doc));
}

// ---- a dateline lead is no headline ------------------------------------------------

#[test]
fn a_strike_in_a_dateline_lead_is_kept_when_a_later_sentence_has_the_same_sides() {
    let doc = run(
        "ODESA — Russia struck Ukraine's southern ports overnight with 40 drones, regional officials said on Monday. Port workers cleared debris from two grain terminals. Russia's defence ministry said its air defences had shot down 12 Ukrainian drones over Crimea.",
    );
    assert!(between(&doc, "195", "RUS", "UKR"), "{}", listing(&doc));
}

#[test]
fn a_headline_retold_by_the_lead_is_still_one_event() {
    let doc = run(
        "Russia strikes Ukrainian ports with drones\nODESA — Russia struck Ukraine's southern ports overnight with 40 drones, regional officials said on Monday.",
    );
    let n = doc.events.iter().filter(|e| e.root == "19" && country(&e.source_actor) == "RUS").count();
    assert_eq!(n, 1, "{}", listing(&doc));
}
