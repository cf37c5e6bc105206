//! Tokenization with byte offsets, inside each sentence.
//!
//! The conventions follow the CoNLL/Penn style that the NER model is
//! trained on, with choices that matter for news about military matters:
//! designations and hyphenated names stay whole ("Su-25", "S-400",
//! "Bosnia-Herzegovina", "Russian-built"); possessive and clitic endings are
//! their own tokens ("Turkey" "'s", "do" "n't"); dotted acronyms and known
//! abbreviations keep their period ("U.S.", "Dr."); numbers keep their
//! separators ("1,000", "3.5"); URLs are one token. A hand-written scanner
//! rather than regexes keeps this fast and allocation-free.

use crate::lexicon::{FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, PREFIX_ABBREVIATIONS, is_dotted_acronym, is_in};
use crate::pipeline::{Layer, Stage};
use dossier_model::{Diagnostic, Document, Span, Token, TokenKind};

pub struct Tokenizer;

impl Stage for Tokenizer {
    fn name(&self) -> &'static str {
        "tokenize"
    }
    fn version(&self) -> u32 {
        1
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Sentences]
    }
    fn writes(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn run(&self, doc: &mut Document) -> Vec<Diagnostic> {
        let mut tokens = Vec::with_capacity(doc.text.len() / 5);
        for sentence in &mut doc.sentences {
            let first = tokens.len();
            tokenize_into(&doc.text, sentence.span, &mut tokens);
            sentence.tokens = (first, tokens.len());
        }
        doc.tokens = tokens;
        Vec::new()
    }
}

/// Tokenizes `text[span]`, returning tokens with offsets into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = span.start;
    let end = span.end;
    while i < end {
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if let Some(url_end) = url_at(text, i, end) {
            out.push(Token { span: Span::new(i, url_end), kind: TokenKind::Url });
            i = url_end;
            continue;
        }
        if c.is_alphanumeric() {
            i = word(text, i, end, out);
            continue;
        }
        // Clitics written with a leading apostrophe, e.g. after a name that
        // ends in a quote mark, or "'s" split off above.
        if matches!(c, '\'' | '’')
            && let Some(len) = clitic_at(text, i, end)
        {
            out.push(Token { span: Span::new(i, i + len), kind: TokenKind::Word });
            i += len;
            continue;
        }
        // Runs of the same punctuation that read as one mark.
        let mut j = i + c.len_utf8();
        if matches!(c, '.' | '-') {
            while j < end && bytes[j] == c as u8 {
                j += 1;
            }
        }
        let kind = if c.is_ascii_punctuation() && !matches!(c, '$' | '%' | '&' | '+' | '=' | '<' | '>' | '#' | '@')
            || is_unicode_punct(c)
        {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        out.push(Token { span: Span::new(i, j), kind });
        i = j;
    }
}

fn is_unicode_punct(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '—' | '–' | '…' | '·' | '•')
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// Length of a URL starting at `i`, trailing punctuation excluded.
fn url_at(text: &str, i: usize, end: usize) -> Option<usize> {
    let rest = &text[i..end];
    let lower_prefix = |p: &str| rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if !(lower_prefix("http://") || lower_prefix("https://") || lower_prefix("www.")) {
        return None;
    }
    let len = rest.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”')).unwrap_or(rest.len());
    let trimmed = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '’']);
    (trimmed.len() > 4).then_some(i + trimmed.len())
}

/// A clitic at `i` ("'s", "'re", "'ve", "'ll", "'d", "'m", or a bare
/// possessive apostrophe after a plural) followed by a non-letter.
fn clitic_at(text: &str, i: usize, end: usize) -> Option<usize> {
    let apostrophe = char_at(text, i).len_utf8();
    let rest = &text[i + apostrophe..end];
    for clitic in ["s", "re", "ve", "ll", "d", "m"] {
        if rest.len() >= clitic.len()
            && rest.as_bytes()[..clitic.len()].eq_ignore_ascii_case(clitic.as_bytes())
            && !rest.as_bytes().get(clitic.len()).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
        {
            return Some(apostrophe + clitic.len());
        }
    }
    None
}

/// Scans a word starting at `start`, pushes its token(s) and returns where
/// scanning continues.
fn word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let mut i = start;
    let mut has_alpha = false;
    let mut only_digits_and_separators = true;
    loop {
        // A run of letters and digits.
        while i < end {
            let c = char_at(text, i);
            if !c.is_alphanumeric() {
                break;
            }
            has_alpha |= c.is_alphabetic();
            only_digits_and_separators &= c.is_ascii_digit();
            i += c.len_utf8();
        }
        if i >= end {
            break;
        }
        let c = char_at(text, i);
        let after = i + c.len_utf8();
        let next = if after < end { char_at(text, after) } else { '\0' };
        if !next.is_alphanumeric() {
            break;
        }
        let prev = text[..i].chars().next_back().unwrap_or('\0');
        let joins = match c {
            '-' | '‑' | '/' | '&' | '@' | '_' => true,
            ',' => prev.is_ascii_digit() && next.is_ascii_digit() && digits_ahead(text, after, end) == 3,
            '.' => {
                (prev.is_ascii_digit() && next.is_ascii_digit())
                    // Dotted acronyms ("U.S", "a.m") and domains ("balticwire.com").
                    || (single_letter_before(text, start, i) && next.is_alphabetic())
                    || (prev.is_ascii_lowercase() && next.is_ascii_lowercase() && looks_like_domain(text, start, end))
            }
            '\'' | '’' => {
                // "n't" and "'s"-style clitics split; "O'Brien" and "d'Ivoire" join.
                if clitic_at(text, i, end).is_some() {
                    false
                } else {
                    !(prev == 'n' || prev == 'N') || !matches!(next, 't' | 'T')
                }
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c != ',' && c != '.' {
            only_digits_and_separators = false;
        }
        i = after;
    }
    // Split "n't" off a contraction such as "don't".
    if i < end && matches!(char_at(text, i), '\'' | '’') {
        let apostrophe = char_at(text, i).len_utf8();
        let prev = text[..i].chars().next_back().unwrap_or('\0');
        let rest = &text[i + apostrophe..end];
        if matches!(prev, 'n' | 'N')
            && rest.starts_with(['t', 'T'])
            && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
            && i - 1 > start
        {
            out.push(Token { span: Span::new(start, i - 1), kind: TokenKind::Word });
            out.push(Token { span: Span::new(i - 1, i + apostrophe + 1), kind: TokenKind::Word });
            return i + apostrophe + 1;
        }
    }
    // Keep the period of an abbreviation or acronym on the token.
    if i < end && text.as_bytes()[i] == b'.' {
        let w = &text[start..i];
        let single_capital = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        if is_dotted_acronym(w)
            || single_capital
            || is_in(PREFIX_ABBREVIATIONS, w)
            || is_in(MONTH_ABBREVIATIONS, w)
            || is_in(FINAL_ABBREVIATIONS, w)
        {
            // Only when the period does not end the sentence span, so a
            // final period remains a token; except for acronyms, whose last
            // period is part of the name.
            if i + 1 < end || is_dotted_acronym(w) {
                i += 1;
            }
        }
    }
    let kind = if !has_alpha && only_digits_and_separators {
        TokenKind::Number
    } else if has_alpha {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    out.push(Token { span: Span::new(start, i), kind });
    i
}

fn digits_ahead(text: &str, from: usize, end: usize) -> usize {
    text.as_bytes()[from..end].iter().take_while(|b| b.is_ascii_digit()).count()
}

fn single_letter_before(text: &str, word_start: usize, i: usize) -> bool {
    // The segment since the word start or the last period is one letter.
    let seg = &text[word_start..i];
    let last = seg.rsplit('.').next().unwrap_or(seg);
    last.chars().count() == 1 && last.chars().all(char::is_alphabetic)
}

fn looks_like_domain(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[start..end];
    let w = rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '(' | '"')).next().unwrap_or("");
    let w = w.trim_end_matches('.');
    match w.rsplit_once('.') {
        Some((_, tld)) => (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase()),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len())).iter().map(|t| t.span.slice(text)).collect()
    }

    fn check(text: &str, expected: &[&str]) {
        assert_eq!(toks(text), expected, "tokenizing {text:?}");
    }

    #[test]
    fn designations_and_hyphenated_names_stay_whole() {
        check(
            "Su-25 jets and S-400 systems over Bosnia-Herzegovina",
            &["Su-25", "jets", "and", "S-400", "systems", "over", "Bosnia-Herzegovina"],
        );
        check("a Russian-built Shahed-136 drone", &["a", "Russian-built", "Shahed-136", "drone"]);
    }

    #[test]
    fn possessives_and_clitics_split() {
        check("Turkey's ministry", &["Turkey", "'s", "ministry"]);
        check("Turkey’s ministry", &["Turkey", "’s", "ministry"]);
        check("soldiers' families", &["soldiers", "'", "families"]);
        check("we don't know", &["we", "do", "n't", "know"]);
        check("they're here", &["they", "'re", "here"]);
        check("O'Brien of Côte d'Ivoire", &["O'Brien", "of", "Côte", "d'Ivoire"]);
    }

    #[test]
    fn numbers_keep_separators() {
        check(
            "1,000 troops, 3.5 percent, 10% and $2bn",
            &["1,000", "troops", ",", "3.5", "percent", ",", "10", "%", "and", "$", "2bn"],
        );
    }

    #[test]
    fn abbreviations_and_acronyms_keep_their_period() {
        check(
            "Dr. Kovacs of the U.S. Army met Jan. 5",
            &["Dr.", "Kovacs", "of", "the", "U.S.", "Army", "met", "Jan.", "5"],
        );
        check("It ended.", &["It", "ended", "."]);
        check("J. R. Holm", &["J.", "R.", "Holm"]);
    }

    #[test]
    fn urls_and_domains_are_one_token() {
        check("see https://balticwire.com/news?id=3. Then", &["see", "https://balticwire.com/news?id=3", ".", "Then"]);
        check("moved to danube-observer.eu in 2023", &["moved", "to", "danube-observer.eu", "in", "2023"]);
    }

    #[test]
    fn quotes_and_dashes_are_punctuation() {
        let text = "“We will,” he said — firmly...";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let got: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.span.slice(text), t.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("“", TokenKind::Punct),
                ("We", TokenKind::Word),
                ("will", TokenKind::Word),
                (",", TokenKind::Punct),
                ("”", TokenKind::Punct),
                ("he", TokenKind::Word),
                ("said", TokenKind::Word),
                ("—", TokenKind::Punct),
                ("firmly", TokenKind::Word),
                ("...", TokenKind::Punct),
            ]
        );
    }

    #[test]
    fn offsets_are_on_char_boundaries_for_any_text() {
        let text = "Zoltán Őri, ş-ł ’s 日本語 ... \u{200b} x";
        for t in tokenize(text, Span::new(0, text.len())) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            assert!(!t.span.is_empty());
        }
    }
}
