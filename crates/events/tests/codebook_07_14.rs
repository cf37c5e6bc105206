//! Codebook coverage for CAMEO roots 07–14 (aid, yielding, investigating,
//! demanding, disapproving, rejecting, threatening, protesting): common
//! wire-report phrasings, each run through the real pipeline. The sentences
//! are invented for these tests.

mod common;

use common::{event_on, listing, run, triple};

#[test]
fn slamming_a_government_is_criticism() {
    let doc = run("The United States slammed China on Monday for its military drills near Taiwan.");
    assert_eq!(triple(event_on(&doc, "slammed")), ("111", "USA", "CHN"));
    let doc = run("Germany slams Hungary over its veto of the aid package, the ministry said.");
    assert_eq!(event_on(&doc, "slams").root, "11", "{}", listing(&doc));
}

#[test]
fn a_missile_slamming_into_a_town_is_an_aerial_attack() {
    let doc = run("A Russian missile slammed into an apartment block in Kharkiv on Tuesday.");
    assert_eq!(event_on(&doc, "slammed").code, "195", "{}", listing(&doc));
}

#[test]
fn disbursing_money_is_economic_aid() {
    let doc = run("The International Monetary Fund disbursed 1.1 billion dollars to Pakistan on Friday.");
    assert_eq!(event_on(&doc, "disbursed").code, "071", "{}", listing(&doc));
    assert_eq!(triple(event_on(&doc, "disbursed")).2, "PAK");
}

#[test]
fn freeing_aid_workers_is_a_release_not_aid() {
    let doc = run("Iran freed two French aid workers on Friday.");
    assert_eq!(triple(event_on(&doc, "freed")), ("0841", "IRN", "FRA"));
}

#[test]
fn finding_someone_guilty_is_a_verdict() {
    let doc = run("A court in Moscow found the Ukrainian journalist guilty of sabotage on Wednesday.");
    assert_eq!(event_on(&doc, "found").code, "116", "{}", listing(&doc));
}

#[test]
fn returning_people_is_a_release() {
    let doc = run("Russia returned 20 Ukrainian children to Ukraine, officials in Kyiv said.");
    assert_eq!(triple(event_on(&doc, "returned")), ("0841", "RUS", "UKR"));
}

#[test]
fn pulling_out_troops_is_a_retreat() {
    let doc = run("Israel pulled out its troops from the Gaza Strip on Sunday.");
    assert_eq!(event_on(&doc, "pulled out").code, "0874", "{}", listing(&doc));
}

#[test]
fn staging_a_walkout_is_a_strike() {
    let doc = run("Protesters in Kenya staged a walkout against the government on Monday.");
    assert_eq!(event_on(&doc, "staged").code, "143", "{}", listing(&doc));
}

#[test]
fn lashing_or_hitting_out_at_a_state_is_criticism_of_it() {
    let doc = run("Beijing hit out at Washington on Thursday over the new tariffs.");
    assert_eq!(triple(event_on(&doc, "hit out")), ("111", "CHN", "USA"));
    let doc = run("Ukraine lashed out at Hungary over its veto, the foreign ministry said.");
    assert_eq!(triple(event_on(&doc, "lashed out")), ("111", "UKR", "HUN"));
}

#[test]
fn handing_weapons_or_aid_to_a_state_is_aid() {
    let doc = run("Germany handed Ukraine a new batch of Patriot missiles on Monday.");
    assert_eq!(triple(event_on(&doc, "handed")), ("072", "DEU", "UKR"));
    let doc = run("Jordan handed food and medicine to Lebanon, the army said.");
    assert_eq!(event_on(&doc, "handed").code, "073", "{}", listing(&doc));
}
