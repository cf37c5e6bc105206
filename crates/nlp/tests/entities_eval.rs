//! The entity stage scored on the shared corpora (GUM news, MEANTIME, re3d)
//! through the library functions behind `dossier eval ner`, with floors so
//! that a regression fails. The data lives outside the repository: the test
//! looks in `$DOSSIER_SHARED_DATA`, else `<CARGO_MANIFEST_DIR>/../../../shared/data`,
//! and passes with "skipping" when it is absent, unless
//! `DOSSIER_REQUIRE_SHARED=1`. Run with `--nocapture` to see the figures
//! (release mode for meaningful speeds).

use std::path::PathBuf;

use dossier_nlp::entities::eval::{self, Match, Report};

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("DOSSIER_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(std::env::var_os("DOSSIER_REQUIRE_SHARED").is_none_or(|v| v != "1"), "{} not found", dir.display());
    println!("skipping: ../shared/data not found");
    None
}

fn show(name: &str, r: &Report) {
    print!("== {name}\n{}", r.to_text());
}

#[test]
fn gum_news() {
    let Some(data) = shared() else { return };
    let exact = eval::eval_gum(&data.join("gum/news"), Match::Exact).expect("gum");
    show("gum exact", &exact);
    let overlap = eval::eval_gum(&data.join("gum/news"), Match::Overlap).expect("gum");
    show("gum overlap", &overlap);
    assert!(exact.gold > 500, "{exact:?}");
    assert!(exact.f1 >= 0.55, "GUM F1 {:.3}", exact.f1);
}

#[test]
fn meantime() {
    let Some(data) = shared() else { return };
    let dir = data.join("meantime/meantime_newsreader_english_oct15/intra-doc_annotation");
    let exact = eval::eval_meantime(&dir, Match::Exact).expect("meantime");
    show("meantime exact", &exact);
    let overlap = eval::eval_meantime(&dir, Match::Overlap).expect("meantime");
    show("meantime overlap", &overlap);
    assert!(exact.gold > 500, "{exact:?}");
    assert!(exact.f1 >= 0.60, "MEANTIME F1 {:.3}", exact.f1);
}

#[test]
fn re3d() {
    let Some(data) = shared() else { return };
    let dir = data.join("ner-extra/re3d");
    let all = eval::eval_re3d(&dir, Match::Exact).expect("re3d");
    show("re3d exact", &all);
    let eq = eval::eval_re3d_equipment(&dir, Match::Exact).expect("re3d");
    show("re3d equipment exact", &eq);
    let eq_overlap = eval::eval_re3d_equipment(&dir, Match::Overlap).expect("re3d");
    show("re3d equipment overlap", &eq_overlap);
    assert!(eq.gold > 150, "{eq:?}");
    assert!(eq.f1 >= 0.60, "re3d EQUIPMENT exact F1 {:.3}", eq.f1);
    assert!(eq_overlap.f1 >= 0.74, "re3d EQUIPMENT overlap F1 {:.3}", eq_overlap.f1);
}
