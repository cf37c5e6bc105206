//! Verbal conflict and coercion (CAMEO roots 10–17), sixth round. Every
//! sentence is invented.

mod common;

use common::{between_not_negated, has_event, listing, run};

#[test]
fn security_forces_arresting_militants_take_no_ground() {
    let doc = run("Iraqi security forces arrested 15 Islamic State militants near Mosul on Sunday.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("173")), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("192")), "{}", listing(&doc));
}

#[test]
fn marines_capturing_a_cartel_commander_arrest_him() {
    let doc = run("Mexican army troops captured a senior Jalisco cartel leader in Zapopan on Sunday.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("173")), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("192")), "{}", listing(&doc));
}

#[test]
fn an_army_capturing_a_town_still_takes_ground() {
    let doc = run("M23 rebels captured the Congolese town of Walikale on Thursday.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("192")), "{}", listing(&doc));
}

#[test]
fn calling_a_mass_trial_a_sham() {
    let doc = run(
        "A Cuban court sentenced five dissidents to long prison terms on Monday. Washington called the mass trial \"a sham\".",
    );
    assert!(between_not_negated(&doc, "11", "USA", "CUB"), "{}", listing(&doc));
}

#[test]
fn criticising_a_trip_named_before() {
    let doc = run(
        "Bolivia's president began a two-day visit to Caracas on Monday. Washington criticised the trip as \"ill-timed\".",
    );
    assert!(between_not_negated(&doc, "11", "USA", "BOL"), "{}", listing(&doc));
}

#[test]
fn people_jailed_after_protests_were_jailed_not_protesting() {
    let doc = run("Belarus has freed 14 people jailed after anti-government protests, a rights group said on Friday.");
    let jailed = doc.events.iter().find(|e| doc.text[e.trigger.start..e.trigger.end] == *"jailed");
    let jailed = jailed.unwrap_or_else(|| panic!("nothing on 'jailed': {}", listing(&doc)));
    assert!(jailed.code.starts_with("173"), "{}", listing(&doc));
}

#[test]
fn ethnic_serbs_arrested_on_suspicion_of_assaulting_an_officer() {
    let doc = run(
        "Croatian police arrested four ethnic Serbs in Vukovar on Saturday on suspicion of assaulting a police officer.",
    );
    assert!(has_event(&doc, "173", "HRVCOP", "SRBCVL"), "{}", listing(&doc));
}

#[test]
fn a_protest_lodged_with_no_side_named_answers_the_intrusion() {
    let doc = run(
        "Estonia's navy said two Russian warships entered its territorial waters near Vaindloo island on Saturday. Tallinn lodged a protest through diplomatic channels.",
    );
    assert!(between_not_negated(&doc, "114", "EST", "RUS"), "{}", listing(&doc));
}

#[test]
fn an_embassy_protesting_a_detention_complains_officially() {
    let doc = run(
        "Spanish police detained three Algerian fishermen off Almeria on Friday. Algeria's embassy in Madrid protested the detention.",
    );
    assert!(between_not_negated(&doc, "114", "DZA", "ESP"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code.starts_with("05")), "{}", listing(&doc));
}

#[test]
fn goods_confiscated_after_an_arrest_are_the_arrested_traders() {
    let doc = run(
        "Guinean police detained two Senegalese traders at the Kedougou border post on Tuesday and confiscated their goods.",
    );
    assert!(between_not_negated(&doc, "1711", "GIN", "SEN"), "{}", listing(&doc));
}

#[test]
fn expelling_a_charge_d_affaires_reduces_relations() {
    let doc = run("Nicaragua expelled the Dutch chargé d'affaires in Managua on Thursday.");
    assert!(between_not_negated(&doc, "161", "NIC", "NLD"), "{}", listing(&doc));
}

#[test]
fn ordering_a_broadcaster_off_the_air_restricts_it() {
    let doc = run(
        "Burundi's media regulator ordered a Belgian radio station off the air on Monday for airing an interview with an exiled opposition leader.",
    );
    assert!(between_not_negated(&doc, "1721", "BDI", "BEL"), "{}", listing(&doc));
}
