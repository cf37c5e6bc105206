//! Cooperation, round two (twenty-first session): phrasings of roots 01 to
//! 09 that the coder used to miss, each on an invented sentence.

mod common;

use common::{has_event, listing, run};

#[test]
fn facilitated_talks_name_their_mediator() {
    let doc = run(
        "Albania's prime minister walked out of EU-facilitated talks with Montenegro's president in Brussels on Monday.",
    );
    assert!(has_event(&doc, "045", "EUR", "ALBGOV"), "{}", listing(&doc));
    assert!(has_event(&doc, "045", "EUR", "MNEGOV"), "{}", listing(&doc));
    // the mediator is not one of the sides of the walk-out
    assert!(
        !doc.events.iter().any(|e| e.code.starts_with("16") && common::side(&e.target_actor) == "EUR"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn mediated_talks_only_urged_are_not_coded() {
    let doc =
        run("Italy and Spain pressed Albania and Montenegro on Monday to return to EU-mediated talks without delay.");
    assert!(!doc.events.iter().any(|e| e.code == "045"), "{}", listing(&doc));
    assert!(!has_event(&doc, "046", "ITA", "ESP"), "{}", listing(&doc));
    let doc = run("Italy urged Albania on Monday to resume EU-facilitated talks with Montenegro.");
    assert!(!doc.events.iter().any(|e| e.code == "045"), "{}", listing(&doc));
}

#[test]
fn two_states_reopening_their_border_ease_it_each_way() {
    let doc = run("Bolivia and Paraguay reopened their shared border to freight traffic on Wednesday.");
    assert!(has_event(&doc, "081", "BOL", "PRY"), "{}", listing(&doc));
    assert!(has_event(&doc, "081", "PRY", "BOL"), "{}", listing(&doc));
}

#[test]
fn a_crossing_reopened_with_no_neighbour_is_not_eased_on_its_own_country() {
    let doc = run("Uganda reopened the Busia crossing on Tuesday after a week of unrest.");
    assert!(!has_event(&doc, "081", "UGA", "UGA"), "{}", listing(&doc));
}

#[test]
fn each_releasing_prisoners_is_a_release_both_ways() {
    let doc = run("Belarus and Lithuania each released three prisoners on Friday.");
    assert!(has_event(&doc, "084", "BLR", "LTU"), "{}", listing(&doc));
    assert!(has_event(&doc, "084", "LTU", "BLR"), "{}", listing(&doc));
    let doc = run("Armenia and Azerbaijan freed a dozen detainees in a swap on Saturday.");
    assert!(has_event(&doc, "084", "ARM", "AZE"), "{}", listing(&doc));
    assert!(has_event(&doc, "084", "AZE", "ARM"), "{}", listing(&doc));
}

#[test]
fn a_journey_for_talks_with_someone_is_a_visit_and_talks_with_them() {
    let doc = run("Greece's defence minister visited Nicosia on Monday for talks with Cyprus's army chief.");
    assert!(has_event(&doc, "042", "GRCMIL", "CYP"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "GRCMIL", "CYPMIL"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "CYPMIL", "GRCMIL"), "{}", listing(&doc));
    // the place visited holds no talks
    assert!(!has_event(&doc, "046", "CYP", "GRCMIL"), "{}", listing(&doc));
    let doc = run("Chile's foreign minister flew to Lima on Friday for talks with his Peruvian counterpart.");
    assert!(has_event(&doc, "042", "CHLGOV", "PER"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "PERGOV", "CHLGOV"), "{}", listing(&doc));
}

#[test]
fn two_guests_hosted_for_talks_hold_them_with_each_other() {
    let doc =
        run("Tanzania hosted the Burundian and Rwandan foreign ministers in Arusha on Friday for talks on refugees.");
    assert!(has_event(&doc, "043", "TZA", "BDIGOV"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "BDIGOV", "RWAGOV"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "RWAGOV", "BDIGOV"), "{}", listing(&doc));
    // guests who meet each other are not also coded as visiting the host
    assert!(!has_event(&doc, "042", "BDIGOV", "TZA"), "{}", listing(&doc));
}

#[test]
fn talks_walked_out_of_had_been_held() {
    let doc = run("Albania's prime minister walked out of EU-facilitated talks with Montenegro in Brussels on Monday.");
    assert!(has_event(&doc, "046", "ALBGOV", "MNE"), "{}", listing(&doc));
    assert!(has_event(&doc, "046", "MNE", "ALBGOV"), "{}", listing(&doc));
}

#[test]
fn the_body_under_whose_auspices_two_sides_meet_hosts_them() {
    let doc = run("Bolivia and Chile held talks in Lima on Tuesday under Peruvian auspices.");
    assert!(has_event(&doc, "043", "PER", "BOL"), "{}", listing(&doc));
    assert!(has_event(&doc, "043", "PER", "CHL"), "{}", listing(&doc));
    let doc = run("Bolivia and Chile held talks on Tuesday under the auspices of the African Union.");
    assert!(has_event(&doc, "043", "IGO", "BOL"), "{}", listing(&doc));
}
