//! Verbal conflict the main pass leaves without a side (twenty-first
//! session): a speech act of roots 10–14 put as a participle after a comma
//! ("…, accusing Belgrade of …") belongs to the main clause's subject, every
//! state of a listed subject included ("Mali, Niger and Chad left the bloc,
//! accusing it of …").

use super::{Trigger, with_coordinated_right};

use crate::actors::{Actor, SentenceView};

/// Whether a code is one of verbal conflict's roots (10–14).
pub(super) fn verbal_conflict(code: &str) -> bool {
    matches!(code.get(..2), Some("10" | "11" | "12" | "13" | "14"))
}

/// The speakers of a verbal-conflict participle after a comma, taken from
/// the main clause's subject `main` when the participle found none of its
/// own, or only the first of a listed subject: `None` when its own sources
/// stand.
pub(super) fn participle_speakers(
    view: &SentenceView<'_>,
    actors: &[Actor],
    tr: &Trigger,
    sources: &[usize],
    main: &[usize],
) -> Option<Vec<usize>> {
    if !verbal_conflict(&tr.code.code) {
        return None;
    }
    let &first = main.first()?;
    if actors[first].end > tr.start || !(sources.is_empty() || sources == [first]) {
        return None;
    }
    // the listed subject: the main clause's own, else the names joined to
    // its first one ("Mali, Niger and Chad")
    let listed = if main.len() > 1 { main.to_vec() } else { opening_list(view, actors, first) };
    let speakers: Vec<usize> =
        listed.into_iter().filter(|&a| actors[a].code.is_some() && actors[a].end <= tr.start).collect();
    (!speakers.is_empty() && speakers != sources).then_some(speakers)
}

/// The names listed with `first` when it opens the sentence ("Mali, Niger
/// and Chad left …"): a list there is the subject, so a name after a bare
/// comma is one more of it, not a speaker; elsewhere the names joined to it.
fn opening_list(view: &SentenceView<'_>, actors: &[Actor], first: usize) -> Vec<usize> {
    let a = &actors[first];
    if !(a.start == view.first || (a.start == view.first + 1 && view.word(view.first) == "the")) {
        return with_coordinated_right(view, actors, first);
    }
    let mut out = vec![first];
    let mut cur = first;
    while cur + 1 < actors.len() {
        let gap: Vec<&str> = (actors[cur].end..actors[cur + 1].start).map(|t| view.word(t)).collect();
        if !matches!(
            gap.as_slice(),
            ["and"] | [","] | [",", "and"] | ["and", "the"] | [",", "the"] | [",", "and", "the"]
        ) {
            break;
        }
        // (the list runs on only while its last name has not yet been
        // closed by "and")
        let closed = gap.contains(&"and");
        out.push(cur + 1);
        cur += 1;
        if closed {
            break;
        }
    }
    out
}
