//! Verbal conflict (CAMEO roots 10–14), fourth round (twenty-third
//! session). Every sentence is invented.

mod common;

use common::{between_not_negated, country, listing, run};

#[test]
fn a_group_named_without_borders_is_no_negation() {
    let doc = run("Doctors Without Borders accused the Sudanese army of bombing a hospital in Darfur.");
    assert!(doc.events.iter().any(|e| !e.negated && e.code.starts_with("112")), "{}", listing(&doc));
}

#[test]
fn a_verdict_called_an_outrage_by_a_group_without_borders() {
    let doc = run(
        "A court in Baku on Tuesday jailed the reporter Farid Aliyev for four years. Reporters Without Borders called the verdict \"a travesty\".",
    );
    let to_court =
        |e: &dossier_model::Event| !e.negated && e.code.starts_with("11") && country(&e.target_actor) == "AZE";
    assert!(doc.events.iter().any(to_court), "{}", listing(&doc));
}

#[test]
fn a_real_negation_before_the_verb_still_negates() {
    let doc = run("Reporters Without Borders did not condemn the Azerbaijani court.");
    assert!(!doc.events.iter().any(|e| !e.negated && e.code.starts_with("11")), "{}", listing(&doc));
}

#[test]
fn expulsions_called_inhumane_are_criticism_not_a_threat() {
    let doc =
        run("Slovakia expelled 200 Roma workers from Hungary last week. Budapest called the expulsions \"inhumane\".");
    assert!(between_not_negated(&doc, "111", "HUN", "SVK"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn calling_for_an_expulsion_is_no_criticism_of_one() {
    let doc = run("Lithuanian lawmakers called for the expulsion of the Russian ambassador on Monday.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("111")), "{}", listing(&doc));
}

#[test]
fn a_prisoner_refusing_food_is_on_hunger_strike() {
    let doc = run("A detained Cambodian opposition lawmaker has refused food for ten days in protest at his arrest.");
    assert!(between_not_negated(&doc, "142", "KHM", "KHM"), "{}", listing(&doc));
}

#[test]
fn a_state_refusing_food_aid_is_no_hunger_strike() {
    let doc = run("Eritrea refused food aid for its northern provinces from the World Food Programme.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("142")), "{}", listing(&doc));
}

#[test]
fn solemn_representations_lodged_with_a_state_are_a_protest() {
    let doc = run("Beijing lodged solemn representations with Tokyo over the visit of Japanese lawmakers to Taipei.");
    assert!(between_not_negated(&doc, "114", "CHN", "JPN"), "{}", listing(&doc));
}

#[test]
fn a_dual_national_is_coded_by_the_first_nationality() {
    let doc = run("A Chinese court sentenced a Canadian-Chinese businessman to eleven years in prison on Tuesday.");
    assert!(between_not_negated(&doc, "116", "CHN", "CAN"), "{}", listing(&doc));
    let doc = run("Russia detained a Dutch-Russian photographer in Moscow on Sunday.");
    assert!(between_not_negated(&doc, "173", "RUS", "NLD"), "{}", listing(&doc));
}

#[test]
fn a_border_named_by_two_countries_is_no_dual_national() {
    let doc = run("Pakistani troops clashed with Afghan Taliban fighters along the Pakistan-Afghan border on Sunday.");
    assert!(
        doc.events.iter().any(|e| country(&e.source_actor) == "PAK" || country(&e.target_actor) == "PAK"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn a_bare_ministry_summoning_an_envoy_is_of_the_state_told_of_before() {
    let doc = run(
        "Estonia's security police said on Friday they had arrested a man spying for Russia. The foreign ministry summoned the Russian ambassador over the case.",
    );
    assert!(between_not_negated(&doc, "114", "EST", "RUS"), "{}", listing(&doc));
}

#[test]
fn a_bare_ministry_with_its_own_state_named_keeps_it() {
    let doc = run("Poland closed a border crossing on Monday. The Belarusian foreign ministry condemned the move.");
    assert!(
        !doc.events.iter().any(|e| e.code.starts_with("11") && country(&e.source_actor) == "POL"),
        "{}",
        listing(&doc)
    );
}

#[test]
fn quoted_representations_lodged_with_a_state_are_a_protest() {
    let doc =
        run("China on Friday lodged \"solemn representations\" with Canada over the arrest of a Chinese executive.");
    assert!(between_not_negated(&doc, "114", "CHN", "CAN"), "{}", listing(&doc));
}

#[test]
fn a_symmetrical_response_promised_to_a_deed_is_a_threat() {
    let doc = run("Canada expelled two Chinese diplomats on Monday. Beijing promised a \"symmetrical response\".");
    assert!(between_not_negated(&doc, "13", "CHN", "CAN"), "{}", listing(&doc));
    let doc = run("Japan imposed export curbs on Chinese chipmakers. Beijing pledged a resolute response.");
    assert!(between_not_negated(&doc, "13", "CHN", "JPN"), "{}", listing(&doc));
}

#[test]
fn a_response_promised_to_a_letter_is_no_threat() {
    let doc = run("The Kenyan ministry promised a response to the union's letter within a week.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn a_quoted_verb_of_force_after_a_modal_keeps_its_object() {
    let doc = run(
        "Azerbaijan's defence minister said the Azerbaijani army would \"crush\" any move by Armenia toward the border.",
    );
    assert!(between_not_negated(&doc, "13", "AZE", "ARM"), "{}", listing(&doc));
}

#[test]
fn an_embassy_that_protested_complained_officially() {
    let doc = run(
        "Estonia's border guard detained a Russian fishing boat on Friday. The Russian embassy in Tallinn protested.",
    );
    assert!(between_not_negated(&doc, "114", "RUS", "EST"), "{}", listing(&doc));
}

#[test]
fn students_who_protested_still_demonstrated() {
    let doc = run("Serbian students protested outside the government building in Belgrade on Friday.");
    assert!(!doc.events.iter().any(|e| e.code.starts_with("114")), "{}", listing(&doc));
}

#[test]
fn the_opposition_condemning_arrests_by_its_own_police_aims_at_them() {
    let doc = run(
        "Armenian police arrested twelve opposition activists in Yerevan on Sunday. The Armenian opposition condemned the arrests as \"political\".",
    );
    assert!(between_not_negated(&doc, "11", "ARM", "ARM"), "{}", listing(&doc));
}

#[test]
fn a_ministry_condemning_its_own_police_is_not_made_to() {
    let doc = run(
        "Armenian police arrested twelve opposition activists in Yerevan on Sunday. The Armenian foreign ministry condemned the arrests.",
    );
    assert!(!between_not_negated(&doc, "11", "ARM", "ARM"), "{}", listing(&doc));
}

#[test]
fn restrictions_called_collective_punishment_are_denounced() {
    let doc = run(
        "Nicaragua imposed travel bans on forty Costa Rican officials in March. Costa Rica's president called the bans \"collective punishment\".",
    );
    assert!(between_not_negated(&doc, "111", "CRI", "NIC"), "{}", listing(&doc));
}
