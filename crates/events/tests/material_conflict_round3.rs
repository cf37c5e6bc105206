//! Material conflict (CAMEO roots 15–20) the coder missed in a newly opened
//! gold set, third round (twenty-second session): a victim named before a
//! participle of the deed done to them ("the engineers kidnapped in Niger"),
//! a deed told in an object relative clause ("the soldiers it had
//! kidnapped"), and fighting "with" a side whose other side is the doer of
//! the sentence's other act of force. Every sentence is invented.

mod common;

use common::{between, country, has_event, listing, run};
use dossier_model::Document;

/// Whether some event of code `prefix` has the victim as its source: the
/// reading of a reduced passive as an active verb.
fn victim_as_doer(doc: &Document, prefix: &str, victim: &str) -> bool {
    doc.events.iter().any(|e| e.code.starts_with(prefix) && common::side(&e.source_actor) == victim)
}

#[test]
fn engineers_kidnapped_somewhere_are_the_victims_not_the_kidnappers() {
    let doc =
        run("Italy's foreign ministry called for the release of two Italian engineers kidnapped in Niger last month.");
    assert!(between(&doc, "181", "", "ITA"), "{}", listing(&doc));
    assert!(!victim_as_doer(&doc, "181", "ITACVL"), "{}", listing(&doc));
}

#[test]
fn pupils_abducted_by_gunmen_were_abducted_by_the_gunmen() {
    let doc = run("Kenya's government demanded the release of 40 pupils abducted from a school in Mandera by gunmen.");
    assert!(has_event(&doc, "181", "KENUAF", "KENEDU"), "{}", listing(&doc));
    assert!(!victim_as_doer(&doc, "181", "KENEDU"), "{}", listing(&doc));
}

#[test]
fn an_active_kidnapping_keeps_its_kidnappers() {
    let doc = run("Gunmen kidnapped two Italian engineers in Niger on Monday.");
    assert!(has_event(&doc, "181", "", "ITACVL"), "{}", listing(&doc));
    assert!(!victim_as_doer(&doc, "181", "ITACVL"), "{}", listing(&doc));
}

#[test]
fn soldiers_a_militia_had_kidnapped_were_kidnapped_by_it() {
    let doc = run("Malian rebels freed four Malian soldiers they had kidnapped near Kidal in January.");
    assert!(has_event(&doc, "181", "MLIREB", "MLIMIL"), "{}", listing(&doc));
}

#[test]
fn fishermen_a_coast_guard_detained_were_detained_by_it() {
    let doc = run("Indonesian police released nine Malaysian fishermen that they arrested in March.");
    assert!(between(&doc, "173", "IDN", "MYS"), "{}", listing(&doc));
}

#[test]
fn fighting_with_troops_after_a_capture_is_between_the_captors_and_the_troops() {
    let doc = run("Congolese rebels seized the town of Uvira after two days of fighting with government troops.");
    assert!(has_event(&doc, "190", "CODREB", "CODMIL"), "{}", listing(&doc));
    assert!(has_event(&doc, "190", "CODMIL", "CODREB"), "{}", listing(&doc));
}

#[test]
fn fighting_with_two_sides_is_fought_with_each() {
    let doc =
        run("Somali militants overran an army base in Hiraan after fierce fighting with Somali and Ethiopian troops.");
    assert!(between(&doc, "190", "SOM", "ETH"), "{}", listing(&doc));
    assert!(between(&doc, "190", "ETH", "SOM"), "{}", listing(&doc));
}

#[test]
fn fighting_with_no_other_act_of_force_is_left_alone() {
    let doc = run("The minister warned of renewed fighting with the rebels if the talks fail.");
    assert!(!doc.events.iter().any(|e| e.code == "190"), "{}", listing(&doc));
}

#[test]
fn students_abducted_overnight_were_abducted_by_someone_unnamed() {
    let doc = run("Niger's government demanded the release of 30 students abducted from a school in Maradi overnight.");
    assert!(between(&doc, "181", "", "NER"), "{}", listing(&doc));
}

#[test]
fn drones_launched_overnight_are_no_victims() {
    let doc = run("Ukraine's air force said it had shot down 50 of 70 Russian drones launched overnight.");
    assert!(
        !doc.events.iter().any(|e| country(&e.target_actor) == "RUS" && e.trigger.slice(&doc.text) == "launched"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn government_troops_left_unnamed_are_the_army_the_rebels_fought() {
    let doc = run(
        "Ugandan rebels overran the town of Kasese on Sunday after heavy fighting with government troops, and the \
         Ugandan government accused Kenya of arming the rebels.",
    );
    assert!(has_event(&doc, "190", "UGAREB", "UGAMIL"), "{}", listing(&doc));
    assert!(has_event(&doc, "190", "UGAMIL", "UGAREB"), "{}", listing(&doc));
}

#[test]
fn protesters_who_clashed_with_police_met_police_force() {
    let doc = run(
        "Opposition supporters marched in Nairobi on Thursday, and protesters clashed with police outside parliament.",
    );
    assert!(has_event(&doc, "145", "KENOPP", "KENCOP"), "{}", listing(&doc));
    assert!(has_event(&doc, "175", "KENCOP", "KENOPP"), "{}", listing(&doc));
}

#[test]
fn officers_protesters_scuffled_with_are_police() {
    let doc = run("Protesters scuffled with officers outside the Kenyan parliament in Nairobi on Thursday.");
    assert!(has_event(&doc, "175", "KENCOP", "KENOPP"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| common::side(&e.target_actor) == "KENLEG"), "{}", listing(&doc));
}
