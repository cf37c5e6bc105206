//! Material conflict (CAMEO 18-20): fighting, assaults, captures of places
//! and truces broken, in general wire phrasings. Run through the whole
//! pipeline on invented sentences.

mod common;

use common::{has_event, listing, run};

#[test]
fn an_armed_group_that_seizes_a_town_of_its_own_country_acts_against_it() {
    for (text, source, target) in [
        ("M23 rebels seized the mining town of Rubaya on Tuesday.", "CODREB", "COD"),
        ("Malian rebels captured the town of Kidal on Monday after a week of clashes.", "MLIREB", "MLI"),
    ] {
        let doc = run(text);
        assert!(has_event(&doc, "192", source, target), "{text}: {}", listing(&doc));
    }
    // a state's own army retaking its town has no other side in it
    let doc = run("Sudan's army recaptured the town of Bara on Tuesday.");
    assert!(!has_event(&doc, "192", "SDNMIL", "SDN"), "{}", listing(&doc));
}

#[test]
fn fire_that_breaks_a_truce_also_violates_it_between_the_same_sides() {
    let text = "Indian and Pakistani troops exchanged fire along the Line of Control, violating the ceasefire.";
    let doc = run(text);
    assert!(
        has_event(&doc, "196", "INDMIL", "PAKMIL") && has_event(&doc, "196", "PAKMIL", "INDMIL"),
        "{}",
        listing(&doc)
    );
    let text = "Armenian troops fired on Azerbaijani positions overnight in violation of the truce.";
    let doc = run(text);
    assert!(has_event(&doc, "196", "ARMMIL", "AZE"), "{}", listing(&doc));
    // the violation keeps the account of the fire it qualifies
    let doc = run(
        "The army said Armenian troops fired on Azerbaijani positions overnight, breaching a truce agreed in March.",
    );
    let v = doc.events.iter().find(|e| e.code == "196").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert!(v.attribution.is_some(), "{}", listing(&doc));
    // fire that is denied breaks nothing
    let doc = run("The army denied that its troops fired on Azerbaijani positions, violating the truce.");
    assert!(doc.events.iter().all(|e| e.code != "196" || e.negated), "{}", listing(&doc));
}
