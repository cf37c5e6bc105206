//! The tokenizer: one pass over the bytes of the text, producing words,
//! numbers and punctuation with byte offsets and a lexical class.
//!
//! Key decision: a hand-written byte scanner rather than regular expressions.
//! Letters and digits are split apart ("1990s" is `1990` + `s`, "5pm" is `5` +
//! `pm`) and hyphens are their own tokens, so that the rules see "three-week"
//! and "three week" alike; each token records whether space preceded it, so
//! rules can still insist on adjacency where it matters.

use crate::data::{Lex, classify};

/// What kind of token it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(u8),
    /// A non-ASCII character that is neither a letter nor a digit (quotes, dashes).
    Other,
}

/// One token with its byte span in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// First character is an upper-case letter.
    pub cap: bool,
    /// For numbers: the value of the integer part (saturating).
    pub num: u32,
    /// For numbers: count of digits, 0 when the number had grouping commas or
    /// a decimal part (such numbers are never years, days or hours).
    pub ndig: u8,
    /// Whitespace came before this token.
    pub sp: bool,
    /// A line break came before this token (titles and paragraphs end there).
    pub nl: bool,
}

impl Tok {
    pub(crate) fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Tokenizes `text[from..to]`, appending to `out` with offsets into `text`.
pub(crate) fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let mut i = from;
    let mut sp = true;
    let mut nl = true;
    while i < to {
        let c = b[i];
        if c.is_ascii_whitespace() {
            if c == b'\n' {
                nl = true;
            }
            sp = true;
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_alphabetic() || (c >= 0x80 && starts_letter(text, i)) {
            // A word: ASCII letters and non-ASCII letters.
            while i < to {
                let c = b[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 && starts_letter(text, i) {
                    i += utf8_len(c);
                } else if c == b'\'' && i - start == 1 && (b[start] | 0x20) == b'o' {
                    // "o'clock" is one word.
                    i += 1;
                } else {
                    break;
                }
            }
            let word = &text[start..i];
            let lex = classify(word);
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
                lex,
                cap: b[start].is_ascii_uppercase(),
                num: 0,
                ndig: 0,
                sp,
                nl,
            });
        } else if c.is_ascii_digit() {
            let mut v: u32 = 0;
            let mut ndig: u32 = 0;
            while i < to && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(b[i] - b'0'));
                ndig += 1;
                i += 1;
            }
            let mut plain = true;
            // Grouping commas ("1,000") and decimals ("2.5") make one number.
            loop {
                if i + 3 < to
                    && b[i] == b','
                    && b[i + 1..=i + 3].iter().all(u8::is_ascii_digit)
                    && (i + 4 >= to || !b[i + 4].is_ascii_digit())
                {
                    for &d in &b[i + 1..i + 4] {
                        v = v.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                    }
                    i += 4;
                    plain = false;
                } else if i + 1 < to && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < to && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    plain = false;
                } else {
                    break;
                }
            }
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Num,
                lex: Lex::None,
                cap: false,
                num: v,
                ndig: if plain { ndig.min(255) as u8 } else { 0 },
                sp,
                nl,
            });
        } else if c < 0x80 {
            i += 1;
            out.push(Tok { start, end: i, kind: Kind::Punct(c), lex: Lex::None, cap: false, num: 0, ndig: 0, sp, nl });
        } else {
            let len = utf8_len(c);
            i = (i + len).min(to);
            // The typographic apostrophe behaves as the ASCII one.
            let kind = if &text[start..i] == "\u{2019}" { Kind::Punct(b'\'') } else { Kind::Other };
            out.push(Tok { start, end: i, kind, lex: Lex::None, cap: false, num: 0, ndig: 0, sp, nl });
        }
        sp = false;
        nl = false;
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

fn starts_letter(text: &str, i: usize) -> bool {
    text.get(i..).and_then(|s| s.chars().next()).is_some_and(char::is_alphabetic)
}
