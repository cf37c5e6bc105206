//! Material conflict (CAMEO roots 15 and 17–20), eighth round: an arrest
//! that names a seizure after it keeps its own code, a seizure in the
//! doer's own waters, a strike on what a speaker says were a group's
//! hideouts, fire on a speaker's own patrols, air strikes on a village
//! where people were killed, foreign warplanes detected near a side, and
//! a killing that a side blames on another, a missile shot down after a
//! side's missile attack, a person wanted on charges, and an exchange of
//! fire told as a breach of a truce. Every sentence is invented.

mod common;

use common::{between, event_on, has_event, listing, no_event_of_root, run, triple};
use dossier_model::{CertaintyLevel, Document};

/// Whether the event coded on `word` is told as a claim, not asserted.
fn claimed(doc: &Document, word: &str) -> bool {
    event_on(doc, word).certainty.level != CertaintyLevel::Asserted
}

// ---- arrests and seizures ----------------------------------------------------

#[test]
fn an_arrest_followed_by_a_seizure_is_two_acts() {
    let doc = run("Argentina's coast guard arrested 11 Chilean fishermen and seized two boats off Ushuaia on Monday.");
    assert_eq!(triple(event_on(&doc, "arrested")), ("173", "ARG", "CHL"), "{}", listing(&doc));
    assert_eq!(triple(event_on(&doc, "seized")), ("171", "ARG", "CHL"), "{}", listing(&doc));
}

#[test]
fn the_doers_own_waters_are_no_side_of_the_seizure() {
    let doc =
        run("Ecuador's navy arrested nine Peruvian fishermen and seized two trawlers in Ecuadorian waters on Sunday.");
    assert_eq!(triple(event_on(&doc, "seized")), ("171", "ECU", "PER"), "{}", listing(&doc));
    assert!(!between(&doc, "17", "ECU", "ECU"), "{}", listing(&doc));
}

// ---- objects named through a speaker -------------------------------------------

#[test]
fn what_the_government_said_were_a_groups_shelters_are_the_groups() {
    let doc = run("Turkish jets bombed what Ankara said were shelters of the PKK in northern Iraq on Friday.");
    assert!(has_event(&doc, "195", "TURMIL", "TURREB"), "{}", listing(&doc));
    assert!(!between(&doc, "19", "TUR", "IRQ"), "{}", listing(&doc));
    assert!(claimed(&doc, "bombed"), "{}", listing(&doc));
}

#[test]
fn a_strike_on_what_it_described_as_camps_is_coded_against_the_group() {
    let doc =
        run("Nigeria's air force struck what it described as camps of Boko Haram near Lake Chad in Niger on Monday.");
    assert_eq!(triple(event_on(&doc, "struck")), ("195", "NGA", "NGA"), "{}", listing(&doc));
    assert!(has_event(&doc, "195", "NGAMIL", "NGAREB"), "{}", listing(&doc));
    assert!(!between(&doc, "19", "NGA", "NER"), "{}", listing(&doc));
    assert!(claimed(&doc, "struck"), "{}", listing(&doc));
}

// ---- fire on the speaker's own people -----------------------------------------------

#[test]
fn fire_on_its_peacekeepers_is_aimed_at_the_mission_that_says_so() {
    let doc = run("The UN mission in Mali said on Friday that jihadists had attacked its peacekeepers near Gao.");
    assert_eq!(triple(event_on(&doc, "attacked")), ("190", "MLI", "UNO"), "{}", listing(&doc));
}

#[test]
fn fire_on_their_own_patrol_is_not_aimed_at_the_place() {
    let doc = run(
        "UN peacekeepers said on Monday that Israeli soldiers had fired at one of their patrols near the Lebanese village of Khiam.",
    );
    assert_eq!(triple(event_on(&doc, "fired")), ("190", "ISR", "UNO"), "{}", listing(&doc));
    assert!(!between(&doc, "19", "ISR", "LBN"), "{}", listing(&doc));
}

// ---- strikes on civilians -----------------------------------------------------------

#[test]
fn a_military_drone_strike_on_a_market_is_aimed_at_civilians() {
    let doc = run("A Sudanese army drone strike on a market in Darfur killed at least twelve people on Friday.");
    assert!(has_event(&doc, "195", "SDNMIL", "SDNCVL"), "{}", listing(&doc));
}

#[test]
fn air_strikes_on_a_village_killing_people_are_aimed_at_its_people() {
    let doc = run(
        "Nigeria's air force carried out air strikes on a village in Zamfara state on Tuesday, killing at least seven people.",
    );
    assert!(has_event(&doc, "195", "NGAMIL", "NGACVL"), "{}", listing(&doc));
}

#[test]
fn air_strikes_on_a_village_with_no_one_killed_are_left_alone() {
    let doc = run("Nigeria's air force carried out air strikes on a village in Zamfara state on Tuesday.");
    assert!(!has_event(&doc, "195", "NGAMIL", "NGACVL"), "{}", listing(&doc));
}

// ---- foreign craft detected ---------------------------------------------------------

#[test]
fn foreign_warplanes_detected_near_a_side_are_a_show_of_force_at_it() {
    let doc = run(
        "South Korea's military said it had detected 12 Russian military aircraft and two warships near Dokdo on Tuesday.",
    );
    assert!(has_event(&doc, "150", "RUSMIL", "KOR"), "{}", listing(&doc));
    assert!(event_on(&doc, "detected").attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn craft_of_drills_already_told_are_not_a_second_show_of_force() {
    let doc = run(
        "China began air drills near Japan on Monday. Japan's defence ministry said it had detected 30 Chinese military aircraft near Okinawa.",
    );
    let shows = doc.events.iter().filter(|e| e.code.starts_with("15")).count();
    assert_eq!(shows, 1, "{}", listing(&doc));
}

#[test]
fn own_aircraft_detected_are_no_show_of_force() {
    let doc = run("Japan's defence ministry said it had detected 30 Japanese aircraft near Okinawa.");
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

// ---- killings blamed ---------------------------------------------------------------

#[test]
fn a_killing_blamed_in_the_next_sentence_is_the_blamed_sides_claimed_assassination() {
    let doc = run(
        "A senior Hezbollah commander was shot dead in Sidon on Friday. Hezbollah blamed Israel and vowed revenge.",
    );
    assert_eq!(triple(event_on(&doc, "shot dead")), ("186", "ISR", "LBN"), "{}", listing(&doc));
    assert!(claimed(&doc, "shot dead"), "{}", listing(&doc));
}

#[test]
fn a_killing_blamed_in_the_same_sentence_is_coded_too() {
    let doc = run("A Kurdish militia leader was killed in Qamishli on Friday, and Syria's government blamed Turkey.");
    assert_eq!(triple(event_on(&doc, "killed")), ("186", "TUR", "SYR"), "{}", listing(&doc));
}

#[test]
fn a_killing_with_its_doer_named_is_not_laid_on_the_blamed() {
    let doc = run("A police officer was shot dead by gunmen in Lagos on Friday. Nigeria blamed Cameroon.");
    assert!(!between(&doc, "18", "CMR", "NGA"), "{}", listing(&doc));
}

// ---- missiles shot down --------------------------------------------------------------

#[test]
fn a_missile_shot_down_after_an_attack_intercepts_the_attackers_fire() {
    let doc = run(
        "Houthi fighters fired two missiles at a Greek tanker in the Gulf of Aden on Monday. The British navy said one of its frigates had shot down a third missile.",
    );
    assert_eq!(triple(event_on(&doc, "shot down")), ("190", "GBR", "YEM"), "{}", listing(&doc));
    assert!(event_on(&doc, "shot down").attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn a_drone_of_a_named_side_shot_down_is_aimed_at_that_side() {
    let doc = run(
        "Houthi fighters fired two missiles at a Greek tanker in the Gulf of Aden on Monday. The Houthis said they had shot down a US drone.",
    );
    assert_eq!(triple(event_on(&doc, "shot down")), ("190", "YEM", "USA"), "{}", listing(&doc));
    assert!(!between(&doc, "19", "YEM", "YEM"), "{}", listing(&doc));
}

// ---- people wanted on charges ---------------------------------------------------------

#[test]
fn a_former_minister_wanted_on_charges_is_held_to_his_states_action() {
    let doc = run("Spain granted asylum on Friday to a former Peruvian minister wanted on fraud charges.");
    assert_eq!(triple(event_on(&doc, "wanted")), ("173", "PER", "PER"), "{}", listing(&doc));
}

#[test]
fn someone_wanted_in_another_state_is_sought_by_that_state() {
    let doc = run("Police in Madrid arrested a Colombian businessman wanted in Mexico over a kidnapping.");
    assert_eq!(triple(event_on(&doc, "wanted")), ("173", "MEX", "COL"), "{}", listing(&doc));
}

#[test]
fn wanting_to_do_something_is_no_warrant() {
    let doc = run("Chile's president said on Monday she wanted to meet Argentina's leader soon.");
    assert!(no_event_of_root(&doc, "17"), "{}", listing(&doc));
}

// ---- exchanges of fire that breach a truce --------------------------------------------

#[test]
fn an_exchange_told_as_a_breach_of_the_truce_is_a_violation_both_ways() {
    let doc = run(
        "Armenian and Azerbaijani soldiers exchanged mortar fire near Tegh on Friday, in the worst breach of their truce since spring.",
    );
    assert!(has_event(&doc, "196", "ARMMIL", "AZEMIL"), "{}", listing(&doc));
    assert!(has_event(&doc, "196", "AZEMIL", "ARMMIL"), "{}", listing(&doc));
}

#[test]
fn an_exchange_with_no_truce_named_is_no_violation() {
    let doc = run(
        "Armenian and Azerbaijani soldiers exchanged mortar fire near Tegh on Friday, the Armenian defence ministry said.",
    );
    assert!(!doc.events.iter().any(|e| e.code.starts_with("196")), "{}", listing(&doc));
}
