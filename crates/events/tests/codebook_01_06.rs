//! Codebook coverage for CAMEO roots 01-06 (statements, appeals, intents,
//! consultations, diplomatic and material cooperation), run through the
//! whole pipeline on invented wire-style sentences.

mod common;

use common::{listing, run, side};
use dossier_model::{Document, Event};

/// The (source, target) pairs of the events whose code starts with `prefix`.
fn pairs<'d>(doc: &'d Document, prefix: &str) -> Vec<(&'d str, &'d str)> {
    doc.events
        .iter()
        .filter(|e| e.code.starts_with(prefix))
        .map(|e: &Event| (side(&e.source_actor), side(&e.target_actor)))
        .collect()
}

#[test]
fn arriving_in_a_foreign_place_is_a_visit_to_it() {
    for text in [
        "Czech Prime Minister Jan Novak arrived in Kyiv for talks.",
        "Czech Prime Minister Jan Novak arrived in Kyiv on Monday on an unannounced visit.",
        "Czech Prime Minister Jan Novak arrives in Kyiv on Tuesday, his office said.",
    ] {
        let doc = run(text);
        assert!(pairs(&doc, "042").contains(&("CZEGOV", "UKR")), "{text}: {}", listing(&doc));
    }
    // a leader arriving in a town of his own country visits nobody
    let doc = run("The French president arrived in Marseille on Monday.");
    assert!(pairs(&doc, "04").iter().all(|&(_, t)| t != "FRA"), "{}", listing(&doc));
}

#[test]
fn declining_to_comment_or_give_details_is_no_comment() {
    let doc = run("The Swedish foreign ministry declined to comment on the charges against the reporter.");
    assert!(!pairs(&doc, "011").is_empty(), "{}", listing(&doc));
    assert!(pairs(&doc, "016").is_empty(), "no denial: {}", listing(&doc));
    let doc = run("The Danish defence ministry declined to give details of the operation.");
    assert!(!pairs(&doc, "011").is_empty(), "{}", listing(&doc));
    assert!(pairs(&doc, "12").is_empty(), "no rejection: {}", listing(&doc));
}

#[test]
fn deepening_military_or_trade_cooperation_is_material_cooperation() {
    let doc = run("The United States and Israel deepened military cooperation.");
    let got = pairs(&doc, "062");
    assert!(got.contains(&("USA", "ISR")) && got.contains(&("ISR", "USA")), "{}", listing(&doc));
    assert!(pairs(&doc, "15").is_empty(), "no show of force: {}", listing(&doc));
    let doc = run("Germany and Poland increased border security cooperation.");
    assert!(pairs(&doc, "062").contains(&("DEU", "POL")), "{}", listing(&doc));
    let doc = run("Vietnam and Indonesia have strengthened trade ties.");
    assert!(pairs(&doc, "061").contains(&("VNM", "IDN")), "{}", listing(&doc));
}

#[test]
fn restoring_diplomatic_ties_is_diplomatic_cooperation() {
    // one way, as the PETRARCH2 records code it ("… restore full
    // diplomatic ties with Gondor")
    let doc = run("Egypt restored full diplomatic ties with Turkey on Monday.");
    assert_eq!(pairs(&doc, "05"), vec![("EGY", "TUR")], "{}", listing(&doc));
}

/// "Title NAME of <country>": the person acts for that country's
/// government, as "Hungarian Foreign Minister NAME" does.
#[test]
fn titled_person_of_a_country_is_its_government() {
    let doc = run("Foreign Minister Anna Kovacs of Hungary visited Beijing on Tuesday.");
    assert!(pairs(&doc, "042").contains(&("HUNGOV", "CHN")), "{}", listing(&doc));
    let doc = run("President Joe Smith of the United States spoke by phone with Chinese President Li Wei on Monday.");
    assert!(pairs(&doc, "04").contains(&("USAGOV", "CHNGOV")), "{}", listing(&doc));
}

#[test]
fn an_arrival_after_a_name_set_off_by_commas_is_the_names_visit() {
    for text in [
        "Iran's foreign minister, Reza Kamali, arrived in Muscat on Tuesday for talks.",
        "Reza Kamali, Iran's foreign minister, arrived in Muscat on Tuesday.",
    ] {
        let doc = run(text);
        assert!(pairs(&doc, "042").contains(&("IRNGOV", "OMN")), "{text}: {}", listing(&doc));
    }
}
