//! `dossier ingest` of URLs, feeds and web archives, and `dossier watch`,
//! against a small HTTP server on loopback serving fixtures written here.
//! Regression tests for issue 8.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

type Routes = Arc<Mutex<HashMap<String, (u16, &'static str, String)>>>;

/// Serves `routes` (path → status, content type, body) until the test ends.
fn serve(routes: Routes) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let routes = Arc::clone(&routes);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                // Drain the headers.
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
                let (status, ctype, body) =
                    routes.lock().unwrap().get(&path).cloned().unwrap_or((404, "text/plain", "not found".into()));
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            });
        }
    });
    format!("http://{addr}")
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title>\
         <meta property=\"og:site_name\" content=\"Loopback Ledger\"></head><body><nav>Home · World</nav>\
         <article><h1>{title}</h1><p>{body}</p><p>Officials in Warsaw said on Tuesday that the review would take \
         several weeks, and that findings would be shared with allies.</p></article></body></html>"
    )
}

fn rss(base: &str, items: &[&str]) -> String {
    let items: String = items
        .iter()
        .map(|p| format!("<item><title>{p}</title><link>{base}{p}</link><guid>{p}</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>"))
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ledger</title>{items}</channel></rss>")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).env("NO_COLOR", "1").output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn count(db: &Path) -> i64 {
    rusqlite::Connection::open(db).unwrap().query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0)).unwrap()
}

#[test]
fn a_feed_url_is_ingested_item_by_item_and_failures_are_reported() {
    let routes: Routes = Arc::default();
    let base = serve(Arc::clone(&routes));
    {
        let mut r = routes.lock().unwrap();
        r.insert("/feed.xml".into(), (200, "application/rss+xml", rss(&base, &["/a", "/broken"])));
        r.insert(
            "/a".into(),
            (
                200,
                "text/html; charset=utf-8",
                page("Radar tracks published", "The ministry released radar tracks of the missile on Monday."),
            ),
        );
        r.insert("/broken".into(), (500, "text/plain", "oops".into()));
        r.insert(
            "/page".into(),
            (200, "text/html", page("A single page", "A single page fetched directly by its URL.")),
        );
        r.insert("/image".into(), (200, "image/png", "PNG".into()));
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let db_s = db.to_str().unwrap();

    // Loopback is refused unless the user allows private addresses.
    let o = run(&["ingest", &format!("{base}/page"), "--db", db_s]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("127.0.0.1") && stderr(&o).contains("--allow-private"), "{}", stderr(&o));

    let o = run(&["ingest", &format!("{base}/feed.xml"), "--db", db_s, "--allow-private"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("ingested 1 document") && err.contains("1 failed"), "{err}");
    assert!(err.contains("/broken") && err.contains("500"), "{err}");
    assert_eq!(count(&db), 1);

    let o = run(&["ingest", &format!("{base}/page"), &format!("{base}/image"), "--db", db_s, "--allow-private"]);
    let err = stderr(&o);
    assert!(err.contains("ingested 1 document") && err.contains("1 failed"), "{err}");
    assert!(err.contains("image/png"), "a non-HTML content type is named: {err}");

    let json = run(&["list", "--db", db_s, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let item = v.as_array().unwrap().iter().find(|d| d["title"] == "Radar tracks published").unwrap();
    assert_eq!(item["outlet"], "Loopback Ledger");
    assert!(item["published"].as_str().unwrap().starts_with("2025-03-04"), "{item}");
}

#[test]
fn watch_stores_only_new_items() {
    let routes: Routes = Arc::default();
    let base = serve(Arc::clone(&routes));
    {
        let mut r = routes.lock().unwrap();
        r.insert("/feed.xml".into(), (200, "application/rss+xml", rss(&base, &["/one"])));
        r.insert("/one".into(), (200, "text/html", page("First story", "The first story of the feed.")));
        r.insert("/two".into(), (200, "text/html", page("Second story", "The second story, added later.")));
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db_s = db.to_str().unwrap();
    let feed = format!("{base}/feed.xml");
    let o = run(&["watch", &feed, "--db", db_s, "--once", "--allow-private"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 new article stored"), "{}", stderr(&o));
    let o = run(&["watch", &feed, "--db", db_s, "--once", "--allow-private"]);
    assert!(stderr(&o).contains("0 new articles stored"), "{}", stderr(&o));
    routes.lock().unwrap().insert("/feed.xml".into(), (200, "application/rss+xml", rss(&base, &["/one", "/two"])));
    let o = run(&["watch", &feed, "--db", db_s, "--once", "--allow-private"]);
    assert!(stderr(&o).contains("1 new article stored"), "{}", stderr(&o));
    assert_eq!(count(&db), 2);
    assert!(Path::new(&format!("{db_s}.watch.json")).exists());
    let o = run(&["watch", "not a url", "--db", db_s, "--once"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a url"), "{}", stderr(&o));
}

#[test]
fn a_web_archive_is_ingested_record_by_record() {
    let dir = tempfile::tempdir().unwrap();
    let warc = dir.path().join("crawl.warc.gz");
    let spec = dossier_fetch::warc::Synthetic {
        pages: 12,
        template: dossier_fetch::warc::sample_page(3000),
        gzip: true,
        huge: None,
    };
    let written = dossier_fetch::warc::write_synthetic(&warc, &spec).unwrap();
    assert_eq!(written.html_pages, 12);
    let db = dir.path().join("a.db");
    let o = run(&["ingest", warc.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("ingested 12 documents"), "{}", stderr(&o));
    assert_eq!(count(&db), 12);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (url, source): (String, String) = conn
        .query_row("SELECT url, published_source FROM documents LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert!(url.starts_with("http"), "{url}");
    assert!(source == "capture" || source == "metadata" || source == "text", "{source}");
    // A truncated archive keeps the records before the damage.
    let bytes = std::fs::read(&warc).unwrap();
    let cut = dir.path().join("cut.warc.gz");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let db2 = dir.path().join("b.db");
    let o = run(&["ingest", cut.to_str().unwrap(), "--db", db2.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let n = count(&db2);
    assert!((5..12).contains(&n), "{n}");
}
