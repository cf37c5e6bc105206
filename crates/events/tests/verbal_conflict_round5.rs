//! Verbal conflict (CAMEO roots 10–14), fifth round (twenty-fourth
//! session). Every sentence is invented.

mod common;

use common::{between_not_negated, country, listing, run};

#[test]
fn a_prisoner_entering_another_week_of_a_hunger_strike() {
    let doc = run(
        "A detained Egyptian opposition blogger entered the second week of a hunger strike on Sunday in protest at his trial.",
    );
    assert!(between_not_negated(&doc, "142", "EGY", "EGY"), "{}", listing(&doc));
}

#[test]
fn a_rights_activist_on_hunger_strike_is_reported_by_her_family() {
    let doc = run(
        "An imprisoned Iranian rights activist has been on hunger strike for three weeks to demand a retrial, her husband said on Tuesday.",
    );
    let strike = doc.events.iter().find(|e| !e.negated && e.code.starts_with("142"));
    let strike = strike.unwrap_or_else(|| panic!("no hunger strike: {}", listing(&doc)));
    assert_eq!(country(&strike.target_actor), "IRN", "{}", listing(&doc));
    assert!(strike.attribution.is_some(), "{}", listing(&doc));
}

#[test]
fn a_state_denying_a_hunger_strike_conducts_none() {
    let doc = run("Egypt's interior ministry denied on Monday that any inmate was on hunger strike at Tora prison.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("142")), "{}", listing(&doc));
}

#[test]
fn ending_a_hunger_strike_is_no_new_one() {
    let doc =
        run("A jailed Egyptian opposition blogger ended his hunger strike on Sunday after a visit by his mother.");
    assert!(!doc.events.iter().any(|e| !e.negated && e.code.starts_with("142")), "{}", listing(&doc));
}

#[test]
fn refusing_to_change_a_law_a_commission_demanded_scrapped() {
    let doc = run(
        "The European Commission demanded on Thursday that Slovakia repeal a new law on foreign-funded charities. Bratislava said it would not change the law.",
    );
    assert!(between_not_negated(&doc, "123", "SVK", "EUR"), "{}", listing(&doc));
}

#[test]
fn refusing_to_change_a_position_after_a_threat() {
    let doc = run(
        "Morocco threatened on Friday to suspend fisheries talks with Portugal over its stance on the dispute. Portugal's foreign minister said Lisbon would not change its position.",
    );
    assert!(between_not_negated(&doc, "123", "PRT", "MAR"), "{}", listing(&doc));
}

#[test]
fn refusing_to_bow_to_sanctions() {
    let doc = run(
        "Canada imposed sanctions on six Nicaraguan officials on Monday. Nicaragua's foreign minister said Managua would never bow to foreign pressure.",
    );
    assert!(between_not_negated(&doc, "124", "NIC", "CAN"), "{}", listing(&doc));
}

#[test]
fn a_speaker_who_will_not_be_intimidated() {
    let doc = run(
        "Turkey warned the Swedish parliament on Tuesday against hosting a Kurdish delegation. The Swedish speaker said she would not be intimidated.",
    );
    assert!(between_not_negated(&doc, "124", "SWE", "TUR"), "{}", listing(&doc));
}

#[test]
fn refusing_to_accept_another_states_rule() {
    let doc = run("Kosovo's president said on Sunday that Kosovo would never accept Serbia's sovereignty.");
    assert!(between_not_negated(&doc, "12", "KSV", "SRB"), "{}", listing(&doc));
}

#[test]
fn not_changing_plans_with_no_one_pressing_is_no_refusal() {
    let doc = run("Norway said on Monday it would not change its plans for the new oil field.");
    assert!(!doc.events.iter().any(|e| !e.negated && e.code.starts_with("12")), "{}", listing(&doc));
}

#[test]
fn a_promise_not_to_change_a_partners_deal_is_no_refusal() {
    let doc = run(
        "Germany agreed on Monday to buy gas from Qatar for fifteen years. Qatar said it would not change the terms of the deal.",
    );
    assert!(!doc.events.iter().any(|e| !e.negated && e.code.starts_with("12")), "{}", listing(&doc));
}

#[test]
fn a_ministry_promising_to_respond_in_kind_threatens() {
    let doc = run(
        "Mali expelled two Senegalese diplomats on Friday, accusing Senegal of sheltering coup plotters. Senegal's foreign ministry rejected the accusations and said it would respond \"with firmness\".",
    );
    assert!(between_not_negated(&doc, "13", "SEN", "MLI"), "{}", listing(&doc));
}

#[test]
fn taking_all_necessary_measures_against_duties() {
    let doc = run(
        "The United States imposed new tariffs on Indian shrimp on Tuesday. India's trade ministry said it would take all necessary measures to protect its exporters.",
    );
    assert!(between_not_negated(&doc, "13", "IND", "USA"), "{}", listing(&doc));
}

#[test]
fn promising_a_symmetrical_response_to_sanctions() {
    let doc = run(
        "Britain added nine Iranian officials to its sanctions list on Monday, citing the continued detention of hundreds of women's rights activists. Tehran called the measures \"economic terrorism\" and promised a symmetrical response.",
    );
    assert!(between_not_negated(&doc, "13", "IRN", "GBR"), "{}", listing(&doc));
}

#[test]
fn measures_against_inflation_threaten_no_one() {
    let doc = run("Turkey's central bank said on Thursday it would take all necessary measures to curb inflation.");
    assert!(!doc.events.iter().any(|e| !e.negated && e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn a_partner_promising_a_response_to_a_request_threatens_no_one() {
    let doc = run(
        "Japan asked South Korea on Monday to join a new supply-chain forum. Seoul said it would respond after consulting its industry.",
    );
    assert!(!doc.events.iter().any(|e| !e.negated && e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn a_decision_called_russophobic_is_criticism() {
    let doc = run(
        "Estonia closed its last border crossing with Russia to cars on Monday. The Kremlin called the decision \"Russophobic\".",
    );
    assert!(between_not_negated(&doc, "111", "RUS", "EST"), "{}", listing(&doc));
}

#[test]
fn a_move_an_embassy_in_a_capital_condemned() {
    let doc = run(
        "Norway and Denmark signed a deal on Arctic patrols in Oslo on Friday, a move Russia's embassy in Oslo criticised as \"militarisation of the north\".",
    );
    // (the critic is the embassy; the move is both signatories')
    assert!(
        between_not_negated(&doc, "111", "RUS", "NOR") || between_not_negated(&doc, "111", "RUS", "DNK"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn the_capital_of_an_embassy_is_not_the_critic() {
    let doc = run(
        "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday, a move China's embassy in Tokyo condemned as \"a threat to regional peace\".",
    );
    assert!(
        between_not_negated(&doc, "111", "CHN", "JPN") || between_not_negated(&doc, "111", "CHN", "PHL"),
        "{}",
        listing(&doc)
    );
    assert!(!between_not_negated(&doc, "111", "JPN", "PHL"), "{}", listing(&doc));
}
