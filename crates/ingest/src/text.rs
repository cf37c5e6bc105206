//! The plain-text and Markdown reader.
//!
//! News saved as text has a shape: a headline line, a byline or date line,
//! the body in paragraphs, and often publisher boilerplate at the end. The
//! reader recognises each: the headline becomes the title, the byline gives
//! authors and the publication date, and the footer (after a separator line
//! such as `____`, `--`, `* * *`, or a closing credit line "Reporting by …
//! for Y") is split off the body. The footer is never extracted as article
//! content; it is kept in the metadata and used to recognise the outlet and
//! every domain it names.

use crate::dates::{FoundDate, find_date};
use crate::outlet::outlet_from_footer;
use dossier_model::{Outlet, Span};

/// What the text reader found.
#[derive(Debug, Clone, PartialEq)]
pub struct TextArticle {
    /// The article text: the input with line endings normalised and the
    /// footer removed. Headline and byline lines stay in it.
    pub text: String,
    pub title: Option<String>,
    pub headline: Option<Span>,
    pub byline: Option<Span>,
    pub authors: Vec<String>,
    pub published: Option<FoundDate>,
    pub footer: Option<String>,
    pub outlet: Option<Outlet>,
}

/// Reads a plain-text (or Markdown) article.
pub fn read_text(raw: &str, markdown: bool) -> TextArticle {
    let normalised = normalise_newlines(raw);
    let (body, footer) = split_footer(&normalised);
    let text = body.to_string();
    let mut article = TextArticle {
        text,
        title: None,
        headline: None,
        byline: None,
        authors: Vec::new(),
        published: None,
        footer: footer.map(str::to_string),
        outlet: None,
    };
    find_headline_and_byline(&mut article, markdown);
    if article.published.is_none() {
        article.published = dateline_date(&article.text, article.footer.as_deref());
    }
    article.outlet = article.footer.as_deref().and_then(outlet_from_footer);
    article
}

fn normalise_newlines(raw: &str) -> String {
    if !raw.contains('\r') {
        return raw.to_string();
    }
    raw.replace("\r\n", "\n").replace('\r', "\n")
}

/// A separator line: only dashes, underscores, asterisks, dots or similar
/// marks (at least two of them), such as `--`, `____`, `* * *`, `———`.
fn is_separator(line: &str) -> bool {
    let t = line.trim();
    let marks = t.chars().filter(|c| !c.is_whitespace()).count();
    marks >= 2
        && t.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '_' | '*' | '—' | '–' | '=' | '~' | '·' | '•'))
}

/// A closing credit line: "Reporting by …", "Editing by …", "Writing by …".
fn is_credit_line(paragraph: &str) -> bool {
    let t = paragraph.trim();
    let lower = t.to_lowercase();
    let starts = ["reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "edited by"];
    t.len() < 500 && starts.iter().any(|s| lower.starts_with(s))
}

fn is_copyright_line(paragraph: &str) -> bool {
    let t = paragraph.trim();
    t.len() < 300 && (t.starts_with('©') || t.to_lowercase().starts_with("copyright"))
}

/// Splits the footer off the end of the text: `(body, footer)`.
fn split_footer(text: &str) -> (&str, Option<&str>) {
    let trimmed_len = text.trim_end().len();
    let body_text = &text[..trimmed_len];
    // Byte offsets of line starts.
    let mut line_starts = vec![0usize];
    line_starts.extend(body_text.match_indices('\n').map(|(i, _)| i + 1));
    let n = line_starts.len();
    let mut cut: Option<usize> = None;
    // A separator in the last few lines (a footer is short), never the
    // first lines of the text (a Markdown rule under a headline).
    for idx in (n.saturating_sub(8).max(2)..n).rev() {
        let start = line_starts[idx];
        let end = line_starts.get(idx + 1).map_or(trimmed_len, |e| e - 1);
        if is_separator(&body_text[start..end]) {
            cut = Some(start);
            break;
        }
    }
    // A credit or copyright paragraph just before the cut (or at the end).
    let before = &body_text[..cut.unwrap_or(trimmed_len)];
    let before_trimmed = before.trim_end();
    if let Some(p) = before_trimmed.rfind("\n\n") {
        let last = &before_trimmed[p + 2..];
        if is_credit_line(last) || is_copyright_line(last) {
            cut = Some(p + 2);
        }
    }
    match cut {
        Some(c) => {
            let body = text[..c].trim_end();
            let footer = text[c..].trim();
            if body.is_empty() { (text, None) } else { (body, (!footer.is_empty()).then_some(footer)) }
        }
        None => (text, None),
    }
}

/// A publication date from a wire dateline ("PARIS, March 3 (Reuters) –")
/// in the first lines, when the byline gave none. A dateline rarely writes
/// the year; it comes from the dateline itself or the footer's copyright
/// line ("© 2025"), and without either there is no date rather than a guess.
fn dateline_date(text: &str, footer: Option<&str>) -> Option<FoundDate> {
    let (at, d) = dossier_timex::find_dateline(text, 4)?;
    let year = d.year.or_else(|| footer.and_then(copyright_year))?;
    let date = chrono::NaiveDate::from_ymd_opt(year, d.month, d.day)?;
    Some(FoundDate { iso: date.format("%Y-%m-%d").to_string(), start: at, end: at + d.end })
}

/// The first four-digit year after "©", "(c)" or "Copyright".
fn copyright_year(footer: &str) -> Option<i32> {
    let lower = footer.to_lowercase();
    let at = ["©", "(c)", "copyright"].iter().filter_map(|m| lower.find(m).map(|i| i + m.len())).min()?;
    let rest = &lower[at..];
    let start = rest.find(|c: char| c.is_ascii_digit())?;
    let digits: String = rest[start..].chars().take_while(char::is_ascii_digit).collect();
    (digits.len() == 4 && start <= 3).then(|| digits.parse().ok()).flatten()
}

/// Recognises the headline (first line) and byline (next line) and fills
/// title, spans, authors and the publication date.
fn find_headline_and_byline(article: &mut TextArticle, markdown: bool) {
    let text = &article.text;
    let lead = text.len() - text.trim_start().len();
    let Some(first_end) = text[lead..].find('\n').map(|i| lead + i) else { return };
    let first = &text[lead..first_end];
    let heading = first.trim_start().starts_with('#');
    let plausible = first.trim().chars().count() <= 250 && !first.trim_end().ends_with([',', ';']);
    if !(plausible && (heading || markdown || !first.trim_end().ends_with('.') || first.len() < 120)) {
        return;
    }
    // The byline is the next non-empty line, if it is short and reads like one.
    let rest_start = first_end + 1;
    let rest = &text[rest_start..];
    let skipped = rest.len() - rest.trim_start_matches(['\n', ' ', '\t']).len();
    let second_start = rest_start + skipped;
    let second_end = text[second_start..].find('\n').map_or(text.len(), |i| second_start + i);
    let second = &text[second_start..second_end];
    let byline_found = is_byline(second);
    // A first line followed directly by body text with no blank line and no
    // byline is a plain first sentence, not a headline.
    if !heading && !byline_found && skipped == 0 && !text[first_end..].starts_with("\n\n") {
        return;
    }
    let title = first.trim().trim_start_matches('#').trim();
    if title.is_empty() {
        return;
    }
    let title_start = lead + first.find(title).unwrap_or(0);
    article.title = Some(title.to_string());
    article.headline = Some(Span::new(title_start, title_start + title.len()));
    if byline_found {
        let t = second.trim();
        let start = second_start + (second.len() - second.trim_start().len());
        article.byline = Some(Span::new(start, start + t.len()));
        article.authors = authors_of(t);
        article.published = find_date(t).map(|f| FoundDate { start: f.start + start, end: f.end + start, ..f });
    }
}

/// Whether a line reads like a byline or date line.
pub fn is_byline(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 200 {
        return false;
    }
    let lower = t.to_lowercase();
    let starts = ["by ", "published", "updated", "posted", "opinion", "analysis |", "from "];
    starts.iter().any(|s| lower.starts_with(s))
        || lower.contains(" by ") && (t.contains('|') || t.contains('·') || find_date(t).is_some())
        || (find_date(t).is_some() && t.split_whitespace().count() <= 14 && !t.ends_with('.'))
}

/// Author names in a byline: the words after "by" up to a separator or a
/// date, split on "and" and commas; one-word parts after a comma are taken
/// as a place ("…, Warsaw") and dropped.
pub fn authors_of(line: &str) -> Vec<String> {
    let lower = line.to_lowercase();
    let Some(by) = find_word(&lower, "by") else { return Vec::new() };
    let after = &line[by + 2..];
    let date_at = find_date(after).map_or(after.len(), |f| f.start);
    let stop = after
        .char_indices()
        .find(|(_, c)| matches!(c, '|' | '·' | '—' | '–' | '(' | '\n'))
        .map_or(after.len(), |(i, _)| i)
        .min(date_at);
    let names = after[..stop].trim().trim_end_matches([',', '-']).trim();
    let mut out = Vec::new();
    for (i, part) in names.split(',').enumerate() {
        let part = part.trim();
        if part.is_empty() || (i > 0 && part.split_whitespace().count() < 2) {
            continue;
        }
        for name in part.split(" and ").flat_map(|p| p.split(" & ")) {
            let name = name.trim();
            if !name.is_empty() && name.chars().next().is_some_and(char::is_uppercase) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// Byte offset of `word` as a whole word in `haystack` (lower case).
fn find_word(haystack: &str, word: &str) -> Option<usize> {
    haystack.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_byline_body_and_footer() {
        let raw = "Missile hits farmland near border\r\nBy Jane Roe | 3 March 2024\r\n\r\nThe strike came at dawn.\r\n\r\nIt was loud.\r\n\r\n____\r\nThe Baltic Ledger · balticledger.com (formerly baltic-ledger.net)\r\n";
        let a = read_text(raw, false);
        assert_eq!(a.title.as_deref(), Some("Missile hits farmland near border"));
        assert_eq!(a.headline.unwrap().slice(&a.text), "Missile hits farmland near border");
        assert_eq!(a.byline.unwrap().slice(&a.text), "By Jane Roe | 3 March 2024");
        assert_eq!(a.authors, vec!["Jane Roe"]);
        assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2024-03-03"));
        assert!(a.text.ends_with("It was loud."), "{:?}", a.text);
        assert!(!a.text.contains('\r'));
        let outlet = a.outlet.unwrap();
        assert_eq!(outlet.name, "The Baltic Ledger");
        assert_eq!(outlet.domains, vec!["balticledger.com", "baltic-ledger.net"]);
    }

    #[test]
    fn dateline_gives_the_date_when_the_byline_does_not() {
        let raw = "Ships collide off Gdansk\n\nGDANSK, March 3 (Baltic Wire) – Two ships collided on Monday.\n\n--\n© 2025 Baltic Wire";
        let a = read_text(raw, false);
        assert_eq!(a.published.as_ref().map(|p| p.iso.as_str()), Some("2025-03-03"));
        let no_year = read_text("Ships collide\n\nGDANSK, March 3 (Baltic Wire) – Two ships collided.", false);
        assert_eq!(no_year.published, None, "no year anywhere: no date rather than a guess");
        assert_eq!(copyright_year("Copyright 2019 The Ledger"), Some(2019));
        assert_eq!(copyright_year("© The Ledger"), None);
    }

    #[test]
    fn credit_line_is_footer() {
        let raw = "Headline here\nBaltic Wire | Tue 14 Jan 2025 16:47 EET\n\nBody text.\n\nReporting by A. Virtanen; editing by P. Walsh for Baltic Wire.\n--\nBaltic Wire · balticwire.com (until 2022: baltic-wire.net)";
        let a = read_text(raw, false);
        assert!(a.text.ends_with("Body text."));
        assert!(a.footer.as_deref().unwrap().starts_with("Reporting by"));
        let outlet = a.outlet.unwrap();
        assert_eq!(outlet.name, "Baltic Wire");
        assert_eq!(outlet.domains, vec!["balticwire.com", "baltic-wire.net"]);
        assert_eq!(a.published.unwrap().iso, "2025-01-14T16:47:00+02:00");
    }

    #[test]
    fn authors_from_varied_bylines() {
        assert_eq!(
            authors_of("By Ewa Marczak and Daniel Rourke, Warsaw — 6 March 2025"),
            vec!["Ewa Marczak", "Daniel Rourke"]
        );
        assert_eq!(
            authors_of("Posted 26/06/2025 18:30 (GMT+3) · by Selin Aydın and Mark Oduya"),
            vec!["Selin Aydın", "Mark Oduya"]
        );
        assert_eq!(authors_of("OPINION | Tuesday, 11 March 2025 | By Ilona Vészi"), vec!["Ilona Vészi"]);
        assert!(authors_of("Published 12.03.2024 14:05").is_empty());
    }

    #[test]
    fn text_without_headline_shape_has_no_title() {
        let a = read_text("Just one sentence that goes on.\nAnd another line follows it directly.", false);
        assert_eq!(a.title, None);
        assert_eq!(a.headline, None);
    }

    #[test]
    fn markdown_heading_is_the_title() {
        let a = read_text("# Talks stall in Istanbul\n\nNegotiators left.", true);
        assert_eq!(a.title.as_deref(), Some("Talks stall in Istanbul"));
        assert_eq!(a.headline.unwrap().slice(&a.text), "Talks stall in Istanbul");
    }

    #[test]
    fn a_separator_near_the_top_is_not_a_footer() {
        let a = read_text("Title\n---\n\nBody one.\n\nBody two.", true);
        assert!(a.footer.is_none());
        assert!(a.text.contains("Body two."));
    }
}
