//! Verbs the lexicon knows that still came out as no event, because a side
//! was not resolved or the structure around the trigger was not read
//! (nineteenth session), on invented wire-style sentences.

mod common;

use common::{listing, run, side};
use dossier_model::Document;

/// The (source, target) pairs of the events whose code starts with `prefix`.
fn pairs<'d>(doc: &'d Document, prefix: &str) -> Vec<(&'d str, &'d str)> {
    doc.events
        .iter()
        .filter(|e| e.code.starts_with(prefix))
        .map(|e| (side(&e.source_actor), side(&e.target_actor)))
        .collect()
}

#[test]
fn the_agency_or_the_bloc_is_the_international_body_named_before() {
    let doc = run(
        "Eritrea expelled the head of the World Health Organization office on Monday, accusing the agency of spreading false data.",
    );
    assert!(pairs(&doc, "112").contains(&("ERI", "IGO")), "{}", listing(&doc));
    let doc = run("Guinea withdrew from ECOWAS on Monday, accusing the regional bloc of bias.");
    assert!(pairs(&doc, "112").contains(&("GIN", "IGO")), "{}", listing(&doc));
    let doc = run(
        "Inspectors from the IAEA visited the Bushehr plant on Monday. The agency praised Iran for its cooperation.",
    );
    assert!(pairs(&doc, "051").contains(&("IGO", "IRN")), "{}", listing(&doc));
    // a news agency is no international body
    let doc = run("The Yonhap news agency said the North fired two missiles. The agency criticised Japan on Friday.");
    assert!(pairs(&doc, "111").iter().all(|&(s, _)| s != "IGO"), "{}", listing(&doc));
}

#[test]
fn the_council_is_the_council_named_before() {
    let doc = run(
        "China blocked a statement at the U.N. Security Council on Friday, after Germany and Italy urged the Council to condemn the coup.",
    );
    let got = pairs(&doc, "02");
    assert!(got.iter().any(|&(s, t)| s == "DEU" && t.starts_with("UNO")), "{}", listing(&doc));
    assert!(got.iter().any(|&(s, t)| s == "ITA" && t.starts_with("UNO")), "{}", listing(&doc));
}

#[test]
fn an_object_fronted_into_a_relative_clause_is_the_antecedent() {
    // a deed named before the clause: its doers are the object
    let doc = run(
        "Chile and Argentina signed a fisheries accord in Santiago on Monday, a deal the European Union welcomed as a step towards stability.",
    );
    let got = pairs(&doc, "051");
    assert!(got.contains(&("EUR", "CHL")) && got.contains(&("EUR", "ARG")), "{}", listing(&doc));
    let doc = run(
        "Japan and Australia held naval drills near Okinawa on Friday, exercises that China had condemned as provocative.",
    );
    let got = pairs(&doc, "111");
    assert!(got.iter().any(|&(s, t)| s == "CHN" && (t == "JPN" || t == "AUS")), "{}", listing(&doc));
    // an actor before "which": it is the object
    let doc = run(
        "The hostages were flown to Muscat after talks hosted by Oman, which the French government thanked on Sunday.",
    );
    assert!(pairs(&doc, "051").iter().any(|&(s, t)| s.starts_with("FRA") && t == "OMN"), "{}", listing(&doc));
    // a participle after a name is no relative clause, and a place after
    // a preposition is no antecedent
    let doc = run(
        "Peru recalled its envoy after Chile sheltered a former Peruvian defence minister wanted on fraud charges.",
    );
    assert!(pairs(&doc, "17").iter().all(|&(_, t)| t != "CHL"), "{}", listing(&doc));
    let doc = run(
        "Belgium cut aid to Uganda on Friday over Kampala's support for rebels in eastern Congo, which Uganda denies.",
    );
    assert!(pairs(&doc, "016").iter().all(|&(_, t)| t != "COD"), "{}", listing(&doc));
    let doc = run(
        "Russia summoned Latvia's envoy on Tuesday over a Soviet memorial in Riga, which Latvian authorities removed last week.",
    );
    assert!(pairs(&doc, "").iter().all(|&(s, t)| !(s.starts_with("LVA") && t.starts_with("RUS"))), "{}", listing(&doc));
    // the verb's own object stays its object
    let doc = run("Turkey and Iraq signed a water accord on Monday, a deal that Syria criticised Turkey for.");
    assert!(pairs(&doc, "111").iter().all(|&(_, t)| t != "IRQ"), "{}", listing(&doc));
}
