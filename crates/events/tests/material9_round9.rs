//! Material conflict (CAMEO roots 15 and 17–20), ninth round (thirtieth
//! session): a missile told by where it came down at sea, its launcher
//! given only as a state's adjective, is a launch aimed at no one (150).
//! Every sentence is invented.

mod common;

use common::{country, listing, no_event_of_root, run};

#[test]
fn a_missile_that_fell_into_the_sea_is_its_states_launch() {
    let doc = run("KARACHI — A Pakistani missile fell into the sea south of the port on Monday, the Indian navy said.");
    let e = doc.events.iter().find(|e| e.code == "150").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(country(&e.source_actor), "PAK", "{}", listing(&doc));
    assert!(e.target_actor.is_none(), "{}", listing(&doc));
    assert!(e.attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn a_missile_that_landed_in_waters_is_a_launch_asserted_when_no_one_tells_it() {
    let doc = run("A Russian ballistic missile landed in waters off the Kamchatka coast on Saturday.");
    let e = doc.events.iter().find(|e| e.code == "150").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(country(&e.source_actor), "RUS", "{}", listing(&doc));
    assert!(e.attribution.is_none(), "{}", listing(&doc));
}

#[test]
fn a_missile_landing_on_land_is_no_launch_into_the_sea() {
    let doc = run("A Russian missile landed near a farm outside the village on Saturday.");
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}
