//! `dossier eval syntax` and `dossier train syntax` as a user runs them,
//! with floors on the GUM figures crates/syntax/README.md reports.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The GUM folder of ../shared/data, or `None` (with a message) when it is
/// absent; DOSSIER_REQUIRE_SHARED=1 makes absence fail.
fn gum() -> Option<PathBuf> {
    let dir =
        std::env::var_os("DOSSIER_SHARED_DATA").map(PathBuf::from).unwrap_or_else(|| repo().join("../shared/data"));
    let gum = dir.join("gum");
    if gum.join("GUM_all_genres_except_reddit.dep.conllu.tar.gz").is_file() {
        return Some(gum);
    }
    if std::env::var("DOSSIER_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!("{} not found and DOSSIER_REQUIRE_SHARED=1", gum.display());
    }
    eprintln!("skipping: {} not found", gum.display());
    None
}

fn dossier(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).env("NO_COLOR", "1").args(args).output().expect("dossier runs")
}

#[test]
fn gum_test_scores_stay_above_their_floors() {
    let Some(gum) = gum() else { return };
    let o = dossier(&["eval", "syntax", "--gum", gum.to_str().unwrap(), "--split", "test", "--format", "json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON report");
    let f = |k: &str| v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"));
    assert!(f("words") > 25_000.0, "{v}");
    // shipped model: POS 0.953, UAS 0.807, LAS 0.764 (all words)
    assert!(f("pos_accuracy") >= 0.94, "{v}");
    assert!(f("uas") >= 0.79, "{v}");
    assert!(f("las") >= 0.745, "{v}");
    assert!(f("uas_no_punct") >= 0.79, "{v}");
    assert!(f("las_no_punct") >= 0.745, "{v}");
    assert!(f("tokens_per_second") > 0.0);
}

#[test]
fn bad_inputs_are_clear_errors() {
    let o = dossier(&["eval", "syntax", "--gum", "/nonexistent/gum"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("/nonexistent/gum"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    // a folder with a malformed CoNLL-U file: the error names file and line
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("splits.md"), "## dev\n* GUM_news_a\n## test\n* GUM_news_b\n").unwrap();
    std::fs::write(dir.path().join("GUM_news_a.conllu"), "1\tWord\tword\tNOUN\t_\t_\t0\troot\t_\t_\n\n1\tbad\n")
        .unwrap();
    let o = dossier(&["eval", "syntax", "--gum", dir.path().to_str().unwrap()]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("GUM_news_a.conllu:3: expected 10 tab-separated columns"), "{err}");

    let o = dossier(&[
        "eval",
        "syntax",
        "--gum",
        dir.path().to_str().unwrap(),
        "--model",
        dir.path().join("splits.md").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad magic"));
}

#[test]
fn training_on_a_small_folder_writes_a_model_that_evaluates() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("splits.md"), "## dev\n* GUM_news_dev\n## test\n* GUM_news_test\n").unwrap();
    let sentence = "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tcrossed\tcross\tVERB\tVBD\t_\t0\troot\t_\t_\n\
                    3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tborder\tborder\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n";
    for name in ["GUM_news_train", "GUM_news_dev", "GUM_news_test", "GUM_fiction_nc"] {
        std::fs::write(dir.path().join(format!("{name}.conllu")), sentence).unwrap();
    }
    let out = dir.path().join("m.bin");
    let d = dir.path().to_str().unwrap();
    let o = dossier(&["train", "syntax", "--gum", d, "--out", out.to_str().unwrap(), "--clusters", "/nonexistent"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // only the free-licence genre's training document is used
    assert!(String::from_utf8_lossy(&o.stderr).contains("1 sentences, 4 words"));
    let o = dossier(&[
        "eval",
        "syntax",
        "--gum",
        d,
        "--split",
        "dev",
        "--model",
        out.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["words"], 4);
}
