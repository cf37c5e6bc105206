//! The shipped model on invented news sentences (not from GUM).

use dossier_model::{DepRel, Upos};
use dossier_syntax::{Model, Parsed};

fn parse(s: &str) -> (Vec<&str>, Vec<Parsed>) {
    let words: Vec<&str> = s.split(' ').collect();
    let p = Model::embedded().expect("embedded model").parse(&words);
    (words, p)
}

fn idx(words: &[&str], w: &str) -> usize {
    words.iter().position(|x| *x == w).unwrap() + 1
}

#[test]
fn speech_verb_takes_subject_and_clausal_complement() {
    let (w, p) = parse("The minister said the missile was launched from Belarus .");
    for (a, b) in w.iter().zip(&p) {
        eprintln!("{a}\t{:?}\t{}\t{:?}", b.upos, b.head, b.rel);
    }
    let said = idx(&w, "said");
    assert_eq!(p[said - 1].head, 0);
    assert_eq!(p[said - 1].rel, DepRel::Root);
    assert_eq!(p[said - 1].upos, Upos::Verb);
    assert_eq!((p[idx(&w, "minister") - 1].head, p[idx(&w, "minister") - 1].rel), (said, DepRel::Nsubj));
    assert_eq!((p[idx(&w, "launched") - 1].head, p[idx(&w, "launched") - 1].rel), (said, DepRel::Ccomp));
}

#[test]
fn accusation_has_subject_and_object() {
    let (w, p) = parse("Russia accused Ukraine of shelling the plant .");
    for (a, b) in w.iter().zip(&p) {
        eprintln!("{a}\t{:?}\t{}\t{:?}", b.upos, b.head, b.rel);
    }
    let accused = idx(&w, "accused");
    assert_eq!(p[accused - 1].head, 0);
    assert_eq!((p[0].head, p[0].rel), (accused, DepRel::Nsubj));
    assert_eq!((p[idx(&w, "Ukraine") - 1].head, p[idx(&w, "Ukraine") - 1].rel), (accused, DepRel::Obj));
    assert_eq!(p[idx(&w, "plant") - 1].head, idx(&w, "shelling"));
}

#[test]
fn every_sentence_gets_one_root_and_a_tree() {
    for s in [
        "Officials in Kyiv did n't confirm the report , which cited two unnamed sources .",
        "“ We will respond , ” the spokesman told reporters on Tuesday .",
        "Shares fell 3.5 % after the company 's Russian-built reactor was shut down .",
        "Attack !",
        "x",
    ] {
        let (w, p) = parse(s);
        assert_eq!(p.len(), w.len());
        assert_eq!(p.iter().filter(|x| x.head == 0).count(), 1, "{s}");
        assert_eq!(p.iter().filter(|x| x.rel == DepRel::Root).count(), 1, "{s}");
        for start in 1..=p.len() {
            let (mut at, mut steps) = (start, 0);
            while at != 0 {
                at = p[at - 1].head;
                steps += 1;
                assert!(steps <= p.len(), "cycle in {s}");
            }
        }
    }
    assert!(Model::embedded().unwrap().parse(&[]).is_empty());
}

#[test]
fn complement_clause_with_that_and_a_date() {
    let (w, p) = parse("The army said on Monday that its forces had destroyed three drones .");
    for (a, b) in w.iter().zip(&p) {
        eprintln!("{a}\t{:?}\t{}\t{:?}", b.upos, b.head, b.rel);
    }
    let said = idx(&w, "said");
    assert_eq!(p[said - 1].head, 0);
    assert_eq!(p[idx(&w, "destroyed") - 1].head, said);
    assert_eq!(p[idx(&w, "destroyed") - 1].rel, DepRel::Ccomp);
    assert_eq!(p[idx(&w, "forces") - 1].rel, DepRel::Nsubj);
    assert_eq!((p[idx(&w, "drones") - 1].head, p[idx(&w, "drones") - 1].rel), (idx(&w, "destroyed"), DepRel::Obj));
}
