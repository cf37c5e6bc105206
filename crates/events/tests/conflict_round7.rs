//! Verbal and material conflict (CAMEO roots 10–20), seventh round
//! (twenty-ninth session): a speaker's charge that another side's craft
//! went somewhere "illegally" (112), an accusation in a relative clause
//! ("officials it accused of …") between the sanctioning side and the
//! officials, and a veto aimed at the draft's authors named after it.
//! Every sentence is invented.

mod common;

use common::{between, listing, run};

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
