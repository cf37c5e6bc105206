//! Readers for annotated evaluation data: TimeML `.tml` files (TempEval-3,
//! TimeBank, AQUAINT) and MEANTIME's token-based CAT XML.
//!
//! Key decision: a small hand-written tag scanner instead of an XML library.
//! TimeML inline markup is flat (TIMEX3, EVENT and SIGNAL tags inside
//! `<TEXT>`), and what matters is the exact text between the tags with byte
//! offsets; the scanner strips the tags, decodes the five XML entities and
//! numeric references, and records each TIMEX3 span in the stripped text.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::TimexType;

/// Errors reading evaluation data. Messages name the file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
}

/// One gold TIMEX3.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte span in [`Doc::text`].
    pub start: usize,
    pub end: usize,
    /// `None` when the file's type is not one of the four.
    pub ty: Option<TimexType>,
    pub value: String,
}

/// A document: its text (markup removed), creation time and gold timexes.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub id: String,
    pub text: String,
    /// The document creation time as written (`1998-03-01T14:11:00`).
    pub dct_value: Option<String>,
    /// Spans of the text that hold the creation time itself (MEANTIME prints
    /// it as a line of the text); excluded from scoring.
    pub ignore: Vec<(usize, usize)>,
    pub timexes: Vec<GoldTimex>,
}

impl Doc {
    /// The creation date, parsed from the first ten characters of the DCT.
    pub fn dct(&self) -> Option<NaiveDate> {
        let v = self.dct_value.as_deref()?;
        NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
    }
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

/// Reads a TimeML file (gold `.tml` or a TempEval-3 `.TE3input`).
pub fn read_tml(path: &Path) -> Result<Doc, Error> {
    let xml = read(path)?;
    parse_tml(&xml).map_err(|message| Error::Parse { path: path.to_path_buf(), message })
}

/// Extracts the value of attribute `name` from a tag's attribute text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(p) = rest.find(name) {
        let before_ok = p == 0 || rest.as_bytes()[p - 1].is_ascii_whitespace();
        let after = &rest[p + name.len()..];
        let after_trim = after.trim_start();
        if before_ok && after_trim.starts_with('=') {
            let v = after_trim[1..].trim_start();
            let q = v.chars().next()?;
            if q == '"' || q == '\'' {
                let body = &v[1..];
                let end = body.find(q)?;
                return Some(&body[..end]);
            }
        }
        rest = &rest[p + name.len()..];
    }
    None
}

/// Decodes XML character references and the five predefined entities.
fn decode_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let tail = &rest[p..];
        let Some(semi) = tail.find(';').filter(|&k| k <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let ent = &tail[1..semi];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Parses TimeML text. The DCT is the value of the TIMEX3 inside `<DCT>`
/// (or the one with `functionInDocument="CREATION_TIME"`).
pub fn parse_tml(xml: &str) -> Result<Doc, String> {
    let mut doc = Doc::default();
    if let Some(a) = xml.find("<DOCID>")
        && let Some(b) = xml[a..].find("</DOCID>")
    {
        doc.id = xml[a + 7..a + b].trim().to_string();
    }
    let dct_region = match (xml.find("<DCT>"), xml.find("</DCT>")) {
        (Some(a), Some(b)) if a < b => Some(&xml[a..b]),
        _ => None,
    };
    let dct_tag = dct_region
        .and_then(|r| r.find("<TIMEX3").map(|p| &r[p..]))
        .or_else(|| xml.find("CREATION_TIME").and_then(|p| xml[..p].rfind("<TIMEX3").map(|s| &xml[s..])));
    if let Some(tag) = dct_tag {
        let end = tag.find('>').unwrap_or(tag.len());
        doc.dct_value = attr(&tag[..end], "value").map(str::to_string);
    }
    let start = xml.find("<TEXT>").ok_or("no <TEXT> element")? + "<TEXT>".len();
    let end = xml[start..].find("</TEXT>").ok_or("no </TEXT> end tag")? + start;
    let body = &xml[start..end];
    let mut open: Vec<(usize, Option<TimexType>, String)> = Vec::new();
    let mut rest = body;
    while let Some(p) = rest.find('<') {
        decode_into(&rest[..p], &mut doc.text);
        let tail = &rest[p..];
        let close = tail.find('>').ok_or("unterminated tag in <TEXT>")?;
        let tag = &tail[1..close];
        if let Some(attrs) = tag.strip_prefix("TIMEX3") {
            let ty = attr(attrs, "type").and_then(TimexType::parse);
            let value = attr(attrs, "value").unwrap_or("").to_string();
            if attrs.trim_end().ends_with('/') {
                // An empty TIMEX3 has no extent to score.
            } else {
                open.push((doc.text.len(), ty, value));
            }
        } else if tag.starts_with("/TIMEX3") {
            let (s, ty, value) = open.pop().ok_or("</TIMEX3> without an opening tag")?;
            doc.timexes.push(GoldTimex { start: s, end: doc.text.len(), ty, value });
        }
        rest = &tail[close + 1..];
    }
    decode_into(rest, &mut doc.text);
    doc.timexes.sort_by_key(|t| (t.start, t.end));
    Ok(doc)
}

/// Reads a MEANTIME CAT XML file: tokens are joined by single spaces within
/// a sentence and by line breaks between sentences; the creation-time
/// markable gives the DCT and its tokens are recorded in [`Doc::ignore`].
/// Only the annotated sentences are kept (see [`MEANTIME_LAST_SENTENCE`]).
pub fn read_cat(path: &Path) -> Result<Doc, Error> {
    let xml = read(path)?;
    parse_cat(&xml).map_err(|message| Error::Parse { path: path.to_path_buf(), message })
}

/// MEANTIME annotates the title (sentence 0), the dateline (1) and the first
/// sentences of the body only (through sentence 5); the text beyond is left
/// out so that unannotated sentences do not count as false positives.
pub const MEANTIME_LAST_SENTENCE: u32 = 5;

/// Parses MEANTIME CAT XML text; see [`read_cat`].
pub fn parse_cat(xml: &str) -> Result<Doc, String> {
    use std::collections::HashMap;
    let mut doc = Doc::default();
    if let Some(p) = xml.find("<Document")
        && let Some(e) = xml[p..].find('>')
    {
        doc.id = attr(&xml[p..p + e], "doc_id").unwrap_or("").to_string();
    }
    let mut spans: HashMap<String, (usize, usize)> = HashMap::new();
    let mut last_sentence: Option<String> = None;
    let mut rest = xml;
    while let Some(p) = rest.find("<token ") {
        let tail = &rest[p..];
        let gt = tail.find('>').ok_or("unterminated <token>")?;
        let tag = &tail[..gt];
        let close = tail.find("</token>").ok_or("<token> without end tag")?;
        let word_raw = &tail[gt + 1..close];
        let id = attr(tag, "t_id").ok_or("<token> without t_id")?.to_string();
        let sentence = attr(tag, "sentence").unwrap_or("").to_string();
        if sentence.parse::<u32>().is_ok_and(|n| n > MEANTIME_LAST_SENTENCE) {
            rest = &tail[close..];
            continue;
        }
        match &last_sentence {
            None => {}
            Some(s) if *s == sentence => doc.text.push(' '),
            Some(_) => doc.text.push('\n'),
        }
        last_sentence = Some(sentence);
        let s = doc.text.len();
        decode_into(word_raw, &mut doc.text);
        spans.insert(id, (s, doc.text.len()));
        rest = &tail[close..];
    }
    let mut rest = xml;
    while let Some(p) = rest.find("<TIMEX3 ") {
        let tail = &rest[p..];
        let gt = tail.find('>').ok_or("unterminated <TIMEX3>")?;
        let tag = &tail[..gt];
        let self_closing = tag.ends_with('/');
        let body_end = if self_closing { gt } else { tail.find("</TIMEX3>").unwrap_or(gt) };
        let body = &tail[gt..body_end];
        let mut lo = usize::MAX;
        let mut hi = 0;
        let mut b = body;
        while let Some(q) = b.find("t_id=\"") {
            let v = &b[q + 6..];
            let e = v.find('"').unwrap_or(v.len());
            if let Some(&(s, t)) = spans.get(&v[..e]) {
                lo = lo.min(s);
                hi = hi.max(t);
            }
            b = &v[e..];
        }
        let ty = attr(tag, "type").and_then(TimexType::parse);
        let value = attr(tag, "value").unwrap_or("").to_string();
        if attr(tag, "functionInDocument") == Some("CREATION_TIME") {
            doc.dct_value = Some(value);
            if lo < hi {
                doc.ignore.push((lo, hi));
            }
        } else if lo < hi {
            doc.timexes.push(GoldTimex { start: lo, end: hi, ty, value });
        }
        rest = &tail[gt..];
    }
    doc.timexes.sort_by_key(|t| (t.start, t.end));
    Ok(doc)
}
