//! Getting articles from the network and from archives: safe HTTP fetching,
//! RSS/Atom/JSON Feed reading, feed watching and streaming WARC reading.
//!
//! This crate stops at bytes plus what the transport knows about them (the
//! final URL, the declared charset, the archive's record date); turning those
//! bytes into a `Document` stays with `dossier-ingest`. That keeps this crate
//! free of the HTML stack and `ingest` free of HTTP, and lets the CLI glue
//! the two with `dossier_ingest::read_bytes`.
//!
//! The key decision is safety by default: every request goes through one
//! client ([`fetch::Fetcher`], behind [`fetch()`] too) that resolves the host itself and
//! refuses private, loopback and link-local addresses on every hop, caps
//! time and size, and refuses content that is not a page, a feed or text.
//! The client is blocking (`ureq`), because the CLI fetches a handful of
//! URLs at a time and a blocking client needs no async runtime.

pub mod address;
pub mod charset;
pub mod feed;
pub mod fetch;
pub mod warc;
pub mod watch;

pub use feed::{FeedError, FeedItem, ParsedFeed, is_feed, parse_feed, read_feed};
pub use fetch::{FetchError, FetchOptions, Fetched, Fetcher, Validators, fetch, fetch_conditional};
pub use watch::{Event, FeedState, WatchConfig, WatchState, Watcher, parse_every};

/// Where a site operator who sees dossier in their logs can read what it is.
pub const HOMEPAGE: &str = "https://example.invalid/dossier";

/// The user agent sent with every request: the program, its version and a
/// URL to read about it, so operators can tell dossier apart and reach us.
pub const USER_AGENT: &str = concat!("dossier/", env!("CARGO_PKG_VERSION"), " (+https://example.invalid/dossier)");

#[cfg(test)]
mod tests {
    #[test]
    fn user_agent_names_the_program_and_the_homepage() {
        assert!(super::USER_AGENT.starts_with("dossier/"));
        assert!(super::USER_AGENT.contains(super::HOMEPAGE));
    }
}
