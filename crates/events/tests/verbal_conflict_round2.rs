//! Verbal conflict (CAMEO roots 10–14), second round (twenty-first
//! session): accusations put as a participle after the main act, and
//! verdicts on a deed whose doer the sentence names earlier. Every sentence
//! is invented.

mod common;

use common::{between, listing, run};

#[test]
fn accusation_after_a_complaint_to_the_same_state_is_a_second_act() {
    let doc =
        run("Estonia filed a complaint against Russia at the UN on Monday, accusing Moscow of jamming GPS signals.");
    assert!(between(&doc, "114", "EST", "RUS"), "{}", listing(&doc));
    assert!(between(&doc, "112", "EST", "RUS"), "{}", listing(&doc));
}

#[test]
fn accusing_participle_after_a_walkout_is_the_walkers_accusation() {
    let doc = run(
        "Lithuania's foreign minister walked out of the meeting with Russia's envoy after ten minutes, accusing Moscow of lying.",
    );
    assert!(between(&doc, "112", "LTU", "RUS"), "{}", listing(&doc));
}

#[test]
fn accusing_participle_is_every_listed_subjects_accusation() {
    let doc = run("Mali, Niger and Chad left the bloc on Monday, accusing ECOWAS of serving France.");
    for state in ["MLI", "NER", "TCD"] {
        assert!(between(&doc, "112", state, "IGO"), "{state}: {}", listing(&doc));
    }
}

#[test]
fn verdict_in_a_relative_clause_with_a_day_between_subject_and_verb_hits_the_doer() {
    let doc = run(
        "Serbia has deployed troops along its border with Kosovo, a build-up that Pristina on Monday denounced as 'a provocation'.",
    );
    assert!(between(&doc, "111", "KSV", "SRB"), "{}", listing(&doc));
}

#[test]
fn verdict_of_listed_states_on_a_threat_is_each_ones_criticism_of_the_threatener() {
    let doc = run(
        "Iran warned on Monday that it would leave the treaty if the bloc restored sanctions, a threat Britain, France and Germany described as 'deeply unhelpful'.",
    );
    for state in ["GBR", "FRA", "DEU"] {
        assert!(between(&doc, "111", state, "IRN"), "{state}: {}", listing(&doc));
    }
}

#[test]
fn verdict_on_a_drill_named_before_that_is_aimed_at_the_drilling_side_not_the_speaker() {
    let doc = run(
        "Japan and the Philippines began a joint naval drill on Monday that Beijing had denounced as a provocation.",
    );
    assert!(between(&doc, "111", "CHN", "PHL") || between(&doc, "111", "CHN", "JPN"), "{}", listing(&doc));
    assert!(!between(&doc, "111", "JPN", "PHL"), "{}", listing(&doc));
}

#[test]
fn promised_mirror_response_threatens_the_state_that_acted() {
    let doc = run("The European Union imposed new sanctions on Belarus on Monday. Minsk promised a mirror response.");
    assert!(between(&doc, "13", "BLR", "EUR"), "{}", listing(&doc));
}

#[test]
fn pledged_retaliation_after_an_expulsion_threatens_the_expelling_state() {
    let doc = run("Poland expelled three Russian diplomats on Monday. Moscow pledged retaliation.");
    assert!(between(&doc, "13", "RUS", "POL"), "{}", listing(&doc));
}

#[test]
fn promised_response_to_a_letter_is_no_threat() {
    let doc = run("Hungary promised a response to the Commission's letter by Friday.");
    assert!(common::no_event_of_root(&doc, "13"), "{}", listing(&doc));
}

#[test]
fn embassy_promising_a_quoted_proportionate_response_threatens_the_expelling_state() {
    let doc = run(
        "Sweden expelled two Russian diplomats on Tuesday. The Russian embassy in Stockholm promised a \"proportionate response\".",
    );
    assert!(between(&doc, "13", "RUS", "SWE"), "{}", listing(&doc));
}
