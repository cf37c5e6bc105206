//! Material conflict (CAMEO roots 15–20) that the coder used to miss or
//! code under another root, second round (twenty-first session): fire on a
//! side from someone unnamed, deeds of suicide bombers, places seized,
//! fighting named with no sides, missiles fired at a practice target,
//! retaking places and freezing membership. Every sentence is invented.

mod common;

use common::{between, country, has_event, listing, no_event_of_root, run};

#[test]
fn a_patrol_that_came_under_fire_from_no_one_named_was_fired_on() {
    let doc = run("A Nigerian army patrol came under fire near Maiduguri on Sunday.");
    assert!(between(&doc, "190", "", "NGA"), "{}", listing(&doc));
}

#[test]
fn heavy_fire_from_a_named_side_runs_from_that_side() {
    let doc = run("A Malian army convoy came under heavy fire from jihadists near Gao.");
    assert!(has_event(&doc, "190", "MLIREB", "MLIMIL"), "{}", listing(&doc));
    // (not the army firing on them, nor the army moving)
    assert!(!has_event(&doc, "190", "MLIMIL", "MLIREB"), "{}", listing(&doc));
    assert!(no_event_of_root(&doc, "07"), "{}", listing(&doc));
}

#[test]
fn a_drone_attack_that_troops_came_under_is_aerial() {
    let doc = run("Sudanese army troops came under drone attack in El Obeid overnight.");
    assert!(between(&doc, "195", "", "SDN"), "{}", listing(&doc));
}

#[test]
fn coming_under_fire_over_a_policy_is_no_force() {
    let doc = run("The Polish finance minister came under fire from lawmakers over the budget.");
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn a_suicide_bombers_ramming_is_a_suicide_bombing() {
    let doc =
        run("A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers on Friday.");
    assert!(between(&doc, "1831", "", "CHN"), "{}", listing(&doc));
    assert!(no_event_of_root(&doc, "17"), "{}", listing(&doc));
}

#[test]
fn rebels_seizing_police_stations_occupy_them() {
    let doc = run("Rebels seized three police stations in northern Myanmar on Monday.");
    assert!(between(&doc, "192", "MMR", "MMR"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("171")), "{}", listing(&doc));
}

#[test]
fn fighting_with_no_sides_of_its_own_is_between_the_sides_of_the_capture() {
    let doc = run("Somali and Kenyan troops recaptured the town of Jowhar from al-Shabaab after two days of fighting.");
    let fought = |source: &str, target: &str| {
        doc.events.iter().any(|e| {
            e.code == "190"
                && e.trigger.slice(&doc.text) == "fighting"
                && country(&e.source_actor) == source
                && country(&e.target_actor) == target
        })
    };
    assert!(fought("SOM", "SOM"), "{}", listing(&doc));
    assert!(fought("KEN", "SOM") && fought("SOM", "KEN"), "{}", listing(&doc));
}

#[test]
fn missiles_fired_at_a_practice_target_at_sea_are_a_show_of_force() {
    let doc =
        run("Warships of Russia's Pacific Fleet fired cruise missiles at a target in the Sea of Japan on Tuesday.");
    assert!(between(&doc, "150", "RUS", ""), "{}", listing(&doc));
    assert!(!between(&doc, "19", "RUS", "JPN"), "{}", listing(&doc));
}

#[test]
fn retaking_a_town_from_gangs_is_occupying_it() {
    let doc = run("Haitian police retook two neighbourhoods of the capital from the gangs on Tuesday.");
    assert!(between(&doc, "19", "HTI", "HTI"), "{}", listing(&doc));
}

#[test]
fn freezing_membership_of_a_bloc_reduces_relations() {
    let doc = run("Armenia froze its participation in the Collective Security Treaty Organisation on Monday.");
    assert!(between(&doc, "160", "ARM", "IGO"), "{}", listing(&doc));
}

#[test]
fn a_bombing_by_rebels_with_no_aircraft_is_done_with_explosives() {
    let doc = run("ELN rebels bombed a police station in Cauca on Monday.");
    assert!(has_event(&doc, "183", "COLREB", "COLCOP"), "{}", listing(&doc));
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn a_bombing_by_army_aircraft_stays_aerial() {
    let doc = run("Myanmar army aircraft bombed a rebel camp in Sagaing on Monday.");
    assert!(no_event_of_root(&doc, "18"), "{}", listing(&doc));
}

#[test]
fn gunfights_between_rival_militias_are_fire_within_one_kind_of_group() {
    let doc = run("A night of gunfights between rival ethnic militias in Manipur left five people dead.");
    assert!(has_event(&doc, "193", "INDREB", "INDREB"), "{}", listing(&doc));
}

#[test]
fn rival_factions_that_fought_in_a_capital_fought_each_other() {
    let doc = run("Rival armed factions fought with rifles and grenades in the Libyan capital overnight.");
    assert!(has_event(&doc, "193", "LBYREB", "LBYREB"), "{}", listing(&doc));
}

#[test]
fn the_expulsion_of_an_ambassador_from_a_capital_is_that_states_act() {
    let doc = run("The expulsion of Benin's ambassador from Niamey was announced on state television on Tuesday.");
    assert!(has_event(&doc, "161", "NER", "BENGOV"), "{}", listing(&doc));
}

#[test]
fn an_expulsion_only_demanded_is_not_coded() {
    let doc = run("Lawmakers in Niamey demanded the expulsion of Benin's ambassador from Niamey.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("161")), "{}", listing(&doc));
}

#[test]
fn closing_airspace_to_a_neighbour_reduces_relations() {
    let doc = run("Algeria closed its airspace to all Moroccan aircraft on Monday.");
    assert!(between(&doc, "160", "DZA", "MAR"), "{}", listing(&doc));
}

#[test]
fn drones_that_residents_say_struck_a_market_are_the_residents_account() {
    let doc = run("Residents said drones had struck a market in Gondar on Sunday, killing at least 20 people.");
    let e = doc
        .events
        .iter()
        .find(|e| e.code.starts_with("195") && country(&e.target_actor) == "ETH")
        .unwrap_or_else(|| panic!("no strike on Ethiopia: {}", listing(&doc)));
    // (the speakers own no weapon, and the strike stays theirs to tell)
    assert!(e.source_actor.is_none(), "{}", listing(&doc));
    assert!(e.attribution.is_some(), "{}", listing(&doc));
}
