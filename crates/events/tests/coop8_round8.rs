//! Cooperation (CAMEO roots 01–09), eighth round: police one state posts in
//! another (074, and 0334 when announced), inspectors of an international
//! body let back into a state's site (0862), a pledge of more told next to
//! a delivery of aid (033x, aimed at the aid's recipient), and praise for
//! the deed of rulers named only by a possessive ("the junta's release").
//! Every sentence is invented.

mod common;

use common::{between, event_on, has_event, listing, no_event_of_root, run, triple};

// ---- police posted abroad -----------------------------------------------------

#[test]
fn police_sent_into_another_state_protect_it() {
    let doc = run("Fiji sent 60 police officers to Tonga on Monday to help guard polling stations.");
    assert_eq!(triple(event_on(&doc, "sent")), ("074", "FJI", "TON"), "{}", listing(&doc));
    assert!(no_event_of_root(&doc, "15"), "{}", listing(&doc));
}

#[test]
fn police_to_be_sent_abroad_are_an_intent_to_protect() {
    let doc = run(
        "Ghana will deploy 300 more police officers to Liberia before the vote, the interior minister said on Monday.",
    );
    let e = event_on(&doc, "deploy");
    assert_eq!(triple(e), ("0334", "GHA", "LBR"), "{}", listing(&doc));
    assert!(e.attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn riot_police_at_home_are_still_police_power() {
    let doc = run("Ghana deployed riot police against protesters in Accra on Monday.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("074")), "{}", listing(&doc));
}

// ---- inspectors let back in ---------------------------------------------------

#[test]
fn inspectors_returning_to_a_site_were_received_by_its_state() {
    let doc = run("OPCW inspectors returned to Syria's Masyaf chemical plant on Monday for the first time in a year.");
    let e = event_on(&doc, "returned");
    assert_eq!(triple(e), ("0862", "SYR", "IGO"), "{}", listing(&doc));
    assert!(e.attribution.is_none(), "{}", listing(&doc));
}

#[test]
fn inspectors_returning_under_a_report_are_reported() {
    let doc = run(
        "IAEA inspectors returned to Iraq's Tuwaitha complex on Friday for the first time since March, the agency said, after Baghdad agreed to reopen it.",
    );
    let e = event_on(&doc, "returned");
    assert_eq!(triple(e), ("0862", "IRQ", "IGO"), "{}", listing(&doc));
    assert!(e.attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn tourists_who_returned_to_a_country_were_received_by_no_one() {
    let doc = run("German tourists returned to Egypt's Red Sea resorts on Monday.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("086")), "{}", listing(&doc));
}

// ---- pledges of more -------------------------------------------------------------

#[test]
fn pledging_more_after_a_delivery_is_aimed_at_the_recipient() {
    let doc = run(
        "Norway delivered 40 tonnes of medical supplies to Moldova on Tuesday and pledged a third shipment by the summer.",
    );
    assert_eq!(triple(event_on(&doc, "pledged")), ("0333", "NOR", "MDA"), "{}", listing(&doc));
}

#[test]
fn a_pledge_of_money_in_the_next_sentence_is_economic() {
    let doc = run(
        "Canada has delivered eight armoured vehicles to Estonia, its defence department said on Monday. The government also pledged a further 90 million dollars for border security.",
    );
    assert_eq!(triple(event_on(&doc, "pledged")), ("0331", "CAN", "EST"), "{}", listing(&doc));
}

#[test]
fn another_state_pledging_after_a_delivery_pledges_to_the_same_recipient() {
    let doc = run(
        "A Chilean air force plane flew 30 tonnes of tents and blankets to quake-hit Peru on Sunday. Argentina has pledged $20 million in emergency relief.",
    );
    assert_eq!(triple(event_on(&doc, "pledged")), ("0333", "ARG", "PER"), "{}", listing(&doc));
}

#[test]
fn a_pledge_naming_its_own_recipient_is_left_to_the_main_pass() {
    let doc =
        run("Norway delivered 40 tonnes of medical supplies to Moldova on Tuesday and pledged support for Georgia.");
    assert!(!between(&doc, "03", "NOR", "MDA"), "{}", listing(&doc));
}

#[test]
fn a_pledge_with_no_aid_before_it_is_aimed_at_no_recipient() {
    let doc = run("Norway criticised Moldova on Tuesday and pledged a review of its embassy.");
    assert!(!between(&doc, "03", "NOR", "MDA"), "{}", listing(&doc));
}

// ---- praise for the rulers' deed ----------------------------------------------------

#[test]
fn praise_for_the_juntas_release_is_aimed_at_the_rulers() {
    let doc = run(
        "SADC leaders lifted the sanctions on Lesotho at a summit in Maputo on Monday and welcomed the junta's release of five jailed activists.",
    );
    let praise = event_on(&doc, "welcomed");
    assert_eq!(praise.code, "051", "{}", listing(&doc));
    assert_eq!(common::side(&praise.target_actor), "LSOGOV", "{}", listing(&doc));
    assert_eq!(triple(event_on(&doc, "release")), ("0841", "LSO", "LSO"), "{}", listing(&doc));
    assert!(!between(&doc, "051", "IGO", "MOZ"), "{}", listing(&doc));
}

#[test]
fn praise_for_a_named_states_decision_keeps_its_target() {
    let doc = run("Lesotho's army freed five activists on Monday. The African Union welcomed Maseru's decision.");
    assert!(
        !doc.events.iter().any(|e| e.code == "0841" && common::side(&e.source_actor) == "LSOGOV"),
        "{}",
        listing(&doc)
    );
}

// ---- appeals to all sides ------------------------------------------------------------

#[test]
fn an_appeal_to_all_sides_of_a_fight_between_like_groups_goes_to_them() {
    let doc = run(
        "Two rival militias clashed with heavy weapons in Benghazi overnight, the UN mission in Libya said on Monday, urging all sides to stop the fighting at once.",
    );
    assert!(has_event(&doc, "0256", "UNO", "LBYREB"), "{}", listing(&doc));
}

#[test]
fn a_ceasefire_both_sides_are_called_on_to_observe_is_not_agreed() {
    let doc = run(
        "Rival armed groups clashed in Misrata overnight, and the UN mission in Libya called on both sides to observe a ceasefire.",
    );
    assert!(between(&doc, "025", "UNO", "LBY"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("087")), "{}", listing(&doc));
}

#[test]
fn an_appeal_to_all_sides_with_no_act_before_it_goes_to_no_one() {
    let doc = run("The UN mission in Libya urged all sides to respect the election timetable.");
    assert!(no_event_of_root(&doc, "02"), "{}", listing(&doc));
}

// ---- talks past a place and a day ------------------------------------------------------

#[test]
fn talks_with_a_counterpart_past_a_place_and_a_day_are_between_them() {
    let doc = run("Chile's foreign minister held talks in Lima on Monday with his Peruvian counterpart.");
    assert!(between(&doc, "046", "CHL", "PER"), "{}", listing(&doc));
    assert!(between(&doc, "046", "PER", "CHL"), "{}", listing(&doc));
}
