//! Codebook coverage for CAMEO roots 15–20 (force posture, reduced
//! relations, coercion, assault, fighting, mass violence): short wire-style
//! sentences, invented for these tests, run through the whole pipeline.

mod common;

use common::{country, listing, run};
use dossier_model::{Document, Event};

/// The one event with `code`; fails with the full listing when absent.
fn event<'d>(doc: &'d Document, code: &str) -> &'d Event {
    doc.events.iter().find(|e| e.code == code).unwrap_or_else(|| panic!("no {code} event in: {}", listing(doc)))
}

/// Asserts an event with `code` from `source` to `target` (countries).
fn expect(text: &str, code: &str, source: &str, target: &str) -> Document {
    let doc = run(text);
    let e = event(&doc, code);
    assert_eq!((country(&e.source_actor), country(&e.target_actor)), (source, target), "{}", listing(&doc));
    doc
}

// 16: reducing relations

#[test]
fn breaking_off_diplomatic_ties_is_a_break_in_relations() {
    let doc = expect("Nicaragua broke off diplomatic ties with Taiwan on Saturday.", "161", "NIC", "TWN");
    assert!(doc.events.iter().all(|e| e.root != "19"), "no fighting here: {}", listing(&doc));
    expect("Honduras broke diplomatic relations with Taiwan, the foreign ministry said.", "161", "HND", "TWN");
}

#[test]
fn breaking_off_or_suspending_negotiations_halts_them() {
    let doc = expect("Ukraine broke off talks with Russia on Friday.", "164", "UKR", "RUS");
    assert!(doc.events.iter().all(|e| e.root != "19"), "no fighting here: {}", listing(&doc));
    expect("Israel suspended negotiations with Hamas on Thursday.", "164", "ISR", "PSE");
}

#[test]
fn suspending_a_mediation_halts_it() {
    let doc = run("Qatar suspended its mediation between Israel and Hamas.");
    let e = event(&doc, "165");
    assert_eq!(country(&e.source_actor), "QAT", "{}", listing(&doc));
}

#[test]
fn sanctioned_as_a_verb_imposes_sanctions() {
    expect("The United States sanctioned two Chinese companies over drone parts.", "163", "USA", "CHN");
    expect("Britain is sanctioning three Russian banks, the Treasury said.", "163", "GBR", "RUS");
}

#[test]
fn an_arms_embargo_is_one_sanction_not_a_coercion() {
    let doc = expect("Canada imposed an arms embargo on Israel on Monday.", "163", "CAN", "ISR");
    assert!(doc.events.iter().all(|e| e.root != "17"), "{}", listing(&doc));
}

#[test]
fn an_import_ban_is_a_sanction() {
    let doc = expect("China imposed an import ban on Japanese seafood.", "163", "CHN", "JPN");
    assert!(doc.events.iter().all(|e| e.root != "17"), "{}", listing(&doc));
}

#[test]
fn cutting_off_funding_reduces_aid() {
    expect("Germany cut off funding to Niger after the coup.", "1621", "DEU", "NER");
}

// 17: coercion

#[test]
fn charging_someone_with_a_crime_is_legal_action() {
    let doc = expect("Russia charged an American journalist with espionage.", "173", "RUS", "USA");
    assert!(doc.events.iter().all(|e| e.code != "112"), "a charge is no mere accusation: {}", listing(&doc));
}

#[test]
fn charged_with_trying_to_commit_a_crime_is_legal_action() {
    expect("Germany charged a Chinese citizen with trying to smuggle drone parts.", "173", "DEU", "CHN");
}

#[test]
fn a_government_charging_another_with_a_deed_still_accuses_it() {
    let doc = run("Armenia charged Azerbaijan with shelling border villages.");
    assert!(doc.events.iter().all(|e| e.code != "173"), "{}", listing(&doc));
}

// 18: assault

#[test]
fn trying_to_assassinate_is_an_attempt() {
    let doc = expect("Gunmen tried to assassinate the governor of Kandahar on Sunday.", "185", "AFG", "AFG");
    assert!(doc.events.iter().all(|e| e.code != "186"), "{}", listing(&doc));
}

#[test]
fn the_assassination_of_someone_by_a_state_is_coded_from_the_noun() {
    expect("The assassination of a Hezbollah commander by Israel raised tensions.", "186", "ISR", "LBN");
}

// 19: fighting

#[test]
fn blockading_ports_is_a_blockade() {
    expect("Russia blockaded Ukrainian ports in the Black Sea.", "191", "RUS", "UKR");
}

#[test]
fn a_state_that_bombed_a_city_used_aerial_weapons() {
    expect("Russia bombed the city of Kharkiv overnight.", "195", "RUS", "UKR");
}

#[test]
fn troops_that_seized_control_of_a_town_occupy_it_and_cooperate_with_nobody() {
    for text in [
        "Russian troops seized control of the town of Pokrovsk.",
        "Russian troops took control of the village of Vuhledar on Tuesday.",
    ] {
        let doc = expect(text, "192", "RUS", "UKR");
        assert!(doc.events.iter().all(|e| e.root != "06"), "{}", listing(&doc));
    }
}

// 20: unconventional mass violence

#[test]
fn using_chemical_weapons_is_not_riot_control() {
    let doc = expect("Syrian forces used chemical weapons against civilians in Idlib.", "2041", "SYR", "SYR");
    assert!(doc.events.iter().all(|e| e.code != "175"), "{}", listing(&doc));
}

// 18 and 16: beating or assaulting people, expelling forces, boycotts

#[test]
fn police_beating_people_is_a_physical_assault_but_a_sports_win_is_no_event() {
    expect("Israeli police beat Palestinian worshippers at the mosque.", "182", "ISR", "PSE");
    let doc = run("Morocco beat Senegal 3-1 on Sunday.");
    assert!(doc.events.is_empty(), "a match result: {}", listing(&doc));
    let doc = run("The president beat his rival in the vote.");
    assert!(doc.events.is_empty(), "an election result: {}", listing(&doc));
}

#[test]
fn assaulting_a_journalist_is_a_physical_assault() {
    let doc = run("Unidentified attackers assaulted a journalist in Kyiv.");
    assert!(doc.events.iter().all(|e| e.code != "190"), "{}", listing(&doc));
    event(&doc, "182");
}

#[test]
fn expelling_troops_peacekeepers_or_inspectors_is_166() {
    let doc = expect("Mali expelled French troops.", "166", "MLI", "FRA");
    assert!(doc.events.iter().all(|e| e.code != "174"), "{}", listing(&doc));
    let doc = run("Iran expelled IAEA inspectors.");
    assert_eq!(country(&event(&doc, "1662").source_actor), "IRN", "{}", listing(&doc));
    let doc = run("Mali ordered UN peacekeepers to leave the country.");
    assert_eq!(country(&event(&doc, "1661").source_actor), "MLI", "{}", listing(&doc));
}

#[test]
fn announcing_a_boycott_imposes_it() {
    let doc = expect("Turkey announced a trade boycott of Israel.", "163", "TUR", "ISR");
    assert!(doc.events.iter().all(|e| e.code != "1312"), "{}", listing(&doc));
}
