//! Passive clauses: the verb's object is the clause's subject, and its doer
//! the agent after "by", also past a phrase naming the side acted on. The
//! sentences are invented for these tests.

mod common;

use common::{event_on, listing, run, triple};

#[test]
fn an_agreement_signed_by_two_states_is_signed_between_them() {
    let doc = run("The agreement was signed by Armenia and Azerbaijan in Washington on Friday.");
    let mut pairs: Vec<_> = doc.events.iter().filter(|e| e.code == "057").map(triple).collect();
    pairs.sort();
    assert_eq!(pairs, [("057", "ARM", "AZE"), ("057", "AZE", "ARM")], "{}", listing(&doc));
    // an adverb between the auxiliary and the verb
    let doc = run("The accord was formally signed by Serbia and Montenegro on Tuesday.");
    assert_eq!(doc.events.iter().filter(|e| e.code == "057").count(), 2, "{}", listing(&doc));
}

#[test]
fn the_object_of_a_passive_verb_before_it_still_picks_its_pattern() {
    let doc = run("A travel ban was imposed on Latvian officials by Russia on Monday.");
    assert_eq!(triple(event_on(&doc, "imposed")), ("163", "RUS", "LVA"));
    let doc = run("The suspect was extradited to France by Spain on Tuesday.");
    assert_eq!(triple(event_on(&doc, "extradited")), ("063", "ESP", "FRA"));
}

#[test]
fn sanctions_imposed_on_a_state_by_another_target_the_first() {
    let doc = run("The sanctions were imposed on Iran by the European Union on Monday.");
    assert_eq!(triple(event_on(&doc, "imposed")), ("163", "EUR", "IRN"));
    // the subject, when it is a side, stays the target
    let doc = run("Belarus was hit with new sanctions imposed by the European Union.");
    assert!(doc.events.iter().any(|e| e.root == "16"), "{}", listing(&doc));
}

#[test]
fn found_guilty_by_a_court_is_the_courts_verdict() {
    let doc = run("The opposition leader was found guilty by a court in Minsk on Thursday.");
    let e = event_on(&doc, "found");
    assert_eq!(
        (e.code.as_str(), common::side(&e.source_actor), common::side(&e.target_actor)),
        ("116", "BLRJUD", "BLROPP"),
        "{}",
        listing(&doc)
    );
}
