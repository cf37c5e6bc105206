//! The dossier document model: one article's verbatim text and everything
//! extracted from it, as plain data.
//!
//! Key decisions:
//! - The text is never modified once a [`Document`] exists. Every extracted
//!   item holds a byte [`Span`] into it; code-point offsets (the JSON
//!   contract) are computed at the edge by `dossier-export`.
//! - Ids are derived from content, never from counters shared between
//!   documents: the document id is a hash of the text, and item ids (`e1`,
//!   `t3`, `a7`) are assigned in text order by the stage that creates them,
//!   so the same input always yields the same ids.
//! - This crate knows nothing of files, HTTP, SQL or async. It derives serde
//!   so that a store may keep a document as one blob, but the wire format of
//!   the extraction JSON lives in `dossier-export`.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

mod country;
mod outlet;
mod syntax;
pub use country::{country_code, country_name};
pub use outlet::{Outlet, outlet_id_for_name};
pub use syntax::{DepRel, TokenSyntax, Upos};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers. Panics only if the span does not
    /// lie on char boundaries of `text`, which would be a bug in a stage.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A document's stable identity: the first 128 bits of the SHA-256 of its
/// text, in hex. The same text always gets the same id, wherever it is
/// ingested, which is what lets a re-ingest be recognised and lets several
/// stores agree on ids without coordination.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl DocId {
    pub fn for_text(text: &str) -> DocId {
        let digest = Sha256::digest(text.as_bytes());
        let mut hex = String::with_capacity(32);
        for byte in &digest[..16] {
            hex.push_str(&format!("{byte:02x}"));
        }
        DocId(hex)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a document's publication date came from, most trusted first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// HTML metadata: `article:published_time`, JSON-LD `datePublished`, `<time>`.
    Metadata,
    /// A dateline or byline line in the text.
    Text,
    /// Given by the user (`--published`).
    User,
    /// The entry date of the feed the article was found in.
    Feed,
    /// The date a web archive captured the page: the publication is no
    /// later than that, so it anchors relative dates less surely.
    Capture,
}

/// A publication date or date-time as ISO 8601 (`2025-03-06` or
/// `2025-03-06T14:05:00` with an optional offset), with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub value: String,
    pub source: DateSource,
}

impl Published {
    /// The `YYYY-MM-DD` part, which is what relative dates are anchored on.
    pub fn date_part(&self) -> &str {
        self.value.get(..10).unwrap_or(&self.value)
    }
}

/// What the reader learned about a document besides its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub site_name: Option<String>,
    /// The input format the reader recognised: `text`, `markdown` or `html`.
    pub format: String,
    /// Publisher boilerplate split off the body (a text footer); kept for the
    /// record and for outlet recognition, never extracted as content.
    pub footer: Option<String>,
    /// The headline line inside the text, when the reader recognised one.
    pub headline: Option<Span>,
    /// The byline or dateline line inside the text, when recognised.
    pub byline: Option<Span>,
}

/// What a segment of text is: the headline and byline of a plain-text
/// article are kept as their own segments so that they never merge with the
/// first sentence of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Headline,
    Byline,
    Body,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub kind: SegmentKind,
    /// Index of the paragraph (block separated by blank lines) it belongs to.
    pub paragraph: usize,
    /// Half-open range of indices into [`Document::tokens`].
    pub tokens: (usize, usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Url,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Equipment,
    Event,
    Misc,
}

impl EntityType {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Equipment => "EQUIPMENT",
            EntityType::Event => "EVENT",
            EntityType::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => EntityType::Person,
            "ORG" => EntityType::Org,
            "GPE" => EntityType::Gpe,
            "LOC" => EntityType::Loc,
            "FAC" => EntityType::Fac,
            "NORP" => EntityType::Norp,
            "EQUIPMENT" => EntityType::Equipment,
            "EVENT" => EntityType::Event,
            "MISC" => EntityType::Misc,
            _ => return None,
        })
    }
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Name,
    Nominal,
    Pronoun,
    Demonym,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    /// The resolution rule that attached this mention to its entity (for
    /// the "why were these merged" explanation); `None` for the mention that
    /// founded the entity.
    pub rule: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub ty: EntityType,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
    pub mentions: Vec<Mention>,
    /// The country the entity is or belongs to, as ISO 3166 alpha-3: a GPE
    /// country itself, a city's country, an organisation's state ("Turkey's
    /// Defence Ministry" → `TUR`), where the text or the gazetteer says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    pub id: String,
    pub span: Span,
    pub ty: TimexType,
    /// TimeML TIMEX3 value (`2025-03-04`, `P3W`, `PAST_REF`, `XXXX-06-13`).
    pub value: String,
    /// Whether the value depends on the publication date.
    pub anchored: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    Direct,
    Indirect,
    Mixed,
    AccordingTo,
    Nominal,
}

impl AttributionKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::Mixed => "mixed",
            AttributionKind::AccordingTo => "according_to",
            AttributionKind::Nominal => "nominal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeechAct {
    Assert,
    Deny,
    Accuse,
    Request,
    Assure,
    Warn,
    Reveal,
    Confirm,
    Believe,
    Report,
    Threaten,
    Promise,
    Other,
}

impl SpeechAct {
    pub fn as_str(&self) -> &'static str {
        match self {
            SpeechAct::Assert => "assert",
            SpeechAct::Deny => "deny",
            SpeechAct::Accuse => "accuse",
            SpeechAct::Request => "request",
            SpeechAct::Assure => "assure",
            SpeechAct::Warn => "warn",
            SpeechAct::Reveal => "reveal",
            SpeechAct::Confirm => "confirm",
            SpeechAct::Believe => "believe",
            SpeechAct::Report => "report",
            SpeechAct::Threaten => "threaten",
            SpeechAct::Promise => "promise",
            SpeechAct::Other => "other",
        }
    }
}

/// The spec's certainty scale: ICD 203 bands plus `asserted` and `possible`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertaintyLevel {
    Asserted,
    AlmostCertain,
    VeryLikely,
    Likely,
    EvenChance,
    Possible,
    Unlikely,
    VeryUnlikely,
    Remote,
}

impl CertaintyLevel {
    /// Every level, from most to least certain (`asserted` first).
    pub const ALL: [CertaintyLevel; 9] = [
        CertaintyLevel::Asserted,
        CertaintyLevel::AlmostCertain,
        CertaintyLevel::VeryLikely,
        CertaintyLevel::Likely,
        CertaintyLevel::EvenChance,
        CertaintyLevel::Possible,
        CertaintyLevel::Unlikely,
        CertaintyLevel::VeryUnlikely,
        CertaintyLevel::Remote,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            CertaintyLevel::Asserted => "asserted",
            CertaintyLevel::AlmostCertain => "almost_certain",
            CertaintyLevel::VeryLikely => "very_likely",
            CertaintyLevel::Likely => "likely",
            CertaintyLevel::EvenChance => "even_chance",
            CertaintyLevel::Possible => "possible",
            CertaintyLevel::Unlikely => "unlikely",
            CertaintyLevel::VeryUnlikely => "very_unlikely",
            CertaintyLevel::Remote => "remote",
        }
    }

    /// A probability for weighting: the middle of the level's ICD 203 band
    /// (`asserted` is 1.0; `possible`, which has no band, is 0.4).
    pub fn weight(&self) -> f64 {
        match self {
            CertaintyLevel::Asserted => 1.0,
            CertaintyLevel::AlmostCertain => 0.97,
            CertaintyLevel::VeryLikely => 0.875,
            CertaintyLevel::Likely => 0.675,
            CertaintyLevel::EvenChance => 0.5,
            CertaintyLevel::Possible => 0.4,
            CertaintyLevel::Unlikely => 0.325,
            CertaintyLevel::VeryUnlikely => 0.125,
            CertaintyLevel::Remote => 0.03,
        }
    }

    /// The ICD 203 band a probability falls in (1.0 is `asserted`).
    pub fn from_weight(w: f64) -> CertaintyLevel {
        match w {
            w if w >= 1.0 => CertaintyLevel::Asserted,
            w if w >= 0.95 => CertaintyLevel::AlmostCertain,
            w if w >= 0.80 => CertaintyLevel::VeryLikely,
            w if w >= 0.55 => CertaintyLevel::Likely,
            w if w >= 0.45 => CertaintyLevel::EvenChance,
            w if w >= 0.20 => CertaintyLevel::Unlikely,
            w if w >= 0.05 => CertaintyLevel::VeryUnlikely,
            _ => CertaintyLevel::Remote,
        }
    }

    /// Two certainties in sequence (a hedged statement inside a hedged
    /// report): the product of their weights, mapped back to a band.
    /// `asserted` is the identity; `possible` stays `possible` when combined
    /// with `asserted` only.
    pub fn combine(self, other: CertaintyLevel) -> CertaintyLevel {
        match (self, other) {
            (CertaintyLevel::Asserted, x) | (x, CertaintyLevel::Asserted) => x,
            (a, b) => CertaintyLevel::from_weight(a.weight() * b.weight()),
        }
    }

    pub fn parse(s: &str) -> Option<CertaintyLevel> {
        Some(match s {
            "asserted" => CertaintyLevel::Asserted,
            "almost_certain" => CertaintyLevel::AlmostCertain,
            "very_likely" => CertaintyLevel::VeryLikely,
            "likely" => CertaintyLevel::Likely,
            "even_chance" => CertaintyLevel::EvenChance,
            "possible" => CertaintyLevel::Possible,
            "unlikely" => CertaintyLevel::Unlikely,
            "very_unlikely" => CertaintyLevel::VeryUnlikely,
            "remote" => CertaintyLevel::Remote,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certainty {
    pub level: CertaintyLevel,
    /// The words that set the level ("highly unlikely", "may have").
    pub cues: Vec<Span>,
}

impl Certainty {
    pub fn asserted() -> Certainty {
        Certainty { level: CertaintyLevel::Asserted, cues: Vec::new() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub span: Span,
    /// The resolved entity id, if the source could be resolved.
    pub entity: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub span: Span,
    pub lemma: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub id: String,
    pub kind: AttributionKind,
    pub source: Option<SourceRef>,
    pub cue: Option<Cue>,
    pub content: Span,
    /// The attribution inside whose content this one is reported.
    pub parent: Option<String>,
    pub speech_act: SpeechAct,
    pub negated: bool,
    pub certainty: Certainty,
    pub date: Option<String>,
}

/// Who holds a claim: the document's author, or a resolved entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    Author,
    Entity(String),
    /// A source that could not be resolved to an entity ("officials").
    Unresolved(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub span: Span,
    pub holder: Holder,
    pub attribution: Option<String>,
    pub certainty: Certainty,
    pub negated: bool,
    pub about: Vec<String>,
    pub date: Option<String>,
}

/// An event actor coded the CAMEO way: a country (ISO 3166 alpha-3, or a
/// CAMEO code for an international body such as `NAT` or `IGO`) plus a role
/// (`GOV`, `MIL`, `MED`, `SPY`, `COP`, `OPP`, `REB`, …) where known.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ActorCode {
    /// The full code, country then roles: `RUSMIL`, `UKRGOV`, `NAT`.
    pub code: String,
    /// ISO 3166 alpha-3 (or the CAMEO international code), if known.
    pub country: Option<String>,
    /// The role code, if known.
    pub role: Option<String>,
}

/// CAMEO's four quad classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl QuadClass {
    pub const ALL: [QuadClass; 4] = [
        QuadClass::VerbalCooperation,
        QuadClass::MaterialCooperation,
        QuadClass::VerbalConflict,
        QuadClass::MaterialConflict,
    ];

    /// The quad class of a two-digit CAMEO root ("01".."20"), as GDELT
    /// assigns it: 01–05 verbal cooperation, 06–08 material cooperation,
    /// 09–13 verbal conflict, 14–20 material conflict.
    pub fn of_root(root: &str) -> Option<QuadClass> {
        let n: u8 = root.get(..2)?.parse().ok()?;
        Some(match n {
            1..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=13 => QuadClass::VerbalConflict,
            14..=20 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// For reading: "verbal cooperation".
    pub fn label(&self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// CAMEO code ("190", "112", "0871").
    pub code: String,
    /// Two-digit CAMEO root.
    pub root: String,
    pub label: String,
    pub trigger: Span,
    /// Source actor's entity id.
    pub source: Option<String>,
    /// Target actor's entity id.
    pub target: Option<String>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub goldstein: f32,
    pub sentence: usize,
    /// Set when the event is only reported by someone: the innermost
    /// attribution whose content holds the trigger.
    pub attribution: Option<String>,
    /// The source actor's CAMEO code, when it could be coded.
    #[serde(default)]
    pub source_actor: Option<ActorCode>,
    #[serde(default)]
    pub target_actor: Option<ActorCode>,
    /// Effective certainty: asserted for the author's own statements of
    /// fact; for reported events, the chain's certainties combined.
    #[serde(default = "Certainty::asserted")]
    pub certainty: Certainty,
    /// Whether the text says the event did *not* happen ("did not attack").
    #[serde(default)]
    pub negated: bool,
}

impl Event {
    pub fn quad_class(&self) -> Option<QuadClass> {
        QuadClass::of_root(&self.root)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Physical,
    Imagery,
    Document,
    Testimony,
    Signals,
    Other,
}

impl EvidenceKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EvidenceKind::Physical => "physical",
            EvidenceKind::Imagery => "imagery",
            EvidenceKind::Document => "document",
            EvidenceKind::Testimony => "testimony",
            EvidenceKind::Signals => "signals",
            EvidenceKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: String,
    pub kind: EvidenceKind,
    pub span: Span,
    pub description: String,
    pub location: Option<String>,
    pub date: Option<String>,
    pub supports: Vec<String>,
}

/// Something a stage noticed about messy input that is not an error: the
/// stage still produced its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub stage: String,
    pub message: String,
    pub span: Option<Span>,
}

/// Other stored documents that carry the same story (a wire copy
/// republished, a lightly edited version), as a store found them. Filled
/// when a document is read back from a store; `None` after plain extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateGroup {
    /// The group's id: the id of the first document of the group stored.
    pub group: String,
    /// The member published first (ties and undated members: stored first).
    pub earliest: String,
    /// Every member, this document included, earliest first.
    pub members: Vec<DuplicateMember>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateMember {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// Estimated Jaccard similarity of word 3-gram shingles with this document.
    pub similarity: f32,
}

/// One article: verbatim text, metadata, and every layer extracted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    pub text: String,
    pub meta: Metadata,
    pub outlet: Option<Outlet>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub attributions: Vec<Attribution>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
    pub evidence: Vec<Evidence>,
    pub diagnostics: Vec<Diagnostic>,
    /// Part of speech and dependency tree, one entry per token of
    /// [`Document::tokens`] (same index), filled by the optional `syntax`
    /// stage; empty when it did not run. Absent from older stored documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub syntax: Vec<TokenSyntax>,
    /// Near-duplicate group, when read back from a store that found one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicates: Option<DuplicateGroup>,
}

impl Document {
    /// A document with its text and metadata and no extracted layers yet.
    pub fn new(text: String, meta: Metadata) -> Document {
        Document {
            id: DocId::for_text(&text),
            text,
            meta,
            outlet: None,
            sentences: Vec::new(),
            tokens: Vec::new(),
            entities: Vec::new(),
            timexes: Vec::new(),
            attributions: Vec::new(),
            claims: Vec::new(),
            events: Vec::new(),
            evidence: Vec::new(),
            diagnostics: Vec::new(),
            syntax: Vec::new(),
            duplicates: None,
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.0..sentence.tokens.1]
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Index of the sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.span.end <= at);
        (idx < self.sentences.len() && self.sentences[idx].span.start <= at).then_some(idx)
    }

    pub fn attribution(&self, id: &str) -> Option<&Attribution> {
        self.attributions.iter().find(|a| a.id == id)
    }

    /// The display name of an attribution's source: the resolved entity's
    /// name, else the source text, else "unknown source".
    pub fn source_name(&self, a: &Attribution) -> String {
        match &a.source {
            Some(SourceRef { entity: Some(e), .. }) if self.entity(e).is_some() => {
                self.entity(e).map(|e| e.name.clone()).unwrap_or_default()
            }
            Some(src) => self.slice(src.span).to_string(),
            None => "unknown source".to_string(),
        }
    }

    /// The chain of sources from the author down to attribution `id`:
    /// `["author", "state news agency", "defence minister", ...]`. Cycles in
    /// malformed input are cut rather than followed forever.
    pub fn chain(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        let mut seen = Vec::new();
        let mut current = self.attribution(id);
        while let Some(a) = current {
            if seen.contains(&a.id) {
                break;
            }
            seen.push(a.id.clone());
            names.push(self.source_name(a));
            current = a.parent.as_deref().and_then(|p| self.attribution(p));
        }
        names.push("author".to_string());
        names.reverse();
        names
    }

    /// When a claim's source explicitly did not make it ("did not say
    /// whether", "declined to confirm that"), the words of that negated
    /// saying; `None` for every claim its holder did make. A negated saying
    /// keeps its claim (what was left unsaid is itself information) but no
    /// presentation may show the claim as the holder's.
    pub fn unsaid_by(&self, claim: &Claim) -> Option<String> {
        let a = self.attribution(claim.attribution.as_deref()?)?;
        if !a.negated {
            return None;
        }
        Some(a.cue.as_ref().map_or_else(|| "not said".to_string(), |c| self.slice(c.span).to_string()))
    }

    /// The saying a reported claim comes from: its speech act and cue words
    /// ("deny", "denied"; no words for a quote continued without a cue);
    /// `None` for the author's own claims. A denial's claim is the
    /// proposition its holder rejects, so whoever shows the claim shows this
    /// with it.
    pub fn saying_of(&self, claim: &Claim) -> Option<(SpeechAct, Option<String>)> {
        let a = self.attribution(claim.attribution.as_deref()?)?;
        Some((a.speech_act, a.cue.as_ref().map(|c| self.slice(c.span).to_string())))
    }

    /// The display name of a claim's holder.
    pub fn holder_name(&self, holder: &Holder) -> String {
        match holder {
            Holder::Author => "author".to_string(),
            Holder::Entity(id) => self.entity(id).map_or_else(|| id.clone(), |e| e.name.clone()),
            Holder::Unresolved(text) => text.clone(),
        }
    }

    /// Word count, used for summaries and throughput figures.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_id_is_stable_and_content_derived() {
        let a = DocId::for_text("Missiles were fired.");
        let b = DocId::for_text("Missiles were fired.");
        let c = DocId::for_text("Missiles were fired!");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.as_str().len(), 32);
        assert!(a.as_str().chars().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let mut doc = Document::new("One. Two.".into(), Metadata::default());
        for (i, (s, e)) in [(0, 4), (5, 9)].into_iter().enumerate() {
            doc.sentences.push(Sentence {
                span: Span::new(s, e),
                kind: SegmentKind::Body,
                paragraph: 0,
                tokens: (i * 2, i * 2 + 2),
            });
        }
        assert_eq!(doc.sentence_at(0), Some(0));
        assert_eq!(doc.sentence_at(4), None);
        assert_eq!(doc.sentence_at(6), Some(1));
        assert_eq!(doc.sentence_at(20), None);
    }

    #[test]
    fn certainty_combines_by_product_of_band_midpoints() {
        use CertaintyLevel::*;
        assert_eq!(Asserted.combine(Likely), Likely);
        assert_eq!(Possible.combine(Asserted), Possible);
        assert_eq!(Likely.combine(Likely), EvenChance);
        assert_eq!(AlmostCertain.combine(VeryLikely), VeryLikely);
        assert_eq!(Unlikely.combine(Likely), Unlikely);
        for l in CertaintyLevel::ALL {
            assert!(Asserted.combine(l).weight() <= 1.0);
            assert!(l.combine(Remote) >= Remote || l == Remote);
        }
    }

    #[test]
    fn quad_classes_follow_cameo_roots() {
        assert_eq!(QuadClass::of_root("01"), Some(QuadClass::VerbalCooperation));
        assert_eq!(QuadClass::of_root("07"), Some(QuadClass::MaterialCooperation));
        assert_eq!(QuadClass::of_root("112"), Some(QuadClass::VerbalConflict));
        assert_eq!(QuadClass::of_root("19"), Some(QuadClass::MaterialConflict));
        assert_eq!(QuadClass::of_root("21"), None);
        assert_eq!(QuadClass::of_root("x"), None);
    }

    #[test]
    fn every_certainty_level_round_trips_through_its_name() {
        for level in CertaintyLevel::ALL {
            assert_eq!(CertaintyLevel::parse(level.as_str()), Some(level));
        }
        assert!(CertaintyLevel::ALL.windows(2).all(|w| w[0] < w[1]), "ordered from most certain");
    }

    #[test]
    fn spans_overlap_and_contain() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
    }
}
