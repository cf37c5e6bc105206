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
