//! The key article, examples/01, read and extracted the way `dossier
//! extract` does (text reader, default pipeline, then this stage), with its
//! chains, hedges and evidence checked item by item.

use dossier_model::{AttributionKind, CertaintyLevel, Document, EvidenceKind, Holder, SpeechAct};
use std::path::Path;

mod common;
use common::chain_lines as lines;

fn example(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(name);
    let mut doc = dossier_ingest::read_path(&path, &dossier_ingest::ReadOptions::default()).expect("example reads");
    dossier_nlp::extract(&mut doc);
    dossier_attribution::annotate(&mut doc);
    doc
}

fn find<'d>(d: &'d Document, cue: &str, content_start: &str) -> &'d dossier_model::Attribution {
    d.attributions
        .iter()
        .find(|a| {
            a.cue.as_ref().map_or("-", |c| d.slice(c.span)) == cue && d.slice(a.content).starts_with(content_start)
        })
        .unwrap_or_else(|| panic!("no attribution {cue:?} {content_start:?} in\n{}", lines(d).join("\n")))
}

#[test]
fn example_01_chains() {
    let d = example("01-poland-belarus-missile.txt");
    let chain = |cue: &str, start: &str| d.chain(&find(&d, cue, start).id).join(" → ");
    assert_eq!(
        chain("information", "that the missile which came down"),
        "author → Polski Serwis Informacyjny → Bartosz Wielgus → Poland's military intelligence"
    );
    assert_eq!(
        chain("told", "Poland's military intelligence"),
        "author → Polski Serwis Informacyjny → Bartosz Wielgus"
    );
    assert_eq!(
        chain("believed", "the weapon was an Iskander-M"),
        "author → Polski Serwis Informacyjny → Bartosz Wielgus → investigators"
    );
    assert_eq!(chain("assured", "that Belarus had no interest"), "author → Minsk → Viktar Sharko");
    assert_eq!(chain("told", "\"No missile was launched"), "author → Alena Krautsova");
    assert_eq!(chain("said", "signals intelligence"), "author → Security sources");
    assert_eq!(chain("said", "the intercepted communications"), "author → A source close to the ministry");
    assert_eq!(chain("fears", "that the launch was deliberate"), "author → Warsaw");
    assert_eq!(chain("blamed", "the government in Minsk"), "author → Vilniaus Žinios");
    assert_eq!(chain("-", "\"The flight path"), "author → Bartosz Wielgus");
    assert_eq!(chain("-", "\"My grandson filmed"), "author → Zofia Kmieć");
    assert_eq!(chain("said", "Two Patriot batteries"), "author → Operational Command");
    // No attribution in the headline, the byline or the footer.
    let first_body = d.sentences.iter().find(|s| s.kind == dossier_model::SegmentKind::Body).unwrap().span.start;
    assert!(d.attributions.iter().all(|a| a.content.start >= first_body), "{:#?}", lines(&d));
}

#[test]
fn example_01_kinds_acts_and_negation() {
    let d = example("01-poland-belarus-missile.txt");
    let a = find(&d, "warned", "that Poland would respond");
    assert_eq!((a.kind, a.speech_act), (AttributionKind::Mixed, SpeechAct::Warn));
    let a = find(&d, "demanded", "\"a full and honest explanation\"");
    assert_eq!(a.speech_act, SpeechAct::Request);
    let a = find(&d, "did not confirm", "reports that");
    assert!(a.negated);
    assert_eq!(a.speech_act, SpeechAct::Confirm);
    assert_eq!(find(&d, "firmly rejected", "the accusation").speech_act, SpeechAct::Deny);
    assert_eq!(find(&d, "promised", "\"full solidarity\"").speech_act, SpeechAct::Promise);
    assert_eq!(find(&d, "according to", "Sharko assured").kind, AttributionKind::AccordingTo);
    assert_eq!(find(&d, "fears", "that the launch").kind, AttributionKind::Nominal);
    assert_eq!(find(&d, "said", "\"We are not dealing").kind, AttributionKind::Direct);
    assert_eq!(find(&d, "told", "\"No missile").kind, AttributionKind::Direct);
}

#[test]
fn example_01_hedges_of_the_author() {
    let d = example("01-poland-belarus-missile.txt");
    let author = |start: &str| {
        d.claims
            .iter()
            .find(|c| c.holder == Holder::Author && d.slice(c.span).starts_with(start))
            .unwrap_or_else(|| panic!("no author claim {start:?}"))
    };
    for (start, level, cue) in [
        ("On the evidence so far", CertaintyLevel::AlmostCertain, "almost certainly"),
        ("A malfunction during a test", CertaintyLevel::Possible, "cannot be ruled out"),
        ("it is highly unlikely", CertaintyLevel::VeryUnlikely, "highly unlikely"),
        ("A second unexplained launch", CertaintyLevel::Possible, "could"),
        ("The missile struck farmland", CertaintyLevel::Asserted, ""),
    ] {
        let c = author(start);
        assert_eq!(c.certainty.level, level, "{start}");
        assert_eq!(c.certainty.cues.iter().map(|s| d.slice(*s)).collect::<Vec<_>>().join(" "), cue);
    }
    // Every claim traces to the author: holders are entities or the author.
    for c in &d.claims {
        if let Holder::Entity(id) = &c.holder {
            assert!(d.entity(id).is_some(), "holder {id} is an entity");
        }
    }
}

#[test]
fn example_01_evidence() {
    let d = example("01-poland-belarus-missile.txt");
    let items: Vec<(EvidenceKind, &str)> = d.evidence.iter().map(|e| (e.kind, d.slice(e.span))).collect();
    for (kind, text) in [
        (EvidenceKind::Physical, "crater"),
        (EvidenceKind::Physical, "fragments"),
        (EvidenceKind::Signals, "radar tracks"),
        (EvidenceKind::Imagery, "Satellite images"),
        (EvidenceKind::Signals, "intercepted communications"),
        (EvidenceKind::Imagery, "video"),
        (EvidenceKind::Testimony, "I thought the barn had exploded"),
    ] {
        assert!(items.iter().any(|(k, t)| *k == kind && t.contains(text)), "{kind:?} {text:?} in {items:?}");
    }
    let images = d.evidence.iter().find(|e| d.slice(e.span) == "Satellite images").unwrap();
    assert_eq!(images.location.as_ref().and_then(|l| d.entity(l)).map(|e| e.name.as_str()), Some("Brest"));
    assert!(images.date.is_some(), "taken on Monday");
}

/// The name of the entity holding the claim of an attribution, and whether
/// the stage created it for an unnamed source.
fn holder(d: &Document, a: &dossier_model::Attribution) -> (String, bool) {
    let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).expect("claim");
    match &c.holder {
        Holder::Entity(id) => {
            let e = d.entity(id).expect("holder entity");
            (e.name.clone(), dossier_attribution::resolve::is_unnamed_source(e))
        }
        other => (format!("{other:?}"), false),
    }
}

fn no_cue(d: &Document, cue: &str) {
    assert!(
        d.attributions.iter().all(|a| a.cue.as_ref().is_none_or(|c| d.slice(c.span) != cue)),
        "no attribution should have the cue {cue:?}:\n{}",
        lines(d).join("\n")
    );
}

#[test]
fn examples_organisations_and_their_nouns() {
    // An embassy named with its city is the embassy the entity stage found.
    let d = example("02-gulf-of-finland-cable.txt");
    assert_eq!(holder(&d, find(&d, "said", "that the tanker had")), ("Russian embassy".to_string(), false));
    assert_eq!(holder(&d, find(&d, "warned", "that Moscow would take")), ("Russian embassy".to_string(), false));
    let d = example("03-romania-drone-incursion.txt");
    assert_eq!(holder(&d, find(&d, "denied", "that Russian drones")), ("Russia's embassy".to_string(), false));
    assert_eq!(holder(&d, find(&d, "said", "that Russian forces struck")), ("Russia's embassy".to_string(), false));
    // "the ministry" is the ministry named before.
    assert_eq!(
        d.chain(&find(&d, "said", "One of them briefly left").id).join(" → "),
        "author → Ministry of National Defence"
    );
    let d = example("07-denmark-water-cyberattack.txt");
    assert_eq!(holder(&d, find(&d, "rejected", "the accusation as")), ("Russia’s embassy".to_string(), false));
    // "summoned to the foreign ministry …, the ministry said": not the embassy.
    let (name, _) = holder(&d, find(&d, "said", "The ambassador was summoned"));
    assert!(!name.contains("embassy"), "{name}");
    // "The Centre for Cyber Security (CFCS), part of the FE, said": the centre.
    assert_eq!(
        holder(&d, find(&d, "said", "the malware shared code")),
        ("Centre for Cyber Security".to_string(), false)
    );
    // "It does not explain how" continues "The report", not the FE.
    let (name, unnamed) = holder(&d, find(&d, "does not explain", "how"));
    assert!(unnamed && name.contains("report"), "{name}");
    // "testing how much damage it could do": no hedge in an embedded question.
    let a = find(&d, "-", "“It was a state actor");
    assert_eq!(a.certainty.level, CertaintyLevel::Asserted);
    // "which the FE said it had obtained": the content follows the cue.
    find(&d, "said", "it had obtained through intelligence channels");
    // "the agency" in 04 is the Philippine Coast Guard that spoke before, not
    // the Chinese coast guard named near "stationed".
    let d = example("04-south-china-sea-standoff.txt");
    assert_eq!(holder(&d, find(&d, "called", "a \"dangerous")), ("Philippine Coast Guard".to_string(), false));
}

#[test]
fn examples_people_inside_organisations() {
    // "A source in the Turkish presidency" is an unnamed source, and "The
    // source" after it is the same one.
    let d = example("06-black-sea-ceasefire-talks.txt");
    let first = holder(&d, find(&d, "said", "President Erdal Kaymaz had spoken"));
    assert!(first.1, "{first:?}");
    assert_eq!(holder(&d, find(&d, "said", "Kaymaz was prepared to travel")), first);
    // "Prime Minister X's spokesman" is not X.
    let d = example("08-opinion-hungary-veto.txt");
    let (name, unnamed) = holder(&d, find(&d, "said", "that Hungary"));
    assert!(unnamed && name.ends_with("spokesman"), "{name}");
}

#[test]
fn examples_non_sayings_and_runaway_contents() {
    // Participles modifying a noun, a place as content, a demonstrative.
    no_cue(&example("01-poland-belarus-missile.txt"), "shared");
    no_cue(&example("03-romania-drone-incursion.txt"), "charred");
    no_cue(&example("06-black-sea-ceasefire-talks.txt"), "twisted");
    let d = example("08-opinion-hungary-veto.txt");
    no_cue(&d, "call");
    no_cue(&d, "remember");
    // "who spoke on condition of anonymity, said …" is one saying.
    let d = example("04-south-china-sea-standoff.txt");
    no_cue(&d, "spoke on");
    // The source span may hold the relative clause (as PolNeAR's sources
    // do); the holder is the official either way.
    let a = find(&d, "said", "the treaty's commitments");
    let chain = d.chain(&a.id).join(" → ");
    assert!(chain.starts_with("author → A State Department official") && !chain.contains(" → who"), "{chain}");
    assert_eq!(holder(&d, a).0, "A State Department official");
    // A dateline is no part of a content.
    let d = example("04-south-china-sea-standoff.txt");
    find(&d, "said", "A Chinese coast guard vessel fired");
    let d = example("02-gulf-of-finland-cable.txt");
    find(&d, "said", "Finnish authorities on Tuesday detained");
    // Contents do not run back over a paragraph break past their source.
    let d = example("02-gulf-of-finland-cable.txt");
    find(&d, "said", "Tallinn would not accept");
    let d = example("03-romania-drone-incursion.txt");
    find(&d, "said", "the ministry would issue SMS warnings");
    let d = example("07-denmark-water-cyberattack.txt");
    find(&d, "said", "the choice of a water utility was probably deliberate");
    // A cue-less content in another paragraph is not the last speaker's.
    let d = example("01-poland-belarus-missile.txt");
    for a in d.attributions.iter().filter(|a| a.cue.is_none() && a.kind != AttributionKind::Direct) {
        assert!(a.source.is_none(), "{:?}", d.slice(a.content));
    }
}

/// Whether an attribution's content starts with these words.
fn has_content(d: &Document, start: &str) -> bool {
    d.attributions.iter().any(|a| d.slice(a.content).starts_with(start))
}

#[test]
fn examples_evidence_that_shows_is_the_authors_sentence() {
    // "Video released by the PCG shows …": the video is evidence, the
    // sentence the author's claim; nobody says it.
    let d = example("04-south-china-sea-standoff.txt");
    no_cue(&d, "shows");
    no_cue(&d, "show");
    for text in ["Video released by the PCG shows", "Photographs taken by a reporter on board show"] {
        let c = d.claims.iter().find(|c| d.slice(c.span).starts_with(text)).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(c.holder, Holder::Author);
    }
    assert!(d.evidence.iter().any(|e| e.kind == EvidenceKind::Imagery && d.slice(e.span) == "Video"));
    // "Ukrainian officials later showed reporters … fragments" is a deed;
    // "a video published by the Ukrainian navy shows …" is no continued
    // saying of anyone.
    let d = example("06-black-sea-ceasefire-talks.txt");
    no_cue(&d, "showed");
    assert!(!has_content(&d, "Ukrainian navy shows"), "{}", lines(&d).join("\n"));
    // Nor is a piece of the satellite images' sentence in 01.
    let d = example("01-poland-belarus-missile.txt");
    assert!(!has_content(&d, "cleared hardstand"), "{}", lines(&d).join("\n"));
    assert!(!has_content(&d, "to decide in the coming months"), "{}", lines(&d).join("\n"));
}

#[test]
fn examples_sources_and_contents_of_the_fifth_round() {
    // A source without the clause set off after it.
    let d = example("04-south-china-sea-standoff.txt");
    let a = find(&d, "said", "Washington");
    assert_eq!(d.slice(a.source.as_ref().unwrap().span), "The US ambassador");
    let d = example("05-czech-expels-diplomats.txt");
    let a = find(&d, "denied", "that any embassy staff");
    assert_eq!(d.slice(a.source.as_ref().unwrap().span), "The Russian ambassador");
    // "…, a ruling Beijing rejects": Beijing rejects the ruling; the
    // tribunal's finding is the author's report, not Beijing's saying.
    let d = example("04-south-china-sea-standoff.txt");
    let a = find(&d, "rejects", "a ruling");
    assert_eq!(d.slice(a.content), "a ruling");
    assert!(
        !d.claims
            .iter()
            .any(|c| c.holder != Holder::Author && d.slice(c.span).starts_with("An international tribunal"))
    );
    // "Asked whether …, he said": the question is not Hruška's saying.
    let d = example("05-czech-expels-diplomats.txt");
    let (name, _) = holder(&d, find(&d, "Asked", "whether the Czech government"));
    assert_ne!(name, "Pavel Hruška");
    let (name, _) = holder(&d, find(&d, "said", "no option was off the table"));
    assert_eq!(name, "Pavel Hruška");
    // The inverted report keeps its whole content and its chain.
    find(&d, "reported", "Maria Lebedeva, a spokeswoman");
    // Nouns are no cues: "followed by talks on", "prompted calls in".
    let d = example("06-black-sea-ceasefire-talks.txt");
    no_cue(&d, "talks");
    assert!(d.slice(find(&d, "has proposed", "a 30-day halt").content).ends_with("grain shipments"));
    no_cue(&example("03-romania-drone-incursion.txt"), "calls");
    // A parenthetical "said by X to …" ends at its comma; the rest of the
    // sentence is the author's. (Since `attribution@10` its content starts
    // at the phrase it is said of.)
    let a = find(&d, "said", "Separate footage");
    assert_eq!(
        d.slice(a.content),
        "Separate footage, said by Ukrainian officials to have been filmed by a Bayraktar TB2 drone"
    );
    // "according to a London broker, and several operators have said": the
    // source ends at the new clause.
    let a = find(&d, "according to", "Insurance premiums");
    assert_eq!(d.slice(a.source.as_ref().unwrap().span), "a London broker");
    // A nominal subject's content ends before the sentence's verb; a second
    // that-clause joined by "and" is the same speaker's.
    let d = example("05-czech-expels-diplomats.txt");
    assert_eq!(
        d.slice(find(&d, "accusations", "that Moscow").content),
        "that Moscow recruited arsonists through messaging apps"
    );
    let a = find(&d, "said", "the Czech Republic had informed");
    assert!(d.slice(a.content).ends_with("within the Schengen area"), "{}", d.slice(a.content));
    // A quote after `…," said X, a researcher.` is X's continued quote,
    // not part of one content spanning the clause or of the next speaker's.
    let d = example("07-denmark-water-cyberattack.txt");
    let a = find(&d, "said", "“There are signs");
    assert!(d.slice(a.content).ends_with("disruption,”"), "{}", d.slice(a.content));
    let a = find(&d, "-", "“The fact that they chose");
    assert_eq!(d.chain(&a.id).join(" → "), "author → Pia Lindqvist");
    assert_eq!(a.kind, AttributionKind::Direct);
    find(&d, "said", "the FE believes");
    // "Instead, … it is arguing about paperwork": a quarrel about a topic
    // reports no proposition (since `attribution@11`; it was the European
    // Union's saying "paperwork").
    let d = example("08-opinion-hungary-veto.txt");
    no_cue(&d, "is arguing about");
    assert!(
        d.claims.iter().any(|c| c.holder == Holder::Author && d.slice(c.span).ends_with("arguing about paperwork")),
        "{}",
        lines(&d).join("\n")
    );
    // "there is no evidence that …" is no saying.
    no_cue(&example("07-denmark-water-cyberattack.txt"), "evidence");
}

#[test]
fn examples_non_sayings_of_the_ninth_round() {
    let d = example("02-gulf-of-finland-cable.txt");
    // "have offered survey | vessels to help" splits a noun phrase.
    no_cue(&d, "have offered survey");
    assert!(!has_content(&d, "vessels to help"), "{}", lines(&d).join("\n"));
    // "requests for comment from Baltic Wire" is no one's saying.
    assert!(!has_content(&d, "comment from"), "{}", lines(&d).join("\n"));
    // "… and was believed to have been bought …" is the same source's
    // content, hedged.
    let a = find(&d, "said", "it had changed hands twice");
    assert!(d.slice(a.content).ends_with("in the United Arab Emirates in 2023"), "{}", lines(&d).join("\n"));
    assert_eq!(a.certainty.level, CertaintyLevel::Likely);
    // "should remember that, and decide whether …" is the author's advice.
    let d = example("08-opinion-hungary-veto.txt");
    no_cue(&d, "decide");
    assert!(!has_content(&d, "whether they would rather"), "{}", lines(&d).join("\n"));
}

#[test]
fn examples_relayed_sayings_are_links_of_their_chains() {
    let d = example("02-gulf-of-finland-cable.txt");
    let chain = |d: &Document, cue: &str, start: &str| d.chain(&find(d, cue, start).id).join(" → ");
    assert_eq!(chain(&d, "had said", "that its crew"), "author → Põhjarannik → Sealore Shipping");
    let d = example("03-romania-drone-incursion.txt");
    assert_eq!(
        chain(&d, "had assured", "that they would report"),
        "author → A NATO spokesperson → Romanian authorities"
    );
    let d = example("07-denmark-water-cyberattack.txt");
    let a = find(&d, "believes", "the same group may have scanned");
    assert_eq!(d.chain(&a.id).join(" → "), "author → Two Danish officials → Danish Defense Intelligence Service");
    assert_eq!(a.certainty.level, CertaintyLevel::Possible);
}

#[test]
fn examples_a_verb_coordinated_inside_a_reported_clause() {
    let d = example("06-black-sea-ceasefire-talks.txt");
    let a = find(&d, "had assured", "that Turkey would");
    assert_eq!(d.chain(&a.id).join(" → "), "author → A source in the Turkish presidency → Erdal Kaymaz");
    let outer = find(&d, "said", "President Erdal Kaymaz had spoken");
    assert!(d.slice(outer.content).contains("personally"), "{}", lines(&d).join("\n"));
}

#[test]
fn examples_a_list_of_names_is_held_by_their_group() {
    let d = example("08-opinion-hungary-veto.txt");
    let a = find(&d, "have both signalled", "that they would back");
    let c = d.claims.iter().find(|c| c.attribution.as_deref() == Some(a.id.as_str())).unwrap();
    let Holder::Entity(id) = &c.holder else { panic!("{:?}", c.holder) };
    assert_eq!(d.entity(id).unwrap().name, "Warsaw and Bucharest");
}

#[test]
fn examples_an_accusation_holds_whom_it_accuses() {
    let d = example("05-czech-expels-diplomats.txt");
    find(&d, "accusing", "them of helping to organise an attempted arson attack");
}

#[test]
fn examples_pronoun_speakers_show_their_holders() {
    let d = example("05-czech-expels-diplomats.txt");
    assert_eq!(
        d.chain(&find(&d, "told", "the accusations were").id).join(" → "),
        "author → a ministry official who attended the meeting → The Russian ambassador"
    );
    let d = example("02-gulf-of-finland-cable.txt");
    assert_eq!(
        d.chain(&find(&d, "said", "Tracking data shows").id).join(" → "),
        "author → two officials familiar with the investigation"
    );
}

#[test]
fn examples_evidence_said_to_be_missing_is_no_item() {
    let d = example("02-gulf-of-finland-cable.txt");
    assert!(!d.evidence.iter().any(|e| d.slice(e.span) == "testimony"), "without testimony from the crew");
}

/// The name of the entity an attribution's source denotes, if any.
fn source_entity_name(d: &Document, a: &dossier_model::Attribution) -> Option<String> {
    let id = a.source.as_ref()?.entity.as_deref()?;
    d.entity(id).map(|e| e.name.clone())
}

#[test]
fn examples_pronoun_and_definite_sources_denote_their_speakers() {
    let d = example("05-czech-expels-diplomats.txt");
    let a = find(&d, "told", "the accusations were");
    assert_eq!(d.slice(a.source.as_ref().unwrap().span), "He");
    assert_eq!(source_entity_name(&d, a).as_deref(), Some("The Russian ambassador"));
    let d = example("02-gulf-of-finland-cable.txt");
    let a = find(&d, "said", "Tracking data shows");
    assert_eq!(source_entity_name(&d, a).as_deref(), Some("two officials familiar with the investigation"));
    let d = example("06-black-sea-ceasefire-talks.txt");
    let a = find(&d, "said", "Kaymaz was prepared");
    assert_eq!(source_entity_name(&d, a).as_deref(), Some("A source in the Turkish presidency"));
}

#[test]
fn examples_a_trailing_speaker_s_description_is_no_content_and_a_tribunal_rules() {
    let d = example("04-south-china-sea-standoff.txt");
    let a = find(&d, "ruled", "that China's sweeping claims in the South China Sea had no legal basis");
    assert_eq!(d.chain(&a.id).join(" → "), "author → An international tribunal");
    assert_eq!(a.speech_act, SpeechAct::Assert);
    find(&d, "rejects", "a ruling");
}

#[test]
fn examples_a_passive_saying_holds_what_it_is_said_of() {
    let d = example("06-black-sea-ceasefire-talks.txt");
    let a =
        find(&d, "said", "Separate footage, said by Ukrainian officials to have been filmed by a Bayraktar TB2 drone");
    assert_eq!(d.chain(&a.id).join(" → "), "author → Ukrainian officials");
}

#[test]
fn examples_each_clause_of_a_content_has_its_own_certainty() {
    let d = example("02-gulf-of-finland-cable.txt");
    let a = find(&d, "say", "the pattern probably reflects");
    assert_eq!(a.certainty.level, CertaintyLevel::Likely);
    let levels: Vec<CertaintyLevel> = d
        .claims
        .iter()
        .filter(|c| c.attribution.as_deref() == Some(a.id.as_str()))
        .map(|c| c.certainty.level)
        .collect();
    assert_eq!(levels, [CertaintyLevel::Likely, CertaintyLevel::VeryUnlikely]);
}

#[test]
fn examples_a_cited_source_is_a_link_of_the_chain() {
    let d = example("02-gulf-of-finland-cable.txt");
    let a = find(&d, "told", "the anchor had been released");
    assert_eq!(
        d.chain(&a.id).join(" → "),
        "author → National Bureau of Investigation → a preliminary interview → The ship’s master"
    );
}

#[test]
fn examples_the_speaker_s_own_act_after_a_noun_phrase_content_is_not_said() {
    let d = example("05-czech-expels-diplomats.txt");
    let a = find(&d, "referred to", "intercepted communications");
    assert_eq!(d.slice(a.content), "intercepted communications, surveillance photographs and bank records");
}

#[test]
fn examples_a_comment_on_quoted_words_is_the_author_s() {
    let d = example("08-opinion-hungary-veto.txt");
    assert_eq!(d.slice(find(&d, "also insisted", "that Hungary").content), "that Hungary “has never blocked anything”");
    assert_eq!(
        d.slice(find(&d, "According to", "he warned").content),
        "he warned that Budapest would “not be taken for granted”"
    );
}

#[test]
fn examples_criticising_is_a_saying_of_its_own() {
    let d = example("05-czech-expels-diplomats.txt");
    find(&d, "said", "the expulsions were \"the minimum");
    assert_eq!(
        d.slice(find(&d, "said", "the expulsions were \"the minimum").content).len(),
        "the expulsions were \"the minimum a self-respecting state can do\"".len()
    );
    let a = find(&d, "criticised", "Bratislava for having stayed silent");
    assert_eq!(d.chain(&a.id).join(" → "), "author → Denník Večer");
}

#[test]
fn examples_an_evidence_item_keeps_a_plural_possessive() {
    let d = example("06-black-sea-ceasefire-talks.txt");
    assert!(d.evidence.iter().any(|e| d.slice(e.span) == "fragments of the missiles' casings"));
}

#[test]
fn examples_of_the_eleventh_round() {
    // An inquiry into an open question is no saying (02).
    let d = example("02-gulf-of-finland-cable.txt");
    no_cue(&d, "are also examining");
    assert!(
        d.claims.iter().any(|c| c.holder == Holder::Author && d.slice(c.span).starts_with("Investigators are also"))
    );
    // An order is a directive, an attribution of blame an accusation (05, 07).
    let d = example("05-czech-expels-diplomats.txt");
    assert_eq!(find(&d, "ordered", "three Russian diplomats").speech_act, SpeechAct::Request);
    // Prague's blame ends before its own next act.
    assert_eq!(
        d.slice(find(&d, "blamed", "Russian military intelligence").content),
        "Russian military intelligence for explosions at an ammunition depot in 2014"
    );
    let d = example("07-denmark-water-cyberattack.txt");
    assert_eq!(find(&d, "attributed", "a December cyberattack").speech_act, SpeechAct::Accuse);
    // The communications the report cites are signals.
    assert!(
        d.evidence
            .iter()
            .any(|e| e.kind == EvidenceKind::Signals && d.slice(e.span) == "communications between the operators")
    );
    // The diplomats report his hint: author → Diplomats → Lőrincz (08).
    let d = example("08-opinion-hungary-veto.txt");
    let a = find(&d, "has hinted", "that Hungary could also hold up");
    assert_eq!(d.chain(&a.id).join(" → "), "author → Diplomats → Gergő Lőrincz");
    assert_eq!(a.certainty.level, CertaintyLevel::Possible);
    assert_eq!(find(&d, "say", "he has hinted").certainty.level, CertaintyLevel::Asserted);
}

#[test]
fn examples_of_the_thirteenth_round() {
    // The presidential office tells of the call; the Belarusian president
    // named at the content's end is no part of its source (01).
    let d = example("01-poland-belarus-missile.txt");
    let a = find(&d, "said", "President Henryk Ostaszewski raised");
    assert_eq!(a.source.as_ref().map(|s| d.slice(s.span)), Some("the presidential office"));
    assert!(d.slice(a.content).ends_with("Viktar Sharko"));
    assert_eq!(d.chain(&a.id).join(" → "), "author → the presidential office");
    // A patrol vessel escorting the tanker says nothing (02).
    let d = example("02-gulf-of-finland-cable.txt");
    no_cue(&d, "patrol vessel");
    assert!(
        d.claims.iter().any(|c| c.holder == Holder::Author && d.slice(c.span).starts_with("The Gabon-flagged vessel"))
    );
    // "cannot be ruled out that A, and B" hedges B too; "possible but not
    // probable" is unlikely, not a denial (08).
    let d = example("08-opinion-hungary-veto.txt");
    let lapse = d.claims.iter().find(|c| d.slice(c.span).contains("the sanctions lapse")).unwrap();
    assert_eq!(lapse.certainty.level, CertaintyLevel::Possible, "{}", d.slice(lapse.span));
    let deal = d.claims.iter().find(|c| d.slice(c.span).contains("a compromise was")).unwrap();
    assert_eq!(deal.certainty.level, CertaintyLevel::Unlikely);
    assert!(!deal.negated);
}

#[test]
fn examples_of_the_thirteenth_round_continued() {
    // Being summoned is no saying; the ambassador's denial stays (05).
    let d = example("05-czech-expels-diplomats.txt");
    no_cue(&d, "summoned to");
    assert_eq!(find(&d, "denied", "that any embassy staff").speech_act, SpeechAct::Deny);
    // "to avoid blame for failure": no accusation, no source holding a verb (06).
    let d = example("06-black-sea-ceasefire-talks.txt");
    no_cue(&d, "blame");
    assert!(d.attributions.iter().all(|a| a.source.as_ref().is_none_or(|s| !d.slice(s.span).contains("avoid"))));
    // What the report cites, cut before "which the FE said", is nobody's
    // words (07).
    let d = example("07-denmark-water-cyberattack.txt");
    assert!(!d.attributions.iter().any(|a| d.slice(a.content).ends_with("which")), "{}", lines(&d).join("\n"));
    assert!(find(&d, "said", "it had obtained through").source.is_some());
}
