//! The charset a server or an archived response declares, and how it is
//! handed to `dossier-ingest`.
//!
//! `ingest` decodes bytes by byte-order mark, then the page's `<meta>`
//! declaration, then UTF-8 validity, then statistical detection; it knows
//! nothing of HTTP headers. Rather than widen its API, a decided charset is
//! passed on by transcoding the body to UTF-8 with a byte-order mark, which
//! `ingest` trusts first ([`for_ingest`]).
//!
//! Which declaration wins is the key decision. Browsers let the header win
//! over `<meta>`, and so does this module, with one exception learned from
//! real servers: a header naming a legacy single-byte charset (often a
//! server default such as `iso-8859-1`) on a body that is valid UTF-8 with
//! non-ASCII bytes is wrong, because legacy text with accented letters is
//! almost never valid UTF-8 by accident. Likewise a header claiming UTF-8 on
//! bytes that are not UTF-8 decides nothing, and `ingest` detects.

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The `charset` parameter of a Content-Type value, lower-cased and
/// unquoted: `text/html; charset="ISO-8859-1"` → `iso-8859-1`.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(['"', '\'']).trim().to_ascii_lowercase();
        (!value.is_empty()).then_some(value)
    })
}

/// The media type of a Content-Type value without parameters, lower-cased:
/// `Text/HTML; charset=utf-8` → `text/html`.
pub fn mime_essence(content_type: &str) -> String {
    content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// The encoding the bytes should be decoded with, given the charset the
/// transport declared, or `None` when the transport settles nothing and the
/// document's own declaration and detection should decide.
pub fn decide(bytes: &[u8], declared: Option<&str>) -> Option<&'static Encoding> {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return Some(enc);
    }
    let declared = Encoding::for_label(declared?.as_bytes())?;
    let utf8 = std::str::from_utf8(bytes).is_ok();
    if declared == UTF_8 {
        return utf8.then_some(UTF_8);
    }
    if utf8 && !bytes.is_ascii() && declared.is_single_byte() {
        return Some(UTF_8);
    }
    Some(declared)
}

/// The body to give `dossier_ingest::read_bytes`: unchanged when the
/// transport settles nothing (or the body already has a byte-order mark),
/// otherwise transcoded to UTF-8 behind a byte-order mark so that the
/// decision above is the one `ingest` follows.
pub fn for_ingest<'a>(bytes: &'a [u8], declared: Option<&str>) -> Cow<'a, [u8]> {
    if Encoding::for_bom(bytes).is_some() {
        return Cow::Borrowed(bytes);
    }
    let Some(enc) = decide(bytes, declared) else { return Cow::Borrowed(bytes) };
    let mut out = Vec::with_capacity(bytes.len() + BOM.len());
    out.extend_from_slice(BOM);
    if enc == UTF_8 {
        out.extend_from_slice(bytes);
    } else {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        out.extend_from_slice(text.as_bytes());
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8], declared: Option<&str>) -> String {
        let out = for_ingest(bytes, declared);
        let out = out.strip_prefix(BOM).expect("a decided charset adds a byte-order mark");
        String::from_utf8(out.to_vec()).unwrap()
    }

    #[test]
    fn content_type_parameters() {
        assert_eq!(charset_param("text/html; charset=\"ISO-8859-1\"").as_deref(), Some("iso-8859-1"));
        assert_eq!(charset_param("text/html;CHARSET=utf-8;foo=bar").as_deref(), Some("utf-8"));
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(mime_essence(" Text/HTML ; charset=utf-8"), "text/html");
    }

    #[test]
    fn header_charset_decodes_legacy_bytes() {
        assert_eq!(decoded(b"<p>Caf\xe9 \x93quoted\x94</p>", Some("windows-1252")), "<p>Café “quoted”</p>");
    }

    #[test]
    fn utf8_body_under_a_legacy_header_stays_utf8() {
        assert_eq!(decoded("<p>Café</p>".as_bytes(), Some("iso-8859-1")), "<p>Café</p>");
    }

    #[test]
    fn false_utf8_header_and_no_header_leave_the_decision_to_ingest() {
        assert!(matches!(for_ingest(b"Caf\xe9", Some("utf-8")), Cow::Borrowed(_)));
        assert!(matches!(for_ingest(b"Caf\xe9", None), Cow::Borrowed(_)));
        assert!(matches!(for_ingest(b"Caf\xe9", Some("no-such-charset")), Cow::Borrowed(_)));
    }
}
