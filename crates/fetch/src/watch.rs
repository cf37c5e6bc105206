//! Watching feeds: poll, fetch only what changed, yield only new items.
//!
//! The watcher is a state machine driven by the clock it is given:
//! [`Watcher::poll_once`] takes `now` and polls the feeds that are due, so
//! tests step through hours of polling without sleeping, and
//! [`Watcher::run`] is a thin loop that supplies the real clock.
//!
//! What the watcher remembers ([`WatchState`]) is plain serde data — per
//! feed the validators (ETag, Last-Modified), the consecutive failures, the
//! next poll time and the item keys already yielded — so the CLI can save
//! it as JSON beside the store after each round and resume after a restart.
//! Items are marked seen when they are yielded; a caller that saves the
//! state only after storing the round's items gets at-least-once delivery
//! (a crash in between yields the items again, and the store's
//! content-hash ids make the second copy a no-op).
//!
//! Errors (5xx, timeouts, malformed XML) back off exponentially: after `n`
//! consecutive failures the next poll is `every × 2ⁿ` later, capped at
//! `max_backoff`; one success resets the count.

use crate::feed::{FeedItem, parse_feed};
use crate::fetch::{FetchOptions, Fetcher, Validators};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The longest Retry-After honoured.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// How the watcher polls.
#[derive(Debug, Clone)]
pub struct WatchConfig {
    /// The regular interval between polls of one feed (`--every`).
    pub every: Duration,
    /// The longest wait after repeated failures.
    pub max_backoff: Duration,
    /// How many item keys are remembered per feed; the oldest beyond this
    /// are forgotten, but never those of items still in the feed.
    pub max_seen: usize,
    pub fetch: FetchOptions,
}

impl Default for WatchConfig {
    fn default() -> Self {
        WatchConfig {
            every: Duration::from_secs(15 * 60),
            max_backoff: Duration::from_secs(6 * 3600),
            max_seen: 5000,
            fetch: FetchOptions::default(),
        }
    }
}

/// Everything the watcher remembers, keyed by feed URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchState {
    pub feeds: BTreeMap<String, FeedState>,
}

impl WatchState {
    /// Loads a state saved by [`WatchState::save`]; a missing file is a
    /// fresh state, since the first `dossier watch` has nothing saved.
    pub fn load(path: &std::path::Path) -> std::io::Result<WatchState> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("{}: bad watch state: {e}", path.display()),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(WatchState::default()),
            Err(e) => Err(e),
        }
    }

    /// Saves the state as JSON, through a temporary file and a rename so a
    /// crash mid-write leaves the previous state intact.
    pub fn save(&self, path: &std::path::Path) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, json)?;
        std::fs::rename(&tmp, path)
    }
}

/// What is remembered about one feed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedState {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Consecutive failed polls; 0 after a success.
    pub failures: u32,
    /// When the feed is next due; `None` means now.
    pub next_poll: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// Item keys (ids and URLs) already yielded, with the time each was
    /// last seen in the feed (unix seconds), so the oldest can be dropped.
    pub seen: BTreeMap<String, i64>,
}

/// What one poll of one feed produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// An item not yielded before.
    NewItem { feed: String, item: FeedItem },
    /// The server answered 304 Not Modified.
    NotModified { feed: String },
    /// The feed was fetched and parsed, but every item was already seen.
    NoNewItems { feed: String, items: usize },
    /// The poll failed; the feed is retried at `retry_at`.
    Failed { feed: String, error: String, failures: u32, retry_at: DateTime<Utc> },
}

/// Polls a set of feeds; see the module docs.
#[derive(Debug)]
pub struct Watcher {
    feeds: Vec<String>,
    config: WatchConfig,
    state: WatchState,
    /// One client for all polls, so connections to a feed's host are kept.
    fetcher: Fetcher,
}

impl Watcher {
    /// A watcher over `feeds`, resuming from `state` (use
    /// `WatchState::default()` the first time). Feeds in the state but not
    /// in `feeds` are kept in the state untouched.
    pub fn new(mut feeds: Vec<String>, config: WatchConfig, state: WatchState) -> Self {
        // A feed named twice on the command line is polled once.
        let mut seen = HashSet::new();
        feeds.retain(|f| seen.insert(f.clone()));
        let fetcher = Fetcher::new(config.fetch.clone());
        Watcher { feeds, config, state, fetcher }
    }

    /// The feeds watched, in order, without duplicates.
    pub fn feeds(&self) -> &[String] {
        &self.feeds
    }

    /// The state to persist.
    pub fn state(&self) -> &WatchState {
        &self.state
    }

    /// When the next feed is due (`now`-independent; `None` for no feeds).
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        self.feeds
            .iter()
            .map(|f| self.state.feeds.get(f).and_then(|s| s.next_poll).unwrap_or(DateTime::<Utc>::MIN_UTC))
            .min()
    }

    /// Polls every feed that is due at `now`, in order, and returns what
    /// happened. Feeds not yet due are left alone.
    pub fn poll_once(&mut self, now: DateTime<Utc>) -> Vec<Event> {
        let due: Vec<String> = self
            .feeds
            .iter()
            .filter(|f| self.state.feeds.get(*f).and_then(|s| s.next_poll).is_none_or(|t| t <= now))
            .cloned()
            .collect();
        due.iter().flat_map(|feed| self.poll_feed(feed, now)).collect()
    }

    /// Polls one feed now, due or not.
    pub fn poll_feed(&mut self, feed: &str, now: DateTime<Utc>) -> Vec<Event> {
        let st = self.state.feeds.entry(feed.to_string()).or_default();
        let validators = Validators { etag: st.etag.clone(), last_modified: st.last_modified.clone() };
        let outcome =
            self.fetcher.fetch_conditional(feed, &validators).map_err(|e| (e.to_string(), e.retry_after())).and_then(
                |f| {
                    if f.not_modified() {
                        return Ok((f, None));
                    }
                    let parsed = parse_feed(&f.bytes, feed, Some(&f.final_url)).map_err(|e| (e.to_string(), None))?;
                    Ok((f, Some(parsed)))
                },
            );
        let st = self.state.feeds.get_mut(feed).expect("inserted above");
        match outcome {
            Err((error, retry_after)) => {
                st.failures = st.failures.saturating_add(1);
                // A server's Retry-After is honoured when it asks for longer
                // than the back-off, up to a day.
                let asked = retry_after.map_or(chrono::Duration::zero(), |d| chrono_duration(d.min(MAX_RETRY_AFTER)));
                let retry_at = now + backoff(&self.config, st.failures).max(asked);
                st.next_poll = Some(retry_at);
                st.last_error = Some(error.clone());
                vec![Event::Failed { feed: feed.to_string(), error, failures: st.failures, retry_at }]
            }
            Ok((fetched, parsed)) => {
                st.failures = 0;
                st.last_error = None;
                st.last_success = Some(now);
                st.next_poll = Some(now + chrono_duration(self.config.every));
                let Some(parsed) = parsed else {
                    return vec![Event::NotModified { feed: feed.to_string() }];
                };
                // A server that stops sending a validator should not get
                // the stale one back.
                st.etag = fetched.etag;
                st.last_modified = fetched.last_modified;
                let total = parsed.items.len();
                let mut events = Vec::new();
                let mut current = HashSet::new();
                for item in parsed.items {
                    let keys = item_keys(&item);
                    let new = !keys.iter().any(|k| st.seen.contains_key(k));
                    for k in keys {
                        st.seen.insert(k.clone(), now.timestamp());
                        current.insert(k);
                    }
                    if new {
                        events.push(Event::NewItem { feed: feed.to_string(), item });
                    }
                }
                forget_oldest(&mut st.seen, &current, self.config.max_seen);
                if events.is_empty() {
                    events.push(Event::NoNewItems { feed: feed.to_string(), items: total });
                }
                events
            }
        }
    }

    /// Polls until `stop` is set, calling `on_round` with each round's
    /// events and the state to save. The stop flag is checked at least
    /// every quarter second, so Ctrl-C handlers that set it are prompt.
    pub fn run(&mut self, stop: &AtomicBool, mut on_round: impl FnMut(&[Event], &WatchState)) {
        while !stop.load(Ordering::Relaxed) {
            let now = Utc::now();
            if self.next_due().is_some_and(|t| t <= now) {
                let events = self.poll_once(now);
                on_round(&events, &self.state);
                continue;
            }
            let wait = self
                .next_due()
                .and_then(|t| (t - now).to_std().ok())
                .unwrap_or(Duration::from_millis(250))
                .min(Duration::from_millis(250));
            std::thread::sleep(wait);
        }
    }
}

/// Parses an interval such as `--every 15m`: a whole number followed by
/// `s`, `m`, `h` or `d` (a bare number is minutes). At least 10 seconds,
/// so a typo cannot make the watcher hammer a server.
pub fn parse_every(value: &str) -> Result<Duration, String> {
    let v = value.trim();
    let (digits, unit) = v.split_at(v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len()));
    let n: u64 = digits.parse().map_err(|_| format!("{value:?}: not an interval (use e.g. 30s, 15m, 2h, 1d)"))?;
    let secs = match unit.trim() {
        "s" => n,
        "" | "m" | "min" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        "d" => n.saturating_mul(86_400),
        _ => return Err(format!("{value:?}: unknown unit {unit:?} (use s, m, h or d)")),
    };
    if secs < 10 {
        return Err(format!("{value:?}: too short (the shortest interval is 10s)"));
    }
    Ok(Duration::from_secs(secs))
}

/// The keys an item is remembered by: its id and its URL.
fn item_keys(item: &FeedItem) -> Vec<String> {
    let mut keys = vec![format!("id:{}", item.id)];
    if let Some(u) = &item.url {
        keys.push(format!("url:{u}"));
    }
    keys
}

/// Drops the least recently seen keys beyond `max`, keeping every key of
/// the feed's current items whatever `max` says (forgetting those would
/// yield them again at the next poll).
fn forget_oldest(seen: &mut BTreeMap<String, i64>, current: &HashSet<String>, max: usize) {
    let limit = max.max(current.len());
    if seen.len() <= limit {
        return;
    }
    let mut old: Vec<(i64, String)> =
        seen.iter().filter(|(k, _)| !current.contains(*k)).map(|(k, t)| (*t, k.clone())).collect();
    old.sort();
    for (_, k) in old.into_iter().take(seen.len() - limit) {
        seen.remove(&k);
    }
}

/// The wait after `failures` consecutive failures: `every × 2^failures`,
/// capped at `max_backoff` (but never below `every`).
pub fn backoff(config: &WatchConfig, failures: u32) -> chrono::Duration {
    let cap = config.max_backoff.max(config.every);
    let factor = 2u32.saturating_pow(failures.min(30));
    chrono_duration(config.every.saturating_mul(factor).min(cap))
}

fn chrono_duration(d: Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let config = WatchConfig {
            every: Duration::from_secs(60),
            max_backoff: Duration::from_secs(600),
            ..WatchConfig::default()
        };
        let secs: Vec<i64> = (1..=6).map(|n| backoff(&config, n).num_seconds()).collect();
        assert_eq!(secs, [120, 240, 480, 600, 600, 600]);
        assert_eq!(backoff(&config, u32::MAX).num_seconds(), 600);
    }

    #[test]
    fn intervals() {
        assert_eq!(parse_every("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_every("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_every("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse_every("1d"), Ok(Duration::from_secs(86_400)));
        assert_eq!(parse_every("5"), Ok(Duration::from_secs(300)));
        assert!(parse_every("1s").unwrap_err().contains("too short"));
        assert!(parse_every("10 parsecs").unwrap_err().contains("unknown unit"));
        assert!(parse_every("soon").is_err());
    }

    #[test]
    fn forgetting_keeps_current_items() {
        let mut seen: BTreeMap<String, i64> = (0..10).map(|i| (format!("k{i}"), i)).collect();
        let current: HashSet<String> = ["k0".to_string()].into();
        forget_oldest(&mut seen, &current, 5);
        assert_eq!(seen.len(), 5);
        assert!(seen.contains_key("k0"), "a current item is never forgotten");
        assert!(seen.contains_key("k9"));
        assert!(!seen.contains_key("k1"));
    }
}
