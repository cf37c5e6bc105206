//! Cooperation family (CAMEO roots 01–09), ninth round (thirtieth
//! session): a verb of denying whose dictionary object is a charged act
//! ("denied any build-up") is a denial (016) answering the accuser, not a
//! plain statement; an offer to mediate between two sides, or in one
//! side's dispute with another, is an offer of mediation (039) to each of
//! them, even when one side turns it down; "the emir of" a state is its
//! government. Every sentence is invented.

mod common;

use common::{between, listing, run};

// ---- denials of a charged build-up ------------------------------------------

#[test]
fn denying_a_build_up_answers_the_accuser() {
    let doc = run(
        "Armenia's defence ministry on Monday accused Azerbaijan of concentrating tanks along the Syunik frontier and said it was ready to respond. Azerbaijan's foreign ministry denied any build-up and said Baku wanted a lasting settlement.",
    );
    assert!(between(&doc, "016", "AZE", "ARM"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "010"), "{}", listing(&doc));
}

#[test]
fn rejecting_a_build_up_is_no_denial() {
    let doc =
        run("Lithuania's parliament rejected a build-up of allied armour near Vilnius on Thursday, officials said.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("016")), "{}", listing(&doc));
}

// ---- offers to mediate ------------------------------------------------------

#[test]
fn an_offer_to_mediate_between_two_sides_goes_to_both() {
    let doc = run(
        "Kenya rejected on Thursday an offer by the Turkish president to mediate between Nairobi and Mogadishu over the maritime border, saying the matter was purely bilateral.",
    );
    assert!(between(&doc, "039", "TUR", "KEN"), "{}", listing(&doc));
    assert!(between(&doc, "039", "TUR", "SOM"), "{}", listing(&doc));
}

#[test]
fn an_offer_to_mediate_in_a_dispute_goes_to_the_other_side_too() {
    let doc = run(
        "Ghana on Monday rejected an offer from Nigeria to mediate in its border dispute with Togo, saying there was nothing to discuss.",
    );
    assert!(between(&doc, "039", "NGA", "GHA"), "{}", listing(&doc));
    assert!(between(&doc, "039", "NGA", "TGO"), "{}", listing(&doc));
}

#[test]
fn an_offer_to_mediate_without_a_quarrel_named_reaches_no_third_side() {
    let doc = run("Ghana on Monday rejected an offer from Nigeria to mediate, saying Togo had not been consulted.");
    assert!(!between(&doc, "039", "NGA", "TGO"), "{}", listing(&doc));
}

// ---- a ruler's title ------------------------------------------------------------

#[test]
fn the_emir_of_a_state_speaks_for_its_government() {
    let doc =
        run("The emir of Kuwait and Jordan's king agreed during a phone conversation on Sunday to deepen trade ties.");
    assert!(
        doc.events.iter().any(|e| e.code.starts_with('0')
            && common::side(&e.source_actor) == "KWTGOV"
            && common::side(&e.target_actor) == "JORGOV"),
        "{}",
        listing(&doc)
    );
}
