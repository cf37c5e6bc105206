//! Rule-based attribution finding: cue words, their sources and their
//! contents, over the tokens of one document.
//!
//! The rules work in three passes. First every cue is found (reporting
//! verbs, "according to", "citing", "quoted by", nominal cues such as
//! "fears that") and classified by where its content lies: after the cue
//! ("X said the convoy had…"), before it ("…, a diplomat said"), or in a
//! quote after a colon ("He said: "…""). The commas that open a trailing
//! attribution clause become hard boundaries, so that in "A had information
//! that B, the minister told…, according to PSI" no content runs over into
//! the next speaker's clause. Then contents are cut at those boundaries, and
//! quotes without a cue that follow a speaker's quote are given to the same
//! speaker. Nesting (`parent`) is decided afterwards from span containment
//! in `lib.rs`, which is what makes "X said, according to Y" and "Y reported
//! that X said Z" come out as chains without special cases.

use crate::lexicon::{CueVerb, lexicon};
use crate::text::{Quote, View, is_close_quote, is_open_quote};
use dossier_model::{AttributionKind, Span, SpeechAct};

/// An attribution found by the rules, before ids, parents and certainty.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: AttributionKind,
    pub source: Option<Span>,
    pub cue: Option<Span>,
    pub lemma: String,
    pub content: Span,
    pub act: SpeechAct,
    pub negated: bool,
    /// Index (into the found list) of an attribution this one must nest in,
    /// when containment alone cannot tell ("…, the NBI said, citing X").
    pub forced_parent: Option<usize>,
    /// The quote was given to the previous speaker for want of a cue.
    pub continued_from: Option<usize>,
    /// The source is a witness's age apposition ("said Zofia Kmieć, 67").
    pub witness: bool,
}

const STOP_LEFT: &[&str] = &[
    "that", "and", "but", "or", "while", "as", "because", "when", "which", "who", "after", "before", "if", "although",
    "where", "so", "since", "than", "whether", "though", "until", "once", "unless", "whom", "whose", "what", "how",
    "why", "was", "is", "were", "are",
];

const AUX: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must",
    "shall", "not", "n't", "never", "also", "then", "again", "still", "already", "both", "even", "just", "later",
    "earlier", "once", "often", "has", "is", "was", "were", "are", "been", "be", "being", "yet", "too", "further",
];

/// Auxiliaries that make a phrase a clause.
const FINITE_AUX: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must",
    "shall",
];

const NEG: &[&str] = &["not", "n't", "never", "neither", "nor"];

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s", "'re"];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "these", "those", "this", "that", "his", "her", "its", "their", "our", "my", "your", "such",
    "any", "no", "new", "of", "in", "on", "for", "with", "by", "to", "at", "from", "'s", "some", "many", "more", "few",
    "other", "earlier", "previous", "first", "latest", "recent", "those", "every", "each", "about", "several", "two",
    "three", "without",
];

const PREP_START: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "late",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "this",
    "last",
    "via",
    "through",
    "when",
    "while",
    "from",
    "as",
    "with",
    "without",
    "over",
    "by",
    "following",
    "ahead",
    "outside",
    "inside",
    "near",
    "told",
    "adding",
    "according",
    "in",
    "afterwards",
    "later",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "recently",
    "previously",
    "publicly",
    "privately",
    "separately",
    "also",
    "again",
    "then",
    "repeatedly",
    "shortly",
    "to",
];

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "there"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    /// Content follows the cue.
    After,
    /// Content precedes: "…, X said"; the index is the comma word.
    Before(usize),
    /// Content is the quote after "X said:".
    Colon(usize),
}

struct Cand {
    /// Word range of the cue (auxiliaries and negation included).
    cue: (usize, usize),
    verb: Option<CueVerb>,
    source: Option<(usize, usize)>,
    mode: Mode,
    negated: bool,
    sent: usize,
    /// Cue word range ends a "quoted X as saying" pair: the inner speaker.
    kind_hint: Option<AttributionKind>,
    act: SpeechAct,
    lemma: String,
    forced_parent: Option<usize>,
    /// Content given directly (nominal cues and "according to").
    content: Option<(usize, usize)>,
    witness: bool,
}

/// Finds attributions in every body sentence of the view.
pub fn find(view: &View) -> Vec<Found> {
    let mut cands: Vec<Cand> = Vec::new();
    for (si, &(a, b, body)) in view.sents.iter().enumerate() {
        if !body || a >= b {
            continue;
        }
        sentence_cands(view, si, a, b, &mut cands);
    }
    // Commas that open a trailing attribution clause bound every content.
    let mut bounds: Vec<usize> = cands
        .iter()
        .filter_map(|c| match c.mode {
            Mode::Before(comma) => Some(comma),
            _ => None,
        })
        .collect();
    for c in &cands {
        if c.kind_hint == Some(AttributionKind::AccordingTo) && c.content.is_some() {
            // "…, according to X": the comma before the cue.
            if c.cue.0 > 0 && view.lw(c.cue.0 - 1) == "," {
                bounds.push(c.cue.0 - 1);
            }
        }
    }
    bounds.sort_unstable();
    let mut found: Vec<Found> = Vec::new();
    for c in &cands {
        if let Some(f) = realise(view, c, &bounds, &cands, &found) {
            found.push(f);
        } else {
            // Keep indices aligned with `cands` for forced parents.
            found.push(Found {
                kind: AttributionKind::Indirect,
                source: None,
                cue: None,
                lemma: String::new(),
                content: Span::new(0, 0),
                act: SpeechAct::Other,
                negated: false,
                forced_parent: None,
                continued_from: None,
                witness: false,
            });
        }
    }
    // Map forced parents through the removal of empty results.
    let keep: Vec<bool> = found.iter().map(|f| !f.content.is_empty()).collect();
    let mut new_index = vec![usize::MAX; found.len()];
    let mut n = 0;
    for (i, k) in keep.iter().enumerate() {
        if *k {
            new_index[i] = n;
            n += 1;
        }
    }
    let mut out: Vec<Found> = Vec::new();
    for (i, mut f) in found.into_iter().enumerate() {
        if !keep[i] {
            continue;
        }
        f.forced_parent = f.forced_parent.and_then(|p| (new_index[p] != usize::MAX).then_some(new_index[p]));
        out.push(f);
    }
    continued_quotes(view, &mut out);
    out
}

fn is_cue_verb(view: &View, i: usize, sa: usize, sb: usize) -> Option<CueVerb> {
    let w = &view.words[i];
    if w.punct || w.cap && i != sa || view.in_quote(i) {
        return None;
    }
    let v = lexicon().verbs.get(&w.lower)?.clone();
    // ("called on Sunday for", "said on Monday that": a date may come
    // between the verb and its word)
    let gap = time_words(view, i + 1, sb);
    if v.needs_for && view.lw(i + 1 + gap) != "for" || v.needs_that && view.lw(i + 1 + gap) != "that" {
        return None;
    }
    if i > sa {
        let p = view.lw(i - 1);
        // A determiner or preposition before it makes it a noun ("the report").
        if DETERMINERS.contains(&p) {
            return None;
        }
        // "is expected to", "was believed to": a hedge, not a speaker.
        let mut j = i - 1;
        while j > sa && (view.lw(j).ends_with("ly") || view.lw(j) == "not" || view.lw(j) == "n't") {
            j -= 1;
        }
        if BE.contains(&view.lw(j)) && view.lw(i + 1) != "by" {
            return None;
        }
        // "Russian demands go beyond": a noun after a nationality adjective.
        let pw = &view.words[i - 1];
        if lexicon().nominals.contains_key(&w.lower)
            && pw.cap
            && ["ian", "ese", "ish", "an", "ic"].iter().any(|s| pw.lower.ends_with(s))
            && (i - 1 == sa || !view.words[i - 2].cap)
        {
            return None;
        }
        // Right after another reporting verb it is a noun: "said signals intelligence".
        if lexicon().verbs.contains_key(p) && !AUX.contains(&p) {
            return None;
        }
        // "deepened fears in Warsaw that": a nominal cue after another verb.
        if lexicon().nominals.contains_key(&w.lower) && (p.ends_with("ed") || lexicon().verbs.contains_key(p)) {
            return None;
        }
        // A participle modifying a noun: "a readout published by", "images reviewed by".
        if w.lower.ends_with("ed") && view.lw(i + 1) == "by" {
            return None;
        }
    }
    if i + 1 >= sb && i == sa {
        return None;
    }
    if noun_compound(view, i) {
        return None;
    }
    Some(v)
}

/// Whether the cue word at `i`, in -ing, modifies the noun after it in a
/// compound ("early warning data", "missile warning systems"): a singular
/// modifier before it (not a plural subject, "officials warning
/// residents", nor a name, "with Moscow warning") and a content word after
/// it (not an object's determiner or pronoun, nor "that", nor an object
/// with its infinitive).
pub fn noun_compound(view: &View, i: usize) -> bool {
    if i == 0 || i + 1 >= view.words.len() || !view.lw(i).ends_with("ing") || !lexicon().verbs.contains_key(view.lw(i))
    {
        return false;
    }
    // "a law requiring candidates to …": an object and its infinitive.
    if view.lw(i + 2) == "to" {
        return false;
    }
    let (p, n) = (&view.words[i - 1], &view.words[i + 1]);
    if p.punct || n.punct || p.cap || n.cap || p.sent != view.words[i].sent || n.sent != p.sent {
        return false;
    }
    let (pl, nl) = (p.lower.as_str(), n.lower.as_str());
    let function = |w: &str| {
        AUX.contains(&w)
            || BE.contains(&w)
            || NEG.contains(&w)
            || STOP_LEFT.contains(&w)
            || DETERMINERS.contains(&w)
            || SUBJECT_PRONOUNS.contains(&w)
            || PREP_START.contains(&w)
            || matches!(w, "him" | "them" | "us" | "me" | "her" | "against" | "about" | "of" | "up")
    };
    let plural = pl.ends_with('s') && !pl.ends_with("ss");
    let adverb = pl.ends_with("ly") && pl != "early";
    !function(pl)
        && !function(nl)
        && !plural
        && !adverb
        && !lexicon().verbs.contains_key(pl)
        && nl.chars().all(|c| c.is_alphabetic())
        && !nl.ends_with("ly")
}

/// How many words from `k` on are a time expression, with the preposition
/// that may open it ("in 2016", "on Tuesday", "last week"): a verb that
/// needs "that" may have one between ("ruled in 2016 that").
fn time_words(view: &View, k: usize, sb: usize) -> usize {
    let start = if matches!(view.lw(k), "in" | "on" | "at") { k + 1 } else { k };
    let Some(w) = view.words.get(start).filter(|_| start < sb) else { return 0 };
    let Some(t) = view.doc.timexes.iter().find(|t| t.span.start == w.span.start) else { return 0 };
    let end = view.words.partition_point(|w| w.span.start < t.span.end);
    if end > sb { 0 } else { end - k }
}

fn sentence_cands(view: &View, si: usize, sa: usize, sb: usize, cands: &mut Vec<Cand>) {
    let lex = lexicon();
    let first_in_sentence = cands.len();
    let mut i = sa;
    while i < sb {
        let lw = view.lw(i);
        // "according to X"
        if lw == "according" && view.lw(i + 1) == "to" && !view.in_quote(i) {
            according(view, si, sa, sb, i, i + 2, "according to", cands);
            i += 2;
            continue;
        }
        // ", citing X": nests inside the attribution it follows.
        if lw == "citing" && i > sa && view.lw(i - 1) == "," && !view.in_quote(i) {
            let src_end = np_right(view, i + 1, sb);
            if src_end > i + 1 {
                let parent =
                    cands[first_in_sentence..].iter().rposition(|c| c.cue.1 <= i).map(|p| p + first_in_sentence);
                if let Some(p) = parent {
                    cands.push(Cand {
                        cue: (i, i + 1),
                        verb: None,
                        source: Some((i + 1, src_end)),
                        mode: Mode::After,
                        negated: false,
                        sent: si,
                        kind_hint: Some(AttributionKind::AccordingTo),
                        act: SpeechAct::Report,
                        lemma: "cite".into(),
                        forced_parent: Some(p),
                        content: None,
                        witness: false,
                    });
                }
            }
            i += 1;
            continue;
        }
        // "X, quoted by Y, said": Y reports what X said.
        if lw == "quoted" && view.lw(i + 1) == "by" && !view.in_quote(i) {
            let src_end = np_right(view, i + 2, sb);
            if src_end > i + 2 {
                cands.push(Cand {
                    cue: (i, i + 2),
                    verb: None,
                    source: Some((i + 2, src_end)),
                    mode: Mode::After,
                    negated: false,
                    sent: si,
                    kind_hint: Some(AttributionKind::AccordingTo),
                    act: SpeechAct::Report,
                    lemma: "quote".into(),
                    forced_parent: None,
                    content: Some((sa, sb)),
                    witness: false,
                });
            }
            i += 2;
            continue;
        }
        // "PSI quoted the minister as saying …": two attributions.
        if lw == "quoted"
            && !view.in_quote(i)
            && let Some(as_i) = (i + 1..sb.min(i + 10)).find(|&k| view.lw(k) == "as" && view.lw(k + 1) == "saying")
        {
            {
                let left = np_left(view, sa, i);
                if let Some(src) = left {
                    cands.push(Cand {
                        cue: (i, i + 1),
                        verb: None,
                        source: Some(src),
                        mode: Mode::After,
                        negated: false,
                        sent: si,
                        kind_hint: None,
                        act: SpeechAct::Report,
                        lemma: "quote".into(),
                        forced_parent: None,
                        content: None,
                        witness: false,
                    });
                }
                if as_i > i + 1 {
                    cands.push(Cand {
                        cue: (as_i, as_i + 2),
                        verb: lex.verbs.get("saying").cloned(),
                        source: Some((i + 1, as_i)),
                        mode: Mode::After,
                        negated: false,
                        sent: si,
                        kind_hint: None,
                        act: SpeechAct::Assert,
                        lemma: "say".into(),
                        forced_parent: None,
                        content: None,
                        witness: false,
                    });
                }
                i = as_i + 2;
                continue;
            }
        }
        // Nominal cues: "fears in Warsaw that", "accusations that", "had information that".
        if let Some(nom) = lex.nominals.get(lw)
            && !view.in_quote(i)
            && !view.words[i].cap
        {
            let that = (i + 1..sb.min(i + 6)).find(|&k| view.lw(k) == "that");
            let between_ok = that.is_some_and(|t| {
                t == i + 1
                    || (matches!(view.lw(i + 1), "in" | "from" | "among" | "by" | "within")
                        && (i + 1..t).all(|k| !view.words[k].punct))
            });
            if let Some(t) = that.filter(|_| between_ok)
                && t + 1 < sb
                && !is_relative_that(view, t, sb)
            {
                let mut source = None;
                if t > i + 2 && matches!(view.lw(i + 1), "in" | "from" | "among" | "by" | "within") {
                    source = Some((i + 2, t));
                } else if i > sa && view.lw(i - 1) == "'s" {
                    let mut s0 = i - 1;
                    while s0 > sa && view.words[s0 - 1].cap && !view.words[s0 - 1].punct {
                        s0 -= 1;
                    }
                    source = (s0 < i - 1).then_some((s0, i - 1));
                } else if i > sa && matches!(view.lw(i - 1), "had" | "has" | "have" | "cited" | "gave") {
                    source = np_left(view, sa, i - 1);
                }
                cands.push(Cand {
                    cue: (i, i + 1),
                    verb: None,
                    source,
                    mode: Mode::After,
                    negated: false,
                    sent: si,
                    kind_hint: Some(AttributionKind::Nominal),
                    act: nom.act,
                    lemma: nom.lemma.clone(),
                    forced_parent: None,
                    content: Some((t, sb)),
                    witness: false,
                });
                i = t;
                continue;
            }
        }
        if let Some(verb) = is_cue_verb(view, i, sa, sb)
            && let Some(c) = verb_cand(view, si, sa, sb, i, verb, &cands[first_in_sentence..])
        {
            let end = c.cue.1;
            cands.push(c);
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
}

/// A "that" right after a noun that starts a relative clause ("the report
/// that was leaked") rather than a content clause: followed by a verb-like
/// word. Only the commonest verbs are checked; the rest pass.
fn is_relative_that(view: &View, t: usize, sb: usize) -> bool {
    t + 1 < sb
        && matches!(
            view.lw(t + 1),
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "would" | "will" | "could" | "can" | "appeared"
        )
}

#[allow(clippy::too_many_arguments)]
fn according(
    view: &View,
    si: usize,
    sa: usize,
    sb: usize,
    i: usize,
    src_start: usize,
    lemma: &str,
    cands: &mut Vec<Cand>,
) {
    let src_end = np_right(view, src_start, sb);
    if src_end <= src_start {
        return;
    }
    // Fronted ("According to X, …") or trailing ("…, according to X").
    let content = if i == sa || (i == sa + 1 && view.is_quote_mark(sa)) || !has_words_before(view, sa, i) {
        let mut s = src_end;
        while s < sb && view.words[s].punct && !view.is_quote_mark(s) {
            s += 1;
        }
        (s, trim_end(view, s, sb))
    } else {
        let end = if i > sa && view.lw(i - 1) == "," { i - 1 } else { i };
        // A trailing clause after the source ("…, according to X, and …") is not covered.
        (content_start(view, sa), end)
    };
    if content.1 <= content.0 {
        return;
    }
    cands.push(Cand {
        cue: (i, i + 2),
        verb: None,
        source: Some((src_start, src_end)),
        mode: Mode::After,
        negated: false,
        sent: si,
        kind_hint: Some(AttributionKind::AccordingTo),
        act: SpeechAct::Report,
        lemma: lemma.into(),
        forced_parent: None,
        content: Some(content),
        witness: false,
    });
}

fn has_words_before(view: &View, sa: usize, i: usize) -> bool {
    (sa..i).any(|k| !view.words[k].punct)
}

/// Where content starting at the sentence start really starts: at the
/// opening mark of a quote that began in an earlier sentence.
fn content_start(view: &View, sa: usize) -> usize {
    let w = &view.words[sa];
    if let Some(q) = view.quote_at(w.span.start)
        && q.span.start < w.span.start
    {
        // Find the word at the quote's start (it may lie in an earlier sentence).
        let mut k = sa;
        while k > 0 && view.words[k - 1].span.start >= q.span.start {
            k -= 1;
        }
        return k;
    }
    sa
}

/// Drops sentence-final punctuation from a word range's end.
fn trim_end(view: &View, a: usize, mut b: usize) -> usize {
    while b > a && view.words[b - 1].punct && !view.is_quote_mark(b - 1) && view.lw(b - 1) != ")" {
        b -= 1;
    }
    b
}

/// A noun phrase ending right before word `end`, walking left to a boundary.
fn np_left(view: &View, sa: usize, end: usize) -> Option<(usize, usize)> {
    let mut j = end;
    while j > sa {
        let w = &view.words[j - 1];
        if (w.punct && !matches!(w.lower.as_str(), "'s" | "’s" | "-" | "." | "&" | "(" | ")" | "’" | "'"))
            || STOP_LEFT.contains(&w.lower.as_str())
            || (!w.cap && lexicon().verbs.contains_key(&w.lower) && j < end)
            || view.in_quote(j - 1)
        {
            break;
        }
        j -= 1;
        if end - j > 16 {
            return None;
        }
    }
    // A fronted time phrase is not part of the speaker: "For weeks officials
    // had insisted", "On Tuesday the ministry said".
    if end - j >= 3 && matches!(view.lw(j), "for" | "in" | "on" | "at" | "since" | "after" | "during" | "until" | "by")
    {
        j += 2;
    }
    (j < end).then_some((j, end))
}

/// A noun phrase starting at `start`, up to a comma, a clause word or the end.
fn np_right(view: &View, start: usize, sb: usize) -> usize {
    let mut k = start;
    while k < sb {
        let w = &view.words[k];
        if (w.punct && !matches!(w.lower.as_str(), "'s" | "-" | "&" | "(" | ")"))
            || matches!(
                w.lower.as_str(),
                "who" | "whose" | "which" | "that" | "and" | "but" | "because" | "when" | "while"
            )
            || k - start > 14
        {
            break;
        }
        k += 1;
    }
    // An acronym in brackets belongs to the name: "Polski Serwis Informacyjny (PSI)".
    if view.lw(k) == "(" && view.lw(k + 2) == ")" && k + 2 < sb {
        k += 3;
    }
    k
}

fn verb_cand(view: &View, si: usize, sa: usize, sb: usize, i: usize, verb: CueVerb, prev: &[Cand]) -> Option<Cand> {
    // Walk left over auxiliaries, negation and adverbs: they join the cue.
    let mut c0 = i;
    let mut negated = false;
    while c0 > sa {
        let p = view.lw(c0 - 1);
        if AUX.contains(&p) || (p.ends_with("ly") && !view.words[c0 - 1].cap && p.len() > 3) {
            if NEG.contains(&p) {
                negated = true;
            }
            c0 -= 1;
        } else {
            break;
        }
    }
    // "neither … nor … confirmed"
    if (sa..c0).any(|k| view.lw(k) == "neither") {
        negated = true;
    }
    let c1 = if verb.needs_for { i + 2 + time_words(view, i + 1, sb) } else { i + 1 };
    let act = verb.act;
    let lemma = verb.lemma.clone();
    let mut cand = Cand {
        cue: (c0, c1),
        verb: Some(verb.clone()),
        source: None,
        mode: Mode::After,
        negated,
        sent: si,
        kind_hint: None,
        act,
        lemma,
        forced_parent: None,
        content: None,
        witness: false,
    };
    let before_cue = if c0 > sa { view.lw(c0 - 1) } else { "" };
    // Inverted: `"…," said Zofia Kmieć` or `…, said the minister`.
    if c0 > sa
        && (before_cue == "," || view.is_quote_mark(c0 - 1))
        && !(view.lw(i).ends_with("ing") && before_cue == ",")
    {
        let quoted = view.is_quote_mark(c0 - 1);
        // "Its spokeswoman, Alena Krautsova, said …" is an apposition, not an inversion.
        // A clause between the commas ("For some, the losses would
        // outstrip the gains, said Batchelder") is the content, not an
        // apposition: an apposition holds no auxiliary.
        let apposition = !quoted
            && np_left(view, sa, c0 - 1).is_some_and(|np| {
                np.0 > sa && view.lw(np.0 - 1) == "," && !(np.0..np.1).any(|k| FINITE_AUX.contains(&view.lw(k)))
            });
        let src_end = np_right(view, c1, sb);
        let ends_clause = src_end >= trim_end(view, c1, sb) || view.lw(src_end) == ",";
        let verbless = (c1..src_end)
            .all(|k| !matches!(view.lw(k), "was" | "were" | "is" | "are" | "had" | "has" | "have" | "would" | "will"));
        if !apposition
            && src_end > c1
            && view.lw(c1) != "that"
            && (quoted || (ends_clause && verbless && src_end - c1 <= 8))
        {
            cand.source = Some((c1, src_end));
            cand.mode = Mode::Before(comma_word(view, c0 - 1, sa));
            cand.witness = view.lw(src_end) == ","
                && view.words.get(src_end + 1).is_some_and(|w| w.lower.chars().all(|c| c.is_ascii_digit()));
            return Some(cand);
        }
    }
    // A coordinated verb shares its subject: "demanded … and warned that",
    // "…, the Border Guard said, adding that …".
    let participle = before_cue == "," && view.lw(i).ends_with("ing");
    if matches!(before_cue, "and" | "but")
        || participle
        || (before_cue == "," && c0 >= sa + 2 && view.lw(c0 - 2) == "and")
    {
        let p = prev.iter().rev().find(|p| p.verb.is_some() && p.source.is_some());
        // "said Kaymaz had spoken … and had assured …": a verb group that
        // repeats the auxiliary of the clause the saying before it reports
        // is coordinated with that clause; its subject is the speaker.
        if let Some(p) = p
            && matches!(before_cue, "and" | "but")
            && p.sent == si
            && let Some(subject) = inner_subject(view, p.cue.1, c0 - 1)
        {
            cand.source = Some(subject);
            cand.mode = Mode::After;
            return with_colon(view, cand, c1, sb);
        }
        if let Some(p) = p {
            cand.source = p.source;
            cand.mode = Mode::After;
            return with_colon(view, cand, c1, sb);
        }
        // ", arguing that …" after a clause with no saying: the saying
        // stands, its speaker is the clause's subject, which the source
        // check finds (not the phrase before the comma: "… in Tulsa,
        // Oklahoma, arguing that").
        if participle {
            cand.mode = Mode::After;
            return with_colon(view, cand, c1, sb);
        }
        return None;
    }
    let mut src = None;
    if before_cue == "," && c0 >= sa + 2 {
        // Apposition: "Its spokeswoman, Alena Krautsova, said".
        let np2 = np_left(view, sa, c0 - 1)?;
        // "A State Department official, who spoke on condition of anonymity, said".
        if np2.0 > sa + 1 && matches!(view.lw(np2.0 - 1), "who" | "which" | "whose") && view.lw(np2.0 - 2) == "," {
            // "Barış Ateş, an Istanbul-based shipowner whose carriers call there, says".
            src = np_left(view, sa, np2.0 - 2).map(|np| match np_left(view, sa, np.0.saturating_sub(1)) {
                Some(np1) if np.0 > sa && view.lw(np.0 - 1) == "," && np1.1 - np1.0 <= 6 => (np1.0, np.1),
                _ => np,
            });
        } else if np2.0 > sa && view.lw(np2.0 - 1) == "," {
            let np2_first = view.lw(np2.0);
            if matches!(np2_first, "quoted" | "cited" | "speaking" | "who" | "writing") {
                src = np_left(view, sa, np2.0 - 1);
            } else if let Some(np1) = np_left(view, sa, np2.0 - 1) {
                src = Some((np1.0, np2.1));
            } else {
                src = Some(np2);
            }
        } else {
            return None;
        }
    } else if c0 > sa {
        src = np_left(view, sa, c0);
    }
    let src = src?;
    cand.source = Some(src);
    // Content before: the source follows a comma and nothing clausal follows the cue.
    let comma_before_src = src.0 > sa && (view.lw(src.0 - 1) == "," || view.is_quote_mark(src.0 - 1));
    if comma_before_src && after_part_is_frame(view, c1, sb, &verb) {
        cand.mode = Mode::Before(comma_word(view, src.0 - 1, sa));
        return Some(cand);
    }
    // "…, Finnish and Estonian officials alleged on Wednesday", "…, Ankara
    // and Baghdad confirmed": a speaker joined by "and" runs back to the
    // comma that opens the trailing clause.
    if !comma_before_src
        && view.lw(c1) != "to"
        && after_part_is_frame(view, c1, sb, &verb)
        && let Some(start) = coordinated_speaker(view, sa, src)
    {
        cand.source = Some((start, src.1));
        cand.mode = Mode::Before(comma_word(view, start - 1, sa));
        return Some(cand);
    }
    with_colon(view, cand, c1, sb)
}

/// Where a speaker that ends with the noun phrase `src` starts when it is
/// joined by "and" to the phrases before it and the whole follows a comma
/// with words before it: "officials in Paris and Berlin", "the ministers
/// of defence of Poland and Lithuania", a list "Norway, Sweden and
/// Finland" (its items capitalised names). None when a conjunct has a verb
/// of its own ("inflation fell and analysts") or the phrase opens the
/// sentence (then it is the subject, with nothing reported before it).
fn coordinated_speaker(view: &View, sa: usize, src: (usize, usize)) -> Option<usize> {
    if src.0 <= sa + 1 || view.lw(src.0 - 1) != "and" {
        return None;
    }
    let first = np_left(view, sa, src.0 - 1)?;
    let nominal = |a: usize, b: usize| {
        b > a
            && b - a <= 8
            && (a..b).all(|k| {
                let w = view.lw(k);
                !FINITE_AUX.contains(&w)
                    && (!BE.contains(&w) || w == "'s")
                    && !SUBJECT_PRONOUNS.contains(&w)
                    && (view.words[k].cap || !w.ends_with("ed"))
                    && (view.words[k].cap || !lexicon().verbs.contains_key(w))
            })
    };
    // "…, with both X and Y expected to": a prepositional phrase.
    let preposition = |k: usize| {
        matches!(view.lw(k), "with" | "without" | "for" | "by" | "in" | "on" | "at" | "from" | "to" | "as" | "like")
    };
    if !nominal(first.0, first.1) || !nominal(src.0, src.1) || preposition(first.0) {
        return None;
    }
    // Items of a list before it: capitalised names between commas.
    let mut start = first.0;
    while start > sa && view.lw(start - 1) == "," {
        let Some(item) = np_left(view, sa, start - 1) else { break };
        let name = item.1 - item.0 <= 4 && (item.0..item.1).all(|k| view.words[k].cap || view.lw(k) == "the");
        if !name {
            break;
        }
        // "Norway, Sweden and Finland said …": a list opening the sentence.
        if item.0 <= sa || view.lw(item.0 - 1) != "," {
            return None;
        }
        start = item.0;
    }
    (start > sa + 1 && view.lw(start - 1) == "," && has_words_before(view, sa, start - 1)).then_some(start)
}

/// The subject of the clause between a cue ending at `from` and a
/// coordinating word at `and`, when the verb group after `and` opens with
/// the auxiliary that clause's own verb opens with and the cue does not:
/// "said [President Erdal Kaymaz] had spoken by phone … and had assured".
fn inner_subject(view: &View, from: usize, and: usize) -> Option<(usize, usize)> {
    let aux = view.lw(and + 1);
    if !FINITE_AUX.contains(&aux) || and >= view.words.len() {
        return None;
    }
    let mut a = from;
    if a < and && view.lw(a) == "that" {
        a += 1;
    }
    let h = (a..and).find(|&k| FINITE_AUX.contains(&view.lw(k)) || BE.contains(&view.lw(k)))?;
    let noun_phrase = h > a
        && h - a <= 6
        && (a..h).all(|k| {
            let w = view.lw(k);
            (!view.words[k].punct || matches!(w, "'s" | "’s" | "-"))
                && !matches!(w, "who" | "which" | "that" | "and" | "but" | "or" | "if" | "when")
        });
    // The clause before "and" is one clause: no comma or new subject.
    let one_clause = (h..and).all(|k| !matches!(view.lw(k), "," | ";" | ":" | "that" | "who" | "which"));
    (view.lw(h) == aux && noun_phrase && one_clause).then_some((a, h))
}

/// The comma word at or just before a closing quote mark.
fn comma_word(view: &View, k: usize, sa: usize) -> usize {
    if view.lw(k) == "," {
        return k;
    }
    if k > sa && view.lw(k - 1) == "," {
        return k - 1;
    }
    k
}

fn with_colon(view: &View, mut cand: Cand, c1: usize, sb: usize) -> Option<Cand> {
    let n = view.lw(c1);
    if (n == ":" || n == ",") && c1 + 1 < view.words.len() && view.is_quote_mark(c1 + 1) {
        cand.mode = Mode::Colon(c1 + 1);
        return Some(cand);
    }
    // Nothing after the cue in this sentence: not a usable cue.
    let rest = trim_end(view, c1, sb);
    if rest <= c1 {
        return None;
    }
    cand.mode = Mode::After;
    Some(cand)
}

/// Whether what follows a cue is only its frame (a place, a time, a
/// recipient) rather than a content clause.
fn after_part_is_frame(view: &View, c1: usize, sb: usize, verb: &CueVerb) -> bool {
    let mut end = trim_end(view, c1, sb);
    if let Some(k) = (c1..end).find(|&k| view.lw(k) == "," || view.lw(k) == ";") {
        end = k;
    }
    if end <= c1 {
        return true;
    }
    let first = view.lw(c1);
    if first == "that" || (c1..end).any(|k| view.lw(k) == "that") {
        return false;
    }
    if PREP_START.contains(&first) {
        return true;
    }
    if verb.recipient && end - c1 <= 8 && !(c1..end).any(|k| SUBJECT_PRONOUNS.contains(&view.lw(k))) {
        return true;
    }
    false
}

/// Turns a candidate into a found attribution, cutting its content.
fn realise(view: &View, c: &Cand, bounds: &[usize], cands: &[Cand], _found: &[Found]) -> Option<Found> {
    let (sa, sb, _) = view.sents[c.sent];
    let (ca, cb) = match (c.content, c.mode) {
        (Some(range), _) => {
            if c.kind_hint == Some(AttributionKind::Nominal) {
                (range.0, cut(view, range.0, range.1, bounds, sb, true))
            } else {
                range
            }
        }
        (None, Mode::Before(comma)) => {
            // The quote ending right before the comma, else the sentence start.
            let closing = if comma > 0 && view.is_quote_mark(comma + 1) && comma + 1 < c.cue.0 {
                Some(comma + 1)
            } else if comma > 0 && view.is_quote_mark(comma - 1) {
                Some(comma - 1)
            } else {
                None
            };
            let sentence_first = view.words[content_start(view, sa)].span.start;
            if let Some(q) =
                closing.and_then(|k| view.quote_at(view.words[k].span.start)).filter(|q| q.span.start <= sentence_first)
            {
                let qa = word_at_or_after(view, q.span.start);
                let qb = word_ending_at(view, q.span.end).max(qa + 1);
                (qa, qb)
            } else {
                let start = content_start(view, sa);
                // Skip a fronted "According to X," already taken by another cue.
                (start, comma)
            }
        }
        (None, Mode::Colon(q)) => {
            let quote = view.quote_at(view.words[q].span.start)?;
            (q, word_ending_at(view, quote.span.end).max(q + 1))
        }
        (None, Mode::After) => {
            let verb = c.verb.as_ref();
            let mut start = c.cue.1;
            if c.lemma == "cite" {
                // "…, the NBI said, citing X": the content of the governing cue.
                let p = c.forced_parent?;
                let pc = cands.get(p)?;
                if let Mode::Before(comma) = pc.mode {
                    let s = content_start(view, view.sents[pc.sent].0);
                    (s, comma)
                } else {
                    return None;
                }
            } else {
                if let Some(v) = verb
                    && v.recipient
                {
                    if let Some(t) = (start..sb.min(start + 8))
                        .take_while(|&k| (!view.words[k].punct || view.lw(k) == "'s") && view.lw(k) != "to")
                        .find(|&k| view.lw(k) == "that")
                    {
                        start = t;
                    } else if !v.infinitive
                        && let Some(p) =
                            (start + 1..sb.min(start + 6)).take_while(|&k| !view.words[k].punct).find(|&k| {
                                SUBJECT_PRONOUNS.contains(&view.lw(k))
                                    || matches!(
                                        view.lw(k),
                                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this"
                                    )
                            })
                    {
                        // "told investigators the anchor had …": the clause after the recipient.
                        start = p;
                    }
                }
                // "said in a statement that", "confirmed on Thursday that".
                if PREP_START.contains(&view.lw(start))
                    && let Some(t) =
                        (start..sb.min(start + 8)).take_while(|&k| !view.words[k].punct).find(|&k| view.lw(k) == "that")
                {
                    start = t;
                }
                // "report" and "inform" take a clause, not an object ("report the findings").
                if matches!(c.lemma.as_str(), "report" | "inform")
                    && view.lw(start) != "that"
                    && !view.is_quote_mark(start)
                {
                    return None;
                }
                // "Kyiv has not confirmed that attack, but a video shows …": the
                // author's counterpoint is not part of what was not confirmed.
                let mut end = cut(view, start, sb, bounds, sb, c.negated);
                // "blamed X for Y and sharply reduced …": an accusation's
                // object and cause, then the accuser's own next act.
                if c.act == SpeechAct::Accuse
                    && view.lw(start) != "that"
                    && let Some(k) = (start + 1..end).find(|&k| {
                        let mut n = k + 1;
                        while n < end && view.lw(n).ends_with("ly") && !view.words[n].cap {
                            n += 1;
                        }
                        view.lw(k) == "and"
                            && !view.in_quote(k)
                            && n < end
                            && view.lw(n).ends_with("ed")
                            && !view.words[n].cap
                            && !DETERMINERS.contains(&view.lw(n - 1))
                    })
                {
                    end = if view.lw(k - 1) == "," { k - 1 } else { k };
                }
                (start, end)
            }
        }
    };
    let cb = trim_end(view, ca, cb);
    if cb <= ca {
        return None;
    }
    let content = view.span(ca, cb);
    let kind = c.kind_hint.unwrap_or_else(|| {
        let quotes: Vec<&Quote> = view.quotes.iter().filter(|q| content.overlaps(q.span)).collect();
        if quotes.len() == 1 && quotes[0].span.start <= content.start && content.end <= quotes[0].span.end + 1 {
            AttributionKind::Direct
        } else if quotes.iter().any(|q| content.contains(q.span) && q.span.len() < content.len()) || !quotes.is_empty()
        {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        }
    });
    Some(Found {
        kind,
        source: c.source.map(|(a, b)| view.span(a, b)),
        cue: Some(view.span(c.cue.0, c.cue.1)),
        lemma: c.lemma.clone(),
        content,
        act: c.act,
        negated: c.negated,
        forced_parent: c.forced_parent,
        continued_from: None,
        witness: c.witness,
    })
}

fn word_at_or_after(view: &View, at: usize) -> usize {
    view.words.partition_point(|w| w.span.start < at)
}

/// The index one past the last word ending at or before `at`.
fn word_ending_at(view: &View, at: usize) -> usize {
    view.words.partition_point(|w| w.span.end <= at)
}

/// Where a content starting at `start` ends: at a boundary comma, a
/// coordinated cue verb, a comment clause (", a detail that …"), the end of
/// the sentence, or the end of a quote that runs past the sentence.
fn cut(view: &View, start: usize, end: usize, bounds: &[usize], sb: usize, nominal: bool) -> usize {
    let mut k = start;
    while k < end {
        if bounds.binary_search(&k).is_ok() {
            return k;
        }
        let w = view.lw(k);
        if !view.in_quote(k) {
            if (w == "and" || w == "but") && k > start {
                let mut n = k + 1;
                while n < end && (AUX.contains(&view.lw(n)) || view.lw(n).ends_with("ly")) {
                    n += 1;
                }
                // "and was believed to have …": a passive hedge of the same
                // content, not a coordinated saying.
                let be = (k + 1..n).any(|m| matches!(view.lw(m), "is" | "are" | "was" | "were" | "be" | "been"));
                let hedge = be && n + 1 < end && view.lw(n + 1) == "to";
                // "[Kaymaz had spoken …] and had assured": a verb group
                // coordinated with the content's own clause, not with the cue.
                let hedge = hedge || inner_subject(view, start, k).is_some();
                if n < end && !hedge && lexicon().verbs.contains_key(view.lw(n)) && !view.words[n].cap {
                    let back = if view.lw(k - 1) == "," { k - 1 } else { k };
                    return back;
                }
            }
            // ", and an alliance official confirmed …": a new speaker's clause.
            if w == ","
                && matches!(view.lw(k + 1), "and" | "but")
                && (k + 2..(k + 9).min(end)).take_while(|&m| !view.words[m].punct).any(|m| {
                    lexicon().verbs.contains_key(view.lw(m)) && !view.words[m].cap && !view.in_quote(m) && m > k + 2
                })
            {
                return k;
            }
            if w == ","
                && matches!(view.lw(k + 1), "a" | "an")
                && (k + 3..(k + 6).min(end)).any(|m| matches!(view.lw(m), "that" | "which"))
            {
                return k;
            }
            if nominal && (w == ";" || (w == "," && view.lw(k + 1) == "but")) {
                return k;
            }
            if w == ";" {
                return k;
            }
            // ", although the NBI did not confirm this": the author's counterpoint.
            if w == "," && matches!(view.lw(k + 1), "although" | "though" | "whereas") {
                return k;
            }
        }
        k += 1;
    }
    // A quote opened inside the content and closed after the sentence.
    if end == sb && sb > 0 {
        let last = &view.words[sb - 1];
        if let Some(q) = view.quote_at(last.span.start)
            && q.span.end > last.span.end
            && q.span.start >= view.words[start.min(sb - 1)].span.start
        {
            return word_ending_at(view, q.span.end);
        }
    }
    end
}

/// Quotes without a cue that follow a speaker's quote in the same or the
/// next paragraph are the same speaker's: `"…," Wielgus said. "The flight
/// path …"`, and a quote continued after a paragraph break.
fn continued_quotes(view: &View, found: &mut Vec<Found>) {
    for q in &view.quotes {
        if found.iter().any(|f| f.content.overlaps(q.span)) {
            continue;
        }
        let Some(si) = view.doc.sentence_at(q.span.start) else { continue };
        let (sa, _, body) = view.sents[si];
        if !body || sa >= view.words.len() {
            continue;
        }
        // The quote must open its sentence and hold a sentence of its own.
        if view.words[sa].span.start != q.span.start && !q.continues {
            continue;
        }
        if view.text(q.span).split_whitespace().count() < 4 {
            continue;
        }
        let para = view.doc.sentences[si].paragraph;
        // The nearest earlier direct or mixed attribution in this or the previous paragraph.
        let prev = found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.content.end <= q.span.start && f.source.is_some())
            .filter(|(_, f)| matches!(f.kind, AttributionKind::Direct | AttributionKind::Mixed))
            .max_by_key(|(_, f)| f.content.end);
        let Some((pi, p)) = prev else { continue };
        let Some(psi) = view.doc.sentence_at(p.content.end.saturating_sub(1)) else { continue };
        let ppara = view.doc.sentences[psi].paragraph;
        if para != ppara && !(q.continues && para == ppara + 1) {
            continue;
        }
        // No other speaker in between.
        if found.iter().any(|f| f.content.start > p.content.end && f.content.end <= q.span.start) {
            continue;
        }
        let f = Found {
            kind: AttributionKind::Direct,
            source: p.source,
            cue: None,
            lemma: String::new(),
            content: q.span,
            act: p.act,
            negated: false,
            forced_parent: None,
            continued_from: Some(pi),
            witness: p.witness,
        };
        found.push(f);
    }
}

#[allow(dead_code)]
fn is_quote_char_word(view: &View, k: usize) -> bool {
    let w = view.lw(k);
    w.chars().next().is_some_and(|c| is_open_quote(c) || is_close_quote(c))
}
