//! A byte-level pre-pass that empties `<script>` and `<style>` elements and
//! removes comments before the HTML5 parser sees the page.
//!
//! The key decision: parsing dominates extraction time, and on news pages
//! most bytes are inline scripts, JSON state blobs and CSS that the parser
//! would tokenise character by character only for the extractor to drop
//! them. Emptying them first (keeping the tags, and keeping JSON-LD scripts
//! whole for the metadata) makes extraction about twice as fast and changes
//! no extracted text. The scan follows the tokenizer's rule that a raw-text
//! element ends at the first `</script` or `</style`, case-insensitively.

use std::borrow::Cow;

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0].to_ascii_lowercase();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        match hay[i..].iter().position(|b| b.to_ascii_lowercase() == first) {
            Some(p) => {
                i += p;
                if starts_with_ci(&hay[i..], needle) {
                    return Some(i);
                }
                i += 1;
            }
            None => return None,
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether the byte after a tag name ends the name.
fn name_ends(b: Option<&u8>) -> bool {
    matches!(b, Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
}

/// Returns the page with script and style contents and comments removed.
pub(crate) fn prestrip(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    // `copied` is where the unflushed input starts; `i` is the scan position.
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b == b'<') {
        let lt = i + p;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            // A comment ends at the first "-->"; an unterminated one runs to
            // the end of the input, as in the tokenizer.
            let end = find(&rest[3..], b"-->").map_or(bytes.len(), |e| lt + 1 + 3 + e + 3);
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = end;
            i = end;
            continue;
        }
        let raw: Option<&[u8]> = if starts_with_ci(rest, b"script") && name_ends(rest.get(6)) {
            Some(b"</script")
        } else if starts_with_ci(rest, b"style") && name_ends(rest.get(5)) {
            Some(b"</style")
        } else {
            None
        };
        let Some(close) = raw else {
            i = lt + 1;
            continue;
        };
        let Some(gt) = rest.iter().position(|&b| b == b'>') else { break };
        let tag_end = lt + 1 + gt + 1;
        let tag = &bytes[lt..tag_end];
        if find_ci(tag, b"ld+json").is_some() {
            i = tag_end;
            continue;
        }
        let Some(c) = find_ci(&bytes[tag_end..], close) else { break };
        let content_end = tag_end + c;
        let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
        o.push_str(&html[copied..tag_end]);
        copied = content_end;
        i = content_end + close.len();
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            if copied < html.len() {
                o.push_str(&html[copied..]);
            }
            Cow::Owned(o)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::prestrip;

    #[test]
    fn empties_scripts_styles_and_comments() {
        assert_eq!(
            prestrip("<p>a</p><SCRIPT type=x>if (a<b) { x('</p>') }</Script><style>p{}</style><!-- c --><p>b</p>"),
            "<p>a</p><SCRIPT type=x></Script><style></style><p>b</p>"
        );
    }

    #[test]
    fn keeps_json_ld_and_lookalike_tags() {
        let s = r#"<script type="application/ld+json">{"a":"<b>"}</script><scripts>x</scripts><stylex>y</stylex>"#;
        assert_eq!(prestrip(s), s);
    }

    #[test]
    fn unterminated_constructs_do_not_panic() {
        for s in ["<script>never closed", "<!-- open", "<script", "<style x", "é<script>é</script>é", "<"] {
            let _ = prestrip(s);
        }
        assert_eq!(prestrip("é<script>é</script>é"), "é<script></script>é");
        assert_eq!(prestrip("x<!-- open"), "x");
    }
}
