//! Cooperation the main pass misses or misreads (twenty-first session):
//! borders reopened, mediated talks that are only asked for, and the
//! mutual acts of two sides named together.

use crate::actors::SentenceView;

/// Nouns for a frontier or a way across it.
const BORDER_NOUNS: [&str; 7] =
    ["border", "borders", "crossing", "crossings", "border-crossing", "frontier", "airspace"];

/// Whether a border, crossing or airspace is the object in the few words
/// after `end` ("reopened the Torkham crossing", "opened its airspace").
pub(super) fn border_object(view: &SentenceView<'_>, end: usize) -> bool {
    (end..(end + 5).min(view.end())).any(|t| BORDER_NOUNS.contains(&view.word(t)))
}

/// Verbs that, after "to", name talks still to be held ("urged both sides
/// to return to EU-mediated talks", "agreed to resume Qatari-brokered
/// negotiations").
const TALKS_TO_COME: [&str; 10] =
    ["return", "resume", "rejoin", "restart", "join", "hold", "attend", "enter", "revive", "reopen"];

/// Words that ask for what follows "for" ("called for Turkish-mediated
/// talks", "calls for EU-facilitated negotiations").
const ASKING: [&str; 10] =
    ["call", "calls", "called", "calling", "appeal", "appealed", "push", "pushed", "pressed", "pressing"];

/// Whether the talks whose modifier or noun stands at `t` are only asked for
/// or planned, not held: "to return to", "to resume", "called for" within
/// the five words before it.
pub(super) fn talks_to_come(view: &SentenceView<'_>, t: usize) -> bool {
    let from = t.saturating_sub(5).max(view.first);
    (from..t).any(|i| {
        let next = if i + 1 < t { view.word(i + 1) } else { "" };
        (view.word(i) == "to" && TALKS_TO_COME.contains(&next)) || (ASKING.contains(&view.word(i)) && next == "for")
    })
}

/// Whether coordinated subjects did the act to each other: "Iran and the
/// United States each released two prisoners", "Moscow and Kyiv freed 90
/// captives in a swap", "Armenia and Azerbaijan released detainees in an
/// exchange". Only for acts of cooperation and yielding (roots 03 to 08).
pub(super) fn done_to_each_other(view: &SentenceView<'_>, code: &str, start: usize, end: usize) -> bool {
    if !matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08")) {
        return false;
    }
    let each = start > view.first && matches!(view.word(start - 1), "each" | "both");
    // ("in a swap", "in a prisoner exchange")
    let swap = code.starts_with("084")
        && (end..(end + 8).min(view.end())).any(|t| {
            matches!(view.word(t), "swap" | "exchange" | "swaps" | "exchanges")
                && (t.saturating_sub(3).max(end)..t).any(|k| view.word(k) == "in")
        });
    each || swap
}

/// Whether "each" or "both" right before the verb at `start` floats after
/// its subject ("Iran and the United States each released", "the two
/// governments both signed"), so the word after it is a past verb, not a
/// noun it determines.
pub(super) fn floating_quantifier(view: &SentenceView<'_>, start: usize) -> bool {
    if start < view.first + 2 || !matches!(view.word(start - 1), "each" | "both") {
        return false;
    }
    let head = view.word(start);
    let past = head.len() > 4 && head.ends_with("ed") || super::IRREGULAR_PAST.contains(&head);
    // ("of both signed copies", "for each released hostage": a noun phrase)
    past && !matches!(view.word(start - 2), "of" | "for" | "to" | "with" | "by" | "from" | "in" | "on" | "at" | "and")
}
