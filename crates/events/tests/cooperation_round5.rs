//! Cooperation, round five (twenty-fourth session): phrasings of roots 01
//! to 09 that the coder used to miss, each on an invented sentence.

mod common;

use common::{country, listing, run};

fn has(doc: &dossier_model::Document, code: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && country(&e.source_actor) == source && country(&e.target_actor) == target)
}

#[test]
fn a_side_that_considers_the_matter_closed_forgives_the_apology() {
    let doc = run(
        "Slovakia's prime minister apologised to Hungary on Monday after Slovak border guards detained a Hungarian mayor. Budapest said it considered the matter closed.",
    );
    assert!(has(&doc, "056", "HUN", "SVK"), "{}", listing(&doc));
}

#[test]
fn the_incident_regarded_as_closed_after_an_apology_in_the_same_sentence() {
    let doc = run(
        "After Chile's navy chief apologised to Argentina for the collision, Buenos Aires said it regarded the incident as closed.",
    );
    assert!(has(&doc, "056", "ARG", "CHL"), "{}", listing(&doc));
}

#[test]
fn a_matter_closed_without_an_apology_is_no_forgiveness() {
    let doc = run("Portugal's court considered the matter closed after the appeal was withdrawn.");
    assert!(!doc.events.iter().any(|e| e.code == "056"), "{}", listing(&doc));
}

#[test]
fn joint_drills_staged_by_two_states_are_military_cooperation_each_way() {
    let doc = run(
        "The Estonian defence ministry on Monday condemned the joint naval drills held this week by Russia and China in the Baltic.",
    );
    assert!(has(&doc, "062", "RUS", "CHN"), "{}", listing(&doc));
    assert!(has(&doc, "062", "CHN", "RUS"), "{}", listing(&doc));
}

#[test]
fn money_deposited_in_a_central_bank_is_economic_aid() {
    let doc = run("Kuwait deposited $2 billion in Egypt's central bank on Tuesday to prop up the pound.");
    assert!(has(&doc, "071", "KWT", "EGY"), "{}", listing(&doc));
}

#[test]
fn a_deposit_promised_is_no_deposit_made() {
    let doc = run("Kuwait said it would consider a deposit in Egypt's central bank next year.");
    assert!(!doc.events.iter().any(|e| e.code == "071"), "{}", listing(&doc));
}

#[test]
fn a_state_backing_rebels_gives_them_aid() {
    let doc = run("The Netherlands froze its aid to Uganda over Kampala's backing of the South Sudanese rebels.");
    assert!(doc.events.iter().any(|e| e.code == "070" && country(&e.source_actor) == "UGA"), "{}", listing(&doc));
    assert!(
        !doc.events.iter().any(|e| e.code.starts_with("05") && country(&e.source_actor) == "UGA"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn support_for_a_group_named_before_is_aid_to_it() {
    let doc = run(
        "The African Union demanded that Mai-Mai rebels in Congo withdraw from the towns they have taken, and called on Burundi to stop supporting the group.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "070"
            && country(&e.source_actor) == "BDI"
            && common::side(&e.target_actor).ends_with("REB")
            && e.attribution.is_some()),
        "{}",
        listing(&doc)
    );
}

#[test]
fn soldiers_sent_to_back_an_offensive_are_military_aid_to_its_doers() {
    let doc = run(
        "Tuareg rebels captured the town of Kidal on Sunday. Mali's government accused Algeria of sending fighters to back the offensive.",
    );
    assert!(
        doc.events.iter().any(|e| e.code == "072"
            && country(&e.source_actor) == "DZA"
            && e.attribution.is_some()
            && common::side(&e.target_actor).ends_with("REB")),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_state_supporting_another_state_stays_diplomatic() {
    let doc = run("France said it was supporting Morocco's bid to host the summit.");
    assert!(!doc.events.iter().any(|e| e.code == "070"), "{}", listing(&doc));
}

#[test]
fn talks_held_by_their_ministers_after_a_mutual_deal_are_between_the_pair() {
    let doc = run(
        "Chile and Argentina agreed on Monday to reopen two mountain border crossings, after their foreign ministers held talks in Mendoza.",
    );
    assert!(has(&doc, "046", "CHL", "ARG"), "{}", listing(&doc));
    assert!(has(&doc, "046", "ARG", "CHL"), "{}", listing(&doc));
}

#[test]
fn days_of_talks_by_the_two_countries_ministers_after_a_signing() {
    let doc = run(
        "Ghana and Togo signed a fisheries agreement on Friday. The accord was signed in Accra by the two countries' fisheries ministers after three days of talks.",
    );
    assert!(has(&doc, "046", "GHA", "TGO"), "{}", listing(&doc));
    assert!(has(&doc, "046", "TGO", "GHA"), "{}", listing(&doc));
}

#[test]
fn talks_to_come_after_a_deal_are_not_held() {
    let doc = run(
        "Ghana and Togo signed a fisheries agreement on Friday. Their ministers will resume talks on the border next month.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "046"), "{}", listing(&doc));
}

#[test]
fn an_appeal_to_both_governments_goes_to_the_two_sides_just_told() {
    let doc = run(
        "Kenya and Somalia each accused the other on Friday of moving troops toward the border. The African Union urged both governments to show restraint.",
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("02") && country(&e.target_actor) == "KEN"),
        "{}",
        listing(&doc)
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("02") && country(&e.target_actor) == "SOM"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn an_appeal_to_both_sides_with_no_act_before_names_no_one() {
    let doc = run("The African Union urged both sides to show restraint during the election.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("02")), "{}", listing(&doc));
}

#[test]
fn negotiations_agreed_on_are_still_to_come() {
    let doc = run(
        "Kenya's president hosted his Ghanaian counterpart in Nairobi on Monday, and the two leaders agreed to launch negotiations on a trade pact.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "046"), "{}", listing(&doc));
}

#[test]
fn a_meeting_for_their_talks_is_the_meeting_alone() {
    let doc = run(
        "Peru and Bolivia signed a transit accord last month. Their foreign ministers met in Lima on Monday for their first talks since then.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "046"), "{}", listing(&doc));
}

#[test]
fn they_agreed_after_the_pair_held_talks_is_their_agreement() {
    let doc = run(
        "The defence ministers of Peru and Chile held talks in Lima on Monday. In a joint statement afterwards, they agreed to set up a joint border commission.",
    );
    assert!(has(&doc, "030", "PER", "CHL"), "{}", listing(&doc));
    assert!(has(&doc, "030", "CHL", "PER"), "{}", listing(&doc));
}

#[test]
fn they_agreed_with_no_pair_before_names_no_one() {
    let doc = run("Farmers blocked the highway near Cusco on Monday. Later they agreed to reopen one lane.");
    assert!(!doc.events.iter().any(|e| e.code == "030"), "{}", listing(&doc));
}

#[test]
fn they_agreed_after_hosted_talks_is_the_guests_agreement_not_the_hosts() {
    let doc = run(
        "The foreign ministers of Ghana and Togo held talks in Doha on Monday, hosted by Qatar. In a joint statement, they agreed to set up a joint fisheries commission.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "030" && country(&e.target_actor) == "QAT"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "030" && country(&e.source_actor) == "QAT"), "{}", listing(&doc));
}
