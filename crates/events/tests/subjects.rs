//! Whose deed a verb is when its clause has no named actor: what a verb
//! after ", and" inherits from the sentence's subject and what it does
//! not. The sentences are invented for these tests.

mod common;

use common::{country, event_on, listing, run};

#[test]
fn a_verb_after_comma_and_inherits_the_subject_only_past_adverbs() {
    for text in [
        "Poland condemned the strike on Monday, and called on Russia to pay compensation.",
        "Poland condemned the strike on Monday, and then called on Russia to pay compensation.",
        "Poland condemned the strike on Monday, and has repeatedly called on Russia to pay compensation.",
    ] {
        let doc = run(text);
        assert_eq!(country(&event_on(&doc, "called").source_actor), "POL", "{text}: {}", listing(&doc));
    }
}

#[test]
fn a_verb_after_comma_and_with_a_subject_of_its_own_does_not_inherit() {
    // the forecasters, not Jamaica, warned
    let doc = run(
        "The storm struck Jamaica's southern coast early on Thursday, and forecasters warned it could strengthen before reaching Cuba.",
    );
    assert!(doc.events.iter().all(|e| !e.code.starts_with("13")), "{}", listing(&doc));
}

#[test]
fn a_possessive_after_comma_and_is_of_the_sentences_subject() {
    let doc = run(
        "Chile's president expressed sympathy with Peru on Friday after the quake killed dozens near Arequipa, and his government flew two cargo planes of tents and blankets to Lima the same night.",
    );
    let e = event_on(&doc, "flew");
    assert_eq!((country(&e.source_actor), country(&e.target_actor)), ("CHL", "PER"), "{}", listing(&doc));
}
