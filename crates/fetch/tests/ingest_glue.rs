//! The hand-over to `dossier-ingest`, done the way the CLI is meant to do
//! it: a fetched page, a feed's items and a WARC record become Documents,
//! with the transport's charset, URL and date carried over.

mod common;

use common::{Reply, loopback, serve};
use dossier_fetch::warc::{Records, Synthetic, sample_page, write_synthetic};
use dossier_fetch::{Fetched, fetch, parse_feed};
use dossier_ingest::{Format, ReadOptions, read_bytes};

/// What the CLI does with a fetched page.
fn document(f: &Fetched, published: Option<String>) -> dossier_model::Document {
    let bytes = f.body_for_ingest();
    let format = if f.is_html() { Format::Html } else { Format::sniff(&bytes) };
    let opts = ReadOptions { url: Some(f.final_url.clone()), published, ..ReadOptions::default() };
    read_bytes(&bytes, &f.final_url, format, &opts).unwrap()
}

const ARTICLE: &str = "<p>The minister arrived at the Café de la Paix in Genève on Tuesday morning for the talks, \
    officials said. Negotiators from both delegations met again, and the foreign ministry said in a statement \
    that the talks would continue through the week.</p><p>“We are making progress,” a senior official told \
    reporters outside the building after the first session ended.</p>";

#[test]
fn the_header_charset_reaches_ingest_over_a_wrong_meta() {
    let page = format!(
        "<html><head><meta charset=\"utf-8\"><title>Talks</title></head><body><article><h1>Talks resume</h1>{ARTICLE}</article></body></html>"
    );
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let latin = latin.into_owned();
    let server = serve(move |_| Reply::ok("text/html; charset=windows-1252", latin.clone()));
    let f = fetch(&server.url("/talks"), &loopback()).unwrap();
    let doc = document(&f, None);
    assert!(doc.text.contains("Café de la Paix in Genève"), "{}", doc.text);
    assert!(doc.text.contains("“We are making progress,”"), "{}", doc.text);
    assert_eq!(doc.meta.url.as_deref(), Some(server.url("/talks").as_str()));
}

#[test]
fn feed_items_become_documents_with_the_feed_date() {
    let feed = r#"<rss version="2.0"><channel><title>L</title>
        <item><title>Talks</title><link>/a/1</link><guid>1</guid><pubDate>Thu, 12 Mar 2026 09:30:00 GMT</pubDate></item>
        </channel></rss>"#;
    let page = format!("<html><head><title>Talks</title></head><body><article>{ARTICLE}</article></body></html>");
    let server = serve(move |r| match r.path.as_str() {
        "/feed.xml" => Reply::ok("application/rss+xml", feed),
        _ => Reply::ok("text/html; charset=utf-8", page.clone()),
    });
    let f = fetch(&server.url("/feed.xml"), &loopback()).unwrap();
    assert!(f.is_feed());
    let parsed = parse_feed(&f.bytes, &f.final_url, Some(&f.final_url)).unwrap();
    let item = &parsed.items[0];
    let page = fetch(item.url.as_deref().unwrap(), &loopback()).unwrap();
    let doc = document(&page, item.published_iso());
    assert!(doc.text.contains("Café de la Paix"));
    let published = doc.meta.published.as_ref().map(|p| p.value.as_str());
    assert!(published.is_some_and(|p| p.starts_with("2026-03-12")), "{published:?}");
}

#[test]
fn warc_records_become_documents_with_their_url() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.warc.gz");
    write_synthetic(&path, &Synthetic { pages: 6, template: sample_page(2000), gzip: true, huge: None }).unwrap();
    let docs: Vec<_> = Records::open(&path)
        .unwrap()
        .map(|r| {
            let r = r.unwrap();
            let opts =
                ReadOptions { url: Some(r.target_uri.clone()), published: r.date.clone(), ..ReadOptions::default() };
            read_bytes(&r.body_for_ingest(), &r.target_uri, Format::Html, &opts).unwrap()
        })
        .collect();
    assert_eq!(docs.len(), 6);
    assert_eq!(docs[4].meta.url.as_deref(), Some("https://news.example/articles/4.html"));
    assert!(docs[4].text.contains("Genève"), "{}", docs[4].text);
}
