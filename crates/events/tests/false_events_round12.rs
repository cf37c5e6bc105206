//! False events found on a gold set opened for development in the
//! twenty-fourth session: a deed a speech verb's pattern read inside the
//! "that" clause it reports, and the terms of a pact told in an "under
//! which … will" clause; volleyball, sailing and cookery contests told
//! with words of war. The sentences are invented.

mod common;

use common::{listing, run};

#[test]
fn a_speech_verb_is_not_the_deed_its_that_clause_reports() {
    let doc = run("Riot police fired tear gas at students in Harare on Monday, and a police spokesman told \
         journalists that 25 people had been arrested.");
    let told: Vec<_> = doc.events.iter().filter(|e| e.trigger.slice(&doc.text) == "told").collect();
    assert!(told.is_empty(), "{}", listing(&doc));
    // the arrest itself is still coded, as the spokesman's report
    let arrest = doc.events.iter().find(|e| e.trigger.slice(&doc.text) == "arrested");
    assert!(arrest.is_some_and(|e| e.code.starts_with("17")), "{}", listing(&doc));
}

#[test]
fn the_terms_of_a_pact_are_not_deeds_of_their_own() {
    let doc = run("New Zealand and Fiji signed a defence agreement in Suva on Thursday under which New Zealand \
         soldiers will help train Fiji's military.");
    assert!(doc.events.iter().any(|e| e.code.starts_with("057")), "{}", listing(&doc));
    for word in ["help", "train"] {
        assert!(doc.events.iter().all(|e| e.trigger.slice(&doc.text) != word), "{word}: {}", listing(&doc));
    }
}

#[test]
fn contests_told_with_words_of_war_are_no_events() {
    for text in [
        "Serbia smashed and blocked its way past Italy in three sets in Belgrade on Sunday, with outside hitter \
         Marko Ilic firing 19 kills.",
        "Spain's crew protested France after a collision at the second mark, but the umpires threw out the \
         complaint and the French helmsman sailed on to a crushing win.",
        "Peruvian chefs were all but slaughtered by Chile in the first round of a culinary contest in Santiago, \
         as the judges savaged their dessert.",
    ] {
        let doc = run(text);
        assert!(doc.events.is_empty(), "{text}: {}", listing(&doc));
    }
}
