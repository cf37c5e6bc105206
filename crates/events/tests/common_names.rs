//! Bodies whose names every state uses ("the Senate", "the Joint Chiefs of
//! Staff", "the National Security Council"): the actor dictionary lists
//! each under one state, but the text decides whose it is. The sentences
//! are invented for these tests.

mod common;

use common::{event_on, listing, run, side, triple};

#[test]
fn a_senate_owned_by_a_named_state_is_that_states_legislature() {
    let doc = run("Brazil's Senate approved the trade agreement with the European Union on Tuesday.");
    let e = event_on(&doc, "approved");
    assert_eq!(side(&e.source_actor), "BRALEG", "{}", listing(&doc));
    // the state the dictionary lists it under keeps it
    let doc = run("The US Senate condemned China's crackdown in Hong Kong.");
    let e = event_on(&doc, "condemned");
    assert_eq!(triple(e), ("111", "USA", "CHN"), "{}", listing(&doc));
}

#[test]
fn joint_chiefs_reporting_from_another_capital_are_that_states() {
    // the place right after the body
    let doc = run("North Korean soldiers briefly crossed the Military Demarcation Line on Tuesday, prompting \
                   South Korean troops to fire warning shots, the Joint Chiefs of Staff in Seoul said.");
    let e = event_on(&doc, "crossed");
    assert_eq!(triple(e), ("192", "PRK", "KOR"), "{}", listing(&doc));
    // the one state the text names as a place
    let doc = run("South Korea raised its alert level on Friday after North Korean soldiers briefly crossed \
                   the demarcation line, the Joint Chiefs of Staff said.");
    let e = event_on(&doc, "crossed");
    assert_eq!(triple(e), ("192", "PRK", "KOR"), "{}", listing(&doc));
    // a text that names the dictionary's state keeps its reading
    let doc = run("The Joint Chiefs of Staff accused Iran of harassing an American destroyer near the Strait \
                   of Hormuz, Washington said.");
    let e = event_on(&doc, "accused");
    assert_eq!(side(&e.source_actor), "USAMIL", "{}", listing(&doc));
}
