//! The two extraction benchmarks as tests, with floors at the figures this
//! crate reaches, so a change that loses quality fails CI.
//!
//! The data lives outside the repository: `$DOSSIER_SHARED_DATA` if set,
//! else `../shared/data` beside the repository. Without it the tests print
//! a skip line and pass, unless `DOSSIER_REQUIRE_SHARED=1` demands the data.

use std::path::PathBuf;

use dossier_html::eval::{EvalOptions, trafilatura, zyte};

fn shared_data() -> Option<PathBuf> {
    let dir = std::env::var_os("DOSSIER_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("DOSSIER_REQUIRE_SHARED").is_ok_and(|v| v == "1") {
        panic!("DOSSIER_REQUIRE_SHARED=1 but {} not found", dir.display());
    }
    println!("skipping: ../shared/data not found");
    None
}

/// Rayon only speeds the debug-mode test up; results do not depend on it.
fn opts() -> EvalOptions {
    EvalOptions { threads: 2, per_page: false }
}

#[test]
fn zyte_article_extraction_benchmark_f1_floor() {
    let Some(data) = shared_data() else { return };
    let report = zyte::run(&data.join("article-extraction-benchmark"), &opts()).expect("benchmark runs");
    println!("zyte: p {:.4} r {:.4} f1 {:.4}", report.precision, report.recall, report.f1);
    assert_eq!(report.pages, 181);
    assert!(report.f1 >= 0.970, "f1 {:.4} below the 0.970 floor", report.f1);
}

#[test]
fn zyte_scorer_reproduces_published_figures() {
    let Some(data) = shared_data() else { return };
    let dir = data.join("article-extraction-benchmark");
    // Published: readability_js 0.947 / 0.914 / 0.982; rs_trafilatura 0.970 / 0.951 / 0.990.
    for (name, f1, p, r) in [("readability_js", 0.947, 0.914, 0.982), ("rs_trafilatura", 0.970, 0.951, 0.990)] {
        let rep = zyte::score_file(&dir, &dir.join("output").join(format!("{name}.json"))).expect("scores");
        assert!((rep.f1 - f1).abs() < 0.0006, "{name} f1 {:.4}", rep.f1);
        assert!((rep.precision - p).abs() < 0.0006, "{name} precision {:.4}", rep.precision);
        assert!((rep.recall - r).abs() < 0.0006, "{name} recall {:.4}", rep.recall);
    }
}

#[test]
fn trafilatura_evaluation_set_f1_floor() {
    let Some(data) = shared_data() else { return };
    let report = trafilatura::run(&data.join("trafilatura-eval"), &opts()).expect("evaluation runs");
    println!("trafilatura-eval: p {:.4} r {:.4} f1 {:.4}", report.precision, report.recall, report.f1);
    assert_eq!(report.pages, 990);
    assert!(report.f1 >= 0.895, "f1 {:.4} below the 0.895 floor", report.f1);
}
