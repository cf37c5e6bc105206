//! Regression floors on the shared evaluation data (issue 4): TempEval-3
//! platinum value F1 and relaxed F1, and MEANTIME. Skips when the data is
//! absent, unless `DOSSIER_REQUIRE_SHARED=1` demands it.

use std::path::PathBuf;

use dossier_timex::eval;

fn shared_data() -> Option<PathBuf> {
    let dir = match std::env::var_os("DOSSIER_SHARED_DATA") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("DOSSIER_REQUIRE_SHARED").is_ok_and(|v| v == "1") {
        panic!("DOSSIER_REQUIRE_SHARED=1 but {} is not a directory", dir.display());
    }
    println!("skipping: ../shared/data not found");
    None
}

#[test]
fn te3_platinum_floor() {
    let Some(data) = shared_data() else { return };
    let te3 = data.join("tempeval3");
    let r = eval::eval_dirs(&te3.join("te3-platinum"), &te3.join("te3-platinum-input")).expect("platinum data reads");
    println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
    assert_eq!(r.files, 20);
    assert_eq!(r.gold, 138);
    assert!(r.value_f1 >= 0.80, "value F1 {:.4} below the 0.80 floor", r.value_f1);
    assert!(r.relaxed_f1 >= 0.90, "relaxed F1 {:.4} below the 0.90 floor", r.relaxed_f1);
    assert!(r.strict_f1 >= 0.83, "strict F1 {:.4} below the 0.83 floor", r.strict_f1);
}

#[test]
fn meantime_floor() {
    let Some(data) = shared_data() else { return };
    let dir = data.join("meantime/meantime_newsreader_english_oct15/intra-doc_annotation");
    let r = eval::eval_cat_dir(&dir).expect("meantime data reads");
    println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
    assert_eq!(r.files, 120);
    assert!(r.value_f1 >= 0.68, "value F1 {:.4} below the 0.68 floor", r.value_f1);
    assert!(r.relaxed_f1 >= 0.85, "relaxed F1 {:.4} below the 0.85 floor", r.relaxed_f1);
}
