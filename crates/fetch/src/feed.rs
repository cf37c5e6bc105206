//! RSS 2.0 / RSS 1.0 / Atom / JSON Feed: telling a feed from a page, and
//! turning one into the list of articles it points to.
//!
//! Parsing is feed-rs's job; this module narrows its rich model to what
//! ingest needs ([`FeedItem`]: the article URL, title, date, summary and a
//! stable id) and makes the URL absolute against the feed's own URL, since
//! relative links are common in hand-written feeds. An item's identity for
//! "have I seen it" is its id (feed-rs derives one when a feed gives none)
//! together with its URL, so a feed that rewrites one of the two still does
//! not yield old articles again.

use crate::fetch::{FetchError, FetchOptions, fetch};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One entry of a feed: an article to fetch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedItem {
    /// The article's URL, absolute; `None` for an entry without a link
    /// (a status update, say), which has nothing to fetch.
    pub url: Option<String>,
    pub title: Option<String>,
    /// The entry's published date, or its updated date when it has none.
    pub published: Option<DateTime<Utc>>,
    /// The summary as plain text (tags removed, whitespace collapsed).
    pub summary: Option<String>,
    /// The entry's id (guid / atom:id / JSON Feed id).
    pub id: String,
}

impl FeedItem {
    /// The published date as ISO 8601, for `ReadOptions::published`.
    pub fn published_iso(&self) -> Option<String> {
        self.published.map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    }
}

/// A parsed feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFeed {
    pub title: Option<String>,
    /// `rss`, `atom` or `json`.
    pub kind: &'static str,
    /// The entries in feed order.
    pub items: Vec<FeedItem>,
}

/// Why a feed could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("{name}: malformed feed ({detail})")]
    Malformed { name: String, detail: String },
    #[error("{name}: not a feed (no rss, atom or json feed found)")]
    NotAFeed { name: String },
    #[error("{name}: cannot read: {source}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Fetch(#[from] FetchError),
}

/// Parses feed bytes. `name` names the feed in errors (its URL or path);
/// `base_url`, the feed's URL, makes relative item links absolute.
pub fn parse_feed(bytes: &[u8], name: &str, base_url: Option<&str>) -> Result<ParsedFeed, FeedError> {
    let parser = feed_rs::parser::Builder::new().base_uri(base_url).build();
    let feed = parser.parse(bytes).map_err(|e| {
        use feed_rs::parser::{ParseErrorKind, ParseFeedError};
        match e {
            // feed-rs reports broken XML under an `<rss>` or `<feed>` root
            // as "no feed root"; that is a malformed feed, not a page.
            ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) if is_feed(bytes, None) => FeedError::Malformed {
                name: name.to_string(),
                detail: "the feed's elements cannot be read; is the xml well-formed?".into(),
            },
            ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => FeedError::NotAFeed { name: name.to_string() },
            other => FeedError::Malformed { name: name.to_string(), detail: other.to_string().to_lowercase() },
        }
    })?;
    let base = base_url.and_then(|b| url::Url::parse(b).ok());
    let kind = match feed.feed_type {
        feed_rs::model::FeedType::Atom => "atom",
        feed_rs::model::FeedType::JSON => "json",
        _ => "rss",
    };
    let items = feed.entries.into_iter().map(|e| item_of(e, base.as_ref())).collect();
    Ok(ParsedFeed { title: feed.title.map(|t| plain_text(&t.content)).filter(|t| !t.is_empty()), kind, items })
}

fn item_of(entry: feed_rs::model::Entry, base: Option<&url::Url>) -> FeedItem {
    // The article is the "alternate" link (Atom) or the only link (RSS,
    // JSON Feed); enclosures and related links are not the article.
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty());
    let url = link.map(|href| match base.and_then(|b| b.join(&href).ok()) {
        Some(abs) => abs.to_string(),
        None => href,
    });
    FeedItem {
        url,
        title: entry.title.map(|t| plain_text(&t.content)).filter(|t| !t.is_empty()),
        published: entry.published.or(entry.updated),
        summary: entry
            .summary
            .map(|t| plain_text(&t.content))
            .or_else(|| entry.content.and_then(|c| c.body).map(|b| plain_text(&b)))
            .filter(|t| !t.is_empty()),
        id: entry.id,
    }
}

/// Tags removed, the common entities decoded, whitespace collapsed. A
/// summary is for display, so this need not be an HTML parser.
fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether bytes are a feed, from the declared media type or, when that is
/// generic (`application/xml`, `application/json`, none), from the root
/// element or the JSON Feed version marker.
pub fn is_feed(bytes: &[u8], content_type: Option<&str>) -> bool {
    let mime = content_type.map(crate::charset::mime_essence);
    match mime.as_deref() {
        Some("application/rss+xml" | "application/atom+xml" | "application/feed+json" | "application/rdf+xml") => {
            return true;
        }
        Some("text/html" | "application/xhtml+xml" | "text/plain") => return false,
        _ => {}
    }
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('{') {
        return text.contains("jsonfeed.org/version");
    }
    xml_root(text).is_some_and(|root| {
        let local = root.rsplit(':').next().unwrap_or(root);
        matches!(local, "rss" | "feed" | "RDF") || root.eq_ignore_ascii_case("rdf:rdf")
    })
}

/// The name of the first element, skipping the XML declaration, comments,
/// processing instructions and a doctype.
fn xml_root(mut s: &str) -> Option<&str> {
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("<?") {
            s = &rest[rest.find("?>")? + 2..];
        } else if let Some(rest) = s.strip_prefix("<!--") {
            s = &rest[rest.find("-->")? + 3..];
        } else if let Some(rest) = s.strip_prefix("<!") {
            s = &rest[rest.find('>')? + 1..];
        } else if let Some(rest) = s.strip_prefix('<') {
            let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
            return Some(&rest[..end]);
        } else {
            return None;
        }
    }
}

/// Reads a feed from a URL (`http://`, `https://`) or a file path.
pub fn read_feed(source: &str, opts: &FetchOptions) -> Result<ParsedFeed, FeedError> {
    if source.starts_with("http://") || source.starts_with("https://") {
        let fetched = fetch(source, opts)?;
        return parse_feed(&fetched.bytes, source, Some(&fetched.final_url));
    }
    let bytes = std::fs::read(Path::new(source)).map_err(|e| FeedError::Io { name: source.to_string(), source: e })?;
    parse_feed(&bytes, source, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_tells_feeds_from_pages() {
        assert!(is_feed(b"<?xml version=\"1.0\"?>\n<!-- hi --><rss version=\"2.0\"><channel/></rss>", None));
        assert!(is_feed(b"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", Some("application/xml")));
        assert!(is_feed(b"<rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>", Some("text/xml")));
        assert!(is_feed(br#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#, Some("application/json")));
        assert!(is_feed(b"", Some("application/atom+xml; charset=utf-8")));
        assert!(!is_feed(b"<!DOCTYPE html><html></html>", None));
        assert!(!is_feed(b"<rss></rss>", Some("text/html")));
        assert!(!is_feed(br#"{"a": 1}"#, Some("application/json")));
    }

    #[test]
    fn summaries_become_plain_text() {
        assert_eq!(plain_text("<p>Rates &amp; <b>prices</b>\n rose</p>"), "Rates & prices rose");
    }
}
