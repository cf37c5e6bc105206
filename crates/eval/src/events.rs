//! `dossier eval events`: the event coder measured through the real
//! pipeline, on the PETRARCH2 validation records (with the records' own
//! actor dictionary, since their actors are fictional) and on dossier's own
//! gold sentences (`data/events/gold.jsonl`).

use dossier_events::petrarch;
pub use dossier_events::petrarch::{Coded, Prf, Record, Scores};
use dossier_events::proposer;
pub use dossier_events::proposer::{EPOCHS as PROPOSER_EPOCHS, Proposer};
use dossier_events::{ActorFinder, DictionaryActors, Lexicon};
use dossier_model::{DateSource, Document, Event, Metadata, Published};
use dossier_nlp::Pipeline;
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum EventsEvalError {
    #[error(transparent)]
    Records(#[from] petrarch::RecordsError),
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Gold { path: String, line: usize, message: String },
    #[error("{path}: text {id} {problem}")]
    Second { path: String, id: String, problem: &'static str },
}

/// The stages before the event stage, which the runners finish themselves.
fn stages_before_events() -> Pipeline {
    Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
        Box::new(dossier_nlp::entities::EntityStage),
        Box::new(dossier_nlp::timex::TimexStage),
        Box::new(dossier_nlp::attribution::AttributionStage),
    ])
    .expect("the stages are in pipeline order")
}

/// A gold text as a document: its text, published on its date (which
/// relative dates refer to), read as plain text.
pub fn document(text: &str, published: Option<String>) -> Document {
    let meta = Metadata {
        published: published.map(|value| Published { value, source: DateSource::User }),
        format: "text".into(),
        ..Metadata::default()
    };
    Document::new(text.to_string(), meta)
}

/// `19950101` → `1995-01-01`.
fn iso_date(d: &str) -> Option<String> {
    (d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit())).then(|| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]))
}

fn coded(e: &Event) -> Coded {
    let code =
        |a: &Option<dossier_model::ActorCode>| a.as_ref().map(|c| c.code.clone()).unwrap_or_else(|| "---".into());
    Coded { source: code(&e.source_actor), target: code(&e.target_actor), code: e.code.clone() }
}

/// One record's gold and system codings, for inspection.
#[derive(Debug, Clone, Serialize)]
pub struct RecordResult {
    pub id: String,
    pub text: String,
    pub gold: Vec<Coded>,
    pub system: Vec<Coded>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PetrarchReport {
    #[serde(flatten)]
    pub scores: Scores,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<RecordResult>,
}

/// Codes every record's text through the pipeline with `finder` as the
/// actor matcher and scores the result.
pub fn run_petrarch(records: &[Record], finder: &dyn ActorFinder, lexicon: &Lexicon, details: bool) -> PetrarchReport {
    let pipeline = stages_before_events();
    let mut pairs = Vec::with_capacity(records.len());
    let mut out = Vec::new();
    for r in records {
        let mut doc = document(&r.text, iso_date(&r.date));
        pipeline.run(&mut doc);
        doc.events = dossier_events::code_document_using(&doc, finder, lexicon);
        let system: Vec<Coded> = doc.events.iter().filter(|e| !e.negated).map(coded).collect();
        if details {
            out.push(RecordResult {
                id: r.id.clone(),
                text: r.text.clone(),
                gold: r.gold.clone(),
                system: system.clone(),
            });
        }
        pairs.push((r.gold.clone(), system));
    }
    PetrarchReport { scores: petrarch::score(&pairs), details: out }
}

/// Which verb lexicon codes the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbLexicon {
    /// dossier's own, from CAMEO.2.0 (what the pipeline ships).
    Builtin,
    /// The records' own verb dictionary (`PETR.Validate.verbs.txt`), whose
    /// codes the gold follows (partly WEIS-derived, not all CAMEO).
    Records,
}

/// Reads the records and the PETRARCH dictionaries they name
/// (`PETR.Validate.actors.txt`, `PETR.Validate.agents.txt` and, for
/// [`VerbLexicon::Records`], `PETR.Validate.verbs.txt` in `dictionaries`).
pub fn petrarch_from_files(
    records: &std::path::Path,
    dictionaries: &std::path::Path,
    verbs: VerbLexicon,
    details: bool,
) -> Result<PetrarchReport, EventsEvalError> {
    let recs = petrarch::read_records(records)?;
    let read = |name: &str| {
        let p = dictionaries.join(name);
        std::fs::read(&p)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|source| EventsEvalError::Io { path: p.display().to_string(), source })
    };
    let finder = DictionaryActors::parse(&read("PETR.Validate.actors.txt")?, &read("PETR.Validate.agents.txt")?);
    let lexicon = match verbs {
        VerbLexicon::Builtin => None,
        VerbLexicon::Records => Some(Lexicon::with_petrarch_verbs(&read("PETR.Validate.verbs.txt")?)),
    };
    Ok(run_petrarch(&recs, &finder, lexicon.as_ref().unwrap_or_else(|| dossier_events::lexicon::lexicon()), details))
}

/// One gold event of dossier's own set.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: String,
    #[serde(default)]
    pub reported: bool,
    /// The words that express it (not scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldText {
    pub id: String,
    pub published: Option<String>,
    pub text: String,
    pub events: Vec<GoldEvent>,
}

/// Reads `gold.jsonl`.
pub fn read_gold(path: &std::path::Path) -> Result<Vec<GoldText>, EventsEvalError> {
    let p = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| EventsEvalError::Io { path: p.clone(), source })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldText = serde_json::from_str(line).map_err(|e| EventsEvalError::Gold {
            path: p.clone(),
            line: i + 1,
            message: e.to_string(),
        })?;
        out.push(g);
    }
    Ok(out)
}

/// A system event as the gold scorer sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SystemEvent {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: String,
    pub trigger: String,
    pub attribution: Option<String>,
    /// Whether the author states it without a hedge ("apparently bombed"
    /// is not asserted, though no one else reports it).
    pub asserted: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoldResult {
    pub id: String,
    pub gold: Vec<GoldEvent>,
    pub system: Vec<SystemEvent>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoldReport {
    pub texts: usize,
    pub gold_events: usize,
    pub system_events: usize,
    /// Matched on root and on the source and target countries gold gives.
    pub root: Prf,
    /// Matched on the full code and the countries.
    pub code: Prf,
    /// Matched on the countries of source and target alone.
    pub actors: Prf,
    /// Of root matches, the share whose full actor codes (country and role)
    /// are those gold gives.
    pub actor_pair_accuracy: f64,
    /// System events matching a gold event that is only reported, without
    /// an attribution: must be 0.
    pub reported_as_asserted: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<GoldResult>,
}

fn country(code: &Option<String>) -> Option<&str> {
    code.as_deref().and_then(|c| c.get(..3))
}

/// Whether a system actor agrees with a gold actor (a null gold actor
/// accepts any).
fn same_country(gold: &Option<String>, system: &Option<String>) -> bool {
    match country(gold) {
        None => true,
        Some(g) => country(system) == Some(g),
    }
}

fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// Greedy one-to-one matching of one text's events under `eq`.
fn matches(
    gold: &[GoldEvent],
    system: &[SystemEvent],
    eq: &dyn Fn(&GoldEvent, &SystemEvent) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; gold.len()];
    let mut out = Vec::new();
    for (si, s) in system.iter().enumerate() {
        if let Some(gi) = (0..gold.len()).find(|&gi| !used[gi] && eq(&gold[gi], s)) {
            used[gi] = true;
            out.push((gi, si));
        }
    }
    out
}

/// Codes every gold text through `pipeline` (the default one) and scores.
pub fn run_gold(texts: &[GoldText], pipeline: &Pipeline, details: bool) -> GoldReport {
    let systems: Vec<Vec<SystemEvent>> = texts.iter().map(|t| code_text(t, pipeline)).collect();
    score(texts, &systems, details)
}

/// Codes every gold text with the rules and the given learned proposer
/// (`None`: the rules alone, as the pipeline does), and scores.
pub fn run_gold_proposing(texts: &[GoldText], proposer: Option<&Proposer>, details: bool) -> GoldReport {
    let before = stages_before_events();
    let systems: Vec<Vec<SystemEvent>> = texts
        .iter()
        .map(|t| {
            let mut doc = document(&t.text, t.published.clone());
            before.run(&mut doc);
            doc.events = dossier_events::code_document_proposing(&doc, proposer);
            as_scored(&doc)
        })
        .collect();
    score(texts, &systems, details)
}

/// Trains the learned proposer on gold files (in the order given; the
/// shipped model is trained on the developed sets, see BENCHMARKS.md).
pub fn train_proposer(
    paths: &[std::path::PathBuf],
    epochs: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Proposer, EventsEvalError> {
    let before = stages_before_events();
    let mut texts = Vec::new();
    for path in paths {
        for t in read_gold(path)? {
            let mut doc = document(&t.text, t.published.clone());
            before.run(&mut doc);
            let actors = dossier_events::rule_actors(&doc);
            let gold = t
                .events
                .iter()
                .map(|g| proposer::GoldEvent {
                    code: g.code.clone(),
                    source: g.source.clone(),
                    target: g.target.clone(),
                    reported: g.reported,
                    trigger: g.trigger.clone(),
                })
                .collect();
            texts.push(proposer::TrainText { doc, actors, gold });
        }
    }
    Ok(proposer::train(&texts, epochs, progress))
}

/// What the pipeline codes in one text, as the scorer sees it.
fn code_text(t: &GoldText, pipeline: &Pipeline) -> Vec<SystemEvent> {
    let mut doc = document(&t.text, t.published.clone());
    pipeline.run(&mut doc);
    as_scored(&doc)
}

/// A coded document's events as the scorer sees them (negated ones left
/// out).
fn as_scored(doc: &Document) -> Vec<SystemEvent> {
    doc.events
        .iter()
        .filter(|e| !e.negated)
        .map(|e| SystemEvent {
            source: e.source_actor.as_ref().map(|x| x.code.clone()),
            target: e.target_actor.as_ref().map(|x| x.code.clone()),
            code: e.code.clone(),
            trigger: e.trigger.slice(&doc.text).to_string(),
            attribution: e.attribution.clone(),
            asserted: e.certainty.level == dossier_model::CertaintyLevel::Asserted,
        })
        .collect()
}

/// An annotator's events as the scorer sees a system's: a reported event
/// is held by someone (its attribution is `reported`) and not asserted.
fn as_system(events: &[GoldEvent]) -> Vec<SystemEvent> {
    events
        .iter()
        .map(|e| SystemEvent {
            source: e.source.clone(),
            target: e.target.clone(),
            code: e.code.clone(),
            trigger: e.trigger.clone().unwrap_or_default(),
            attribution: e.reported.then(|| "reported".to_string()),
            asserted: !e.reported,
        })
        .collect()
}

/// Scores each text's coded events against its gold.
fn score(texts: &[GoldText], systems: &[Vec<SystemEvent>], details: bool) -> GoldReport {
    let (mut g, mut s, mut r, mut c, mut a, mut exact, mut reported) = (0, 0, 0, 0, 0, 0, 0);
    let mut out = Vec::new();
    for (t, system) in texts.iter().zip(systems) {
        let actors_eq = |ge: &GoldEvent, se: &SystemEvent| {
            same_country(&ge.source, &se.source) && same_country(&ge.target, &se.target)
        };
        let root_m = matches(&t.events, system, &|ge, se| root(&ge.code) == root(&se.code) && actors_eq(ge, se));
        let code_m = matches(&t.events, system, &|ge, se| ge.code == se.code && actors_eq(ge, se));
        let actor_m = matches(&t.events, system, &actors_eq);
        for &(gi, si) in &root_m {
            let (ge, se) = (&t.events[gi], &system[si]);
            let full = |gold: &Option<String>, sys: &Option<String>| gold.is_none() || gold == sys;
            if full(&ge.source, &se.source) && full(&ge.target, &se.target) {
                exact += 1;
            }
            if ge.reported && se.attribution.is_none() && se.asserted {
                reported += 1;
            }
        }
        g += t.events.len();
        s += system.len();
        r += root_m.len();
        c += code_m.len();
        a += actor_m.len();
        if details {
            out.push(GoldResult { id: t.id.clone(), gold: t.events.clone(), system: system.clone() });
        }
    }
    GoldReport {
        texts: texts.len(),
        gold_events: g,
        system_events: s,
        root: Prf::from_counts(r, s, g),
        code: Prf::from_counts(c, s, g),
        actors: Prf::from_counts(a, s, g),
        actor_pair_accuracy: if r == 0 { 0.0 } else { exact as f64 / r as f64 },
        reported_as_asserted: reported,
        details: out,
    }
}

/// Two annotators' events for the same texts scored against each other with
/// the gold scorer, and the pipeline against each: how far the annotation
/// itself is reproducible, the ceiling a coder can expect on it.
#[derive(Debug, Clone, Serialize)]
pub struct GoldAgreement {
    /// Texts the second file annotates (all of them in the first).
    pub texts: usize,
    /// The second annotator scored as a system against the first.
    pub second_vs_first: GoldReport,
    /// The first scored against the second (precision and recall swap,
    /// except where a side left `null` accepts any actor).
    pub first_vs_second: GoldReport,
    /// The pipeline against the first annotator, on the same texts.
    pub system_vs_first: GoldReport,
    /// The pipeline against the second annotator.
    pub system_vs_second: GoldReport,
}

/// Scores a second annotation (`second`, read from `path`, which may cover
/// only some of the texts) against the first and the pipeline against both.
/// A text of `second` absent from `first`, or with other words, is an error.
pub fn run_agreement(
    first: &[GoldText],
    second: &[GoldText],
    path: &str,
    pipeline: &Pipeline,
    details: bool,
) -> Result<GoldAgreement, EventsEvalError> {
    let mut a = Vec::new();
    for t in second {
        let problem = |problem| EventsEvalError::Second { path: path.to_string(), id: t.id.clone(), problem };
        let f = first.iter().find(|f| f.id == t.id).ok_or_else(|| problem("is not in the first file"))?;
        if f.text != t.text {
            return Err(problem("has other words than in the first file"));
        }
        a.push(f.clone());
    }
    let coded: Vec<Vec<SystemEvent>> = a.iter().map(|t| code_text(t, pipeline)).collect();
    let firsts: Vec<Vec<SystemEvent>> = a.iter().map(|t| as_system(&t.events)).collect();
    let seconds: Vec<Vec<SystemEvent>> = second.iter().map(|t| as_system(&t.events)).collect();
    Ok(GoldAgreement {
        texts: second.len(),
        second_vs_first: score(&a, &seconds, details),
        first_vs_second: score(second, &firsts, details),
        system_vs_first: score(&a, &coded, details),
        system_vs_second: score(second, &coded, details),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_runner_scores_a_small_file() {
        let dir = std::env::temp_dir().join(format!("dossier-events-gold-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.jsonl");
        std::fs::write(
            &path,
            concat!(
                r#"{"id": "t1", "published": "2025-03-04", "text": "Poland accused Russia on Tuesday of jamming GPS signals over the Baltic Sea.", "events": [{"source": "POL", "target": "RUS", "code": "112", "reported": false}]}"#,
                "\n",
                r#"{"id": "t2", "published": "2025-03-04", "text": "The weather was mild.", "events": []}"#,
                "\n"
            ),
        )
        .unwrap();
        let gold = read_gold(&path).unwrap();
        assert_eq!(gold.len(), 2);
        let report = run_gold(&gold, &dossier_nlp::default_pipeline(), true);
        assert_eq!(report.gold_events, 1);
        assert_eq!(report.root.tp, 1, "{:?}", report.details);
        assert_eq!(report.reported_as_asserted, 0);
        std::fs::remove_dir_all(&dir).ok();
    }

    fn text(id: &str, words: &str, events: &[(&str, &str, &str, bool)]) -> GoldText {
        GoldText {
            id: id.into(),
            published: Some("2025-03-04".into()),
            text: words.into(),
            events: events
                .iter()
                .map(|&(s, t, c, reported)| GoldEvent {
                    source: Some(s.into()),
                    target: Some(t.into()),
                    code: c.into(),
                    reported,
                    trigger: None,
                })
                .collect(),
        }
    }

    #[test]
    fn a_second_annotation_is_scored_against_the_first_and_back() {
        let words = "Poland accused Russia on Tuesday of jamming GPS signals over the Baltic Sea.";
        let other = "Estonia and Latvia held talks in Riga on Monday.";
        let first = vec![
            text("t1", words, &[("POL", "RUS", "112", false), ("RUS", "POL", "171", true)]),
            text("t2", other, &[("EST", "LVA", "046", false), ("LVA", "EST", "046", false)]),
        ];
        // The second annotator covers t1 only, codes the accusation alike
        // and leaves out the reported jamming, and codes it as asserted.
        let second = vec![text("t1", words, &[("POL", "RUS", "112", false)])];
        let pipeline = dossier_nlp::default_pipeline();
        let a = run_agreement(&first, &second, "second.jsonl", &pipeline, false).unwrap();
        assert_eq!(a.texts, 1);
        let r = &a.second_vs_first.root;
        assert_eq!((r.tp, r.fp, r.fn_), (1, 0, 1), "{r:?}");
        let back = &a.first_vs_second.root;
        assert_eq!((back.tp, back.fp, back.fn_), (1, 1, 0), "{back:?}");
        assert_eq!(a.system_vs_first.gold_events, 2, "dossier is scored on t1 only");
        assert_eq!(a.system_vs_first.root.tp, 1, "dossier codes the accusation");
        // A text the first file lacks, or the same id with other words.
        let stray = vec![text("t9", words, &[])];
        let err = run_agreement(&first, &stray, "second.jsonl", &pipeline, false).unwrap_err();
        assert_eq!(err.to_string(), "second.jsonl: text t9 is not in the first file");
        let edited = vec![text("t2", "Estonia and Latvia held talks.", &[])];
        let err = run_agreement(&first, &edited, "second.jsonl", &pipeline, false).unwrap_err();
        assert!(err.to_string().contains("other words"), "{err}");
    }
}
