//! The `dossier` binary as a user runs it: real files in, real store,
//! output and exit status checked. Regression tests for issue 2.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dossier"));
    c.env("NO_COLOR", "1").env_remove("DOSSIER_LOG");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("dossier runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn example_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

fn store_count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0)).unwrap()
}

/// The shared data directory, or `None` (with a message) when a fresh
/// clone has none; CI sets DOSSIER_REQUIRE_SHARED=1 to make absence fail.
fn shared_data() -> Option<PathBuf> {
    let dir = std::env::var_os("DOSSIER_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("DOSSIER_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!("../shared/data not found and DOSSIER_REQUIRE_SHARED=1");
    }
    eprintln!("skipping: ../shared/data not found");
    None
}

fn validate_json(v: &Value, what: &str) {
    let problems = dossier_export::validate(v);
    assert!(problems.is_empty(), "{what}: {problems:#?}");
}

#[test]
fn help_teaches_the_commands() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for cmd in ["extract", "ingest", "list", "show", "search", "entities", "claims", "demo", "bench", "eval"] {
        assert!(out.contains(cmd), "--help lacks {cmd}:\n{out}");
    }
    assert!(out.contains("Examples:"));
}

#[test]
fn extract_output_follows_the_spec_for_every_example() {
    for file in example_files() {
        let o = run(&["extract", file.to_str().unwrap()]);
        assert!(o.status.success(), "{}: {}", file.display(), stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        validate_json(&v, &file.display().to_string());
        assert!(v["document"]["title"].is_string(), "{}: no title", file.display());
        assert!(v["document"]["published"].is_string(), "{}: no date", file.display());
        assert!(v["document"]["outlet"]["domains"].as_array().is_some_and(|d| !d.is_empty()));
        assert!(!v["entities"].as_array().unwrap().is_empty());
        let text = v["document"]["text"].as_str().unwrap();
        assert!(!text.contains("©"), "{}: footer left in the text", file.display());
    }
}

/// Under 01's Warsaw byline, the village introduced as "a village of about
/// 400 people" and the unqualified offices are Poland's (the byline is read
/// by the text reader, so this is checked through `dossier extract`).
#[test]
fn extract_gives_the_byline_country_to_a_village_and_unqualified_offices() {
    let file = examples().join("01-poland-belarus-missile.txt");
    let o = run(&["extract", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let country = |name: &str| {
        let e = v["entities"].as_array().unwrap().iter().find(|e| e["name"] == name);
        e.unwrap_or_else(|| panic!("no entity {name}"))["country"].as_str().map(str::to_string)
    };
    for name in ["Stare Lipiny", "Polski Serwis Informacyjny", "Bartosz Wielgus", "Operational Command"] {
        assert_eq!(country(name).as_deref(), Some("POL"), "{name}");
    }
    // A villager holds no office: none.
    assert_eq!(country("Zofia Kmieć"), None);
}

#[test]
fn extract_reads_html_other_encodings_and_stdin() {
    let html = examples().join("html/poland-belarus-missile.html");
    let o = run(&["extract", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    validate_json(&v, "html");
    let text = v["document"]["text"].as_str().unwrap();
    assert!(text.contains("firmly rejected the accusation"));
    assert!(!text.contains("Minsk denies everything"), "a reader comment leaked into the text");
    assert_eq!(v["document"]["language"], "en");
    assert_eq!(v["document"]["published_source"], "metadata");

    let cp1252 = examples().join("encodings/denmark-water-cyberattack-cp1252.txt");
    let utf8 = examples().join("07-denmark-water-cyberattack.txt");
    let a: Value = serde_json::from_slice(&run(&["extract", cp1252.to_str().unwrap()]).stdout).unwrap();
    let b: Value = serde_json::from_slice(&run(&["extract", utf8.to_str().unwrap()]).stdout).unwrap();
    assert_eq!(a["document"]["text"], b["document"]["text"], "windows-1252 decoded differently from UTF-8");
    assert_eq!(a["document"]["id"], b["document"]["id"]);

    let bom = examples().join("encodings/gulf-of-finland-cable-bom.txt");
    let v: Value = serde_json::from_slice(&run(&["extract", bom.to_str().unwrap()]).stdout).unwrap();
    assert!(v["document"]["title"].as_str().unwrap().starts_with("Finland detains"));

    let mut child = bin()
        .args(["extract", "-", "--published", "2025-03-06"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"The minister spoke on Tuesday in Warsaw.").unwrap();
    let o = child.wait_with_output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    validate_json(&v, "stdin");
    assert_eq!(v["document"]["published"], "2025-03-06");
    assert_eq!(v["timexes"][0]["value"], "2025-03-04");
}

#[test]
fn text_format_is_readable() {
    let file = examples().join("01-poland-belarus-missile.txt");
    let o = run(&["extract", "--format", "text", file.to_str().unwrap()]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("outlet: Central European Post"));
    assert!(out.contains("published: 2025-03-06 (from byline)"));
    assert!(out.contains("Tuesday⟨2025-03-04⟩"), "dates are shown with their values");
    assert!(!out.contains('\x1b'), "no colour codes when not a terminal");
}

#[test]
fn ingest_twice_stores_each_article_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let db = db.to_str().unwrap();
    let ex = examples();
    let o = run(&["ingest", ex.to_str().unwrap(), "--db", db]);
    assert!(o.status.success(), "{}", stderr(&o));
    // 8 articles and 2 HTML pages; the 2 encoding variants decode to the
    // same text (and id) as their UTF-8 originals, so they are duplicates.
    let first = store_count(Path::new(db));
    assert_eq!(first, 10, "{}", stderr(&o));
    assert!(stderr(&o).contains("ingested 10 documents, 2 already stored"), "{}", stderr(&o));
    let o = run(&["ingest", ex.to_str().unwrap(), "--db", db]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("ingested 0 documents, 12 already stored"), "{}", stderr(&o));
    assert_eq!(store_count(Path::new(db)), first);

    // The store answers the read commands.
    let list = stdout(&run(&["list", "--db", db]));
    assert!(list.contains("Central European Post"), "{list}");
    let hits = stdout(&run(&["search", "satellite images", "--db", db]));
    let lower = hits.to_lowercase();
    assert!(lower.contains("[satellite] [images]"), "matched words are marked: {hits}");
    let outlets = stdout(&run(&["outlets", "--db", db]));
    assert!(outlets.contains("danubeobserver.net") && outlets.contains("danube-observer.eu"), "{outlets}");
    let id = list.lines().nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    let shown = run(&["show", &id, "--db", db]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let json = run(&["show", &id, "--db", db, "--format", "json"]);
    validate_json(&serde_json::from_slice(&json.stdout).unwrap(), "show --format json");
    let entities = stdout(&run(&["entities", "--db", db, "--type", "gpe"]));
    assert!(entities.contains("Belarus"), "{entities}");

    // The outlet registry: graded by domain, found by name, shown everywhere.
    let o = run(&[
        "outlet",
        "set",
        "cepost.eu",
        "--db",
        db,
        "--reliability",
        "b",
        "--kind",
        "independent",
        "--rationale",
        "Two-source rule.",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = stdout(&run(&["outlet", "show", "central european post", "--db", db]));
    assert!(shown.contains("reliability  B (usually reliable)"), "{shown}");
    assert!(
        shown.contains("domain       centraleuropeanpost.com")
            && shown.contains("Central European Post (o-central-european-post)"),
        "{shown}"
    );
    assert!(stdout(&run(&["outlets", "--db", db])).contains("independent · reliability B"));
    let o = run(&["outlet", "set", "cepost.eu", "--db", db, "--reliability", "G"]);
    assert_eq!(o.status.code(), Some(2));

    // The HTML copy of article 01 is recognised as the same story.
    let shown = stdout(&run(&["show", "e8718b", "--db", db]));
    assert!(shown.contains("same story as 1 other document(s):"), "{shown}");
}

#[test]
fn a_killed_batch_loses_nothing_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let base = std::fs::read_to_string(examples().join("01-poland-belarus-missile.txt")).unwrap();
    let n = 300;
    for i in 0..n {
        // A different headline per copy gives each its own text and id.
        std::fs::write(input.join(format!("a{i:03}.txt")), format!("Copy {i}: {base}")).unwrap();
    }
    let db = dir.path().join("k.db");
    let mut child = bin()
        .args(["ingest", input.to_str().unwrap(), "--db", db.to_str().unwrap(), "--jobs", "1"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some, but not all, documents are stored, then kill hard.
    let start = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let stored = if db.exists() {
            rusqlite::Connection::open(&db)
                .and_then(|c| c.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0)))
                .unwrap_or(0)
        } else {
            0
        };
        if stored >= 5 || start.elapsed().as_secs() > 60 {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let partial = store_count(&db);
    assert!(partial > 0 && partial < n, "killed too early or too late: {partial}");
    let o = run(&["ingest", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(store_count(&db), n, "every article stored exactly once");
    assert!(
        stderr(&o).contains(&format!("ingested {} documents, {partial} already stored", n - partial)),
        "{}",
        stderr(&o)
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let fts: i64 = conn.query_row("SELECT COUNT(*) FROM documents_fts", [], |r| r.get(0)).unwrap();
    assert_eq!(fts, n, "the search index matches the documents");
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn bad_inputs_get_one_line_errors_and_keep_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    let db = p("keep.db");
    let db_s = db.to_str().unwrap();
    let good = examples().join("03-romania-drone-incursion.txt");
    assert!(run(&["ingest", good.to_str().unwrap(), "--db", db_s]).status.success());

    std::fs::write(p("empty.txt"), "").unwrap();
    std::fs::write(p("binary.txt"), [0x7fu8, b'E', b'L', b'F', 0, 1, 2, 0, 0, 0]).unwrap();
    std::fs::write(p("nobody.html"), "<html><head><title>Only a title</title></head><body></body></html>").unwrap();
    std::fs::create_dir(p("no-articles")).unwrap();
    std::fs::write(p("no-articles/picture.png"), [0u8; 10]).unwrap();
    let big = vec![b'a'; 50 * 1024 * 1024];
    std::fs::write(p("huge.txt"), &big).unwrap();
    std::fs::write(p("latin1.txt"), b"Headline\n\nThe caf\xe9 in Gda\xf1sk was closed, the mayor said.").unwrap();

    let cases: &[(&str, &str)] = &[
        ("missing.txt", "missing.txt: no such file or directory"),
        ("empty.txt", "empty.txt: empty file"),
        ("binary.txt", "binary.txt: binary file"),
        ("nobody.html", "nobody.html: no article text found"),
        ("no-articles", "no-articles: no articles found"),
        ("huge.txt", "huge.txt: too large (52428800 bytes"),
    ];
    for (name, expected) in cases {
        let path = p(name);
        let o = run(&["ingest", path.to_str().unwrap(), "--db", db_s]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(expected), "{name}: expected {expected:?} in {err:?}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        let o = run(&["extract", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "extract {name}");
        assert!(stderr(&o).contains(expected), "extract {name}: {}", stderr(&o));
    }
    assert_eq!(store_count(&db), 1, "failed inputs never touch what is stored");

    // Invalid UTF-8 is decoded (as the legacy encoding it is), not refused.
    let o = run(&["extract", p("latin1.txt").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("café in Gdańsk") || stdout(&o).contains("caf"), "{}", stdout(&o));

    // A batch with good and bad items stores the good ones and exits 1.
    let o = run(&["ingest", p("empty.txt").to_str().unwrap(), good.to_str().unwrap(), "--db", db_s]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("1 already stored (skipped), 1 failed"), "{}", stderr(&o));

    // Usage errors exit 2.
    let file = good.to_str().unwrap();
    let o = run(&["extract", "--format", "yaml", file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("yaml"));
    let o = run(&["extract", "--published", "last tuesday", file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`last tuesday` is not a date"), "{}", stderr(&o));
    let o = run(&["claims", "--db", db_s, "--certainty", "sure"]);
    assert_eq!(o.status.code(), Some(2));

    // A corrupt database file is named, not overwritten.
    std::fs::write(p("corrupt.db"), vec![b'z'; 8192]).unwrap();
    let o = run(&["ingest", file, "--db", p("corrupt.db").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("corrupt.db: cannot open the database: not a dossier database"), "{}", stderr(&o));
    assert_eq!(std::fs::read(p("corrupt.db")).unwrap(), vec![b'z'; 8192]);

    // A locked database is reported as such.
    let blocker = rusqlite::Connection::open(&db).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let other = examples().join("05-czech-expels-diplomats.txt");
    let o = run(&["ingest", other.to_str().unwrap(), "--db", db_s]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("locked by another process"), "{}", stderr(&o));
    blocker.execute_batch("ROLLBACK").unwrap();
    assert_eq!(store_count(&db), 1);

    // Reading from a store that does not exist says how to make one.
    let o = run(&["list", "--db", p("nothing.db").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nothing.db: no such store"));
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut child =
        bin().current_dir(dir.path()).arg("demo").stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // Read one line, then close our end as `| head -1` would.
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    use std::io::Read;
    let _ = out.read(&mut first).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn demo_prints_a_brief_and_leaves_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let o = bin().current_dir(dir.path()).arg("demo").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("8 example articles"), "{out}");
    assert!(out.contains("The Danube Observer — danubeobserver.net, danube-observer.eu (2 articles)"), "{out}");
    assert!(out.contains("Next steps:"));
    // Pairs are labelled by country names, not by the capital a story
    // used ("Manila"); event sides show their actor codes.
    assert!(out.contains("  China – Philippines: "), "{out}");
    assert!(!out.contains("Manila:"), "{out}");
    assert!(out.contains("Czech Republic (CZE) → Russia (RUS"), "{out}");
    assert_eq!(store_count(&dir.path().join("dossier-demo.db")), 8);
    // Running it again starts fresh rather than failing or duplicating.
    let o = bin().current_dir(dir.path()).arg("demo").output().unwrap();
    assert!(o.status.success());
    assert_eq!(store_count(&dir.path().join("dossier-demo.db")), 8);
}

#[test]
fn bench_reports_throughput() {
    let o = run(&["bench", "extract", examples().to_str().unwrap(), "--iterations", "1", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"], 12);
    assert!(v["tokens_per_second"].as_f64().unwrap() > 0.0);
    let stages: Vec<&str> = v["stages"].as_array().unwrap().iter().map(|s| s["stage"].as_str().unwrap()).collect();
    assert_eq!(stages, ["segment", "tokenize", "entities", "timex", "attribution", "events"]);
}

#[test]
fn extraction_of_real_articles_of_other_outlets_follows_the_spec() {
    let Some(data) = shared_data() else { return };
    // Real pages from many outlets (the Zyte benchmark's HTML) and real
    // plain-text political news (PolNeAR); a sample of each.
    let html_dir = data.join("article-extraction-benchmark/html");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&html_dir).unwrap().map(|e| e.unwrap().path()).collect();
    pages.sort();
    let mut checked = 0;
    for page in pages.iter().step_by(12) {
        let o = run(&["extract", page.to_str().unwrap()]);
        if !o.status.success() {
            // Compressed pages are not articles the reader accepts as
            // such; what matters is a clear error, not a panic.
            assert!(!stderr(&o).contains("panicked"), "{}: {}", page.display(), stderr(&o));
            continue;
        }
        validate_json(&serde_json::from_slice(&o.stdout).unwrap(), &page.display().to_string());
        checked += 1;
    }
    assert!(checked >= 5, "too few pages extracted: {checked}");
}

#[test]
fn claims_show_the_act_they_were_reported_in() {
    // The embassy denied the incursion: its claim is the proposition it
    // rejects, shown with "denied [deny, …]", never as its assertion.
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("incursion.txt");
    std::fs::write(
        &article,
        "Embassy rejects drone claim\n\nThe Russian embassy in Bucharest denied that Russian drones had entered \
         Romanian airspace. Defence Minister Ana Popa said radar operators had tracked the drone for six minutes.\n",
    )
    .unwrap();
    let db = dir.path().join("d.db");
    let db = db.to_str().unwrap();
    let o = run(&["ingest", article.to_str().unwrap(), "--db", db, "--published", "2026-03-02"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["claims", "--db", db, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    let denied = rows.iter().find(|r| r["text"].as_str().unwrap().contains("had entered")).expect("denied claim");
    assert_eq!(denied["speech_act"], "deny", "{denied}");
    assert_eq!(denied["cue"], "denied", "{denied}");
    let said = rows.iter().find(|r| r["text"].as_str().unwrap().contains("tracked the drone")).expect("said claim");
    assert_eq!(said["speech_act"], "assert", "{said}");
    let table = stdout(&run(&["claims", "--db", db, "--by", "embassy"]));
    assert!(table.contains("embassy denied [deny, asserted]"), "{table}");
}

#[test]
fn claims_mark_what_a_source_explicitly_did_not_say() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("convoy.txt");
    std::fs::write(
        &article,
        "Convoy crossed border, minister says\n\nDefence Minister Tomas Halvorsen said on Monday that the convoy had \
         crossed the border at night. Halvorsen did not say whether the trucks carried weapons.\n",
    )
    .unwrap();
    let db = dir.path().join("d.db");
    let db = db.to_str().unwrap();
    let o = run(&["ingest", article.to_str().unwrap(), "--db", db, "--published", "2026-03-02"]);
    assert!(o.status.success(), "{}", stderr(&o));

    let o = run(&["claims", "--db", db, "--by", "Halvorsen", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    let said = rows.iter().find(|r| r["text"].as_str().unwrap().contains("convoy had crossed")).expect("said claim");
    assert!(said["unsaid"].is_null(), "{said}");
    let unsaid = rows.iter().find(|r| r["text"].as_str().unwrap().contains("carried weapons")).expect("unsaid claim");
    assert_eq!(unsaid["unsaid"], "did not say", "{unsaid}");

    let table = stdout(&run(&["claims", "--db", db, "--by", "Halvorsen"]));
    let line = table.lines().take_while(|l| !l.contains("carried weapons")).last().unwrap_or_default().to_string();
    assert!(line.contains("NOT CLAIMED: the source did not say"), "{table}");
    assert_eq!(table.matches("NOT CLAIMED").count(), 1, "{table}");
}

/// A small PolNeAR-shaped folder: one article with two annotators' files
/// (which differ on the source) and one with a single file.
fn tiny_polnear(root: &Path) {
    let split = root.join("data").join("dev");
    std::fs::create_dir_all(split.join("text")).unwrap();
    std::fs::create_dir_all(split.join("attributions")).unwrap();
    let text = "Anna Kovacs said the bridge would reopen on Monday.";
    let with_source = "T1\tSource 0 11\tAnna Kovacs\nT2\tCue 12 16\tsaid\nT3\tContent 17 50\tthe bridge would reopen on Monday\nT4\tAttribution 12 16\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
    let without = "T1\tCue 12 16\tsaid\nT2\tContent 17 50\tthe bridge would reopen on Monday\nT3\tAttribution 12 16\tsaid\nE1\tAttribution:T3 Content:T2 Cue:T1\n";
    std::fs::write(split.join("text").join("bridge.txt"), text).unwrap();
    std::fs::write(split.join("attributions").join("bridge_a1.ann"), with_source).unwrap();
    std::fs::write(split.join("attributions").join("bridge_b2.ann"), without).unwrap();
    std::fs::write(split.join("text").join("alone.txt"), text).unwrap();
    std::fs::write(split.join("attributions").join("alone_a1.ann"), with_source).unwrap();
}

#[test]
fn eval_attribution_agreement_scores_annotators_against_each_other() {
    let dir = tempfile::tempdir().unwrap();
    tiny_polnear(dir.path());
    let polnear = dir.path().to_str().unwrap();
    let o = run(&["eval", "attribution", "--polnear", polnear, "--split", "dev", "--agreement", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["articles"], 1, "the singly annotated article is left out: {v}");
    let first = &v["annotators_vs_first"];
    // The second annotator has the cue and content but no source.
    assert_eq!(first["cue"]["overlap"]["f1"], 1.0, "{first}");
    assert_eq!(first["source"]["overlap"]["r"], 0.0, "{first}");
    assert_eq!(v["system_vs_first"]["cue"]["overlap"]["f1"], 1.0, "dossier finds \"said\": {v}");
    // No article with two annotators in a split: a clear error naming it.
    std::fs::remove_file(dir.path().join("data/dev/attributions/bridge_b2.ann")).unwrap();
    let o = run(&["eval", "attribution", "--polnear", polnear, "--split", "dev", "--agreement"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("no article of split dev has more than one annotation"), "{}", stderr(&o));
}
