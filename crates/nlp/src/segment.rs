//! Sentence segmentation over the verbatim text.
//!
//! Two passes. The first cuts the text into blocks at hard boundaries:
//! blank lines (paragraphs), the headline and byline lines the reader
//! recognised, list items and headings, and short lines. Inside a block a
//! newline is just whitespace, so hard-wrapped paragraphs stay whole. The
//! second pass splits a block at terminal punctuation unless the period
//! belongs to an abbreviation, an initial, a number or a dotted acronym; a
//! closing quote or bracket after the terminal mark stays with the sentence
//! it closes, and a lower-case continuation ("'Why?' he asked") is never a
//! new sentence.

use crate::lexicon::{
    FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, PREFIX_ABBREVIATIONS, SENTENCE_OPENERS, is_dotted_acronym, is_in,
};
use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document, SegmentKind, Sentence, Span};

/// A line shorter than this, inside a paragraph, is taken as a line of its
/// own (a heading, an address line) rather than a hard-wrapped fragment.
const SHORT_LINE: usize = 50;

pub struct Segmenter;

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }
    fn version(&self) -> u32 {
        1
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Metadata]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        let fixed: Vec<(Span, SegmentKind)> =
            [doc.meta.headline.map(|s| (s, SegmentKind::Headline)), doc.meta.byline.map(|s| (s, SegmentKind::Byline))]
                .into_iter()
                .flatten()
                .filter(|(s, _)| s.end <= doc.text.len())
                .collect();
        doc.sentences = segment(&doc.text, &fixed)
            .into_iter()
            .map(|(span, kind, paragraph)| Sentence { span, kind, paragraph, tokens: (0, 0) })
            .collect();
        Vec::new()
    }
}

/// Splits `text` into sentences: `(span, kind, paragraph index)`.
/// `fixed` are spans (headline, byline) that must be segments of their own.
pub fn segment(text: &str, fixed: &[(Span, SegmentKind)]) -> Vec<(Span, SegmentKind, usize)> {
    let mut out = Vec::new();
    for (block, paragraph) in blocks(text, fixed) {
        if let Some((_, kind)) = fixed.iter().find(|(s, _)| s.contains(block) || block.contains(*s)) {
            out.push((block, *kind, paragraph));
            continue;
        }
        for span in split_block(text, block) {
            out.push((span, SegmentKind::Body, paragraph));
        }
    }
    out
}

/// Cuts the text into blocks at hard boundaries, with paragraph indices.
fn blocks(text: &str, fixed: &[(Span, SegmentKind)]) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut block_start: Option<usize> = None;
    let mut prev_line: Option<Span> = None;
    let mut first_line = true;
    let mut offset = 0usize;
    let bytes = text.as_bytes();

    let close = |out: &mut Vec<(Span, usize)>, start: Option<usize>, end: usize, paragraph: usize| {
        if let Some(s) = start
            && let Some(span) = trim(text, Span::new(s, end))
        {
            out.push((span, paragraph));
        }
    };

    while offset < text.len() {
        let line_end = memchr_newline(bytes, offset).unwrap_or(text.len());
        let line = Span::new(offset, line_end);
        let content = &text[line.start..line.end];
        let next = (line_end + 1).min(text.len());
        if content.trim().is_empty() {
            if block_start.is_some() {
                close(&mut out, block_start.take(), line.start, paragraph);
                paragraph += 1;
            }
            prev_line = None;
            offset = next.max(line_end + 1);
            continue;
        }
        let is_fixed = fixed.iter().any(|(s, _)| s.overlaps(line));
        let prev_fixed = prev_line.is_some_and(|p| fixed.iter().any(|(s, _)| s.overlaps(p)));
        let hard_break = match prev_line {
            None => true,
            Some(prev) => {
                let prev_text = text[prev.start..prev.end].trim();
                is_fixed
                    || prev_fixed
                    || (first_line
                        && content.trim_start().starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                    || prev_text.chars().count() < SHORT_LINE
                    || starts_list_or_heading(content)
                    || starts_list_or_heading(prev_text)
            }
        };
        if hard_break {
            close(&mut out, block_start.take(), line.start, paragraph);
            if prev_line.is_some() {
                first_line = false;
            }
            block_start = Some(line.start);
        }
        prev_line = Some(line);
        offset = line_end + 1;
    }
    close(&mut out, block_start, text.len(), paragraph);
    out
}

fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..].iter().position(|&b| b == b'\n').map(|p| from + p)
}

fn starts_list_or_heading(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('#') || t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits < 3 && t[digits..].starts_with(". ")
}

/// Shrinks a span to exclude surrounding whitespace; `None` if nothing is left.
fn trim(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (lead + trail < s.len()).then(|| Span::new(span.start + lead, span.end - trail))
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | '»' | ')' | ']' | '}')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '“' | '«' | '(' | '[')
}

/// Splits one block at sentence ends.
fn split_block(text: &str, block: Span) -> Vec<Span> {
    let s = &text[block.start..block.end];
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Absorb a run of terminal marks and closing quotes or brackets.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(d, '.' | '!' | '?' | '…') || is_closing(d) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &s[end..];
        let Some(first) = rest.chars().next() else { continue };
        if !first.is_whitespace() {
            continue;
        }
        let next_start = end + (rest.len() - rest.trim_start().len());
        let next = &s[next_start..];
        if !starts_sentence(next) {
            continue;
        }
        if c == '.' && !period_ends_sentence(&s[start..i], next) {
            continue;
        }
        if let Some(span) = trim(text, Span::new(block.start + start, block.start + end)) {
            out.push(span);
        }
        start = next_start;
    }
    if let Some(span) = trim(text, Span::new(block.start + start, block.end)) {
        out.push(span);
    }
    out
}

/// Whether the text after a terminal mark can open a sentence.
fn starts_sentence(next: &str) -> bool {
    let mut chars = next.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        // An opening quote or bracket opens a sentence when a capital or
        // digit follows it.
        Some(c) if is_opening(c) => chars.next().is_some_and(|d| d.is_uppercase() || d.is_ascii_digit()),
        Some('-' | '—' | '–') => true,
        _ => false,
    }
}

/// Decides whether the period after `before` (the sentence so far) ends the
/// sentence, given the text that follows.
fn period_ends_sentence(before: &str, next: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || is_opening(c) || c == '-' || c == '—').next().unwrap_or("");
    if word.is_empty() {
        return true;
    }
    let next_word: String =
        next.trim_start_matches(|c: char| is_opening(c)).chars().take_while(|c| c.is_alphanumeric()).collect();
    let opener = is_in(SENTENCE_OPENERS, &next_word);
    if is_in(PREFIX_ABBREVIATIONS, word) {
        return false;
    }
    if is_in(MONTH_ABBREVIATIONS, word) {
        return !next.starts_with(|c: char| c.is_ascii_digit());
    }
    // A single capital letter is an initial ("J. R. Smith").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return false;
    }
    if is_dotted_acronym(word) || is_in(FINAL_ABBREVIATIONS, word) {
        return opener;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text, &[]).into_iter().map(|(s, _, _)| s.slice(text)).collect()
    }

    fn check(text: &str, expected: &[&str]) {
        assert_eq!(sentences(text), expected, "segmenting {text:?}");
    }

    #[test]
    fn splits_plain_sentences() {
        check("The talks failed. Both sides left!", &["The talks failed.", "Both sides left!"]);
    }

    #[test]
    fn keeps_abbreviations_titles_and_initials() {
        check(
            "Dr. Anna Kovacs met Gen. J. R. Holm in the U.S. capital on Jan. 5. They spoke for an hour.",
            &["Dr. Anna Kovacs met Gen. J. R. Holm in the U.S. capital on Jan. 5.", "They spoke for an hour."],
        );
    }

    #[test]
    fn breaks_after_an_acronym_when_a_sentence_opener_follows() {
        check("He flew to the U.S. The trip was short.", &["He flew to the U.S.", "The trip was short."]);
    }

    #[test]
    fn keeps_decimals_and_dotted_names() {
        check(
            "Prices rose 3.5 percent, balticwire.com said. Next.",
            &["Prices rose 3.5 percent, balticwire.com said.", "Next."],
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        check("\"We will respond.\" The minister left.", &["\"We will respond.\"", "The minister left."]);
        check("“We will respond.” The minister left.", &["“We will respond.”", "The minister left."]);
    }

    #[test]
    fn lower_case_continuation_after_a_quoted_question_is_one_sentence() {
        check("\"Why now?\" he asked. Nobody answered.", &["\"Why now?\" he asked.", "Nobody answered."]);
    }

    #[test]
    fn a_quote_spanning_sentences_splits_inside_it() {
        check("\"We did it. We will do it again,\" he said.", &["\"We did it.", "We will do it again,\" he said."]);
    }

    #[test]
    fn paragraphs_and_short_lines_are_hard_boundaries() {
        let text = "Missiles hit border town\nBy Jane Roe | 3 March 2024\n\nThe strike came at dawn\nand lasted minutes.\n\nSecond paragraph here.";
        let got = segment(text, &[]);
        let texts: Vec<&str> = got.iter().map(|(s, _, _)| s.slice(text)).collect();
        assert_eq!(
            texts,
            vec![
                "Missiles hit border town",
                "By Jane Roe | 3 March 2024",
                "The strike came at dawn",
                "and lasted minutes.",
                "Second paragraph here.",
            ]
        );
        let paragraphs: Vec<usize> = got.iter().map(|(_, _, p)| *p).collect();
        assert_eq!(paragraphs, vec![0, 0, 1, 1, 2]);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "The defence minister told reporters on Tuesday that\nthe missile had been launched from across the border.";
        assert_eq!(sentences(text).len(), 1);
    }

    #[test]
    fn fixed_spans_become_their_own_segments_with_kinds() {
        let text =
            "A rather long headline that goes on and on about the border crisis\nBy Jane Roe | 3 March 2024\n\nBody.";
        let nl = text.find('\n').unwrap();
        let byline_end = nl + 1 + text[nl + 1..].find('\n').unwrap();
        let fixed = [(Span::new(0, nl), SegmentKind::Headline), (Span::new(nl + 1, byline_end), SegmentKind::Byline)];
        let got = segment(text, &fixed);
        assert_eq!(got[0].1, SegmentKind::Headline);
        assert_eq!(got[1].1, SegmentKind::Byline);
        assert_eq!(got[1].0.slice(text), "By Jane Roe | 3 March 2024");
        assert_eq!(got[2].1, SegmentKind::Body);
    }

    #[test]
    fn empty_and_whitespace_text_give_no_sentences() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n \t").is_empty());
    }

    #[test]
    fn list_items_are_separate() {
        check("Demands:\n- a ceasefire now\n- talks", &["Demands:", "- a ceasefire now", "- talks"]);
    }
}
