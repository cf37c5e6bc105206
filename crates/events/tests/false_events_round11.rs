//! False events and wrong sides found on a gold set opened for development
//! in the twenty-third session: "the attackers" after a named group, the
//! hunt a deployment is for, a fight named again in apposition, mediators
//! who host, a participle used as an adjective, a posting to a mission, a
//! scramble to intercept, sport told with conflict words, and the subject
//! of a second verb after "and". The sentences are invented.

mod common;

use common::{country, event_on, listing, no_event_of_root, run};

#[test]
fn the_attackers_are_the_group_named_before() {
    let doc = run("Al-Shabaab fighters stormed a police station in Somalia's Lower Shabelle region on Friday, \
         residents said. Ugandan troops launched an operation on Saturday to hunt down the attackers.");
    let op = event_on(&doc, "launched");
    assert!(op.code.starts_with("19"), "{}", listing(&doc));
    assert_eq!(country(&op.source_actor), "UGA", "{}", listing(&doc));
    assert_eq!(country(&op.target_actor), "SOM", "{}", listing(&doc));
    // with no group named before, "the attackers" keep the scene's code
    let doc = run("Kenyan police launched an operation in Lamu on Saturday to hunt down the attackers.");
    assert!(doc.events.iter().all(|e| country(&e.target_actor) != "SOM"), "{}", listing(&doc));
}

#[test]
fn a_hunt_is_what_a_deployment_is_for() {
    let doc = run("Gunmen seized 19 travellers from a minibus in Zamfara state on Monday, a police spokesman said. \
         Nigeria's army said it had deployed troops to track down the kidnappers.");
    assert!(doc.events.iter().all(|e| e.trigger.slice(&doc.text) != "track"), "{}", listing(&doc));
    let sent = event_on(&doc, "deployed");
    assert_eq!(country(&sent.target_actor), "NGA", "{}", listing(&doc));
}

#[test]
fn a_fight_named_again_in_apposition_is_one_fight() {
    // ("shellfire" is artillery fire traded, not an exchange of goods)
    let doc = run("Eritrean and Ethiopian troops exchanged shellfire near Zalambessa on Friday, the heaviest clash \
         in a year.");
    let fights: Vec<_> = doc.events.iter().filter(|e| e.code.starts_with("19")).collect();
    assert_eq!(fights.len(), 2, "{}", listing(&doc));
    assert!(fights.iter().all(|e| e.code == "194" && e.trigger.slice(&doc.text) == "exchanged"), "{}", listing(&doc));
    assert!(no_event_of_root(&doc, "06"), "{}", listing(&doc));
}

#[test]
fn mediators_who_host_talks_host_them() {
    let doc = run("Egyptian mediators hosted a fresh round of talks between Sudanese army and RSF delegations in \
         Cairo on Tuesday, a diplomat said.");
    assert!(doc.events.iter().all(|e| e.code != "045"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "043"), "{}", listing(&doc));
}

#[test]
fn a_participle_before_a_noun_describes_it() {
    let doc = run("Armenia and Azerbaijan signed a protocol on Friday marking the last disputed stretches of \
         their border.");
    assert!(no_event_of_root(&doc, "11"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code.starts_with("057")), "{}", listing(&doc));
    // "the two" before a verb are its subject
    let doc = run("Peru's president received his Chilean counterpart in Lima on Monday, and the two signed a \
         fisheries accord.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("057")), "{}", listing(&doc));
}

#[test]
fn a_posting_to_a_mission_is_no_aid() {
    let doc = run("Italian F-35s assigned to NATO's air policing mission in Poland landed in Malbork on Monday.");
    assert!(no_event_of_root(&doc, "06"), "{}", listing(&doc));
}

#[test]
fn jets_scrambled_to_intercept_aircraft_show_force() {
    let doc = run(
        "Dutch F-35s were scrambled on Thursday to intercept two Russian Su-27 fighters flying near Dutch airspace, \
         the defence ministry said.",
    );
    let shown = event_on(&doc, "intercept");
    assert_eq!(shown.code, "150", "{}", listing(&doc));
    assert_eq!(country(&shown.target_actor), "RUS", "{}", listing(&doc));
    // an interception with no scramble is still one
    let doc = run("Ukraine's air force said it intercepted 41 Russian drones overnight.");
    assert!(!no_event_of_root(&doc, "19"), "{}", listing(&doc));
}

#[test]
fn races_told_with_conflict_words_are_sport() {
    let doc = run("Slovenian climber Matej Kranjc launched a brutal attack on the final ascent on Sunday, dropping \
         his Danish rival and seizing the leader's jersey.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
    let doc = run("Mexican driver Luis Ortega attacked from third place with two laps left on Sunday and snatched \
         the win from his French teammate.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn a_verb_after_and_keeps_the_subject_before_its_object() {
    let doc = run("The UN envoy for Libya met delegations of the rival Tripoli and Benghazi governments on \
         Thursday and urged both sides to sign the election law.");
    let urged = event_on(&doc, "urged");
    assert_eq!(country(&urged.source_actor), "UNO", "{}", listing(&doc));
}

#[test]
fn a_state_sending_its_own_forces_mobilises_them() {
    let doc = run("Peru's president declared a state of emergency in the Puno region on Tuesday and ordered 2,000 \
         soldiers into the city of Juliaca.");
    let sent = event_on(&doc, "ordered");
    assert_eq!(sent.code, "154", "{}", listing(&doc));
    assert_eq!(country(&sent.source_actor), "PER", "{}", listing(&doc));
    // (police sent out are a police mobilisation, 153)
    let doc = run("The Guatemalan army sent 800 extra soldiers to the border on Friday.");
    assert!(doc.events.iter().any(|e| e.code == "154" && country(&e.source_actor) == "GTM"), "{}", listing(&doc));
    // forces sent to a foreign state are no mobilisation at home
    let doc = run("Kenya sent 400 police officers to Haiti on Tuesday.");
    assert!(doc.events.iter().all(|e| e.code != "154"), "{}", listing(&doc));
}
