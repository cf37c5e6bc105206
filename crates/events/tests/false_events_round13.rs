//! False events and wrong sides found on a gold set opened for development
//! in the twenty-fifth session: "tear gas" read as a verb, a territorial
//! claim or a suspicion read as an allegation, a joint operation that is
//! only the topic of a meeting, a verdict on a deed whose doer sits before
//! the speaker, and games of darts, kabaddi and mountaineering told with
//! words of war. The sentences are invented.

mod common;

use common::{between, listing, no_event_of_root, run};

#[test]
fn tear_gas_is_a_weapon_not_a_verb() {
    let doc = run("Zambian riot police fired rubber bullets and tear gas at backers of a jailed opposition leader in \
         Kitwe on Saturday.");
    assert!(no_event_of_root(&doc, "18"), "{}", listing(&doc));
    assert!(doc.events.iter().all(|e| e.trigger.slice(&doc.text) != "tear"), "{}", listing(&doc));
    assert!(doc.events.iter().any(|e| e.code.starts_with("17")), "{}", listing(&doc));
}

#[test]
fn a_claim_to_territory_is_no_allegation() {
    for text in [
        "Britain lodged a protest with Argentina on Monday after an Argentine patrol boat entered the waters around \
         the Falklands. Argentina claims the islands, which it calls the Malvinas.",
        "Suriname accused Guyana on Friday of building a road on the disputed New River Triangle. Paramaribo has \
         claimed the area since independence.",
    ] {
        let doc = run(text);
        assert!(doc.events.iter().all(|e| !e.trigger.slice(&doc.text).starts_with("claim")), "{}", listing(&doc));
    }
}

#[test]
fn a_suspicion_told_as_a_clause_is_no_allegation() {
    let doc = run("Finnish border guards boarded a tanker in the Gulf of Finland on Sunday. Officials in Helsinki \
         suspect the vessel damaged an undersea cable owned by Estonia.");
    assert!(doc.events.iter().all(|e| !e.trigger.slice(&doc.text).starts_with("suspect")), "{}", listing(&doc));
}

#[test]
fn a_suspicion_of_a_named_side_is_still_read() {
    // "suspected X of …" names whom the suspicion is aimed at; this round
    // leaves that reading as it was
    let doc = run("Estonia's interior minister said on Tuesday that he suspected Russia of jamming GPS signals over \
         the Baltic.");
    assert!(
        doc.events.iter().any(|e| e.trigger.slice(&doc.text) == "suspected" || e.code.starts_with("11")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn joint_operations_only_discussed_are_no_military_cooperation() {
    let doc = run("Malian and Nigerien army chiefs met in Niamey on Monday to discuss joint operations against \
         jihadist groups along their shared border.");
    assert!(doc.events.iter().all(|e| !e.code.starts_with("06")), "{}", listing(&doc));
    assert!(between(&doc, "04", "MLI", "NER"), "{}", listing(&doc));
}

#[test]
fn joint_operations_carried_out_are_still_military_cooperation() {
    let doc = run("Malian and Nigerien troops staged joint operations against jihadist groups along their \
         shared border last week.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("06")), "{}", listing(&doc));
}

#[test]
fn a_verdict_after_the_speaker_is_aimed_at_the_doer_of_the_deed_before_it() {
    let doc = run("Thai soldiers shot dead a Cambodian farmer collecting firewood near the border on Sunday, \
         Cambodia's defence ministry said, calling it a \"barbaric act\".");
    let verdict = doc.events.iter().find(|e| e.trigger.slice(&doc.text) == "calling");
    assert!(
        verdict.is_some_and(|e| e.code.starts_with("11")
            && common::country(&e.source_actor) == "KHM"
            && common::country(&e.target_actor) == "THA"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn darts_kabaddi_and_mountaineering_are_no_war() {
    for text in [
        "Welsh darts champion Owen Pryce bombarded the treble nineteen to crush Scotland's Alan Reid 11-4 at the \
         Players Championship on Sunday.",
        "Bangladesh's kabaddi side stormed past Nepal in the semi-final in Dhaka on Friday, its raiders \
         overwhelming the Nepali defence.",
        "A Spanish expedition launched its summit assault on Pakistan's K2 on Monday after storms kept the team \
         at base camp for a week.",
    ] {
        let doc = run(text);
        assert!(doc.events.is_empty(), "{text}: {}", listing(&doc));
    }
}

#[test]
fn a_win_in_the_group_stage_is_no_war() {
    let doc = run("India's kabaddi team beat Japan in the Asian Games final on Saturday. India, who had crushed \
         Pakistan in the group stage, fell behind early.");
    assert!(doc.events.is_empty(), "{}", listing(&doc));
}

#[test]
fn a_release_welcomed_is_aimed_at_the_side_that_released() {
    let doc = run("Belarus pardoned and freed 14 jailed activists on Friday, the presidential office said. Lithuania \
         welcomed the release but said more than a thousand political prisoners were still held.");
    assert!(between(&doc, "05", "LTU", "BLR"), "{}", listing(&doc));
    // the prisoners a second verb of saying tells of are no object of the
    // welcome
    assert!(
        doc.events.iter().all(|e| !e.code.starts_with("05") || common::side(&e.target_actor) != "LTUOPP"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_side_after_a_word_of_who_leads_or_backs_it_is_still_named_between() {
    let doc =
        run("Fighting between Yemeni government forces and the Iran-backed Houthis killed 12 fighters near Marib \
         on Sunday.");
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("19")
            && common::side(&e.source_actor) == "YEMMIL"
            && common::side(&e.target_actor) == "YEMREB"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn the_clan_del_golfo_is_a_colombian_criminal_group() {
    let doc = run("Colombian marines killed three members of the Clan del Golfo during a raid near Turbo on Monday.");
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("19") && common::side(&e.target_actor) == "COLCRM"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_call_made_to_press_for_something_is_a_call_both_ways() {
    let doc = run("Norway's foreign minister telephoned his Sudanese counterpart on Monday to press for the release \
         of an aid worker held in Khartoum, the ministry said.");
    assert!(between(&doc, "041", "NOR", "SDN"), "{}", listing(&doc));
    assert!(between(&doc, "041", "SDN", "NOR"), "{}", listing(&doc));
}
