//! Feeds: the three formats, sniffing, malformed XML, and a feed served
//! over loopback whose items are then fetched.

mod common;

use common::{Reply, loopback, serve};
use dossier_fetch::{FeedError, fetch, is_feed, parse_feed, read_feed};

const RSS: &str = include_str!("fixtures/rss2.xml");
const ATOM: &str = include_str!("fixtures/atom.xml");
const JSON: &str = include_str!("fixtures/feed.json");
const MALFORMED: &str = include_str!("fixtures/malformed.xml");

/// One item rendered as `url | title | published | summary | id`.
fn render(bytes: &str, base: Option<&str>) -> Vec<String> {
    let feed = parse_feed(bytes.as_bytes(), "fixture", base).unwrap();
    feed.items
        .iter()
        .map(|i| {
            format!(
                "{} | {} | {} | {} | {}",
                i.url.as_deref().unwrap_or("-"),
                i.title.as_deref().unwrap_or("-"),
                i.published_iso().as_deref().unwrap_or("-"),
                i.summary.as_deref().unwrap_or("-"),
                i.id
            )
        })
        .collect()
}

#[test]
fn rss2_items() {
    assert_eq!(
        render(RSS, None),
        [
            "https://wire.example/world/2026/03/12/ceasefire-talks | Ceasefire talks resume in Geneva | 2026-03-12T08:30:00Z | Delegations met again on Thursday . | wire-2026-0312-001",
            "https://wire.example/world/2026/03/11/port-strike | Port strike enters second week | 2026-03-11T17:05:00Z | Dockworkers rejected the latest offer. | https://wire.example/world/2026/03/11/port-strike",
        ]
    );
    assert_eq!(parse_feed(RSS.as_bytes(), "x", None).unwrap().kind, "rss");
}

#[test]
fn atom_items_resolve_relative_links_and_skip_enclosures() {
    let items = render(ATOM, Some("https://ministry.example/press/atom.xml"));
    assert_eq!(
        items,
        [
            "https://ministry.example/press/2026/statement-41 | Statement on the Geneva talks | 2026-03-12T08:00:00Z | The minister welcomed the resumption of talks. | tag:ministry.example,2026:press-41",
            "https://ministry.example/press/2026/travel-40 | Travel advice updated | 2026-03-10T16:30:00Z | - | tag:ministry.example,2026:press-40",
        ]
    );
}

#[test]
fn json_feed_items() {
    assert_eq!(
        render(JSON, None),
        [
            "https://blog.example/2026/03/notes-from-geneva | Notes from Geneva | 2026-03-12T20:15:00Z | What the delegations did not say. | post-7",
            "https://blog.example/2026/03/port-strike-explained | The port strike, explained | 2026-03-09T07:00:00Z | Why the dockworkers walked out. | post-6",
        ]
    );
}

#[test]
fn the_fixtures_are_sniffed_as_feeds() {
    for (text, ct) in [(RSS, None), (ATOM, Some("application/xml")), (JSON, Some("application/json"))] {
        assert!(is_feed(text.as_bytes(), ct), "{ct:?}");
    }
    assert!(!is_feed(b"<!DOCTYPE html><html><body>x</body></html>", Some("text/html")));
}

#[test]
fn malformed_feed_xml_is_a_clear_error_naming_the_feed() {
    let err = parse_feed(MALFORMED.as_bytes(), "https://wire.example/broken.xml", None).unwrap_err();
    assert!(matches!(err, FeedError::Malformed { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.starts_with("https://wire.example/broken.xml: malformed feed ("), "{msg}");
}

#[test]
fn a_page_is_not_a_feed() {
    let err = parse_feed(b"<!DOCTYPE html><html><body><p>x</p></body></html>", "page.html", None).unwrap_err();
    assert!(err.to_string().starts_with("page.html: "), "{err}");
}

#[test]
fn a_feed_is_read_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.json");
    std::fs::write(&path, JSON).unwrap();
    let feed = read_feed(path.to_str().unwrap(), &loopback()).unwrap();
    assert_eq!(feed.title.as_deref(), Some("Independent Blog"));
    assert_eq!(feed.items.len(), 2);
    let err = read_feed("/no/such/feed.xml", &loopback()).unwrap_err();
    assert!(err.to_string().starts_with("/no/such/feed.xml: cannot read"), "{err}");
}

#[test]
fn a_served_feed_lists_items_whose_pages_are_then_fetched() {
    // The feed's links are relative, so they point back at this server.
    let feed = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
        <item><title>One</title><link>/articles/1</link><guid>1</guid></item>
        <item><title>Two</title><link>/articles/2</link><guid>2</guid></item>
        </channel></rss>"#;
    let server = serve(move |r| match r.path.as_str() {
        "/feed.xml" => Reply::ok("application/rss+xml; charset=utf-8", feed),
        p => Reply::ok("text/html", format!("<html><body><p>Article at {p}</p></body></html>")),
    });
    let fetched = fetch(&server.url("/feed.xml"), &loopback()).unwrap();
    assert!(fetched.is_feed());
    let parsed = read_feed(&server.url("/feed.xml"), &loopback()).unwrap();
    let pages: Vec<String> = parsed
        .items
        .iter()
        .map(|item| {
            let page = fetch(item.url.as_deref().unwrap(), &loopback()).unwrap();
            String::from_utf8(page.bytes).unwrap()
        })
        .collect();
    assert_eq!(pages[0], "<html><body><p>Article at /articles/1</p></body></html>");
    assert_eq!(pages[1], "<html><body><p>Article at /articles/2</p></body></html>");
}

#[test]
fn a_feed_declaring_a_legacy_encoding_is_decoded() {
    let mut bytes =
        b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>W</title>".to_vec();
    bytes.extend_from_slice(
        b"<item><title>Caf\xe9 \x93ouvert\x94</title><link>https://a.example/1</link></item></channel></rss>",
    );
    let feed = parse_feed(&bytes, "legacy.xml", None).unwrap();
    assert_eq!(feed.items[0].title.as_deref(), Some("Caf\u{e9} \u{201c}ouvert\u{201d}"));
}
