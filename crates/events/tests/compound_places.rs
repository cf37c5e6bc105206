//! A place whose name the recogniser splits at a particle, and the killing
//! done there. The sentences are invented for these tests.

mod common;

use common::{event_on, listing, run, triple};

#[test]
fn a_raid_near_a_compound_place_name_is_coded_in_that_state() {
    // "Praia" alone is the capital of Cape Verde: the insurgents were coded
    // as Cape Verdean before the name was read whole
    let doc = run("Insurgents beheaded three villagers in a raid near Mocimboa da Praia on Sunday.");
    let e = event_on(&doc, "beheaded");
    assert_eq!(triple(e), ("1823", "MOZ", "MOZ"), "{}", listing(&doc));
}

#[test]
fn beheading_is_killing_by_physical_assault() {
    let doc = run("Jihadists beheaded two Nigerian soldiers near Maiduguri on Friday.");
    let e = event_on(&doc, "beheaded");
    assert_eq!(e.code, "1823", "{}", listing(&doc));
}
