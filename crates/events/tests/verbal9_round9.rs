//! Verbal conflict (CAMEO roots 10–14), ninth round (thirtieth session): a
//! warning with a condition is a threat aimed at the side the condition is
//! about. Every sentence is invented.

mod common;

use common::{between, listing, run};

#[test]
fn a_warning_with_a_condition_threatens_the_conditions_side() {
    let doc = run(
        "Azerbaijan's defence minister warned on Friday that Baku could strike artillery positions within hours if Armenia shelled villages along the border again.",
    );
    assert!(between(&doc, "13", "AZE", "ARM"), "{}", listing(&doc));
}

#[test]
fn the_condition_may_come_before_the_warner() {
    let doc = run(
        "Turkey will \"not sit idly by\" if Greece arms the Aegean islands, Turkey's defence minister warned on Wednesday.",
    );
    assert!(between(&doc, "13", "TUR", "GRC"), "{}", listing(&doc));
}

#[test]
fn a_threat_the_main_pass_aimed_at_a_body_goes_to_the_conditions_state() {
    let doc = run(
        "Iran's foreign minister warned on Sunday that Tehran would quit the treaty if France pushed for new UN sanctions.",
    );
    assert!(between(&doc, "13", "IRN", "FRA"), "{}", listing(&doc));
}

#[test]
fn a_condition_naming_no_state_adds_no_threat() {
    let doc = run("Ghana's finance minister warned on Monday that fuel subsidies would end if prices kept rising.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("13")), "{}", listing(&doc));
}
