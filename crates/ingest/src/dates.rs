//! Loose parsing of the dates found in bylines, datelines and metadata.
//!
//! Publication dates appear in many shapes ("3 March 2024", "October 9,
//! 2024", "12.03.2024 14:05", "Tue 14 Jan 2025 16:47 EET",
//! "2025-03-06T07:30:00+01:00"). The parser looks for a day, a month and a
//! four-digit year among the words of a line, then an optional time and
//! zone, and returns ISO 8601. Numeric dates are read day-first
//! (`12.03.2024` is 12 March) unless the first number cannot be a day, the
//! convention of most outlets outside the United States; a slash date whose
//! second number is over 12 is read month-first.

use chrono::{NaiveDate, NaiveTime};

/// Time-zone abbreviations seen in bylines, with their UTC offsets.
const ZONES: &[(&str, &str)] = &[
    ("utc", "+00:00"),
    ("gmt", "+00:00"),
    ("z", "+00:00"),
    ("bst", "+01:00"),
    ("cet", "+01:00"),
    ("cest", "+02:00"),
    ("eet", "+02:00"),
    ("eest", "+03:00"),
    ("msk", "+03:00"),
    ("trt", "+03:00"),
    ("est", "-05:00"),
    ("edt", "-04:00"),
    ("cst", "-06:00"),
    ("cdt", "-05:00"),
    ("pst", "-08:00"),
    ("pdt", "-07:00"),
    ("pht", "+08:00"),
];

/// A date found in a line, with the byte range it covered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with an offset when
    /// the line names a zone.
    pub iso: String,
    pub start: usize,
    pub end: usize,
}

/// Parses a user-given or metadata date: ISO 8601 date or date-time
/// (RFC 3339), or anything [`find_date`] understands. Returns ISO 8601.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.to_rfc3339());
    }
    if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M") {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    find_date(s).map(|f| f.iso)
}

#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn words(line: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        let part = c.is_alphanumeric() || c == ':' || c == '+';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { text: &line[s..i], start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { text: &line[s..], start: s, end: line.len() });
    }
    out
}

fn number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 4 {
        return None;
    }
    if !suffix.is_empty() && !matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

/// Finds the first date in `line`.
pub fn find_date(line: &str) -> Option<FoundDate> {
    let ws = words(line);
    for (i, w) in ws.iter().enumerate() {
        // ISO date inside a longer string.
        if let Some(found) = iso_at(line, w.start) {
            return Some(found);
        }
        // Numeric date: 12.03.2024, 26/06/2025, 3-3-2025.
        if let Some((date, end)) = numeric_date_at(line, w.start) {
            return Some(with_time(line, date, w.start, end));
        }
        // Month name forms: "3 March 2024", "March 3, 2024", "Jan 14 2025".
        if let Some(month) = dossier_timex::month_number(w.text) {
            let day_before = i.checked_sub(1).and_then(|j| number(ws[j].text).map(|d| (d, ws[j].start)));
            let after = ws.get(i + 1).and_then(|x| number(x.text).map(|n| (n, x.end, x.text.len())));
            let after2 = ws.get(i + 2).and_then(|x| number(x.text).map(|n| (n, x.end, x.text.len())));
            let (day, year, start, end) = match (day_before, after, after2) {
                (Some((d, s)), Some((y, e, 4)), _) => (d, y, s, e),
                (_, Some((d, _, dl)), Some((y, e, 4))) if dl <= 4 => (d, y, w.start, e),
                // "October 2022" and "Jan 14" carry no full date.
                _ => continue,
            };
            if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
                return Some(with_time(line, date, start, end));
            }
        }
    }
    None
}

fn iso_at(line: &str, at: usize) -> Option<FoundDate> {
    let rest = &line[at..];
    if rest.len() < 10 {
        return None;
    }
    let date = NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok()?;
    let mut end = at + 10;
    let mut iso = date.format("%Y-%m-%d").to_string();
    let tail = &rest[10..];
    if tail.starts_with(['T', ' ']) {
        let candidate: String =
            tail[1..].chars().take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z')).collect();
        let full = format!("{}T{}", iso, candidate);
        if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(&full) {
            iso = dt.to_rfc3339();
            end += 1 + candidate.len();
        } else if let Some(t) = parse_time_word(&candidate) {
            iso = format!("{iso}T{}", t.format("%H:%M:%S"));
            end += 1 + candidate.len();
        }
    }
    Some(FoundDate { iso, start: at, end })
}

fn numeric_date_at(line: &str, at: usize) -> Option<(NaiveDate, usize)> {
    let rest = &line[at..];
    let bytes = rest.as_bytes();
    let mut parts = Vec::new();
    let mut i = 0;
    let mut sep = None;
    while parts.len() < 3 {
        let n = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if n == 0 || n > 4 {
            return None;
        }
        parts.push(rest[i..i + n].parse::<u32>().ok()?);
        i += n;
        if parts.len() == 3 {
            break;
        }
        let s = *bytes.get(i)?;
        if !matches!(s, b'.' | b'/' | b'-') || sep.is_some_and(|x| x != s) {
            return None;
        }
        sep = Some(s);
        i += 1;
    }
    let year_len = rest[..i].rsplit(|c: char| !c.is_ascii_digit()).next()?.len();
    if year_len != 4 {
        return None;
    }
    let (a, b, y) = (parts[0], parts[1], parts[2]);
    let (day, month) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
    NaiveDate::from_ymd_opt(y as i32, month, day).map(|d| (d, at + i))
}

fn parse_time_word(s: &str) -> Option<NaiveTime> {
    let s = s.trim_end_matches(|c: char| !c.is_ascii_digit());
    NaiveTime::parse_from_str(s, "%H:%M:%S").or_else(|_| NaiveTime::parse_from_str(s, "%H:%M")).ok()
}

/// Extends a date with a following time ("14:05", "16:47 EET",
/// "18:30 (GMT+3)") within the same line.
fn with_time(line: &str, date: NaiveDate, start: usize, end: usize) -> FoundDate {
    let mut iso = date.format("%Y-%m-%d").to_string();
    let mut found_end = end;
    let ws = words(&line[end..]);
    if let Some(first) = ws.first()
        && first.start <= 3
        && let Some(time) = parse_time_word(first.text)
    {
        iso = format!("{iso}T{}", time.format("%H:%M:%S"));
        found_end = end + first.end;
        if let Some(zone) = ws.get(1).filter(|z| z.start <= first.end + 3)
            && let Some(offset) = zone_offset(zone.text)
        {
            iso.push_str(&offset);
            found_end = end + zone.end;
        }
    }
    FoundDate { iso, start, end: found_end }
}

fn zone_offset(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    if let Some((_, off)) = ZONES.iter().find(|(z, _)| *z == lower) {
        return Some((*off).to_string());
    }
    // "GMT+3", "UTC+02:00"
    let rest = lower.strip_prefix("gmt").or_else(|| lower.strip_prefix("utc"))?;
    let sign = rest.chars().next().filter(|c| matches!(c, '+' | '-'))?;
    let digits = &rest[1..];
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (digits.parse::<u32>().ok()?, 0),
    };
    (h <= 14 && m < 60).then(|| format!("{sign}{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<&str>) {
        assert_eq!(find_date(line).map(|f| f.iso), expected.map(str::to_string), "line {line:?}");
    }

    #[test]
    fn byline_date_shapes() {
        check("By Jane Roe | 3 March 2024", Some("2024-03-03"));
        check("By Marisol Reyes | October 9, 2024", Some("2024-10-09"));
        check("Published 12.03.2024 14:05", Some("2024-03-12T14:05:00"));
        check("Published 21.09.2023 14:05", Some("2023-09-21T14:05:00"));
        check("Baltic Wire | Tue 14 Jan 2025 16:47 EET", Some("2025-01-14T16:47:00+02:00"));
        check("Updated: Tuesday 4 February 2025 09:12 CET", Some("2025-02-04T09:12:00+01:00"));
        check("Posted 26/06/2025 18:30 (GMT+3) · by Selin Aydın", Some("2025-06-26T18:30:00+03:00"));
        check("OPINION | Tuesday, 11 March 2025 | By Ilona Vészi", Some("2025-03-11"));
        check("By Ewa Marczak and Daniel Rourke, Warsaw — 6 March 2025", Some("2025-03-06"));
        check("2025-03-06T07:30:00+01:00", Some("2025-03-06T07:30:00+01:00"));
        check("on 1st May 2024", Some("2024-05-01"));
    }

    #[test]
    fn partial_or_impossible_dates_are_not_dates() {
        check("By Jane Roe", None);
        check("HELSINKI, Jan 14 (Baltic Wire)", None);
        check("in October 2022", None);
        check("31.02.2024", None);
        check("The Marines landed", None);
    }

    #[test]
    fn user_dates() {
        assert_eq!(parse_date("2025-03-06").as_deref(), Some("2025-03-06"));
        assert_eq!(parse_date("2025-03-06T10:00:00Z").as_deref(), Some("2025-03-06T10:00:00+00:00"));
        assert_eq!(parse_date("6 March 2025").as_deref(), Some("2025-03-06"));
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2025-13-01"), None);
    }
}
