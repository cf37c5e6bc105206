//! Source spans checked on the combined output of tagger and rules.
//!
//! The tagger's source spans are sometimes no speaker at all: a verb or
//! participle ("accusing"), a noun without its determiner ("agency" of "what
//! the agency called"), a phrase with a trailing adverb ("Ukrainian officials
//! later") or a fragment of a longer name ("Atlantic Treaty Organization" of
//! "North Atlantic Treaty Organization"). [`clean`] repairs or drops such a
//! source, then looks for the speaker of an attribution left without one:
//! the main clause's subject for a participial cue (", accusing them of …"),
//! no one (the asker is not named) for a fronted "Asked whether …,",
//! or the noun phrase right before a finite cue ("Ankara has proposed").
//! Contents that end or start inside a date or a name are extended to hold
//! all of it ("within 72 hours", not "within 72"); a content cut after an
//! article or preposition runs on to the end of its clause ("has proposed a"
//! → "a 30-day halt to attacks …"), and one with no word at all takes what
//! follows its cue's colon or is dropped.

use crate::lexicon::lexicon;
use crate::rules::Found;
use crate::text::View;
use dossier_model::{AttributionKind, EntityType, EvidenceKind, Span, SpeechAct};

/// Words that end a source phrase without being part of it.
const TRAILING: &[&str] = &[
    "later",
    "earlier",
    "also",
    "then",
    "now",
    "today",
    "yesterday",
    "tonight",
    "again",
    "still",
    "already",
    "too",
    "meanwhile",
    "instead",
    "however",
    "though",
    "separately",
    "perhaps",
    "maybe",
    "away",
    "long",
    "together",
    "even",
    "just",
    "only",
    "often",
    "soon",
    "once",
    "themselves",
    "itself",
    "himself",
    "herself",
    "alone",
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "who",
    "which",
    "whose",
    "that",
];

/// Words a source cannot begin with.
const LEADING: &[&str] = &["and", "or", "but", "that", "as", "while", "when", "because", "so", "then", "also"];

/// Function words, which name no one.
const FUNCTION: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "to", "of", "in", "on", "at", "for", "with", "by",
    "the", "a", "an", "that", "this", "and", "or", "as", "not", "n't", "there", "what", "how", "whether", "if", "than",
    "who", "which", "whose", "where", "when", "why", "no", "yes",
];

/// Determiners a bare noun source takes back ("agency" → "the agency").
pub(crate) const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "our", "these", "those"];

/// Words that introduce a phrase after a name rather than continue it.
const NP_STOP: &[&str] = &[
    "in", "on", "at", "for", "with", "to", "by", "from", "as", "into", "over", "after", "before", "during", "about",
    "than", "like", "under", "since", "until", "through", "against", "without", "near", "and", "or", "but", "that",
    "which", "who", "whose", "when", "while", "because", "if", "so", "it", "there", "what", "how", "whether",
];

/// Prepositions after which a cue-less content is a noun phrase.
const PREPOSITIONS: &[&str] =
    &["for", "of", "from", "about", "with", "on", "in", "at", "by", "into", "over", "against", "toward", "towards"];

/// Particles and prepositions that follow a verb ("backed off", "talked
/// about"), never the first word of its object.
const PARTICLES: &[&str] = &[
    "about", "off", "over", "up", "out", "down", "back", "behind", "around", "along", "across", "away", "onto", "upon",
    "within", "toward", "towards", "under", "above", "below", "beyond", "past", "forward", "ahead", "aside", "apart",
    "together", "home", "here", "there",
];

/// Personal pronouns a source may be.
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// Auxiliaries and adverbs allowed between a subject and its cue.
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "should",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "also",
    "later",
    "then",
    "again",
    "still",
    "already",
    "reportedly",
    "never",
    "not",
    "n't",
    "repeatedly",
    "publicly",
    "privately",
    "separately",
    "previously",
    "recently",
    "earlier",
    "once",
    "first",
];

/// Word range of a byte span (words overlapping it).
fn words_of(view: &View, s: Span) -> (usize, usize) {
    (view.words.partition_point(|w| w.span.end <= s.start), view.words.partition_point(|w| w.span.start < s.end))
}

/// Whether word `k` could head or modify a noun phrase that names a speaker:
/// not punctuation, a function word, a reporting verb, a participle or an
/// adverb. Capitalised words count (names), except a reporting verb that
/// opens a sentence ("Asked").
fn nounish(view: &View, k: usize) -> bool {
    let w = &view.words[k];
    let lower = w.lower.as_str();
    if w.punct || FUNCTION.contains(&lower) || TRAILING.contains(&lower) {
        return false;
    }
    let verb = lexicon().verbs.contains_key(lower);
    if w.cap {
        let first = view.sents.get(w.sent).is_some_and(|s| s.0 == k);
        return !(first && (verb || lower.ends_with("ed") || lower.ends_with("ing")));
    }
    if NOUNS.contains(&lower) {
        return true;
    }
    // After a determiner or a possessive, a verb form is a noun ("the
    // report", "Moscow's claims", "the briefing").
    let after_det = k > 0 && (DETERMINERS.contains(&view.lw(k - 1)) || matches!(view.lw(k - 1), "'s" | "’s"));
    if after_det {
        return true;
    }
    if verb || adverb(lower) {
        return false;
    }
    // Participles ("accusing", "referred"); nouns in -ing/-ed are rare among speakers.
    !(lower.ends_with("ing") || (lower.len() > 4 && lower.ends_with("ed") && !lower.ends_with("eed")))
}

/// Nouns that look like adverbs or participles.
const NOUNS: &[&str] = &[
    "family",
    "ally",
    "assembly",
    "rally",
    "supply",
    "monopoly",
    "reply",
    "briefing",
    "meeting",
    "hearing",
    "ruling",
    "filing",
    "recording",
    "reading",
    "finding",
    "polling",
    "building",
    "king",
    "ring",
    "wing",
    "spring",
    "shed",
    "hundred",
    "kindred",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "biweekly",
];

/// An adverb in -ly that is no noun.
fn adverb(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ly") && !NOUNS.contains(&lower)
}

/// Whether the word range names a plausible speaker: it holds a noun-like
/// word or is a personal pronoun.
fn plausible(view: &View, (a, b): (usize, usize)) -> bool {
    if b == a + 1 && PRONOUNS.contains(&view.lw(a)) {
        return true;
    }
    (a..b).any(|k| nounish(view, k))
}

/// Strips punctuation and words that cannot begin or end a source.
fn strip(view: &View, (mut a, mut b): (usize, usize)) -> (usize, usize) {
    loop {
        let before = (a, b);
        while a < b && (view.words[a].punct || LEADING.contains(&view.lw(a))) {
            a += 1;
        }
        while b > a
            && ((view.words[b - 1].punct && view.lw(b - 1) != ")")
                || TRAILING.contains(&view.lw(b - 1))
                || (adverb(view.lw(b - 1)) && !view.words[b - 1].cap))
        {
            b -= 1;
        }
        if (a, b) == before {
            return (a, b);
        }
    }
}

/// A mention the entity stage found, not one this stage added (speakers,
/// unnamed sources) on an earlier run.
fn recognised(m: &dossier_model::Mention) -> bool {
    !matches!(m.rule.as_deref(), Some(crate::resolve::SPEAKER_RULE | crate::resolve::UNNAMED_RULE))
}

/// A span that cuts into a recognised entity mention is widened to hold it.
fn snap_to_mentions(view: &View, mut s: Span) -> Span {
    for e in &view.doc.entities {
        for m in e.mentions.iter().filter(|m| recognised(m)) {
            let m = m.span;
            if m.overlaps(s) && !s.contains(m) {
                s = Span::new(s.start.min(m.start), s.end.max(m.end));
            }
        }
    }
    s
}

/// A span that cuts into an entity mention or a time expression is widened
/// to hold it (contents).
fn snap_content(view: &View, mut s: Span) -> Span {
    let doc = view.doc;
    let spans = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().filter(|m| recognised(m)).map(|m| m.span))
        .chain(doc.timexes.iter().map(|t| t.span));
    for m in spans {
        if m.overlaps(s) && !s.contains(m) && m.start >= s.start.saturating_sub(40) && m.end <= s.end + 40 {
            s = Span::new(s.start.min(m.start), s.end.max(m.end));
        }
    }
    s
}

/// Words a proposition cannot end with when more words follow: articles,
/// determiners, prepositions and conjunctions ("Ankara has proposed a
/// 30-day halt" cut after "a").
const OPEN_END: &[&str] = &[
    "a", "an", "the", "that", "to", "of", "for", "on", "in", "at", "with", "by", "from", "whether", "if", "and", "or",
    "but", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "about", "into", "over",
];

/// Contents checked as a whole: one with no word at all takes the sentence
/// after a colon ending its cue, or else is no saying and goes; one cut after an article, preposition or conjunction while its
/// sentence goes on runs on to the end of that sentence, or to the next
/// source or cue after it ("…, a Western diplomat said"). "remember that,"
/// keeps its demonstrative: the content only grows when a word follows.
fn complete_contents(view: &View, found: &mut Vec<Found>) {
    // "The governor added:" whose quote the tagger left out: the content
    // is what follows the colon, in its sentence or the next.
    for f in found.iter_mut() {
        if has_words(view, f.content) {
            continue;
        }
        let Some(cue) = f.cue else { continue };
        let (_, cb) = words_of(view, cue);
        let colon = view.text(cue).ends_with(':') || (cb < view.words.len() && view.lw(cb) == ":");
        if !colon {
            continue;
        }
        let sent = view.words[cb.saturating_sub(1).min(view.words.len() - 1)].sent;
        let rest = view.span(cb, view.sents[sent].1);
        if has_words(view, rest) {
            f.content = rest;
        } else if let Some(&(na, nb, _)) = view.sents.get(sent + 1) {
            f.content = view.span(na, nb);
        }
    }
    found.retain(|f| has_words(view, f.content));
    let anchors: Vec<Span> = found.iter().flat_map(|f| f.source.into_iter().chain(f.cue)).collect();
    for f in found.iter_mut() {
        let (a, b) = words_of(view, f.content);
        if b <= a || b >= view.words.len() {
            continue;
        }
        // "said the city had repaired the bridge, and that it was …": a
        // second that-clause joined to the content is said by the same
        // speaker.
        let joined = |k: usize| view.lw(k) == "and" && view.lw(k + 1) == "that";
        let second_clause = f.cue.is_some_and(|c| c.end <= f.content.start)
            && view.words[b].sent == view.words[b - 1].sent
            && (joined(b) || (view.lw(b) == "," && joined(b + 1)));
        if !second_clause && !OPEN_END.contains(&view.lw(b - 1)) {
            continue;
        }
        let sent = view.words[b - 1].sent;
        let next = &view.words[b];
        if next.sent != sent || (next.punct && !second_clause) || f.cue.is_some_and(|c| c.overlaps(next.span)) {
            continue;
        }
        // A content of nothing but such words grows only after a verb: "has
        // proposed a" does, the noun of "Ethiopia's decision to" does not
        // (that is no saying, and a whole sentence would become its content).
        if (a..b).all(|k| OPEN_END.contains(&view.lw(k))) && !f.cue.is_some_and(|c| verbal(view, c)) {
            continue;
        }
        let stop_at =
            anchors.iter().filter(|x| x.start >= next.span.start).map(|x| x.start).min().unwrap_or(usize::MAX);
        let mut e = b;
        while e < view.sents[sent].1 && view.words[e].span.start < stop_at {
            e += 1;
        }
        while e > b && view.words[e - 1].punct {
            e -= 1;
        }
        if e > b {
            f.content = Span::new(f.content.start, view.words[e - 1].span.end);
        }
    }
}

/// Whether a cue is verbal: it holds a cue verb form, an auxiliary or a
/// past form in -ed ("has proposed", "warned"), not only a noun ("decision").
fn verbal(view: &View, cue: Span) -> bool {
    let (a, b) = words_of(view, cue);
    (a..b.min(view.words.len())).any(|k| {
        let w = view.lw(k);
        lexicon().verbs.contains_key(w)
            || matches!(w, "has" | "have" | "had" | "will" | "would" | "did" | "does" | "do")
            || (w.len() > 3 && w.ends_with("ed") && !w.ends_with("eed"))
    })
}

/// Whether a span holds a word that is not punctuation.
fn has_words(view: &View, s: Span) -> bool {
    let (a, b) = words_of(view, s);
    (a..b.min(view.words.len())).any(|k| !view.words[k].punct)
}

/// The source repaired: trimmed, widened to the names it cuts and to the
/// determiner of a bare noun; `None` when nothing in it names a speaker.
fn repair(view: &View, s: Span, cue: Option<Span>) -> Option<Span> {
    let (a, b) = words_of(view, s);
    // A relative pronoun alone is a source in PolNeAR's convention ("…,
    // who said"); its antecedent is found when the holder is resolved.
    if b == a + 1 && RELATIVE.contains(&view.lw(a)) {
        return Some(s);
    }
    // A determiner alone ("The" of "The daily wrote"): its noun was taken
    // into the cue; the source takes it back.
    if b > a && (a..b).all(|k| ARTICLES.contains(&view.lw(k))) {
        let sb = view.sents[view.words[a].sent].1;
        let stop = cue.map_or(sb, |c| words_of(view, c).0.max(b)).min(sb);
        let mut e = b;
        while e < stop && e < b + 4 && nounish(view, e) {
            e += 1;
        }
        return (e > b).then(|| view.span(a, e));
    }
    // "Mr. Kamin, who": PolNeAR marks the relative pronoun or its
    // antecedent as the source; the span holding both is kept whole (the
    // holder is named by the phrase before the comma).
    let mut last = b;
    while last > a && view.words[last - 1].punct {
        last -= 1;
    }
    if last > a + 1 && RELATIVE.contains(&view.lw(last - 1)) {
        return Some(s);
    }
    let (a, mut b) = strip(view, (a, b));
    if a >= b {
        return None;
    }
    // "The US ambassador, whose office released a statement, said": the
    // clause set off after the speaker (a relative clause or a participle
    // phrase) describes the speaker and is no part of the source; an
    // apposition that names ("Its spokeswoman, Alena Krautsova") stays.
    if let Some(c) = (a + 1..b).find(|&k| view.lw(k) == ",")
        && c + 2 < b
        && !view.words[c + 1].cap
        && (view.lw(c + 1) == "whose" || (view.lw(c + 1).ends_with("ed") && !nounish(view, c + 1)))
    {
        b = c;
    }
    // "according to a London broker, and several operators have said": a
    // source after its cue ends where a new clause is joined to it.
    if cue.is_some_and(|c| c.end <= s.start)
        && let Some(c) = (a + 1..b).find(|&k| view.lw(k) == "," && matches!(view.lw(k + 1), "and" | "but" | "while"))
    {
        b = c;
    }
    // "… in a swap brokered by the United Arab Emirates, and both sides
    // said", "… ports overnight, and Romania said": a source before its
    // cue starts after a clause joined to it; a list of names with a
    // comma before "and" ("Senator Bob Corker (R-Tenn.), and Lindsey
    // Graham") stays whole.
    let mut a = a;
    if cue.is_some_and(|c| c.start >= s.end)
        && let Some(c) = (a + 1..b).rev().find(|&k| view.lw(k) == "," && matches!(view.lw(k + 1), "and" | "but"))
        && c + 2 < b
        && !(view.words[c + 2].cap && (view.words[c - 1].cap || matches!(view.lw(c - 1), ")" | ".")))
    {
        a = c + 2;
    }
    // "According to two officials present at the meeting, he warned": the
    // pronoun after the comma is the next clause's subject.
    if b >= a + 3 && PRONOUNS.contains(&view.lw(b - 1)) && view.lw(b - 2) == "," {
        b -= 2;
    }
    // A demonym is a modifier: "Ukrainian" of "Ukrainian officials".
    let sb = view.sents[view.words[b - 1].sent].1;
    let last = view.lw(b - 1);
    let demonym = view.words[b - 1].cap
        && (last.ends_with("an") || last.ends_with("ese") || last.ends_with("ish"))
        && view.doc.entities.iter().any(|e| {
            matches!(e.ty, dossier_model::EntityType::Norp | dossier_model::EntityType::Gpe)
                && e.mentions.iter().any(|m| m.span == view.words[b - 1].span)
        });
    if demonym
        && b < sb
        && !view.words[b].cap
        && nounish(view, b)
        && cue.is_none_or(|c| !c.overlaps(view.words[b].span))
    {
        b += 1;
    }
    // A clause is no source: "The Latvian government expelled two
    // attachés" (of ", accusing them") is cut before its verb.
    let b = (a + 1..b)
        .find(|&k| {
            let w = view.lw(k);
            !view.words[k].cap
                && (w.ends_with("ed") || lexicon().verbs.contains_key(w))
                && !nounish(view, k)
                && nounish(view, k - 1)
                && !(a..k).any(|j| matches!(view.lw(j), "," | "who" | "whose" | "which" | "that"))
                && k + 1 < b
                && (OBJECT_START.contains(&view.lw(k + 1)) || view.words[k + 1].cap)
        })
        .unwrap_or(b);
    let snapped = snap_to_mentions(view, view.span(a, b));
    let (mut a, b) = strip(view, words_of(view, snapped));
    if a >= b || !plausible(view, (a, b)) {
        return None;
    }
    // "agency" of "what the agency called": the determiner belongs to it.
    let sent_start = view.sents[view.words[a].sent].0;
    if a > sent_start
        && !view.words[a].cap
        && !PRONOUNS.contains(&view.lw(a))
        && !matches!(view.lw(a), "it" | "many" | "some" | "most" | "all" | "both" | "each" | "others")
        && DETERMINERS.contains(&view.lw(a - 1))
    {
        a -= 1;
    }
    Some(view.span(coordinated_start(view, a, sent_start), b))
}

/// The first word of a list of names the source `a..` ends ("Warsaw and
/// Bucharest have both signalled", "France, Germany and Italy said"): each
/// conjunct is a run of at most four capitalised words, and the list must
/// begin the sentence or follow a comma, colon or quote, so that "talks
/// between Kyiv and Moscow" lends no speaker.
fn coordinated_start(view: &View, a: usize, sent_start: usize) -> usize {
    if a < sent_start + 2 || !view.words[a].cap || !matches!(view.lw(a - 1), "and" | "or") {
        return a;
    }
    // A conjunct word: capitalised, no preposition or article ("On"), no
    // date ("Monday").
    let in_name = |k: usize| {
        let w = &view.words[k];
        w.cap
            && !w.punct
            && !NP_STOP.contains(&view.lw(k))
            && !FUNCTION.contains(&view.lw(k))
            && !view.doc.timexes.iter().any(|t| t.span.overlaps(w.span))
    };
    // Conjuncts from right to left; `end` is the "and" or comma after one.
    let mut end = a - 1;
    let mut after_comma = false;
    loop {
        let mut k = end;
        while k > sent_start && end - k < 4 && in_name(k - 1) {
            k -= 1;
        }
        if k == end {
            // No name before this comma: the comma opened the list.
            return if after_comma { end + 1 } else { a };
        }
        if k > sent_start && view.lw(k - 1) == "the" {
            k -= 1;
        }
        if k == sent_start {
            return k;
        }
        match view.lw(k - 1) {
            "," => {
                end = k - 1;
                after_comma = true;
            }
            ":" | ";" | "\"" | "“" | "—" => return k,
            _ => return a,
        }
    }
}

/// The noun phrase that ends right before word `end` (after skipping
/// auxiliaries and adverbs), if it starts at a clause boundary: the start of
/// the sentence or a comma, semicolon, colon or quote. A subject followed by
/// an apposition or a relative clause set off by commas ("The United States,
/// which has a treaty with the Philippines, condemned") is found before it.
fn subject_before(view: &View, sa: usize, mut end: usize) -> Option<(usize, usize)> {
    while end > sa && BETWEEN.contains(&view.lw(end - 1)) {
        end -= 1;
    }
    if end > sa && view.lw(end - 1) == "," {
        // Back over a parenthetical to the comma that opens it.
        let open = (sa..end - 1).rev().find(|&k| view.lw(k) == ",")?;
        return subject_before(view, sa, open);
    }
    let mut a = end;
    while a > sa {
        let w = &view.words[a - 1];
        let lw = w.lower.as_str();
        if w.punct && !matches!(lw, "'s" | "’s" | "-" | "." | "(" | ")") {
            break;
        }
        if NP_STOP.contains(&lw) || lexicon().verbs.contains_key(lw) && !w.cap {
            break;
        }
        a -= 1;
    }
    if a == end {
        return None;
    }
    let boundary = a == sa
        || (view.words[a - 1].punct
            && matches!(view.lw(a - 1), "," | ";" | ":" | "(" | "\u{2014}" | "\u{2013}" | "--"))
        || view.is_quote_mark(a - 1);
    let (a, b) = strip(view, (a, end));
    (boundary && a < b && (b - a <= 8) && plausible(view, (a, b))).then_some((a, b))
}

/// A relative pronoun right before a cue, after auxiliaries and adverbs,
/// that follows a noun phrase ("the AP, which first reported the story",
/// "a problem that demands"): PolNeAR marks the pronoun as the source, and
/// the holder is its antecedent.
fn relative_before(view: &View, sa: usize, mut end: usize) -> Option<(usize, usize)> {
    while end > sa
        && (BETWEEN.contains(&view.lw(end - 1)) || adverb(view.lw(end - 1)) || view.lw(end - 1) == "together")
    {
        end -= 1;
    }
    if end < sa + 2 || !matches!(view.lw(end - 1), "who" | "which" | "that") {
        return None;
    }
    let a = end - 1;
    let before = if view.lw(a - 1) == "," && a >= sa + 2 { a - 2 } else { a - 1 };
    (view.lw(a) != "that" || view.lw(a - 1) != ",")
        .then_some(())
        .filter(|_| nounish(view, before) || view.words[before].cap)
        .map(|_| (a, end))
}

/// The agent of a passive cue: the noun phrase after "by" right after the
/// cue (or one or two words on: "has been called a charlatan by fellow
/// physicians"), up to punctuation or a clause word.
fn agent_after(view: &View, cb: usize, sb: usize) -> Option<(usize, usize)> {
    let by = (cb..(cb + 3).min(sb)).find(|&k| view.lw(k) == "by")?;
    if (cb..by).any(|k| view.words[k].punct) {
        return None;
    }
    let a = by + 1;
    let mut b = a;
    while b < sb && b < a + 12 {
        let w = view.lw(b);
        if (view.words[b].punct && !matches!(w, "'s" | "’s" | "-" | "."))
            || (NP_STOP.contains(&w) && w != "of")
            || (lexicon().verbs.contains_key(w) && !view.words[b].cap)
        {
            break;
        }
        b += 1;
    }
    let (a, b) = strip(view, (a, b));
    (a < b && plausible(view, (a, b))).then_some((a, b))
}

/// "It" as the subject right before a cue, after auxiliaries and adverbs,
/// at a clause boundary ("The report says …. It also points out that …").
fn it_before(view: &View, sa: usize, mut end: usize) -> Option<(usize, usize)> {
    while end > sa && (BETWEEN.contains(&view.lw(end - 1)) || matches!(view.lw(end - 1), "'s" | "’s" | "is")) {
        end -= 1;
    }
    if end == sa || view.lw(end - 1) != "it" {
        return None;
    }
    let a = end - 1;
    let boundary = a == sa || matches!(view.lw(a - 1), "," | ";" | ":" | "and" | "but") || view.is_quote_mark(a - 1);
    boundary.then_some((a, end))
}

/// Words that open the object of a verb.
const OBJECT_START: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "two", "three", "four", "five", "six", "several", "some",
    "all", "no",
];

/// Articles, which name no one alone (a possessive does: "his claim").
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Relative pronouns.
const RELATIVE: &[&str] = &["who", "which", "that", "whom"];

/// The antecedent of a relative pronoun source ("a ministry official" of
/// "a ministry official who attended", "Mr. Kamin" of "Mr. Kamin, who said").
pub fn antecedent(view: &View, s: Span) -> Option<Span> {
    let (k, b) = words_of(view, s);
    if b != k + 1 || !RELATIVE.contains(&view.lw(k)) {
        return None;
    }
    let sa = view.sents[view.words[k].sent].0;
    let mut end = k;
    if end > sa && view.lw(end - 1) == "," {
        end -= 1;
    }
    let mut a = end;
    while a > sa {
        let w = &view.words[a - 1];
        let lw = w.lower.as_str();
        if (w.punct && !matches!(lw, "'s" | "’s" | "-" | "." | ")"))
            || NP_STOP.contains(&lw)
            || (lexicon().verbs.contains_key(lw) && !w.cap)
        {
            break;
        }
        a -= 1;
    }
    let (a, b) = strip(view, (a, end));
    (a < b && b - a <= 8 && plausible(view, (a, b))).then(|| view.span(a, b))
}

/// Whether a cue is passive ("were told", "is expected"): its subject is
/// who was told, not who said.
fn passive(view: &View, (a, b): (usize, usize)) -> bool {
    let be = |k: usize| matches!(view.lw(k), "is" | "are" | "was" | "were" | "be" | "been" | "being");
    // A progressive ("is arguing") is active.
    let progressive = (a..b).any(|k| view.lw(k).ends_with("ing") && view.lw(k) != "being");
    ((a..b).any(be) || be_before(view, a)) && !progressive
}

/// Whether a form of *be* comes right before word `a`, or before one or
/// two adverbs before it ("has been | harshly | criticized").
fn be_before(view: &View, a: usize) -> bool {
    let mut k = a;
    while k > 0 && a - k < 2 && adverb(view.lw(k - 1)) {
        k -= 1;
    }
    k > 0 && matches!(view.lw(k - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

/// Whether a cue is a participle in -ed after the noun it modifies, with
/// "of" after it ("a Russian citizen suspected of spying", "a trader
/// accused of helping"): a reduced passive relative, whose noun is who the
/// saying is about, not who said it.
fn reduced_relative(view: &View, (a, b): (usize, usize)) -> bool {
    if b != a + 1 || a == 0 || b >= view.words.len() {
        return false;
    }
    let (w, p) = (view.lw(a), &view.words[a - 1]);
    w.ends_with("ed")
        && lexicon().verbs.contains_key(w)
        && view.lw(b) == "of"
        && !p.cap
        && p.sent == view.words[a].sent
        && nounish(view, a - 1)
        && !PRONOUNS.contains(&p.lower.as_str())
}

/// Participles of feeling and conviction: after *be* they describe their
/// subject's state of mind ("Republicans were also incensed that …"), so
/// the subject holds the belief.
const FEELING: &[&str] = &[
    "concerned",
    "worried",
    "incensed",
    "pleased",
    "convinced",
    "frustrated",
    "alarmed",
    "surprised",
    "disappointed",
    "satisfied",
    "encouraged",
    "troubled",
    "outraged",
    "dismayed",
    "delighted",
    "shocked",
    "confused",
    "determined",
    "committed",
    "prepared",
    "interested",
    "opposed",
    "inclined",
    "persuaded",
    "excited",
    "impressed",
    "annoyed",
    "scared",
    "terrified",
    "relieved",
    "embarrassed",
    "offended",
    "unconvinced",
    "puzzled",
    "baffled",
    "stunned",
    "thrilled",
    "amused",
    "irritated",
    "angered",
    "heartened",
    "disturbed",
    "disgusted",
    "bothered",
    "intrigued",
    "resigned",
    "unimpressed",
    "tired",
    "fed",
    "obsessed",
    "focused",
    "divided",
    "split",
    "agreed",
    "united",
    "poised",
    "set",
    "eager",
    "confident",
    "aware",
];

/// Whether a cue is a passive verb ("was accused of", "has been harshly
/// criticized for", "were told"): a form of *be*, then adverbs, then a
/// participle. Its subject is who the saying is about or to, not who said
/// it ("quoted as saying" excepted: its subject is the speaker).
fn passive_cue(view: &View, (a, b): (usize, usize)) -> bool {
    let be = |k: usize| matches!(view.lw(k), "is" | "are" | "was" | "were" | "be" | "been" | "being");
    if (a..b).any(|k| matches!(view.lw(k), "quoted" | "saying") || FEELING.contains(&view.lw(k))) {
        return false;
    }
    // The form of *be* may lie before the cue, past adverbs the cue left
    // out ("has been | harshly | criticized").
    let mut start = a;
    while start > 0 && a - start < 2 && adverb(view.lw(start - 1)) {
        start -= 1;
    }
    let start = if start > 0 && be(start - 1) { start - 1 } else { a };
    (start..b).any(|k| {
        if !be(k) {
            return false;
        }
        let mut j = k + 1;
        while j < b.min(k + 4)
            && (adverb(view.lw(j))
                || matches!(view.lw(j), "not" | "n't" | "never" | "often" | "once" | "also" | "widely" | "long"))
        {
            j += 1;
        }
        j < b && {
            let w = view.lw(j);
            (w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")))
                || matches!(
                    w,
                    "told"
                        | "said"
                        | "held"
                        | "sought"
                        | "thought"
                        | "brought"
                        | "shown"
                        | "known"
                        | "seen"
                        | "found"
                        | "made"
                        | "led"
                        | "heard"
                        | "left"
                )
        }
    })
}

/// A content after its cue that stops inside a noun phrase ("referred to
/// [intercepted communications, surveillance] photographs and bank
/// records"): it runs on over the phrase's nouns and a list's "and", up to
/// punctuation or a word that is no noun's.
fn finish_noun_phrases(view: &View, found: &mut [Found]) {
    let n = view.words.len();
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        let (_, cb) = words_of(view, cue);
        let (ta, tb) = words_of(view, f.content);
        if ta < cb || tb >= n || tb == 0 || tb <= ta {
            continue;
        }
        let noun = |k: usize| {
            nounish(view, k)
                && !view.words[k].cap
                && !view.lw(k).ends_with("ed")
                && !view.lw(k).ends_with("ing")
                && !lexicon().verbs.contains_key(view.lw(k))
        };
        let sent = view.words[tb - 1].sent;
        if !noun(tb - 1) || !noun(tb) || view.words[tb].sent != sent {
            continue;
        }
        let mut end = tb;
        while end < n && view.words[end].sent == sent {
            if noun(end) {
                end += 1;
            } else if matches!(view.lw(end), "and" | "or") && end + 1 < n && noun(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        // The phrase ends at punctuation or the sentence's end, not before
        // a verb of its own (then it was a clause's subject).
        if end >= n || view.words[end].sent != sent || view.words[end].punct {
            f.content = Span::new(f.content.start, view.words[end - 1].span.end);
        }
    }
}

/// A cue that opens with the noun its source modifies ("The agency's |
/// report referred to", "The BIS | statement referred to"): the noun, and a
/// determiner left before the source, are the source's head; a cue that
/// runs past its preposition into the object ("referred to intercepted |
/// communications") leaves that word to the content.
fn split_noun_cues(view: &View, found: &mut [Found]) {
    let n = view.words.len();
    for f in found.iter_mut() {
        let (Some(src), Some(cue)) = (f.source, f.cue) else { continue };
        let (sa, sb) = words_of(view, src);
        let (ca, cb) = words_of(view, cue);
        if sb != ca || cb < ca + 2 || cb > n {
            continue;
        }
        let first = view.lw(ca);
        // The word after is a verb in the past ("report referred").
        let verb_after = view.lw(ca + 1).ends_with("ed") && !view.words[ca + 1].cap;
        let noun = !view.words[ca].cap
            && !view.words[ca].punct
            && (!lexicon().verbs.contains_key(first) || lexicon().nominals.contains_key(first))
            && !first.ends_with("ed")
            && !first.ends_with("ing")
            && !FUNCTION.contains(&first)
            && !BETWEEN.contains(&first)
            && !adverb(first);
        let possessive = matches!(view.lw(sb - 1), "'s" | "’s") || view.text(src).ends_with("'s");
        let name = view.words[sb - 1].cap;
        if !(noun && verb_after && (possessive || name)) {
            continue;
        }
        let start = if sa > 0 && matches!(view.lw(sa - 1), "the" | "a" | "an") { sa - 1 } else { sa };
        f.source = Some(view.span(start, ca + 1));
        let mut end = cb;
        // "to intercepted | communications": the object's first word.
        if let Some(p) = (ca + 2..cb).rev().find(|&k| matches!(view.lw(k), "to" | "at" | "on"))
            && p + 1 < cb
            && view.words[cb - 1].span.end <= f.content.start
            && (p + 1..cb).all(|k| !lexicon().verbs.contains_key(view.lw(k)) && !view.words[k].punct)
        {
            end = p + 1;
            f.content = Span::new(view.words[p + 1].span.start, f.content.end);
        }
        f.cue = Some(view.span(ca + 1, end));
    }
}

/// A saying that is a participle after the noun it describes, before "of"
/// ("a lorry driver suspected of smuggling", "a trader accused of
/// fraud"; `reduced_relative`), with no speaker: what is suspected is that
/// the noun's referent did the deed, so the content opens with that noun
/// phrase (read back over nouns, names and adjectives to a determiner) and
/// runs on over the cue to the deed.
fn hedged_noun_phrases(view: &View, found: &mut [Found]) {
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        let (ca, cb) = words_of(view, cue);
        let (ta, _) = words_of(view, f.content);
        if f.source.is_some() || ta < cb || !reduced_relative(view, (ca, cb)) {
            continue;
        }
        let sent = view.words[ca].sent;
        let mut start = ca - 1;
        while start > 0 && view.words[start - 1].sent == sent {
            let k = start - 1;
            if DETERMINERS.contains(&view.lw(k)) || view.lw(k).chars().all(|c| c.is_ascii_digit()) {
                start = k;
                break;
            }
            if !nounish(view, k) {
                break;
            }
            start = k;
        }
        f.content = Span::new(view.words[start].span.start, f.content.end);
    }
}

/// "repeated [Moscow's] accusation that …": a name that owns the noun
/// opening the content ("'s" ends the cue or opens the content) belongs to
/// the content, not to the verb's cue.
fn possessor_to_content(view: &View, found: &mut [Found]) {
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        let (ca, cb) = words_of(view, cue);
        let (ta, tb) = words_of(view, f.content);
        if ca >= cb || ta >= tb || tb > view.words.len() {
            continue;
        }
        let end = if view.lw(cb - 1) == "'s" && ta == cb {
            cb - 1
        } else if view.lw(ta) == "'s" && ta == cb {
            cb
        } else {
            continue;
        };
        let mut j = end;
        while j > ca && view.words[j - 1].cap && !view.words[j - 1].punct {
            j -= 1;
        }
        if j > ca && j < end {
            f.cue = Some(view.span(ca, j));
            f.content = view.span(j, tb);
        }
    }
}

/// Repairs every source of `found` and finds one for attributions left
/// without (see the module documentation). Contents cut inside a name or a
/// date are widened.
pub fn clean(view: &View, found: &mut Vec<Found>) {
    if view.words.is_empty() {
        return;
    }
    possessor_to_content(view, found);
    split_noun_cues(view, found);
    complete_contents(view, found);
    finish_noun_phrases(view, found);
    let before = found.len();
    drop_non_sayings(view, found);
    if found.len() < before {
        // A content cut at a cue that was no saying runs on over it
        // ("followed by [talks] on …").
        complete_contents(view, found);
    }
    // A content that holds its own cue and source in a relative clause
    // ("… the operators,\" which the FE said it had obtained") or from a
    // paragraph before, from the middle of a sentence: what the cue says is
    // what follows it.
    for f in found.iter_mut() {
        if let (Some(cue), Some(src)) = (f.cue, f.source)
            && f.content.start < src.start
            && src.end <= cue.start
            && cue.end < f.content.end
        {
            let (sa, _) = words_of(view, src);
            let (_, cb) = words_of(view, cue);
            let (_, tb) = words_of(view, f.content);
            let relative = sa > 0 && matches!(view.lw(sa - 1), "which" | "that" | "whom");
            // Or it runs back over a paragraph break past its source ("…
            // today.\n\nSecurity experts said the choice …").
            let para = |at: usize| view.doc.sentence_at(at).map(|k| view.doc.sentences[k].paragraph);
            let mid_sentence = view
                .doc
                .sentence_at(f.content.start)
                .is_some_and(|k| view.doc.sentences[k].span.start < f.content.start);
            let relative = relative || (mid_sentence && para(f.content.start) != para(src.start));
            if relative && cb < tb {
                f.content = view.span(cb, tb);
            }
        }
    }
    for f in found.iter_mut() {
        f.source = f.source.and_then(|s| repair(view, s, f.cue));
        f.content = snap_content(view, f.content);
        f.content = without_dateline(view, f.content);
        f.content = past_adjunct(view, f.cue, f.content);
    }
    // "Similar accusations that Moscow recruited arsonists have surfaced
    // in …": a nominal cue that is its sentence's subject has a content that
    // ends where the sentence's own verb begins, the second verb after
    // "that".
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        let (ca, cb) = words_of(view, cue);
        if f.kind != AttributionKind::Nominal && !lexicon().nominals.contains_key(view.lw(ca)) {
            continue;
        }
        let (ta, tb) = words_of(view, f.content);
        if ca >= view.words.len() || ta != cb || tb > view.words.len() || view.lw(ta) != "that" {
            continue;
        }
        let sa = view.sents[view.words[ca].sent].0;
        if ca - sa > 2 || (sa..ca).any(|k| FUNCTION.contains(&view.lw(k)) && !ARTICLES.contains(&view.lw(k))) {
            continue;
        }
        let finite = |k: usize| {
            matches!(view.lw(k), "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "could")
        };
        let mut seen_verb = false;
        for k in ta + 2..tb {
            let w = view.lw(k);
            if seen_verb
                && matches!(w, "has" | "have" | "had" | "is" | "are" | "was" | "were")
                && !view.words[k - 1].punct
                && !view.words[k - 1].cap
                && !FUNCTION.contains(&view.lw(k - 1))
            {
                f.content = view.span(ta, k);
                break;
            }
            if finite(k) || (w.ends_with("ed") && !view.words[k].cap) {
                seen_verb = true;
            }
        }
    }
    // "…, a ruling Beijing rejects": a rejection in a reduced relative
    // clause is of the noun it modifies, not of the clause before the comma
    // (which is not the rejecter's saying).
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && f.content.end <= src.start
            && src.end <= cue.start
        {
            let (sa, sb) = words_of(view, src);
            // The noun taken into the source ("a verdict Moscow" + "rejects").
            // Only for a rejection: "…, the news agency Ruvest reported" is
            // an inverted saying whose source has an apposition.
            if f.act != SpeechAct::Deny {
                continue;
            }
            if sa > 0 && sb <= view.words.len() && view.lw(sa - 1) == "," && ARTICLES.contains(&view.lw(sa)) {
                let name = (sa + 1..sb.min(sa + 5)).find(|&k| view.words[k].cap);
                if let Some(j) = name
                    && j > sa + 1
                    && (sa + 1..j).all(|k| !view.words[k].punct && !FUNCTION.contains(&view.lw(k)))
                {
                    f.source = Some(view.span(j, sb));
                    f.content = view.span(sa, j);
                    continue;
                }
            }
            let sent_start = view.sents[view.words[sa.min(view.words.len() - 1)].sent].0;
            let mut k = sa;
            while k > sent_start
                && k + 3 > sa
                && !view.words[k - 1].cap
                && !view.words[k - 1].punct
                && !FUNCTION.contains(&view.lw(k - 1))
                && !ARTICLES.contains(&view.lw(k - 1))
            {
                k -= 1;
            }
            if k < sa
                && k > sent_start + 1
                && matches!(view.lw(k - 1), "a" | "an" | "the" | "this")
                && view.lw(k - 2) == ","
                && f.content.start < view.words[k - 2].span.start
            {
                f.content = view.span(k - 1, sa);
            }
        }
    }
    // "accusing them of helping to organise [an attack …]": what an
    // accusation says holds whom it accuses and of what, as "accused Finland
    // of …" does; a content that starts words after such a cue, in its
    // clause, starts right after it.
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        if f.act != SpeechAct::Accuse || f.content.start <= cue.end {
            continue;
        }
        let (_, cb) = words_of(view, cue);
        let (ta, _) = words_of(view, f.content);
        if cb < ta
            && ta < view.words.len()
            && ta - cb <= 8
            && view.words[cb].sent == view.words[ta].sent
            && (cb..ta).all(|k| !view.words[k].punct)
        {
            f.content = Span::new(view.words[cb].span.start, f.content.end);
        }
    }
    // "accused China of running a spy ring [after prosecutors charged …]":
    // what someone is accused of ends where a clause of time or cause with
    // its own subject and verb begins; that clause is the author's.
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        if f.act != SpeechAct::Accuse || f.content.start < cue.end {
            continue;
        }
        let (ta, tb) = words_of(view, f.content);
        if tb > view.words.len() || (ta..tb).any(|k| view.lw(k) == "that" || view.in_quote(k)) {
            continue;
        }
        let finite = |k: usize| {
            let w = view.lw(k);
            !view.words[k].cap
                && (matches!(w, "has" | "have" | "had" | "was" | "were" | "is" | "are" | "did" | "said")
                    || (w.len() > 4 && w.ends_with("ed")))
        };
        let cut = (ta + 2..tb).find(|&k| {
            matches!(view.lw(k), "after" | "before" | "when" | "while" | "since" | "because" | "as")
                && (k + 2..(k + 6).min(tb)).any(|v| finite(v) && (k + 1..v).all(|j| !view.words[j].punct))
        });
        if let Some(k) = cut {
            let mut e = k;
            while e > ta && view.words[e - 1].punct {
                e -= 1;
            }
            f.content = view.span(ta, e);
        }
    }
    // "He insisted that Hungary “has never blocked anything”, which is a
    // curious thing to say …": a clause or apposition right after a
    // closing quote that runs to the end of the content comments on the
    // words quoted; it is the author's, not the speaker's.
    for f in found.iter_mut() {
        let (ta, tb) = words_of(view, f.content);
        let Some(q) = (ta + 1..tb.saturating_sub(3)).find(|&q| {
            view.is_quote_mark(q)
                && view.quote_at(view.words[q].span.start).is_some_and(|qs| qs.span.end == view.words[q].span.end)
                && view.lw(q + 1) == ","
                && comments_on_quote(view, q + 2, tb)
        }) else {
            continue;
        };
        f.content = view.span(ta, q + 1);
    }
    // "The statement referred to [intercepted communications and bank
    // records], but did not publish them": a verb group after ", but" or
    // ", and" with no subject of its own is coordinated with the cue (its
    // speaker's act), not part of what was said, when the content before
    // it is a noun phrase with no verb of its own.
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        if f.content.start < cue.end {
            continue;
        }
        let (ta, tb) = words_of(view, f.content);
        const FINITE: &[&str] = &[
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
            "should", "did", "does", "do",
        ];
        let Some(k) = (ta + 1..tb.saturating_sub(2)).find(|&k| {
            view.lw(k) == "," && matches!(view.lw(k + 1), "but" | "and") && FINITE.contains(&view.lw(k + 2))
        }) else {
            continue;
        };
        if (ta..k).any(|j| FINITE.contains(&view.lw(j)) || view.is_quote_mark(j) || view.lw(j) == "that") {
            continue;
        }
        f.content = view.span(ta, k);
    }
    // "Separate footage, said by officials to have been filmed by a drone,
    // appears to show …": a passive saying set off by commas ends at the
    // comma that closes it.
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        let (ca, cb) = words_of(view, cue);
        let n = view.words.len();
        if ca == 0 || cb >= n || f.content.start < cue.end {
            continue;
        }
        if view.lw(ca - 1) != ","
            || view.lw(cb) != "by"
            || !view.lw(cb - 1).ends_with("ed") && view.lw(cb - 1) != "said"
        {
            continue;
        }
        let (ta, tb) = words_of(view, f.content);
        let mut tb = tb;
        if let Some(c) = (ta + 1..tb).find(|&k| view.lw(k) == ",") {
            f.content = view.span(ta, c);
            tb = c;
        }
        // What is said is of the noun phrase the clause is set off from:
        // "[Separate footage], said by officials [to have been filmed by a
        // drone]" says the footage was filmed by a drone, so the content
        // starts at that phrase (and holds the source and cue between).
        let infinitive = (ta.max(cb)..tb).find(|&k| view.lw(k) == "to");
        if ta >= cb && infinitive.is_some_and(|t| (cb..t).all(|k| !view.words[k].punct)) {
            let sa = view.sents[view.words[ca].sent].0;
            let np = (sa..ca - 1).rev().take_while(|&k| !view.words[k].punct).last();
            if let Some(a) = np
                && a < ca - 1
                && ca - 1 - a <= 6
                && (a == sa || view.lw(a - 1) == ",")
                && (a..ca - 1).all(|k| !FUNCTION.contains(&view.lw(k)) || ARTICLES.contains(&view.lw(k)))
            {
                f.content = view.span(a, tb);
            }
        }
    }
    // A content that opens with its own source after its cue ("Said Ellis:
    // “…”"): what is said follows the source.
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && cue.end <= src.start
            && f.content.start >= cue.end
            && f.content.start <= src.start
            && src.end < f.content.end
        {
            let (_, sb) = words_of(view, src);
            let (_, tb) = words_of(view, f.content);
            let mut a = sb;
            while a < tb && view.words[a].punct && !view.is_quote_mark(a) {
                a += 1;
            }
            if (a..tb).any(|k| !view.words[k].punct) {
                f.content = Span::new(view.words[a].span.start, f.content.end);
            }
        }
    }
    // The subject of a passive cue is no speaker ("Mr. Quiros was accused
    // of using …", "He has been harshly criticized for …").
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && src.end <= cue.start
            && (passive_cue(view, words_of(view, cue)) || reduced_relative(view, words_of(view, cue)))
        {
            f.source = None;
        }
    }
    // A participle after a comma whose source follows it ("…, referring to
    // [the country's official name]") has taken its object: the speaker is
    // the clause's, found below. "…, citing X" names its source after it.
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && src.start >= cue.end
        {
            let (ca, _) = words_of(view, cue);
            let w = view.lw(ca);
            if ca > 0
                && view.lw(ca - 1) == ","
                && w.ends_with("ing")
                && !view.words[ca].cap
                && !matches!(w, "citing" | "quoting" | "according")
            {
                f.source = None;
            }
        }
    }
    // A participle after a comma ("…, accusing them of …") is said by the
    // clause's subject, not by the object of the clause's verb ("expelled
    // [two attachés] on Friday, accusing"): such a source is cleared, and
    // the participle rule below finds the subject.
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && src.end <= cue.start
        {
            let (sa, _) = words_of(view, src);
            let (ca, _) = words_of(view, cue);
            let w = view.lw(ca);
            let participle = w.ends_with("ing") && !view.words[ca].cap && ca > 0 && view.lw(ca - 1) == ",";
            let object = sa > 0 && {
                let p = &view.words[sa - 1];
                p.sent == view.words[ca].sent
                    && !p.punct
                    && !p.cap
                    && (p.lower.ends_with("ed") || lexicon().deeds.contains(&p.lower))
                    && !matches!(p.lower.as_str(), "and" | "or" | "but" | "by")
            };
            if participle && object && view.words[sa].sent == view.words[ca].sent {
                f.source = None;
            }
        }
    }
    // A source inside the agent after a passive cue is that whole agent
    // ("has been endorsed by [dozens of] papers").
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && src.start >= cue.end
            && passive_cue(view, words_of(view, cue))
        {
            let (_, cb) = words_of(view, cue);
            let sb = view.sents[view.words[cb.min(view.words.len()) - 1].sent].1;
            if let Some((a, b)) = agent_after(view, cb, sb)
                && view.span(a, b).contains(src)
            {
                f.source = Some(view.span(a, b));
            }
        }
    }
    // A cue that opens with a subject pronoun ("it wants", "he says"): the
    // pronoun is the source.
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        let (ca, cb) = words_of(view, cue);
        if cb > ca + 1 && cb <= view.words.len() && matches!(view.lw(ca), "he" | "she" | "it" | "they" | "we" | "i") {
            f.source = Some(view.words[ca].span);
            f.cue = Some(view.span(ca + 1, cb));
        }
    }
    // A cue that now overlaps its source starts after it.
    for f in found.iter_mut() {
        if let (Some(src), Some(cue)) = (f.source, f.cue)
            && src.overlaps(cue)
        {
            let (_, sb) = words_of(view, src);
            let (_, cb) = words_of(view, cue);
            if sb < cb && cue.start >= src.start {
                f.cue = Some(view.span(sb, cb));
            } else {
                f.source = None;
            }
        }
    }
    // A cue that begins with the noun of its source ("The BIS statement
    // referred to"): the noun goes back to the source.
    for f in found.iter_mut() {
        let Some(cue) = f.cue else { continue };
        if f.source.is_some() {
            continue;
        }
        let (ca, cb) = words_of(view, cue);
        if cb <= ca + 1 || ca >= view.words.len() {
            continue;
        }
        let Some(v) = (ca + 1..cb).find(|&k| {
            !view.words[k].cap && !nounish(view, k) && !FUNCTION.contains(&view.lw(k)) && !view.words[k].punct
        }) else {
            continue;
        };
        if !(ca..v).all(|k| nounish(view, k) && !view.words[k].cap) {
            continue;
        }
        let sa = view.sents[view.words[ca].sent].0;
        if let Some((a, _)) = subject_before(view, sa, ca).or(Some((ca, ca))) {
            f.source = Some(view.span(a, v));
            f.cue = Some(view.span(v, cb));
        }
    }
    // "The harbour master, questioned by police on Monday, denied …": the
    // agent of a passive participle set off by commas is no speaker of the
    // verb after the clause; the subject before it is.
    for f in found.iter_mut() {
        let (Some(src), Some(cue)) = (f.source, f.cue) else { continue };
        let (sa, _) = words_of(view, src);
        let (ca, _) = words_of(view, cue);
        if sa < 3 || ca == 0 || ca >= view.words.len() || src.end > cue.start || view.lw(ca - 1) != "," {
            continue;
        }
        let (by, part) = (sa - 1, sa - 2);
        if view.lw(by) != "by" || !view.lw(part).ends_with("ed") || view.words[part].cap || view.lw(part - 1) != "," {
            continue;
        }
        let sent_start = view.sents[view.words[ca].sent].0;
        if let Some((a, b)) = subject_before(view, sent_start, ca) {
            f.source = Some(view.span(a, b));
        }
    }
    // "Dr. Ilse Tamm, who as a navy captain was the doctor of the fleet,
    // said …": a source inside a relative clause set off by commas between
    // the subject and the cue is a phrase of that clause; the speaker is
    // the subject before it.
    for f in found.iter_mut() {
        let (Some(src), Some(cue)) = (f.source, f.cue) else { continue };
        if src.end > cue.start {
            continue;
        }
        let (ssa, _) = words_of(view, src);
        let (ca, _) = words_of(view, cue);
        if ca >= view.words.len() || ssa >= ca {
            continue;
        }
        let sent_start = view.sents[view.words[ca].sent].0;
        let mut k = ca;
        while k > sent_start && BETWEEN.contains(&view.lw(k - 1)) {
            k -= 1;
        }
        if k <= sent_start + 3 || view.lw(k - 1) != "," || view.words[ssa].sent != view.words[ca].sent {
            continue;
        }
        let Some(r) =
            (sent_start + 2..=ssa).rev().find(|&r| matches!(view.lw(r), "who" | "which") && view.lw(r - 1) == ",")
        else {
            continue;
        };
        if r == ssa {
            continue;
        }
        if let Some((a, b)) = subject_before(view, sent_start, r - 1) {
            f.source = Some(view.span(a, b));
        }
    }
    let n = found.len();
    // "X said C, and warned that D": the second verb's speaker is X, not a
    // phrase of C.
    for i in 0..n {
        let Some(cue) = found[i].cue else { continue };
        let (ca, _) = words_of(view, cue);
        let mut k = ca;
        while k > 0 && (BETWEEN.contains(&view.lw(k - 1)) || adverb(view.lw(k - 1))) {
            k -= 1;
        }
        if k == 0 || view.lw(k - 1) != "and" || ca >= view.words.len() {
            continue;
        }
        let sent = view.words[ca].sent;
        let first = (0..n)
            .filter(|&j| j != i)
            .filter(|&j| {
                found[j].content.end <= cue.start
                    && found[j].cue.is_some_and(|c| c.end <= found[j].content.start)
                    && found[j].content.start < view.words[k - 1].span.start
                    && view.words[words_of(view, found[j].content).0.min(view.words.len() - 1)].sent == sent
                    && found[i].source.is_none_or(|s| found[j].content.contains(s))
            })
            .filter_map(|j| Some((found[j].content, found[j].source?)))
            .max_by_key(|(c, _)| c.end);
        if let Some((_, s)) = first {
            found[i].source = Some(s);
        }
    }
    for i in 0..n {
        if found[i].source.is_some() {
            continue;
        }
        let Some(cue) = found[i].cue else { continue };
        let (ca, cb) = words_of(view, cue);
        if ca >= view.words.len() || ca >= cb {
            continue;
        }
        let si = view.words[ca].sent;
        let (sa, sb, _) = view.sents[si];
        let first = view.lw(ca);
        let participle = first.ends_with("ing") && !view.words[ca].cap;
        let source = if participle && ca > sa && view.lw(ca - 1) == "," {
            // ", accusing them of …": the main clause's subject, the source
            // of the saying before it in the sentence, or else the subject
            // that opens the sentence.
            let before = (0..n)
                .filter(|&j| j != i)
                .filter_map(|j| Some((found[j].cue?, found[j].source?)))
                .filter(|(c, s)| c.end <= cue.start && s.start >= view.words[sa].span.start)
                .max_by_key(|(c, _)| c.start)
                .map(|(_, s)| s);
            before.or_else(|| {
                // Past an article that opens the sentence ("The Latvian
                // government expelled …").
                let from = if DETERMINERS.contains(&view.lw(sa)) { sa + 1 } else { sa };
                let end = (from..ca).find(|&k| !nounish(view, k) && !matches!(view.lw(k), "'s" | "’s"))?;
                subject_before(view, sa, end).map(|(a, b)| view.span(a, b))
            })
        } else if ca == sa && view.words[ca].cap && (first.ends_with("ed") || first.ends_with("ing")) {
            // "Asked whether …, he said …": the question was put to the
            // next speaker by someone the text does not name; the speaker
            // did not say what the question asks.
            None
        } else if !passive(view, (ca, cb))
            && !reduced_relative(view, (ca, cb))
            && !view.words[ca].cap
            && !lexicon().nominals.contains_key(first)
        {
            subject_before(view, sa, ca)
                .or_else(|| it_before(view, sa, ca))
                .or_else(|| relative_before(view, sa, ca))
                .map(|(a, b)| view.span(a, b))
        } else if passive_cue(view, (ca, cb)) {
            // "has been endorsed by dozens of papers": the agent.
            agent_after(view, cb, sb).map(|(a, b)| view.span(a, b))
        } else {
            None
        };
        let source = source.or_else(|| missing_subject(view, found, i, (ca, cb), sa).map(|(a, b)| view.span(a, b)));
        found[i].source = source;
    }
    hedged_noun_phrases(view, found);
}

/// Past forms that do not end in -ed, for finding a clause's verb.
const IRREGULAR_PAST: &[&str] = &[
    "made", "took", "gave", "went", "came", "met", "held", "left", "sent", "told", "said", "won", "lost", "got", "put",
    "set", "led", "ran", "saw", "knew", "felt", "kept", "began", "became", "found", "spoke", "wrote", "thought",
    "brought", "stood", "struck", "drew", "threw", "sought",
];

/// Whether word `k` can be the verb that follows a clause's subject: an
/// auxiliary, a form of *be*, a cue verb of the lexicon, a verb of a deed or
/// a past form.
fn verb_after_subject(view: &View, k: usize) -> bool {
    let w = &view.words[k];
    let lw = w.lower.as_str();
    if w.punct || w.cap {
        return false;
    }
    BETWEEN.contains(&lw)
        || matches!(lw, "is" | "are" | "was" | "were")
        || lexicon().verbs.contains_key(lw)
        || lexicon().deeds.contains(lw)
        || IRREGULAR_PAST.contains(&lw)
        || (lw.len() > 4 && lw.ends_with("ed") && !lw.ends_with("eed"))
}

/// The subject of the nearest clause that ends before word `end` in the
/// sentence starting at `sa`: the last noun phrase that opens a clause (at
/// the sentence's start, after a comma, or after ", and" / ", but") and is
/// followed by its verb. "The council condemned the test on Friday and
/// [pledged]" gives "The council"; "…, and she becomes upset, [shouting]"
/// gives "she".
fn clause_subject(view: &View, sa: usize, end: usize) -> Option<(usize, usize)> {
    (sa + 1..end)
        .rev()
        .filter(|&e| verb_after_subject(view, e) && !verb_after_subject(view, e - 1))
        .filter_map(|e| {
            // A clause opened by ", and" or ", but" starts after it.
            let from = (sa + 2..e)
                .rev()
                .find(|&k| matches!(view.lw(k - 1), "and" | "but") && view.lw(k - 2) == ",")
                .unwrap_or(sa);
            subject_before(view, from, e)
        })
        // A phrase that holds a verb of its own ("The envoy answered the
        // protest" before "note") is no subject.
        .find(|&(a, b)| (a..b).all(|j| !verb_after_subject(view, j) || lexicon().verbs.contains_key(view.lw(j))))
}

/// The speaker of a saying whose verb has no subject of its own (after the
/// source rules above found none): a verb coordinated with the clause before
/// it ("… on Friday and [pledged] to …", "… but has [said] …"), a participle
/// after an adverb and a comma (", even [suggesting]") or after a
/// preposition of manner or time ("by [saying]", "while [insisting]"). Its
/// speaker is that clause's subject, or the source of the saying before it
/// in the sentence for a participle. A clause of its own after ", and"
/// ("…, and officials [said]") keeps its own subject.
fn missing_subject(
    view: &View,
    found: &[Found],
    i: usize,
    (ca, cb): (usize, usize),
    sa: usize,
) -> Option<(usize, usize)> {
    if ca <= sa || view.words[ca].cap {
        return None;
    }
    // ", and officials said": the subject right after ", and".
    let own = (sa + 2..ca)
        .rev()
        .find(|&k| matches!(view.lw(k - 1), "and" | "but") && view.lw(k - 2) == ",")
        .and_then(|from| subject_before(view, from, ca));
    if own.is_some() {
        return own;
    }
    let mut k = ca;
    while k > sa
        && (BETWEEN.contains(&view.lw(k - 1)) || adverb(view.lw(k - 1)) || matches!(view.lw(k - 1), "even" | "perhaps"))
    {
        k -= 1;
    }
    if k <= sa + 1 {
        return None;
    }
    let before = view.lw(k - 1);
    // The participle, past adverbs that open the cue ("even suggesting").
    let mut v = ca;
    while v + 1 < cb && (adverb(view.lw(v)) || matches!(view.lw(v), "even" | "perhaps" | "also")) {
        v += 1;
    }
    let participle = view.lw(v).ends_with("ing") && (ca..cb).all(|j| !view.words[j].cap);
    if matches!(before, "and" | "but") && !passive(view, (ca, cb)) && !reduced_relative(view, (ca, cb)) {
        return clause_subject(view, sa, k - 1);
    }
    let set_off = before == "," && (k < ca || v > ca);
    if participle && (set_off || matches!(before, "by" | "while" | "after" | "before" | "when" | "without")) {
        let cue = view.span(ca, cb);
        let earlier = (0..found.len())
            .filter(|&j| j != i)
            .filter_map(|j| Some((found[j].cue?, found[j].source?)))
            .filter(|(c, s)| c.end <= cue.start && s.start >= view.words[sa].span.start)
            .max_by_key(|(c, _)| c.start)
            .map(|(_, s)| words_of(view, s));
        return earlier.or_else(|| clause_subject(view, sa, k - 1));
    }
    None
}

/// A content without the dateline that opens it ("MANILA — A Chinese
/// vessel …", "HELSINKI, Jan 14 (Baltic Wire) – Finnish authorities …"): a
/// word in capitals, then only names, numbers and punctuation up to a dash.
fn without_dateline(view: &View, content: Span) -> Span {
    let (a, b) = words_of(view, content);
    if a >= b || b > view.words.len() {
        return content;
    }
    let first = view.text(view.words[a].span);
    if first.chars().count() < 3 || !first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
        return content;
    }
    for k in a + 1..b.min(a + 12) {
        let w = &view.words[k];
        let t = view.text(w.span);
        if matches!(t, "\u{2014}" | "\u{2013}" | "-" | "--") {
            return if k + 1 < b { Span::new(view.words[k + 1].span.start, content.end) } else { content };
        }
        if !(w.cap || w.punct || t.chars().all(|c| c.is_ascii_digit())) {
            return content;
        }
    }
    content
}

/// Removes attributions that are no sayings, keeping the indices between
/// the rest (`forced_parent`, `continued_from`) right.
fn drop_non_sayings(view: &View, found: &mut Vec<Found>) {
    let para = |at: usize| view.doc.sentence_at(at).map(|k| view.doc.sentences[k].paragraph);
    // A content without a cue, not a quote, given to the speaker of an
    // attribution in another paragraph: nothing ties it to that speaker, so
    // it keeps no source (dropping it would cost PolNeAR content recall;
    // without a source it gains whole-attribution F1).
    // Likewise one that starts in the middle of a sentence, words after the
    // content it would continue ("… that attack, but a video published by
    // the [Ukrainian navy shows …]").
    let sent = |at: usize| view.doc.sentence_at(at);
    let mid = |at: usize| sent(at).is_some_and(|k| view.doc.sentences[k].span.start < at);
    let stray = |f: &Found| {
        f.cue.is_none()
            && f.kind != AttributionKind::Direct
            && f.continued_from.and_then(|p| found.get(p)).is_some_and(|b| {
                let end = b.content.end.saturating_sub(1);
                let (_, be) = words_of(view, b.content);
                let (fa, _) = words_of(view, f.content);
                let gap = (be..fa).filter(|&k| !view.words[k].punct).count();
                para(end) != para(f.content.start) || (mid(f.content.start) && gap >= 2)
            })
    };
    let strays: Vec<bool> = found.iter().map(stray).collect();
    // A stray that starts inside a noun phrase ("a video published by the
    // [Ukrainian navy shows …]", "a [cleared hardstand …]") or is the
    // infinitive of a passive hedge ("is expected [to decide …]") is a piece
    // of the author's sentence, not anyone's saying.
    let broken: Vec<bool> = found
        .iter()
        .zip(&strays)
        .map(|(f, &s)| {
            let (fa, _) = words_of(view, f.content);
            (s || (f.cue.is_none() && f.kind != AttributionKind::Direct && view.quote_at(f.content.start).is_none()))
                && fa > 0
                && fa < view.words.len()
                && mid(f.content.start)
                && ((view.lw(fa) == "to"
                    && matches!(view.lw(fa - 1), "expected" | "believed" | "thought" | "likely" | "unlikely"))
                    // Right after a preposition: a noun phrase, no
                    // proposition ("requests for [comment from …]").
                    || (f.cue.is_none() && PREPOSITIONS.contains(&view.lw(fa - 1)))
                    || {
                        // What an item of evidence shows, in its sentence.
                        let sa = view.sents[view.words[fa].sent].0;
                        let (_, tb) = words_of(view, f.content);
                        (sa..tb).any(|k| shown_by_item(view, k))
                    })
        })
        .collect();
    for (f, s) in found.iter_mut().zip(strays) {
        if s {
            f.source = None;
            f.continued_from = None;
            f.act = SpeechAct::Other;
            f.lemma.clear();
        }
    }
    let keep: Vec<bool> = found.iter().zip(&broken).map(|(f, &b)| !b && !no_saying(view, f)).collect();
    if keep.iter().all(|k| *k) {
        return;
    }
    let mut new_index = Vec::with_capacity(keep.len());
    let mut n = 0;
    for k in &keep {
        new_index.push(k.then_some(n));
        n += usize::from(*k);
    }
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    for f in found.iter_mut() {
        f.forced_parent = f.forced_parent.and_then(|p| new_index.get(p).copied().flatten());
        f.continued_from = f.continued_from.and_then(|p| new_index.get(p).copied().flatten());
    }
}

/// Whether a word names an item offered as proof that can be seen or
/// touched (the physical and imagery nouns of `data/evidence.tsv`: "video",
/// "photographs", "fragments").
fn evidence_word(w: &str) -> bool {
    lexicon().evidence.iter().any(|(phrase, kind)| {
        matches!(kind, EvidenceKind::Physical | EvidenceKind::Imagery) && phrase.last().is_some_and(|p| p == w)
    })
}

/// Whether word `k` is a form of "show" whose subject, back to the start
/// of its clause, names an item of evidence ("Video released by the coast
/// guard shows", "Satellite images taken on Monday … show").
fn shown_by_item(view: &View, k: usize) -> bool {
    if k >= view.words.len() || !matches!(view.lw(k), "show" | "shows" | "showed" | "shown" | "showing") {
        return false;
    }
    let sent_start = view.sents[view.words[k].sent].0;
    let mut j = k;
    while j > sent_start && k - j < 16 && !matches!(view.lw(j - 1), "," | ";" | ":" | "(" | "that") {
        j -= 1;
    }
    (j..k).any(|i| evidence_word(view.lw(i)))
}

/// Objects and results that make a verb of attack a deed of force: posts,
/// camps and settlements, and the participles that count its victims.
const FORCE_OBJECTS: &[&str] = &[
    "base",
    "bases",
    "outpost",
    "outposts",
    "checkpoint",
    "checkpoints",
    "barracks",
    "convoy",
    "convoys",
    "patrol",
    "patrols",
    "garrison",
    "village",
    "villages",
    "camp",
    "camps",
    "killing",
    "killed",
    "wounding",
    "wounded",
    "injuring",
];

/// Ordinal adjectives, which never make a cue alone.
const ORDINALS: &[&str] =
    &["first", "second", "third", "fourth", "fifth", "last", "next", "final", "latest", "initial"];

/// Weapons whose use makes a verb of attack a deed.
const WEAPON_WORDS: &[&str] = &[
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "artillery",
    "shells",
    "bombs",
    "mortar",
    "mortars",
    "airstrikes",
    "warplanes",
    "jets",
    "tanks",
    "gunfire",
    "grenades",
];

/// "said after a meeting of their ministers in Addis Ababa on Sunday that
/// they agreed …": a content right after its cue that opens with a
/// preposition of time or circumstance and reaches a "that" within its
/// clause (no comma, no quote before it) starts at that "that"; the
/// adjunct tells when the saying was made.
fn past_adjunct(view: &View, cue: Option<Span>, content: Span) -> Span {
    let Some(cue) = cue else { return content };
    let (_, cb) = words_of(view, cue);
    let (ta, tb) = words_of(view, content);
    if ta != cb || ta >= tb || tb > view.words.len() {
        return content;
    }
    if !matches!(view.lw(ta), "after" | "before" | "during" | "following" | "at" | "on" | "in") {
        return content;
    }
    for k in ta + 1..tb.min(ta + 16) {
        let w = view.lw(k);
        // (a clause of its own comes first: "said on Friday it had opened an
        // inquiry into reports that …")
        if view.words[k].punct
            || view.in_quote(k)
            || PRONOUNS.contains(&w)
            || CLAUSE_AUX.contains(&w)
            || lexicon().verbs.contains_key(w)
            || lexicon().nominals.contains_key(w)
        {
            return content;
        }
        if w == "that" {
            return if k + 2 < tb { view.span(k, tb) } else { content };
        }
    }
    content
}

/// "it" and the auxiliaries that, with the personal pronouns, show words
/// to be a clause of their own.
const CLAUSE_AUX: &[&str] = &[
    "it", "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should",
    "did", "does", "do",
];

/// Nouns for ships and aircraft, which never head a cue.
const CRAFT_WORDS: &[&str] = &[
    "vessel",
    "vessels",
    "ship",
    "ships",
    "warship",
    "tanker",
    "frigate",
    "corvette",
    "destroyer",
    "submarine",
    "cutter",
    "boat",
    "aircraft",
    "jet",
    "helicopter",
    "drone",
];

/// Whether an attribution is no saying: a verb outside the cue lexicon whose
/// content is a lone "that" (a demonstrative object: "should remember that,
/// and …"); a content that gives the terms of speaking ("spoke on condition
/// of anonymity", which PolNeAR does not annotate); a content that only says where ("call at Constanţa"); or a cue
/// that is a participle outside the lexicon modifying the noun after it
/// ("and charred metal", "in Odesa twisted fragments") or set off by commas
/// after a noun ("His video, widely shared online, shows …").
fn no_saying(view: &View, f: &Found) -> bool {
    let Some(cue) = f.cue else { return false };
    let (ca, cb) = words_of(view, cue);
    let (ta, tb) = words_of(view, f.content);
    let n = view.words.len();
    if ca >= cb || cb > n || ta >= tb || tb > n {
        return false;
    }
    let lex = |k: usize| lexicon().verbs.contains_key(view.lw(k)) || lexicon().nominals.contains_key(view.lw(k));
    let content_words: Vec<usize> = (ta..tb).filter(|&k| !view.words[k].punct).collect();
    // A verb of a material act outside the lexicon ("expelled two
    // attachés", "imposed sanctions on"): a deed the author reports.
    let act_verb = |k: usize| lexicon().act_verbs.contains_key(view.lw(k));
    if (ca..cb).any(|k| lexicon().deeds.contains(view.lw(k))) && !(ca..cb).any(|k| lex(k) || act_verb(k)) {
        return true;
    }
    // A verb of attack with weapons in its object ("attacked Odesa with
    // drones"): force, not the criticism "attacked" often is in PolNeAR.
    let attack = |k: usize| {
        let w = view.lw(k);
        w.starts_with("attack") || matches!(w, "struck" | "strikes" | "hit" | "hits" | "targeted" | "pounded")
    };
    if (ca..cb).any(attack) && !(ca..cb).any(lex) && content_words.iter().any(|&k| WEAPON_WORDS.contains(&view.lw(k))) {
        return true;
    }
    // The same verb with a military post or a settlement as its object, or
    // followed by the dead and wounded ("attacked an army base in Cauca,
    // killing two soldiers"): one criticises people and policies, not bases.
    if (ca..cb).any(attack)
        && !(ca..cb).any(lex)
        && f.kind != AttributionKind::Direct
        && content_words.iter().take(8).any(|&k| FORCE_OBJECTS.contains(&view.lw(k)))
    {
        return true;
    }
    // A cue that is only an ordinal ("A first contingent of soldiers
    // arrived"): the tagger's slip on a sentence opening; nobody speaks.
    if (ca..cb).all(|k| ORDINALS.contains(&view.lw(k))) {
        return true;
    }
    // "blame" right after a verb that takes it as its object is that noun:
    // "want to avoid blame for failure", "shifted blame" (here, after the
    // combination, so that the rules' tags the tagger learns from stay as
    // they are)
    if cb == ca + 1
        && view.lw(ca) == "blame"
        && ca > 0
        && matches!(
            view.lw(ca - 1),
            "avoid"
                | "avoided"
                | "avoiding"
                | "deflect"
                | "deflected"
                | "shift"
                | "shifted"
                | "escape"
                | "escaped"
                | "accept"
                | "accepted"
                | "shoulder"
                | "shouldered"
                | "share"
                | "shared"
                | "bear"
                | "bore"
                | "assign"
                | "apportion"
        )
    {
        return true;
    }
    // A cue ending in the noun for a ship or an aircraft ("escorted by the
    // offshore patrol vessel Selkämeri to …"): a craft says nothing.
    if !(ca..cb).any(lex) && CRAFT_WORDS.contains(&view.lw(cb - 1)) {
        return true;
    }
    // A lone demonstrative object of a verb outside the lexicon: after
    // the cue, before a comma or the end of the sentence.
    let ends_clause = |k: usize| {
        k + 1 >= n || view.words[k + 1].sent != view.words[k].sent || matches!(view.lw(k + 1), "," | ";" | ".")
    };
    if content_words.len() == 1
        && view.lw(content_words[0]) == "that"
        && ta >= cb
        && ends_clause(content_words[0])
        && !(ca..cb).any(lex)
        && f.kind != AttributionKind::Direct
    {
        return true;
    }
    // A noun phrase after a preposition that follows a cue with no verb of
    // the lexicon ("did not respond to requests for [comment from …]"): the
    // object of a preposition, not what was said.
    if ta == cb + 1
        && PREPOSITIONS.contains(&view.lw(cb))
        && !(ca..cb).any(|k| {
            // A verb of the lexicon that can take this content: not one
            // that needs "that", not a plural noun after a preposition or
            // an article ("to requests").
            let w = view.lw(k);
            let noun = w.ends_with('s') && k > 0 && matches!(view.lw(k - 1), "to" | "for" | "of" | "the" | "a" | "an");
            lexicon().verbs.get(w).is_some_and(|v| !v.needs_that) && !noun
        })
        && view.quote_at(f.content.start).is_none()
        && content_words.iter().all(|&k| {
            let w = view.lw(k);
            !matches!(w, "that" | "whether" | "if" | "how" | "why" | "what" | "to")
                && !BETWEEN.contains(&w)
                && !matches!(w, "is" | "are" | "was" | "were" | "be" | "been")
                && !lexicon().verbs.contains_key(w)
                && !w.ends_with("ed")
        })
    {
        return true;
    }
    // A passive hedge without a source ("Talks are expected to collapse"):
    // the certainty of the clause, which the content around it carries.
    if f.source.is_none() && cb < n && view.lw(cb) == "to" {
        let last = view.lw(cb - 1);
        let be = |k: usize| matches!(view.lw(k), "is" | "are" | "was" | "were" | "be" | "been" | "being");
        let before_last = (ca..cb - 1).any(be) || (ca > 0 && be(ca - 1));
        if before_last && matches!(last, "expected" | "believed" | "thought" | "likely" | "understood" | "unlikely") {
            return true;
        }
    }
    // An inquiry ("Investigators are examining whether the crew …"): an
    // open question under a verb of investigating reports no proposition.
    let stem = |k: usize| view.lw(k).trim_end_matches("ing").trim_end_matches("ed").trim_end_matches('s').to_string();
    let inquiry = |w: &str| {
        ["examin", "investigat", "prob", "stud", "studi", "review", "check", "explor", "inspect", "assess"].contains(&w)
    };
    if (ca..cb).any(|k| inquiry(&stem(k)))
        && !(ca..cb).any(lex)
        && matches!(view.lw(ta), "whether" | "if" | "how" | "why" | "who" | "what" | "when" | "where")
    {
        return true;
    }
    // A quarrel about a topic ("it is arguing about paperwork"): argued
    // over a noun phrase, with no clause of what was argued.
    let dispute = |w: &str| ["argu", "quarrel", "bicker", "wrangl", "squabbl", "feud"].contains(&w);
    let topic_start = if matches!(view.lw(cb - 1), "about" | "over") { Some(ta) } else { None }
        .or_else(|| matches!(view.lw(ta), "about" | "over").then_some(ta + 1));
    if let Some(t) = topic_start
        && (ca..cb).any(|k| dispute(&stem(k)))
        && (t..tb).all(|k| {
            let w = view.lw(k);
            let clause = matches!(
                w,
                "that"
                    | "whether"
                    | "how"
                    | "why"
                    | "what"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
                    | "does"
                    | "do"
            );
            let verb = lexicon().verbs.contains_key(w) && !view.words[k].cap;
            !clause && !verb
        })
    {
        return true;
    }
    // "who spoke on condition of anonymity, said …": the terms of the
    // saying, not what was said.
    let lead: Vec<&str> = content_words.iter().map(|&k| view.lw(k)).skip_while(|w| *w == "on").take(3).collect();
    if lead == ["condition", "of", "anonymity"] {
        return true;
    }
    // Only a place: a locative preposition (in lower case, after the cue)
    // and the name of a place, no date ("on Nov. 8").
    let in_place = |k: usize| {
        let at = view.words[k].span;
        view.doc.entities.iter().any(|e| {
            matches!(e.ty, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
                && e.mentions.iter().any(|m| m.span.contains(at))
        })
    };
    if let Some((&first, rest)) = content_words.split_first()
        && ta >= cb
        && matches!(view.lw(first), "at" | "in" | "near" | "off" | "outside")
        && !view.words[first].cap
        && !rest.is_empty()
        && rest.len() <= 4
        && rest.iter().all(|&k| in_place(k) || (view.words[k].cap && DETERMINERS.contains(&view.lw(k))))
    {
        return true;
    }
    // Only places listed words after the cue in its sentence ("agreed in
    // Havana … brokered by [Cuba and Norway]"): no saying. (Right after a
    // cue, a place may be the object of a stance: "support Russia".)
    if ta > cb + 3
        && view.words[ta].sent == view.words[ca].sent
        && content_words.iter().any(|&k| in_place(k))
        && content_words.iter().all(|&k| in_place(k) || matches!(view.lw(k), "and" | "or" | "the"))
    {
        return true;
    }
    // A participle outside the lexicon that modifies the noun before it,
    // with its agent after "by" ("a ceasefire, in [talks] brokered by
    // Cuba"): a reduced passive clause, not a saying of what precedes it.
    if cb == ca + 1
        && tb <= ca
        && cb < n
        && view.lw(cb) == "by"
        && view.lw(ca).ends_with("ed")
        && !lex(ca)
        && ca > 0
        && !view.words[ca - 1].punct
        && !view.words[ca - 1].cap
    {
        return true;
    }
    let sent_start = view.sents[view.words[ca].sent].0;
    // Evidence that shows something is no speaker ("Video released by the
    // coast guard shows …", "Photographs taken by residents show …"), nor
    // is showing things to someone a saying ("officials showed reporters
    // twisted fragments"): the sentence is the author's, and the item its
    // evidence.
    let head = (ca..cb).rev().find(|&k| !view.words[k].punct).unwrap_or(ca);
    if matches!(view.lw(head), "show" | "shows" | "showed" | "shown" | "showing") {
        let subject_is_item = f.source.is_some_and(|s| {
            let (sa, sb) = words_of(view, s);
            (sa..sb).any(|k| evidence_word(view.lw(k)))
        }) || shown_by_item(view, head);
        let clausal = content_words.iter().any(|&k| view.lw(k) == "that") || view.quote_at(f.content.start).is_some();
        let object_is_item = !clausal && content_words.iter().any(|&k| evidence_word(view.lw(k)));
        if subject_is_item || object_is_item {
            return true;
        }
    }
    // A plural noun read as a verb: after a preposition, an article or a
    // verb that takes it as object ("followed by talks on …", "prompted
    // calls in parliament for …"). Nominal cues ("his claims that") stay.
    let first = view.lw(ca);
    if ca > sent_start
        && first.ends_with('s')
        && !first.ends_with("ss")
        && !view.words[ca].cap
        && !lexicon().nominals.contains_key(first)
        && matches!(
            view.lw(ca - 1),
            "by" | "of"
                | "for"
                | "in"
                | "on"
                | "with"
                | "after"
                | "before"
                | "from"
                | "into"
                | "about"
                | "amid"
                | "despite"
                | "without"
                | "during"
                | "the"
                | "a"
                | "an"
                | "prompted"
                | "sparked"
                | "triggered"
                | "drew"
                | "fuelled"
                | "fueled"
                | "resumed"
                | "hosted"
                | "joined"
                | "attended"
        )
    {
        return true;
    }
    // "have offered survey | vessels to help": a cue outside the lexicon
    // that ends in the first word of its verb's object, the rest of that
    // noun phrase opening the content. A verb in -ed is followed by no bare
    // second verb, so the two words after it are a noun phrase, and what
    // the sentence says is the author's, not a saying.
    if cb >= ca + 2
        && ta == cb
        && !(ca..cb).any(lex)
        && f.kind != AttributionKind::Direct
        && view.quote_at(f.content.start).is_none()
    {
        let last = cb - 1;
        let verb = view.lw(last - 1);
        let bare = |k: usize| {
            let w = view.lw(k);
            !view.words[k].cap
                && w.chars().all(|c| c.is_alphabetic())
                && nounish(view, k)
                && !w.ends_with("ly")
                && !PARTICLES.contains(&w)
                && !NP_STOP.contains(&w)
        };
        if verb.len() > 3 && verb.ends_with("ed") && !view.words[last - 1].cap && bare(last) && bare(ta) {
            return true;
        }
    }
    // "should remember that, and decide whether …": a verb outside the
    // lexicon under a modal of obligation is what someone ought to do (the
    // author's advice), not anyone's saying; so is the verb coordinated
    // with such a verb group.
    if !(ca..cb).any(lex) && f.kind != AttributionKind::Direct {
        let deontic = |k: usize| matches!(view.lw(k), "should" | "must" | "ought");
        let mut k = ca;
        while k > sent_start && (BETWEEN.contains(&view.lw(k - 1)) || adverb(view.lw(k - 1))) {
            if deontic(k - 1) {
                return true;
            }
            k -= 1;
        }
        if (ca..cb).any(deontic) {
            return true;
        }
        if k > sent_start && view.lw(k - 1) == "and" {
            let from = (k - 1).saturating_sub(10).max(sent_start);
            if (from..k - 1).rev().take_while(|&j| !matches!(view.lw(j), ";" | ":")).any(deontic) {
                return true;
            }
        }
    }
    // ", questioned by police on Monday,": a passive participle set off by
    // commas whose content, up to the closing comma, is only its agent
    // describes the subject; it reports no saying.
    if cb == ca + 1
        && ca > sent_start
        && view.lw(ca - 1) == ","
        && view.lw(ca).ends_with("ed")
        && ta == cb
        && view.lw(ta) == "by"
    {
        let close = (ta..n.min(ta + 12)).find(|&k| view.lw(k) == "," || view.words[k].sent != view.words[ta].sent);
        if let Some(c) = close
            && view.lw(c) == ","
            && (ta..c).all(|k| !matches!(view.lw(k), "to" | "that") && !view.in_quote(k))
        {
            return true;
        }
    }
    // "every week of delay tells Moscow …": a span of time is no speaker;
    // what it "tells" is the author's reading.
    if let Some(src) = f.source {
        let (sa, sb) = words_of(view, src);
        let time = |k: usize| {
            matches!(
                view.lw(k),
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "hour"
                    | "hours"
                    | "minute"
                    | "minutes"
                    | "moment"
                    | "delay"
            )
        };
        if sb > sa && sb <= n && matches!(view.lw(sa), "every" | "each" | "another") && sa + 1 < sb && time(sa + 1) {
            return true;
        }
    }
    // "there is no evidence that …": a nominal cue denied by "no" with no
    // one holding it is the author's statement, not a saying.
    if f.source.is_none() && ca > sent_start && view.lw(ca - 1) == "no" && lexicon().nominals.contains_key(first) {
        return true;
    }
    // A participle outside the lexicon, alone as the cue.
    let verb = (ca..cb).rev().find(|&k| !view.words[k].punct).unwrap_or(ca);
    let lower = view.lw(verb);
    let aux_only = (ca..verb).all(|k| BETWEEN.contains(&view.lw(k)) || adverb(view.lw(k)));
    if !aux_only || verb != ca || view.words[verb].cap || !lower.ends_with("ed") || lex(verb) {
        return false;
    }
    let sent = view.words[verb].sent;
    let sa = view.sents[sent].0;
    // Set off by commas: ", (adverb) PARTICIPLE (up to three words) ,".
    let mut p = verb;
    while p > sa && adverb(view.lw(p - 1)) {
        p -= 1;
    }
    let comma_before = p > sa && view.lw(p - 1) == ",";
    let comma_after =
        (verb + 1..(verb + 5).min(n)).take_while(|&k| view.words[k].sent == sent).any(|k| view.lw(k) == ",");
    // The content may lie after the phrase or before it ("…." His video,
    // widely shared online, shows …): either way the participle says nothing.
    if comma_before && comma_after && (ta > verb + 1 || (tb <= p)) {
        return true;
    }
    // Modifying the bare noun that opens the content.
    // The noun may be left out of the content, which then starts with its
    // complement ("in Odesa twisted fragments [of the casings]").
    let next = verb + 1;
    let opens = ta == next || (ta == next + 1 && view.lw(ta) == "of");
    if next >= n || !opens || !nounish(view, next) || view.words[next].cap {
        return false;
    }
    if p == sa {
        return false;
    }
    let prev = view.lw(p - 1);
    let after_name_in_phrase = {
        let mut q = p;
        while q > sa && view.words[q - 1].cap && !view.words[q - 1].punct {
            q -= 1;
        }
        q < p
            && q > sa
            && matches!(view.lw(q - 1), "in" | "at" | "on" | "near" | "from" | "of" | "with" | "by" | "into")
    };
    matches!(prev, "and" | "or")
        || (prev.ends_with("ed") && !view.words[p - 1].cap)
        || DETERMINERS.contains(&prev)
        || after_name_in_phrase
}

/// Whether words `a..b` are a comment on a quotation just before them: a
/// non-restrictive "which is/was …", or a noun phrase with a relative
/// clause ("a line that needs no translation"), with no quote of its own.
fn comments_on_quote(view: &View, a: usize, b: usize) -> bool {
    if a + 2 > b || (a..b).any(|k| view.is_quote_mark(k)) {
        return false;
    }
    match view.lw(a) {
        "which" => matches!(view.lw(a + 1), "is" | "was"),
        "a" | "an" => {
            (a + 2..b.min(a + 6)).any(|k| matches!(view.lw(k), "that" | "which"))
                && (a + 1..b.min(a + 6))
                    .take_while(|&k| !matches!(view.lw(k), "that" | "which"))
                    .all(|k| !view.words[k].punct)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_words_are_not_sources() {
        for w in ["later", "and", "the", "widely"] {
            assert!(TRAILING.contains(&w) || w.ends_with("ly"), "{w}");
        }
    }
}
