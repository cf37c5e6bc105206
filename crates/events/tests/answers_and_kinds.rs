//! Wrong sides and wrong kinds found on a gold set opened for development
//! in the twenty-first session: a denial of a report answers its teller, a
//! state protesting to another complains, a bombing by rebels is no
//! military strike, arming a side is military aid, and a bare verb joined
//! to a requested infinitive is requested too. The sentences are invented.

mod common;

use common::{country, event_on, listing, no_event_of_root, run, side};

#[test]
fn rejecting_a_report_answers_whoever_gave_it() {
    let doc = run("Russian contractors and Central African troops killed 25 villagers near Bambari in May, the UN \
         peacekeeping mission said on Tuesday. The Central African government rejected the report as false.");
    assert_eq!(side(&event_on(&doc, "rejected").target_actor), "UNO", "{}", listing(&doc));
    let doc = run("Amnesty International said Ethiopian troops had shelled a market in Tigray. The Ethiopian army \
         denied the findings on Thursday.");
    assert_eq!(country(&event_on(&doc, "denied").target_actor), "NGO", "{}", listing(&doc));
}

#[test]
fn a_state_that_protests_to_another_complains_officially() {
    let doc = run("Chile's foreign ministry protested to Peru on Monday over the detention of two fishermen.");
    assert_eq!(event_on(&doc, "protested").code, "114", "{}", listing(&doc));
    // a crowd's protest stays a demonstration
    let doc = run("Thousands of farmers protested outside the French parliament on Monday.");
    assert!(no_event_of_root(&doc, "11"), "{}", listing(&doc));
}

#[test]
fn a_bombing_by_rebels_is_a_non_military_bombing() {
    let doc = run("Colombia's army blamed the ELN for the bombing of a police station in Cauca on Sunday.");
    let e = doc.events.iter().find(|e| e.trigger.slice(&doc.text) == "bombing");
    if let Some(e) = e {
        assert!(!e.code.starts_with("19"), "{}", listing(&doc));
    }
    let doc = run("ELN rebels bombed a police station in Cauca on Sunday.");
    assert_eq!(event_on(&doc, "bombed").code, "183", "{}", listing(&doc));
    // an air force's bombing stays force from the air
    let doc = run("The Sudanese air force bombed Rapid Support Forces positions in Nyala on Monday.");
    assert!(event_on(&doc, "bombed").code.starts_with("19"), "{}", listing(&doc));
}

#[test]
fn arming_a_side_is_military_aid() {
    let doc = run("Sudan's army said the United Arab Emirates was arming the Rapid Support Forces.");
    assert_eq!(event_on(&doc, "arming").code, "072", "{}", listing(&doc));
    // the adjective is no act
    let doc = run("Kenyan police said armed gangs attacked a bus near the border.");
    assert!(no_event_of_root(&doc, "07"), "{}", listing(&doc));
}

#[test]
fn a_bare_verb_joined_to_a_requested_infinitive_is_requested_too() {
    let doc = run("ASEAN urged Myanmar's military government to halt air strikes on villages and allow aid agencies \
         into Rakhine.");
    assert!(no_event_of_root(&doc, "08"), "{}", listing(&doc));
    // a past verb after "and" is the subject's own second act
    let doc = run("The UN urged Russia to withdraw its troops and signed a deal with Ukraine.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("057")), "{}", listing(&doc));
    // an irregular past too
    let doc = run("The United States threatened on Friday to sanction Georgian officials and froze $95 million in \
         assistance to Tbilisi.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("16")), "{}", listing(&doc));
}

#[test]
fn words_read_in_senses_that_are_no_act() {
    // gas traded is no weapon; tear gas still is
    let doc = run("Ukraine accused Russia of using gas supplies to pressure Moldova.");
    assert!(doc.events.iter().all(|e| e.code != "175"), "{}", listing(&doc));
    let doc = run("Riot police used tear gas to disperse protesters in Nairobi.");
    assert_eq!(event_on(&doc, "used").code, "175", "{}", listing(&doc));
    // a base that hosts troops is no host of a visit
    let doc = run("A drone struck an air base in western Iraq, which hosts US troops, on Tuesday.");
    assert!(no_event_of_root(&doc, "04"), "{}", listing(&doc));
    // a meeting among the subject's own members names no counterpart
    let doc =
        run("ASEAN foreign ministers meeting in Jakarta urged Myanmar's military government to end the violence.");
    assert!(no_event_of_root(&doc, "04"), "{}", listing(&doc));
    // people flown somewhere make no journey of their own
    let doc = run("Three freed Americans were flown to Doha on Thursday.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
    // cricket
    let doc = run("India's bowlers bombarded the English batsmen with bouncers in Perth on Monday.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn people_held_take_the_side_their_object_names() {
    let doc = run("Kosovo police arrested three ethnic Serb men at a border crossing on Wednesday.");
    assert_eq!(country(&event_on(&doc, "arrested").target_actor), "SRB", "{}", listing(&doc));
    let doc = run("Finnish police detained the crew of a Hong Kong-flagged cargo ship on Friday.");
    assert_eq!(country(&event_on(&doc, "detained").target_actor), "HKG", "{}", listing(&doc));
    let doc = run("Azerbaijani police raided the Baku office of Russia's Sputnik news agency and detained two of its \
         editors.");
    assert_eq!(side(&event_on(&doc, "detained").target_actor), "RUSMED", "{}", listing(&doc));
    // no name for them: the state's own people, as before
    let doc = run("Iranian police arrested two women in Tehran on Monday.");
    assert_eq!(country(&event_on(&doc, "arrested").target_actor), "IRN", "{}", listing(&doc));
}

#[test]
fn launching_near_a_border_eases_nothing() {
    // a border word in the passive subject is no object of "launched"
    let doc = run("Polish officials said the drone that crashed near the eastern border on Sunday was launched from \
         Belarusian territory.");
    assert!(no_event_of_root(&doc, "08"), "{}", listing(&doc));
    // reopening one still is
    let doc = run("Kyrgyzstan and Tajikistan reopened their border crossings on Monday.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("081")), "{}", listing(&doc));
}
