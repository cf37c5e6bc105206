//! The extraction JSON, `dossier/extraction/v1` (`shared/spec/extraction-v1.md`).
//!
//! The model keeps byte spans; the contract counts Unicode code points, as
//! Python's `str` does. [`OffsetMap`] converts once per document, and every
//! span object is written with its `text`, which equals the slice. The wire
//! structs below are the contract: fields named in the spec keep their
//! names; fields added beyond it are marked as extensions.

use dossier_model::{ActorCode, Certainty, Document, Holder, Span};
use serde::Serialize;

pub const SCHEMA: &str = "dossier/extraction/v1";

/// Byte offset → code-point offset for one text.
pub struct OffsetMap {
    /// For each char boundary in byte order, its byte offset; the index is
    /// the code-point offset. One extra entry for the end of the text.
    boundaries: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        boundaries.push(text.len());
        OffsetMap { boundaries }
    }

    /// The code-point offset of byte offset `byte`, which must be a char
    /// boundary (the model guarantees it for every span).
    pub fn cp(&self, byte: usize) -> usize {
        self.boundaries.partition_point(|&b| b < byte)
    }
}

#[derive(Serialize)]
pub struct Extraction<'a> {
    pub schema: &'static str,
    pub document: DocumentOut<'a>,
    pub sentences: Vec<SentenceOut>,
    pub entities: Vec<EntityOut<'a>>,
    pub timexes: Vec<TimexOut<'a>>,
    pub attributions: Vec<AttributionOut<'a>>,
    pub claims: Vec<ClaimOut<'a>>,
    pub events: Vec<EventOut<'a>>,
    pub evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
pub struct OutletOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub domains: &'a [String],
}

#[derive(Serialize)]
pub struct DocumentOut<'a> {
    pub id: &'a str,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub published: Option<&'a str>,
    pub language: Option<&'a str>,
    pub outlet: Option<OutletOut<'a>>,
    pub text: &'a str,
    /// Extension: where `published` came from (`metadata`, `text`, `user`,
    /// `feed`, `capture`).
    pub published_source: Option<&'static str>,
    /// Extension: authors from the byline or metadata.
    pub authors: &'a [String],
    /// Extension: the input format (`text`, `markdown`, `html`).
    pub format: &'a str,
    /// Extension: other stored copies of the same story (syndicated or
    /// lightly edited), earliest first; null after plain extraction or when
    /// the store knows no copy.
    pub duplicates: Option<&'a dossier_model::DuplicateGroup>,
}

#[derive(Serialize)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
    /// Extension: `headline`, `byline` or `body`.
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct SpanOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub aliases: &'a [String],
    pub descriptions: &'a [String],
    pub mentions: Vec<SpanOut<'a>>,
    /// Extension: the entity's country (ISO 3166 alpha-3) when known.
    pub country: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TimexOut<'a> {
    pub id: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(rename = "type")]
    pub ty: &'static str,
    pub value: &'a str,
}

#[derive(Serialize)]
pub struct SourceOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub entity: Option<&'a str>,
}

#[derive(Serialize)]
pub struct CueOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub lemma: &'a str,
}

#[derive(Serialize)]
pub struct CertaintyOut<'a> {
    pub level: &'static str,
    pub cues: Vec<SpanOut<'a>>,
}

#[derive(Serialize)]
pub struct AttributionOut<'a> {
    pub id: &'a str,
    pub kind: &'static str,
    pub source: Option<SourceOut<'a>>,
    pub cue: Option<CueOut<'a>>,
    pub content: SpanOut<'a>,
    pub parent: Option<&'a str>,
    pub speech_act: &'static str,
    pub negated: bool,
    pub certainty: CertaintyOut<'a>,
    /// Extension: the date the attribution refers to, when the sentence gives one.
    pub date: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ClaimOut<'a> {
    pub id: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub holder: String,
    pub attribution: Option<&'a str>,
    pub certainty: CertaintyOut<'a>,
    pub negated: bool,
    pub about: &'a [String],
    /// Extension: the date the claim refers to.
    pub date: Option<&'a str>,
}

#[derive(Serialize)]
pub struct EventOut<'a> {
    pub id: &'a str,
    pub code: &'a str,
    pub root: &'a str,
    pub label: &'a str,
    pub trigger: SpanOut<'a>,
    pub source: Option<&'a str>,
    pub target: Option<&'a str>,
    pub date: Option<&'a str>,
    pub location: Option<&'a str>,
    pub goldstein: f32,
    pub sentence: usize,
    pub attribution: Option<&'a str>,
    /// Extension: the source actor's CAMEO code (`{"code", "country", "role"}`).
    pub source_actor: Option<&'a ActorCode>,
    /// Extension: the target actor's CAMEO code.
    pub target_actor: Option<&'a ActorCode>,
    /// Extension: effective certainty (the chain's certainties combined for
    /// reported events).
    pub certainty: CertaintyOut<'a>,
    /// Extension: the text says the event did not happen.
    pub negated: bool,
    /// Extension: CAMEO quad class (`verbal_cooperation`, …, `material_conflict`).
    pub quad_class: Option<&'static str>,
}

#[derive(Serialize)]
pub struct EvidenceOut<'a> {
    pub id: &'a str,
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub description: &'a str,
    pub location: Option<&'a str>,
    pub date: Option<&'a str>,
    pub supports: &'a [String],
}

/// Builds the wire form of a document.
pub fn extraction(doc: &Document) -> Extraction<'_> {
    let map = OffsetMap::new(&doc.text);
    let span = |s: Span| SpanOut { start: map.cp(s.start), end: map.cp(s.end), text: doc.slice(s) };
    let certainty =
        |c: &Certainty| CertaintyOut { level: c.level.as_str(), cues: c.cues.iter().map(|s| span(*s)).collect() };
    Extraction {
        schema: SCHEMA,
        document: DocumentOut {
            id: doc.id.as_str(),
            title: doc.meta.title.as_deref(),
            url: doc.meta.url.as_deref(),
            published: doc.meta.published.as_ref().map(|p| p.value.as_str()),
            language: doc.meta.language.as_deref(),
            outlet: doc.outlet.as_ref().map(|o| OutletOut { id: &o.id, name: &o.name, domains: &o.domains }),
            text: &doc.text,
            published_source: doc.meta.published.as_ref().map(|p| match p.source {
                dossier_model::DateSource::Metadata => "metadata",
                dossier_model::DateSource::Text => "text",
                dossier_model::DateSource::User => "user",
                dossier_model::DateSource::Feed => "feed",
                dossier_model::DateSource::Capture => "capture",
            }),
            authors: &doc.meta.authors,
            format: &doc.meta.format,
            duplicates: doc.duplicates.as_ref(),
        },
        sentences: doc
            .sentences
            .iter()
            .map(|s| SentenceOut {
                start: map.cp(s.span.start),
                end: map.cp(s.span.end),
                kind: match s.kind {
                    dossier_model::SegmentKind::Headline => "headline",
                    dossier_model::SegmentKind::Byline => "byline",
                    dossier_model::SegmentKind::Body => "body",
                },
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| EntityOut {
                id: &e.id,
                name: &e.name,
                ty: e.ty.as_str(),
                aliases: &e.aliases,
                descriptions: &e.descriptions,
                mentions: e.mentions.iter().map(|m| span(m.span)).collect(),
                country: e.country.as_deref(),
            })
            .collect(),
        timexes: doc
            .timexes
            .iter()
            .map(|t| {
                let s = span(t.span);
                TimexOut { id: &t.id, start: s.start, end: s.end, text: s.text, ty: t.ty.as_str(), value: &t.value }
            })
            .collect(),
        attributions: doc
            .attributions
            .iter()
            .map(|a| AttributionOut {
                id: &a.id,
                kind: a.kind.as_str(),
                source: a.source.as_ref().map(|s| {
                    let o = span(s.span);
                    SourceOut { text: o.text, start: o.start, end: o.end, entity: s.entity.as_deref() }
                }),
                cue: a.cue.as_ref().map(|c| {
                    let o = span(c.span);
                    CueOut { text: o.text, start: o.start, end: o.end, lemma: &c.lemma }
                }),
                content: span(a.content),
                parent: a.parent.as_deref(),
                speech_act: a.speech_act.as_str(),
                negated: a.negated,
                certainty: certainty(&a.certainty),
                date: a.date.as_deref(),
            })
            .collect(),
        claims: doc
            .claims
            .iter()
            .map(|c| {
                let s = span(c.span);
                ClaimOut {
                    id: &c.id,
                    start: s.start,
                    end: s.end,
                    text: s.text,
                    holder: match &c.holder {
                        Holder::Author => "author".to_string(),
                        Holder::Entity(e) => e.clone(),
                        Holder::Unresolved(t) => t.clone(),
                    },
                    attribution: c.attribution.as_deref(),
                    certainty: certainty(&c.certainty),
                    negated: c.negated,
                    about: &c.about,
                    date: c.date.as_deref(),
                }
            })
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| EventOut {
                id: &e.id,
                code: &e.code,
                root: &e.root,
                label: &e.label,
                trigger: span(e.trigger),
                source: e.source.as_deref(),
                target: e.target.as_deref(),
                date: e.date.as_deref(),
                location: e.location.as_deref(),
                goldstein: e.goldstein,
                sentence: e.sentence,
                attribution: e.attribution.as_deref(),
                source_actor: e.source_actor.as_ref(),
                target_actor: e.target_actor.as_ref(),
                certainty: certainty(&e.certainty),
                negated: e.negated,
                quad_class: e.quad_class().map(|q| q.as_str()),
            })
            .collect(),
        evidence: doc
            .evidence
            .iter()
            .map(|e| {
                let s = span(e.span);
                EvidenceOut {
                    id: &e.id,
                    kind: e.kind.as_str(),
                    start: s.start,
                    end: s.end,
                    text: s.text,
                    description: &e.description,
                    location: e.location.as_deref(),
                    date: e.date.as_deref(),
                    supports: &e.supports,
                }
            })
            .collect(),
    }
}

/// The extraction JSON as a value.
pub fn to_value(doc: &Document) -> serde_json::Value {
    serde_json::to_value(extraction(doc)).expect("extraction structs always serialise")
}

/// The extraction JSON, pretty-printed.
pub fn to_string_pretty(doc: &Document) -> String {
    serde_json::to_string_pretty(&extraction(doc)).expect("extraction structs always serialise")
}

/// The extraction JSON on one line (for JSON Lines output).
pub fn to_string(doc: &Document) -> String {
    serde_json::to_string(&extraction(doc)).expect("extraction structs always serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_offsets() {
        let text = "Łódź – “Tak”";
        let map = OffsetMap::new(text);
        assert_eq!(map.cp(0), 0);
        assert_eq!(map.cp("Łódź".len()), 4);
        assert_eq!(map.cp(text.len()), text.chars().count());
    }
}
