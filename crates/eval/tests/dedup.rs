//! Issue 8 target: near-duplicate grouping on the perturbed example
//! articles mixed with distinct same-topic articles reaches precision
//! ≥ 0.95 and recall ≥ 0.90.

use dossier_eval::dedup::{evaluate, test_set};

#[test]
fn near_duplicate_grouping_meets_its_targets() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let originals: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect();
    assert_eq!(originals.len(), 8);
    let report = evaluate(&test_set(&originals)).unwrap();
    assert_eq!(report.documents, 8 * 6 + dossier_eval::dedup::DISTINCT.len());
    assert!(report.precision >= 0.95, "{report:#?}");
    assert!(report.recall >= 0.90, "{report:#?}");
}
