//! Events missed before the thirty-fifth session: joint exercises of coast
//! guards and border forces, "them" as the group a clause's subject acted
//! on, and "the army" after one state's army named earlier in the
//! sentence. The sentences are invented.

mod common;

use common::{country, listing, run};

#[test]
fn joint_exercises_of_other_services_are_military_cooperation() {
    for text in [
        "Vietnam and India began their first joint coast guard exercise off Da Nang on Monday.",
        "Kenya and Somalia launched joint border patrols near Mandera on Friday.",
    ] {
        let doc = run(text);
        let both: Vec<_> = doc.events.iter().filter(|e| e.code == "062").collect();
        assert_eq!(both.len(), 2, "{text}\n{}", listing(&doc));
        assert!(doc.events.iter().all(|e| !e.code.starts_with("15")), "{}", listing(&doc));
    }
}

#[test]
fn them_is_the_group_the_subject_acted_on() {
    let doc = run("Togolese police fired tear gas at hundreds of opposition supporters outside parliament in Lome on \
         Monday, and arrested at least 20 of them.");
    let arrest = doc.events.iter().find(|e| e.code == "173").unwrap_or_else(|| panic!("{}", listing(&doc)));
    let target = arrest.target_actor.as_ref().map(|c| c.code.as_str());
    assert_eq!(target, Some("TGOOPP"), "{}", listing(&doc));
}

#[test]
fn the_army_after_one_states_army_is_that_army() {
    let doc = run("Talks between Ethiopia's army and Fano militias in Nairobi collapsed on Sunday after the army \
         accused the militias of bad faith.");
    let accusation =
        doc.events.iter().find(|e| e.code.starts_with("11")).unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(country(&accusation.source_actor), "ETH", "{}", listing(&doc));
}

#[test]
fn an_exchange_of_fire_between_two_sides_is_mutual() {
    let doc = run("An exchange of fire between Thai and Cambodian troops left three soldiers dead on Tuesday.");
    let fights: Vec<_> = doc.events.iter().filter(|e| e.code == "190").collect();
    assert_eq!(fights.len(), 2, "{}", listing(&doc));
    assert!(fights.iter().any(|e| country(&e.source_actor) == "THA" && country(&e.target_actor) == "KHM"));
    assert!(fights.iter().any(|e| country(&e.source_actor) == "KHM" && country(&e.target_actor) == "THA"));
}

#[test]
fn force_a_reaction_is_made_with_is_its_subjects() {
    for text in [
        "Hezbollah answered with a barrage of rockets at Israeli army positions in the Galilee on Sunday.",
        "The Houthis responded on Monday with rocket fire at the Israeli port of Eilat.",
    ] {
        let doc = run(text);
        let strike = doc.events.iter().find(|e| e.code == "195").unwrap_or_else(|| panic!("{text}\n{}", listing(&doc)));
        assert_eq!(country(&strike.target_actor), "ISR", "{}", listing(&doc));
        assert!(!country(&strike.source_actor).is_empty(), "{}", listing(&doc));
    }
}

#[test]
fn a_military_government_bombing_its_own_civilians() {
    let doc = run("Myanmar's junta bombed a school in Sagaing region on Monday, killing 20 children.");
    let strike = doc.events.iter().find(|e| e.code == "195").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(country(&strike.source_actor), "MMR", "{}", listing(&doc));
    assert_eq!(strike.target_actor.as_ref().map(|c| c.code.as_str()), Some("MMRCVL"), "{}", listing(&doc));
}

#[test]
fn opponents_stripped_of_citizenship() {
    let doc = run("Nicaragua stripped 94 opponents of their citizenship on Thursday.");
    let e = doc.events.iter().find(|e| e.code == "1721").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!(e.target_actor.as_ref().map(|c| c.code.as_str()), Some("NICOPP"), "{}", listing(&doc));
}

#[test]
fn condemning_a_deed_whose_doer_comes_from_the_deed() {
    let doc = run("The EU condemned the arrest of four Georgian opposition leaders on Friday.");
    let e = doc.events.iter().find(|e| e.code == "111").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!((country(&e.source_actor), country(&e.target_actor)), ("EUR", "GEO"), "{}", listing(&doc));
}

#[test]
fn weapons_delivered_are_military_aid() {
    let doc = run("Germany delivered six more IRIS-T launchers to Ukraine on Thursday.");
    let e = doc.events.iter().find(|e| e.code == "072").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!((country(&e.source_actor), country(&e.target_actor)), ("DEU", "UKR"), "{}", listing(&doc));
}

#[test]
fn dissatisfaction_voiced_with_a_state_is_criticism() {
    let doc = run("China's foreign ministry voiced strong dissatisfaction with Vietnam on Monday.");
    let e = doc.events.iter().find(|e| e.code == "111").unwrap_or_else(|| panic!("{}", listing(&doc)));
    assert_eq!((country(&e.source_actor), country(&e.target_actor)), ("CHN", "VNM"), "{}", listing(&doc));
}

#[test]
fn a_visitor_received_is_hosted_but_a_call_received_is_not() {
    let doc = run("The Omani sultan received the Iranian foreign minister in Muscat on Tuesday.");
    assert!(doc.events.iter().any(|e| e.code == "043" && country(&e.source_actor) == "OMN"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "042" && country(&e.source_actor) == "IRN"), "{}", listing(&doc));
    let doc = run("The Polish president received a phone call from the French president on Friday.");
    assert!(doc.events.iter().all(|e| !e.code.starts_with("042") && !e.code.starts_with("043")), "{}", listing(&doc));
}

#[test]
fn armed_groups_named_by_their_short_names() {
    for (text, code) in [
        ("Ethiopia's government and Tigrayan forces signed a ceasefire in Nairobi on Friday.", "ETHREB"),
        ("The SDF accused Turkey on Sunday of shelling villages near Kobani.", "SYRREB"),
        ("JNIM fighters ambushed a Malian army convoy near Gao on Monday.", "MLIREB"),
    ] {
        let doc = run(text);
        assert!(
            doc.events.iter().any(|e| {
                e.source_actor.as_ref().map(|c| c.code.as_str()) == Some(code)
                    || e.target_actor.as_ref().map(|c| c.code.as_str()) == Some(code)
            }),
            "{text}\n{}",
            listing(&doc)
        );
    }
}

#[test]
fn armed_men_driven_out_are_fought_not_expelled() {
    let doc = run("Somali troops drove al-Shabaab fighters out of the town of Harardhere on Friday.");
    assert!(doc.events.iter().any(|e| e.code == "190" && country(&e.target_actor) == "SOM"), "{}", listing(&doc));
    assert!(doc.events.iter().all(|e| !e.code.starts_with("20")), "{}", listing(&doc));
}
