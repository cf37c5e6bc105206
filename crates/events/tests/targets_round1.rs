//! Targets, round one (twenty-ninth session): whom an act was aimed at when
//! the text says so only through someone's claim, and words that look like
//! deeds but name a place. Each case is an invented sentence.

mod common;

use common::{country, event_on, listing, no_event_of_root, run, side};

#[test]
fn victims_the_army_says_were_militants_are_the_target_as_the_army_says() {
    let doc = run(
        "A Turkish drone strike hit a pickup truck near Qamishli on Friday, killing three men the Turkish defence ministry said were PKK militants.",
    );
    let e = event_on(&doc, "drone strike");
    assert_eq!(country(&e.source_actor), "TUR", "{}", listing(&doc));
    assert_eq!(side(&e.target_actor), "TURREB", "{}", listing(&doc));
    // who was hit rests on the ministry's word, so the strike is reported
    assert!(e.attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn victims_named_by_the_author_keep_the_strike_asserted() {
    let doc = run(
        "A Turkish drone strike hit a pickup truck near Qamishli on Friday, killing three PKK militants, the Turkish defence ministry said.",
    );
    let e = event_on(&doc, "drone strike");
    assert_eq!(country(&e.target_actor), "TUR", "{}", listing(&doc));
}

#[test]
fn a_report_about_something_else_after_the_victims_names_no_target() {
    let doc = run(
        "A Russian air strike hit a market in Kharkiv on Sunday, killing four people, and the Ukrainian army said Russian troops were massing near Kupiansk.",
    );
    let e = event_on(&doc, "air strike");
    assert_eq!(country(&e.source_actor), "RUS", "{}", listing(&doc));
    assert!(e.attribution.is_none(), "{}", listing(&doc));
}

#[test]
fn rocket_launch_sites_being_rebuilt_are_no_launch() {
    let doc = run(
        "Satellite photographs published on Tuesday show that Iran has been rebuilding missile launch sites near Semnan, a Washington research institute said.",
    );
    assert!(no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn a_rocket_launched_at_a_town_is_still_fire() {
    let doc = run("Hezbollah fighters launched rockets at the Israeli town of Kiryat Shmona on Monday.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}
