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

#[test]
fn a_place_called_occupied_is_held_by_the_other_state_named() {
    let doc = run("Detainees said they were beaten by Russian guards in the occupied part of Kherson region.");
    assert!(has_event(&doc, "192", "RUS", "UKR"), "{}", listing(&doc));
    let doc = run("Ukraine struck a Russian ferry near occupied Crimea on Sunday.");
    assert!(has_event(&doc, "192", "RUS", "UKR"), "{}", listing(&doc));
    // the occupier may be named in an earlier sentence; the strike told
    // first is kept beside it
    let doc = run(
        "The Ukrainian town of Marhanets was shelled by Russian forces on Sunday. Kyiv said the town faces the occupied Zaporizhzhia nuclear plant.",
    );
    assert!(has_event(&doc, "192", "RUS", "UKR") && has_event(&doc, "194", "RUSMIL", "UKR"), "{}", listing(&doc));
    // with two other states named, the occupier is unknown
    let doc = run("Turkey and Russia discussed the occupied part of Kherson region on Monday.");
    assert!(!doc.events.iter().any(|e| e.code == "192"), "{}", listing(&doc));
    // occupying a square is a verb of protest, not an occupied place
    let doc = run("Protesters occupied the main square in Tbilisi on Monday.");
    assert!(!doc.events.iter().any(|e| e.code == "192"), "{}", listing(&doc));
}

#[test]
fn a_blast_caused_by_a_states_drone_is_that_states_strike() {
    let doc = run(
        "An explosion at an arms depot in Russia's Kursk region was caused by a Ukrainian drone, the governor said.",
    );
    let e = doc.events.iter().find(|e| e.code == "195").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert!(has_event(&doc, "195", "UKR", "RUS") && e.attribution.is_some(), "{}", listing(&doc));
    let doc = run("The fire at a depot in Russia's Kursk region was caused by a faulty cable, officials said.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("19")), "{}", listing(&doc));
}

#[test]
fn a_town_retaken_from_an_armed_group_of_the_same_country_is_taken_from_that_group() {
    for (text, source, target) in [
        ("Somali troops recaptured the town of Jilib from al-Shabaab on Monday.", "SOMMIL", "SOMREB"),
        ("Somali troops recaptured the town of Jilib from al-Shabaab militants on Monday.", "SOMMIL", "SOMREB"),
    ] {
        let doc = run(text);
        assert!(has_event(&doc, "192", source, target), "{text}: {}", listing(&doc));
    }
}

#[test]
fn an_armed_group_named_after_an_arabic_article_is_known_in_lower_case() {
    let doc = run("The army said al-Shabaab attacked a base in Lower Shabelle on Tuesday.");
    assert!(has_event(&doc, "19", "SOMREB", "SOM"), "{}", listing(&doc));
}
