//! The lead's rules of the thirtieth session, from heldout17: who a
//! condemnation of "the launches" or "the attack" is aimed at, and armed
//! groups named with a word for their fighters. Each case is an invented
//! sentence.

mod common;

use common::{country, event_on, has_event, listing, run, side};

#[test]
fn the_fighters_of_a_known_armed_group_are_the_group() {
    let doc = run("Houthi fighters seized a Panamanian-flagged tanker off the port of Mocha on Sunday.");
    let e = event_on(&doc, "seized");
    assert_eq!(side(&e.source_actor), "YEMREB", "{}", listing(&doc));
}

#[test]
fn gunmen_of_no_known_group_stay_unidentified() {
    let doc = run("Gunmen attacked a police station in Nigeria's Zamfara state on Friday, killing four officers.");
    let e = event_on(&doc, "attacked");
    assert_eq!(side(&e.source_actor), "NGAUAF", "{}", listing(&doc));
}

#[test]
fn an_army_aligned_government_is_a_government() {
    let doc = run(
        "Rapid Support Forces fighters stormed a market town in North Kordofan on Sunday. The army-aligned government in Port Sudan urged the African Union to act.",
    );
    let e = event_on(&doc, "urged");
    assert_eq!(side(&e.source_actor), "SDNGOV", "{}", listing(&doc));
}

#[test]
fn a_noun_for_a_kind_of_deed_refers_back_past_later_deeds_of_other_kinds() {
    let doc = run(
        "North Korea fired three cruise missiles into the Yellow Sea on Saturday, Seoul's military said, a day before joint US-South Korean air drills were due to begin. South Korea's foreign ministry called the launches \"a reckless provocation\".",
    );
    let e = event_on(&doc, "called");
    assert_eq!(country(&e.target_actor), "PRK", "{}", listing(&doc));
}

#[test]
fn a_noun_that_can_name_any_deed_still_takes_the_latest() {
    let doc = run(
        "Lithuania closed two of its border crossings with Belarus on Monday. Minsk called the move \"an unfriendly act\".",
    );
    let e = event_on(&doc, "called");
    assert_eq!(country(&e.target_actor), "LTU", "{}", listing(&doc));
}

#[test]
fn an_armed_group_of_the_speakers_country_is_not_blamed_for_a_deed_abroad() {
    let doc = run(
        "Hezbollah fired a volley of rockets at an Israeli army post in the Galilee on Sunday. Lebanon's prime minister condemned the attack as a threat to the country's stability.",
    );
    assert!(!has_event(&doc, "11", "LBNGOV", "LBNREB"), "{}", listing(&doc));
}

#[test]
fn a_state_blaming_an_armed_group_of_its_own_country_aims_at_the_group() {
    let doc = run(
        "Al-Shabaab fighters shelled a camp for displaced families near Baidoa on Tuesday, killing 11 people, a local official said. Somalia's government called the attack \"a cowardly crime\".",
    );
    let e = event_on(&doc, "called");
    assert_eq!(side(&e.target_actor), "SOMREB", "{}", listing(&doc));
}

#[test]
fn a_foreign_doer_of_the_same_deed_comes_before_an_armed_group_at_home() {
    let doc = run(
        "Israeli warplanes struck what the army called a Hezbollah rocket store near Tyre on Monday, and Hezbollah answered by firing rockets at a base in the Galilee. Lebanon's president condemned the strike as an attack on Lebanese sovereignty.",
    );
    assert!(has_event(&doc, "11", "LBNGOV", "ISRMIL"), "{}", listing(&doc));
    assert!(!has_event(&doc, "11", "LBNGOV", "LBNREB"), "{}", listing(&doc));
}

#[test]
fn what_a_condemned_deed_is_called_names_no_target() {
    let doc = run(
        "A North Korean missile came down in the sea west of Hokkaido on Friday, Japan's coast guard said. Japan's prime minister condemned the launch as a breach of UN Security Council resolutions.",
    );
    assert!(
        !doc.events.iter().any(|e| e.code.starts_with("11") && country(&e.target_actor) == "UNO"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn forces_sent_to_watch_what_a_side_tracked_are_the_speakers_and_aimed_at_it() {
    let doc = run(
        "Japan's defence ministry said it had spotted 12 Chinese warships near the Senkaku islands and sent its own destroyers to shadow them.",
    );
    let e = event_on(&doc, "sent");
    assert_eq!(side(&e.source_actor), "JPNMIL", "{}", listing(&doc));
    assert_eq!(country(&e.target_actor), "CHN", "{}", listing(&doc));
}

#[test]
fn a_scramble_after_tracking_intruders_is_the_trackers() {
    let doc = run(
        "Taiwan's defence ministry said it had detected 19 Chinese military aircraft and scrambled fighter jets in response on Wednesday.",
    );
    let e = event_on(&doc, "scrambled");
    assert_eq!(country(&e.source_actor), "TWN", "{}", listing(&doc));
}
