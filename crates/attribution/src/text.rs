//! A light view over a document's tokens for the rules: lower-cased words,
//! sentence bounds, and the quotations of the text.
//!
//! Quotations are found once per document by a scanner over the characters,
//! not per sentence, because a quote may run over several sentences and even
//! over a paragraph break ("…the next one may be a long time coming.¶"Our
//! technical teams…"). A quote still open at the end of a paragraph is closed
//! there and the next paragraph's quote is marked as its continuation, which
//! is the newspaper convention for multi-paragraph quotes.

use dossier_model::{Document, SegmentKind, Span, TokenKind};

#[derive(Debug, Clone)]
pub struct Word {
    pub span: Span,
    pub lower: String,
    /// First character is upper case.
    pub cap: bool,
    pub punct: bool,
    pub sent: usize,
}

/// One quotation, its marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    /// The quote was still open at the end of its paragraph.
    pub unclosed: bool,
    /// It opens a paragraph right after an unclosed quote.
    pub continues: bool,
}

pub struct View<'d> {
    pub doc: &'d Document,
    pub words: Vec<Word>,
    /// Per sentence: half-open word range, and whether it is body text.
    pub sents: Vec<(usize, usize, bool)>,
    pub quotes: Vec<Quote>,
}

pub fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«')
}

pub fn is_close_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '»')
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

impl<'d> View<'d> {
    pub fn new(doc: &'d Document) -> View<'d> {
        let mut words = Vec::with_capacity(doc.tokens.len());
        let mut sents = Vec::with_capacity(doc.sentences.len());
        for (si, s) in doc.sentences.iter().enumerate() {
            let first = words.len();
            let (a, b) = s.tokens;
            for t in doc.tokens.get(a..b.min(doc.tokens.len())).unwrap_or(&[]) {
                let Some(text) = doc.text.get(t.span.start..t.span.end) else { continue };
                words.push(Word {
                    span: t.span,
                    lower: text.to_lowercase(),
                    cap: text.chars().next().is_some_and(char::is_uppercase),
                    punct: matches!(t.kind, TokenKind::Punct | TokenKind::Symbol),
                    sent: si,
                });
            }
            let text = doc.text.get(s.span.start..s.span.end).unwrap_or("");
            let body = s.kind == SegmentKind::Body && !looks_like_heading(text);
            sents.push((first, words.len(), body));
        }
        let quotes = find_quotes(&doc.text);
        View { doc, words, sents, quotes }
    }

    pub fn lw(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_str())
    }

    pub fn text(&self, span: Span) -> &str {
        self.doc.text.get(span.start..span.end).unwrap_or("")
    }

    /// Byte span from the start of word `a` to the end of word `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.words.len() {
            let at = self.words.get(a).map_or(0, |w| w.span.start);
            return Span::new(at, at);
        }
        Span::new(self.words[a].span.start, self.words[b - 1].span.end)
    }

    /// The quote whose span contains byte offset `at`.
    pub fn quote_at(&self, at: usize) -> Option<&Quote> {
        let i = self.quotes.partition_point(|q| q.span.end <= at);
        self.quotes.get(i).filter(|q| q.span.start <= at)
    }

    /// Whether word `i` is inside a quote (its marks excluded).
    pub fn in_quote(&self, i: usize) -> bool {
        let w = &self.words[i];
        self.quote_at(w.span.start).is_some_and(|q| q.span.start < w.span.start && w.span.end <= q.span.end)
            && !is_quote_word(&w.lower)
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| is_quote_word(&w.lower))
    }
}

pub fn is_quote_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(is_quote_char)
}

/// A line without final punctuation and at most four words ("Analysis"), or
/// a separator ("———"), is a heading or rule, not a sentence to claim.
fn looks_like_heading(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return true;
    }
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    let last = t.chars().last().unwrap_or('.');
    let words = t.split_whitespace().count();
    words <= 4 && !matches!(last, '.' | '!' | '?' | '"' | '”' | ':')
}

/// Finds quotations in `text`, with paragraph-aware continuation.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut open: Option<usize> = None;
    let mut prev_unclosed = false;
    let mut para_start = true;
    let mut prev: char = '\n';
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\n' {
            if let Some(s) = open.take() {
                // An open quote ends with its paragraph.
                let mut end = i;
                while end > s && text[..end].ends_with([' ', '\r', '\t']) {
                    end -= 1;
                }
                out.push(Quote { span: Span::new(s, end), unclosed: true, continues: prev_unclosed_at(&out, s) });
                prev_unclosed = true;
            } else if !para_start {
                prev_unclosed = false;
            }
            para_start = true;
            prev = c;
            continue;
        }
        let next = iter.peek().map_or(' ', |(_, n)| *n);
        if is_quote_char(c) {
            match open {
                None => {
                    let opening = match c {
                        '“' | '„' | '«' => true,
                        '”' | '»' => false,
                        // A straight mark opens after space or start and before a letter.
                        _ => {
                            prev.is_whitespace()
                                || matches!(prev, '(' | '[' | '—' | '–' | '-' | '\n')
                                || !next.is_whitespace()
                        }
                    };
                    if opening {
                        open = Some(i);
                        if para_start && prev_unclosed {
                            // Remember that this quote continues the previous one.
                            out.push(Quote { span: Span::new(i, i), unclosed: false, continues: true });
                        }
                    }
                }
                Some(s) => {
                    let closing = !matches!(c, '“' | '„' | '«');
                    if closing {
                        let e = i + c.len_utf8();
                        let continues =
                            matches!(out.last(), Some(q) if q.continues && q.span.start == s && q.span.is_empty());
                        if continues {
                            out.pop();
                        }
                        out.push(Quote { span: Span::new(s, e), unclosed: false, continues });
                        open = None;
                    } else {
                        // A second opening curly mark: restart the quote here.
                        open = Some(i);
                    }
                }
            }
        }
        if !c.is_whitespace() {
            para_start = false;
        }
        prev = c;
    }
    if let Some(s) = open {
        let continues = matches!(out.last(), Some(q) if q.continues && q.span.start == s && q.span.is_empty());
        if continues {
            out.pop();
        }
        out.push(Quote { span: Span::new(s, text.trim_end().len().max(s)), unclosed: true, continues });
    }
    out.retain(|q| !q.span.is_empty());
    out.sort_by_key(|q| q.span.start);
    out
}

fn prev_unclosed_at(out: &[Quote], s: usize) -> bool {
    matches!(out.last(), Some(q) if q.continues && q.span.start == s && q.span.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, bool, bool)> {
        find_quotes(text)
            .iter()
            .map(|q| (text[q.span.start..q.span.end].to_string(), q.unclosed, q.continues))
            .collect()
    }

    #[test]
    fn straight_and_curly_quotes() {
        assert_eq!(
            quotes("He said \"no\" and “yes”."),
            vec![("\"no\"".into(), false, false), ("“yes”".into(), false, false)]
        );
    }

    #[test]
    fn quote_continued_over_a_paragraph_break() {
        let q = quotes("\"One. Two.\n\n\"Three.\" he said.");
        assert_eq!(q, vec![("\"One. Two.".into(), true, false), ("\"Three.\"".into(), false, true)]);
    }
}
