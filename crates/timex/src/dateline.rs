//! Wire-story datelines: "PARIS, March 3 (Reuters) –", "HELSINKI, Jan 14
//! (Baltic Wire) –", "WASHINGTON, Oct. 9, 2024 (AP) —", "LONDON, 3 March -".
//!
//! A dateline opens the first paragraph of a wire story: the place in
//! capitals, a comma, the day of filing (month and day, rarely a year), an
//! optional agency in parentheses, and a dash. The day is usually the
//! publication day, so it anchors relative dates when no other date is
//! known; the year comes from the line, else from a byline date, else stays
//! unknown.
//!
//! Key decisions: the place must be written in capitals (two letters at
//! least, "ST. PETERSBURG" and "RIO DE JANEIRO" included), which keeps
//! ordinary sentences that begin with a name and a comma out; a date must
//! follow the place; and the date must be closed by the agency or a dash, so
//! that "PARIS, March 3 talks ..." is not taken. A place with a region
//! ("SPRINGFIELD, Ill., May 2 (AP) -") is accepted. A dateline without a date
//! ("MANILA —") gives no date.

use chrono::{Datelike, NaiveDate};

/// A dateline found at the start of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The place as written ("HELSINKI", "ST. PETERSBURG, Russia").
    pub place: String,
    /// Month 1..=12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
    /// The year, when the dateline writes one.
    pub year: Option<i32>,
    /// The agency in parentheses ("Reuters", "Baltic Wire").
    pub agency: Option<String>,
    /// Byte offset just past the dateline (after the dash and its space),
    /// where the story's first sentence begins.
    pub end: usize,
}

/// Reads a dateline at the start of `line` (leading spaces allowed).
pub fn dateline(line: &str) -> Option<Dateline> {
    let lead = line.len() - line.trim_start().len();
    let s = &line[lead..];
    // The place: capitals, up to the first comma.
    let comma = s.find(',')?;
    let place = s[..comma].trim();
    if !is_caps_place(place) {
        return None;
    }
    let mut at = comma + 1;
    let mut place_end = comma;
    // An optional region after the place: "SPRINGFIELD, Ill., May 2".
    if parse_date(&s[at..]).is_none()
        && let Some(c2) = s[at..].find(',')
    {
        let region = s[at..at + c2].trim();
        if !region.is_empty()
            && region.len() <= 24
            && region.chars().next().is_some_and(char::is_uppercase)
            && region.chars().all(|c| c.is_alphabetic() || c == '.' || c == ' ')
        {
            place_end = at + c2;
            at += c2 + 1;
        }
    }
    let (month, day, year, used) = parse_date(&s[at..])?;
    at += used;
    // The agency, then a dash or colon.
    let mut rest = &s[at..];
    let mut agency = None;
    let trimmed = rest.trim_start();
    if let Some(inner) = trimmed.strip_prefix('(') {
        let close = inner.find(')')?;
        let name = inner[..close].trim();
        if name.is_empty() || name.len() > 40 {
            return None;
        }
        agency = Some(name.to_string());
        at += rest.len() - trimmed.len() + 1 + close + 1;
        rest = &s[at..];
    }
    let trimmed = rest.trim_start();
    let dash = ["\u{2013}", "\u{2014}", "--", "-", ":"].iter().find(|d| trimmed.starts_with(**d));
    match dash {
        Some(d) => {
            at += rest.len() - trimmed.len() + d.len();
            at += s[at..].len() - s[at..].trim_start().len();
        }
        None if agency.is_some() => {}
        None => return None,
    }
    Some(Dateline { place: s[..place_end].trim().to_string(), month, day, year, agency, end: lead + at })
}

/// The date of a dateline at the start of `line`: its own year when it
/// writes one, else `year_hint` (the year of a byline date), else `None`.
///
/// ```
/// use dossier_timex::{dateline_date, NaiveDate};
/// assert_eq!(dateline_date("HELSINKI, Jan 14 (Baltic Wire) – Finland", Some(2025)),
///            NaiveDate::from_ymd_opt(2025, 1, 14));
/// assert_eq!(dateline_date("PARIS, March 3 (Reuters) - ...", None), None);
/// ```
pub fn dateline_date(line: &str, year_hint: Option<i32>) -> Option<NaiveDate> {
    let d = dateline(line)?;
    NaiveDate::from_ymd_opt(d.year.or(year_hint)?, d.month, d.day)
}

/// The date of a dateline near a known date (a byline's): a dateline without
/// a year takes the year that puts it closest to `near`, so "Dec 31" in a
/// story dated 2 January 2025 is 31 December 2024.
pub fn dateline_date_near(line: &str, near: NaiveDate) -> Option<NaiveDate> {
    let d = dateline(line)?;
    if let Some(y) = d.year {
        return NaiveDate::from_ymd_opt(y, d.month, d.day);
    }
    [near.year() - 1, near.year(), near.year() + 1]
        .iter()
        .filter_map(|&y| NaiveDate::from_ymd_opt(y, d.month, d.day))
        .min_by_key(|x| (*x - near).num_days().abs())
}

/// The first dateline that opens one of the first `max_lines` non-empty lines
/// of `text` (the headline and byline come first in plain-text news), with
/// the byte offset of that line. Offsets in the returned [`Dateline`] stay
/// relative to the line.
pub fn find_dateline(text: &str, max_lines: usize) -> Option<(usize, Dateline)> {
    let mut at = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if line.trim().is_empty() {
            continue;
        }
        if seen == max_lines {
            break;
        }
        seen += 1;
        if let Some(d) = dateline(line.trim_end_matches(['\n', '\r'])) {
            return Some((start, d));
        }
    }
    None
}

/// "PARIS", "ST. PETERSBURG", "RIO DE JANEIRO", "KYIV/MOSCOW": capitals,
/// with dots, spaces, hyphens, slashes and apostrophes between.
fn is_caps_place(p: &str) -> bool {
    let letters = p.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && p.len() <= 40
        && p.chars().all(|c| c.is_uppercase() || matches!(c, '.' | ' ' | '-' | '/' | '\'' | '\u{2019}'))
        && p.chars().next().is_some_and(char::is_uppercase)
}

/// The month number of a month name or abbreviation ("March", "Mar",
/// "Mar.", "Sept."): at least three letters that begin the month's name.
/// Shared with the byline-date parser of the ingest layer.
pub fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let idx = crate::data::MONTHS.iter().position(|m| m.starts_with(&w) || (w == "sept" && *m == "september"))?;
    Some(idx as u32 + 1)
}

fn day_word(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(',');
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_word(w: &str) -> Option<i32> {
    let w = w.trim_end_matches(',');
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten()
}

/// "March 3", "Jan. 14, 2025", "3 March", "3 March 2025" at the start of `s`
/// (after spaces): (month, day, year, bytes used).
fn parse_date(s: &str) -> Option<(u32, u32, Option<i32>, usize)> {
    // Up to three words with their end offsets.
    let mut words = Vec::with_capacity(3);
    let mut i = 0;
    let b = s.as_bytes();
    while words.len() < 3 {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < b.len() && !matches!(b[i], b' ' | b'(' | b'\n') {
            i += 1;
        }
        if start == i {
            break;
        }
        words.push((&s[start..i], i));
    }
    let (first, e1) = *words.first()?;
    let (second, e2) = *words.get(1)?;
    let (month, day, mut end) = if let (Some(m), Some(d)) = (month_number(first), day_word(second)) {
        (m, d, e2)
    } else if let (Some(d), Some(m)) = (day_word(first), month_number(second)) {
        (m, d, e2)
    } else {
        return None;
    };
    let _ = e1;
    let mut year = None;
    if let Some(&(third, e3)) = words.get(2)
        && let Some(y) = year_word(third)
    {
        year = Some(y);
        end = e3;
    }
    // A comma left at the end of the date belongs to it ("Oct. 9,").
    let used = s[..end].trim_end_matches(',').len();
    let used = if s[used..].starts_with(',') { used + 1 } else { used };
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
    Some((month, day, year, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations() {
        for (w, m) in [("March", 3), ("Mar", 3), ("Mar.", 3), ("sept", 9), ("Sept.", 9), ("DECEMBER", 12)] {
            assert_eq!(month_number(w), Some(m), "{w}");
        }
        for w in ["Marines", "Ma", "May2", "Mär", ""] {
            assert_eq!(month_number(w), None, "{w}");
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn wire_datelines() {
        assert_eq!(dateline_date("PARIS, March 3 (Reuters) \u{2013} France said", Some(2024)), ymd(2024, 3, 3));
        assert_eq!(dateline_date("HELSINKI, Jan 14 (Baltic Wire) \u{2013} Finnish", Some(2025)), ymd(2025, 1, 14));
        assert_eq!(dateline_date("WASHINGTON, Oct. 9, 2024 (AP) \u{2014} The", None), ymd(2024, 10, 9));
        assert_eq!(dateline_date("LONDON, 3 March - Britain", Some(2025)), ymd(2025, 3, 3));
        assert_eq!(dateline_date("ST. PETERSBURG, Russia, Sept. 2 (AP) -- A", Some(2023)), ymd(2023, 9, 2));
        assert_eq!(dateline_date("SPRINGFIELD, Ill., May 2 (AP) - The", Some(2022)), ymd(2022, 5, 2));
        let d = dateline("HELSINKI, Jan 14 (Baltic Wire) \u{2013} Finnish police").unwrap();
        assert_eq!(d.place, "HELSINKI");
        assert_eq!(d.agency.as_deref(), Some("Baltic Wire"));
        assert_eq!(&"HELSINKI, Jan 14 (Baltic Wire) \u{2013} Finnish police"[d.end..], "Finnish police");
    }

    #[test]
    fn no_year_no_date() {
        assert_eq!(dateline_date("PARIS, March 3 (Reuters) - France", None), None);
        assert!(dateline("PARIS, March 3 (Reuters) - France").is_some());
    }

    #[test]
    fn not_datelines() {
        assert_eq!(dateline("MANILA \u{2014} A Chinese coast guard vessel"), None);
        assert_eq!(dateline("Paris, March 3 was a cold day."), None);
        assert_eq!(dateline("PARIS, March 3 talks will resume"), None);
        assert_eq!(dateline("NATO, the alliance, said on Monday"), None);
        assert_eq!(dateline(""), None);
        assert_eq!(dateline("PARIS, Feb 30 (Reuters) - x"), None);
    }

    #[test]
    fn finds_the_dateline_below_headline_and_byline() {
        let text = "Finland detains tanker\nBaltic Wire | Tue 14 Jan 2025 16:47 EET\n\n\
                    HELSINKI, Jan 14 (Baltic Wire) \u{2013} Finnish police said.\n";
        let (at, d) = find_dateline(text, 4).unwrap();
        assert!(text[at..].starts_with("HELSINKI"));
        assert_eq!((d.month, d.day, d.year), (1, 14, None));
        assert_eq!(find_dateline("Headline\nBy A | 9 October 2024\n\nMANILA \u{2014} A ship.", 4), None);
    }

    #[test]
    fn year_closest_to_the_byline() {
        let near = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap();
        assert_eq!(dateline_date_near("MOSCOW, Dec 31 (Reuters) - x", near), ymd(2024, 12, 31));
        assert_eq!(dateline_date_near("MOSCOW, Jan 2 (Reuters) - x", near), ymd(2025, 1, 2));
    }
}
