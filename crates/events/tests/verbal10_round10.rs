//! Verbal conflict (CAMEO roots 10–14), tenth round (thirty-first
//! session). Every sentence is invented.

mod common;

use common::{between, listing, run};

// ---- protests filed or handed over ----------------------------------------

#[test]
fn a_protest_filed_with_a_state_is_the_filers_complaint() {
    let doc = run(
        "Chinese coast guard ships chased a Vietnamese fishing boat near the Paracel Islands on Sunday. Hanoi filed a diplomatic protest with Beijing on Monday.",
    );
    assert!(between(&doc, "114", "VNM", "CHN"), "{}", listing(&doc));
}

#[test]
fn a_protest_note_handed_to_a_state_is_the_handers_complaint() {
    let doc = run("Costa Rica handed a formal protest note to Managua after soldiers crossed the San Juan river.");
    assert!(between(&doc, "114", "CRI", "NIC"), "{}", listing(&doc));
}
