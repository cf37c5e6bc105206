//! Temporal expressions in news text, found and normalised to TimeML TIMEX3.
//!
//! [`annotate`] takes a document's text and its anchor (the publication
//! date) and returns every date, time, duration and set it mentions, each with
//! a byte span into the text, a TIMEX3 type and value ("2025-03-07",
//! "2025-W09", "P3W", "XXXX-WXX-5", "PAST_REF"), and the name of the rule family
//! that produced it, so that a reader can ask "why this value?".
//!
//! Key decisions:
//! - Recognition is a hand-written scanner over tokens with a one-time lexicon
//!   lookup per word (the `data` module), not regular expressions: it runs at tens of
//!   megabytes per second and the rules read as the grammar they implement.
//! - Relative expressions are resolved against the anchor, and their direction
//!   (is "Friday" last Friday or next Friday?) comes from tense cues in the
//!   same clause; see [`rules`] for the exact cue lists. Without an anchor the
//!   values stay underspecified in TimeML style (`XXXX-WXX-5`, `PAST_REF`)
//!   rather than being guessed.
//! - Spans follow TimeBank's conventions, learnt from TBAQ-cleaned: a leading
//!   "the", "last", "early" or "about" is inside the span; a preposition
//!   ("on", "in", "for", "at") is not.
//! - [`dateline_date`] reads a wire dateline ("HELSINKI, Jan 14 (Baltic
//!   Wire) –") for the ingest side, which anchors plain-text articles on it.
//! - The [`timeml`] reader and the TempEval-3 [`eval`] scorer live here too, so
//!   the figures quoted in the README can be reproduced with one command.

pub(crate) mod data;
pub mod dateline;
pub mod eval;
pub mod rules;
pub(crate) mod scan;
pub mod timeml;

use serde::Serialize;

pub use chrono::NaiveDate;
pub use dateline::{Dateline, dateline, dateline_date, dateline_date_near, find_dateline, month_number};

/// The four TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TimeML spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }

    /// Parses the TimeML spelling (case-insensitive).
    pub fn parse(s: &str) -> Option<TimexType> {
        match s.to_ascii_uppercase().as_str() {
            "DATE" => Some(TimexType::Date),
            "TIME" => Some(TimexType::Time),
            "DURATION" => Some(TimexType::Duration),
            "SET" => Some(TimexType::Set),
            _ => None,
        }
    }
}

impl std::fmt::Display for TimexType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The TIMEX3 `mod` attribute: how the expression qualifies its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexMod {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

impl TimexMod {
    /// The TimeML spelling, e.g. `MORE_THAN`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexMod::Before => "BEFORE",
            TimexMod::After => "AFTER",
            TimexMod::OnOrBefore => "ON_OR_BEFORE",
            TimexMod::OnOrAfter => "ON_OR_AFTER",
            TimexMod::LessThan => "LESS_THAN",
            TimexMod::MoreThan => "MORE_THAN",
            TimexMod::EqualOrLess => "EQUAL_OR_LESS",
            TimexMod::EqualOrMore => "EQUAL_OR_MORE",
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Approx => "APPROX",
        }
    }
}

/// One temporal expression found in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte offset of the first byte, into the text given to [`annotate`].
    pub start: usize,
    /// Byte offset one past the last byte (half-open span).
    pub end: usize,
    #[serde(rename = "type")]
    pub ty: TimexType,
    /// The TIMEX3 value, e.g. `2025-03-07`, `2025-W09`, `P6M`, `PAST_REF`.
    pub value: String,
    /// The TIMEX3 `mod`, e.g. `START` for "early 2023".
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<TimexMod>,
    /// The TIMEX3 `quant` of a set ("EVERY", "EACH").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quant: Option<&'static str>,
    /// The TIMEX3 `freq` of a set ("2X" for "twice a week").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// The value was computed from the anchor or from another expression.
    pub anchored: bool,
    /// The rule family that produced it, for explanations ("weekday", "ago").
    pub rule: &'static str,
}

/// What relative expressions are resolved against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The document creation / publication date; `None` keeps relative
    /// expressions underspecified.
    pub date: Option<NaiveDate>,
}

impl Anchor {
    /// An anchor on a known publication date.
    pub fn on(date: NaiveDate) -> Anchor {
        Anchor { date: Some(date) }
    }

    /// No publication date known.
    pub fn none() -> Anchor {
        Anchor { date: None }
    }
}

/// Finds and normalises every temporal expression in `text`.
///
/// Sentence boundaries (which limit the search for tense cues) are found
/// cheaply by the scanner itself: a full stop, question or exclamation mark
/// followed by a capital, or a line break.
pub fn annotate(text: &str, anchor: &Anchor) -> Vec<Timex> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    scan::tokenize(text, 0, text.len(), &mut toks);
    rules::run(text, &toks, anchor.date)
}

/// Like [`annotate`], with sentence byte ranges given by the caller's own
/// splitter. Ranges are clamped to the text and to character boundaries;
/// overlapping or unordered ranges are tolerated.
pub fn annotate_sentences(text: &str, sentences: &[(usize, usize)], anchor: &Anchor) -> Vec<Timex> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut breaks = Vec::with_capacity(sentences.len());
    let mut last_end = 0;
    for &(s, e) in sentences {
        let s = floor_boundary(text, s.max(last_end));
        let e = floor_boundary(text, e.min(text.len()));
        if s >= e {
            continue;
        }
        breaks.push(toks.len());
        scan::tokenize(text, s, e, &mut toks);
        last_end = e;
    }
    // Mark the first token of each given sentence as starting a line, which
    // the rules treat as a sentence boundary.
    for b in breaks {
        if let Some(t) = toks.get_mut(b) {
            t.nl = true;
        }
    }
    rules::run(text, &toks, anchor.date)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
