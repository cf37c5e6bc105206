//! The PolNeAR scorer's treatment of predictions on invented sentences:
//! cues and contents are made univocal (a token belongs to the innermost
//! attribution), while a source span may serve several sayings, as it does
//! in PolNeAR's own annotation.

use dossier_attribution::eval::{System, agreement, scored_parts};
use dossier_attribution::polnear::Gold;
use dossier_model::{Document, Metadata, Span};

fn doc(text: &str) -> Document {
    let mut d = Document::new(text.to_string(), Metadata::default());
    dossier_nlp::extract(&mut d);
    d
}

fn span(d: &Document, part: &str) -> Span {
    let at = d.text.find(part).unwrap_or_else(|| panic!("{part:?} not in text"));
    Span::new(at, at + part.len())
}

#[test]
fn a_source_shared_by_two_sayings_counts_for_both() {
    let d = doc("Trump mocked the plan on Friday, saying it would fail.");
    let pred = vec![
        (Some(span(&d, "Trump")), Some(span(&d, "mocked")), span(&d, "the plan on Friday")),
        (Some(span(&d, "Trump")), Some(span(&d, "saying")), span(&d, "it would fail")),
    ];
    let (p, _) = scored_parts(&d, &pred, &[]);
    assert_eq!(p.len(), 2);
    assert!(!p[0][0].is_empty() && p[0][0] == p[1][0], "{p:?}");
}

#[test]
fn a_source_inside_another_content_belongs_to_the_inner_saying_only() {
    let d = doc("Anna said that Bob believes the dam would fail.");
    let pred = vec![
        (Some(span(&d, "Anna")), Some(span(&d, "said")), span(&d, "that Bob believes the dam would fail")),
        (Some(span(&d, "Bob")), Some(span(&d, "believes")), span(&d, "the dam would fail")),
    ];
    let (p, _) = scored_parts(&d, &pred, &[]);
    assert_eq!(p.len(), 2);
    // The outer content keeps only "that"; "Bob", "believes" and the inner
    // content are the inner attribution's.
    assert_eq!(p[0][2].len(), 1, "{p:?}");
    assert_eq!(p[1][0].len(), 1, "{p:?}");
    assert!(p[0][0].iter().all(|k| !p[1][0].contains(k)));
}

#[test]
fn a_quote_continued_without_a_cue_does_not_count_the_source_again() {
    let d = doc("\"We will stay,\" Anna said. \"We will not be moved.\"");
    let pred = vec![
        (Some(span(&d, "Anna")), Some(span(&d, "said")), span(&d, "\"We will stay,\"")),
        (Some(span(&d, "Anna")), None, span(&d, "\"We will not be moved.\"")),
    ];
    let (p, _) = scored_parts(&d, &pred, &[]);
    assert_eq!(p.len(), 2);
    let with_source = p.iter().filter(|x| !x[0].is_empty()).count();
    assert_eq!(with_source, 1, "{p:?}");
}

fn gold(d: &Document, source: &str, cue: &str, content: &str) -> Gold {
    Gold { source: vec![span(d, source)], cue: vec![span(d, cue)], content: vec![span(d, content)] }
}

#[test]
fn annotators_who_agree_score_one_and_a_dissenter_lowers_them() {
    let text = "Anna said the dam would hold. Officials in Kyiv fear the river will rise.";
    let d = doc(text);
    let said = gold(&d, "Anna", "said", "the dam would hold");
    let fear = gold(&d, "Officials in Kyiv", "fear", "the river will rise");
    // Two annotators who mark the same two attributions.
    let mut docs = vec![(d.clone(), vec![vec![said.clone(), fear.clone()], vec![said.clone(), fear.clone()]])];
    let a = agreement(&mut docs, System::Combined, None);
    assert_eq!(a.articles, 1);
    assert_eq!(a.annotators_vs_first.cue.overlap.f1, 1.0);
    assert_eq!(a.annotators_vs_each_other.attribution.exact.f1, 1.0);
    assert_eq!(a.annotators_vs_first.gold_attributions, 2);
    // A third who sees no belief in "fear": against the first, perfect
    // precision and half the recall; between all pairs, symmetric.
    let mut docs = vec![(d.clone(), vec![vec![said.clone(), fear.clone()], vec![said.clone(), fear], vec![said]])];
    let a = agreement(&mut docs, System::Combined, None);
    assert_eq!(a.annotators_vs_first.gold_attributions, 4);
    assert_eq!(a.annotators_vs_first.predicted_attributions, 3);
    let cue = a.annotators_vs_first.cue.overlap;
    assert!((cue.p - 1.0).abs() < 1e-9 && (cue.r - 0.75).abs() < 1e-9, "{cue:?}");
    let pairs = a.annotators_vs_each_other.cue.overlap;
    assert!((pairs.p - pairs.r).abs() < 1e-9 && pairs.f1 < 1.0, "{pairs:?}");
    // The system row is scored against the same first annotator, once per
    // other annotator.
    assert_eq!(a.system_vs_first.gold_attributions, 4);
    assert_eq!(a.system_vs_each.gold_attributions, 5);
    assert!(a.system_vs_first.cue.overlap.f1 > 0.0, "the stage finds \"Anna said\"");
}

#[test]
fn an_article_with_one_annotator_is_left_out() {
    let d = doc("Anna said the dam would hold.");
    let said = gold(&d, "Anna", "said", "the dam would hold");
    let mut docs = vec![(d, vec![vec![said]])];
    let a = agreement(&mut docs, System::Rules, None);
    assert_eq!(a.articles, 0);
    assert_eq!(a.system_vs_first.gold_attributions, 0);
}
