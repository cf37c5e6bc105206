//! Small HTML and URL helpers for markup built in Rust (the reader's
//! highlighted text, search snippets, the timeline's SVG).
//!
//! Key decision: templates escape everything by default; the few places
//! that build markup in Rust go through [`escape`] for every piece of stored
//! text and are tested with hostile input. Stored URLs become links only
//! when they are plain `http`/`https` ([`safe_href`]).

use std::fmt::Write;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_into(&mut out, s);
    out
}

pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Percent-encodes a string for one URL path segment or query value:
/// everything but unreserved characters is encoded.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A stored URL as an `href`, only when it is absolute `http(s)`; anything
/// else (`javascript:`, `data:`, relative paths) is shown as text instead.
pub fn safe_href(url: &str) -> Option<&str> {
    let lower = url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then_some(url)
}

/// A query string from pairs, skipping empty values.
pub fn query(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> =
        pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode(v))).collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// The link to an entity page; entities are aggregated by name and type.
pub fn entity_href(ty: &str, name: &str) -> String {
    format!("/entities/{}/{}", encode(ty), encode(name))
}

/// Shortens text to about `max` characters at a word boundary.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(escape(r#"<img src=x onerror="a">&'"#), "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(safe_href("https://example.com/a"), Some("https://example.com/a"));
        assert_eq!(safe_href("HTTP://example.com"), Some("HTTP://example.com"));
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href(" javascript:alert(1)"), None);
        assert_eq!(safe_href("data:text/html,<script>"), None);
        assert_eq!(safe_href("https://a.b/\njavascript:"), None);
    }

    #[test]
    fn encode_and_query() {
        assert_eq!(encode("Anna Kovács/x"), "Anna%20Kov%C3%A1cs%2Fx");
        assert_eq!(query(&[("q", "a b"), ("outlet", "")]), "?q=a%20b");
        assert_eq!(truncate("one two three four", 9), "one two…");
    }
}
