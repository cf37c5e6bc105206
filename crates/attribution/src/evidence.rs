//! Evidence items: things offered as proof, found by their nouns.
//!
//! An item is the evidence noun phrase ("satellite images", "more than forty
//! fragments", "the intercepted communications") in a body sentence; only
//! its first mention becomes an item, since "the images" later on is the
//! same item. Its location is a place named after a locative preposition in
//! the same sentence ("near Warsaw", "outside Stare Lipiny"), its date the
//! first DATE/TIME timex of the sentence. Witness testimony is recognised
//! from the attribution rules (a quoted speaker introduced with an age,
//! "said Zofia Kmieć, 67") as well as from words ("witnesses said"). An item
//! supports the claims that contain it when its sentence has a linking verb
//! ("show", "point", "indicate", "prove"), which is how the text makes the
//! link explicit.

use crate::lexicon::lexicon;
use crate::rules::Found;
use crate::text::View;
use dossier_model::{Claim, Document, EntityType, Evidence, EvidenceKind, Span, TimexType};

const LINKING: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "point",
    "points",
    "pointed",
    "indicate",
    "indicates",
    "indicated",
    "suggest",
    "suggests",
    "suggested",
    "prove",
    "proves",
    "proved",
    "confirm",
    "confirms",
    "confirmed",
    "reveal",
    "reveals",
    "revealed",
    "support",
    "supports",
    "link",
    "links",
    "linked",
    "referred",
    "tie",
    "ties",
    "tied",
    "traced",
];

const LOCATIVE: &[&str] = &["near", "in", "at", "outside", "off", "from", "of", "around", "inside", "beside", "by"];

const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "by", "with", "from", "that", "which", "his", "her",
    "its", "their", "our", "this", "these", "those", "what", "is", "was", "were", "are", "had", "has", "have", "be",
    "been", "no", "not",
];

pub fn find(view: &View, found: &[Found], claims: &[Claim], doc: &Document) -> Vec<Evidence> {
    let lex = lexicon();
    let mut items: Vec<(EvidenceKind, Span, String)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for &(a, b, body) in &view.sents {
        if !body {
            continue;
        }
        let mut i = a;
        while i < b {
            let mut hit = None;
            for (phrase, kind) in &lex.evidence {
                let n = phrase.len();
                if i + n <= b && (0..n).all(|k| view.lw(i + k) == phrase[k]) {
                    hit = Some((n, *kind));
                    break;
                }
            }
            // A phrase that is an item only in a list with another item
            // ("… server logs, samples of the malicious code and
            // “communications between the operators”"): the item before it
            // in this sentence, with only noun-phrase words, commas and
            // "and" between, and "and" or a comma right before it.
            if hit.is_none() {
                for (phrase, kind) in &lex.listed_evidence {
                    let n = phrase.len();
                    if i + n <= b && (0..n).all(|k| view.lw(i + k) == phrase[k]) && listed(view, a, i, &items) {
                        hit = Some((n, *kind));
                        break;
                    }
                }
            }
            let Some((n, kind)) = hit else {
                i += 1;
                continue;
            };
            // A verb use ("they would report", "to document") is not an item.
            if n == 1
                && i > a
                && matches!(
                    view.lw(i),
                    "report" | "document" | "record" | "records" | "film" | "witness" | "draft" | "email" | "logs"
                )
                && matches!(
                    view.lw(i - 1),
                    "would"
                        | "will"
                        | "to"
                        | "they"
                        | "we"
                        | "he"
                        | "she"
                        | "it"
                        | "could"
                        | "may"
                        | "can"
                        | "should"
                        | "i"
                )
            {
                i += n;
                continue;
            }
            // Evidence said to be missing is no item: "without testimony
            // from the crew", "no video of the launch", "a lack of data".
            let absent = (i.saturating_sub(3).max(a)..i).rev().take_while(|&k| !view.words[k].punct).any(|k| {
                matches!(view.lw(k), "without" | "no" | "lack" | "absence" | "lacking" | "lacks")
                    && (k + 1..i).all(|j| !matches!(view.lw(j), "and" | "or" | "but" | "that" | "which"))
            });
            if absent {
                i += n;
                continue;
            }
            let key = view.lw(i + n - 1).trim_end_matches('s').to_string();
            if seen.contains(&key) {
                i += n;
                continue;
            }
            seen.push(key);
            // Modifiers before the noun, and an "of" complement after it.
            let mut s = i;
            while s > a
                && s + 3 > i
                && !view.words[s - 1].punct
                && !STOP.contains(&view.lw(s - 1))
                && view.in_quote(s - 1) == view.in_quote(i)
            {
                let lw = view.lw(s - 1);
                // A participle is a modifier only right after a determiner ("an altered logbook").
                let after_det = s >= a + 2 && matches!(view.lw(s - 2), "a" | "an" | "the");
                // Only adjective-like words and names extend the item
                // ("surveillance photographs", "Shahed-136 fragments"), not
                // verbs or adverbs ("cites server logs", "highly unlikely").
                let w = &view.words[s - 1];
                let adjective =
                    ["al", "ic", "ive", "ous", "ary", "ent", "ant", "ful", "ile"].iter().any(|x| lw.ends_with(x))
                        || (lw.ends_with("ed") && after_det)
                        || lw.starts_with("intercept")
                        || matches!(
                            lw,
                            "shallow"
                                | "large"
                                | "small"
                                | "burnt"
                                | "new"
                                | "surveillance"
                                | "bank"
                                | "server"
                                | "sonar"
                                | "drone"
                                | "missile"
                                | "satellite"
                                | "radar"
                                | "seabed"
                                | "shell"
                                | "more"
                                | "than"
                                | "forty"
                                | "several"
                                | "two"
                                | "three"
                        );
                if (!adjective && !w.cap) || lw.ends_with("ly") || lexicon().verbs.contains_key(lw) {
                    break;
                }
                s -= 1;
            }
            let mut e = i + n;
            // An "of" complement, or the one a phrase ending in a
            // preposition opens ("communications between [the operators]").
            let opens = view.lw(i + n - 1) == "between";
            if view.lw(e) == "of" || opens {
                let mut k = if opens { e } else { e + 1 };
                // A plural possessive stays inside ("of the missiles' casings").
                let possessive = |k: usize| {
                    matches!(view.lw(k), "'" | "\u{2019}")
                        && view.lw(k - 1).ends_with('s')
                        && view.words[k - 1].span.end == view.words[k].span.start
                        && k + 1 < b
                        && !view.words[k + 1].punct
                };
                while k < b
                    && k < e + 6
                    && (!view.words[k].punct || possessive(k))
                    && !matches!(
                        view.lw(k),
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "had"
                            | "that"
                            | "which"
                            | "and"
                            | "or"
                            | "but"
                            | "near"
                            | "in"
                            | "at"
                            | "on"
                            | "from"
                            | "outside"
                            | "off"
                            | "by"
                            | "to"
                            | "with"
                    )
                {
                    k += 1;
                }
                if k > e + 1 {
                    e = k;
                }
            }
            items.push((kind, view.span(s, e), String::new()));
            i += n;
        }
    }
    for f in found.iter().filter(|f| f.witness && f.continued_from.is_none()) {
        let span = f.source.unwrap_or(f.content);
        items.push((EvidenceKind::Testimony, Span::new(f.content.start, span.end.max(f.content.end)), String::new()));
    }
    items.sort_by_key(|x| x.1.start);
    let mut out = Vec::new();
    for (kind, span, _) in items {
        let Some(si) = doc.sentence_at(span.start) else { continue };
        let sent = doc.sentences[si].span;
        let (sa, sb, _) = view.sents[si];
        let location = location(view, doc, sa, sb);
        let date = doc
            .timexes
            .iter()
            .find(|t| matches!(t.ty, TimexType::Date | TimexType::Time) && sent.contains(t.span))
            .map(|t| t.value.clone());
        let linking = (sa..sb).any(|k| LINKING.contains(&view.lw(k)));
        let supports = if linking {
            claims
                .iter()
                .filter(|c| c.span.contains(span) || (c.span.overlaps(sent) && !c.span.overlaps(span)))
                .map(|c| c.id.clone())
                .collect()
        } else {
            Vec::new()
        };
        let description = format!("{}: {}", kind.as_str(), view.text(span).trim_matches(['"', '“', '”']));
        out.push(Evidence { id: String::new(), kind, span, description, location, date, supports });
    }
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("v{}", i + 1);
    }
    out
}

/// Whether the words before `i` (sentence from `a`) list it with the last
/// item found: that item lies in this sentence, only words of a noun
/// phrase, commas, quote marks and "and" come between, and "and" or a
/// comma (perhaps with a quote mark or article) comes right before `i`.
fn listed(view: &View, a: usize, i: usize, items: &[(EvidenceKind, Span, String)]) -> bool {
    let Some((_, last, _)) = items.last() else { return false };
    let start = view.words[a].span.start;
    if last.start < start {
        return false;
    }
    let after = view.words.partition_point(|w| w.span.start < last.end);
    if after > i {
        return false;
    }
    let mut k = i;
    while k > after && (view.is_quote_mark(k - 1) || matches!(view.lw(k - 1), "the" | "a" | "an")) {
        k -= 1;
    }
    if k == after || !matches!(view.lw(k - 1), "and" | ",") {
        return false;
    }
    (after..i).all(|j| {
        let w = view.lw(j);
        !matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "which"
                | "that"
                | "who"
                | "but"
        ) && !lexicon().verbs.contains_key(w)
            && !matches!(w, "." | ";" | ":")
    })
}

/// A place named after a locative preposition in the sentence.
fn location(view: &View, doc: &Document, sa: usize, sb: usize) -> Option<String> {
    for e in &doc.entities {
        for m in &e.mentions {
            let i = view.words.partition_point(|w| w.span.start < m.span.start);
            if i <= sa || i >= sb {
                continue;
            }
            let prev = view.lw(i - 1);
            let place_type = matches!(e.ty, EntityType::Gpe | EntityType::Loc | EntityType::Fac);
            let village = i >= sa + 2 && matches!(view.lw(i - 2), "village" | "town" | "city" | "port" | "region");
            if (place_type && LOCATIVE.contains(&prev))
                || village
                || (matches!(prev, "outside" | "near") && e.ty != EntityType::Norp)
            {
                return Some(e.id.clone());
            }
        }
    }
    None
}
