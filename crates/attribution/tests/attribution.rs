//! Behaviour tests on short texts written for these tests, through one
//! `check(text, expected)` helper: each expected line must be contained in
//! the rendering of some attribution, `kind|source|cue|content|act|negated|certainty|chain`.

use dossier_attribution::{Options, annotate, annotate_with};
use dossier_model::{CertaintyLevel, Document, EvidenceKind, Holder, Metadata};

fn doc(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), Metadata::default());
    dossier_nlp::extract(&mut d);
    annotate_with(&mut d, Options { use_model: false, ..Default::default() });
    d
}

fn render(d: &Document) -> Vec<String> {
    d.attributions
        .iter()
        .map(|a| {
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}",
                a.kind.as_str(),
                a.source.as_ref().map_or("", |s| d.slice(s.span)),
                a.cue.as_ref().map_or("", |c| d.slice(c.span)),
                d.slice(a.content),
                a.speech_act.as_str(),
                if a.negated { "negated" } else { "affirmed" },
                a.certainty.level.as_str(),
                d.chain(&a.id).join(" → ")
            )
        })
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    let d = doc(text);
    let lines = render(&d);
    for e in expected {
        assert!(lines.iter().any(|l| l.contains(e)), "expected {e:?} in:\n{}", lines.join("\n"));
    }
}

#[test]
fn direct_quote_with_speaker_after() {
    check(
        "\"We will not be intimidated,\" the minister said.",
        &["direct|the minister|said|\"We will not be intimidated,\"|assert"],
    );
    check(
        "“The cable was cut deliberately,” said Anna Virtanen, 54, a fisherman.",
        &["direct|Anna Virtanen|said|“The cable was cut deliberately,”"],
    );
}

#[test]
fn direct_quote_with_speaker_before() {
    check(
        "Defence Minister Sorin Popa visited the site. He said: \"The fragments are ours. We will find out more.\"",
        &[
            "direct|He|said|\"The fragments are ours. We will find out more.\"|assert|affirmed|asserted|author → Sorin Popa",
        ],
    );
}

#[test]
fn quote_continued_without_cue_and_over_a_paragraph() {
    check(
        "\"The sea belongs to everyone,\" Kerem Aydin said. \"If we lose this chance, the next one is far away.\n\n\"Our teams will keep working.\"",
        &[
            "direct|Kerem Aydin|said|\"The sea belongs to everyone,\"",
            "direct|Kerem Aydin||\"If we lose this chance",
            "direct|Kerem Aydin||\"Our teams will keep working.\"",
        ],
    );
}

#[test]
fn indirect_speech_with_and_without_that() {
    check(
        "Colonel Ivan Petrov said that the convoy had turned back. Maria Novak said the talks would resume.",
        &[
            "indirect|Colonel Ivan Petrov|said|that the convoy had turned back",
            "indirect|Maria Novak|said|the talks would resume",
        ],
    );
}

#[test]
fn cue_at_the_end_without_quotes() {
    check(
        "Talks are expected to collapse without a breakthrough, a Western diplomat said.",
        &[
            "indirect|a Western diplomat|said|Talks are expected to collapse without a breakthrough|assert|affirmed|likely",
        ],
    );
}

#[test]
fn mixed_quote() {
    check(
        "Jan Kowal warned that Poland would respond \"with every means available\" if it happened again.",
        &["mixed|Jan Kowal|warned|that Poland would respond \"with every means available\" if it happened again|warn"],
    );
}

#[test]
fn according_to_fronted_and_trailing() {
    check(
        "According to two diplomats familiar with the talks, Russia demanded that sanctions be lifted.",
        &["according_to|two diplomats familiar with the talks|According to|Russia demanded that sanctions be lifted"],
    );
    check(
        "The ship left port at dawn, according to tracking data.",
        &["according_to|tracking data|according to|The ship left port at dawn"],
    );
}

#[test]
fn told_quoted_by_citing_and_statements() {
    check(
        "Petr Hruby told the weekly Horizont that the evidence was overwhelming.",
        &["indirect|Petr Hruby|told|that the evidence was overwhelming|assert"],
    );
    check(
        "Olga Lebed, quoted by the agency Ruvest, said Russia had never interfered.",
        &[
            "according_to|the agency Ruvest|quoted by",
            "indirect|Olga Lebed|said|Russia had never interfered|assert|affirmed|asserted|author → Ruvest → Olga Lebed",
        ],
    );
    check(
        "The master told investigators the anchor had been lost in a storm, the police said, citing a preliminary interview.",
        &["according_to|a preliminary interview|citing|The master told investigators"],
    );
    check(
        "The embassy said in a statement that its staff were not involved.",
        &["indirect|The embassy|said|that its staff were not involved"],
    );
}

#[test]
fn editorial_and_the_paper_resolve_to_the_outlet() {
    let d = doc(
        "In an editorial on Thursday, the Slovak daily Denník Večer said the expulsions were overdue. \"Nobody asks whether the arsonist has a passport,\" the paper wrote.",
    );
    let lines = render(&d);
    let wrote = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "wrote"))
        .unwrap_or_else(|| panic!("{}", lines.join("\n")));
    let said = d
        .attributions
        .iter()
        .find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said"))
        .unwrap_or_else(|| panic!("{}", lines.join("\n")));
    assert!(said.source.as_ref().unwrap().entity.is_some(), "{lines:?}");
    assert_eq!(wrote.source.as_ref().unwrap().entity, said.source.as_ref().unwrap().entity, "{lines:?}");
}

#[test]
fn spokesman_and_nominal_cues() {
    check(
        "Prime Minister Zoltan Kiss's spokesman said the veto would stay.",
        &["indirect|Prime Minister Zoltan Kiss's spokesman|said|the veto would stay"],
    );
    check(
        "The detail has deepened fears in Warsaw that the launch was deliberate.",
        &["nominal|Warsaw|fears|that the launch was deliberate|believe"],
    );
    check(
        "Moscow rejected accusations that it recruited arsonists.",
        &["nominal||accusations|that it recruited arsonists|accuse"],
    );
}

#[test]
fn cue_verbs_map_to_speech_acts() {
    for (verb, act) in [
        ("denied", "deny"),
        ("rejected", "deny"),
        ("accused", "accuse"),
        ("confirmed", "confirm"),
        ("revealed", "reveal"),
        ("assured", "assure"),
        ("warned", "warn"),
        ("insisted", "assert"),
        ("stressed", "assert"),
        ("emphasised", "assert"),
        ("admitted", "confirm"),
        ("alleged", "accuse"),
        ("reported", "report"),
        ("believes", "believe"),
        ("suspects", "believe"),
        ("urged", "request"),
        ("demanded", "request"),
        ("threatened", "threaten"),
        ("promised", "promise"),
        ("added", "assert"),
        ("claimed", "assert"),
    ] {
        let text = format!("The ministry {verb} that the border was closed.");
        check(&text, &[&format!("|The ministry|{verb}|that the border was closed|{act}|")]);
    }
}

#[test]
fn negated_cues() {
    check(
        "The ministry did not confirm that the names were correct.",
        &["indirect|The ministry|did not confirm|that the names were correct|confirm|negated"],
    );
    check(
        "Neither the ministry nor the army confirmed that a drone had crashed.",
        &["|confirmed|that a drone had crashed|confirm|negated"],
    );
    check("Kyiv has not confirmed the attack.", &["Kyiv|has not confirmed|the attack|confirm|negated"]);
}

#[test]
fn chains_nest_by_containment() {
    // X said, according to Y.
    check(
        "The convoy turned back, Colonel Ivan Petrov said, according to the agency Ruvest.",
        &[
            "indirect|Colonel Ivan Petrov|said|The convoy turned back|assert|affirmed|asserted|author → Ruvest → Ivan Petrov",
        ],
    );
    // Y reported that X said Z: three deep.
    check(
        "The news site Pohjarannik reported that the shipping company Sealore had said the vessel was sold.",
        &["|the shipping company Sealore|had said|the vessel was sold|assert|affirmed|asserted|author → "],
    );
    let d = doc("The news site Pohjarannik reported that the shipping company Sealore had said the vessel was sold.");
    let inner = d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "had said")).unwrap();
    assert_eq!(d.chain(&inner.id).len(), 3, "{:?}", render(&d));
}

#[test]
fn the_key_chain_of_example_one() {
    check(
        "Poland's military intelligence had information that the missile was launched from Belarusian territory, Defence Minister Bartosz Wielgus told a news conference on Tuesday, according to the state news agency Polski Serwis Informacyjny (PSI).",
        &[
            "nominal|Poland's military intelligence|information|that the missile was launched from Belarusian territory|report|affirmed|asserted|author → Polski Serwis Informacyjny → Bartosz Wielgus → Poland's military intelligence",
        ],
    );
}

#[test]
fn certainty_levels_from_hedges() {
    for (sentence, level, cue) in [
        ("The missile was almost certainly fired from Belarus.", CertaintyLevel::AlmostCertain, "almost certainly"),
        ("The strike was very likely deliberate.", CertaintyLevel::VeryLikely, "very likely"),
        ("The drone was probably not aimed at the town.", CertaintyLevel::Unlikely, "probably not"),
        ("The drone probably came from the east.", CertaintyLevel::Likely, "probably"),
        ("The group is believed to work for the service.", CertaintyLevel::Likely, "is believed to"),
        ("There are signs that the group is preparing more attacks.", CertaintyLevel::Likely, "there are signs that"),
        ("The crew may have dragged the anchor.", CertaintyLevel::Possible, "may"),
        ("A second launch could escalate the dispute.", CertaintyLevel::Possible, "could"),
        ("The tanker reportedly changed course.", CertaintyLevel::Possible, "reportedly"),
        ("A malfunction cannot be ruled out.", CertaintyLevel::Possible, "cannot be ruled out"),
        ("It is highly unlikely that Minsk acted alone.", CertaintyLevel::VeryUnlikely, "highly unlikely"),
        ("An accident is not likely.", CertaintyLevel::Unlikely, "not likely"),
        ("It seems the talks have stalled.", CertaintyLevel::Likely, "it seems"),
        ("The talks stalled on Thursday.", CertaintyLevel::Asserted, ""),
        // A modal inside an embedded question hedges nothing.
        ("The hackers were testing how far they could get into the grid.", CertaintyLevel::Asserted, ""),
        ("Engineers checked whether the dam might hold.", CertaintyLevel::Asserted, ""),
    ] {
        let d = doc(sentence);
        let c = d
            .claims
            .iter()
            .find(|c| c.holder == Holder::Author)
            .unwrap_or_else(|| panic!("no author claim in {sentence}"));
        assert_eq!(c.certainty.level, level, "{sentence}");
        let cues: Vec<String> = c.certainty.cues.iter().map(|s| d.slice(*s).to_lowercase()).collect();
        assert_eq!(cues.join(" "), cue, "{sentence}");
    }
}

#[test]
fn hedges_count_for_the_innermost_content() {
    let d = doc("Analysts said the drone was probably not aimed at Romania.");
    assert_eq!(d.attributions[0].certainty.level, CertaintyLevel::Unlikely);
    assert!(d.claims.iter().all(|c| c.holder != Holder::Author), "the sentence is all attribution");
}

#[test]
fn claims_have_holders_and_entities() {
    let d = doc(
        "Security sources said the launchers had moved. Foreign Minister Anna Kovacs said Hungary would not block the deal. The border was closed.",
    );
    let lines = render(&d);
    assert_eq!(d.attributions.len(), 2, "{lines:?}");
    // The unnamed source gets a MISC entity of its own as holder, the attribution keeps entity null.
    let a = &d.attributions[0];
    assert_eq!(a.source.as_ref().unwrap().entity, None);
    let claim = d.claims.iter().find(|c| c.attribution.as_deref() == Some(&a.id)).unwrap();
    let Holder::Entity(id) = &claim.holder else { panic!("holder {:?}", claim.holder) };
    let e = d.entity(id).unwrap();
    assert_eq!(e.ty, dossier_model::EntityType::Misc);
    assert_eq!(e.descriptions, vec!["Security sources".to_string()]);
    // The named one resolves to the person.
    let b = &d.attributions[1];
    let person = b.source.as_ref().unwrap().entity.clone().unwrap();
    assert_eq!(d.entity(&person).unwrap().name, "Anna Kovacs");
    let claim = d.claims.iter().find(|c| c.attribution.as_deref() == Some(&b.id)).unwrap();
    assert_eq!(claim.holder, Holder::Entity(person));
    assert!(!claim.about.is_empty());
    // The author's own sentence is an author claim.
    assert!(d.claims.iter().any(|c| c.holder == Holder::Author && d.slice(c.span) == "The border was closed"));
}

#[test]
fn pronoun_speakers_resolve_to_the_last_speaker() {
    let d =
        doc("Deputy Foreign Minister Oleh Savchuk accused Moscow of stalling. He said six missiles had hit the port.");
    let he = d.attributions.iter().find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span) == "He")).unwrap();
    let e = he.source.as_ref().unwrap().entity.clone().unwrap();
    assert_eq!(d.entity(&e).unwrap().name, "Oleh Savchuk");
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_with_an_apposition_stays_with_that_speaker() {
    // The speaker's phrase ends in an apposition ("…, summoned … on
    // Thursday"); its head noun still makes it a person, so "He" is the
    // ambassador, not a woman quoted a paragraph earlier.
    let d = doc("Maria Lebedeva, a spokeswoman for the ministry, said the expulsions were hostile.\n\n\
        The Russian ambassador, summoned to the foreign ministry on Thursday, denied any involvement. \
        He told Czech officials the accusations were invented, according to a ministry official.");
    let he = d.attributions.iter().find(|a| a.source.as_ref().is_some_and(|s| d.slice(s.span) == "He")).unwrap();
    let name = he.source.as_ref().unwrap().entity.as_ref().and_then(|e| d.entity(e)).map(|e| e.name.clone());
    assert_ne!(name.as_deref(), Some("Maria Lebedeva"));
    let holder =
        d.claims.iter().find(|c| c.attribution.as_deref() == Some(he.id.as_str())).map(|c| d.holder_name(&c.holder));
    assert!(holder.as_deref().is_some_and(|h| h.contains("ambassador")), "{holder:?}");
}

#[test]
fn evidence_kinds_locations_and_links() {
    let d = doc(
        "Fragments of a Kh-101 missile were recovered near Odesa. Satellite images show a cleared hardstand. Radar tracks point to a launch from the north. Investigators found an altered logbook. Witnesses said they heard two blasts.",
    );
    let kinds: Vec<(EvidenceKind, String)> = d.evidence.iter().map(|e| (e.kind, d.slice(e.span).to_string())).collect();
    for (kind, text) in [
        (EvidenceKind::Physical, "Fragments of a Kh-101 missile"),
        (EvidenceKind::Imagery, "Satellite images"),
        (EvidenceKind::Signals, "Radar tracks"),
        (EvidenceKind::Document, "altered logbook"),
        (EvidenceKind::Testimony, "Witnesses"),
    ] {
        assert!(kinds.iter().any(|(k, t)| *k == kind && t.contains(text)), "{kind:?} {text} in {kinds:?}");
    }
    let fragments = &d.evidence[0];
    let place = fragments.location.as_ref().and_then(|l| d.entity(l)).map(|e| e.name.clone());
    assert_eq!(place.as_deref(), Some("Odesa"));
    let radar = d.evidence.iter().find(|e| d.slice(e.span).contains("Radar")).unwrap();
    assert!(!radar.supports.is_empty(), "radar tracks 'point to' a claim");
}

#[test]
fn evidence_said_to_be_missing_is_no_item() {
    let d = doc("Proving sabotage will be hard without testimony from the pilots. There is no video of the crash, \
         and a lack of radar data hampers the inquiry. Photographs of the wreck show a torn wing.");
    let items: Vec<&str> = d.evidence.iter().map(|e| d.slice(e.span)).collect();
    for absent in ["testimony", "video", "radar data"] {
        assert!(!items.iter().any(|t| t.contains(absent)), "{absent} in {items:?}");
    }
    assert!(items.iter().any(|t| t.contains("Photographs")), "{items:?}");
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "\"",
        "“”",
        "said",
        "according to",
        "\"Unclosed quote that runs on, the minister said",
        "He said: \"",
        ", said ,",
        "that that that said said said according to to to",
        "\u{feff}Ünïcödé “quotes” said Zoë, 3.",
        "A\n\n\"B\n\n\"C",
    ] {
        let mut d = Document::new(text.to_string(), Metadata::default());
        dossier_nlp::extract(&mut d);
        annotate(&mut d);
        // And on a document no earlier stage has touched.
        let mut raw = Document::new(text.to_string(), Metadata::default());
        annotate(&mut raw);
        assert!(raw.attributions.is_empty());
    }
}

#[test]
fn deterministic_ids_and_output() {
    let text = "\"It was not an accident,\" the spokesman said. Officials said the ship had been seized.";
    let a = doc(text);
    let b = doc(text);
    assert_eq!(a.attributions, b.attributions);
    assert_eq!(a.claims, b.claims);
    assert_eq!(a.attributions.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), vec!["a1", "a2"]);
}

/// Random texts from news-like pieces: quotes, cues, commas, paragraph
/// breaks, non-ASCII letters. The stage must never panic.
#[test]
fn never_panics_on_random_news_like_text() {
    const PIECES: &[&str] = &[
        "\"",
        "“",
        "”",
        ",",
        ".",
        ":",
        ";",
        "\n\n",
        "\n",
        " said",
        " told",
        " according to",
        " the minister",
        " He",
        " she",
        " that",
        " and",
        " warned",
        " did not confirm",
        " Anna Kovacs",
        " Warsaw",
        " fears",
        " in",
        " (PSI)",
        " quoted",
        " as saying",
        " citing",
        " by",
        " who",
        " Zoë",
        " 67",
        " almost certainly",
        " may",
        " fragments",
        " satellite images",
        " near",
        " Łask",
        " —",
        " '",
        " reported",
        " accusations",
        " adding",
        " neither",
        " nor",
    ];
    let light = dossier_nlp::Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
    ])
    .unwrap();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for n in 0..1500 {
        let mut text = String::new();
        for _ in 0..(5 + n % 60) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
        }
        let mut d = Document::new(text.clone(), Metadata::default());
        light.run(&mut d);
        annotate(&mut d);
        for a in &d.attributions {
            assert!(a.content.start <= a.content.end && a.content.end <= text.len(), "{text:?}");
        }
    }
}

/// Regression: a reporting verb right after another is a noun ("said
/// signals intelligence had picked up …"), not a second cue.
#[test]
fn a_verb_form_after_a_cue_is_a_noun() {
    let d = doc("Security sources said signals intelligence had picked up unusual radio traffic.");
    assert_eq!(render(&d), vec!["indirect|Security sources|said|signals intelligence had picked up unusual radio traffic|assert|affirmed|asserted|author → Security sources".to_string()]);
}

#[test]
fn unnamed_sources_are_named_by_their_phrase() {
    let d = doc("The Hungarian envoy, summoned to the foreign ministry on Monday, denied that the talks had failed. \
         The Hungarian envoy said a deal was still possible. \
         The vote would be delayed, according to two diplomats in Prague who attended the meeting.");
    let lines = render(&d);
    let holder = |i: usize| {
        let a = &d.attributions[i];
        let claim = d.claims.iter().find(|c| c.attribution.as_deref() == Some(&a.id)).unwrap();
        let Holder::Entity(id) = &claim.holder else { panic!("holder {:?}", claim.holder) };
        d.entity(id).unwrap()
    };
    assert_eq!(d.attributions.len(), 3, "{lines:?}");
    // The apposition is a description, not the name; both mentions are one
    // entity, of the country its demonym names.
    let e = holder(0);
    assert_eq!(e.name, "The Hungarian envoy");
    assert_eq!(e.id, holder(1).id);
    assert_eq!(e.descriptions, vec!["The Hungarian envoy", "summoned to the foreign ministry on Monday"]);
    assert_eq!(
        e.mentions.iter().map(|m| d.slice(m.span)).collect::<Vec<_>>(),
        ["The Hungarian envoy", "The Hungarian envoy"]
    );
    assert_eq!(e.country.as_deref(), Some("HUN"));
    // A place after a preposition says where, not whose.
    let e = holder(2);
    assert_eq!(e.name, "two diplomats in Prague");
    assert_eq!(e.country, None);
}

#[test]
fn a_hedge_over_a_that_clause_covers_the_clauses_joined_inside_it() {
    // "cannot be ruled out that A, and B": B is as uncertain as A, never
    // the author's plain assertion.
    let d = doc(
        "Talks resumed in Vienna on Monday. It cannot be ruled out that the envoys walk out, and the truce collapses before the weekend.",
    );
    let lapse = d.claims.iter().find(|c| d.slice(c.span).contains("the truce collapses")).expect("a claim");
    assert_eq!(lapse.certainty.level, CertaintyLevel::Possible, "{}", d.slice(lapse.span));
    // A hedge inside the first clause alone stays there.
    let d = doc("A malfunction cannot be ruled out, and the army has opened an inquiry into the launch.");
    let inquiry = d.claims.iter().find(|c| d.slice(c.span).starts_with("the army has opened")).expect("its own claim");
    assert_eq!(inquiry.certainty.level, CertaintyLevel::Asserted);
}

#[test]
fn a_negated_hedge_is_no_negated_claim() {
    // "possible but not probable" is unlikely; the claim itself (a deal)
    // is not denied.
    let d = doc("A senior official told reporters that a deal was \"possible but not probable\".");
    let c = d.claims.iter().find(|c| d.slice(c.span).contains("a deal was")).expect("a claim");
    assert_eq!(c.certainty.level, CertaintyLevel::Unlikely);
    assert!(!c.negated, "{}", d.slice(c.span));
    let d = doc("A senior official told reporters that a deal was not possible this year.");
    let c = d.claims.iter().find(|c| d.slice(c.span).contains("a deal was")).expect("a claim");
    assert!(c.negated, "{}", d.slice(c.span));
}

#[test]
fn could_not_of_a_past_inability_is_no_hedge() {
    // The outlet states it failed to verify: asserted and negated, not a
    // mere possibility.
    let d = doc("The Northern Ledger could not independently verify the footage.");
    let c = d.claims.iter().find(|c| d.slice(c.span).contains("verify")).expect("a claim");
    assert_eq!(c.certainty.level, CertaintyLevel::Asserted);
    assert!(c.negated);
    // Epistemic uses stay hedges.
    for text in ["The convoy could not have crossed the border unseen.", "A second launch could not be ruled out."] {
        let d = doc(text);
        let c = d.claims.first().expect("a claim");
        assert_ne!(c.certainty.level, CertaintyLevel::Asserted, "{text}");
    }
    let d = doc("A second launch could escalate the dispute.");
    assert_eq!(d.claims[0].certainty.level, CertaintyLevel::Possible);
}

#[test]
fn an_adjunct_between_the_cue_and_that_is_no_content() {
    // "said after a meeting … that": the meeting tells when the saying was
    // made; what was said starts at "that".
    let d = doc(
        "Kenya and Somalia said after a meeting of their foreign ministers in Nairobi on Monday that they would reopen the border.",
    );
    let a =
        d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")).expect("a saying");
    assert_eq!(d.slice(a.content), "that they would reopen the border");
    let d = doc("The ministry said in a statement that the convoy had crossed the border.");
    let a =
        d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")).expect("a saying");
    assert_eq!(d.slice(a.content), "that the convoy had crossed the border");
    // A clause of its own before the "that" keeps the whole content.
    let d = doc("NATO said on Friday it had opened an inquiry into reports that a fighter jet fired a missile.");
    let a =
        d.attributions.iter().find(|a| a.cue.as_ref().is_some_and(|c| d.slice(c.span) == "said")).expect("a saying");
    assert!(d.slice(a.content).contains("it had opened an inquiry"), "{}", d.slice(a.content));
}

#[test]
fn a_date_between_a_verb_and_its_for_keeps_the_appeal() {
    // "called on Sunday for": the day tells when; the appeal is still one,
    // and what is asked for starts after "for".
    for d in [doc("The African Union called on Sunday for an immediate ceasefire in Chad."), {
        let mut d = Document::new(
            "The African Union called on Sunday for an immediate ceasefire in Chad.".to_string(),
            Metadata::default(),
        );
        dossier_nlp::extract(&mut d);
        annotate(&mut d);
        d
    }] {
        let a = d.attributions.first().expect("an appeal");
        assert_eq!(d.slice(a.content), "an immediate ceasefire in Chad", "{:?}", render(&d));
        assert!(a.cue.as_ref().is_some_and(|c| d.slice(c.span).ends_with("for")), "{:?}", render(&d));
    }
}
