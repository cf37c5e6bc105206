//! `dossier tension` and `dossier events` through the binary, on articles
//! written for these tests and on the example articles: the whole pipeline
//! codes the events, the store keeps them, the analysis weighs them.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .env("NO_COLOR", "1")
        .env_remove("DOSSIER_LOG")
        .args(args)
        .output()
        .expect("dossier runs")
}

fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "dossier {args:?} failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Two outlets report one missile strike in their own words; a third
/// article reports an accusation of shelling and its denial.
const STRIKE_A: &str = "Russian missiles hit Odesa grain terminal
By Lena Marsh | 10 February 2026

ODESA — Russia fired missiles at the Ukrainian port of Odesa on Monday night, destroying two grain silos and a loading crane.

Ukraine's foreign ministry condemned the strike and summoned the Russian envoy.

____
Harbour Gazette · harbourgazette.example
";

const STRIKE_B: &str = "Strike on Odesa port destroys grain silos
By Tomas Reed | 10 February 2026

Russia launched a missile strike on the Ukrainian port of Odesa on Monday night, destroying two grain silos.

The attack was the third on the port this month.

____
Danube Ledger · danubeledger.example
";

const ACCUSATION: &str = "Kyiv accuses Moscow of shelling Kherson
By Lena Marsh | 11 February 2026

Ukraine accused Russia on Tuesday of shelling residential districts of Kherson.

____
Harbour Gazette · harbourgazette.example
";

fn store(dir: &Path, articles: &[(&str, &str)]) -> PathBuf {
    let db = dir.join("t.db");
    let mut args = vec!["ingest".to_string()];
    for (name, text) in articles {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        args.push(path.display().to_string());
    }
    args.extend(["--db".to_string(), db.display().to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&args);
    db
}

fn tension_json(db: &Path, a: &str, b: &str, extra: &[&str]) -> Value {
    let mut args = vec!["tension", a, b, "--db", db.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(&args)).expect("tension prints JSON")
}

#[test]
fn one_strike_reported_by_two_outlets_is_one_incident() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &[("a.txt", STRIKE_A), ("b.txt", STRIKE_B)]);
    let r = tension_json(&db, "Russia", "Ukraine", &["--by", "day"]);
    let strikes: Vec<&Value> = r["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["root"] == "19" && i["direction"] == "a_to_b" && i["day"] == "2026-02-09")
        .collect();
    assert_eq!(strikes.len(), 1, "the Odesa strike is one incident: {:#}", r["incidents"]);
    let docs: std::collections::BTreeSet<&str> =
        strikes[0]["reports"].as_array().unwrap().iter().map(|rep| rep["doc_id"].as_str().unwrap()).collect();
    assert_eq!(docs.len(), 2, "reported by both outlets: {:#}", strikes[0]);
    assert_eq!(strikes[0]["fact"], true);
    // Counted once in the period's material conflict.
    let day = r["periods"].as_array().unwrap().iter().find(|p| p["period"] == "2026-02-09").unwrap();
    assert_eq!(day["material_conflict"]["facts"], 1, "{day:#}");
    assert!(r["total"]["goldstein"].as_f64().unwrap() < 0.0);
}

#[test]
fn an_accused_act_is_a_claim_and_the_accusation_is_verbal_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &[("c.txt", ACCUSATION)]);
    let r = tension_json(&db, "Russia", "Ukraine", &[]);
    let incidents = r["incidents"].as_array().unwrap();
    let accusation = incidents.iter().find(|i| i["root"] == "11" && i["direction"] == "b_to_a");
    assert!(accusation.is_some_and(|i| i["fact"] == true), "Ukraine's accusation is a fact: {incidents:#?}");
    let shelling = incidents
        .iter()
        .find(|i| i["root"] == "19" && i["direction"] == "a_to_b")
        .unwrap_or_else(|| panic!("the shelling is coded as reported: {incidents:#?}"));
    assert_eq!(shelling["fact"], false, "a reported act is not a fact");
    assert_eq!(shelling["reports"][0]["chain"].as_array().unwrap().last().unwrap(), "Ukraine");
    assert_eq!(r["total"]["material_conflict"]["facts"], 0, "no material conflict from an accusation");
    assert!(r["total"]["material_conflict"]["claimed"].as_u64().unwrap() >= 1);

    // The same through the table and CSV: every incident number appears
    // with the sentence behind it.
    let table = ok(&["tension", "Russia", "Ukraine", "--db", db.to_str().unwrap()]);
    assert!(table.contains("Ukraine accused Russia on Tuesday"), "{table}");
    assert!(table.contains("claimed by Ukraine"), "{table}");
    let csv = ok(&["tension", "RUS", "UKR", "--db", db.to_str().unwrap(), "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("period,verbal_cooperation_facts"));
    assert!(lines.last().unwrap().starts_with("total,"));
}

#[test]
fn tension_over_the_example_articles_is_traceable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ex.db");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    ok(&["ingest", examples.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    let r = tension_json(&db, "Czech Republic", "Russia", &["--by", "week"]);
    assert_eq!(r["a"]["countries"][0], "CZE");
    let incidents = r["incidents"].as_array().unwrap();
    assert!(!incidents.is_empty());
    // The expulsion is a fact in the week of 4 November 2024.
    assert!(
        incidents.iter().any(|i| i["root"] == "16" && i["fact"] == true && i["period"] == "2024-W45"),
        "{incidents:#?}"
    );
    // Every counted incident is listed, and every report quotes a sentence
    // containing its trigger.
    for p in r["periods"].as_array().unwrap() {
        for n in p["incidents"].as_array().unwrap() {
            let inc = &incidents[n.as_u64().unwrap() as usize - 1];
            for rep in inc["reports"].as_array().unwrap() {
                let sentence = rep["sentence_text"].as_str().unwrap();
                assert!(sentence.contains(rep["trigger"].as_str().unwrap()), "{rep:#}");
            }
        }
    }
    let events: Value = serde_json::from_str(&ok(&[
        "events",
        "--db",
        db.to_str().unwrap(),
        "--actor",
        "Czech Republic",
        "--format",
        "json",
    ]))
    .unwrap();
    assert!(!events.as_array().unwrap().is_empty());
}

#[test]
fn bad_tension_arguments_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path(), &[("c.txt", ACCUSATION)]);
    let db = db.to_str().unwrap();
    for args in [
        vec!["tension", "Russia", "Ukraine", "--db", db, "--by", "fortnight"],
        vec!["tension", "Russia", "Ukraine", "--db", db, "--from", "last week"],
        vec!["tension", "Russia", "--db", db],
        vec!["events", "--db", db, "--with", "Russia"],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    }
    let o = run(&["tension", "Russia", "Ukraine", "--db", &format!("{db}.missing")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains(".missing"));
}
