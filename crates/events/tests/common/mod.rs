//! What the codebook-coverage tests share: the real pipeline over one
//! invented text, and short views of the events it codes.
#![allow(dead_code)] // each test file uses its own part

use dossier_model::{ActorCode, DateSource, Document, Event, Metadata, Published};

/// Runs the default pipeline over one invented text, published on a fixed
/// day.
pub fn run(text: &str) -> Document {
    let meta = Metadata {
        format: "text".into(),
        published: Some(Published { value: "2025-06-12".into(), source: DateSource::User }),
        ..Default::default()
    };
    let mut doc = Document::new(text.to_string(), meta);
    dossier_nlp::default_pipeline().run(&mut doc);
    doc
}

/// The full actor code of a side ("RUSMIL"), or "" when there is none.
pub fn side(code: &Option<ActorCode>) -> &str {
    code.as_ref().map(|c| c.code.as_str()).unwrap_or("")
}

/// The country part of a side's code ("RUS"), or "" when there is none.
pub fn country(code: &Option<ActorCode>) -> &str {
    code.as_ref().and_then(|c| c.country.as_deref()).unwrap_or("")
}

/// Every event as "code 'trigger' source->target" on one line, for failure
/// messages.
pub fn listing(doc: &Document) -> String {
    doc.events
        .iter()
        .map(|e| {
            format!("{} '{}' {}->{}", e.code, e.trigger.slice(&doc.text), side(&e.source_actor), side(&e.target_actor))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The event whose trigger is `word`; panics with the listing otherwise.
pub fn event_on<'d>(doc: &'d Document, word: &str) -> &'d Event {
    doc.events
        .iter()
        .find(|e| e.trigger.slice(&doc.text) == word)
        .unwrap_or_else(|| panic!("nothing coded on '{word}': {}", listing(doc)))
}

/// Code, source country and target country of an event.
pub fn triple(e: &Event) -> (&str, &str, &str) {
    (e.code.as_str(), country(&e.source_actor), country(&e.target_actor))
}

/// Whether the text codes no event whose root is `root` ("19"), so that a
/// test can say a word was read in a sense that is no act of that kind.
pub fn no_event_of_root(doc: &Document, root: &str) -> bool {
    doc.events.iter().all(|e| !e.code.starts_with(root))
}

/// Whether the text codes an event whose code starts with `prefix` between
/// the two sides, given as full actor codes.
pub fn has_event(doc: &Document, prefix: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code.starts_with(prefix) && side(&e.source_actor) == source && side(&e.target_actor) == target)
}

/// Whether the text codes an event whose code starts with `prefix` between
/// the two countries (the country part of each side's code).
pub fn between(doc: &Document, prefix: &str, source: &str, target: &str) -> bool {
    doc.events
        .iter()
        .any(|e| e.code.starts_with(prefix) && country(&e.source_actor) == source && country(&e.target_actor) == target)
}

/// As `between`, for an event that is not negated.
pub fn between_not_negated(doc: &Document, prefix: &str, source: &str, target: &str) -> bool {
    doc.events.iter().any(|e| {
        !e.negated
            && e.code.starts_with(prefix)
            && country(&e.source_actor) == source
            && country(&e.target_actor) == target
    })
}
