//! Statements and cooperation (CAMEO roots 01–09): meetings named as nouns,
//! visits in adjuncts, mediation, on invented wire sentences.

mod common;

use common::{has_event, listing, run};

/// Whether the text codes an event whose code starts with `prefix` between
/// the two countries (source and target given as alpha-3 codes).
fn between_countries(doc: &dossier_model::Document, prefix: &str, source: &str, target: &str) -> bool {
    doc.events.iter().any(|e| {
        e.code.starts_with(prefix)
            && common::country(&e.source_actor) == source
            && common::country(&e.target_actor) == target
    })
}

#[test]
fn a_visit_in_an_adjunct_is_the_clause_subjects() {
    let doc = run("Spain's foreign minister signed a trade deal with Morocco during a visit to Rabat on Monday.");
    assert!(has_event(&doc, "042", "ESPGOV", "MAR"), "{}", listing(&doc));
    assert!(has_event(&doc, "057", "ESPGOV", "MAR"), "{}", listing(&doc));
}

#[test]
fn a_speaker_visits_the_place_of_the_adjunct() {
    let doc = run(
        "The Dutch prime minister said on Tuesday during a visit to Warsaw that Europe must spend more on defence.",
    );
    assert!(has_event(&doc, "042", "NLDGOV", "POL"), "{}", listing(&doc));
}

#[test]
fn a_stopover_is_a_visit_without_hosting() {
    let doc = run("Poland's president returned on Sunday from a stopover in Canada.");
    assert!(has_event(&doc, "042", "POLGOV", "CAN"), "{}", listing(&doc));
    assert!(!doc.events.iter().any(|e| e.code == "043"), "{}", listing(&doc));
}

#[test]
fn praise_during_a_visit_stays_praise_and_the_visit_is_coded() {
    let doc = run("Spain's foreign minister praised Morocco's reforms during a visit to Rabat on Monday.");
    assert!(has_event(&doc, "051", "ESPGOV", "MAR"), "{}", listing(&doc));
    assert!(has_event(&doc, "042", "ESPGOV", "MAR"), "{}", listing(&doc));
}

#[test]
fn a_visitor_named_after_by_is_hosted_by_the_subject() {
    let doc = run(
        "Japan praised Vietnam's economic reforms during a visit by Vietnam's prime minister on Friday, and pledged to expand trade.",
    );
    assert!(has_event(&doc, "042", "VNMGOV", "JPN"), "{}", listing(&doc));
    // the pledge after "and" is the subject's, not the visitor's
    assert!(!between_countries(&doc, "03", "VNM", "JPN"), "{}", listing(&doc));
}

#[test]
fn an_owned_mediation_stands_between_the_sides_named() {
    let doc = run("Qatar's mediation between Israel and Hamas has stalled.");
    assert!(between_countries(&doc, "045", "QAT", "ISR"), "{}", listing(&doc));
    assert!(between_countries(&doc, "045", "QAT", "PSE"), "{}", listing(&doc));
}

#[test]
fn thanks_for_its_mediation_name_the_mediator_of_the_sentences_deed() {
    let doc =
        run("Iran freed a French aid worker on Tuesday, the French presidency said, thanking Oman for its mediation.");
    assert!(between_countries(&doc, "045", "OMN", "IRN"), "{}", listing(&doc));
    assert!(between_countries(&doc, "045", "OMN", "FRA"), "{}", listing(&doc));
}

#[test]
fn acting_as_mediator_in_an_absolute_clause_mediates_between_the_subjects() {
    let doc = run(
        "Russia and Ukraine swapped 90 prisoners each on Sunday, with the United Arab Emirates again acting as mediator.",
    );
    assert!(between_countries(&doc, "045", "ARE", "RUS"), "{}", listing(&doc));
    assert!(between_countries(&doc, "045", "ARE", "UKR"), "{}", listing(&doc));
}

#[test]
fn every_broker_of_a_list_mediates_towards_both_sides() {
    let doc = run("Israel and Hamas agreed to a ceasefire brokered by Egypt and Qatar.");
    for m in ["EGY", "QAT"] {
        for s in ["ISR", "PSE"] {
            assert!(between_countries(&doc, "045", m, s), "{m}->{s}: {}", listing(&doc));
        }
    }
    let doc =
        run("Egypt and Qatar brokered a swap in which Hamas freed two hostages and Israel released 50 prisoners.");
    assert!(between_countries(&doc, "045", "QAT", "ISR"), "{}", listing(&doc));
}

#[test]
fn the_vatican_mediates_a_deal() {
    let doc = run("Cuba freed 20 prisoners under a deal with Washington mediated by the Vatican.");
    assert!(between_countries(&doc, "045", "VAT", "CUB"), "{}", listing(&doc));
    assert!(between_countries(&doc, "045", "VAT", "USA"), "{}", listing(&doc));
}

#[test]
fn mediation_offered_or_rejected_is_not_done() {
    let doc = run("Turkey offered to act as mediator between Russia and Ukraine.");
    assert!(!doc.events.iter().any(|e| e.code == "045"), "{}", listing(&doc));
    let doc = run("Ukraine rejected mediation by Hungary.");
    assert!(!doc.events.iter().any(|e| e.code == "045"), "{}", listing(&doc));
}

#[test]
fn a_visit_in_apposition_is_to_the_place_of_the_clause() {
    let doc = run(
        "Chile's foreign minister held talks with her Peruvian counterpart in Lima on Monday, the first such visit in five years.",
    );
    assert!(has_event(&doc, "042", "CHLGOV", "PER"), "{}", listing(&doc));
    let doc = run(
        "Kenya's president met Uganda's president in Kampala on Friday, the first visit by a Kenyan leader in a decade.",
    );
    assert!(between_countries(&doc, "042", "KEN", "UGA"), "{}", listing(&doc));
}

#[test]
fn a_host_named_in_a_hyphened_modifier_hosts_both_sides() {
    let doc = run("Armenia's negotiators walked out of an EU-hosted meeting with Azeri officials in Brussels.");
    assert!(has_event(&doc, "043", "EUR", "ARMGOV"), "{}", listing(&doc));
    assert!(has_event(&doc, "043", "EUR", "AZEGOV"), "{}", listing(&doc));
}

#[test]
fn an_act_under_a_pact_signed_shows_the_pact_signed_by_its_sides() {
    let doc = run("Poland bought tanks from South Korea under a contract signed in 2022.");
    assert!(between_countries(&doc, "057", "POL", "KOR"), "{}", listing(&doc));
    assert!(between_countries(&doc, "057", "KOR", "POL"), "{}", listing(&doc));
    let doc = run("Egypt shipped wheat to Sudan under a deal the two governments signed in 2022.");
    assert!(between_countries(&doc, "057", "EGY", "SDN"), "{}", listing(&doc));
    // a pact only planned, or not named as the frame of an act, is no signing here
    let doc = run("Poland bought tanks from South Korea and said a new contract would be signed next year.");
    assert!(!doc.events.iter().any(|e| e.code == "057"), "{}", listing(&doc));
}

#[test]
fn an_unplaced_speaker_visits_for_the_side_whose_act_the_report_opens_with() {
    let doc = run(
        "Germany will send two more air-defence systems to Ukraine before the end of the year, Defence Minister Katja Brenner announced during a visit to Kyiv on Wednesday.",
    );
    assert!(between_countries(&doc, "042", "DEU", "UKR"), "{}", listing(&doc));
}
