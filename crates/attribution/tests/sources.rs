//! Source spans of the combined output (tagger and rules) on invented
//! sentences: every source is a speaker's noun phrase, resolved or left
//! empty, never a verb, a participle, a trailing adverb or a piece of a
//! longer name; sayings without a source get no entity named after their cue.

use dossier_attribution::rules::Found;
use dossier_attribution::sources;
use dossier_attribution::text::View;
use dossier_model::{AttributionKind, Document, EntityType, Holder, Metadata, Span, SpeechAct};

mod common;
use common::{chain_lines as chains, doc, source_lines as lines};

fn source_of(d: &Document, cue: &str) -> Option<String> {
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == cue))
        .unwrap_or_else(|| panic!("no attribution with cue {cue:?}: {:?}", lines(d)));
    a.source.as_ref().map(|s| d.slice(s.span).to_string())
}

fn holder_of(d: &Document, cue: &str) -> String {
    let a = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == cue)).unwrap();
    let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).unwrap();
    match &c.holder {
        Holder::Entity(id) => d.entity(id).unwrap().name.clone(),
        other => format!("{other:?}"),
    }
}

/// Names of the entities this stage made for unnamed sources.
fn unnamed(d: &Document) -> Vec<String> {
    d.entities.iter().filter(|e| dossier_attribution::resolve::is_unnamed_source(e)).map(|e| e.name.clone()).collect()
}

#[test]
fn a_participial_cue_takes_the_main_clause_subject() {
    let d = doc(
        "The Latvian government expelled two Belarusian attachés on Friday, accusing them of spying on a naval base.",
    );
    if d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "accusing")) {
        assert_eq!(source_of(&d, "accusing").as_deref(), Some("The Latvian government"), "{:?}", lines(&d));
    }
    assert!(!unnamed(&d).iter().any(|n| n == "accusing"), "{:?}", unnamed(&d));
}

#[test]
fn a_fronted_question_is_not_the_answerer_s_saying() {
    // "Asked whether …, she said …": whoever asked is not named; the one
    // who answers did not say what the question asks.
    let d = doc("Harbour director Ilse Marttila met reporters on Monday. \
         Asked whether the port would reopen before winter, she said the decision rested with the board.");
    if d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "Asked")) {
        assert_eq!(source_of(&d, "Asked"), None, "{:?}", lines(&d));
        assert_ne!(holder_of(&d, "Asked"), "Ilse Marttila");
    }
    assert_eq!(holder_of(&d, "said"), "Ilse Marttila");
    assert!(!unnamed(&d).iter().any(|n| n == "Asked"), "{:?}", unnamed(&d));
}

#[test]
fn a_coordinated_verb_keeps_the_first_speaker() {
    let d = doc(
        "Senator Ana Pereira said the ministry had ignored the engineers, and warned that the dam could fail within a year.",
    );
    assert_eq!(source_of(&d, "said").as_deref(), Some("Senator Ana Pereira"), "{:?}", lines(&d));
    assert_eq!(source_of(&d, "warned").as_deref(), Some("Senator Ana Pereira"), "{:?}", lines(&d));
}

#[test]
fn plural_they_is_the_last_plural_unnamed_speaker() {
    let d = doc("Two engineers familiar with the inspection said the cracks in the hull were new. \
         The damage was worse than the owners had reported, they said.");
    let they = d
        .attributions
        .iter()
        .find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span) == "they"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(they.id.as_str())).unwrap();
    let Holder::Entity(id) = &c.holder else { panic!("{:?}", c.holder) };
    assert_eq!(d.entity(id).unwrap().name, "Two engineers familiar with the inspection");
    assert!(!unnamed(&d).iter().any(|n| n == "they"), "{:?}", unnamed(&d));
}

#[test]
fn a_subject_before_a_relative_clause_is_found() {
    let d = doc("The Dutch navy, which has two frigates in the region, condemned the boarding of the ferry.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "condemned")) {
        assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("The Dutch navy"), "{:?}", lines(&d));
    }
}

#[test]
fn sayings_without_a_source_share_one_unknown_holder() {
    let d = doc("About 30,000 households were told to boil their water for three days. \
         Accusations that the operator ignored the alarms have surfaced in two newspapers.");
    for e in &d.entities {
        if e.ty == EntityType::Misc {
            let name = e.name.to_lowercase();
            assert!(!matches!(name.as_str(), "were told" | "accusations" | "told"), "{:?}", e.name);
        }
    }
    let unknown: Vec<_> = d.entities.iter().filter(|e| e.name == "unknown source").collect();
    assert!(unknown.len() <= 1);
    if let Some(e) = unknown.first() {
        assert!(e.mentions.is_empty());
        // Running the stage again replaces it rather than adding another.
        let mut again = d.clone();
        dossier_attribution::annotate(&mut again);
        assert_eq!(again.entities.iter().filter(|e| e.name == "unknown source").count(), 1);
        assert_eq!(again.entities.len(), d.entities.len());
    }
}

/// A found attribution with the given source and cue text, for the pass alone.
fn found(d: &Document, source: Option<&str>, cue: &str, content: &str) -> Found {
    let at = |s: &str| {
        let i = d.text.find(s).unwrap_or_else(|| panic!("{s:?} not in text"));
        Span::new(i, i + s.len())
    };
    Found {
        kind: AttributionKind::Indirect,
        source: source.map(at),
        cue: Some(at(cue)),
        lemma: cue.to_string(),
        content: at(content),
        act: SpeechAct::Assert,
        negated: false,
        forced_parent: None,
        continued_from: None,
        witness: false,
    }
}

fn cleaned(d: &Document, mut f: Vec<Found>) -> Vec<(Option<String>, String, String)> {
    // The entities and mentions the stage made are gone when it runs again.
    let mut d = d.clone();
    d.entities.retain(|e| {
        !dossier_attribution::resolve::is_unnamed_source(e) && !dossier_attribution::resolve::is_source_group(e)
    });
    for e in &mut d.entities {
        e.mentions.retain(|m| m.rule.as_deref() != Some(dossier_attribution::resolve::SPEAKER_RULE));
    }
    let d = &d;
    let view = View::new(d);
    sources::clean(&view, &mut f);
    f.iter()
        .map(|f| {
            (
                f.source.map(|s| d.slice(s).to_string()),
                f.cue.map_or(String::new(), |c| d.slice(c).to_string()),
                d.slice(f.content).to_string(),
            )
        })
        .collect()
}

#[test]
fn the_unknown_holder_is_no_antecedent_of_the_source() {
    let d = doc("Accusations that the operator ignored the alarms have surfaced in two newspapers. \
         A source in the ministry said the alarms had been switched off. \
         The source said the operator knew.");
    for c in &d.claims {
        if let Holder::Entity(id) = &c.holder
            && d.slice(c.span).contains("operator knew")
        {
            assert_ne!(d.entity(id).unwrap().name, "unknown source");
        }
    }
    for e in d.entities.iter().filter(|e| e.name == "unknown source") {
        assert!(e.mentions.is_empty(), "{:?}", e.mentions);
    }
}

#[test]
fn trailing_adverbs_and_conjunctions_leave_the_source() {
    let d = doc(
        "Norwegian officials later described the wreckage to reporters. His report, widely shared, blamed the crew.",
    );
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("Norwegian officials later"), "described", "the wreckage to reporters"),
            found(&d, Some("His report, widely"), "blamed", "the crew"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("Norwegian officials"));
    assert_eq!(out[1].0.as_deref(), Some("His report"));
}

#[test]
fn the_next_clause_and_a_bare_demonym_are_repaired() {
    let d = doc("According to two officials present at the meeting, he warned that the budget would be cut. \
         Separate footage, said by Ukrainian officials to show the port, was released on Monday.");
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("two officials present at the meeting, he"), "According to", "he warned"),
            found(&d, Some("Ukrainian"), "said", "to show the port"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("two officials present at the meeting"));
    if d.entities.iter().any(|e| e.mentions.iter().any(|m| d.slice(m.span) == "Ukrainian")) {
        assert_eq!(out[1].0.as_deref(), Some("Ukrainian officials"));
    }
}

#[test]
fn a_piece_of_a_longer_name_becomes_the_name() {
    let d =
        doc("Norway is a member of the North Atlantic Treaty Organization (NATO), and the council calls for a review.");
    let has_mention = d
        .entities
        .iter()
        .any(|e| e.mentions.iter().any(|m| d.slice(m.span).starts_with("North Atlantic Treaty Organization")));
    let out =
        cleaned(&d, vec![found(&d, Some("Atlantic Treaty Organization (NATO), and the"), "calls", "for a review")]);
    if has_mention {
        assert_eq!(out[0].0.as_deref(), Some("North Atlantic Treaty Organization (NATO)"));
    } else {
        assert_eq!(out[0].0.as_deref(), Some("Atlantic Treaty Organization (NATO)"));
    }
}

#[test]
fn verbs_and_participles_are_no_sources() {
    let d = doc("The board met on Tuesday. Asked about the merger, the chairman declined to comment.");
    let out = cleaned(&d, vec![found(&d, Some("Asked"), "declined", "to comment")]);
    assert_ne!(out[0].0.as_deref(), Some("Asked"));
}

#[test]
fn a_bare_noun_takes_back_its_determiner_and_the_cue_gives_back_its_noun() {
    let d = doc(
        "Two boats joined what the agency called a coordinated manoeuvre. The BIS statement referred to bank records.",
    );
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("agency"), "called", "a coordinated manoeuvre"),
            found(&d, None, "statement referred to", "bank records"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("the agency"));
    assert_eq!(out[1].0.as_deref(), Some("The BIS statement"));
    assert_eq!(out[1].1, "referred to");
}

#[test]
fn a_finite_cue_without_a_source_takes_the_subject_before_it() {
    let d = doc(
        "Ankara has proposed a 30-day halt to attacks on ports. About 30,000 households were told to stay indoors.",
    );
    let out = cleaned(
        &d,
        vec![
            found(&d, None, "has proposed", "a 30-day halt to attacks on ports"),
            found(&d, None, "were told", "to stay indoors"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("Ankara"));
    // A passive cue's subject was told, it did not tell.
    assert_eq!(out[1].0, None);
}

#[test]
fn a_content_is_not_cut_inside_a_date() {
    let d = doc("The government ordered the attachés to leave the country within 72 hours on Wednesday.");
    if d.timexes.iter().any(|t| d.slice(t.span) == "72 hours") {
        let out = cleaned(
            &d,
            vec![found(&d, Some("The government"), "ordered", "the attachés to leave the country within 72")],
        );
        assert!(out[0].2.ends_with("within 72 hours"), "{:?}", out[0].2);
    }
}

#[test]
fn relative_pronoun_sources_are_held_by_their_antecedent() {
    let d = doc(
        "The vote was delayed. A senior official, who spoke on condition of anonymity, said the count would resume.",
    );
    for a in &d.attributions {
        let Some(s) = &a.source else { continue };
        if d.slice(s.span).eq_ignore_ascii_case("who") {
            let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).unwrap();
            let Holder::Entity(id) = &c.holder else { panic!() };
            assert_eq!(d.entity(id).unwrap().name, "A senior official");
        }
    }
    assert!(!unnamed(&d).iter().any(|n| n.eq_ignore_ascii_case("who")), "{:?}", unnamed(&d));
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    for text in ["", "said.", ", accusing", "Asked whether", "and warned that", "\u{201c}\u{201d} they said"] {
        let d = doc(text);
        let _ = cleaned(&d, Vec::new());
    }
}

/// A found attribution whose content is an empty span right after `after`.
fn found_empty(d: &Document, source: &str, cue: &str, after: &str) -> Found {
    let mut f = found(d, Some(source), cue, source);
    let end = d.text.find(after).unwrap() + after.len();
    f.content = Span::new(end, end);
    f
}

#[test]
fn a_content_cut_after_an_article_runs_on_to_its_frame() {
    let d = doc("Oslo has proposed a 60-day pause in drilling near the median line, a Norwegian diplomat said. \
         The envoys should remember that, and decide soon.");
    let mut cut = found(&d, Some("Oslo"), "has proposed", "Oslo");
    let a = d.text.find("proposed a").unwrap() + "proposed ".len();
    cut.content = Span::new(a, a + 1);
    let out = cleaned(
        &d,
        vec![
            cut,
            found(&d, Some("a Norwegian diplomat"), "said", "Oslo has proposed a 60-day pause"),
            found(&d, Some("The envoys"), "remember", "that"),
        ],
    );
    assert_eq!(out[0].2, "a 60-day pause in drilling near the median line", "{out:?}");
    // Not cut: nothing to add.
    assert_eq!(out[1].2, "Oslo has proposed a 60-day pause");
    // A demonstrative before a comma is not run on; as the whole content
    // of a verb outside the cue lexicon it is no saying at all.
    assert_eq!(out.len(), 2, "{out:?}");
}

#[test]
fn an_empty_content_takes_the_quote_after_a_colon_or_goes() {
    let d = doc("The governor added: \"We will not pay for their mistakes.\" Nobody seems reassured.");
    let out = cleaned(
        &d,
        vec![
            found_empty(&d, "The governor", "added:", "added:"),
            found_empty(&d, "Nobody", "seems reassured", "seems reassured"),
        ],
    );
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(out[0].2.contains("We will not pay for their mistakes"), "{out:?}");
}

#[test]
fn a_source_ending_a_list_of_names_takes_the_whole_list() {
    let d = doc("Warsaw and Bucharest have both signalled that they would back the plan. \
         On Monday, Oslo, Helsinki and Tallinn said the cable was cut. \
         Talks between Kyiv and Moscow said nothing new, Lukas Berg wrote. \
         The Kremlin and Minsk said the deal held.");
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("Bucharest"), "have both signalled", "that they would back the plan"),
            found(&d, Some("Tallinn"), "said", "the cable was cut"),
            found(&d, Some("Moscow"), "said nothing new", "said nothing new"),
            found(&d, Some("Minsk"), "said the deal", "the deal held"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("Warsaw and Bucharest"), "{out:?}");
    assert_eq!(out[1].0.as_deref(), Some("Oslo, Helsinki and Tallinn"), "{out:?}");
    // A list inside a prepositional phrase lends no speaker.
    assert_eq!(out[2].0.as_deref(), Some("Moscow"), "{out:?}");
    assert_eq!(out[3].0.as_deref(), Some("The Kremlin and Minsk"), "{out:?}");
}

#[test]
fn modifiers_and_places_are_no_sayings() {
    let d = doc("Pictures sent to the newsroom show a deep hole and scorched timber with painted numbers. \
         Dockers in Gdynia lifted dented plates from the hold. \
         Rahel Tesfaye, a trader whose lorries stop at Djibouti, says fuel prices have doubled. \
         Voters going to the polls next Sunday will notice that, and choose accordingly. \
         Her photograph, briefly posted online, shows a column of smoke. \
         An aide, who spoke on condition of anonymity, said the vote was postponed.");
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("Pictures"), "scorched", "timber with painted numbers"),
            found(&d, None, "dented", "plates from the hold"),
            found(&d, Some("trader whose lorries"), "stop", "at Djibouti"),
            found(&d, Some("Rahel Tesfaye"), "says", "fuel prices have doubled"),
            found(&d, Some("Voters going to the polls next Sunday"), "notice", "that"),
            found(&d, Some("Her photograph"), "posted", "a column of smoke"),
            found(&d, Some("An aide, who"), "spoke on", "condition of anonymity, said the vote was postponed"),
            found(&d, Some("An aide"), "said", "the vote was postponed"),
        ],
    );
    let cues: Vec<&str> = out.iter().map(|o| o.1.as_str()).collect();
    assert_eq!(cues, ["says", "said"], "{out:?}");
}

#[test]
fn sayings_with_a_bare_noun_content_are_kept() {
    let d = doc("The ministry denied involvement. The rebels, cornered near the border, rejected talks. \
         She said that, and left.");
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("The ministry"), "denied", "involvement"),
            found(&d, Some("The rebels"), "rejected", "talks"),
            found(&d, Some("She"), "said", "that"),
        ],
    );
    let cues: Vec<&str> = out.iter().map(|o| o.1.as_str()).collect();
    assert_eq!(cues, ["denied", "rejected", "said"], "{out:?}");
}

#[test]
fn a_content_holding_its_own_cue_starts_after_it() {
    let d = doc(
        "The audit lists customs forms and \"emails between the brokers,\" which the agency said it had seized in a raid.",
    );
    let out = cleaned(
        &d,
        vec![found(
            &d,
            Some("the agency"),
            "said",
            "customs forms and \"emails between the brokers,\" which the agency said it had seized in a raid",
        )],
    );
    assert_eq!(out[0].2, "it had seized in a raid", "{out:?}");
}

#[test]
fn a_content_running_back_into_the_paragraph_before_starts_after_its_cue() {
    let d = doc("The board will meet at noon.\n\nTwo engineers said the valve had failed twice.");
    let out = cleaned(
        &d,
        vec![found(&d, Some("Two engineers"), "said", "at noon.\n\nTwo engineers said the valve had failed twice")],
    );
    assert_eq!(out[0].2, "the valve had failed twice", "{out:?}");
}

#[test]
fn a_cueless_content_in_another_paragraph_is_not_the_last_speakers() {
    let d = doc(
        "The mayor said the bridge was safe.\n\nInspectors found cracked bearings and rusted cables under the deck.",
    );
    let mut stray = found(&d, None, "mayor", "cracked bearings and rusted cables under the deck");
    stray.cue = None;
    stray.continued_from = Some(0);
    stray.source = Some(Span::new(4, 9));
    let out = cleaned(&d, vec![found(&d, Some("The mayor"), "said", "the bridge was safe"), stray]);
    assert_eq!(out[0].0.as_deref(), Some("The mayor"), "{out:?}");
    assert_eq!(out[1].0, None, "{out:?}");
}

#[test]
fn a_cueless_content_from_the_middle_of_a_later_sentence_is_not_the_last_speakers() {
    let d =
        doc("The airline has not confirmed the fault. A report filed by the German regulator lists two engine fires.");
    let mut stray = found(&d, None, "airline", "lists two engine fires");
    stray.cue = None;
    stray.continued_from = Some(0);
    stray.source = Some(Span::new(4, 11));
    let out = cleaned(&d, vec![found(&d, Some("The airline"), "has not confirmed", "the fault"), stray]);
    assert_eq!(out[1].0, None, "{out:?}");
    evidence_that_shows_is_no_saying(&d.text);
}

/// What an item of evidence shows ("a video filed by the [German regulator
/// shows …]") is a piece of the author's sentence and goes.
fn evidence_that_shows_is_no_saying(report_text: &str) {
    let d = doc(&report_text.replace("a report", "a video").replace("A report", "A video").replace("lists", "shows"));
    let mut broken = found(&d, None, "airline", "German regulator shows two engine fires");
    broken.cue = None;
    broken.continued_from = Some(0);
    let out = cleaned(&d, vec![found(&d, Some("The airline"), "has not confirmed", "the fault"), broken]);
    assert_eq!(out.len(), 1, "{out:?}");
}

#[test]
fn a_passive_hedge_without_a_source_is_no_saying() {
    let d = doc("Prices are expected to rise in spring, a trader said.");
    let out = cleaned(
        &d,
        vec![
            found(&d, None, "expected", "Prices are"),
            found(&d, Some("a trader"), "said", "Prices are expected to rise in spring"),
        ],
    );
    let cues: Vec<&str> = out.iter().map(|o| o.1.as_str()).collect();
    assert_eq!(cues, ["said"], "{out:?}");
}

#[test]
fn a_cueless_content_later_in_the_same_sentence_is_not_the_last_speakers() {
    let d = doc(
        "The airline has not confirmed the fault, but a report filed by the German regulator lists two engine fires.",
    );
    let mut stray = found(&d, None, "airline", "lists two engine fires");
    stray.cue = None;
    stray.continued_from = Some(0);
    stray.source = Some(Span::new(4, 11));
    let out = cleaned(&d, vec![found(&d, Some("The airline"), "has not confirmed", "the fault"), stray]);
    assert_eq!(out[1].0, None, "{out:?}");
    evidence_that_shows_is_no_saying(&d.text);
}

#[test]
fn a_dateline_is_not_part_of_the_content() {
    let d =
        doc("OSLO, March 3 (Nordic Wire) \u{2013} Two trawlers collided off Tromsø on Monday, the coast guard said.");
    let out = cleaned(
        &d,
        vec![found(
            &d,
            Some("the coast guard"),
            "said",
            "OSLO, March 3 (Nordic Wire) \u{2013} Two trawlers collided off Tromsø on Monday",
        )],
    );
    assert_eq!(out[0].2, "Two trawlers collided off Tromsø on Monday", "{out:?}");
}

#[test]
fn a_noun_cue_with_a_function_word_content_does_not_take_the_sentence() {
    let d = doc("Ethiopia's decision to fill the dam drew an angry protest from Egypt.");
    let mut f = found(&d, Some("Ethiopia's"), "decision", "Ethiopia's");
    let at = d.text.find("decision to").unwrap() + "decision ".len();
    f.content = Span::new(at, at + 2);
    let out = cleaned(&d, vec![f]);
    assert!(out.iter().all(|(_, _, c)| !c.contains("protest")), "{out:?}");
}

#[test]
fn a_clause_between_commas_before_an_inverted_cue_is_content_not_an_apposition() {
    let text = "For some households, the losses would outstrip the gains, said Batchelder.";
    for use_model in [false, true] {
        let mut d = Document::new(text.to_string(), Metadata::default());
        dossier_nlp::extract(&mut d);
        dossier_attribution::annotate_with(&mut d, dossier_attribution::Options { use_model, ..Default::default() });
        assert_eq!(source_of(&d, "said").as_deref(), Some("Batchelder"), "{:?}", lines(&d));
        let a = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")).unwrap();
        assert!(d.slice(a.content).starts_with("For some households"), "{:?}", lines(&d));
    }
    // A real apposition still names the speaker.
    let d = doc("Its spokeswoman, Alena Krautsova, said the talks had failed.");
    let s = source_of(&d, "said").unwrap_or_default();
    assert!(s.contains("Alena Krautsova"), "{:?}", lines(&d));
}

#[test]
fn it_before_a_cue_is_its_source() {
    let d = doc(
        "The audit report says the subsidiaries were hidden. It also points out that the penalties for hiding them are small.",
    );
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("points out")))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("It"), "{:?}", lines(&d));
}

#[test]
fn a_content_does_not_open_with_its_own_source() {
    let d =
        doc("Taxes rose again. Said Ellis: \u{201c}I do not get the sense she is the least bit interested.\u{201d}");
    for a in &d.attributions {
        if let Some(s) = &a.source {
            assert!(!a.content.overlaps(s.span), "{:?}", lines(&d));
        }
    }
    assert!(d.attributions.iter().any(|a| d.slice(a.content).contains("least bit interested")), "{:?}", lines(&d));
}

#[test]
fn the_subject_of_a_passive_cue_is_no_speaker() {
    let d = doc(
        "Mr. Quarles was accused of using the money for a condominium in Miami. The minister has been harshly criticized for policies that objectors see as abuses.",
    );
    for a in &d.attributions {
        let cue = a.cue.as_ref().map_or("", |c| d.slice(c.span));
        if cue.contains("accused") || cue.contains("criticized") {
            assert!(a.source.is_none(), "{:?}", lines(&d));
        }
    }
    // A state of mind after "be" is its subject's own.
    let d = doc("Republicans were also incensed that the immunity deals did not require the staffers to testify.");
    for a in &d.attributions {
        if a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("incensed")) {
            assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("Republicans"), "{:?}", lines(&d));
        }
    }
}

#[test]
fn an_adverb_is_no_source() {
    let d =
        doc("Obama's aides were also complimentary, perhaps recognizing that imitation is the best form of flattery.");
    for a in &d.attributions {
        if let Some(s) = &a.source {
            assert_ne!(d.slice(s.span), "perhaps", "{:?}", lines(&d));
        }
    }
}

#[test]
fn a_participial_cue_after_a_clause_without_saying_takes_its_subject() {
    let text = "Hillary Clinton spoke out Tuesday about the death of a man in Tulsa, Oklahoma, arguing that the epidemic of police violence is intolerable.";
    let d = doc(text);
    assert_eq!(source_of(&d, "arguing").as_deref(), Some("Hillary Clinton"), "{:?}", lines(&d));
    let d = doc(
        "In a widely read column the day before the debate, two Democratic speechwriters implored her to bring it back, arguing that it agitated Trump.",
    );
    assert_eq!(source_of(&d, "arguing").as_deref(), Some("two Democratic speechwriters"), "{:?}", lines(&d));
}

#[test]
fn a_participle_after_an_inverted_cue_is_a_saying_of_its_own() {
    let d = doc(
        "Senators grill bank chief\n\n\"Every time you say that, you give ammunition to the critics,\" Tester said, referring to the excuse the bank keeps giving.",
    );
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("referring")))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert!(!d.slice(a.cue.as_ref().unwrap().span).contains("said"), "{:?}", lines(&d));
    assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("Tester"), "{:?}", lines(&d));
    assert!(d.slice(a.content).starts_with("the excuse"), "{:?}", lines(&d));
    assert!(d.attributions.iter().any(|x| d.slice(x.content).contains("ammunition")), "{:?}", lines(&d));
}

#[test]
fn the_agent_of_a_passive_cue_is_its_source() {
    let d = doc("The governor has been endorsed by dozens of papers, including the Arizona Republic. He thanked them.");
    for a in &d.attributions {
        if a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("endorsed")) {
            let s = a.source.as_ref().map(|s| d.slice(s.span)).unwrap_or_default();
            assert!(s.starts_with("dozens of papers"), "{:?}", lines(&d));
        }
    }
}

#[test]
fn a_relative_pronoun_before_a_cue_is_its_source() {
    let d = doc("The files were leaked to the AP, which first reported that the aides had been granted immunity.");
    for a in &d.attributions {
        if a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("reported")) {
            let s = a.source.as_ref().map(|s| d.slice(s.span)).unwrap_or_default();
            assert!(s == "which" || s.contains("AP"), "{:?}", lines(&d));
        }
    }
}

#[test]
fn words_like_long_and_away_are_no_source() {
    let d = doc(
        "Britain, which has the most powerful military, long blocked any discussion of a joint army. McConnell met with her and came away convinced that reforms were underway.",
    );
    for a in &d.attributions {
        if let Some(s) = &a.source {
            assert!(!matches!(d.slice(s.span), "long" | "away"), "{:?}", lines(&d));
        }
    }
}

#[test]
fn a_subject_after_a_bracket_or_dash_starts_a_clause() {
    let d = doc(
        "Video showed the candidate stumbling to a van (her campaign later disclosed that she had pneumonia) on Sunday.",
    );
    for a in &d.attributions {
        if a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("disclosed")) {
            let s = a.source.as_ref().map(|s| d.slice(s.span)).unwrap_or_default();
            assert_eq!(s, "her campaign", "{:?}", lines(&d));
        }
    }
}

/// Whether any attribution has this cue text.
fn has_cue(d: &Document, cue: &str) -> bool {
    d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == cue))
}

#[test]
fn evidence_that_shows_something_is_no_speaker() {
    // Footage and photographs show; nobody says. The sentence stays the
    // author's claim, which the evidence item supports.
    let d = doc("Footage released by the navy shows a missile striking the stern of the tanker. \
         Pictures taken by a fisherman show a burnt lifeboat and an oil slick.");
    assert!(!has_cue(&d, "shows"), "{:?}", lines(&d));
    assert!(!has_cue(&d, "show"), "{:?}", lines(&d));
    assert!(d.claims.iter().any(|c| c.holder == Holder::Author && d.slice(c.span).contains("a missile striking")));
    // Showing things to reporters is a deed, not a saying.
    let d = doc("Police officers later showed journalists in Varna charred fragments of the rocket.");
    assert!(!has_cue(&d, "showed"), "{:?}", lines(&d));
    // A report that shows a finding is still a source.
    let d = doc("The audit shows that the agency overspent by 40 million euros.");
    if let Some(a) = d.attributions.first() {
        assert!(d.slice(a.content).contains("overspent"), "{:?}", lines(&d));
    }
}

#[test]
fn a_source_drops_the_clause_set_off_after_it() {
    let d = doc("The French envoy, whose staff issued a brief note on Friday, said Paris \"will not bend.\"");
    assert_eq!(source_of(&d, "said").as_deref(), Some("The French envoy"), "{:?}", lines(&d));
    let d = doc("The Italian consul, called to the ministry in Rome on Monday, denied that any staff were involved.");
    assert_eq!(source_of(&d, "denied").as_deref(), Some("The Italian consul"), "{:?}", lines(&d));
    // An apposition that names the speaker stays.
    let d = doc("Its spokeswoman, Marta Silva, said the ferry had been inspected twice.");
    assert_eq!(source_of(&d, "said").as_deref(), Some("Its spokeswoman, Marta Silva"), "{:?}", lines(&d));
}

#[test]
fn plural_nouns_after_a_preposition_or_an_object_verb_are_no_cues() {
    let d = doc("Oslo has suggested a ten-day pause in the fighting, followed by talks on a lasting settlement.");
    assert!(!has_cue(&d, "talks"), "{:?}", lines(&d));
    let d = doc("Latvia is a member of the European Union, and the crash prompted calls in the senate for an inquiry.");
    assert!(!has_cue(&d, "calls"), "{:?}", lines(&d));
    // A verb after its subject is still a cue.
    let d = doc("The mayor calls for calm after the floods.");
    assert!(has_cue(&d, "calls for") || has_cue(&d, "calls"), "{:?}", lines(&d));
}

#[test]
fn a_saying_in_a_reduced_relative_holds_only_its_noun() {
    // "…, a verdict Moscow rejects": Moscow rejects the verdict; the court's
    // finding is not Moscow's saying.
    let d = doc("A court in The Hague ruled in 2019 that the border treaty was void, a verdict Moscow rejects.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "rejects")) {
        assert_eq!(d.slice(a.content), "a verdict", "{:?}", lines(&d));
        assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("Moscow"));
    }
    // An inverted saying whose source has an apposition keeps its content.
    let d = doc("The minister resigned on Friday, the state broadcaster RTV reported.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "reported")) {
        assert!(d.slice(a.content).contains("resigned"), "{:?}", lines(&d));
    }
}

#[test]
fn a_source_after_according_to_ends_before_the_next_clause() {
    let d = doc("Fuel prices have doubled since May, according to a Lisbon trader, and several importers have said \
         they will stop buying.");
    assert_eq!(source_of(&d, "according to").as_deref(), Some("a Lisbon trader"), "{:?}", lines(&d));
}

#[test]
fn a_parenthetical_passive_saying_ends_at_its_comma() {
    let d = doc("Other footage, said by local officials to have been shot from a drone, appears to show a fire.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")) {
        assert!(!d.slice(a.content).contains("appears"), "{:?}", lines(&d));
    }
}

#[test]
fn no_evidence_that_is_no_saying() {
    let d = doc("Officials said the group scanned two other networks, although there is no evidence that \
         those scans succeeded.");
    assert!(!has_cue(&d, "evidence"), "{:?}", lines(&d));
}

#[test]
fn a_second_that_clause_belongs_to_the_same_saying() {
    let d = doc("Mayor Lena Holm said the city had repaired the bridge, and that it was asking the region to pay \
         for the work.");
    let a = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")).unwrap();
    assert!(d.slice(a.content).ends_with("pay for the work"), "{:?}", lines(&d));
}

#[test]
fn a_nominal_subject_s_content_ends_before_the_sentence_verb() {
    let d = doc("Claims that the agency leaked the data to brokers have circulated in Oslo since March.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "Claims")) {
        assert_eq!(d.slice(a.content), "that the agency leaked the data to brokers", "{:?}", lines(&d));
    }
    let d = doc("Similar accusations that the police ignored the warnings have surfaced in two towns.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "accusations")) {
        assert_eq!(d.slice(a.content), "that the police ignored the warnings", "{:?}", lines(&d));
    }
}

#[test]
fn a_quote_in_the_sentence_after_the_clause_is_its_own_continuation() {
    let d = doc(
        "Officials said the bridge would stay shut. \u{201c}The dam is old,\u{201d} said Ana Costa, an engineer in \
         Porto. \u{201c}Nobody has inspected it since 1990.\u{201d}\n\nTwo inspectors said the repairs would take a year.",
    );
    for a in &d.attributions {
        let content = d.slice(a.content);
        assert!(!content.contains("said Ana Costa"), "{:?}", lines(&d));
        assert!(!(content.contains("1990") && content.contains("repairs")), "{:?}", lines(&d));
    }
    if let Some(a) = d.attributions.iter().find(|a| d.slice(a.content).contains("since 1990")) {
        assert_eq!(a.kind, AttributionKind::Direct);
        let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).unwrap();
        let Holder::Entity(id) = &c.holder else { panic!("{:?}", c.holder) };
        assert_eq!(d.entity(id).unwrap().name, "Ana Costa");
    }
}

#[test]
fn a_progressive_cue_is_active_and_takes_its_subject() {
    // "is arguing" is no passive: its subject is the one who argues.
    let d = doc("The city council should be planning for winter. Instead, it is arguing that parking fees must rise.");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("arguing")))
    {
        assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("it"), "{:?}", lines(&d));
    }
}

/// Every attribution whose cue or content contains `needle`.
fn touching<'a>(d: &'a Document, needle: &str) -> Vec<&'a dossier_model::Attribution> {
    d.attributions
        .iter()
        .filter(|a| {
            a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains(needle)) || d.slice(a.content).contains(needle)
        })
        .collect()
}

#[test]
fn a_verb_with_a_compound_object_is_no_saying() {
    // "have offered [rescue | helicopters to help]": a cue outside the
    // lexicon that ends inside the noun phrase its verb takes as object
    // says nothing; the sentence is the author's.
    let d = doc("Norway and Poland have offered rescue helicopters to help.");
    let f = found(&d, Some("Poland"), "have offered rescue", "helicopters to help");
    assert!(cleaned(&d, vec![f]).is_empty());
    // A lexicon verb or a clause keeps its saying.
    let d = doc("Norway and Poland have warned fishing crews to stay in port.");
    let f = found(&d, Some("Norway and Poland"), "have warned", "fishing crews to stay in port");
    assert_eq!(cleaned(&d, vec![f]).len(), 1);
}

#[test]
fn a_content_after_a_preposition_is_no_saying() {
    // "requests for [comment from …]": a cue-less content that opens right
    // after a preposition is a noun phrase, no proposition, whoever spoke
    // before it.
    let d = doc("The carrier said its crew had followed every rule. Harbo Freight did not respond to requests for \
         comment from the Nordic Courier.");
    let first = found(&d, Some("The carrier"), "said", "its crew had followed every rule");
    let mut stray = found(&d, None, "said", "comment from the Nordic Courier");
    stray.cue = None;
    stray.continued_from = Some(0);
    let out = cleaned(&d, vec![first, stray]);
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].2, "its crew had followed every rule");
}

#[test]
fn a_passive_hedge_after_and_does_not_end_the_content() {
    // "and was thought to": the hedge of the same saying, not a new speaker's
    // verb.
    let d = doc("A source close to the club said the striker had met two agents in May and was thought to have \
         signed a contract in June.");
    let a = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")).unwrap();
    assert!(d.slice(a.content).contains("signed a contract"), "{:?}", lines(&d));
}

#[test]
fn a_recommendation_is_no_saying() {
    // "should read that, and decide whether": what the author tells someone
    // to do, not anyone's saying.
    let d = doc("The plan is late again. Regulators meeting next week should read that, and decide whether they want \
         cheap power or clean power.");
    assert!(touching(&d, "decide").is_empty(), "{:?}", lines(&d));
    assert!(touching(&d, "cheap power").is_empty(), "{:?}", lines(&d));
}

#[test]
fn a_relayed_saying_is_a_link_of_its_chain() {
    // Outside a reporting frame a nested saying is dropped (PolNeAR leaves
    // it in the outer content), except where the outer content is an
    // earlier saying relayed whole: a report of it, the past perfect, an
    // organisation's belief.
    let d = doc("The Latvian news site Delfi reported that the ferry operator, Baltic Lines, had said in a \
         statement that its captain \u{201c}followed every procedure\u{201d}.");
    assert!(
        chains(&d).iter().any(|l| l.starts_with("author → Delfi → Baltic Lines") && l.contains("its captain")),
        "{:?}",
        chains(&d)
    );
    let d = doc("A spokesman for the navy said the Dutch government had promised that it would send two \
         minehunters by May.");
    assert!(
        chains(&d).iter().any(|l| l.starts_with("author → A spokesman for the navy → Dutch government | had promised")),
        "{:?}",
        chains(&d)
    );
    let d = doc("Two Estonian officials said the Internal Security Service believes the same hackers may have \
         targeted three ports.");
    assert!(
        chains(&d)
            .iter()
            .any(|l| l.starts_with("author → Two Estonian officials → Internal Security Service | believes")),
        "{:?}",
        chains(&d)
    );
    // The speaker reporting herself stays one saying.
    let d = doc("Anna Berg said she believes the vote will be close.");
    assert!(!chains(&d).iter().any(|l| l.contains("believes |")), "{:?}", chains(&d));
}

#[test]
fn a_verb_coordinated_inside_a_reported_clause_is_its_subject_s() {
    // "said [Mayor Lena Holm had met …] and had promised that …": the
    // auxiliary "had" repeats that of the reported clause, so the promise is
    // the mayor's, reported by the spokesman, not the spokesman's own.
    let d = doc("A spokesman for the council said Mayor Lena Holm had met the striking drivers on Monday and had \
         promised them that the depot would stay open.");
    let l = chains(&d);
    assert!(
        l.iter().any(|l| l.starts_with("author → A spokesman for the council → Lena Holm | had promised")),
        "{l:?}"
    );
    assert!(
        l.iter().any(|l| l.starts_with("author → A spokesman for the council | said |") && l.contains("depot")),
        "{l:?}"
    );
    // A verb group that does not repeat the clause's auxiliary is the
    // speaker's own: "said … had met … and warned that".
    let d = doc("A spokesman for the council said Mayor Lena Holm had met the striking drivers on Monday and \
         warned that the depot could close.");
    let l = chains(&d);
    assert!(!l.iter().any(|l| l.contains("Lena Holm | warned")), "{l:?}");
}

#[test]
fn a_list_of_names_is_held_by_their_group() {
    // Both countries said it: the claim's holder is one group entity whose
    // mention spans the list; each member keeps its own entity.
    let d = doc("Norway and Denmark have both said that they would send ships to the strait.");
    assert_eq!(holder_of(&d, "have both said"), "Norway and Denmark", "{:?}", lines(&d));
    let group = d.entities.iter().find(|e| e.name == "Norway and Denmark").unwrap();
    assert!(dossier_attribution::resolve::is_source_group(group));
    for name in ["Norway", "Denmark"] {
        assert!(d.entities.iter().any(|e| e.name == name && e.ty == EntityType::Gpe), "{name}");
    }
    // Running the stage again gives the same entities.
    let mut again = d.clone();
    dossier_attribution::annotate(&mut again);
    assert_eq!(again.entities, d.entities);
    assert_eq!(again.claims, d.claims);
    // Not a group: one name, or names inside a descriptor.
    let d = doc("Officials in Oslo and Copenhagen said the ships would sail on Monday.");
    assert!(!d.entities.iter().any(dossier_attribution::resolve::is_source_group), "{:?}", lines(&d));
}

#[test]
fn an_accusation_holds_whom_it_accuses_and_ends_before_a_clause_of_time() {
    // "accusing [them of helping to plan] …": the content is whom and what
    // of, as for "accused Finland of …"; the cue's own content (the
    // tagger's or the rules') may start after the words it skipped.
    let d = doc("Oslo expelled two attachés on Friday, accusing them of helping to plan a raid on a fuel depot.");
    let f = found(&d, Some("Oslo"), "accusing", "a raid on a fuel depot");
    let mut f = f;
    f.act = SpeechAct::Accuse;
    let out = cleaned(&d, vec![f]);
    assert_eq!(out[0].2, "them of helping to plan a raid on a fuel depot", "{out:?}");
    // "accused X of Y after prosecutors charged …": the clause of time is
    // the author's, not part of the accusation.
    let d = doc("Norway accused Iran of running a smuggling ring after police arrested four couriers in Bergen.");
    let mut f = found(
        &d,
        Some("Norway"),
        "accused",
        "Iran of running a smuggling ring after police arrested four \
         couriers in Bergen",
    );
    f.act = SpeechAct::Accuse;
    let out = cleaned(&d, vec![f]);
    assert_eq!(out[0].2, "Iran of running a smuggling ring", "{out:?}");
    // A that-clause is left whole.
    let d = doc("Norway accused Iran of lying, saying that it had moved ships after the talks ended.");
    let mut f = found(&d, Some("Norway"), "accused", "Iran of lying");
    f.act = SpeechAct::Accuse;
    assert_eq!(cleaned(&d, vec![f])[0].2, "Iran of lying");
}

#[test]
fn a_pronoun_speaker_shows_its_holder_in_the_chain() {
    let d = doc("The harbour master, summoned to the town hall on Monday, denied that the crane had failed. He told \
         reporters the ship was safe, according to a port official who was present.");
    let l = chains(&d);
    assert!(
        l.iter().any(|l| l.starts_with("author → a port official who was present → The harbour master | told")),
        "{l:?}"
    );
}

#[test]
fn a_span_of_time_is_no_speaker() {
    // "every week of delay tells Moscow …": the author's reading, not a
    // saying by a week.
    let d = doc("Each day of delay tells the smugglers that the border is open.");
    let f = found(&d, Some("Each day of delay"), "tells", "that the border is open");
    assert!(cleaned(&d, vec![f]).is_empty());
    let d = doc("Every month the ministry tells parliament that the budget is safe.");
    let f = found(&d, Some("the ministry"), "tells", "that the budget is safe");
    assert_eq!(cleaned(&d, vec![f]).len(), 1);
}

#[test]
fn a_passive_participle_set_off_by_commas_is_no_saying_and_its_agent_no_speaker() {
    let d = doc("The harbour master, questioned by police on Monday, denied that the crane had failed.");
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("The harbour master"), "questioned", "by police on Monday"),
            found(&d, Some("police"), "denied", "that the crane had failed"),
        ],
    );
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].0.as_deref(), Some("The harbour master"), "{out:?}");
    // Through the whole stage.
    let l = chains(&d);
    assert!(!l.iter().any(|l| l.contains("| questioned |")), "{l:?}");
    assert!(l.iter().any(|l| l.starts_with("author → The harbour master | denied")), "{l:?}");
    // A passive saying with a content of its own stays.
    let d = doc("Separate footage, said by officials to have been filmed by a drone, appears to show a fire.");
    let f = found(&d, None, "said", "to have been filmed by a drone");
    assert_eq!(cleaned(&d, vec![f]).len(), 1);
}

/// The entity a saying's source denotes, by its cue.
fn source_entity<'d>(d: &'d Document, cue: &str) -> Option<&'d dossier_model::Entity> {
    let a = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == cue))?;
    a.source.as_ref()?.entity.as_deref().and_then(|id| d.entity(id))
}

#[test]
fn a_pronoun_resolved_to_an_unnamed_speaker_denotes_its_entity() {
    // "He" after an unnamed speaker is that speaker: the attribution's
    // source entity (JSON, store, `claims --by`, events), not only its
    // claim's holder.
    let mut d =
        doc("The harbour master, summoned to the town hall on Monday, denied that the crane had failed. He told \
         reporters the ship was safe, according to a port official who was present.");
    let e = source_entity(&d, "told").unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(e.name, "The harbour master");
    assert!(dossier_attribution::resolve::is_unnamed_source(e), "{e:?}");
    // Its mentions: the descriptor once, and the pronoun.
    let words: Vec<&str> = e.mentions.iter().map(|m| d.slice(m.span)).collect();
    assert_eq!(words, ["The harbour master", "He"], "{e:?}");
    assert_eq!(holder_of(&d, "told"), "The harbour master");
    // The chain reads from the entity.
    let l = chains(&d);
    assert!(
        l.iter().any(|l| l.starts_with("author → a port official who was present → The harbour master | told")),
        "{l:?}"
    );
    // Running the stage again gives the same layers.
    let before = (d.entities.clone(), d.attributions.clone(), d.claims.clone());
    dossier_attribution::annotate(&mut d);
    assert_eq!(before, (d.entities.clone(), d.attributions.clone(), d.claims.clone()));

    // "they" after a plural unnamed speaker.
    let d = doc("Two inspectors familiar with the inquiry said the pump had been switched off by hand. \
         The valve was also left open, they said.");
    let e = source_entity(&d, "said").map(|e| e.name.clone());
    assert_eq!(e.as_deref(), None, "the descriptor itself keeps no entity");
    let they = d
        .attributions
        .iter()
        .find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span) == "they"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    let id = they.source.as_ref().and_then(|s| s.entity.clone()).unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(d.entity(&id).unwrap().name, "Two inspectors familiar with the inquiry");

    // A pronoun with no speaker before it stays without an entity.
    let d = doc("He told reporters the ship was safe.");
    assert!(source_entity(&d, "told").is_none(), "{:?}", lines(&d));
}

#[test]
fn a_definite_phrase_taking_up_an_unnamed_speaker_denotes_its_entity() {
    let d = doc("A port spokesperson said the quay had been closed overnight. \
         The spokesperson said divers would inspect the hull on Friday.");
    let first = d.attributions.iter().find(|a| d.slice(a.content).starts_with("the quay")).unwrap();
    assert_eq!(first.source.as_ref().and_then(|s| s.entity.clone()), None, "the introducing phrase keeps null");
    let second = d
        .attributions
        .iter()
        .find(|a| d.slice(a.content).starts_with("divers"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    let id = second.source.as_ref().and_then(|s| s.entity.clone()).unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(d.entity(&id).unwrap().name, "A port spokesperson");
    let words: Vec<&str> = d.entity(&id).unwrap().mentions.iter().map(|m| d.slice(m.span)).collect();
    assert_eq!(words, ["A port spokesperson", "The spokesperson"]);
    assert!(
        chains(&d).iter().any(|l| l.starts_with("author → A port spokesperson | said | divers")),
        "{:?}",
        chains(&d)
    );
}

#[test]
fn a_clause_describing_a_trailing_source_is_no_content() {
    // "…, according to X, <apposition or relative clause>": what follows X
    // describes X; the content is the clause before the cue.
    for (text, content) in [
        (
            "Troops demolished three shelters near the village on Monday, according to the border agency, the \
             interior ministry body that oversees crossings.",
            "Troops demolished three shelters near the village on Monday",
        ),
        (
            "Israel reopened two crossings into the enclave on Friday, according to Cogatra, the defence ministry \
             body that oversees supplies.",
            "Israel reopened two crossings into the enclave on Friday",
        ),
        (
            "The convoy was stopped at the bridge, according to Halvorsen, who was there.",
            "The convoy was stopped at the bridge",
        ),
    ] {
        let d = doc(text);
        let l = chains(&d);
        assert_eq!(d.attributions.len(), 1, "{l:?}");
        assert_eq!(d.slice(d.attributions[0].content), content, "{l:?}");
        // No content runs over its own cue.
        for a in &d.attributions {
            assert!(a.cue.as_ref().is_none_or(|c| !a.content.contains(c.span)), "{l:?}");
        }
    }
}

#[test]
fn a_court_that_ruled_that_is_a_source() {
    // A ruling or finding is a saying of the court: "ruled that", also with
    // a time between ("ruled in 2016 that", "ruled on Tuesday that").
    for (text, source, content) in [
        (
            "An arbitration panel ruled that the fishing ban had no legal basis.",
            "An arbitration panel",
            "that the fishing ban had no legal basis",
        ),
        (
            "The Supreme Court ruled on Tuesday that the curfew was unlawful.",
            "The Supreme Court",
            "that the curfew was unlawful",
        ),
        (
            "A tribunal in Geneva ruled in 2019 that the seizure of the tanker breached the treaty.",
            "A tribunal in Geneva",
            "that the seizure of the tanker breached the treaty",
        ),
    ] {
        let d = doc(text);
        let a = d
            .attributions
            .iter()
            .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "ruled"))
            .unwrap_or_else(|| panic!("{text}: {:?}", lines(&d)));
        assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some(source), "{:?}", lines(&d));
        assert_eq!(d.slice(a.content), content, "{:?}", lines(&d));
        assert_eq!(a.speech_act, SpeechAct::Assert);
    }
    // Not a ruling: "ruled out", a passive hedge.
    let d = doc("A second strike cannot be ruled out that early in the season.");
    assert!(!d.attributions.iter().any(|a| a.speech_act == SpeechAct::Assert), "{:?}", lines(&d));
}

#[test]
fn a_passive_saying_set_off_by_commas_says_something_of_the_phrase_before_it() {
    // "X, said by Y to have …": Y said X had …; the content holds X.
    let d =
        doc("Separate footage, said by Norwegian officials to have been filmed by a drone, appears to show a fire.");
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(d.slice(a.content), "Separate footage, said by Norwegian officials to have been filmed by a drone");
    assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("Norwegian officials"));
}

#[test]
fn a_hedge_scopes_over_its_own_clause_of_a_content() {
    // One saying, two clauses with their own hedges: the saying takes its
    // main clause's certainty, and each clause is a claim of its own.
    let d = doc("Engineers say the leak probably started at the valve, but finding the cause is highly unlikely \
         before spring.");
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "say"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(a.certainty.level, dossier_model::CertaintyLevel::Likely);
    let claims: Vec<(&str, dossier_model::CertaintyLevel)> = d
        .claims
        .iter()
        .filter(|c| c.attribution.as_deref() == Some(a.id.as_str()))
        .map(|c| (d.slice(c.span), c.certainty.level))
        .collect();
    assert_eq!(
        claims,
        [
            ("the leak probably started at the valve", dossier_model::CertaintyLevel::Likely),
            ("finding the cause is highly unlikely before spring", dossier_model::CertaintyLevel::VeryUnlikely),
        ]
    );
    // A participle after the comma is no new clause: one claim.
    let d = doc("The harbour master said the quay was probably safe, adding that divers would check it.");
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    assert_eq!(d.claims.iter().filter(|c| c.attribution.as_deref() == Some(a.id.as_str())).count(), 1);
}

#[test]
fn what_a_cited_source_holds_is_reported_through_it() {
    // "…, X said, citing Y": Y is X's source, and a saying inside the
    // content X and Y share is reported through Y.
    let d = doc("The ship's captain told investigators the engine had failed, the coastguard said, citing an \
         interview with the crew.");
    let l = chains(&d);
    assert!(
        l.iter()
            .any(|l| l.starts_with("author → the coastguard → an interview with the crew → The ship's captain | told")),
        "{l:?}"
    );
}

#[test]
fn a_verb_coordinated_with_the_cue_is_no_part_of_a_noun_phrase_content() {
    let d = doc("The agency's report referred to radar logs and witness statements, but did not release them.");
    let l = chains(&d);
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).starts_with("referred")))
        .unwrap_or_else(|| panic!("{l:?}"));
    assert_eq!(d.slice(a.content), "radar logs and witness statements", "{l:?}");
    // A clause content keeps its coordinated verb ("had sunk, and was …").
    let d = doc("The harbour master said the barge had sunk overnight, and was being raised by a crane.");
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said"))
        .unwrap_or_else(|| panic!("{:?}", chains(&d)));
    assert!(d.slice(a.content).ends_with("crane"), "{:?}", chains(&d));
}

#[test]
fn a_comment_on_the_quoted_words_is_the_author_s() {
    for (text, cue, content) in [
        (
            "The mayor insisted that the council \"has never wasted a penny\", which is a bold thing to claim in an \
             election year.",
            "insisted",
            "that the council \"has never wasted a penny\"",
        ),
        (
            "According to two aides, she warned that the port would \"not stay closed for long\", a line that drew \
             cheers from the crowd.",
            "warned",
            "that the port would \"not stay closed for long\"",
        ),
    ] {
        let d = doc(text);
        let a = d
            .attributions
            .iter()
            .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).ends_with(cue)))
            .unwrap_or_else(|| panic!("{:?}", chains(&d)));
        assert_eq!(d.slice(a.content), content, "{:?}", chains(&d));
        for a in &d.attributions {
            assert!(!d.slice(a.content).contains("cheers") && !d.slice(a.content).contains("bold"), "{:?}", chains(&d));
        }
    }
}

#[test]
fn criticising_is_a_saying_of_its_own() {
    // "said … and criticised X for …": two sayings of one speaker.
    let d = doc("In an editorial, the daily Nordposten said the fines were \"far too low\" and criticised the \
         regulator for having waited.");
    let l = chains(&d);
    assert!(l.iter().any(|l| l.ends_with("| said | the fines were \"far too low\"")), "{l:?}");
    assert!(l.iter().any(|l| l.ends_with("| criticised | the regulator for having waited")), "{l:?}");
    let a = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "criticised")).unwrap();
    assert_eq!(a.speech_act, SpeechAct::Accuse);
    assert_eq!(holder_of(&d, "criticised"), "Nordposten");
}

#[test]
fn an_evidence_item_keeps_a_plural_possessive_of_its_complement() {
    let d = doc("Officials showed reporters fragments of the drones' engines near the port.");
    let items: Vec<&str> = d.evidence.iter().map(|e| d.slice(e.span)).collect();
    assert_eq!(items, ["fragments of the drones' engines"]);
}

#[test]
fn a_verb_of_a_material_act_is_no_saying() {
    // Whatever a tagger makes of them, expelling and imposing are deeds the
    // author reports, not ways of saying something.
    let d = doc(
        "The Norwegian government expelled three Moldovan consuls on Thursday, accusing them of bribing a harbour clerk.",
    );
    let f = found(&d, Some("The Norwegian government"), "expelled", "three Moldovan consuls on Thursday");
    assert!(cleaned(&d, vec![f]).is_empty());
    let d = doc("Finland, Iceland and Ireland imposed travel bans on six Georgian judges on Monday.");
    let f = found(&d, Some("Finland, Iceland and Ireland"), "imposed", "travel bans on six Georgian judges");
    assert!(cleaned(&d, vec![f]).is_empty());
    let d = doc("The ombudsman had met the fishermen on Monday and had promised them a hearing.");
    let f = found(&d, Some("The ombudsman"), "had met", "the fishermen on Monday");
    assert!(cleaned(&d, vec![f]).is_empty());
    // A lexicon cue next to such a verb stays a saying.
    let d = doc("The ministry said it had expelled three consuls.");
    let f = found(&d, Some("The ministry"), "said", "it had expelled three consuls");
    assert_eq!(cleaned(&d, vec![f]).len(), 1);
    // In the whole stage, the participle's speaker is the expelling subject.
    let d = doc(
        "The Norwegian government expelled three Moldovan consuls on Thursday, accusing them of bribing a harbour clerk.",
    );
    assert!(
        d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| d.slice(c.span) != "expelled")),
        "{:?}",
        lines(&d)
    );
    if d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "accusing")) {
        let s = source_of(&d, "accusing").unwrap_or_default();
        assert!(s.ends_with("Norwegian government"), "{:?}", lines(&d));
    }
}

#[test]
fn a_passive_cue_after_an_adverb_has_no_speaker_before_it() {
    // "has been | sharply | accused": the form of *be* before the adverb
    // still makes the cue passive.
    let d = doc("The harbour master has been sharply accused of hiding the audit from the council.");
    let f = found(&d, Some("The harbour master has been"), "accused of", "hiding the audit from the council");
    let c = cleaned(&d, vec![f]);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].0, None, "{c:?}");
}

#[test]
fn a_source_inside_the_agent_of_a_passive_cue_is_the_whole_agent() {
    let d = doc("The new treaty has been praised by dozens of regional papers, including the Coastal Herald.");
    let f = found(&d, Some("of regional papers"), "been praised", "including the Coastal Herald");
    let c = cleaned(&d, vec![f]);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].0.as_deref(), Some("dozens of regional papers"), "{c:?}");
}

#[test]
fn a_noun_phrase_after_a_preposition_is_no_content() {
    let d = doc("The shipping firm did not respond to requests for comment from this newspaper.");
    let f = found(&d, Some("The shipping firm"), "not respond to requests", "comment from this newspaper");
    assert!(cleaned(&d, vec![f]).is_empty());
    // A clause after the preposition is still what was said.
    let d = doc("The firm pushed back on claims that its crew had cut the cable.");
    let f = found(&d, Some("The firm"), "pushed back", "on claims that its crew had cut the cable");
    assert_eq!(cleaned(&d, vec![f]).len(), 1);
}

#[test]
fn a_participle_set_off_by_commas_says_nothing_of_the_quote_before_it() {
    let d = doc(
        "\"The roof simply fell in,\" said Marta Olsen. \"My son filmed it.\" Her clip, widely viewed online, shows the collapse.",
    );
    let f = found(&d, None, "viewed", "\"My son filmed it.\"");
    assert!(cleaned(&d, vec![f]).is_empty());
}

#[test]
fn a_participle_before_a_noun_and_its_complement_is_no_saying() {
    let d = doc("Police later showed journalists in Varna charred pieces of the drone's wing and a broken camera.");
    let f = found(&d, None, "charred", "of the drone's wing and a broken camera");
    assert!(cleaned(&d, vec![f]).is_empty());
}

#[test]
fn a_cue_that_opens_with_its_source_s_noun_leaves_it_to_the_source() {
    let d = doc("The council's report pointed to unpaid invoices and missing receipts.");
    let f = found(&d, Some("The council's"), "report pointed to", "unpaid invoices and missing receipts");
    let c = cleaned(&d, vec![f]);
    assert_eq!(c.len(), 1);
    assert_eq!((c[0].0.as_deref(), c[0].1.as_str()), (Some("The council's report"), "pointed to"), "{c:?}");
    let d = doc("The NSA memo pointed to unpaid invoices and missing receipts.");
    let f = found(&d, Some("NSA"), "memo pointed to unpaid", "invoices and missing receipts");
    let c = cleaned(&d, vec![f]);
    assert_eq!(c.len(), 1);
    assert_eq!((c[0].0.as_deref(), c[0].1.as_str()), (Some("The NSA memo"), "pointed to"), "{c:?}");
    assert!(c[0].2.starts_with("unpaid invoices"), "{c:?}");
}

#[test]
fn a_noun_phrase_content_cut_inside_a_list_runs_to_its_end() {
    let d = doc("The audit pointed to forged invoices, bank transfers and tax returns, but named no one.");
    let f = found(&d, Some("The audit"), "pointed to", "forged invoices, bank");
    let c = cleaned(&d, vec![f]);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].2, "forged invoices, bank transfers and tax returns", "{c:?}");
}

#[test]
fn a_participle_after_a_comma_is_not_said_by_the_clause_s_object() {
    let text = "The Slovak police detained four Hungarian fans on Sunday, accusing them of damaging a stadium.";
    let d = doc(text);
    let f = found(&d, Some("four Hungarian fans"), "accusing", "them of damaging a stadium");
    let c = cleaned(&d, vec![f]);
    assert_eq!(c.len(), 1);
    assert!(c[0].0.as_deref().is_some_and(|s| s.ends_with("Slovak police")), "{c:?}");
}

#[test]
fn a_noun_of_a_deed_is_no_cue() {
    // A decision or a move is something done, not something said: the
    // deed, and what follows it, stay the author's.
    for text in [
        "Latvia's decision to close two border crossings drew a sharp rebuke from Minsk.",
        "The cabinet's move to raise fuel duties angered the haulage unions.",
    ] {
        let d = doc(text);
        assert!(
            d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| {
                let cue = d.slice(c.span).to_lowercase();
                !cue.contains("decision") && !cue.contains("move")
            })),
            "{text}: {:?}",
            lines(&d)
        );
    }
    let d = doc("Ferry workers in Gdynia said the decision to cut wages was unfair.");
    assert_eq!(source_of(&d, "said").as_deref(), Some("Ferry workers in Gdynia"), "{:?}", lines(&d));
}

#[test]
fn a_participle_hedge_after_a_noun_holds_the_noun_in_its_content() {
    // "a driver suspected of smuggling": what is suspected is that the
    // driver smuggled, so the content holds the noun phrase and stays
    // hedged; it never is the author's assertion.
    let text = "Police in Lyon arrested a Portuguese lorry driver suspected of smuggling cigarettes into Spain.";
    let d = doc(text);
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).starts_with("suspected")))
        .unwrap_or_else(|| panic!("no 'suspected': {:?}", lines(&d)));
    let content = d.slice(a.content);
    assert!(content.starts_with("a Portuguese lorry driver"), "{:?}", lines(&d));
    assert!(content.ends_with("smuggling cigarettes into Spain"), "{:?}", lines(&d));
    assert_eq!(a.certainty.level, dossier_model::CertaintyLevel::Possible, "{:?}", lines(&d));
}

#[test]
fn an_account_inside_an_object_stays_a_saying() {
    // "boarded what the navy said were …": the object is identified only
    // by someone's account, which stays an attribution whatever the tagger
    // makes of the words.
    for (text, source) in [
        ("Coast guard cutters boarded what the navy said were smuggling boats off Lenmar on Sunday.", "navy"),
        (
            "Border guards seized what customs officers said were forged export permits at the Dorvik crossing.",
            "officers",
        ),
    ] {
        let d = doc(text);
        let s = source_of(&d, "said");
        assert!(s.as_deref().is_some_and(|s| s.ends_with(source)), "{text}: {:?}", lines(&d));
    }
}

#[test]
fn a_second_saying_after_while_stays_its_own() {
    let d = doc(
        "Shelling damaged a grain terminal in Lenmar overnight, the harbour master said, while Dorvik's defence ministry said its air defences had downed nine drones.",
    );
    let a = d
        .attributions
        .iter()
        .find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span).contains("defence ministry")))
        .unwrap_or_else(|| panic!("no saying of the ministry: {:?}", lines(&d)));
    assert!(d.slice(a.content).contains("downed nine drones"), "{:?}", lines(&d));
}

#[test]
fn a_participle_after_a_comma_is_the_speaker_s_second_act() {
    let d = doc(
        "Kavaland on Friday denied that its navy had boarded a Dorvik trawler, dismissing the report as \"a fabrication from Lenmar\".",
    );
    assert!(
        d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "dismissing")),
        "{:?}",
        lines(&d)
    );
}

#[test]
fn a_participle_before_its_noun_is_no_cue() {
    for text in [
        "Lenmar offered to host talks between Dorvik and Kavaland on their disputed fishing grounds.",
        "The ministry revised the reported figure for the harvest on Monday.",
    ] {
        let d = doc(text);
        assert!(
            d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| {
                let cue = d.slice(c.span);
                cue != "disputed" && cue != "reported"
            })),
            "{text}: {:?}",
            lines(&d)
        );
    }
}

#[test]
fn a_saying_that_opens_a_sentence_takes_no_piece_of_the_sentence_before() {
    let d = doc(
        "Kavaland's navy shadowed two Dorvik frigates in what its northern fleet called a \"routine patrol of home waters\". Dorvik's defence ministry said it had sent jets to watch the ships.",
    );
    let a = d
        .attributions
        .iter()
        .find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span).contains("Dorvik's defence ministry")))
        .unwrap_or_else(|| panic!("no saying of the ministry: {:?}", lines(&d)));
    assert!(!d.slice(a.content).contains("routine patrol"), "{:?}", lines(&d));
    assert!(d.slice(a.content).contains("sent jets"), "{:?}", lines(&d));
}

#[test]
fn a_verb_coordinated_without_a_subject_is_said_by_the_clause_subject() {
    // "X did A and pledged B": the second verb has no subject of its own,
    // so its speaker is the subject of the clause it is coordinated with.
    let d = doc("The Varnish Council condemned the missile test on Friday and pledged to widen the sanctions. \
         Mayor Ilse Tamm, like her predecessor, has backed the harbour plan but has said she will not raise taxes for it. \
         After the vote in the assembly, the opposition walked out and promptly accused the speaker of bias.");
    let out = cleaned(
        &d,
        vec![
            found(&d, None, "pledged", "to widen the sanctions"),
            found(&d, None, "has said", "she will not raise taxes for it"),
            found(&d, None, "promptly accused", "the speaker of bias"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("The Varnish Council"), "{out:?}");
    assert_eq!(out[1].0.as_deref(), Some("Mayor Ilse Tamm"), "{out:?}");
    assert_eq!(out[2].0.as_deref(), Some("the opposition"), "{out:?}");
}

#[test]
fn a_participle_after_an_adverb_or_a_preposition_is_said_by_the_clause_subject() {
    // ", even suggesting …", "by saying …", "while insisting …": the
    // participle's speaker is the subject of the clause it hangs on.
    let d = doc("The harbour director criticised the audit on Monday, even suggesting that it had been rigged. \
         In the hall after the debate, the governor's aides were cheerful, perhaps sensing that the vote was won. \
         The ambassador answered the protest note by saying that the patrols would go on. \
         Commissioner Ana Ruiz defended the budget while insisting that cuts were coming.");
    let out = cleaned(
        &d,
        vec![
            found(&d, None, "even suggesting", "that it had been rigged"),
            found(&d, None, "sensing", "that the vote was won"),
            found(&d, None, "saying", "that the patrols would go on"),
            found(&d, None, "insisting", "that cuts were coming"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("The harbour director"), "{out:?}");
    assert_eq!(out[1].0.as_deref(), Some("the governor's aides"), "{out:?}");
    assert_eq!(out[2].0.as_deref(), Some("The ambassador"), "{out:?}");
    assert_eq!(out[3].0.as_deref(), Some("Commissioner Ana Ruiz"), "{out:?}");
}

#[test]
fn a_coordinated_verb_with_its_own_subject_keeps_it() {
    // The rules above only fill a source that is missing: "and officials
    // said" has its own speaker.
    let d = doc("The ministry closed the border on Monday, and officials said it would stay shut.");
    let out = cleaned(&d, vec![found(&d, None, "said", "it would stay shut")]);
    assert_eq!(out[0].0.as_deref(), Some("officials"), "{out:?}");
}

#[test]
fn a_speaker_and_a_colon_that_open_a_sentence_are_a_saying() {
    // A headline or a transcript line: "Name: what they said".
    let d = doc("Ilse Tamm: the harbour fees must double before the winter season\n\n\
         Mayor Ilse Tamm told the council on Monday that the port could not pay its debts.");
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == ":"))
        .unwrap_or_else(|| panic!("no saying with the colon as cue: {:?}", lines(&d)));
    assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("Ilse Tamm"), "{:?}", lines(&d));
    assert!(d.slice(a.content).starts_with("the harbour fees must double"), "{:?}", lines(&d));
    // A line of a transcript inside a quote.
    let d = doc(
        "The station printed the exchange in full. \"Ilse Tamm: the harbour fees must double before the winter season.\"",
    );
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == ":"))
        .unwrap_or_else(|| panic!("no saying with the colon as cue: {:?}", lines(&d)));
    assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("Ilse Tamm"), "{:?}", lines(&d));
}

#[test]
fn a_label_and_a_colon_are_no_saying() {
    // A word that names no speaker ("Correction:", "Update:") opens no saying.
    let d = doc("Correction: an earlier version of this article gave the wrong date for the harbour vote.");
    assert!(d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| d.slice(c.span) != ":")), "{:?}", lines(&d));
}

#[test]
fn a_source_inside_a_relative_clause_on_the_subject_goes_to_the_subject() {
    // "X, who …, said": a noun phrase inside the relative clause set off by
    // commas is not who speaks; the subject before it is.
    let d = doc(
        "On the evening news, Senator Ana Pereira, who lost the primary to the governor, identified young voters as the key. \
         Dr. Ilse Tamm, who as a navy captain was the doctor of the fleet in the last war, said the clinic would close.",
    );
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("the governor"), "identified", "young voters as the key"),
            found(&d, Some("the fleet in the last war"), "said", "the clinic would close"),
        ],
    );
    assert_eq!(out[0].0.as_deref(), Some("Senator Ana Pereira"), "{out:?}");
    assert_eq!(out[1].0.as_deref(), Some("Dr. Ilse Tamm"), "{out:?}");
}

#[test]
fn a_participle_after_a_comma_is_not_said_by_its_object() {
    // "…, referring to X": X is what the participle is about, not who
    // speaks; the speaker is the one of the clause before.
    let d = doc("\"The talks are over,\" the envoy said, referring to the harbour agreement of Varna.");
    let out = cleaned(
        &d,
        vec![
            found(&d, Some("the envoy"), "said", "The talks are over,"),
            found(&d, Some("the harbour agreement of Varna"), "referring to", "the harbour agreement of Varna"),
        ],
    );
    assert_eq!(out[1].0.as_deref(), Some("the envoy"), "{out:?}");
}

#[test]
fn a_quote_signed_with_a_dash_and_a_name_is_that_person_s_saying() {
    // Readers' comments printed one after another, each signed after a dash.
    let d = doc("We asked readers what they thought of the harbour plan. \
         \u{201c}The fees will ruin the small fishermen of the north coast.\u{201d} \u{2015} Marta Kivi \
         \u{201c}Nobody asked the people who live by the docks what they wanted.\u{201d} \u{2015} Oskar Lind");
    for (name, words) in [("Marta Kivi", "The fees will ruin"), ("Oskar Lind", "Nobody asked the people")] {
        let a = d
            .attributions
            .iter()
            .find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span) == name))
            .unwrap_or_else(|| panic!("no saying of {name}: {:?}", lines(&d)));
        assert!(d.slice(a.content).contains(words), "{:?}", lines(&d));
    }
}

#[test]
fn a_dash_after_a_quote_that_opens_a_clause_signs_nothing() {
    let d = doc("He used the phrase \u{201c}harbour tax\u{201d} \u{2014} Tamm has called it a theft of the coast.");
    assert!(
        d.attributions.iter().all(|a| a.source.as_ref().is_none_or(|s| d.slice(s.span) != "Tamm has")),
        "{:?}",
        lines(&d)
    );
    assert!(
        d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| d.slice(c.span) != "\u{2014}")),
        "{:?}",
        lines(&d)
    );
}

#[test]
fn an_attack_with_weapons_is_no_saying() {
    // "attacked" is a saying when it criticises; with drones it is a deed.
    let d = doc("Russia attacked Odesa with drones and missiles overnight.");
    assert!(
        d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| !d.slice(c.span).contains("attacked"))),
        "{:?}",
        lines(&d)
    );
    let d = doc("The senator attacked the governor for his handling of the floods.");
    assert!(
        d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("attacked"))),
        "{:?}",
        lines(&d)
    );
}

#[test]
fn a_possessor_before_a_content_belongs_to_the_content_not_the_cue() {
    // "repeated Moscow's accusation that …": Moscow owns the accusation,
    // it is no part of the verb that repeats it.
    for text in [
        "Petrov also repeated Moscow's accusation that Georgia had attacked the frigate Admiral Lazarev last month.",
        "Petrov also repeated Moscow's accusation that Ukraine had attacked the frigate Admiral Lazarev with sea drones last month near Novorossiysk.",
    ] {
        let d = doc(text);
        for a in &d.attributions {
            assert!(!d.slice(a.content).starts_with("'s"), "{:?}", lines(&d));
            if let Some(c) = &a.cue {
                assert!(!d.slice(c.span).contains("Moscow"), "{:?}", lines(&d));
            }
        }
        assert!(
            d.attributions.iter().any(|a| d.slice(a.content).starts_with("Moscow's accusation")),
            "{:?}",
            lines(&d)
        );
    }
}

#[test]
fn a_trailing_speaker_takes_no_words_of_the_content() {
    // The name before the office closes the content ("… with his
    // counterpart, Andris Kalns"); an office is no apposition to a person.
    let d = doc(
        "President Tomas Rudnik raised the shooting yesterday in a telephone call with his Latvian counterpart, Andris Kalns, the presidential office said.",
    );
    let a = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said"))
        .unwrap_or_else(|| panic!("{:?}", lines(&d)));
    let source = a.source.as_ref().expect("a source");
    assert_eq!(d.slice(source.span), "the presidential office", "{:?}", lines(&d));
    assert!(!source.span.overlaps(a.content), "{:?}", lines(&d));
    assert!(d.slice(a.content).ends_with("Andris Kalns"), "{:?}", lines(&d));
}

#[test]
fn a_ship_s_description_is_no_cue() {
    // The tagger once read "the offshore | patrol vessel | Selkämeri to" as
    // source, cue and content: a craft says nothing.
    let d = doc("The tanker was escorted by the offshore patrol vessel Turva to an anchorage off Porkkala.");
    let out = cleaned(&d, vec![found(&d, Some("the offshore"), "patrol vessel", "Turva to")]);
    assert!(out.is_empty(), "{out:?}");
    // A cue that reports stays, whatever follows it.
    let d = doc("The coastguard said the vessel Turva had left Porkkala.");
    let out = cleaned(&d, vec![found(&d, Some("The coastguard"), "said", "the vessel Turva had left Porkkala")]);
    assert_eq!(out.len(), 1, "{out:?}");
}

#[test]
fn a_description_with_its_own_modifier_is_another_speaker() {
    // "the presidential office" is not the government press office named
    // before it; "the press office" is.
    let d = doc(
        "The prime minister met the Slovak envoy on Monday, the government press office said. Talks went well, the press office said. A deal is near, the presidential office said.",
    );
    assert_eq!(holder_of(&d, "said"), "the government press office");
    let holders: Vec<String> = d
        .claims
        .iter()
        .filter_map(|c| match &c.holder {
            Holder::Entity(id) => d.entity(id).map(|e| e.name.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        holders,
        ["the government press office", "the government press office", "the presidential office"],
        "{:?}",
        lines(&d)
    );
}

#[test]
fn blame_as_the_object_of_avoiding_is_no_cue() {
    // "want to avoid blame for failure": the noun, not a speaker blaming.
    let d = doc("Both governments want to avoid blame for the failure of the talks, which could drag on for months.");
    assert!(
        d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| d.slice(c.span) != "blame")),
        "{:?}",
        lines(&d)
    );
    assert!(d.attributions.iter().all(|a| a.source.as_ref().is_none_or(|s| !d.slice(s.span).contains("avoid"))));
    // The verb still blames.
    let d = doc("Both governments blame the rebels for the failure of the talks.");
    assert_eq!(source_of(&d, "blame").as_deref(), Some("Both governments"), "{:?}", lines(&d));
}

#[test]
fn being_summoned_is_no_saying() {
    // "The ambassador, summoned to the ministry, …": a diplomatic act.
    let d = doc(
        "The Iranian ambassador, summoned to the foreign ministry in Oslo on Friday, denied any role in the attack.",
    );
    let out =
        cleaned(&d, vec![found(&d, Some("The Iranian ambassador"), "summoned to", "the foreign ministry in Oslo")]);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn a_list_of_places_and_an_arranged_deed_are_no_sayings() {
    let d = doc("Colombia's government and the rebels agreed in Havana on Thursday to a ceasefire, \
         in talks brokered by Cuba and Norway. Officials in Bogotá said the truce would hold.");
    let out = cleaned(
        &d,
        vec![
            // a tagger content far from its cue that only lists places
            found(&d, Some("the rebels"), "agreed in", "Cuba and Norway"),
            // a participle after the noun it modifies, its agent after "by"
            found(&d, None, "brokered", "a ceasefire, in talks"),
            found(&d, Some("Officials in Bogotá"), "said", "the truce would hold"),
        ],
    );
    let cues: Vec<&str> = out.iter().map(|o| o.1.as_str()).collect();
    assert_eq!(cues, ["said"], "{out:?}");
    // A place right after a stance verb stays ("support Russia"), as does a
    // participle of the lexicon with its agent ("a claim denied by …").
    let d = doc("Many voters support Russia, the poll found. It was a claim denied by the ministry.");
    let out =
        cleaned(&d, vec![found(&d, Some("Many voters"), "support", "Russia"), found(&d, None, "denied", "a claim")]);
    assert_eq!(out.len(), 2, "{out:?}");
}

#[test]
fn an_attack_on_a_post_or_one_that_kills_is_no_saying() {
    // "attacked" with an army post as object, or followed by its dead, is
    // force; criticism of a person keeps its cue.
    for text in [
        "Rebel dissidents attacked an army base in the south on Sunday, killing two soldiers.",
        "Gunmen attacked a police checkpoint outside the town overnight.",
    ] {
        let d = doc(text);
        assert!(
            d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| !d.slice(c.span).contains("attacked"))),
            "{text}: {:?}",
            lines(&d)
        );
    }
    let d = doc("The opposition leader attacked the minister for her handling of the strike.");
    assert!(
        d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span).contains("attacked"))),
        "{:?}",
        lines(&d)
    );
}

#[test]
fn an_ordinal_alone_is_no_cue() {
    // "A first contingent … arrived": the opening ordinal says nothing.
    let d = doc("A first contingent of 200 Guatemalan soldiers arrived in Port-au-Prince on Wednesday to join the \
         UN-backed force fighting gangs in Haiti, and Haitian police said officers backed by Kenyan armoured \
         vehicles had retaken two neighbourhoods.");
    assert!(
        d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| d.slice(c.span) != "first")),
        "{:?}",
        lines(&d)
    );
    assert!(
        d.attributions.iter().any(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")),
        "{:?}",
        lines(&d)
    );
}
