//! WARC reading on generated archives: plain and gzip, decoding of the
//! archived HTTP, the body cap, and truncated files.

use dossier_fetch::warc::{Records, Synthetic, WarcError, WarcOptions, sample_page, write_synthetic};
use std::path::Path;

fn generate(dir: &Path, name: &str, pages: usize, gzip: bool, huge: Option<(usize, u64)>) -> std::path::PathBuf {
    let path = dir.join(name);
    let spec = Synthetic { pages, template: sample_page(3000), gzip, huge };
    let written = write_synthetic(&path, &spec).unwrap();
    assert_eq!(written.html_pages + written.huge_pages, pages as u64);
    path
}

fn check_pages(path: &Path, pages: usize) {
    let mut records = Records::open(path).unwrap();
    let responses: Vec<_> = records.by_ref().map(|r| r.unwrap()).collect();
    assert_eq!(responses.len(), pages);
    for (n, r) in responses.iter().enumerate() {
        assert_eq!(r.target_uri, format!("https://news.example/articles/{n}.html"));
        assert_eq!(r.status, 200);
        assert_eq!(r.content_type.as_deref(), Some("text/html"));
        assert_eq!(r.charset.as_deref(), Some("utf-8"));
        let body = std::str::from_utf8(&r.body).unwrap();
        // Gzip-encoded (every 5th) and chunked (every 7th) bodies come out
        // as the page itself.
        assert!(body.starts_with("<!DOCTYPE html>"), "page {n}: {}", &body[..40.min(body.len())]);
        assert!(body.contains(&format!("Report {n}: talks resume")));
        assert!(body.ends_with("</html>\n"), "page {n}");
    }
    assert_eq!(responses[0].date.as_deref(), Some("2026-01-01T00:00:00Z"));
    assert_eq!(responses[3].date.as_deref(), Some("2026-01-01T00:00:03Z"));
    let stats = records.stats();
    // warcinfo + a request per page are skipped by type, the PNGs as non-HTML.
    assert_eq!(stats.skipped_type, 1 + pages as u64);
    assert_eq!(stats.skipped_not_html, (0..pages).filter(|n| n % 10 == 3).count() as u64);
    assert_eq!(stats.errors, 0);
}

#[test]
fn plain_and_gzip_archives_yield_every_html_page() {
    let dir = tempfile::tempdir().unwrap();
    check_pages(&generate(dir.path(), "a.warc", 40, false, None), 40);
    check_pages(&generate(dir.path(), "a.warc.gz", 40, true, None), 40);
}

#[test]
fn bodies_over_the_cap_are_skipped_with_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    for gzip in [false, true] {
        let path = generate(dir.path(), if gzip { "h.warc.gz" } else { "h.warc" }, 12, gzip, Some((4, 200_000)));
        let opts = WarcOptions { max_body: 50_000, ..WarcOptions::default() };
        let mut records = Records::open(&path).unwrap().with_options(opts);
        let mut ok = 0;
        let mut skipped = Vec::new();
        for r in records.by_ref() {
            match r {
                Ok(_) => ok += 1,
                Err(e) => {
                    assert!(!e.is_fatal());
                    skipped.push(e.to_string());
                }
            }
        }
        assert_eq!(ok, 9);
        assert_eq!(skipped.len(), 3);
        assert!(
            skipped[0].ends_with(
                "https://news.example/articles/3.html: body too large (200000 bytes; the limit is 50000 bytes), skipped"
            ),
            "{}",
            skipped[0]
        );
        assert_eq!(records.stats().skipped_too_large, 3);
    }
}

#[test]
fn a_truncated_archive_keeps_the_records_before_the_damage() {
    let dir = tempfile::tempdir().unwrap();
    for gzip in [false, true] {
        let path = generate(dir.path(), if gzip { "t.warc.gz" } else { "t.warc" }, 10, gzip, None);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 200]).unwrap();
        let results: Vec<_> = Records::open(&path).unwrap().collect();
        let (ok, errors): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
        assert_eq!(ok.len(), 9, "gzip={gzip}");
        assert_eq!(errors.len(), 1, "gzip={gzip}");
        let err = errors.into_iter().next().unwrap().unwrap_err();
        assert!(err.is_fatal(), "{err}");
        if !gzip {
            assert!(matches!(err, WarcError::Truncated { .. }), "{err}");
            assert!(err.to_string().contains("truncated record"), "{err}");
            assert!(err.to_string().contains("articles/9.html"), "{err}");
        }
    }
}

#[test]
fn garbage_between_records_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = generate(dir.path(), "g.warc", 3, false, None);
    let mut bytes = b"this is not a warc record\r\nnor this\r\n".to_vec();
    bytes.extend(std::fs::read(&path).unwrap());
    let results: Vec<_> = Records::new(&bytes[..]).named("g.warc").collect();
    assert_eq!(results.len(), 4);
    let err = results[0].as_ref().unwrap_err();
    assert_eq!(err.to_string(), "g.warc: malformed record at byte 0 (expected a WARC/1.x version line)");
    assert!(results[1..].iter().all(Result::is_ok));
}

#[test]
fn resource_records_and_non_html_are_opt_in() {
    let warc = "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/p\r\n\
                WARC-Date: 2026-02-01T00:00:00Z\r\nContent-Type: text/html\r\nContent-Length: 12\r\n\r\n<p>Hello</p>\r\n\r\n";
    assert_eq!(Records::new(warc.as_bytes()).count(), 0);
    let opts = WarcOptions { include_resources: true, ..WarcOptions::default() };
    let r: Vec<_> = Records::new(warc.as_bytes()).with_options(opts).map(Result::unwrap).collect();
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].target_uri.as_str(), r[0].body.as_slice()), ("https://a.example/p", &b"<p>Hello</p>"[..]));
}

#[test]
fn a_response_without_a_header_end_does_not_swallow_the_next_record() {
    let bad_block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
    let good_block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Fine</p>";
    let record = |uri: &str, block: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n\
             Content-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    };
    let warc = record("https://a.example/bad", bad_block) + &record("https://a.example/good", good_block);
    let results: Vec<_> = Records::new(warc.as_bytes()).named("x.warc").collect();
    assert_eq!(results.len(), 2);
    let err = results[0].as_ref().unwrap_err();
    assert!(!err.is_fatal());
    assert_eq!(
        err.to_string(),
        "x.warc: https://a.example/bad: unreadable http response (headers run past the record), skipped"
    );
    assert_eq!(results[1].as_ref().unwrap().body, b"<p>Fine</p>");
}
