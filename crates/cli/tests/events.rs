//! `dossier eval events` as a user runs it, with floors on the figures
//! BENCHMARKS.md reports (issue 6).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The PETRARCH2 records, or `None` (with a message) when ../shared/data is
/// absent; DOSSIER_REQUIRE_SHARED=1 makes absence fail.
fn records() -> Option<PathBuf> {
    let dir =
        std::env::var_os("DOSSIER_SHARED_DATA").map(PathBuf::from).unwrap_or_else(|| repo().join("../shared/data"));
    let file = dir.join("petrarch-cameo/petrarch2/text/PETR.UnitTest.records.xml");
    if file.is_file() {
        return Some(file);
    }
    if std::env::var("DOSSIER_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!("{} not found and DOSSIER_REQUIRE_SHARED=1", file.display());
    }
    eprintln!("skipping: {} not found", file.display());
    None
}

fn eval(args: &[&str]) -> Value {
    let o = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .env("NO_COLOR", "1")
        .args(["eval", "events"])
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("dossier runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON report")
}

fn f(v: &Value, path: &[&str]) -> f64 {
    let mut x = v;
    for p in path {
        x = &x[*p];
    }
    x.as_f64().unwrap_or_else(|| panic!("{path:?} missing in {v}"))
}

#[test]
fn petrarch_records_meet_the_root_f1_target_on_the_records_coded() {
    let Some(file) = records() else { return };
    let r = eval(&["--petrarch", file.to_str().unwrap()]);
    for key in ["root", "code", "actors"] {
        for m in ["precision", "recall", "f1"] {
            assert!(r[key][m].is_f64(), "{key}.{m} in {r}");
        }
    }
    // issue 6: root-code F1 >= 0.75 and actor-pair accuracy >= 0.70 on the
    // records dossier codes (measured 0.765 and 0.794, eighth session)
    assert!(f(&r, &["coded", "root", "f1"]) >= 0.75, "{r}");
    assert!(f(&r, &["coded", "actor_pair_accuracy"]) >= 0.70, "{r}");
    // over all records, with coverage (measured 0.707 and 81%)
    assert!(f(&r, &["root", "f1"]) >= 0.68, "{r}");
    assert!(f(&r, &["coverage"]) >= 0.75, "{r}");
}

#[test]
fn petrarch_records_with_the_builtin_cameo_verbs_run() {
    let Some(file) = records() else { return };
    let r = eval(&["--petrarch", file.to_str().unwrap(), "--verbs", "builtin"]);
    // the records' gold follows their own (WEIS-derived) verb codes, so only
    // the actor pairs are comparable here
    assert!(f(&r, &["actors", "precision"]) >= 0.65, "{r}");
}

/// `dossier eval events --gold` on one of the repository's gold sets.
fn eval_gold(file: &str) -> Value {
    let gold = repo().join("crates/eval/data/events").join(file);
    eval(&["--gold", gold.to_str().unwrap()])
}

#[test]
fn own_gold_sentences_code_no_reported_act_as_asserted() {
    let r = eval_gold("gold.jsonl");
    assert_eq!(r["reported_as_asserted"], 0, "{r}");
    // precision first: measured P 0.987, F1 0.892 (eleventh session)
    assert!(f(&r, &["root", "precision"]) >= 0.95, "{r}");
    assert!(f(&r, &["root", "f1"]) >= 0.85, "{r}");
}

#[test]
fn held_out_gold_sentences_code_no_reported_act_as_asserted() {
    // Written blind to the coder; both halves have since been used for
    // development (half A in the third session, half B in the fourth), so
    // this is a regression check, not a blind measure. Floors sit just under
    // the measured figures (root P 0.911, F1 0.783 at the end of the
    // eleventh session) so that a regression shows.
    let r = eval_gold("heldout.jsonl");
    assert_eq!(r["texts"], 112, "{r}");
    assert_eq!(r["reported_as_asserted"], 0, "{r}");
    assert!(f(&r, &["root", "precision"]) >= 0.89, "{r}");
    assert!(f(&r, &["root", "f1"]) >= 0.75, "{r}");
}

#[test]
fn later_held_out_sets_code_no_reported_act_as_asserted() {
    // heldout2 and heldout3 were written blind in the fourth session,
    // heldout4 and heldout5 in the fifth, heldout6 in the sixth, heldout7 in
    // the seventh, heldout8 in the eighth, heldout9 in the ninth, heldout10
    // in the tenth, heldout11 in the eleventh, heldout12 in the twenty-first,
    // heldout13 in the twenty-second, heldout14 in the twenty-third, heldout15 in the twenty-fourth,
    // heldout16 in the twenty-fifth, heldout17 in the twenty-eighth,
    // heldout18 in the thirtieth, heldout19 in the thirty-second, heldout20
    // in the thirty-third, heldout21 in the thirty-fourth.
    // heldout2 was developed on in the fifth session, heldout5 in the sixth,
    // heldout6 in the seventh, heldout7 in the eighth, heldout8 in the
    // ninth, heldout9 in the tenth, heldout10 in the eleventh, heldout11 in
    // the twenty-first, heldout12 in the twenty-second, heldout13 in the
    // twenty-third, heldout14 in the twenty-fourth and heldout15 from the
    // twenty-fifth to the twenty-seventh, heldout16 in the twenty-ninth,
    // heldout17 in the thirtieth, heldout18 in the thirty-first and
    // thirty-second;
    // heldout3, heldout4, heldout19 and heldout20 have only been run as
    // totals (heldout19: 0.832 / 0.713 at its first run, blind, with
    // events@26; heldout20 0.811 / 0.691 with events@27). Measured root P / F1 at the
    // end of the eleventh session: heldout2 0.884 / 0.768, heldout3 0.686 /
    // 0.592, heldout4 0.833 / 0.692, heldout5 0.855 / 0.745, heldout6 0.893
    // / 0.761, heldout7 0.921 / 0.747, heldout8 0.844 / 0.670, heldout9
    // 0.783 / 0.608, heldout10 0.830 / 0.689 (at the session's start
    // heldout10 was 0.735 / 0.543); heldout11 0.827 / 0.730 at the end of
    // the twenty-first (0.715 / 0.607 at its start); heldout12 0.881 /
    // 0.756 after the twenty-second's round (0.815 / 0.688 at its start);
    // heldout13 0.844 / 0.712 after the twenty-third's round (0.762 / 0.617
    // at its start); heldout14 0.841 / 0.770 after the twenty-fourth's round
    // (0.798 / 0.710 at its start, with one reported act coded as asserted,
    // which that round's first rule removed); heldout15 0.862 / 0.758
    // after the twenty-seventh's round (0.793 / 0.676 when it was opened);
    // heldout16 0.822 / 0.665 after the twenty-ninth's round (0.757 / 0.616
    // when it was opened, with one reported act coded as asserted, a strike
    // whose victims only the striking army identified, which that round's
    // first rule now reports); heldout17 0.845 / 0.729 when it was opened
    // in the thirtieth session (0.839 / 0.722 at its first run, blind);
    // heldout18 0.773 / 0.668 when it was opened in the thirty-first
    // (0.771 / 0.662 at its first run, blind).
    // These floors only catch a regression.
    for (file, texts, precision, f1) in [
        ("heldout2.jsonl", 100, 0.85, 0.73),
        ("heldout3.jsonl", 100, 0.66, 0.56),
        ("heldout4.jsonl", 100, 0.80, 0.66),
        ("heldout5.jsonl", 100, 0.83, 0.72),
        ("heldout6.jsonl", 100, 0.86, 0.72),
        ("heldout7.jsonl", 99, 0.89, 0.71),
        ("heldout8.jsonl", 100, 0.81, 0.64),
        ("heldout9.jsonl", 97, 0.75, 0.58),
        ("heldout10.jsonl", 100, 0.80, 0.66),
        ("heldout11.jsonl", 100, 0.79, 0.70),
        ("heldout12.jsonl", 100, 0.85, 0.72),
        ("heldout13.jsonl", 100, 0.81, 0.68),
        ("heldout14.jsonl", 100, 0.80, 0.73),
        ("heldout15.jsonl", 100, 0.83, 0.73),
        ("heldout16.jsonl", 100, 0.80, 0.64),
        ("heldout17.jsonl", 100, 0.82, 0.71),
        ("heldout18.jsonl", 100, 0.74, 0.63),
        ("heldout19.jsonl", 100, 0.80, 0.68),
        ("heldout20.jsonl", 100, 0.78, 0.66),
    ] {
        let r = eval_gold(file);
        assert_eq!(r["texts"], texts, "{file}: {r}");
        assert_eq!(r["reported_as_asserted"], 0, "{file}: {r}");
        assert!(f(&r, &["root", "precision"]) >= precision, "{file}: {r}");
        assert!(f(&r, &["root", "f1"]) >= f1, "{file}: {r}");
    }
}

#[test]
fn the_newest_blind_set_is_measured_and_floored() {
    // heldout21 (written at the start of the thirty-fourth session by a
    // separate annotator, 100 texts, ids ev2101-ev2200) is blind: only its
    // totals are read. With that session's start coder (events@28), before
    // any change, root P / F1 were 0.831 / 0.699, with no reported act
    // coded as asserted (the pipeline's coder, the rules alone, still gives
    // that); with the opt-in learned proposer 0.836 / 0.740, with one
    // reported act coded as asserted.
    let r = eval_gold("heldout21.jsonl");
    assert_eq!(r["texts"], 100, "{r}");
    assert_eq!(r["reported_as_asserted"], 0, "{r}");
    assert!(f(&r, &["root", "precision"]) >= 0.80, "{r}");
    assert!(f(&r, &["root", "f1"]) >= 0.67, "{r}");
}

/// `--second`: a second annotator's file of some of the texts is scored
/// against the first with the gold scorer, and dossier against both.
#[test]
fn a_second_annotation_is_scored_against_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let second = dir.path().join("second.jsonl");
    // The first ten texts of the shipped gold, annotated with no events.
    let gold = std::fs::read_to_string(repo().join("crates/eval/data/events/gold.jsonl")).unwrap();
    let lines: Vec<String> = gold
        .lines()
        .take(10)
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            v["events"] = Value::Array(Vec::new());
            v.to_string()
        })
        .collect();
    std::fs::write(&second, lines.join("\n")).unwrap();
    let v = eval(&[
        "--gold",
        repo().join("crates/eval/data/events/gold.jsonl").to_str().unwrap(),
        "--second",
        second.to_str().unwrap(),
    ]);
    assert_eq!(v["texts"], 10, "{v}");
    let first_events = f(&v, &["second_vs_first", "gold_events"]);
    assert!(first_events > 0.0, "{v}");
    assert_eq!(f(&v, &["second_vs_first", "root", "recall"]), 0.0);
    assert_eq!(f(&v, &["first_vs_second", "gold_events"]), 0.0);
    assert_eq!(f(&v, &["system_vs_first", "gold_events"]), first_events);
    assert!(f(&v, &["system_vs_first", "root", "tp"]) > 0.0, "dossier codes the first texts: {v}");
}

/// heldout3's second, independent annotation agrees with the first as
/// BENCHMARKS.md records (root F1 0.959): a change to the gold scorer or to
/// either file shows here.
#[test]
fn heldout3_s_two_annotations_agree_as_recorded() {
    let dir = repo().join("crates/eval/data/events");
    let v = eval(&[
        "--gold",
        dir.join("heldout3.jsonl").to_str().unwrap(),
        "--second",
        dir.join("heldout3.second.jsonl").to_str().unwrap(),
    ]);
    assert_eq!(v["texts"], 100);
    let f1 = f(&v, &["second_vs_first", "root", "f1"]);
    assert!((f1 - 0.959).abs() < 0.001, "root F1 between annotators {f1:.4}");
    let back = f(&v, &["first_vs_second", "root", "f1"]);
    assert!((back - 0.968).abs() < 0.001, "root F1 the other way {back:.4}");
}

/// `dossier train events` writes a proposer that `eval events --proposer`
/// codes with (beside the rules, which alone are the default); training
/// twice gives the same bytes; a file that is no model is refused by name.
#[test]
fn the_event_proposer_trains_and_is_evaluated() {
    let dir = tempfile::tempdir().unwrap();
    let gold = repo().join("crates/eval/data/events/gold.jsonl");
    let train = |out: &Path| {
        let o = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["train", "events", "--epochs", "3", "--gold"])
            .arg(&gold)
            .arg("--out")
            .arg(out)
            .output()
            .expect("dossier runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(out).unwrap()
    };
    let (a, b) = (dir.path().join("a.bin"), dir.path().join("b.bin"));
    let first = train(&a);
    assert!(first.len() > 10_000, "{} bytes", first.len());
    assert_eq!(first, train(&b), "training is deterministic");
    let g = gold.to_str().unwrap();
    let with = eval(&["--gold", g, "--proposer", a.to_str().unwrap()]);
    let rules = eval(&["--gold", g]);
    assert_eq!(with["reported_as_asserted"], 0, "{with}");
    // trained on these very texts, the proposer can only add to the rules
    assert!(f(&with, &["root", "recall"]) >= f(&rules, &["root", "recall"]), "{with}\n{rules}");
    let junk = dir.path().join("junk.bin");
    std::fs::write(&junk, b"not a model").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["eval", "events", "--gold", g, "--proposer"])
        .arg(&junk)
        .output()
        .expect("dossier runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("junk.bin") && err.contains("not an event proposer model"), "{err}");
}

/// The gold sets the rules were developed on, in the order the shipped
/// proposer is trained on them (BENCHMARKS.md gives the command).
const DEVELOPED: [&str; 17] = [
    "gold",
    "heldout",
    "heldout2",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
];

/// The shipped proposer is what `dossier train events` gives on the
/// developed sets at this commit, byte for byte: it learns from the
/// stages before the event stage and from the rules' actors, so a change
/// there needs a retrain.
#[test]
fn the_shipped_event_proposer_is_reproduced_by_train_events() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("proposer.bin");
    let data = repo().join("crates/eval/data/events");
    let o = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["train", "events", "--gold"])
        .args(DEVELOPED.iter().map(|n| data.join(format!("{n}.jsonl"))))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("dossier runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let shipped = std::fs::read(repo().join("crates/events/models/proposer.bin")).unwrap();
    assert!(
        std::fs::read(&out).unwrap() == shipped,
        "crates/events/models/proposer.bin is not what `dossier train events` gives now: retrain it (BENCHMARKS.md, Events)"
    );
}
