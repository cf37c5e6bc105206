//! Trailing reports on invented sentences: a clause, a comma, then its
//! speaker and a reporting verb, perhaps with a frame after the verb ("on
//! Tuesday", "in a joint statement", "on Telegram"). The clause before the
//! comma is the content and the phrase after it the source, whatever the
//! verb, however the speaker is named (an organisation, "the ministers",
//! "officials", a capital, a possessive name, a list of them).

use dossier_model::Document;

mod common;
use common::{chain_lines as chains, doc, source_lines as lines};

/// Asserts one attribution with this cue, source and content.
fn has(d: &Document, source: &str, cue: &str, content: &str) {
    let want = format!("{source} | {cue} | {content}");
    assert!(lines(d).contains(&want), "want {want:?} in {:#?}", lines(d));
}

/// Every sentence is one trailing report, seen alone.
fn check(cases: &[(&str, &str, &str, &str)]) {
    for (text, source, cue, content) in cases {
        let d = doc(text);
        has(&d, source, cue, content);
    }
}

#[test]
fn a_named_or_group_speaker_after_the_comma_holds_the_clause_before_it() {
    check(&[
        (
            "Troops shelled two villages overnight, the Azerbaijani defence ministry announced.",
            "the Azerbaijani defence ministry",
            "announced",
            "Troops shelled two villages overnight",
        ),
        (
            "The two states will hold joint naval drills next month, the ministers said in a joint statement.",
            "the ministers",
            "said",
            "The two states will hold joint naval drills next month",
        ),
        (
            "Russian forces struck a fuel depot near Kharkiv, Kyiv's military intelligence agency reported on Telegram.",
            "Kyiv's military intelligence agency",
            "reported",
            "Russian forces struck a fuel depot near Kharkiv",
        ),
        (
            "The convoy crossed the border at dawn, officials said on Tuesday.",
            "officials",
            "said",
            "The convoy crossed the border at dawn",
        ),
        (
            "The embassy will close next week, Moscow announced.",
            "Moscow",
            "announced",
            "The embassy will close next week",
        ),
        (
            "The talks will resume in March, Turkey's foreign ministry stated.",
            "Turkey's foreign ministry",
            "stated",
            "The talks will resume in March",
        ),
        (
            "Rebels seized the airport, the government claimed in a statement.",
            "the government",
            "claimed",
            "Rebels seized the airport",
        ),
        (
            "The attack killed four soldiers, the army confirmed.",
            "the army",
            "confirmed",
            "The attack killed four soldiers",
        ),
        (
            "Soldiers fired on the marchers, the opposition alleged.",
            "the opposition",
            "alleged",
            "Soldiers fired on the marchers",
        ),
        (
            "Troops shelled two villages overnight, killing three civilians, the Azerbaijani defence ministry said on Tuesday in a statement.",
            "the Azerbaijani defence ministry",
            "said",
            "Troops shelled two villages overnight, killing three civilians",
        ),
    ]);
}

#[test]
fn a_speaker_joined_by_and_is_one_source() {
    // The speaker is a coordination ("Finnish and Estonian officials",
    // "Ankara and Baghdad", "the ministers of defence of Poland and
    // Lithuania"): the source runs back to the comma, not to "and", and a
    // frame after the verb is no content.
    check(&[
        (
            "Saboteurs cut two undersea cables, Finnish and Estonian officials alleged on Wednesday.",
            "Finnish and Estonian officials",
            "alleged",
            "Saboteurs cut two undersea cables",
        ),
        (
            "The talks collapsed after two hours, officials in Paris and Berlin confirmed.",
            "officials in Paris and Berlin",
            "confirmed",
            "The talks collapsed after two hours",
        ),
        (
            "The deal will be signed next week, Ankara and Baghdad confirmed.",
            "Ankara and Baghdad",
            "confirmed",
            "The deal will be signed next week",
        ),
        (
            "The shipment arrived in Gdansk on Monday, the ministers of defence of Poland and Lithuania said in a joint statement.",
            "the ministers of defence of Poland and Lithuania",
            "said",
            "The shipment arrived in Gdansk on Monday",
        ),
        (
            "The navy seized a cargo ship near the strait, the foreign and defence ministries said in a joint statement issued after the talks.",
            "the foreign and defence ministries",
            "said",
            "The navy seized a cargo ship near the strait",
        ),
        (
            "Coast guard ships blocked a supply boat near the reef, Manila and Tokyo said in a joint statement.",
            "Manila and Tokyo",
            "said",
            "Coast guard ships blocked a supply boat near the reef",
        ),
        (
            "Hackers targeted the energy grid, Poland's deputy prime minister and digital affairs minister said.",
            "Poland's deputy prime minister and digital affairs minister",
            "said",
            "Hackers targeted the energy grid",
        ),
    ]);
}

#[test]
fn a_listed_speaker_is_not_split_at_its_commas() {
    check(&[(
        "The drills ended on Friday, Norway, Sweden and Finland said in a joint statement.",
        "Norway, Sweden and Finland",
        "said",
        "The drills ended on Friday",
    )]);
    // A list at the start of the sentence is the subject, not a report.
    let d = doc("Norway, Sweden and Finland said on Friday.");
    assert!(!lines(&d).iter().any(|l| l.ends_with("| Norway")), "{:#?}", lines(&d));
}

#[test]
fn a_clause_with_its_own_verb_before_and_is_no_speaker() {
    // ", and the villagers fled" is a clause: only "officials" speak.
    let d = doc("The army shelled the town, and the villagers fled, officials said.");
    has(&d, "officials", "said", "The army shelled the town, and the villagers fled");
}

#[test]
fn the_content_does_not_run_back_into_the_sentence_before() {
    let d = doc("Thousands rallied outside parliament on Sunday night against a bill on \"foreign agents\". \
         Police detained 37 protesters, the interior ministry said on Monday.");
    has(&d, "the interior ministry", "said", "Police detained 37 protesters");
    let d = doc("Jets struck a site near the river that the army said was an arms depot. \
         The militia fired a salvo of rockets at the border hours later, the group said in a statement.");
    has(&d, "the group", "said", "The militia fired a salvo of rockets at the border hours later");
}

#[test]
fn a_noun_compound_with_a_cue_word_is_no_saying() {
    // "early warning data", "submarine warning data" name data; the report
    // is the ministries'.
    for (text, source, content) in [
        (
            "Norway, Sweden and Finland have begun exchanging early warning data on drones, \
             the three defence ministries said in a joint statement.",
            "the three defence ministries",
            "Norway, Sweden and Finland have begun exchanging early warning data on drones",
        ),
        (
            "India and Japan have started sharing early warning data on missile launches, \
             the two governments said in a joint statement.",
            "the two governments",
            "India and Japan have started sharing early warning data on missile launches",
        ),
        (
            "Chile and Peru have begun exchanging real-time tsunami warning data with one another, \
             the two navies said in a joint statement.",
            "the two navies",
            "Chile and Peru have begun exchanging real-time tsunami warning data with one another",
        ),
    ] {
        let d = doc(text);
        assert!(!lines(&d).iter().any(|l| l.contains("warning |")), "{:#?}", lines(&d));
        has(&d, source, "said", content);
    }
    // A participle with its object stays a saying.
    let d = doc("Police officers went door to door on Sunday, with officials warning residents to leave.");
    assert!(lines(&d).iter().any(|l| l.contains("| warning |")), "{:#?}", lines(&d));
}

#[test]
fn a_long_trailing_report_the_tagger_misses_is_kept() {
    let d = doc("Armenia and Azerbaijan agreed to pull their troops back from the contested ridge late on Sunday \
         after two days of skirmishes that wounded at least eleven soldiers, Kazakhstan's foreign ministry announced.");
    has(
        &d,
        "Kazakhstan's foreign ministry",
        "announced",
        "Armenia and Azerbaijan agreed to pull their troops back from the contested ridge late on Sunday \
         after two days of skirmishes that wounded at least eleven soldiers",
    );
    let d = doc("Armenia and Azerbaijan agreed to an immediate truce along their disputed frontier late on Sunday \
         after four days of fighting that killed at least 23 soldiers, Kazakhstan's foreign ministry announced.\n\n\
         Serbia and Kosovo agreed to reopen two border crossings on Tuesday, the EU's foreign policy office announced.");
    has(
        &d,
        "Kazakhstan's foreign ministry",
        "announced",
        "Armenia and Azerbaijan agreed to an immediate truce along their disputed frontier late on Sunday \
         after four days of fighting that killed at least 23 soldiers",
    );
    has(
        &d,
        "the EU's foreign policy office",
        "announced",
        "Serbia and Kosovo agreed to reopen two border crossings on Tuesday",
    );
}

#[test]
fn acts_in_a_trailing_report_are_reported_not_asserted() {
    for text in [
        "Russian forces struck a fuel depot near Kharkiv, Kyiv's military intelligence agency reported on Telegram.",
        "Russian forces struck a fuel depot near Kharkiv, officials in Kyiv and Warsaw said in a joint statement.",
    ] {
        let d = doc(text);
        assert!(!d.events.is_empty(), "{text}: {:#?}", chains(&d));
        for e in &d.events {
            assert!(e.attribution.is_some(), "event {:?} asserted: {:#?}", d.slice(e.trigger), chains(&d));
        }
    }
}

#[test]
fn a_speaker_after_a_joined_clause_starts_after_its_conjunction() {
    let d = doc(
        "Georgia and Armenia exchanged 40 detainees each on Sunday in a swap brokered by the United Arab Emirates, \
         and both sides said they were ready for further swaps.",
    );
    has(&d, "both sides", "said", "they were ready for further swaps");
    let d = doc("Russian missiles struck Ukraine's Black Sea ports overnight, \
         and Moldova said debris from one of them fell on its territory.");
    has(&d, "Moldova", "said", "debris from one of them fell on its territory");
}

#[test]
fn a_content_never_runs_over_its_own_frame_unless_set_off_by_punctuation() {
    // The rest of a speaker's phrase, or a word of the clause that holds
    // the saying, is no second part of the content.
    for text in [
        "Kavaland has massed armoured units near its northern frontier, according to officials in Dorvik and radar images studied by analysts.",
        "Fuel prices jumped a day after what Dorvik officials said was a deliberate blockade of the port at Lenmar.",
    ] {
        let d = doc(text);
        for a in &d.attributions {
            if let Some(c) = &a.cue {
                assert!(!a.content.contains(c.span), "{text}: {:?}", lines(&d));
            }
        }
    }
}

#[test]
fn being_about_to_act_is_no_saying() {
    for text in [
        "Harbour security officials are about to reopen the northern pier to fishing boats.",
        "Lenmar border officials are about to restore full customs ties with Dorvik.",
    ] {
        let d = doc(text);
        assert!(
            d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| !d.slice(c.span).contains("about"))),
            "{text}: {:?}",
            lines(&d)
        );
    }
}
