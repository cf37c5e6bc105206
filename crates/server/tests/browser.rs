//! End-to-end: the real server on 127.0.0.1:0, driven by Debian's headless
//! Chromium through chromedriver (WebDriver, `fantoccini`).
//!
//! Skips with a message when `/usr/bin/chromium` or `/usr/bin/chromedriver`
//! is missing, and fails instead when `DOSSIER_REQUIRE_BROWSER=1` (CI).
//! Screenshots go to `$CARGO_TARGET_DIR/screenshots` (or the workspace's
//! `target/screenshots`).

mod common;

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn browser_available() -> bool {
    let present = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !present {
        if std::env::var("DOSSIER_REQUIRE_BROWSER").as_deref() == Ok("1") {
            panic!(
                "DOSSIER_REQUIRE_BROWSER=1 but {CHROMIUM} or {CHROMEDRIVER} is missing (apt-get install chromium chromium-driver)"
            );
        }
        eprintln!(
            "SKIPPED: browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
        );
    }
    present
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver, killed when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn start_browser(profile: &Path) -> (Driver, Client) {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not listen on {port}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800",
                format!("--user-data-dir={}", profile.display()),
            ]
        }),
    );
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session");
    (driver, client)
}

async fn save(client: &Client, name: &str) -> PathBuf {
    let png = client.screenshot().await.unwrap();
    let path = screenshot_dir().join(name);
    std::fs::write(&path, png).unwrap();
    eprintln!("screenshot: {}", path.display());
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analyst_walkthrough_in_chromium() {
    if !browser_available() {
        return;
    }
    let db = common::example_store("browser");
    let state = common::state(&db, dossier_server::WritePolicy::Open);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, dossier_server::app(state)).await.unwrap() });

    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = start_browser(profile.path()).await;
    let result = walkthrough(&c, &base).await;
    let _ = c.close().await;
    result.unwrap();
}

async fn walkthrough(c: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    // Library.
    c.goto(&format!("{base}/")).await?;
    assert!(c.title().await?.starts_with("Library"));
    let rows = c.find_all(Locator::Css("table.docs tbody tr")).await?;
    assert!(rows.len() >= 8, "the library lists the example articles");
    save(c, "library.png").await;

    // Search through the form, as a user would.
    let q = c.find(Locator::Css("#q")).await?;
    q.send_keys("missile").await?;
    c.find(Locator::Css("form.filters button[type=submit]")).await?.click().await?;
    c.wait().for_element(Locator::Css("mark.hit")).await?;
    assert!(c.current_url().await?.as_str().contains("q=missile"));
    save(c, "search.png").await;

    // Open the first hit in the reader.
    c.find(Locator::Css("td.title a")).await?.click().await?;
    c.wait().for_element(Locator::Css("#doc-text mark.hl")).await?;
    // A quote when the attribution stage has run, else an entity or date.
    let mark = match c.find(Locator::Css("#doc-text mark.k-quote[tabindex]")).await {
        Ok(m) => m,
        Err(_) => c.find(Locator::Css("#doc-text mark.hl[tabindex]")).await?,
    };
    let kind = mark.attr("class").await?.unwrap_or_default();
    // Focus it from the keyboard's point of view (element.focus() fires
    // focusin like a Tab would).
    c.execute(
        "arguments[0].focus(); arguments[0].scrollIntoView({block: 'center'});",
        vec![serde_json::to_value(&mark).unwrap()],
    )
    .await?;
    let tip = c.find(Locator::Id("tip")).await?;
    let deadline = Instant::now() + Duration::from_secs(5);
    while tip.attr("hidden").await?.is_some() {
        assert!(Instant::now() < deadline, "the note for a focused highlight ({kind}) did not appear");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let note = tip.text().await?;
    assert!(!note.trim().is_empty(), "the note has content");
    if kind.contains("k-quote") {
        let chain = tip.find(Locator::Css("ol.chain")).await?.text().await?;
        assert!(chain.contains("author"), "a quote's note shows its chain from the author: {chain}");
        assert!(note.contains("speech act") && note.contains("certainty"));
    } else {
        eprintln!("no quote highlights yet (attribution stage not in the pipeline); checked a {kind} note instead");
    }
    let focused: serde_json::Value = c.execute("return document.activeElement.id", vec![]).await?;
    assert_eq!(focused.as_str(), mark.attr("id").await?.as_deref());
    save(c, "reader.png").await;

    // Keyboard only: from the top of the page, Tab reaches a highlight and
    // its note opens.
    let reader_url = c.current_url().await?;
    c.goto(reader_url.as_str()).await?;
    let mut reached = false;
    for _ in 0..60 {
        c.active_element().await?.send_keys("\u{E004}").await?;
        let tag: serde_json::Value = c.execute("return document.activeElement.tagName", vec![]).await?;
        if tag.as_str() == Some("MARK") {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached a highlight");
    let tip = c.find(Locator::Id("tip")).await?;
    assert!(tip.attr("hidden").await?.is_none(), "the note opens on keyboard focus");

    // A side-panel entry scrolls to its span and focuses it.
    let jump = c.find(Locator::Css("#sec-entities a.jump")).await?;
    let target = jump.attr("data-target").await?.unwrap();
    jump.click().await?;
    let focused: serde_json::Value = c.execute("return document.activeElement.id", vec![]).await?;
    assert_eq!(focused.as_str(), Some(target.as_str()));

    // The entity page.
    let more = c.find(Locator::Css("#sec-entities a.more")).await?;
    let href = more.attr("href").await?.unwrap();
    c.goto(&format!("{base}{href}")).await?;
    let h1 = c.find(Locator::Css("h1")).await?.text().await?;
    assert!(!h1.is_empty());
    c.find(Locator::Css("table.merges tbody tr")).await?;
    save(c, "entity.png").await;

    // Claims, timeline and an outlet render too.
    c.goto(&format!("{base}/timeline")).await?;
    c.find(Locator::Css("svg.timeline")).await?;
    save(c, "timeline.png").await;
    c.goto(&format!("{base}/claims")).await?;
    save(c, "claims.png").await;

    // Tension: the page offers the pairs with most events; one click gives
    // the table, whose incident numbers lead to the sentences that report
    // them, and a report leads to the event in the reader.
    c.goto(&format!("{base}/tension")).await?;
    c.find(Locator::Css("ul.pairs a")).await?.click().await?;
    c.find(Locator::Css("table.tension tbody tr")).await?;
    let first = c.find(Locator::Css("table.tension td a[href^='#incident-']")).await?;
    let anchor = first.attr("href").await?.unwrap();
    first.click().await?;
    let report = c.find(Locator::Css(&format!("{anchor} ul a"))).await?;
    let href = report.attr("href").await?.unwrap();
    assert!(href.starts_with("/documents/") && href.contains("#ev-"), "{href}");
    save(c, "tension.png").await;
    c.goto(&format!("{base}{href}")).await?;
    let target = href.split('#').nth(1).unwrap();
    c.find(Locator::Id(target)).await?;

    // Phone width: one column, nothing wider than the screen.
    c.set_window_size(390, 844).await?;
    c.goto(&format!("{base}/")).await?;
    let overflow: serde_json::Value =
        c.execute("return document.documentElement.scrollWidth > window.innerWidth + 1", vec![]).await?;
    assert_eq!(overflow, serde_json::Value::Bool(false), "the library fits a phone-width screen");
    save(c, "library-phone.png").await;
    c.find(Locator::Css("td.title a")).await?.click().await?;
    c.wait().for_element(Locator::Css("#doc-text")).await?;
    let overflow: serde_json::Value =
        c.execute("return document.documentElement.scrollWidth > window.innerWidth + 1", vec![]).await?;
    assert_eq!(overflow, serde_json::Value::Bool(false), "the reader fits a phone-width screen");
    save(c, "reader-phone.png").await;
    Ok(())
}
