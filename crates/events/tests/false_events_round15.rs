//! False events found in the thirty-fifth session: criminal charges named
//! as what someone faces or is held on, read as an accusation between the
//! state that hands him over and the one that tries him. The sentences
//! are invented.

mod common;

use common::{listing, no_event_of_root, run};

#[test]
fn charges_someone_faces_are_no_accusation() {
    for text in [
        "Greece extradited a Turkish businessman to Germany on Friday to face charges of smuggling German military \
         secrets to Iran.",
        "Portugal extradited a Brazilian man wanted in Texas on fraud charges to the United States on Tuesday, the \
         justice ministry in Lisbon said.",
    ] {
        let doc = run(text);
        assert!(no_event_of_root(&doc, "11"), "{text}\n{}", listing(&doc));
        // the extradition itself is still coded
        if text.contains("extradited") {
            assert!(doc.events.iter().any(|e| e.code == "063"), "{}", listing(&doc));
        }
    }
}

#[test]
fn charges_one_state_levels_at_another_stay_accusations() {
    let doc = run("Serbia on Monday rejected charges from Kosovo that its police had crossed the border.");
    assert!(doc.events.iter().any(|e| e.code == "016"), "{}", listing(&doc));
    let doc = run("Kosovo's government on Tuesday levelled charges against Serbia of arming militants in the north.");
    assert!(!no_event_of_root(&doc, "11"), "{}", listing(&doc));
}

#[test]
fn games_concerts_and_pests_are_no_conflict() {
    for text in [
        "Sweden's Elsa Lind attacked the steep slalom course in Kranjska Gora on Saturday to beat Italy's champion by \
         half a second.",
        "A Brazilian rock band invaded Lisbon on Friday for two sold-out shows, firing off a barrage of hits before \
         30,000 fans.",
        "Kenyan scientists released an army of wasps over Rift Valley farms on Monday to fight an invasion of moths, \
         which have destroyed maize since arriving from Uganda.",
    ] {
        let doc = run(text);
        assert!(doc.events.is_empty(), "{text}\n{}", listing(&doc));
    }
}

#[test]
fn acts_asked_of_several_addressees_or_in_a_second_infinitive_are_not_done() {
    for text in [
        "Jordan's foreign minister called on the United States and Britain to restrain Israel.",
        "The African Union urged Sudan's army to halt its offensive on Omdurman and to allow aid convoys to reach \
         the city.",
    ] {
        let doc = run(text);
        assert!(
            doc.events.iter().all(|e| e.code.starts_with("02")),
            "only the appeals are coded: {text}\n{}",
            listing(&doc)
        );
        assert!(!doc.events.is_empty(), "{}", listing(&doc));
    }
}

#[test]
fn a_deed_the_speaker_is_concerned_by_is_not_the_speakers() {
    for text in [
        "The EU said it was deeply concerned by the arrest of four Georgian opposition leaders.",
        "Russia said on Monday it was alarmed at the detention of two Russian journalists in Latvia.",
    ] {
        let doc = run(text);
        let arrest = doc.events.iter().find(|e| e.code == "173").unwrap_or_else(|| panic!("{text}\n{}", listing(&doc)));
        assert!(!matches!(common::country(&arrest.source_actor), "EUR" | "RUS"), "{text}\n{}", listing(&doc));
    }
}

#[test]
fn a_building_stormed_does_not_answer_with_force() {
    let doc = run("Protesters stormed the parliament building in Accra on Tuesday.");
    assert!(doc.events.iter().all(|e| e.code != "175"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code == "145"), "{}", listing(&doc));
}
