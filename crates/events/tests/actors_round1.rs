//! Actors the coder could not name: an unnamed army in a sentence that
//! names more than one state. The sentences are invented.

mod common;

use common::{has_event, listing, run};

#[test]
fn the_army_set_against_a_states_rebels_is_that_states_army() {
    // the army comes first, the rebels after it
    let doc = run("Senegal offered on Monday to host talks between Nigeria and Boko Haram, days after fighting \
         between the army and the militants near Maiduguri left 40 people dead.");
    assert!(has_event(&doc, "19", "NGAMIL", "NGAREB"), "{}", listing(&doc));
    assert!(has_event(&doc, "19", "NGAREB", "NGAMIL"), "{}", listing(&doc));
    // the rebels come first, the army after them
    let doc = run("Cuban and Norwegian envoys flew to Colombia on Thursday, a week after clashes between the FARC \
         and the army near Popayan killed nine people.");
    assert!(has_event(&doc, "19", "COLREB", "COLMIL"), "{}", listing(&doc));
}

#[test]
fn the_army_with_no_rebels_beside_it_stays_unnamed() {
    // an army that is not set against the named rebels is not theirs
    let doc = run("Israeli jets struck Hezbollah positions in southern Lebanon on Sunday, the army said.");
    assert!(!has_event(&doc, "19", "LBNMIL", "LBNREB"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| common::side(&e.source_actor) == "LBNMIL"), "{}", listing(&doc));
}

#[test]
fn the_boat_acted_on_is_the_craft_named_before() {
    let doc = run("A Chinese coast guard ship rammed a Vietnamese fishing trawler near the Paracel Islands on \
         Tuesday. Beijing accused the trawler of fishing illegally in Chinese waters.");
    assert!(has_event(&doc, "11", "CHN", "VNM") || common::between(&doc, "11", "CHN", "VNM"), "{}", listing(&doc));
}
