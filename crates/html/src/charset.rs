//! Charset helpers for the ingest layer: find the `<meta charset>` or
//! `http-equiv` label in the first bytes of a page, and decode bytes to a
//! string.
//!
//! The key decision: this is a cheap byte scan of the first 4 KiB (as the
//! HTML standard's prescan does), not a parse, so ingest can call it before
//! anything else; statistical detection is left to the ingest layer.

use encoding_rs::Encoding;

/// How far into the document the prescan looks, as browsers do.
const PRESCAN: usize = 4096;

/// Returns the encoding named by a `<meta charset=…>` or
/// `<meta http-equiv="content-type" content="…; charset=…">` in the first
/// 4 KiB of `bytes`, if any and if the label is known.
pub fn sniff_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| b == b'"' || b == b'\'' || b == b';' || b.is_ascii_whitespace() || b == b'/')
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..label_end]) {
                    // A page that claims UTF-16 in a meta tag was decoded as
                    // ASCII-compatible to be read at all, so the claim is
                    // wrong; browsers treat it as UTF-8.
                    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        return Some(encoding_rs::UTF_8);
                    }
                    return Some(enc);
                }
            }
        }
        from = end.max(start + 1);
        if from >= lower.len() {
            break;
        }
    }
    None
}

/// Decodes page bytes: a byte-order mark wins, then the meta charset, then
/// UTF-8 when the bytes are valid UTF-8, and windows-1252 otherwise (the
/// commonest legacy encoding of the web).
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc.decode_with_bom_removal(bytes).0.into_owned();
    }
    if let Some(enc) = sniff_meta_charset(bytes) {
        // A page that says UTF-8 but is not is more often windows-1252.
        if enc != encoding_rs::UTF_8 || std::str::from_utf8(bytes).is_ok() {
            return enc.decode_without_bom_handling(bytes).0.into_owned();
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        let check = |html: &str, want: Option<&str>| {
            assert_eq!(sniff_meta_charset(html.as_bytes()).map(|e| e.name()), want, "{html}");
        };
        check(r#"<meta charset="iso-8859-1">"#, Some("windows-1252"));
        check("<META CHARSET=utf-8>", Some("UTF-8"));
        check(r#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#, Some("Shift_JIS"));
        check(r#"<meta name="x" content="y">"#, None);
        check(r#"<meta charset="nonsense">"#, None);
        check("", None);
    }

    #[test]
    fn decode_prefers_bom_then_meta_then_utf8() {
        assert_eq!(decode_html(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
        assert_eq!(decode_html(b"<meta charset=windows-1252>caf\xE9"), "<meta charset=windows-1252>caf\u{e9}");
        assert_eq!(decode_html(b"caf\xE9"), "caf\u{e9}");
        assert_eq!(decode_html("caf\u{e9}".as_bytes()), "caf\u{e9}");
    }
}
