//! Training, serialisation and tagging on small hand-written data.

use dossier_ner::{Clusters, Doc, EntityType, Gazetteer, Model, NerError, TrainOptions, conll, train};

const TRAIN: &str = "\
-DOCSTART- O

Mr B-PER
Smith I-PER
visited O
Paris B-LOC
on O
Monday O
. O

Acme B-ORG
Corp I-ORG
hired O
Smith B-PER
in O
London B-LOC
. O

-DOCSTART- O

Ms B-PER
Jones I-PER
flew O
to O
Berlin B-LOC
for O
Acme B-ORG
. O

The O
German B-MISC
office O
opened O
in O
Rome B-LOC
. O
";

fn docs() -> Vec<Doc> {
    conll::read_str(TRAIN, "train.txt").unwrap()
}

fn opts() -> TrainOptions {
    let mut gazetteer = Gazetteer::default();
    gazetteer.insert("city", "Paris").unwrap();
    gazetteer.insert("city", "Rome").unwrap();
    let mut clusters = Clusters::default();
    clusters.insert("paris", "0101").unwrap();
    clusters.insert("berlin", "0100").unwrap();
    TrainOptions { epochs: 5, stacking_folds: 2, gazetteer, clusters, ..TrainOptions::default() }
}

#[test]
fn training_is_deterministic_and_round_trips() {
    let d = docs();
    let (a, report) = train(&d, &d, &opts()).unwrap();
    let (b, _) = train(&d, &d, &opts()).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes(), "same data and options, same bytes");
    assert_eq!(report.model_bytes, a.to_bytes().len());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.bin");
    a.save(&path).unwrap();
    let c = Model::load(&path).unwrap();
    assert_eq!(c.to_bytes(), a.to_bytes());

    // It learned its (tiny) training data.
    let spans = c.tag_sentence(&["Ms", "Jones", "flew", "to", "Berlin", "."]);
    let got: Vec<_> = spans.iter().map(|s| (s.start, s.end, s.ty)).collect();
    assert_eq!(got, vec![(0, 2, EntityType::Per), (4, 5, EntityType::Loc)]);
    assert!(spans.iter().all(|s| (0.0..=1.0).contains(&s.score)));
}

#[test]
fn damaged_and_foreign_files_are_refused() {
    let d = docs();
    let (m, _) = train(&d, &[], &opts()).unwrap();
    let bytes = m.to_bytes();

    let err = Model::from_bytes(b"not a model at all").unwrap_err();
    assert!(err.to_string().contains("bad magic"), "{err}");

    let mut stale = bytes.clone();
    stale[8] = 99;
    assert!(matches!(Model::from_bytes(&stale), Err(NerError::Version { found: 99, .. })));

    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x40;
    let err = Model::from_bytes(&flipped).unwrap_err();
    assert!(err.to_string().contains("checksum"), "{err}");

    let err = Model::from_bytes(&bytes[..bytes.len() - 20]).unwrap_err();
    assert!(matches!(err, NerError::Model { .. }), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.bin");
    std::fs::write(&path, b"garbage").unwrap();
    let err = Model::load(&path).unwrap_err();
    assert!(err.to_string().contains("bad.bin"), "{err}");
}

#[test]
fn missing_and_malformed_inputs_are_errors() {
    let err = conll::read("/nonexistent/eng.train.txt".as_ref()).unwrap_err();
    assert!(err.to_string().starts_with("cannot access /nonexistent/eng.train.txt"), "{err}");
    let err = train(&[], &[], &TrainOptions::default()).unwrap_err();
    assert!(matches!(err, NerError::Training(_)));
}

#[test]
fn embedded_model_is_shared_and_tags_news() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Model>();

    let m = Model::embedded();
    assert!(std::ptr::eq(m, Model::embedded()), "parsed once");
    let toks = [
        "German",
        "Chancellor",
        "Angela",
        "Merkel",
        "met",
        "officials",
        "of",
        "the",
        "European",
        "Commission",
        "in",
        "Brussels",
        "on",
        "Tuesday",
        ".",
    ];
    let spans = m.tag_sentence(&toks);
    let got: Vec<_> = spans.iter().map(|s| (toks[s.start..s.end].join(" "), s.ty)).collect();
    assert!(got.contains(&("Angela Merkel".to_string(), EntityType::Per)), "{got:?}");
    assert!(got.contains(&("Brussels".to_string(), EntityType::Loc)), "{got:?}");
    assert!(got.contains(&("European Commission".to_string(), EntityType::Org)), "{got:?}");

    // Threads share the one model.
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| assert_eq!(Model::embedded().tag_sentence(&toks), spans));
        }
    });
    assert!(m.tag_sentence(&[]).is_empty());
    assert_eq!(m.tag_document::<&str>(&[]).len(), 0);
}
