//! False events found in the twenty-seventh session: a captive named with
//! a participle of captivity in the object of a release told as done,
//! talks suspended or called off before they were held, a killing named
//! as what someone is charged with or wanted for, and "fighters" on foot
//! read as fighter aircraft. The sentences are
//! invented.

mod common;

use common::{listing, no_event_of_root, run};

#[test]
fn captives_set_free_are_no_new_arrest() {
    for text in [
        "Nicaragua freed five jailed Costa Rican journalists on Tuesday after talks with a Vatican envoy, the foreign \
         ministry in San Jose said.",
        "Belarus released three detained Lithuanian citizens on Thursday, a day after a visit to Minsk by a Lithuanian \
         envoy.",
    ] {
        let doc = run(text);
        assert!(no_event_of_root(&doc, "17"), "{}", listing(&doc));
    }
}

#[test]
fn captives_still_held_keep_their_detention() {
    // a release demanded or made a condition: the captives are still held
    let doc = run("Costa Rica threatened on Monday to recall its ambassador from Managua unless Nicaragua freed five \
         jailed Costa Rican journalists.");
    assert!(doc.events.iter().any(|e| e.code == "173"), "{}", listing(&doc));
}

#[test]
fn talks_suspended_or_called_off_were_not_held() {
    for text in [
        "Peru's government on Tuesday suspended the next round of peace talks with Shining Path rebels, which had \
         been due to open in Lima.",
        "Bolivia's government called off a planned round of talks with striking miners in La Paz on Friday.",
    ] {
        let doc = run(text);
        assert!(no_event_of_root(&doc, "04"), "{}", listing(&doc));
    }
}

#[test]
fn talks_ended_were_held() {
    let doc = run("The Ecuadorean and Peruvian foreign ministers ended two days of talks on their border in Quito on \
         Tuesday.");
    assert!(doc.events.iter().any(|e| e.code == "046"), "{}", listing(&doc));
}

#[test]
fn a_killing_named_as_a_charge_is_no_deed() {
    for text in [
        "Colombia extradited a drug lord to the United States on Thursday, where he faces charges of cocaine \
         trafficking and murder.",
        "Peru extradited to Bolivia a Peruvian gang leader wanted over the 2023 murder of a Bolivian journalist, the \
         interior ministry in La Paz said.",
    ] {
        let doc = run(text);
        assert!(no_event_of_root(&doc, "19") && no_event_of_root(&doc, "18"), "{}", listing(&doc));
        assert!(doc.events.iter().any(|e| e.code == "063"), "{}", listing(&doc));
    }
}

#[test]
fn a_killing_told_as_done_is_still_coded() {
    let doc = run("Gunmen shot dead a Honduran judge in Tegucigalpa on Friday, police said, the third killing of a \
         magistrate this year.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("18") || e.code.starts_with("19")), "{}", listing(&doc));
}

#[test]
fn fighters_on_foot_are_no_aircraft() {
    let doc =
        run("Al-Shabaab fighters abducted 12 women gathering wood near Baidoa in southern Somalia, a local elder \
         said on Friday.");
    assert!(doc.events.iter().all(|e| e.code != "195"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "181"), "{}", listing(&doc));
}

#[test]
fn fighter_jets_still_strike_from_the_air() {
    let doc = run("Israeli fighter jets bombed a Hamas tunnel in Rafah on Monday, the army said.");
    assert!(doc.events.iter().any(|e| e.code == "195"), "{}", listing(&doc));
}
