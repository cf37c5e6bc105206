//! References and specific phrasings, round one (twenty-ninth session):
//! charges named by a warrant, convictions, and sides that a pronoun, a
//! possessive or a compound place name refers to, each on an invented
//! sentence.

mod common;

use common::{country, listing, run};

fn has(doc: &dossier_model::Document, code: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && country(&e.source_actor) == source && country(&e.target_actor) == target)
}

#[test]
fn a_conviction_is_a_finding_of_guilt() {
    let doc = run("A court in Tbilisi convicted a Russian blogger of espionage on Monday.");
    assert!(has(&doc, "116", "GEO", "RUS"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("17")), "{}", listing(&doc));
}

#[test]
fn a_convicted_criminal_named_as_a_noun_is_no_conviction() {
    let doc = run("Escaped convicts from a Bolivian jail crossed into Peru on Sunday.");
    assert!(!doc.events.iter().any(|e| e.code == "116"), "{}", listing(&doc));
}
