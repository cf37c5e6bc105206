//! The watcher against a loopback server, with the clock in the test's
//! hands: a feed that changes between polls, 304s, a 500 and a timeout
//! with back-off, and state that survives a restart.

mod common;

use chrono::{DateTime, Duration as Span, TimeZone, Utc};
use common::{Reply, loopback, serve};
use dossier_fetch::{Event, WatchConfig, WatchState, Watcher};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

fn rss(items: &[u32]) -> String {
    let items: String = items
        .iter()
        .map(|n| format!("<item><title>Story {n}</title><link>https://wire.example/{n}</link><guid>s{n}</guid></item>"))
        .collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>{items}</channel></rss>")
}

fn config() -> WatchConfig {
    WatchConfig {
        every: Duration::from_secs(60),
        max_backoff: Duration::from_secs(600),
        fetch: dossier_fetch::FetchOptions { read_timeout: Duration::from_millis(300), ..loopback() },
        ..WatchConfig::default()
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 12, 9, 0, 0).unwrap()
}

/// Events as short strings: `new s3`, `304`, `unchanged 2`, `failed 1`.
fn summary(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| match e {
            Event::NewItem { item, .. } => format!("new {}", item.id),
            Event::NotModified { .. } => "304".into(),
            Event::NoNewItems { items, .. } => format!("unchanged {items}"),
            Event::Failed { failures, .. } => format!("failed {failures}"),
        })
        .collect()
}

#[test]
fn a_changing_feed_yields_only_new_items_and_304s_cost_nothing() {
    // Version 1 has stories 1-2, version 2 adds story 3 (with a new ETag);
    // a request carrying the current ETag gets a 304.
    let version = Arc::new(AtomicUsize::new(1));
    let v = Arc::clone(&version);
    let server = serve(move |r| {
        let current = v.load(Ordering::SeqCst);
        let etag = format!("\"v{current}\"");
        if r.header("If-None-Match") == Some(etag.as_str()) {
            return Reply::status(304);
        }
        let body = if current == 1 { rss(&[2, 1]) } else { rss(&[3, 2, 1]) };
        Reply::ok("application/rss+xml", body)
            .header("ETag", &etag)
            .header("Last-Modified", "Thu, 12 Mar 2026 09:00:00 GMT")
    });
    let feed = server.url("/feed.xml");
    let mut w = Watcher::new(vec![feed.clone()], config(), WatchState::default());
    assert_eq!(summary(&w.poll_once(t0())), ["new s2", "new s1"]);
    // Not due yet: nothing is fetched.
    assert!(w.poll_once(t0() + Span::seconds(30)).is_empty());
    assert_eq!(server.requests().len(), 1);
    assert_eq!(summary(&w.poll_once(t0() + Span::seconds(60))), ["304"]);
    let second = &server.requests()[1];
    assert_eq!(second.header("If-None-Match"), Some("\"v1\""));
    assert_eq!(second.header("If-Modified-Since"), Some("Thu, 12 Mar 2026 09:00:00 GMT"));
    version.store(2, Ordering::SeqCst);
    assert_eq!(summary(&w.poll_once(t0() + Span::seconds(120))), ["new s3"]);
    assert_eq!(summary(&w.poll_once(t0() + Span::seconds(180))), ["304"]);

    // The state survives a restart as JSON: nothing is yielded twice.
    let saved = serde_json::to_string(w.state()).unwrap();
    let state: WatchState = serde_json::from_str(&saved).unwrap();
    let mut again = Watcher::new(vec![feed.clone()], config(), state);
    assert_eq!(again.state().feeds[&feed].etag.as_deref(), Some("\"v2\""));
    assert_eq!(summary(&again.poll_feed(&feed, t0() + Span::seconds(200))), ["304"]);
    let mut fresh_validators = again.state().clone();
    fresh_validators.feeds.get_mut(&feed).unwrap().etag = None;
    let mut third = Watcher::new(vec![feed.clone()], config(), fresh_validators);
    assert_eq!(summary(&third.poll_feed(&feed, t0() + Span::seconds(300))), ["unchanged 3"]);
}

#[test]
fn errors_back_off_exponentially_and_recover() {
    // 500 for the first three requests, then a feed.
    let calls = Arc::new(AtomicUsize::new(0));
    let c = Arc::clone(&calls);
    let server = serve(move |_| {
        if c.fetch_add(1, Ordering::SeqCst) < 3 {
            Reply::status(500)
        } else {
            Reply::ok("application/rss+xml", rss(&[1]))
        }
    });
    let feed = server.url("/feed.xml");
    let mut w = Watcher::new(vec![feed.clone()], config(), WatchState::default());
    let mut now = t0();
    let mut waits = Vec::new();
    for _ in 0..3 {
        let events = w.poll_once(now);
        match &events[..] {
            [Event::Failed { error, retry_at, .. }] => {
                assert!(error.ends_with("http status 500"), "{error}");
                // Just before the retry time nothing happens.
                assert!(w.poll_once(*retry_at - Span::seconds(1)).is_empty());
                waits.push((*retry_at - now).num_seconds());
                now = *retry_at;
            }
            other => panic!("expected one failure, got {other:?}"),
        }
    }
    assert_eq!(waits, [120, 240, 480]);
    assert_eq!(w.state().feeds[&feed].failures, 3);
    assert_eq!(summary(&w.poll_once(now)), ["new s1"]);
    let st = &w.state().feeds[&feed];
    assert_eq!((st.failures, st.last_error.clone()), (0, None));
    assert_eq!(st.next_poll, Some(now + Span::seconds(60)));
}

#[test]
fn a_timeout_is_a_failure_with_back_off() {
    let server = serve(|_| Reply::ok("application/rss+xml", rss(&[1])).delayed(Duration::from_secs(3)));
    let feed = server.url("/slow.xml");
    let mut w = Watcher::new(vec![feed], config(), WatchState::default());
    let events = w.poll_once(t0());
    match &events[..] {
        [Event::Failed { error, failures: 1, retry_at, .. }] => {
            assert!(error.contains("timed out"), "{error}");
            assert_eq!(*retry_at, t0() + Span::seconds(120));
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[test]
fn malformed_xml_and_redirect_loops_are_failures_too() {
    let server = serve(|r| match r.path.as_str() {
        "/bad.xml" => Reply::ok("application/rss+xml", "<rss><channel><item></channel>"),
        "/a" => Reply::redirect("/b"),
        _ => Reply::redirect("/a"),
    });
    let feeds = vec![server.url("/bad.xml"), server.url("/a")];
    let mut w = Watcher::new(feeds, config(), WatchState::default());
    let events = w.poll_once(t0());
    let errors: Vec<&str> = events
        .iter()
        .map(|e| match e {
            Event::Failed { error, .. } => error.as_str(),
            other => panic!("expected failures, got {other:?}"),
        })
        .collect();
    assert!(errors[0].contains("/bad.xml: malformed feed"), "{}", errors[0]);
    assert!(errors[1].contains("redirect loop"), "{}", errors[1]);
}

#[test]
fn run_polls_until_stopped() {
    let server = serve(|_| Reply::ok("application/rss+xml", rss(&[1, 2])));
    let stop = std::sync::atomic::AtomicBool::new(false);
    let mut w = Watcher::new(vec![server.url("/feed.xml")], config(), WatchState::default());
    let mut seen = Vec::new();
    w.run(&stop, |events, state| {
        seen.extend(summary(events));
        assert_eq!(state.feeds.len(), 1);
        stop.store(true, Ordering::Relaxed);
    });
    assert_eq!(seen, ["new s1", "new s2"]);
}

#[test]
fn retry_after_is_honoured_and_state_files_round_trip() {
    let server = serve(|_| Reply::status(503).header("Retry-After", "3600"));
    let feed = server.url("/busy.xml");
    let mut w = Watcher::new(vec![feed.clone(), feed.clone()], config(), WatchState::default());
    assert_eq!(w.feeds().len(), 1);
    match &w.poll_once(t0())[..] {
        [Event::Failed { retry_at, error, .. }] => {
            assert!(error.ends_with("http status 503"), "{error}");
            assert_eq!(*retry_at, t0() + Span::seconds(3600));
        }
        other => panic!("expected one failure, got {other:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("watch.json");
    assert_eq!(WatchState::load(&path).unwrap(), WatchState::default());
    w.state().save(&path).unwrap();
    assert_eq!(&WatchState::load(&path).unwrap(), w.state());
    std::fs::write(&path, "{not json").unwrap();
    assert!(WatchState::load(&path).unwrap_err().to_string().contains("bad watch state"));
}
