//! Codebook coverage for CAMEO roots 07–14 (aid, yielding, investigating,
//! demanding, disapproving, rejecting, threatening, protesting): common
//! wire-report phrasings, each run through the real pipeline. The sentences
//! are invented for these tests.

use dossier_model::{DateSource, Document, Event, Metadata, Published};

/// Runs the default pipeline over one invented text.
fn run_pipeline(text: &str) -> Document {
    let meta = Metadata {
        format: "text".into(),
        published: Some(Published { value: "2025-06-12".into(), source: DateSource::User }),
        ..Default::default()
    };
    let mut doc = Document::new(text.to_string(), meta);
    dossier_nlp::default_pipeline().run(&mut doc);
    doc
}

/// A one-line listing of every coded event, for failure messages.
fn listing(doc: &Document) -> String {
    let code = |c: &Option<dossier_model::ActorCode>| c.as_ref().map(|c| c.code.clone()).unwrap_or_default();
    doc.events
        .iter()
        .map(|e| {
            format!("{} '{}' {}->{}", e.code, e.trigger.slice(&doc.text), code(&e.source_actor), code(&e.target_actor))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The event whose trigger is `word`; panics with the listing otherwise.
fn event_on<'d>(doc: &'d Document, word: &str) -> &'d Event {
    doc.events
        .iter()
        .find(|e| e.trigger.slice(&doc.text) == word)
        .unwrap_or_else(|| panic!("nothing coded on '{word}': {}", listing(doc)))
}

/// The country part of an actor code, or "" when there is none.
fn country_of(code: &Option<dossier_model::ActorCode>) -> &str {
    code.as_ref().and_then(|c| c.country.as_deref()).unwrap_or("")
}

/// Code, source country and target country of an event.
fn triple(e: &Event) -> (&str, &str, &str) {
    (e.code.as_str(), country_of(&e.source_actor), country_of(&e.target_actor))
}

#[test]
fn slamming_a_government_is_criticism() {
    let doc = run_pipeline("The United States slammed China on Monday for its military drills near Taiwan.");
    assert_eq!(triple(event_on(&doc, "slammed")), ("111", "USA", "CHN"));
    let doc = run_pipeline("Germany slams Hungary over its veto of the aid package, the ministry said.");
    assert_eq!(event_on(&doc, "slams").root, "11", "{}", listing(&doc));
}

#[test]
fn a_missile_slamming_into_a_town_is_an_aerial_attack() {
    let doc = run_pipeline("A Russian missile slammed into an apartment block in Kharkiv on Tuesday.");
    assert_eq!(event_on(&doc, "slammed").code, "195", "{}", listing(&doc));
}

#[test]
fn disbursing_money_is_economic_aid() {
    let doc = run_pipeline("The International Monetary Fund disbursed 1.1 billion dollars to Pakistan on Friday.");
    assert_eq!(event_on(&doc, "disbursed").code, "071", "{}", listing(&doc));
    assert_eq!(triple(event_on(&doc, "disbursed")).2, "PAK");
}

#[test]
fn freeing_aid_workers_is_a_release_not_aid() {
    let doc = run_pipeline("Iran freed two French aid workers on Friday.");
    assert_eq!(triple(event_on(&doc, "freed")), ("0841", "IRN", "FRA"));
}

#[test]
fn finding_someone_guilty_is_a_verdict() {
    let doc = run_pipeline("A court in Moscow found the Ukrainian journalist guilty of sabotage on Wednesday.");
    assert_eq!(event_on(&doc, "found").code, "116", "{}", listing(&doc));
}

#[test]
fn returning_people_is_a_release() {
    let doc = run_pipeline("Russia returned 20 Ukrainian children to Ukraine, officials in Kyiv said.");
    assert_eq!(triple(event_on(&doc, "returned")), ("0841", "RUS", "UKR"));
}

#[test]
fn pulling_out_troops_is_a_retreat() {
    let doc = run_pipeline("Israel pulled out its troops from the Gaza Strip on Sunday.");
    assert_eq!(event_on(&doc, "pulled out").code, "0874", "{}", listing(&doc));
}

#[test]
fn staging_a_walkout_is_a_strike() {
    let doc = run_pipeline("Protesters in Kenya staged a walkout against the government on Monday.");
    assert_eq!(event_on(&doc, "staged").code, "143", "{}", listing(&doc));
}

#[test]
fn lashing_or_hitting_out_at_a_state_is_criticism_of_it() {
    let doc = run_pipeline("Beijing hit out at Washington on Thursday over the new tariffs.");
    assert_eq!(triple(event_on(&doc, "hit out")), ("111", "CHN", "USA"));
    let doc = run_pipeline("Ukraine lashed out at Hungary over its veto, the foreign ministry said.");
    assert_eq!(triple(event_on(&doc, "lashed out")), ("111", "UKR", "HUN"));
}

#[test]
fn handing_weapons_or_aid_to_a_state_is_aid() {
    let doc = run_pipeline("Germany handed Ukraine a new batch of Patriot missiles on Monday.");
    assert_eq!(triple(event_on(&doc, "handed")), ("072", "DEU", "UKR"));
    let doc = run_pipeline("Jordan handed food and medicine to Lebanon, the army said.");
    assert_eq!(event_on(&doc, "handed").code, "073", "{}", listing(&doc));
}
