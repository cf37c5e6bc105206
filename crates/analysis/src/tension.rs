//! The tension index: for two actors and each period, the events between
//! them in both directions, split into CAMEO's four quad classes, with
//! Goldstein sums, incidents counted once, and every figure traced back to
//! the sentences it came from.
//!
//! Two rules keep the index honest where raw event counts are not:
//!
//! - **Facts and claims are kept apart.** An event counts as a *fact* only
//!   when the author states it without hedging and it is not inside anyone's
//!   attribution. Everything else ("Kyiv accused Moscow of shelling the
//!   plant": the shelling) is a *claim*: counted in its own column, its
//!   Goldstein value weighted by the certainty of the chain that carries it,
//!   and never added to the facts. The accusation itself is a fact (the
//!   author reports that it was made) and lands in verbal conflict.
//! - **An incident is counted once.** Reports of one incident are grouped
//!   when they have the same direction, the same CAMEO root and the same
//!   day, and either come from near-duplicate documents (a wire story
//!   republished) or describe it in similar words (Jaccard similarity of the
//!   sentences' content words of at least [`SAME_INCIDENT_SIMILARITY`]).
//!   The incident is a fact if any report states it as one; its certainty
//!   is that of its most certain report.
//!
//! Negated events ("did not attack") are left out and counted in
//! [`Skipped`], as are events the text dates more coarsely than the periods
//! asked for ("in 2021": not the publication day, and not a day at all). An
//! event's day is its own date when the text gives a full one (a month-only
//! date counts when periods are months); else the date of a dated mention of the same incident in the same
//! document (a headline's "expels" takes the body's "on Wednesday"), which
//! then joins that mention; else its document's publication date.

use chrono::{Datelike, NaiveDate};
use dossier_model::{CertaintyLevel, QuadClass};
use dossier_store::{ActorMatch, EntityFilter, EventActor, EventFilter, EventRow, Store, StoreError};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::str::FromStr;

/// Sentences whose content words overlap at least this much (Jaccard)
/// describe the same incident, given the same actors, root and day.
pub const SAME_INCIDENT_SIMILARITY: f64 = 0.25;

#[derive(Debug, thiserror::Error)]
pub enum TensionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("`{0}` is not a date (expected YYYY-MM-DD)")]
    BadDate(String),
    #[error("`{0}` is not a period (expected day, week or month)")]
    BadPeriod(String),
    #[error("an actor name is empty")]
    EmptyActor,
}

/// How events are bucketed in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
    Month,
}

impl Period {
    /// The bucket a day falls in: `2026-03-04`, ISO week `2026-W10`, or
    /// `2026-03`.
    pub fn bucket(&self, day: NaiveDate) -> String {
        match self {
            Period::Day => day.format("%Y-%m-%d").to_string(),
            Period::Week => {
                let w = day.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Period::Month => day.format("%Y-%m").to_string(),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

impl FromStr for Period {
    type Err = TensionError;
    fn from_str(s: &str) -> Result<Period, TensionError> {
        match s.to_ascii_lowercase().as_str() {
            "day" | "daily" => Ok(Period::Day),
            "week" | "weekly" => Ok(Period::Week),
            "month" | "monthly" => Ok(Period::Month),
            _ => Err(TensionError::BadPeriod(s.to_string())),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses `YYYY-MM-DD` (what `--from` and `--to` take).
pub fn parse_day(s: &str) -> Result<NaiveDate, TensionError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| TensionError::BadDate(s.to_string()))
}

/// What to compute.
#[derive(Debug, Clone)]
pub struct TensionQuery {
    /// First actor: an entity name ("Russia", "NATO"), a CAMEO actor code
    /// (`RUSMIL`) or a country code (`RUS`).
    pub a: String,
    pub b: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub by: Period,
}

impl TensionQuery {
    pub fn new(a: &str, b: &str) -> TensionQuery {
        TensionQuery { a: a.to_string(), b: b.to_string(), from: None, to: None, by: Period::Month }
    }
}

/// How an actor of the query was understood.
#[derive(Debug, Clone, Serialize)]
pub struct ActorSummary {
    pub query: String,
    /// Entity names matched (case-insensitively).
    pub names: Vec<String>,
    /// Countries (and actor codes) whose every actor matches.
    pub countries: Vec<String>,
}

/// Counts and Goldstein sums of one quad class in one period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuadCell {
    /// Incidents the author states as facts.
    pub facts: usize,
    /// Incidents only claimed by someone, or hedged.
    pub claimed: usize,
    /// Goldstein sum of the facts.
    pub goldstein: f64,
    /// Goldstein sum of the claims, each weighted by its certainty.
    pub claimed_goldstein: f64,
}

impl QuadCell {
    fn add(&mut self, other: &QuadCell) {
        self.facts += other.facts;
        self.claimed += other.claimed;
        self.goldstein += other.goldstein;
        self.claimed_goldstein += other.claimed_goldstein;
    }
}

/// One period of the index.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodRow {
    /// `2026-03-04`, `2026-W10`, `2026-03`, or `total`.
    pub period: String,
    pub verbal_cooperation: QuadCell,
    pub material_cooperation: QuadCell,
    pub verbal_conflict: QuadCell,
    pub material_conflict: QuadCell,
    /// Goldstein sum of the period's facts (negative is hostile).
    pub goldstein: f64,
    /// Certainty-weighted Goldstein sum of the period's claims.
    pub claimed_goldstein: f64,
    /// Numbers of the incidents counted here (see [`TensionReport::incidents`]).
    pub incidents: Vec<usize>,
    /// Ids of the documents the figures come from.
    pub documents: Vec<String>,
}

impl PeriodRow {
    fn new(period: String) -> PeriodRow {
        PeriodRow {
            period,
            verbal_cooperation: QuadCell::default(),
            material_cooperation: QuadCell::default(),
            verbal_conflict: QuadCell::default(),
            material_conflict: QuadCell::default(),
            goldstein: 0.0,
            claimed_goldstein: 0.0,
            incidents: Vec::new(),
            documents: Vec::new(),
        }
    }

    pub fn cell(&self, quad: QuadClass) -> &QuadCell {
        match quad {
            QuadClass::VerbalCooperation => &self.verbal_cooperation,
            QuadClass::MaterialCooperation => &self.material_cooperation,
            QuadClass::VerbalConflict => &self.verbal_conflict,
            QuadClass::MaterialConflict => &self.material_conflict,
        }
    }

    fn cell_mut(&mut self, quad: QuadClass) -> &mut QuadCell {
        match quad {
            QuadClass::VerbalCooperation => &mut self.verbal_cooperation,
            QuadClass::MaterialCooperation => &mut self.material_cooperation,
            QuadClass::VerbalConflict => &mut self.verbal_conflict,
            QuadClass::MaterialConflict => &mut self.material_conflict,
        }
    }

    /// Incidents stated as facts, all quad classes.
    pub fn facts(&self) -> usize {
        QuadClass::ALL.iter().map(|q| self.cell(*q).facts).sum()
    }

    /// Incidents only claimed, all quad classes.
    pub fn claimed(&self) -> usize {
        QuadClass::ALL.iter().map(|q| self.cell(*q).claimed).sum()
    }
}

/// One report of an incident: a sentence of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentReport {
    pub doc_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// The event's id in its document (`v3`).
    pub event: String,
    pub code: String,
    pub sentence: usize,
    pub sentence_text: String,
    pub trigger: String,
    /// author → … → the reporting source.
    pub chain: Vec<String>,
    pub certainty: String,
    /// Whether this report states the event as a fact.
    pub fact: bool,
}

/// One incident between the two actors, however many documents report it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Incident {
    /// 1-based, in time order; period rows refer to incidents by number.
    pub number: usize,
    pub period: String,
    pub day: String,
    /// `a_to_b` or `b_to_a`.
    pub direction: &'static str,
    pub source: String,
    pub target: String,
    pub root: String,
    /// The first report's code.
    pub code: String,
    pub label: String,
    pub quad: QuadClass,
    /// Whether any report states it as a fact.
    pub fact: bool,
    /// For a claim: who makes it (the end of the first report's chain).
    pub claimed_by: Option<String>,
    /// The most certain report's certainty.
    pub certainty: String,
    pub weight: f64,
    /// The code's Goldstein value.
    pub goldstein: f64,
    /// `goldstein × weight` (equal to `goldstein` for facts).
    pub weighted_goldstein: f64,
    pub reports: Vec<IncidentReport>,
}

/// Events left out of the index, by reason.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Skipped {
    /// The text says the event did not happen.
    pub negated: usize,
    /// Neither the event nor its document has a date.
    pub undated: usize,
    /// The text dates the event more coarsely than the periods asked for
    /// ("in 2021" by month, "in March" by week).
    pub imprecise: usize,
    /// Outside `--from`/`--to`.
    pub outside_range: usize,
    /// Both sides are the same actor of the query.
    pub same_actor: usize,
}

/// The whole answer.
#[derive(Debug, Clone, Serialize)]
pub struct TensionReport {
    pub a: ActorSummary,
    pub b: ActorSummary,
    pub by: Period,
    pub from: Option<String>,
    pub to: Option<String>,
    pub periods: Vec<PeriodRow>,
    pub total: PeriodRow,
    pub incidents: Vec<Incident>,
    /// Events read from the store before grouping.
    pub events: usize,
    pub skipped: Skipped,
}

/// Computes the tension index between two actors over a store.
pub fn tension(store: &dyn Store, query: &TensionQuery) -> Result<TensionReport, TensionError> {
    let a = resolve_actor(store, &query.a)?;
    let b = resolve_actor(store, &query.b)?;
    let rows = store.events(&EventFilter { actor: Some(a.clone()), other: Some(b.clone()), root: None, limit: 0 })?;
    Ok(compute(query, summary(&query.a, &a), summary(&query.b, &b), &a, &b, rows))
}

fn summary(query: &str, m: &ActorMatch) -> ActorSummary {
    ActorSummary { query: query.to_string(), names: m.names.clone(), countries: m.countries.clone() }
}

/// The actor pairs with the most events between them, most first: where
/// to start weighing. Actors of a known country are grouped by country and
/// named as the text names the country itself ("Russia"), or by code when no
/// text does; others by entity name. Each label works as a tension query.
pub fn busiest_pairs(store: &dyn Store, n: usize) -> Result<Vec<(String, String, usize)>, TensionError> {
    let rows = store.events(&EventFilter::default())?;
    // A country's label: its own short name ("Philippines", not the
    // "Manila" its government is called by); for a code the country table
    // does not hold, the name of the place entity standing for it that is
    // most often an event's side, when it is a side at least twice or is
    // mentioned at least twice in the store (else the code): a town named
    // once, as where jets were "scrambled from Łask air base", does not
    // name its country.
    let mut seen: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for (i, side) in rows.iter().flat_map(|e| [&e.source, &e.target]).enumerate() {
        if let (Some(c), Some(name), Some("GPE")) = (&side.country, &side.name, side.ty.as_deref())
            && dossier_model::country_name(c).is_none()
        {
            seen.entry((c.clone(), name.clone())).or_insert((0, i)).0 += 1;
        }
    }
    let mut country_names: BTreeMap<String, (usize, usize, String)> = BTreeMap::new();
    let named_twice = |name: &str| -> Result<bool, StoreError> {
        let filter = EntityFilter { ty: Some("GPE".to_string()), name: Some(name.to_string()), limit: 0 };
        Ok(store.entities(&filter)?.iter().any(|r| r.name == name && r.mentions >= 2))
    };
    for ((c, name), (count, first)) in seen {
        let better = country_names.get(&c).is_none_or(|&(n, f, _)| count > n || (count == n && first < f));
        if better && (count >= 2 || named_twice(&name)?) {
            country_names.insert(c, (count, first, name));
        }
    }
    let country_names: BTreeMap<String, String> = country_names.into_iter().map(|(c, (_, _, n))| (c, n)).collect();
    let key = |side: &EventActor| -> Option<String> {
        match (&side.country, &side.name) {
            (Some(c), _) => Some(match dossier_model::country_name(c) {
                Some(label) => label.to_string(),
                None => country_names.get(c).cloned().unwrap_or_else(|| c.clone()),
            }),
            (None, Some(name)) => Some(name.clone()),
            (None, None) => None,
        }
    };
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for e in &rows {
        if let (Some(x), Some(y)) = (key(&e.source), key(&e.target))
            && !x.eq_ignore_ascii_case(&y)
        {
            let pair = if x <= y { (x, y) } else { (y, x) };
            *counts.entry(pair).or_default() += 1;
        }
    }
    let mut pairs: Vec<(String, String, usize)> = counts.into_iter().map(|((x, y), c)| (x, y, c)).collect();
    pairs.sort_by(|p, q| q.2.cmp(&p.2).then_with(|| (&p.0, &p.1).cmp(&(&q.0, &q.1))));
    pairs.truncate(n);
    Ok(pairs)
}

/// How an actor named in a query selects event sides: a name selects
/// entities of that name; a code (`RUS`, `RUSMIL`) or the name of a stored
/// place entity that stands for a country selects every actor of that
/// country.
pub fn resolve_actor(store: &dyn Store, query: &str) -> Result<ActorMatch, TensionError> {
    let q = query.trim();
    if q.is_empty() {
        return Err(TensionError::EmptyActor);
    }
    let mut countries = store.countries_named(q)?;
    if is_code(q) && !countries.iter().any(|c| c == q) {
        countries.push(q.to_string());
    }
    // A country's own name selects it even when no stored text spells it
    // so (the stories said "Manila"; the analyst types "Philippines").
    if let Some(c) = dossier_model::country_code(q)
        && !countries.iter().any(|x| x == c)
    {
        countries.push(c.to_string());
    }
    // Kosovo: the entity gazetteer writes the EU/IMF code XKX, the Phoenix
    // actor dictionaries CAMEO's KSV; either selects both.
    for (x, y) in [("XKX", "KSV"), ("KSV", "XKX")] {
        if countries.iter().any(|c| c == x) && !countries.iter().any(|c| c == y) {
            countries.push(y.to_string());
        }
    }
    Ok(ActorMatch { names: vec![q.to_string()], countries })
}

/// `RUS`, `NAT`, `RUSMIL`: three to nine upper-case letters.
fn is_code(s: &str) -> bool {
    (3..=9).contains(&s.len()) && s.len().is_multiple_of(3) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether one side of an event is the queried actor.
fn matches(m: &ActorMatch, side: &EventActor) -> bool {
    side.name.as_deref().is_some_and(|n| m.names.iter().any(|q| q.eq_ignore_ascii_case(n)))
        || m.countries.iter().any(|c| side.country.as_deref() == Some(c) || side.code.as_deref() == Some(c))
}

/// When an event happened, as far as the index can place it.
enum When {
    /// A day: the event's own full date, or its document's when the event
    /// has no date of its own.
    Day(NaiveDate),
    /// Only a month is known ("in March 2021"): placed on its first day
    /// when periods are months.
    Month(NaiveDate),
    /// The text dates it only roughly ("in 2021", "last week"): it did not
    /// happen on the publication day, and no period can hold it.
    Imprecise,
    Undated,
}

fn event_when(row: &EventRow) -> When {
    let full = |v: &str| v.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    match row.date.as_deref() {
        Some(d) => {
            if let Some(day) = full(d) {
                When::Day(day)
            } else if let Some(month) = d
                .get(..7)
                .filter(|_| d.len() == 7)
                .and_then(|m| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok())
            {
                When::Month(month)
            } else {
                When::Imprecise
            }
        }
        None => row.published.as_deref().and_then(full).map_or(When::Undated, When::Day),
    }
}

/// The words that make two sentences about the same incident comparable:
/// lower-cased, a plural or verb `s` dropped, short and function words out.
fn content_words(text: &str) -> HashSet<String> {
    const STOP: &[&str] = &[
        "the", "and", "that", "with", "from", "said", "says", "told", "have", "has", "had", "was", "were", "been",
        "this", "their", "its", "his", "her", "they", "which", "who", "for", "not", "but", "are", "on", "in", "of",
        "after", "before", "over", "into", "than", "also", "would", "could", "will", "about", "against",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| {
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_string(),
                _ => w,
            }
        })
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 { 0.0 } else { inter as f64 / union as f64 }
}

struct Candidate {
    row: EventRow,
    day: NaiveDate,
    direction: &'static str,
    fact: bool,
    level: CertaintyLevel,
    words: HashSet<String>,
    /// The day was taken from another mention in the same document.
    same_doc_dated: bool,
}

fn compute(
    query: &TensionQuery,
    a_summary: ActorSummary,
    b_summary: ActorSummary,
    a: &ActorMatch,
    b: &ActorMatch,
    rows: Vec<EventRow>,
) -> TensionReport {
    let events = rows.len();
    let mut skipped = Skipped::default();
    let mut candidates = Vec::new();
    for row in rows {
        let (a_src, a_tgt) = (matches(a, &row.source), matches(a, &row.target));
        let (b_src, b_tgt) = (matches(b, &row.source), matches(b, &row.target));
        let direction = if (a_src && a_tgt) || (b_src && b_tgt) {
            None
        } else if a_src && b_tgt {
            Some("a_to_b")
        } else if b_src && a_tgt {
            Some("b_to_a")
        } else {
            None
        };
        let Some(direction) = direction else {
            skipped.same_actor += 1;
            continue;
        };
        if row.negated {
            skipped.negated += 1;
            continue;
        }
        let day = match event_when(&row) {
            When::Day(day) => day,
            When::Month(first) if query.by == Period::Month => first,
            When::Month(_) | When::Imprecise => {
                skipped.imprecise += 1;
                continue;
            }
            When::Undated => {
                skipped.undated += 1;
                continue;
            }
        };
        if query.from.is_some_and(|f| day < f) || query.to.is_some_and(|t| day > t) {
            skipped.outside_range += 1;
            continue;
        }
        let level = CertaintyLevel::parse(&row.certainty).unwrap_or(CertaintyLevel::Asserted);
        let fact = row.attribution.is_none() && level == CertaintyLevel::Asserted;
        let words = content_words(&row.sentence_text);
        candidates.push(Candidate { row, day, direction, fact, level, words, same_doc_dated: false });
    }

    // An undated mention (a headline, "the expulsion") of an incident that
    // the same document dates elsewhere takes that date: same document,
    // direction and root.
    let dated: BTreeMap<(String, &'static str, String), NaiveDate> = candidates
        .iter()
        .filter(|c| c.row.date.as_deref().is_some_and(|d| d.len() >= 10))
        .map(|c| ((c.row.doc_id.clone(), c.direction, c.row.root.clone()), c.day))
        .collect();
    for c in candidates.iter_mut().filter(|c| c.row.date.is_none()) {
        if let Some(day) = dated.get(&(c.row.doc_id.clone(), c.direction, c.row.root.clone())) {
            c.day = *day;
            c.same_doc_dated = true;
        }
    }

    // Group into incidents: same direction, root and day, then similar
    // wording or a near-duplicate document (single linkage).
    let mut keyed: BTreeMap<(NaiveDate, &'static str, String), Vec<Vec<Candidate>>> = BTreeMap::new();
    for c in candidates {
        let key = (c.day, c.direction, c.row.root.clone());
        let clusters = keyed.entry(key).or_default();
        let same = clusters.iter().position(|cluster| {
            cluster.iter().any(|o| {
                (o.row.group == c.row.group && o.row.doc_id != c.row.doc_id)
                    || (o.row.doc_id == c.row.doc_id && (o.same_doc_dated || c.same_doc_dated))
                    || jaccard(&o.words, &c.words) >= SAME_INCIDENT_SIMILARITY
            })
        });
        match same {
            Some(i) => clusters[i].push(c),
            None => clusters.push(vec![c]),
        }
    }

    let mut incidents = Vec::new();
    let mut periods: BTreeMap<String, PeriodRow> = BTreeMap::new();
    let mut period_docs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for ((day, direction, root), clusters) in keyed {
        for mut cluster in clusters {
            cluster.sort_by(|x, y| {
                (!x.fact, x.level, &x.row.published, &x.row.doc_id).cmp(&(
                    !y.fact,
                    y.level,
                    &y.row.published,
                    &y.row.doc_id,
                ))
            });
            let Some(quad) = QuadClass::of_root(&root) else { continue };
            let lead = &cluster[0];
            let fact = lead.fact;
            let level = lead.level;
            let weight = if fact { 1.0 } else { level.weight() };
            let period = query.by.bucket(day);
            let number = incidents.len() + 1;
            let goldstein = lead.row.goldstein;
            let row = periods.entry(period.clone()).or_insert_with(|| PeriodRow::new(period.clone()));
            let cell = row.cell_mut(quad);
            if fact {
                cell.facts += 1;
                cell.goldstein += goldstein;
                row.goldstein += goldstein;
            } else {
                cell.claimed += 1;
                cell.claimed_goldstein += goldstein * weight;
                row.claimed_goldstein += goldstein * weight;
            }
            row.incidents.push(number);
            let docs = period_docs.entry(period.clone()).or_default();
            docs.extend(cluster.iter().map(|c| c.row.doc_id.clone()));
            incidents.push(Incident {
                number,
                period,
                day: day.format("%Y-%m-%d").to_string(),
                direction,
                source: lead.row.source.label().unwrap_or_else(|| "?".to_string()),
                target: lead.row.target.label().unwrap_or_else(|| "?".to_string()),
                root: root.clone(),
                code: lead.row.code.clone(),
                label: lead.row.label.clone(),
                quad,
                fact,
                claimed_by: if fact { None } else { lead.row.chain.last().filter(|h| *h != "author").cloned() },
                certainty: level.as_str().to_string(),
                weight,
                goldstein,
                weighted_goldstein: goldstein * weight,
                reports: cluster
                    .into_iter()
                    .map(|c| IncidentReport {
                        doc_id: c.row.doc_id,
                        title: c.row.doc_title,
                        outlet: c.row.outlet,
                        published: c.row.published,
                        event: c.row.id,
                        code: c.row.code,
                        sentence: c.row.sentence,
                        sentence_text: c.row.sentence_text,
                        trigger: c.row.trigger,
                        chain: c.row.chain,
                        certainty: c.row.certainty,
                        fact: c.fact,
                    })
                    .collect(),
            });
        }
    }
    // Incidents are numbered in time order within each key; renumber them in
    // plain time order so that tables read top to bottom.
    incidents.sort_by(|x, y| (&x.day, x.number).cmp(&(&y.day, y.number)));
    let renumber: BTreeMap<usize, usize> = incidents.iter().enumerate().map(|(i, inc)| (inc.number, i + 1)).collect();
    for inc in &mut incidents {
        inc.number = renumber[&inc.number];
    }
    let mut total = PeriodRow::new("total".to_string());
    let mut all_docs = BTreeSet::new();
    let mut periods: Vec<PeriodRow> = periods.into_values().collect();
    for row in &mut periods {
        for n in &mut row.incidents {
            *n = renumber[n];
        }
        row.incidents.sort_unstable();
        let docs = period_docs.remove(&row.period).unwrap_or_default();
        all_docs.extend(docs.iter().cloned());
        row.documents = docs.into_iter().collect();
        for q in QuadClass::ALL {
            total.cell_mut(q).add(row.cell(q));
        }
        total.goldstein += row.goldstein;
        total.claimed_goldstein += row.claimed_goldstein;
        total.incidents.extend(row.incidents.iter().copied());
    }
    total.incidents.sort_unstable();
    total.documents = all_docs.into_iter().collect();
    TensionReport {
        a: a_summary,
        b: b_summary,
        by: query.by,
        from: query.from.map(|d| d.format("%Y-%m-%d").to_string()),
        to: query.to.map(|d| d.format("%Y-%m-%d").to_string()),
        periods,
        total,
        incidents,
        events,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_bucket_days() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        assert_eq!(Period::Day.bucket(d), "2026-03-04");
        assert_eq!(Period::Week.bucket(d), "2026-W10");
        assert_eq!(Period::Month.bucket(d), "2026-03");
        // ISO weeks cross year boundaries.
        assert_eq!(Period::Week.bucket(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()), "2026-W53");
        assert!("fortnight".parse::<Period>().is_err());
        assert_eq!("Week".parse::<Period>().unwrap(), Period::Week);
    }

    #[test]
    fn codes_are_recognised() {
        assert!(is_code("RUS"));
        assert!(is_code("RUSMIL"));
        assert!(!is_code("Russia"));
        assert!(!is_code("RU"));
    }

    #[test]
    fn similar_wording_is_measured_on_content_words() {
        let a = content_words("Russian missiles struck a power plant in Odesa on Tuesday, Ukraine's military said.");
        let b = content_words("A Russian missile strike hit an Odesa power plant on Tuesday.");
        let c = content_words("The two presidents discussed grain exports by telephone.");
        assert!(jaccard(&a, &b) >= SAME_INCIDENT_SIMILARITY, "{}", jaccard(&a, &b));
        assert!(jaccard(&a, &c) < SAME_INCIDENT_SIMILARITY);
    }

    #[test]
    fn bad_dates_are_named() {
        let e = parse_day("3 March").unwrap_err();
        assert_eq!(e.to_string(), "`3 March` is not a date (expected YYYY-MM-DD)");
    }
}
