//! False events and wrong sides found by reading the coder's output on
//! older wire stories it was never tuned on (TimeBank articles in
//! `../shared/data/tempeval3`, read only for what kinds of mistakes
//! recur). The sentences here are invented for these tests.

mod common;

use common::{event_on, has_event, listing, no_event_of_root, run, side};

#[test]
fn back_after_a_movement_is_an_adverb_not_support() {
    let doc = run("The Miami relatives went back to Cuba for several family reunions.");
    assert!(no_event_of_root(&doc, "05"), "{}", listing(&doc));
    let doc = run("Italy wants the migrants sent back home to Tunisia.");
    assert!(no_event_of_root(&doc, "05"), "{}", listing(&doc));
    // the verb keeps its sense
    let doc = run("France will back Germany's proposal at the summit.");
    assert!(has_event(&doc, "03", "FRA", "DEU"), "{}", listing(&doc));
    // and a retreat is still one
    let doc = run("Russian troops pulled back from the Ukrainian border on Monday.");
    assert_eq!(event_on(&doc, "pulled back").code, "0874", "{}", listing(&doc));
}

#[test]
fn allies_and_associates_as_nouns_are_no_cooperation() {
    let doc = run("U.S. allies and other U.N. members have objected that the resolution went too far.");
    assert!(no_event_of_root(&doc, "05"), "{}", listing(&doc));
    let doc = run("Egypt's state news agency said the arrests included close associates of the Iraqi president.");
    assert!(no_event_of_root(&doc, "05"), "{}", listing(&doc));
}

#[test]
fn a_condemned_deed_is_held_against_its_doer_not_its_victim() {
    // the doer after "by"
    let doc = run("The EU condemned the killing of a Ukrainian journalist by Russian troops.");
    assert_eq!(side(&event_on(&doc, "condemned").target_actor), "RUSMIL", "{}", listing(&doc));
    let doc = run("Kenya's parliament condemned the attack by al-Shabaab on a police post.");
    assert_eq!(side(&event_on(&doc, "condemned").target_actor), "SOMREB", "{}", listing(&doc));
    // no doer named: the embassy's state is not condemned
    let doc = run("The Security Council condemned the bombing of the Turkish embassy in Mogadishu.");
    assert!(!has_event(&doc, "11", "UNO", "TURGOV") && !has_event(&doc, "11", "UNOGOV", "TURGOV"), "{}", listing(&doc));
    // a doer named before the deed keeps it
    let doc = run("Germany condemned Russia's attack on Kyiv.");
    assert!(has_event(&doc, "111", "DEU", "RUS"), "{}", listing(&doc));
    // blame is another matter: "blamed the attack on X" names X as the doer
    let doc = run("Pakistan blamed the attack on the Pakistani Taliban.");
    assert!(!no_event_of_root(&doc, "11"), "{}", listing(&doc));
}
