//! dossier-attribution: who says what, reported by whom, how sure.
//!
//! [`annotate`] reads a document's text, sentences, tokens, entities and
//! timexes and writes its attributions (quotes, reported speech, "according
//! to", nominal cues), the claims they carry plus the author's own, and the
//! evidence items offered for them.
//!
//! Key decisions:
//! - Rules find attributions in news prose (`rules`); nesting is decided by
//!   span containment alone: an attribution's parent is the innermost other
//!   attribution whose content contains its cue. That one principle yields
//!   "X said, according to Y" (Y is parent), "Y reported that X said Z" (three
//!   deep) and the outlet → agency → minister → intelligence chain.
//! - The learned tagger (`model`, trained on PolNeAR by [`train::train`])
//!   leads: its attributions are kept, and where a rule attribution has the
//!   same cue the rules give its kind, speech act, negation, chain and
//!   content; rule attributions the tagger missed stay only where that was
//!   measured not to cost on PolNeAR dev, or where a chain needs them
//!   ([`model::combine`], README.md).
//! - The spec requires a claim's holder to be an entity id or `author`. A
//!   source that names no entity ("security sources", "a source close to
//!   the ministry") gets a `MISC` entity of its own, appended after the
//!   existing entities with the next free id, its descriptor recorded in
//!   `descriptions`; the attribution's `source.entity` stays null, since the
//!   source is not a recognised real-world name.
//! - Certainty is scoped: a hedge counts for the innermost content holding it.

pub mod certainty;
pub mod cue;
pub mod error;
pub mod eval;
pub mod evidence;
pub mod lexicon;
pub mod model;
pub mod polnear;
pub mod resolve;
pub mod rules;
pub mod sources;
pub mod text;
pub mod train;

pub use error::Error;

use dossier_model::{
    Attribution, Certainty, CertaintyLevel, Claim, Cue, Diagnostic, Document, Holder, Mention, MentionKind, SourceRef,
    Span, SpeechAct, TimexType,
};
use text::View;

/// Options for [`annotate_with`].
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Add attributions found by the learned tagger where the rules found none.
    pub use_model: bool,
    /// Admit only tagger attributions with a named or described source and a
    /// reporting verb of the lexicon (see `model::proposals`). Off by default.
    pub strict_model: bool,
    /// How the tagger's attributions and the rules' are combined.
    pub combine: model::Combine,
}

impl Default for Options {
    fn default() -> Options {
        Options { use_model: true, strict_model: false, combine: model::Combine::default() }
    }
}

/// The stage's name and version, for the pipeline signature.
pub const STAGE_NAME: &str = "attribution";
pub const STAGE_VERSION: u32 = 18;

/// Writes `doc.attributions`, `doc.claims` and `doc.evidence` (and appends
/// `MISC` entities for unnamed sources). Never panics on any input.
pub fn annotate(doc: &mut Document) -> Vec<Diagnostic> {
    annotate_with(doc, Options::default())
}

/// [`annotate`] with options.
pub fn annotate_with(doc: &mut Document, opts: Options) -> Vec<Diagnostic> {
    annotate_using(doc, opts, None)
}

/// [`annotate_with`] with another model than the shipped one (evaluation).
pub fn annotate_using(doc: &mut Document, opts: Options, model: Option<&model::Model>) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    // Running the stage again replaces what an earlier run wrote, including
    // the entities it created for unnamed sources.
    doc.entities.retain(|e| !resolve::is_unnamed_source(e) && !resolve::is_source_group(e));
    for e in &mut doc.entities {
        e.mentions.retain(|m| m.rule.as_deref() != Some(resolve::SPEAKER_RULE));
    }
    let found = {
        let view = View::new(doc);
        let found = rules::find(&view);
        let mut found = if opts.use_model {
            let m = match model {
                Some(m) => Ok(m),
                None => model::shipped(),
            };
            match m {
                Ok(m) => model::combine(m, &view, found, opts.strict_model, opts.combine),
                Err(e) => {
                    diagnostics.push(Diagnostic { stage: STAGE_NAME.into(), message: e.to_string(), span: None });
                    found
                }
            }
        } else {
            found
        };
        sources::clean(&view, &mut found);
        found
    };
    // Text order of anchors gives stable ids.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (anchor(&found[i]).start, found[i].content.start));
    let mut pos = vec![0; found.len()];
    for (n, &i) in order.iter().enumerate() {
        pos[i] = n;
    }
    let found: Vec<rules::Found> = order
        .iter()
        .map(|&i| {
            let mut f = found[i].clone();
            f.forced_parent = f.forced_parent.map(|p| pos[p]);
            f.continued_from = f.continued_from.map(|p| pos[p]);
            f
        })
        .collect();
    let parents = parents(&found);
    let mut attributions = Vec::with_capacity(found.len());
    // A personal pronoun speaker is the last singular speaker before it,
    // named or not ("The Russian ambassador denied … He told …").
    let view = View::new(doc);
    let mut resolver = resolve::Resolver::new(doc);
    let mut resolve_as: Vec<Option<Span>> = found.iter().map(|f| f.source).collect();
    for i in 0..found.len() {
        let Some(s) = found[i].source else { continue };
        if let Some(p) = sources::antecedent(&view, s) {
            resolve_as[i] = Some(p);
            continue;
        }
        let pronoun = view.text(s).to_lowercase();
        if pronoun == "they" {
            // "they" is the last plural unnamed speaker ("two officials
            // familiar with the investigation"), in this paragraph or the one before.
            let para = |at: usize| doc.sentence_at(at).map(|k| doc.sentences[k].paragraph).unwrap_or(0);
            let here = para(s.start);
            let prev = (0..i)
                .rev()
                .filter_map(|j| resolve_as[j])
                .find(|p| p.end <= s.start && resolve::is_plural_descriptor(view.text(*p)));
            if let Some(p) = prev.filter(|p| here.saturating_sub(para(p.start)) <= 1) {
                resolve_as[i] = Some(p);
            }
            continue;
        }
        if pronoun == "it" {
            if let Some(p) = it_antecedent(&view, &resolve_as[..i], s) {
                resolve_as[i] = Some(p);
            }
            continue;
        }
        if !matches!(pronoun.as_str(), "he" | "she") {
            continue;
        }
        let para = |at: usize| doc.sentence_at(at).map(|k| doc.sentences[k].paragraph).unwrap_or(0);
        let here = para(s.start);
        // A speaker is a named one or a person described by a role ("the
        // ambassador", "a source"), not "every week of delay".
        let prev = (0..i).rev().filter_map(|j| resolve_as[j].map(|p| (j, p))).find(|(_, p)| {
            let t = view.text(*p).to_lowercase();
            // The head of the source phrase, before an apposition ("the
            // Russian ambassador, summoned to the ministry on Thursday").
            let head = t.split(',').next().unwrap_or("");
            let last = head.split_whitespace().last().unwrap_or("");
            p.end <= s.start
                && !matches!(last, "they" | "we")
                && (resolver.is_person(&view, *p) || resolve::is_person_role(last))
        });
        // A person named after that speaker is the likelier antecedent.
        let prev = prev.filter(|(_, p)| resolver.last_person_before(s.start).is_none_or(|m| m.start < p.end));
        if let Some((_, p)) = prev
            && here.saturating_sub(para(p.start)) <= 1
            && !matches!(view.text(p).to_lowercase().as_str(), "he" | "she")
        {
            resolve_as[i] = Some(p);
        }
    }
    // Each saying's holder, in text order (unnamed sources get their
    // entities in the order they speak).
    let mut holders: Vec<String> = Vec::with_capacity(found.len());
    for (i, f) in found.iter().enumerate() {
        let source = f.source.map(|s| {
            // A list of names is held by the group it names.
            let group = if resolve_as[i].is_none_or(|r| r == s) { resolver.group_for(s) } else { None };
            let mut entity = group.or_else(|| resolver.entity_for(&view, resolve_as[i].unwrap_or(s)));
            if let Some(id) = &entity {
                resolver.note_speaker(s, id);
            }
            // A pronoun resolved to an earlier unnamed speaker ("The
            // Russian ambassador … denied … He told …") denotes that
            // speaker's entity, like a pronoun resolved to a named one.
            if entity.is_none()
                && let Some(r) = resolve_as[i].filter(|r| *r != s)
                && is_personal_pronoun(view.text(s))
            {
                entity = Some(resolver.unnamed(&view, r));
            }
            SourceRef { span: s, entity }
        });
        let mut source = source;
        holders.push(match &mut source {
            Some(SourceRef { entity: Some(e), .. }) => e.clone(),
            Some(src) => {
                let id = resolver.unnamed(&view, resolve_as[i].unwrap_or(src.span));
                // A definite phrase that takes up an earlier unnamed
                // speaker ("A port spokesperson said … The spokesperson
                // said …") denotes that speaker's entity; the phrase that
                // introduces a speaker keeps `entity: null`.
                if view.text(src.span).to_lowercase().starts_with("the ")
                    && resolver.introduced_before(&id, src.span.start)
                {
                    src.entity = Some(id.clone());
                }
                id
            }
            None => resolver.unknown(),
        });
        let children: Vec<Span> =
            found.iter().enumerate().filter(|(j, _)| parents[*j] == Some(i)).map(|(_, c)| c.content).collect();
        // A hedge scopes over its own clause: the saying's certainty is
        // that of its main (first) clause; a clause coordinated after it
        // (", but proving intent … is highly unlikely") is a claim of its
        // own with its own certainty (below).
        let main = content_clauses(&view, f.content).first().copied().unwrap_or(f.content);
        let mut cert = certainty::certainty(&view, main, &children);
        belief_default(f, &mut cert);
        attributions.push(Attribution {
            id: format!("a{}", i + 1),
            kind: f.kind,
            source,
            cue: f.cue.map(|c| Cue { span: c, lemma: f.lemma.clone() }),
            content: f.content,
            parent: parents[i].map(|p| format!("a{}", p + 1)),
            speech_act: f.act,
            negated: f.negated,
            certainty: cert,
            date: date_for(doc, anchor(f), Some(f.content)),
        });
    }
    // Claims: the content of each attribution, then the author's own.
    let mut claims = Vec::new();
    for (i, a) in attributions.iter().enumerate() {
        let children: Vec<Span> =
            found.iter().enumerate().filter(|(j, _)| parents[*j] == Some(i)).map(|(_, c)| c.content).collect();
        // One claim per clause of the content, split as the author's
        // sentences are; each clause has its own certainty, the first one
        // the saying's.
        let clauses = content_clauses(&view, a.content);
        for (k, &span) in clauses.iter().enumerate() {
            let certainty = if k == 0 {
                a.certainty.clone()
            } else {
                let mut c = certainty::certainty(&view, span, &children);
                belief_default(&found[i], &mut c);
                c
            };
            claims.push(Claim {
                id: String::new(),
                span,
                holder: Holder::Entity(holders[i].clone()),
                attribution: Some(a.id.clone()),
                negated: negated_in(&view, span, &[children.as_slice(), certainty.cues.as_slice()].concat()),
                certainty,
                about: resolver.about(span),
                date: date_for(doc, span, None).or_else(|| a.date.clone()),
            });
        }
    }
    let footprint: Vec<Span> = attributions
        .iter()
        .flat_map(|a| {
            let mut v = vec![a.content];
            v.extend(a.source.as_ref().map(|s| s.span));
            v.extend(a.cue.as_ref().map(|c| c.span));
            v
        })
        .collect();
    for clause in author_clauses(&view) {
        if footprint.iter().any(|f| f.overlaps(clause)) {
            continue;
        }
        let certainty = certainty::certainty(&view, clause, &[]);
        claims.push(Claim {
            id: String::new(),
            span: clause,
            holder: Holder::Author,
            attribution: None,
            negated: negated_in(&view, clause, &certainty.cues),
            certainty,
            about: resolver.about(clause),
            date: date_for(doc, clause, None),
        });
    }
    claims.sort_by_key(|c| (c.span.start, c.span.end));
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
    }
    let evidence = evidence::find(&view, &found, &claims, doc);
    let new_entities = resolver.into_new_entities();
    // A pronoun or role phrase resolved as a speaker becomes a mention of
    // its entity, as the contract asks ("he" → Wielgus).
    let mut speaker_mentions: Vec<(String, Mention)> = Vec::new();
    for a in &attributions {
        let Some(SourceRef { span, entity: Some(id) }) = &a.source else { continue };
        let overlapping =
            doc.entities.iter().chain(&new_entities).any(|e| e.mentions.iter().any(|m| m.span.overlaps(*span)));
        if overlapping || speaker_mentions.iter().any(|(_, m)| m.span == *span) {
            continue;
        }
        let lower = view.text(*span).to_lowercase();
        let kind = if matches!(lower.as_str(), "he" | "she" | "it" | "they" | "him" | "her") {
            MentionKind::Pronoun
        } else {
            MentionKind::Nominal
        };
        speaker_mentions.push((id.clone(), Mention { span: *span, kind, rule: Some(resolve::SPEAKER_RULE.into()) }));
    }
    drop(view);
    let (speaker_mentions, new_speaker_mentions): (Vec<_>, Vec<_>) =
        speaker_mentions.into_iter().partition(|(id, _)| doc.entities.iter().any(|e| e.id == *id));
    for (id, m) in speaker_mentions {
        if let Some(e) = doc.entities.iter_mut().find(|e| e.id == id) {
            e.mentions.push(m);
            e.mentions.sort_by_key(|m| m.span.start);
        }
    }
    doc.entities.extend(new_entities);
    for (id, m) in new_speaker_mentions {
        if let Some(e) = doc.entities.iter_mut().find(|e| e.id == id) {
            e.mentions.push(m);
            e.mentions.sort_by_key(|m| m.span.start);
        }
    }
    doc.attributions = attributions;
    doc.claims = claims;
    doc.evidence = evidence;
    diagnostics
}

/// The antecedent of a sentence-opening "it" that continues the subject of
/// the sentence before, when that subject ("The report cites …, which the
/// FE said it had obtained. It does not explain how.") takes up an earlier
/// speaker's noun ("According to a technical report published …"): that
/// speaker's source span, so the two share a holder. Otherwise none, and
/// "it" is the last organisation.
fn it_antecedent(view: &View, earlier: &[Option<Span>], s: Span) -> Option<Span> {
    let k = view.words.partition_point(|w| w.span.end <= s.start);
    let si = view.words.get(k)?.sent;
    if si == 0 || view.sents[si].0 != k {
        return None;
    }
    let (pa, pb, _) = view.sents[si - 1];
    if pb < pa + 3 || !matches!(view.lw(pa), "the" | "this") {
        return None;
    }
    // The subject's noun: the word after the determiner, or the one after
    // an adjective ("The technical report").
    let nouns: Vec<&str> =
        (pa + 1..pa + 3).filter(|&w| !view.words[w].cap && !view.words[w].punct).map(|w| view.lw(w)).collect();
    earlier.iter().rev().flatten().copied().filter(|p| p.end <= s.start).find(|p| {
        let lower = view.text(*p).to_lowercase();
        let words: Vec<&str> =
            lower.split_whitespace().skip_while(|w| matches!(*w, "a" | "an" | "the")).take(3).collect();
        words.iter().any(|w| nouns.contains(w) && w.len() > 3)
    })
}

/// Where an attribution sits for ordering and nesting: its cue, else the
/// start of its content (a quote continued without a cue).
fn anchor(f: &rules::Found) -> Span {
    f.cue.unwrap_or(Span::new(f.content.start, f.content.start))
}

/// The parent of each attribution: a forced one, the parent of the quote it
/// continues, or the innermost other content containing its anchor.
fn parents(found: &[rules::Found]) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = vec![None; found.len()];
    for (i, f) in found.iter().enumerate() {
        if let Some(p) = f.forced_parent.filter(|&p| p != i) {
            out[i] = Some(p);
            continue;
        }
        if f.continued_from.is_some() {
            continue;
        }
        let a = anchor(f);
        out[i] = found
            .iter()
            .enumerate()
            .filter(|(j, p)| {
                *j != i && p.content.contains(a) && !(f.content.contains(p.content) && f.content != p.content)
            })
            .filter(|(j, p)| !(p.content == f.content && p.forced_parent != Some(i) && *j > i))
            // Of two with the same content, the one nested in the other
            // ("the NBI said, citing a preliminary interview": what the
            // interview holds is reported through it).
            .min_by_key(|(_, p)| {
                let deeper = p.forced_parent.and_then(|fp| found.get(fp)).is_some_and(|o| o.content == p.content);
                (p.content.len(), !deeper)
            })
            .map(|(j, _)| j);
    }
    for (i, f) in found.iter().enumerate() {
        if let Some(c) = f.continued_from {
            out[i] = out.get(c).copied().flatten();
        }
    }
    // Cut any cycle a malformed input could produce.
    for i in 0..out.len() {
        let mut seen = vec![i];
        let mut cur = out[i];
        while let Some(p) = cur {
            if seen.contains(&p) {
                out[i] = None;
                break;
            }
            seen.push(p);
            cur = out[p];
        }
    }
    out
}

/// Whether a source is a personal pronoun ("he", "she", "it", "they").
fn is_personal_pronoun(text: &str) -> bool {
    matches!(text.to_lowercase().as_str(), "he" | "she" | "it" | "they")
}

/// Whether a negation lies in `span` outside `exclude` (nested contents, and
/// the hedge cues, whose negation the certainty level already holds: "possible
/// but not probable" is unlikely, not a denial).
fn negated_in(view: &View, span: Span, exclude: &[Span]) -> bool {
    let a = view.words.partition_point(|w| w.span.start < span.start);
    let b = view.words.partition_point(|w| w.span.end <= span.end);
    (a..b).any(|k| {
        matches!(view.lw(k), "not" | "n't" | "never" | "no" | "nobody" | "neither" | "nor" | "none")
            && !exclude.iter().any(|e| e.contains(view.words[k].span))
    })
}

/// A DATE or TIME value in the sentence of `at`: one outside `avoid` first
/// (the date of the saying rather than of what was said), then any.
fn date_for(doc: &Document, at: Span, avoid: Option<Span>) -> Option<String> {
    let si = doc.sentence_at(at.start)?;
    let s = doc.sentences[si].span;
    let in_sentence: Vec<_> = doc
        .timexes
        .iter()
        .filter(|t| matches!(t.ty, TimexType::Date | TimexType::Time) && s.contains(t.span))
        .collect();
    let pick = match avoid {
        Some(c) => in_sentence
            .iter()
            .find(|t| !c.overlaps(t.span))
            .or_else(|| in_sentence.iter().min_by_key(|t| t.span.start.abs_diff(at.start))),
        None => in_sentence.iter().find(|t| at.contains(t.span)).or_else(|| in_sentence.first()),
    };
    pick.map(|t| t.value.clone())
}

/// The author's propositions: body sentences split at semicolons and at
/// ", but" / ", and" before a new clause, trimmed of final punctuation.
fn author_clauses(view: &View) -> Vec<Span> {
    let mut out = Vec::new();
    for &(a, b, body) in &view.sents {
        if !body || a >= b {
            continue;
        }
        split_clauses(view, a, b, &mut out);
    }
    out
}

/// The clauses of an attribution's content, split as the author's
/// sentences are (at ";" and at ", but" / ", and" before a new clause,
/// never inside a quote); the whole content when it is one clause.
fn content_clauses(view: &View, content: Span) -> Vec<Span> {
    let a = view.words.partition_point(|w| w.span.start < content.start);
    let b = view.words.partition_point(|w| w.span.end <= content.end);
    let mut out = Vec::new();
    if a < b {
        split_clauses(view, a, b, &mut out);
    }
    if out.len() < 2 {
        return vec![content];
    }
    // The first clause keeps the content's start, the last its end.
    out[0].start = content.start;
    out
}

/// Belief verbs hedge their content; knowing and finding do not.
fn belief_default(f: &rules::Found, cert: &mut Certainty) {
    if cert.level == CertaintyLevel::Asserted
        && f.act == SpeechAct::Believe
        && !matches!(f.lemma.as_str(), "know" | "find")
        && let Some(cue) = f.cue
    {
        let level = if matches!(f.lemma.as_str(), "suspect" | "fear" | "hope") {
            CertaintyLevel::Possible
        } else {
            CertaintyLevel::Likely
        };
        *cert = Certainty { level, cues: vec![cue] };
    }
}

/// Word range `a..b` split at ";" and at ", but" / ", and" before a new
/// clause, outside quotes; pieces of fewer than three words are dropped.
fn split_clauses(view: &View, a: usize, b: usize, out: &mut Vec<Span>) {
    let mut start = a;
    let mut k = a;
    // A hedge that takes a "that" clause ("it cannot be ruled out that the
    // bluff is called, and the sanctions lapse") scopes over the clauses
    // joined inside it, up to the next semicolon.
    let mut hedged_that = false;
    while k < b {
        let w = view.lw(k);
        if w == "that" && k > start && ends_hedge(view, start, k) {
            hedged_that = true;
        }
        let split = !view.in_quote(k)
            && (w == ";"
                || (w == ","
                    && !hedged_that
                    && matches!(view.lw(k + 1), "but" | "and")
                    && k + 2 < b
                    && starts_clause(view, k + 2)));
        if split {
            hedged_that = false;
            push_clause(view, start, k, out);
            start = k + 1;
            if matches!(view.lw(start), "but" | "and") {
                start += 1;
            }
        }
        k += 1;
    }
    push_clause(view, start, b, out);
}

/// Whether the words `start..k` end with a hedge of the lexicon ("cannot be
/// ruled out", "it is likely").
fn ends_hedge(view: &View, start: usize, k: usize) -> bool {
    lexicon::lexicon().hedges.iter().any(|(phrase, _)| {
        let n = phrase.len();
        n <= k - start && (0..n).all(|j| view.lw(k - n + j) == phrase[j])
    })
}

fn starts_clause(view: &View, k: usize) -> bool {
    matches!(view.lw(k), "it" | "there" | "the" | "a" | "an" | "he" | "she" | "they" | "we" | "nobody" | "its" | "so")
        || view.words[k].cap
        || gerund_subject(view, k)
}

/// A gerund that is the subject of a new clause ("…, but [proving intent in
/// any single case is] highly unlikely"): a finite verb follows it before
/// any punctuation or "that" (not ", adding that …").
fn gerund_subject(view: &View, k: usize) -> bool {
    let w = view.lw(k);
    if w.len() < 6 || !w.ends_with("ing") {
        return false;
    }
    let (_, sb, _) = view.sents[view.words[k].sent];
    (k + 1..sb.min(k + 12)).take_while(|&j| !view.words[j].punct && view.lw(j) != "that").any(|j| {
        matches!(view.lw(j), "is" | "was" | "are" | "were" | "would" | "will" | "could" | "can" | "has" | "had")
    })
}

fn push_clause(view: &View, a: usize, mut b: usize, out: &mut Vec<Span>) {
    while b > a && view.words[b - 1].punct && !view.is_quote_mark(b - 1) && view.lw(b - 1) != ")" {
        b -= 1;
    }
    if b.saturating_sub(a) >= 3 {
        out.push(view.span(a, b));
    }
}
