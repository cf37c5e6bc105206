//! Verbal and material conflict (CAMEO roots 10–20), seventh round
//! (twenty-ninth session): a speaker's charge that another side's craft
//! went somewhere "illegally" (112), an accusation in a relative clause
//! ("officials it accused of …") between the sanctioning side and the
//! officials, a veto aimed at the draft's authors named after it, and an
//! international body's observers or mission ordered out (1662), and a
//! release of one's own nationals demanded of the state holding them.
//! Every sentence is invented.

mod common;

use common::{between, has_event, listing, run};

// ---- intrusions charged -----------------------------------------------------

#[test]
fn a_speaker_saying_the_vessel_illegally_intruded_accuses_its_state() {
    let doc = run(
        "Vietnamese coast guard ships fired water cannon at a Chinese fishing vessel near the Spratly Islands on Sunday, Chinese state media said. Hanoi said the vessel had illegally intruded into Vietnamese waters.",
    );
    assert!(between(&doc, "112", "VNM", "CHN"), "{}", listing(&doc));
}

#[test]
fn boats_that_had_unlawfully_entered_are_accused_too() {
    let doc = run(
        "Indonesian navy ships fired warning shots at Vietnamese fishing boats in the Natuna Sea on Tuesday, Hanoi said. Jakarta said its ships had acted against boats that had \"unlawfully entered\" Indonesian waters.",
    );
    assert!(between(&doc, "112", "IDN", "VNM"), "{}", listing(&doc));
}

#[test]
fn a_pronoun_that_illegally_intruded_is_not_read_as_a_craft() {
    let doc = run(
        "Chinese coast guard ships blocked two Vietnamese fishing vessels near the Paracel Islands on Friday, Vietnam's foreign ministry said. China's coast guard said it had expelled the vessels after they \"illegally intruded\" into Chinese waters.",
    );
    assert!(!between(&doc, "112", "CHN", "VNM"), "{}", listing(&doc));
}

#[test]
fn a_craft_no_act_of_the_speakers_side_names_is_accused_of_nothing() {
    let doc = run(
        "A Greek coast guard officer said the Greek patrol boat had illegally crossed into Turkish waters during a chase.",
    );
    assert!(!doc.events.iter().any(|e| e.code.starts_with("112")), "{}", listing(&doc));
}

// ---- accusations in a relative clause -------------------------------------------

#[test]
fn officers_it_accused_are_the_accused() {
    let doc = run(
        "The British government imposed sanctions on Tuesday on six Russian officers it accused of organising cyberattacks on Estonia.",
    );
    assert!(between(&doc, "112", "GBR", "RUS"), "{}", listing(&doc));
    assert!(!between(&doc, "112", "GBR", "EST"), "{}", listing(&doc));
}

#[test]
fn diplomats_they_accuse_are_accused_by_each_sanctioning_state() {
    let doc = run(
        "Japan and South Korea on Friday imposed sanctions on four North Korean diplomats they accuse of smuggling weapons parts.",
    );
    assert!(has_event(&doc, "112", "JPN", "PRKGOV"), "{}", listing(&doc));
    assert!(has_event(&doc, "112", "KOR", "PRKGOV"), "{}", listing(&doc));
}

#[test]
fn it_accused_with_its_own_object_is_no_relative_clause() {
    let doc = run("Russia's foreign ministry said on Monday it accused Latvia of harassing Russian journalists.");
    assert!(between(&doc, "112", "RUS", "LVA"), "{}", listing(&doc));
    assert!(!between(&doc, "112", "LVA", "RUS"), "{}", listing(&doc));
}

// ---- vetoes aimed at the draft's authors -----------------------------------------

#[test]
fn a_veto_is_aimed_at_the_side_which_had_drafted_the_text() {
    let doc = run(
        "Russia vetoed a UN Security Council draft on Monday that would have extended sanctions on Mali, drawing protests from France, which had drafted the text.",
    );
    assert!(between(&doc, "129", "RUS", "FRA"), "{}", listing(&doc));
    assert!(!between(&doc, "129", "RUS", "UNO"), "{}", listing(&doc));
}

#[test]
fn a_veto_is_aimed_at_the_author_the_next_sentence_names() {
    let doc = run(
        "China vetoed a Security Council resolution on Tuesday that would have imposed a no-fly zone over Sudan. The draft had been submitted by Kenya.",
    );
    assert!(between(&doc, "129", "CHN", "KEN"), "{}", listing(&doc));
}

#[test]
fn a_text_praised_by_a_state_was_not_drafted_by_it() {
    let doc = run("Russia vetoed a Security Council resolution on Syria on Monday. The text was praised by Britain.");
    assert!(!between(&doc, "129", "RUS", "GBR"), "{}", listing(&doc));
}

// ---- observers ordered out ---------------------------------------------------------

#[test]
fn an_observation_mission_ordered_to_leave_is_withdrawn_observers() {
    let doc = run(
        "Tajikistan ordered an OSCE election observation mission to leave the country within three days on Tuesday, the foreign ministry said.",
    );
    assert!(doc.events.iter().any(|e| e.code == "1662"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("174")), "{}", listing(&doc));
}

#[test]
fn a_monitoring_team_expelled_is_withdrawn_observers() {
    let doc = run("Azerbaijan expelled an OSCE monitoring team on Friday, saying it had exceeded its mandate.");
    assert!(doc.events.iter().any(|e| e.code == "1662"), "{}", listing(&doc));
}

#[test]
fn an_official_of_a_body_ordered_out_is_no_mission() {
    let doc =
        run("Tajikistan ordered a senior OSCE official to leave the country on Tuesday, the foreign ministry said.");
    assert!(!doc.events.iter().any(|e| e.code == "1662"), "{}", listing(&doc));
}

// ---- releases demanded of the holder --------------------------------------------------

#[test]
fn a_release_of_nationals_held_in_a_country_is_demanded_of_it() {
    let doc = run(
        "Germany on Tuesday demanded the immediate release of three German engineers who have been held in Belarus's Okrestina jail for a year.",
    );
    assert!(between(&doc, "105", "DEU", "BLR"), "{}", listing(&doc));
    assert!(!between(&doc, "105", "DEU", "DEU"), "{}", listing(&doc));
}

#[test]
fn a_release_of_sentenced_nationals_is_demanded_of_the_sentencing_state() {
    let doc = run(
        "An Iranian court sentenced two Dutch citizens to five years in prison on espionage charges on Monday. The Netherlands demanded the immediate release of the two Dutch citizens.",
    );
    assert!(between(&doc, "105", "NLD", "IRN"), "{}", listing(&doc));
}

#[test]
fn a_release_with_no_holder_told_keeps_its_object() {
    let doc = run("Germany demanded the release of three German engineers on Tuesday.");
    assert!(
        doc.events.iter().all(|e| !e.code.starts_with("105") || common::country(&e.target_actor) == "DEU"),
        "{}",
        listing(&doc)
    );
}
