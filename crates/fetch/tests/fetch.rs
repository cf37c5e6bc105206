//! Safe fetching against a loopback server: every failure path has a test
//! with the message a user would see.

mod common;

use common::{Reply, loopback, serve};
use dossier_fetch::{FetchError, FetchOptions, USER_AGENT, Validators, fetch, fetch_conditional};
use std::io::Write;
use std::time::{Duration, Instant};

const PAGE: &str = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>";

#[test]
fn a_page_is_fetched_with_its_headers_and_our_user_agent() {
    let server = serve(|_| {
        Reply::ok("text/html; charset=UTF-8", PAGE)
            .header("ETag", "\"v1\"")
            .header("Last-Modified", "Thu, 12 Mar 2026 09:00:00 GMT")
    });
    let f = fetch(&server.url("/article"), &loopback()).unwrap();
    assert_eq!(f.status, 200);
    assert_eq!(f.final_url, server.url("/article"));
    assert_eq!(f.content_type.as_deref(), Some("text/html"));
    assert_eq!(f.charset.as_deref(), Some("utf-8"));
    assert_eq!(f.etag.as_deref(), Some("\"v1\""));
    assert_eq!(f.last_modified.as_deref(), Some("Thu, 12 Mar 2026 09:00:00 GMT"));
    assert_eq!(f.bytes, PAGE.as_bytes());
    assert!(f.is_html() && !f.is_feed());
    let requests = server.requests();
    assert_eq!(requests[0].header("User-Agent"), Some(USER_AGENT));
}

#[test]
fn redirects_are_followed_to_the_final_url() {
    let server = serve(|r| match r.path.as_str() {
        "/old" => Reply::redirect("/new"),
        _ => Reply::ok("text/html", PAGE),
    });
    let f = fetch(&server.url("/old"), &loopback()).unwrap();
    assert_eq!(f.final_url, server.url("/new"));
}

#[test]
fn a_redirect_loop_is_named() {
    let server = serve(|r| match r.path.as_str() {
        "/a" => Reply::redirect("/b"),
        _ => Reply::redirect("/a"),
    });
    let err = fetch(&server.url("/a"), &loopback()).unwrap_err();
    assert!(matches!(err, FetchError::RedirectLoop { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!("{}: redirect loop ({} was already visited)", server.url("/a"), server.url("/a"))
    );
}

#[test]
fn redirects_are_limited() {
    let server = serve(|r| {
        let n: u32 = r.path.trim_start_matches("/r/").parse().unwrap_or(0);
        Reply::redirect(&format!("/r/{}", n + 1))
    });
    let opts = FetchOptions { max_redirects: 3, ..loopback() };
    let err = fetch(&server.url("/r/0"), &opts).unwrap_err();
    assert!(matches!(err, FetchError::TooManyRedirects { limit: 3, .. }), "{err}");
    assert!(err.to_string().ends_with("too many redirects (more than 3)"));
    assert_eq!(server.requests().len(), 4);
}

#[test]
fn an_oversized_page_is_refused_by_its_length() {
    let server = serve(|_| Reply::ok("text/html", vec![b'a'; 5000]));
    let opts = FetchOptions { max_bytes: 1000, ..loopback() };
    let err = fetch(&server.url("/big"), &opts).unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { size: Some(5000), limit: 1000, .. }), "{err}");
    assert!(err.to_string().contains("too large (5000 bytes; the limit is 1000 bytes, raise it with --max-bytes)"));
}

#[test]
fn an_oversized_page_without_a_length_is_cut_off() {
    let server = serve(|_| Reply::ok("text/html", vec![b'a'; 50_000]).without_length());
    let opts = FetchOptions { max_bytes: 1000, ..loopback() };
    let err = fetch(&server.url("/big"), &opts).unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { size: None, limit: 1000, .. }), "{err}");
}

#[test]
fn a_gzip_bomb_is_cut_off_after_decoding() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&vec![b'a'; 1_000_000]).unwrap();
    let compressed = gz.finish().unwrap();
    assert!(compressed.len() < 10_000);
    let server = serve(move |_| Reply::ok("text/html", compressed.clone()).header("Content-Encoding", "gzip"));
    let opts = FetchOptions { max_bytes: 100_000, ..loopback() };
    let err = fetch(&server.url("/bomb"), &opts).unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");
}

#[test]
fn gzip_content_encoding_is_decoded() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(PAGE.as_bytes()).unwrap();
    let compressed = gz.finish().unwrap();
    let server = serve(move |_| Reply::ok("text/html", compressed.clone()).header("Content-Encoding", "gzip"));
    assert_eq!(fetch(&server.url("/"), &loopback()).unwrap().bytes, PAGE.as_bytes());
}

#[test]
fn server_errors_are_errors_and_transient() {
    let server = serve(|r| if r.path == "/gone" { Reply::status(404) } else { Reply::status(500) });
    let err = fetch(&server.url("/x"), &loopback()).unwrap_err();
    assert_eq!(err.to_string(), format!("{}: http status 500", server.url("/x")));
    assert!(err.is_transient());
    let err = fetch(&server.url("/gone"), &loopback()).unwrap_err();
    assert!(matches!(err, FetchError::Status { status: 404, .. }));
    assert!(!err.is_transient());
}

#[test]
fn a_silent_server_times_out() {
    let server = serve(|_| Reply::ok("text/html", PAGE).delayed(Duration::from_secs(3)));
    let opts = FetchOptions { read_timeout: Duration::from_millis(300), ..loopback() };
    let start = Instant::now();
    let err = fetch(&server.url("/slow"), &opts).unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
    assert!(err.to_string().contains("timed out"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(2));
    assert!(err.is_transient());
}

#[test]
fn the_total_deadline_holds() {
    let server = serve(|_| Reply::ok("text/html", PAGE).delayed(Duration::from_secs(3)));
    let opts = FetchOptions { total_timeout: Duration::from_millis(400), ..loopback() };
    let start = Instant::now();
    let err = fetch(&server.url("/slow"), &opts).unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn images_and_binaries_are_refused() {
    let server = serve(|r| match r.path.as_str() {
        "/photo.jpg" => Reply::ok("image/jpeg", b"\xff\xd8\xff\xe0".to_vec()),
        "/blob" => Reply::ok("application/octet-stream", b"\x89PNG\r\n\x1a\n".to_vec()),
        _ => Reply::ok("application/octet-stream", PAGE),
    });
    let err = fetch(&server.url("/photo.jpg"), &loopback()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: unsupported content type image/jpeg (dossier fetches html pages, rss, atom and json feeds, and plain text)",
            server.url("/photo.jpg")
        )
    );
    let err = fetch(&server.url("/blob"), &loopback()).unwrap_err();
    assert!(err.to_string().contains("application/octet-stream, binary data"), "{err}");
    // A page served with a generic type is still a page.
    assert!(fetch(&server.url("/page"), &loopback()).unwrap().is_html());
}

#[test]
fn header_charset_wins_over_a_wrong_meta() {
    // The page says UTF-8 in its meta, but the bytes are windows-1252, as
    // the header says.
    let body = b"<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9 \x93ouvert\x94</p></body></html>".to_vec();
    let server = serve(move |_| Reply::ok("text/html; charset=windows-1252", body.clone()));
    let f = fetch(&server.url("/"), &loopback()).unwrap();
    assert_eq!(f.charset.as_deref(), Some("windows-1252"));
    let text = String::from_utf8(f.body_for_ingest().to_vec()).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Café “ouvert”"), "{text}");
}

#[test]
fn a_utf8_page_under_a_wrong_legacy_header_stays_utf8() {
    let body = "<html><head><meta charset=\"utf-8\"></head><body><p>Café in Genève</p></body></html>";
    let server = serve(move |_| Reply::ok("text/html; charset=ISO-8859-1", body));
    let f = fetch(&server.url("/"), &loopback()).unwrap();
    let text = String::from_utf8(f.body_for_ingest().to_vec()).unwrap();
    assert!(text.contains("Café in Genève"), "{text}");
}

#[test]
fn loopback_is_refused_without_allow_private() {
    let server = serve(|_| Reply::ok("text/html", PAGE));
    let opts = FetchOptions { allow_private: false, ..loopback() };
    let url = server.url("/secret");
    let err = fetch(&url, &opts).unwrap_err();
    assert!(matches!(err, FetchError::PrivateAddress { kind: "loopback", .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "{url}: refused to connect to 127.0.0.1 at 127.0.0.1, a loopback address (pass --allow-private to fetch from private networks)"
        )
    );
    let by_name = format!("http://localhost:{}/secret", server.addr.port());
    assert!(matches!(fetch(&by_name, &opts).unwrap_err(), FetchError::PrivateAddress { .. }));
    assert!(server.requests().is_empty(), "no request may reach a refused address");
}

#[test]
fn a_redirect_to_a_private_address_is_refused() {
    // 127.0.0.1 stands in for a public host (allowed by name); the redirect
    // leads to `localhost`, which resolves to loopback and is refused.
    let port = std::sync::Arc::new(std::sync::OnceLock::new());
    let p = std::sync::Arc::clone(&port);
    let server = serve(move |r| match r.path.as_str() {
        "/public" => Reply::redirect(&format!("http://localhost:{}/internal", p.get().unwrap())),
        _ => Reply::ok("text/html", PAGE),
    });
    port.set(server.addr.port()).unwrap();
    let opts = FetchOptions { allow_private: false, allow_private_hosts: vec!["127.0.0.1".into()], ..loopback() };
    let err = fetch(&server.url("/public"), &opts).unwrap_err();
    match &err {
        FetchError::PrivateAddress { url, host, .. } => {
            assert_eq!(host, "localhost");
            assert!(url.ends_with("/internal"));
        }
        other => panic!("expected a refusal, got {other}"),
    }
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/public"]);
}

#[test]
fn only_http_and_https_are_fetched() {
    let err = fetch("file:///etc/passwd", &FetchOptions::default()).unwrap_err();
    assert_eq!(err.to_string(), "file:///etc/passwd: unsupported scheme \"file\" (only http and https are fetched)");
    let err = fetch("not a url", &FetchOptions::default()).unwrap_err();
    assert!(matches!(err, FetchError::InvalidUrl { .. }), "{err}");
}

#[test]
fn conditional_requests_get_304() {
    let server = serve(|r| {
        if r.header("If-None-Match") == Some("\"v1\"") {
            Reply::status(304)
        } else {
            Reply::ok("application/rss+xml", "<rss/>").header("ETag", "\"v1\"")
        }
    });
    let first = fetch(&server.url("/feed"), &loopback()).unwrap();
    let second = fetch_conditional(&server.url("/feed"), &loopback(), &first.validators()).unwrap();
    assert!(second.not_modified());
    assert!(second.bytes.is_empty());
    let third = fetch_conditional(&server.url("/feed"), &loopback(), &Validators::default()).unwrap();
    assert_eq!(third.status, 200);
}

#[test]
fn a_closed_port_is_a_connect_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}/");
    let err = fetch(&url, &loopback()).unwrap_err();
    assert!(matches!(err, FetchError::Connect { .. }), "{err}");
    assert!(err.to_string().starts_with(&format!("{url}: cannot connect")), "{err}");
    assert!(err.is_transient());
}

#[test]
fn a_304_to_a_plain_request_is_an_error() {
    let server = serve(|_| Reply::status(304));
    let err = fetch(&server.url("/"), &loopback()).unwrap_err();
    assert!(matches!(err, FetchError::Status { status: 304, .. }), "{err}");
}

#[test]
fn a_shared_fetcher_blames_each_refusal_on_its_own_fetch() {
    let server = serve(|_| Reply::ok("text/html", PAGE));
    let opts = FetchOptions { allow_private: false, allow_private_hosts: vec!["127.0.0.1".into()], ..loopback() };
    let fetcher = std::sync::Arc::new(dossier_fetch::Fetcher::new(opts));
    let allowed = server.url("/ok");
    let refused = format!("http://localhost:{}/no", server.addr.port());
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let fetcher = std::sync::Arc::clone(&fetcher);
            let url = if i % 2 == 0 { allowed.clone() } else { refused.clone() };
            std::thread::spawn(move || (i, fetcher.fetch(&url)))
        })
        .collect();
    for h in handles {
        let (i, result) = h.join().unwrap();
        if i % 2 == 0 {
            assert_eq!(result.unwrap().bytes, PAGE.as_bytes());
        } else {
            assert!(matches!(result.unwrap_err(), FetchError::PrivateAddress { .. }));
        }
    }
}
