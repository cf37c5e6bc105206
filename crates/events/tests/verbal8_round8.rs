//! Verbal conflict and reduced relations (CAMEO roots 10–14 and 16),
//! eighth round (thirtieth session): a verdict participle after a
//! rejection whose content seemed to run over it ("rejected a Peruvian
//! plan …, calling it a farce"), an obstruction that follows a protest of
//! another kind ("to protest against …, blocking roads"), force a civilian
//! group uses on the police (145), sanctions on a number of a body's
//! officers, and a package of sanctions adopted. Every sentence is
//! invented.

mod common;

use common::{between, event_on, listing, run, triple};

// ---- a verdict after a rejection ----------------------------------------------

#[test]
fn a_verdict_after_rejecting_a_plan_named_by_its_demonym_is_the_rejecters() {
    let doc = run(
        "Chile on Monday rejected a Peruvian plan to build a dam on the Lauca river, calling it \"a unilateral act\".",
    );
    assert!(between(&doc, "111", "CHL", "PER"), "{}", listing(&doc));
    assert!(!between(&doc, "111", "PER", "CHL"), "{}", listing(&doc));
}

#[test]
fn a_verdict_after_rejecting_an_offer_is_aimed_at_whoever_made_it() {
    let doc = run(
        "Azerbaijan on Sunday rejected an offer by Armenia's government to hold border talks in Yerevan, calling it \"a cynical farce\".",
    );
    assert!(between(&doc, "111", "AZE", "ARM"), "{}", listing(&doc));
    assert!(!between(&doc, "111", "ARM", "AZE"), "{}", listing(&doc));
}

// ---- obstruction after a protest ---------------------------------------------------

#[test]
fn roads_blocked_after_a_protest_against_the_bloc_are_a_second_act() {
    let doc = run(
        "Hundreds of Dutch farmers drove tractors into Strasbourg on Wednesday to protest against the EU's new fishing quotas, blocking roads around the European Parliament for several hours.",
    );
    assert!(between(&doc, "14", "NLD", "EUR"), "{}", listing(&doc));
    let e = event_on(&doc, "blocking");
    assert_eq!(triple(e).0.get(..3), Some("144"), "{}", listing(&doc));
    assert_eq!((triple(e).1, triple(e).2), ("NLD", "EUR"), "{}", listing(&doc));
}

#[test]
fn a_protest_restated_as_a_participle_is_still_one_act() {
    let doc = run(
        "Hundreds of Dutch farmers blocked roads around the European Parliament in Strasbourg on Wednesday, protesting against the EU's new fishing quotas.",
    );
    let fourteens = doc.events.iter().filter(|e| e.code.starts_with("14")).count();
    assert_eq!(fourteens, 1, "{}", listing(&doc));
}

// ---- force a civilian group uses on the police --------------------------------

#[test]
fn farmers_pelting_police_protest_violently() {
    let doc = run("Kenyan farmers pelted police with stones outside the agriculture ministry in Nairobi on Tuesday.");
    let e = event_on(&doc, "pelted");
    assert_eq!(triple(e), ("145", "KEN", "KEN"), "{}", listing(&doc));
}

#[test]
fn soldiers_firing_on_police_are_no_protest() {
    let doc = run("Rebel fighters fired on police near the Malian town of Kidal on Tuesday.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("145")), "{}", listing(&doc));
}

// ---- sanctions on a body's officers -------------------------------------------

#[test]
fn sanctions_on_five_officers_of_a_service_aim_at_the_service() {
    let doc = run(
        "Canada on Tuesday imposed sanctions on five officers of Iran's Revolutionary Guards, accusing them of plotting attacks on dissidents in Toronto.",
    );
    assert!(between(&doc, "163", "CAN", "IRN"), "{}", listing(&doc));
}

// ---- a package of sanctions adopted ---------------------------------------------

#[test]
fn a_package_of_sanctions_adopted_is_imposed_by_the_adopter() {
    let doc = run(
        "The European Union on Monday adopted a new package of sanctions against Belarus, blacklisting 20 officials.",
    );
    assert!(between(&doc, "163", "EUR", "BLR"), "{}", listing(&doc));
}

#[test]
fn sanctions_whose_lifting_is_approved_are_not_imposed() {
    let doc = run("The European Union approved the lifting of sanctions on Syria on Monday.");
    assert!(!between(&doc, "163", "EUR", "SYR"), "{}", listing(&doc));
}
