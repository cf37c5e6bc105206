//! Cooperation, round seven (twenty-ninth session): phrasings of roots 01
//! to 09 that the coder used to miss, each on an invented sentence.

mod common;

use common::{country, listing, run};

fn has(doc: &dossier_model::Document, code: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code == code && country(&e.source_actor) == source && country(&e.target_actor) == target)
}

#[test]
fn a_parliament_ratifying_a_pact_with_a_partner_signs_it_one_way() {
    let doc = run(
        "Kenya's parliament on Tuesday ratified a five-year maritime security pact with Tanzania by 212 votes to 40.",
    );
    assert!(has(&doc, "057", "KEN", "TZA"), "{}", listing(&doc));
    assert!(!has(&doc, "031", "TZA", "KEN") && !has(&doc, "057", "TZA", "KEN"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("03")), "{}", listing(&doc));
}

#[test]
fn ratifying_something_that_is_no_signed_text_is_left_alone() {
    let doc = run("Kenya's parliament on Tuesday ratified the appointment of a new envoy to Tanzania.");
    assert!(!doc.events.iter().any(|e| e.code == "057"), "{}", listing(&doc));
}

#[test]
fn a_deposit_told_with_an_auxiliary_is_economic_aid() {
    let doc = run(
        "Qatar has deposited 2 billion dollars with Egypt's central bank to prop up the pound, the Egyptian cabinet said on Sunday.",
    );
    assert!(has(&doc, "071", "QAT", "EGY"), "{}", listing(&doc));
}

#[test]
fn a_deposit_only_promised_is_no_aid_given() {
    let doc =
        run("Qatar has promised to deposit 2 billion dollars with Egypt's central bank, the Egyptian cabinet said.");
    assert!(!doc.events.iter().any(|e| e.code == "071"), "{}", listing(&doc));
}

#[test]
fn an_appeal_to_both_delegations_to_return_to_the_table_goes_to_each_side() {
    let doc = run(
        "Talks between Ethiopia's government and the Oromo Liberation Army in Dar es Salaam collapsed on Monday after the rebel delegation walked out, mediators said. Kenyan officials urged both delegations to return to the negotiating table.",
    );
    let to = |code: &str, role: &str| {
        doc.events.iter().any(|e| {
            e.code == code
                && country(&e.source_actor) == "KEN"
                && country(&e.target_actor) == "ETH"
                && e.target_actor.as_ref().and_then(|c| c.role.as_deref()) == Some(role)
        })
    };
    assert!(to("026", "GOV") && to("026", "REB"), "{}", listing(&doc));
}

#[test]
fn an_appeal_to_both_delegations_for_restraint_is_a_plain_appeal() {
    let doc = run(
        "Talks between Ethiopia's government and the Oromo Liberation Army in Dar es Salaam collapsed on Monday after the rebel delegation walked out, mediators said. Kenyan officials urged both delegations to show restraint.",
    );
    assert!(has(&doc, "020", "KEN", "ETH"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "026"), "{}", listing(&doc));
}

#[test]
fn a_denial_of_a_that_clause_after_a_time_phrase_answers_no_one_named() {
    let doc = run("Chad's army denied on Thursday that any of its units had crossed into Sudan's Darfur region.");
    assert!(has(&doc, "016", "TCD", ""), "{}", listing(&doc));
}

#[test]
fn a_denial_followed_by_a_participial_verdict_is_left_to_that_clause() {
    let doc = run("Chad's army denied that its units had crossed into Darfur, calling the reports propaganda.");
    assert!(!has(&doc, "016", "TCD", ""), "{}", listing(&doc));
}

#[test]
fn calling_an_account_a_fabrication_denies_it_to_its_teller() {
    let doc = run(
        "Chad said its soldiers repelled an attack by Sudanese militiamen near Adre. Sudan's interior minister called the account a shameless fabrication.",
    );
    assert!(has(&doc, "016", "SDN", "TCD"), "{}", listing(&doc));
}

#[test]
fn calling_an_account_detailed_is_no_denial() {
    let doc = run(
        "Chad said its soldiers repelled an attack by Sudanese militiamen near Adre. Sudan's interior minister called the account detailed.",
    );
    assert!(!doc.events.iter().any(|e| e.code == "016" || e.code.starts_with("11")), "{}", listing(&doc));
}

#[test]
fn sending_a_fact_finding_team_to_a_country_is_an_inquiry_there() {
    let doc = run(
        "The UN Human Rights Council said on Tuesday it would send a fact-finding team to Nicaragua to examine reports of abuses against protesters.",
    );
    assert!(has(&doc, "090", "UNO", "NIC"), "{}", listing(&doc));
    assert!(!has(&doc, "036", "UNO", "NIC"), "{}", listing(&doc));
}

#[test]
fn sending_envoys_to_a_country_is_no_inquiry() {
    let doc = run("The African Union said on Tuesday it would send a team of envoys to Nicaragua.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("09")), "{}", listing(&doc));
}

#[test]
fn captives_flown_somewhere_show_no_intent_to_meet() {
    let doc = run("Three Canadian hostages were released on Sunday and flown to Muscat, Oman's foreign ministry said.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("03") || e.code.starts_with("04")), "{}", listing(&doc));
}

#[test]
fn a_minister_who_flew_somewhere_for_talks_keeps_the_visit() {
    let doc = run("Canada's foreign minister flew to Muscat on Sunday for talks with Omani officials.");
    assert!(has(&doc, "042", "CAN", "OMN"), "{}", listing(&doc));
}

#[test]
fn readiness_to_resume_talks_is_the_ready_sides_alone() {
    let doc = run(
        "Venezuela is ready to resume talks with Guyana on the Essequibo border, its foreign minister said on Monday.",
    );
    assert!(has(&doc, "036", "VEN", "GUY"), "{}", listing(&doc));
    assert!(!has(&doc, "036", "GUY", "VEN"), "{}", listing(&doc));
}

#[test]
fn two_sides_ready_together_keep_each_ones_intent() {
    let doc =
        run("Venezuela and Guyana are ready to resume talks on the Essequibo border, the two foreign ministers said.");
    assert!(has(&doc, "036", "VEN", "GUY") && has(&doc, "036", "GUY", "VEN"), "{}", listing(&doc));
}
