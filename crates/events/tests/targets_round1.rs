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

#[test]
fn rejecting_an_offer_answers_whoever_made_it() {
    let doc = run(
        "Tunisia on Monday rejected an offer from Saudi Arabia to mediate in its long-running dispute with Libya, saying there was \"nothing to mediate\" as long as the question remained unresolved.",
    );
    let e = event_on(&doc, "rejected");
    assert_eq!(country(&e.target_actor), "SAU", "{}", listing(&doc));
}

#[test]
fn an_offer_with_no_maker_named_leaves_the_rejection_alone() {
    let doc = run("Tunisia on Monday rejected an offer of talks in Geneva, saying Libya had walked away before.");
    let e = event_on(&doc, "rejected");
    assert_ne!(country(&e.target_actor), "SAU", "{}", listing(&doc));
    assert_eq!(country(&e.source_actor), "TUN", "{}", listing(&doc));
}

#[test]
fn a_demand_for_release_is_aimed_at_the_state_holding_the_people() {
    let doc = run(
        "Japan on Wednesday demanded the immediate release of two Japanese journalists who have been held in Myanmar's Insein prison since July.",
    );
    let e = event_on(&doc, "demanded");
    assert_eq!(e.code, "1053", "{}", listing(&doc));
    assert_eq!(country(&e.target_actor), "MMR", "{}", listing(&doc));
}

#[test]
fn a_demand_for_release_with_no_holder_named_keeps_its_target() {
    let doc = run("Japan on Wednesday demanded that Myanmar release two Japanese journalists arrested in July.");
    assert!(
        doc.events.iter().all(|e| !(e.code.starts_with("10") && country(&e.target_actor) == "JPN")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_denial_of_reports_spread_by_a_neighbour_answers_the_neighbour() {
    let doc = run(
        "The African Union called on Sudan and Chad on Friday to show restraint after reports of troop build-ups along their border. Chad's defence minister dismissed the reports as \"fabrications\" spread by Khartoum.",
    );
    let e = event_on(&doc, "dismissed");
    assert_eq!(country(&e.source_actor), "TCD", "{}", listing(&doc));
    assert_eq!(country(&e.target_actor), "SDN", "{}", listing(&doc));
}

#[test]
fn a_denial_that_names_no_spreader_is_not_turned_on_anyone() {
    let doc = run(
        "The African Union called on Sudan and Chad on Friday to show restraint after reports of troop build-ups along their border. Chad's defence minister dismissed the reports as \"fabrications\".",
    );
    assert!(
        doc.events.iter().all(|e| !(e.trigger.slice(&doc.text) == "dismissed" && country(&e.target_actor) == "SDN")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_broken_promise_is_no_assault() {
    let doc = run("Tunisia said Libya had broken every earlier promise on migrants.");
    assert!(no_event_of_root(&doc, "18") && no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn breaking_the_windows_of_an_embassy_is_still_coded() {
    let doc = run("Rioters broke the windows of the French embassy in Niamey on Sunday.");
    let e = event_on(&doc, "broke");
    assert_eq!(country(&e.target_actor), "FRA", "{}", listing(&doc));
}

#[test]
fn the_country_a_blocked_highway_leads_to_is_not_its_target() {
    let doc = run("Bolivian farmers blocked the main highway to Argentina for a third day, police said.");
    let e = event_on(&doc, "blocked");
    assert_ne!(country(&e.target_actor), "ARG", "{}", listing(&doc));
}

#[test]
fn a_convoy_sent_to_a_country_still_goes_to_it() {
    let doc = run("Turkey sent a convoy of 40 lorries of flour to Syria on Sunday.");
    assert!(doc.events.iter().any(|e| country(&e.target_actor) == "SYR"), "{}", listing(&doc));
}

#[test]
fn a_patrol_that_was_ambushed_shows_no_force_of_its_own() {
    let doc =
        run("Gunmen ambushed a Nepalese patrol of the UN mission near Kidal on Tuesday, killing two peacekeepers.");
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn a_patrol_sent_out_is_still_a_show_of_force() {
    let doc = run("Russian warships conducted a patrol off the Swedish island of Gotland on Tuesday.");
    assert!(!no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn opposition_rallies_broken_up_rally_no_forces() {
    let doc = run(
        "Observers from the African Union criticised Malawian police for breaking up opposition rallies during the campaign.",
    );
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn an_army_that_remained_sceptical_shows_no_force() {
    let doc =
        run("Mali's army said it remained sceptical of the truce and accused the rebels of regrouping near Kidal.");
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn troops_that_remained_in_a_town_still_hold_it() {
    let doc = run("Russian troops remained in the town of Kupiansk on Monday despite the Ukrainian advance.");
    assert!(!no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn an_observation_mission_ordered_out_is_withdrawn_observers() {
    let doc = run(
        "Azerbaijan has ordered an OSCE election observation mission to leave the country within 72 hours, the foreign ministry said on Friday.",
    );
    let e = event_on(&doc, "ordered");
    assert_eq!(e.code, "1662", "{}", listing(&doc));
}

#[test]
fn journalists_expelled_are_still_deported_people() {
    let doc = run("Burundi expelled two Rwandan journalists on Friday.");
    let e = event_on(&doc, "expelled");
    assert_eq!(e.code, "174", "{}", listing(&doc));
}
