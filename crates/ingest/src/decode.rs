//! Bytes to text: byte-order marks, declared charsets, and detection.
//!
//! The order of trust is: a byte-order mark; for HTML, the charset the page
//! declares; valid UTF-8 as such; otherwise Firefox's statistical detector
//! (chardetng), which tells windows-1252 from the other legacy encodings.
//! Bytes that look binary (NUL bytes, many control characters) are refused
//! rather than decoded into noise.

use encoding_rs::Encoding;

/// What decoding found out about the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The WHATWG name of the encoding used (`UTF-8`, `windows-1252`, …).
    pub encoding: &'static str,
    pub had_bom: bool,
}

/// Why bytes could not be decoded as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeProblem {
    Binary,
}

/// Decodes `bytes`; `html` enables the declared-charset prescan.
pub fn decode(bytes: &[u8], html: bool) -> Result<Decoded, DecodeProblem> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(Decoded { text: text.into_owned(), encoding: enc.name(), had_bom: true });
    }
    if looks_binary(bytes) {
        return Err(DecodeProblem::Binary);
    }
    if html && let Some(enc) = dossier_html::sniff_meta_charset(bytes) {
        // A page that declares UTF-8 but is not valid UTF-8 falls through to
        // detection: the declaration is wrong more often than the bytes.
        if enc != encoding_rs::UTF_8 || std::str::from_utf8(bytes).is_ok() {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            return Ok(Decoded { text: text.into_owned(), encoding: enc.name(), had_bom: false });
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: text.to_owned(), encoding: "UTF-8", had_bom: false });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok(Decoded { text: text.into_owned(), encoding: enc.name(), had_bom: false })
}

/// Binary if the first 8 KiB hold a NUL byte or more than 10% control
/// bytes other than whitespace.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        let d = decode(b"\xEF\xBB\xBFHeadline\n", false).unwrap();
        assert_eq!(d.text, "Headline\n");
        assert!(d.had_bom);
    }

    #[test]
    fn windows_1252_is_detected() {
        let bytes =
            b"\x93We will not be intimidated,\x94 the minister said in K\xf8benhavn. Caf\xe9 cr\xe8me \x96 na\xefve.";
        let d = decode(bytes, false).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.starts_with("“We will not be intimidated,” the minister said in København."));
    }

    #[test]
    fn html_declared_charset_wins_over_detection() {
        let bytes = b"<meta charset=\"iso-8859-2\"><p>\xb3\xf3d\xbc</p>";
        let d = decode(bytes, true).unwrap();
        assert_eq!(d.encoding, "ISO-8859-2");
        assert!(d.text.contains("łódź"));
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"\x7fELF\x02\x01\x01\x00\x00\x00", false), Err(DecodeProblem::Binary));
        assert_eq!(decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, b'a'], false), Err(DecodeProblem::Binary));
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, false).unwrap().text, "Hi");
    }
}
