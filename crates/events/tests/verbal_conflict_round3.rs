//! Verbal conflict (CAMEO roots 10–14), third round (twenty-second
//! session): a deed named back with a word of condemnation the coder did
//! not know, accusations or insults traded while fire is exchanged in the
//! same sentence, and demands or complaints brushed aside or shrugged off.
//! Every sentence is invented.

mod common;

use common::{between, listing, no_event_of_root, run};

#[test]
fn detentions_called_hostage_taking_are_denounced() {
    let doc = run(
        "Azerbaijan detained two Iranian truck drivers at the border on Sunday. Tehran called the detentions \"hostage-taking\".",
    );
    assert!(between(&doc, "11", "IRN", "AZE"), "{}", listing(&doc));
}

#[test]
fn a_ban_called_discrimination_is_denounced() {
    let doc = run(
        "Serbia banned a Croatian folk festival in Novi Sad on Friday. Zagreb called the ban \"open discrimination\".",
    );
    assert!(between(&doc, "11", "HRV", "SRB"), "{}", listing(&doc));
}

#[test]
fn a_deportation_called_persecution_is_denounced() {
    let doc = run(
        "Kazakhstan deported a Kyrgyz imam on Wednesday. Bishkek called the deportation \"a campaign of persecution\".",
    );
    assert!(between(&doc, "11", "KGZ", "KAZ"), "{}", listing(&doc));
}

#[test]
fn a_step_called_a_welcome_gesture_is_no_criticism() {
    let doc = run("Serbia released two Croatian fishermen on Friday. Zagreb called the move \"a welcome gesture\".");
    assert!(no_event_of_root(&doc, "11"), "{}", listing(&doc));
}

#[test]
fn insults_traded_are_mutual_criticism_even_with_fire_later() {
    let doc =
        run("Greece and Turkey traded insults on Monday after a naval standoff in which warships exchanged fire.");
    assert!(between(&doc, "11", "GRC", "TUR") && between(&doc, "11", "TUR", "GRC"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.trigger.slice(&doc.text) == "traded" && !e.code.starts_with("11")));
}

#[test]
fn accusations_traded_before_an_exchange_of_fire_are_accusations() {
    let doc = run("Peru and Bolivia traded accusations on Friday after troops exchanged fire near the border.");
    assert!(between(&doc, "112", "PER", "BOL") && between(&doc, "112", "BOL", "PER"), "{}", listing(&doc));
    assert!(
        !doc.events.iter().any(|e| e.trigger.slice(&doc.text) == "traded" && e.code.starts_with("19")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_demand_brushed_aside_is_rejected() {
    let doc = run("Pakistan demanded that Afghanistan hand over the militants. Kabul brushed the demand aside.");
    assert!(between(&doc, "12", "AFG", "PAK"), "{}", listing(&doc));
}

#[test]
fn brushing_aside_a_complaint_rejects_it() {
    let doc = run("Bolivia's foreign ministry brushed aside a complaint from Chile on Monday.");
    assert!(between(&doc, "12", "BOL", "CHL"), "{}", listing(&doc));
}

#[test]
fn criticism_shrugged_off_is_rejected() {
    let doc = run("Tokyo shrugged off the criticism from Beijing on Tuesday.");
    assert!(between(&doc, "12", "JPN", "CHN"), "{}", listing(&doc));
}

#[test]
fn brushing_something_aside_with_no_side_is_no_event() {
    let doc = run("The minister brushed her hair aside before speaking to reporters.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn drivers_in_a_city_walking_off_the_job_strike_against_their_government() {
    let doc = run("Bus drivers in Santiago walked off the job on Monday over unpaid wages.");
    assert!(between(&doc, "14", "CHL", "CHL"), "{}", listing(&doc));
}

#[test]
fn workers_blocking_a_road_protest_with_a_blockade() {
    let doc = run("Thousands of garment workers in Phnom Penh blocked a main road on Monday to demand higher wages.");
    assert!(between(&doc, "14", "KHM", "KHM"), "{}", listing(&doc));
}

#[test]
fn aid_workers_are_no_labour_group() {
    let doc = run("Gunmen in Darfur killed three aid workers on Monday.");
    assert!(
        !doc.events
            .iter()
            .any(|e| common::side(&e.target_actor).ends_with("LAB") || common::side(&e.source_actor).ends_with("LAB")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_government_backed_by_the_army_blames_a_rebel_group_at_home() {
    let doc = run(
        "Rebels shelled a market in Goma on Monday, killing six people. The army-backed government blamed the M23 rebels.",
    );
    assert!(between(&doc, "112", "COD", "COD"), "{}", listing(&doc));
}

#[test]
fn opposing_sanctions_threatened_is_disapproval_of_the_threatener() {
    let doc = run(
        "Washington threatened on Monday to sanction Turkish banks that trade with Iran. Turkey's foreign ministry said it firmly opposed unilateral sanctions.",
    );
    assert!(between(&doc, "11", "TUR", "USA"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.trigger.slice(&doc.text) == "opposed" && !e.code.starts_with("11")));
}

#[test]
fn a_quoted_verb_of_opposition_still_reaches_its_object() {
    let doc = run("Tokyo \"firmly opposes\" any Chinese military drills near Taiwan, the foreign ministry said.");
    assert!(between(&doc, "11", "JPN", "CHN"), "{}", listing(&doc));
}

#[test]
fn a_quoted_verb_after_said_that_it_is_the_speakers() {
    let doc = run("India's foreign ministry said on Friday that it \"strongly opposes\" any Pakistani troop build-up.");
    assert!(between(&doc, "11", "IND", "PAK"), "{}", listing(&doc));
}

#[test]
fn a_quoted_noun_is_no_quoted_verb() {
    let doc = run(
        "Belgrade defended Moscow's \"legitimate security concerns\" at the UN on Monday, while Britain urged new sanctions.",
    );
    assert!(!doc.events.iter().any(|e| e.trigger.slice(&doc.text) == "concerns"), "{}", listing(&doc));
}

#[test]
fn a_side_said_to_bear_full_responsibility_is_accused() {
    let doc = run(
        "\"The bombing of the bus station was a crime, and the Houthi militia bears full responsibility for it,\" Saudi Arabia's foreign minister said on Monday.",
    );
    assert!(between(&doc, "112", "SAU", "YEM"), "{}", listing(&doc));
}
