//! `dossier eval …` and `dossier train …`: thin fronts over the scorers
//! and trainers that live beside the code they measure (dossier-ner,
//! dossier-timex, dossier-html). Text output for people, `--format json`
//! with the fields BENCHMARKS.md and CI read.

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Named-entity recognition: P/R/F1 overall and per type, tokens/s. CoNLL files score the recogniser alone (conlleval); GUM, MEANTIME and re3d run the whole entity stage on their raw text.
    Ner {
        /// A CoNLL-2003-format file (e.g. ../shared/data/conll2003/eng.test.txt).
        #[arg(long, value_name = "FILE", required_unless_present_any = ["gum", "meantime", "re3d"])]
        conll: Option<PathBuf>,
        /// GUM news documents (../shared/data/gum); types mapped as crates/nlp/README-entities.md says.
        #[arg(long, value_name = "DIR")]
        gum: Option<PathBuf>,
        /// MEANTIME English corpus directory.
        #[arg(long, value_name = "DIR")]
        meantime: Option<PathBuf>,
        /// DSTL re3d directory (../shared/data/ner-extra/re3d).
        #[arg(long, value_name = "DIR")]
        re3d: Option<PathBuf>,
        /// With --re3d: score only weapons and platforms as EQUIPMENT.
        #[arg(long)]
        equipment_only: bool,
        /// Count overlapping spans of the same type as matches (besides the default exact spans).
        #[arg(long)]
        overlap: bool,
        /// A model file to evaluate instead of the shipped one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Temporal expressions on TimeML: TempEval-3 strict/relaxed span F1, type accuracy, value F1.
    Timex {
        /// Gold TimeML directory (e.g. ../shared/data/tempeval3/te3-platinum).
        #[arg(long, value_name = "DIR", required_unless_present = "meantime")]
        timeml: Option<PathBuf>,
        /// What the system receives (raw text + creation time); default: DIR-input if it exists, else DIR.
        #[arg(long, value_name = "DIR")]
        input: Option<PathBuf>,
        /// A MEANTIME corpus directory instead of TimeML.
        #[arg(long, value_name = "DIR", conflicts_with = "timeml")]
        meantime: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Main-content extraction from HTML: word 4-gram shingle P/R/F1 (Zyte benchmark) or snippet P/R/F1 (trafilatura set).
    Extraction {
        /// The article-extraction benchmark directory (ground-truth.json + html/).
        #[arg(long, value_name = "DIR", required_unless_present = "trafilatura")]
        zyte: Option<PathBuf>,
        /// The trafilatura evaluation directory (evaldata.json + html/).
        #[arg(long, value_name = "DIR", conflicts_with = "zyte")]
        trafilatura: Option<PathBuf>,
        /// Worker threads (1 reports single-core pages/s).
        #[arg(long, default_value_t = 1)]
        threads: usize,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Attribution on PolNeAR: source, cue, content and whole-attribution P/R/F1, exact, overlap and proportional.
    Attribution {
        /// The PolNeAR directory (../shared/data/polnear).
        #[arg(long, value_name = "DIR")]
        polnear: PathBuf,
        /// Which split to score.
        #[arg(long, default_value = "test")]
        split: String,
        /// What to score: what the pipeline ships (rules plus tagger), or either alone.
        #[arg(long, value_enum, default_value = "combined")]
        system: AttributionSystem,
        /// A model file to evaluate instead of the shipped one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        /// Score PolNeAR's annotators against each other on the split's articles that several annotated, with the system beside them on the same articles (`--split all`: train, dev and test together).
        #[arg(long)]
        agreement: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// CAMEO event coding: root-code, full-code and actor-pair P/R/F1 on the PETRARCH2 validation records (their own actor dictionary) and/or dossier's own gold sentences.
    Events {
        /// The PETRARCH2 records (../shared/data/petrarch-cameo/petrarch2/text/PETR.UnitTest.records.xml).
        #[arg(long, value_name = "FILE", required_unless_present = "gold")]
        petrarch: Option<PathBuf>,
        /// Folder with PETR.Validate.actors.txt and PETR.Validate.agents.txt; default: ../dictionaries beside the records.
        #[arg(long, value_name = "DIR")]
        dictionaries: Option<PathBuf>,
        /// Verb lexicon for the records: `builtin` (dossier's, CAMEO.2.0) or `records` (PETR.Validate.verbs.txt, whose codes the records' gold follows).
        #[arg(long, value_enum, default_value = "records")]
        verbs: EventVerbs,
        /// dossier's gold sentences (crates/eval/data/events/gold.jsonl).
        #[arg(long, value_name = "FILE")]
        gold: Option<PathBuf>,
        /// A second annotator's file for the same texts (or some of them): scores the two annotations against each other with the gold scorer, and dossier against each, on the texts the second file covers.
        #[arg(long, value_name = "FILE", requires = "gold", conflicts_with = "petrarch")]
        second: Option<PathBuf>,
        /// Include every record's gold and system codings in the report.
        #[arg(long)]
        details: bool,
        /// Code the gold sentences with the rules plus this learned event proposer (the shipped one is crates/events/models/proposer.bin; `dossier train events` writes others); without it, the rules alone, as the pipeline does.
        #[arg(long, value_name = "FILE", requires = "gold", conflicts_with = "second")]
        proposer: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Part-of-speech tagging and dependency parsing on GUM: POS accuracy, UAS and LAS (all words, the headline, and punctuation excluded), words/s on one thread.
    Syntax {
        /// The GUM folder (../shared/data/gum, holding the CoNLL-U archive and splits.md), the archive, or a folder of .conllu files with splits.md beside it.
        #[arg(long, value_name = "PATH")]
        gum: PathBuf,
        /// Which split to score.
        #[arg(long, value_enum, default_value = "dev")]
        split: GumSplit,
        /// Score only the genres whose texts are under a free licence (those the shipped model is trained on).
        #[arg(long)]
        free_genres: bool,
        /// A model file to evaluate instead of the shipped one.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Near-duplicate grouping on a test set built from the example articles (perturbed copies + distinct same-topic articles).
    Dedup {
        /// Folder of original articles to perturb.
        #[arg(long, value_name = "DIR", default_value = "examples")]
        examples: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum GumSplit {
    Train,
    Dev,
    Test,
}

impl GumSplit {
    fn as_str(self) -> &'static str {
        match self {
            GumSplit::Train => "train",
            GumSplit::Dev => "dev",
            GumSplit::Test => "test",
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum EventVerbs {
    Builtin,
    Records,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum AttributionSystem {
    Combined,
    Rules,
    Model,
}

#[derive(Subcommand)]
pub enum TrainCommand {
    /// Train the named-entity recogniser (averaged perceptron, BILOU) on CoNLL-2003; deterministic.
    Ner(TrainNer),
    /// Train the attribution tagger (stacked averaged perceptrons) on PolNeAR; deterministic.
    Attribution {
        /// The PolNeAR directory (../shared/data/polnear).
        #[arg(long, value_name = "DIR")]
        polnear: PathBuf,
        /// Splits to train on, comma-separated (the shipped model: train,dev).
        #[arg(long, default_value = "train,dev")]
        splits: String,
        /// Leave out the articles several annotators annotated, so that `eval attribution --agreement --model FILE` scores the model on articles it has not seen.
        #[arg(long)]
        hold_out_agreement: bool,
        /// Where to write the model.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Train the learned event proposer (three averaged perceptrons; opt-in, used by `eval events --proposer`) on event gold files, in the order given; deterministic (the shipped crates/events/models/proposer.bin is trained on the developed gold sets: see BENCHMARKS.md).
    Events {
        /// Gold files in dossier's event format (crates/eval/data/events/*.jsonl).
        #[arg(long, value_name = "FILE", num_args = 1.., required = true)]
        gold: Vec<PathBuf>,
        /// Training passes.
        #[arg(long, default_value_t = dossier_eval::events::PROPOSER_EPOCHS)]
        epochs: usize,
        /// Where to write the model.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Train the part-of-speech tagger and dependency parser on GUM's training split, free-licence genres only; deterministic (the shipped crates/syntax/models/gum.bin).
    Syntax {
        /// The GUM folder (../shared/data/gum), the archive, or a folder of .conllu files with splits.md beside it.
        #[arg(long, value_name = "PATH")]
        gum: PathBuf,
        /// Word-cluster file compiled into the model (the recogniser's clusters).
        #[arg(long, value_name = "FILE", default_value = "crates/ner/data/clusters.txt")]
        clusters: PathBuf,
        /// Where to write the model.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// Segmentation and tokenization only: what the attribution tagger is
/// trained on (it adds its own features from the rules).
fn light_pipeline() -> dossier_nlp::Pipeline {
    dossier_nlp::Pipeline::new(vec![
        Box::new(dossier_nlp::segment::Segmenter),
        Box::new(dossier_nlp::tokenize::Tokenizer),
    ])
    .expect("segmenter then tokenizer is a valid pipeline")
}

#[derive(Args)]
pub struct TrainNer {
    /// Training data in CoNLL format.
    #[arg(long, value_name = "FILE")]
    train: PathBuf,
    /// Development data (chooses the epoch counts; the model is then refit on train + dev).
    #[arg(long, value_name = "FILE")]
    dev: PathBuf,
    /// Where to write the model.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Gazetteer directory compiled into the model.
    #[arg(long, value_name = "DIR", default_value = "crates/ner/data/gazetteers")]
    gazetteers: PathBuf,
    /// Word-cluster file compiled into the model.
    #[arg(long, value_name = "FILE", default_value = "crates/ner/data/clusters.txt")]
    clusters: PathBuf,
    /// Keep the model trained on train only (no refit on train + dev).
    #[arg(long)]
    no_refit: bool,
}

fn print_report<T: Serialize>(format: ReportFormat, report: &T, text: impl FnOnce(&T) -> String) -> Result<()> {
    match format {
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(report).context("serialising the report")?),
        ReportFormat::Text => print!("{}", text(report)),
    }
    Ok(())
}

fn must_exist(path: &Path, what: &str) -> Result<()> {
    if !path.exists() {
        bail!("{}: no such {what}", path.display());
    }
    Ok(())
}

pub fn eval(command: EvalCommand) -> Result<()> {
    match command {
        EvalCommand::Ner { conll: None, gum, meantime, re3d, equipment_only, overlap, format, .. } => {
            use dossier_nlp::entities::eval as corpus;
            let how = if overlap { corpus::Match::Overlap } else { corpus::Match::Exact };
            let report = match (gum, meantime, re3d) {
                (Some(dir), _, _) => {
                    must_exist(&dir, "directory")?;
                    corpus::eval_gum(&dir, how)?
                }
                (_, Some(dir), _) => {
                    must_exist(&dir, "directory")?;
                    corpus::eval_meantime(&dir, how)?
                }
                (_, _, Some(dir)) => {
                    must_exist(&dir, "directory")?;
                    if equipment_only { corpus::eval_re3d_equipment(&dir, how)? } else { corpus::eval_re3d(&dir, how)? }
                }
                (None, None, None) => bail!("give --conll FILE, --gum DIR, --meantime DIR or --re3d DIR"),
            };
            print_report(format, &report, |r| r.to_text())
        }
        EvalCommand::Ner { conll: Some(conll), model, format, .. } => {
            must_exist(&conll, "file")?;
            let owned;
            let model = match model {
                Some(p) => {
                    owned = dossier_ner::Model::load(&p)?;
                    &owned
                }
                None => dossier_ner::Model::embedded(),
            };
            let report = dossier_ner::eval_file(model, &conll)?;
            print_report(format, &report, |r| r.to_text())
        }
        EvalCommand::Timex { timeml, input, meantime, format } => {
            let report = match (timeml, meantime) {
                (_, Some(dir)) => {
                    must_exist(&dir, "directory")?;
                    dossier_timex::eval::eval_cat_dir(&dir)?
                }
                (Some(gold), None) => {
                    must_exist(&gold, "directory")?;
                    let input = input.unwrap_or_else(|| {
                        let sibling = PathBuf::from(format!("{}-input", gold.display()));
                        if sibling.is_dir() { sibling } else { gold.clone() }
                    });
                    dossier_timex::eval::eval_dirs(&gold, &input)?
                }
                (None, None) => bail!("give --timeml DIR or --meantime DIR"),
            };
            print_report(format, &report, |r| {
                format!(
                    "gold {} system {}\nstrict   P {:.3} R {:.3} F1 {:.3}\nrelaxed  P {:.3} R {:.3} F1 {:.3}\n\
                     type accuracy {:.3}   value accuracy {:.3}   value F1 {:.3}\nspeed {:.1} MB/s\n",
                    r.gold,
                    r.system,
                    r.strict_precision,
                    r.strict_recall,
                    r.strict_f1,
                    r.relaxed_precision,
                    r.relaxed_recall,
                    r.relaxed_f1,
                    r.type_accuracy,
                    r.value_accuracy,
                    r.value_f1,
                    r.mb_per_second
                )
            })
        }
        EvalCommand::Extraction { zyte, trafilatura, threads, format } => {
            let opts = dossier_html::eval::EvalOptions { threads, per_page: false };
            let line = |bench: &str, pages: usize, p: f64, r: f64, f1: f64, pps: f64| {
                format!("{bench}: {pages} pages\nprecision {p:.3}  recall {r:.3}  F1 {f1:.3}\n{pps:.1} pages/s\n")
            };
            match (zyte, trafilatura) {
                (Some(dir), _) => {
                    must_exist(&dir, "directory")?;
                    let report = dossier_html::eval::zyte::run(&dir, &opts)?;
                    print_report(format, &report, |r| {
                        line(r.benchmark, r.pages, r.precision, r.recall, r.f1, r.pages_per_second)
                    })
                }
                (None, Some(dir)) => {
                    must_exist(&dir, "directory")?;
                    let report = dossier_html::eval::trafilatura::run(&dir, &opts)?;
                    print_report(format, &report, |r| {
                        line(r.benchmark, r.pages, r.precision, r.recall, r.f1, r.pages_per_second)
                    })
                }
                (None, None) => bail!("give --zyte DIR or --trafilatura DIR"),
            }
        }
        EvalCommand::Attribution { polnear, split, system, model, agreement, format } => {
            use dossier_attribution::{eval, model::Model, polnear as pn, train::prepare};
            must_exist(&polnear, "directory")?;
            let model = match model {
                Some(p) => {
                    let bytes = std::fs::read(&p).with_context(|| format!("{}: cannot read", p.display()))?;
                    Some(Model::from_bytes(&bytes)?)
                }
                None => None,
            };
            let system = match system {
                AttributionSystem::Combined => eval::System::Combined,
                AttributionSystem::Rules => eval::System::Rules,
                AttributionSystem::Model => eval::System::Model,
            };
            let full = dossier_nlp::default_pipeline();
            let run = |d: &mut dossier_model::Document| full.run(d);
            if agreement {
                let splits: Vec<&str> =
                    if split == "all" { vec!["train", "dev", "test"] } else { vec![split.as_str()] };
                let mut docs = Vec::new();
                for s in splits {
                    for a in pn::load_multiply_annotated(&polnear, s)? {
                        let article = pn::Article { name: a.name, text: a.text, gold: Vec::new() };
                        docs.push((prepare(&article, &run), a.annotations.into_iter().map(|(_, g)| g).collect()));
                    }
                }
                if docs.is_empty() {
                    bail!("{}: no article of split {split} has more than one annotation", polnear.display());
                }
                let report = eval::agreement(&mut docs, system, model.as_ref());
                return print_report(format, &report, |r| r.table());
            }
            let articles = pn::load_split(&polnear, &split, None)?;
            let mut docs: Vec<_> = articles.iter().map(|a| (prepare(a, &run), a.gold.clone())).collect();
            let report = eval::evaluate(&mut docs, system, model.as_ref());
            print_report(format, &report, |r| r.table())
        }
        EvalCommand::Events { gold: Some(gold), second: Some(second), details, format, .. } => {
            must_exist(&gold, "file")?;
            must_exist(&second, "file")?;
            use dossier_eval::events as ev;
            let first = ev::read_gold(&gold)?;
            let other = ev::read_gold(&second)?;
            let report = ev::run_agreement(
                &first,
                &other,
                &second.display().to_string(),
                &dossier_nlp::default_pipeline(),
                details,
            )?;
            print_report(format, &report, |r| {
                [
                    ("second annotator against the first", &r.second_vs_first),
                    ("first annotator against the second", &r.first_vs_second),
                    ("dossier against the first annotator", &r.system_vs_first),
                    ("dossier against the second annotator", &r.system_vs_second),
                ]
                .iter()
                .map(|(title, g)| gold_lines(title, g))
                .collect::<String>()
            })
        }
        EvalCommand::Events { petrarch, dictionaries, verbs, gold, details, proposer, format, .. } => {
            let verbs = match verbs {
                EventVerbs::Builtin => dossier_eval::events::VerbLexicon::Builtin,
                EventVerbs::Records => dossier_eval::events::VerbLexicon::Records,
            };
            let proposer = match proposer {
                Some(path) => {
                    must_exist(&path, "file")?;
                    Some(dossier_eval::events::Proposer::load(&path)?)
                }
                None => None,
            };
            eval_events(
                petrarch.as_deref(),
                dictionaries.as_deref(),
                verbs,
                gold.as_deref(),
                proposer.as_ref(),
                details,
                format,
            )
        }
        EvalCommand::Syntax { gum, split, free_genres, model, format } => {
            must_exist(&gum, "file or directory")?;
            let owned;
            let model = match model {
                Some(p) => {
                    owned = dossier_syntax::Model::load(&p)?;
                    &owned
                }
                None => dossier_syntax::Model::embedded().context("the embedded syntax model is damaged")?,
            };
            let data = dossier_syntax::conllu::Gum::read(&gum)?;
            let sentences = data.sentences(split.as_str(), free_genres);
            if sentences.is_empty() {
                bail!("{}: no sentences in split {}", gum.display(), split.as_str());
            }
            let report = dossier_syntax::eval::evaluate(model, &sentences);
            print_report(format, &report, |r| r.to_text())
        }
        EvalCommand::Dedup { examples, format } => {
            must_exist(&examples, "directory")?;
            let mut originals = Vec::new();
            let mut paths: Vec<PathBuf> = std::fs::read_dir(&examples)
                .with_context(|| format!("{}: cannot list", examples.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
                originals.push((p.file_stem().unwrap_or_default().to_string_lossy().into_owned(), text));
            }
            if originals.is_empty() {
                bail!("{}: no .txt articles to build the test set from", examples.display());
            }
            let report = dossier_eval::dedup::evaluate(&dossier_eval::dedup::test_set(&originals))?;
            print_report(format, &report, |r| {
                let mut s = format!(
                    "{} documents, {} stories\npairs: {} true, {} grouped, {} correct\nprecision {:.3}  recall {:.3}  F1 {:.3}\n",
                    r.documents,
                    r.stories,
                    r.true_pairs,
                    r.predicted_pairs,
                    r.correct_pairs,
                    r.precision,
                    r.recall,
                    r.f1
                );
                for (a, b) in &r.false_joins {
                    s.push_str(&format!("wrongly joined: {a} + {b}\n"));
                }
                for m in &r.missed {
                    s.push_str(&format!("missed: {m}\n"));
                }
                s
            })
        }
    }
}

#[derive(Serialize)]
struct EventsReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    petrarch: Option<dossier_eval::events::PetrarchReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gold: Option<dossier_eval::events::GoldReport>,
}

fn prf_line(name: &str, p: &dossier_eval::events::Prf) -> String {
    format!(
        "  {name:<8} P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})\n",
        p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
    )
}

/// One gold report as text: counts, P/R/F1 lines and, with `--details`,
/// each text's codings.
fn gold_lines(title: &str, g: &dossier_eval::events::GoldReport) -> String {
    let mut s = format!("{title}: {} texts, {} gold events, {} coded\n", g.texts, g.gold_events, g.system_events);
    s.push_str(&prf_line("root", &g.root));
    s.push_str(&prf_line("code", &g.code));
    s.push_str(&prf_line("actors", &g.actors));
    s.push_str(&format!("  actor-pair accuracy (root matches) {:.3}\n", g.actor_pair_accuracy));
    s.push_str(&format!("  reported acts coded as asserted: {}\n", g.reported_as_asserted));
    for r in &g.details {
        s.push_str(&format!("{}\n  gold   {:?}\n  system {:?}\n", r.id, r.gold, r.system));
    }
    s
}

fn eval_events(
    petrarch: Option<&Path>,
    dictionaries: Option<&Path>,
    verbs: dossier_eval::events::VerbLexicon,
    gold: Option<&Path>,
    proposer: Option<&dossier_eval::events::Proposer>,
    details: bool,
    format: ReportFormat,
) -> Result<()> {
    let mut report = EventsReport { petrarch: None, gold: None };
    if let Some(records) = petrarch {
        must_exist(records, "file")?;
        let dicts = match dictionaries {
            Some(d) => d.to_path_buf(),
            None => records.parent().unwrap_or(Path::new(".")).join("../dictionaries"),
        };
        must_exist(&dicts, "directory")?;
        report.petrarch = Some(dossier_eval::events::petrarch_from_files(records, &dicts, verbs, details)?);
    }
    if let Some(path) = gold {
        must_exist(path, "file")?;
        let texts = dossier_eval::events::read_gold(path)?;
        report.gold = Some(match proposer {
            None => dossier_eval::events::run_gold(&texts, &dossier_nlp::default_pipeline(), details),
            Some(p) => dossier_eval::events::run_gold_proposing(&texts, Some(p), details),
        });
    }
    // a single set prints its figures at the top level (`root`, `code`, `actors`)
    if format == ReportFormat::Json {
        let value = match (&report.petrarch, &report.gold) {
            (Some(p), None) => serde_json::to_string_pretty(p)?,
            (None, Some(g)) => serde_json::to_string_pretty(g)?,
            _ => serde_json::to_string_pretty(&report)?,
        };
        println!("{value}");
        return Ok(());
    }
    let mut s = String::new();
    if let Some(p) = &report.petrarch {
        let sc = &p.scores;
        s.push_str(&format!(
            "PETRARCH2 validation records: {} records, {} coded ({:.1}% coverage)\nall records:\n",
            sc.records,
            sc.coded_records,
            100.0 * sc.coverage
        ));
        s.push_str(&prf_line("root", &sc.root));
        s.push_str(&prf_line("code", &sc.code));
        s.push_str(&prf_line("actors", &sc.actors));
        s.push_str(&format!("  actor-pair accuracy (root matches) {:.3}\n", sc.actor_pair_accuracy));
        s.push_str(&format!("records dossier coded ({}):\n", sc.coded.records));
        s.push_str(&prf_line("root", &sc.coded.root));
        s.push_str(&prf_line("code", &sc.coded.code));
        s.push_str(&prf_line("actors", &sc.coded.actors));
        s.push_str(&format!("  actor-pair accuracy (root matches) {:.3}\n", sc.coded.actor_pair_accuracy));
        for r in &p.details {
            s.push_str(&format!("{}: {}\n  gold   {:?}\n  system {:?}\n", r.id, r.text, r.gold, r.system));
        }
    }
    if let Some(g) = &report.gold {
        s.push_str(&gold_lines("dossier gold sentences", g));
    }
    print!("{s}");
    Ok(())
}

pub fn train(command: TrainCommand) -> Result<()> {
    match command {
        TrainCommand::Events { gold, epochs, out } => {
            for g in &gold {
                must_exist(g, "file")?;
            }
            let start = std::time::Instant::now();
            let model = dossier_eval::events::train_proposer(&gold, epochs, &mut |epoch, examples| {
                eprintln!("epoch {epoch}: {examples} candidate triggers")
            })?;
            model.save(&out)?;
            let (weights, stems, codes) = model.sizes();
            let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
            eprintln!(
                "wrote {} ({bytes} bytes: {weights} weights, {stems} trigger stems, {codes} codes) in {:.1} s",
                out.display(),
                start.elapsed().as_secs_f64()
            );
            Ok(())
        }
        TrainCommand::Syntax { gum, clusters, out } => {
            must_exist(&gum, "file or directory")?;
            let clusters = if clusters.is_file() {
                dossier_syntax::read_clusters(&clusters)?
            } else {
                eprintln!("note: {} not found; training without word clusters", clusters.display());
                dossier_syntax::ClusterTable::default()
            };
            let data = dossier_syntax::conllu::Gum::read(&gum)?;
            let sentences = data.sentences("train", true);
            if sentences.is_empty() {
                bail!("{}: no training sentences in the free-licence genres", gum.display());
            }
            let start = std::time::Instant::now();
            let opts = dossier_syntax::TrainOptions::default();
            let model = dossier_syntax::train(&sentences, &clusters, &opts, &mut |l| eprintln!("{l}"));
            model.save(&out)?;
            let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
            eprintln!("wrote {} ({bytes} bytes) in {:.1} s", out.display(), start.elapsed().as_secs_f64());
            Ok(())
        }
        TrainCommand::Attribution { polnear, splits, hold_out_agreement, out } => {
            use dossier_attribution::{polnear as pn, train};
            must_exist(&polnear, "directory")?;
            let light = light_pipeline();
            let mut docs = Vec::new();
            for split in splits.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let held: Vec<String> = if hold_out_agreement {
                    pn::load_multiply_annotated(&polnear, split)?.into_iter().map(|a| a.name).collect()
                } else {
                    Vec::new()
                };
                for a in pn::load_split(&polnear, split, None)?.into_iter().filter(|a| !held.contains(&a.name)) {
                    docs.push((train::prepare(&a, &|d: &mut dossier_model::Document| light.run(d)), a.gold.clone()));
                }
            }
            eprintln!("training on {} articles", docs.len());
            let start = std::time::Instant::now();
            let model = train::train(&docs, train::TrainOptions::default(), &mut |stage, epoch, acc| {
                eprintln!("{stage} tagger, epoch {epoch}: token accuracy {acc:.4}")
            });
            let bytes = model.to_bytes();
            std::fs::write(&out, &bytes).with_context(|| format!("{}: cannot write", out.display()))?;
            eprintln!("wrote {} ({} bytes) in {:.1} s", out.display(), bytes.len(), start.elapsed().as_secs_f64());
            Ok(())
        }
        TrainCommand::Ner(t) => {
            must_exist(&t.train, "file")?;
            must_exist(&t.dev, "file")?;
            let mut opts = dossier_ner::TrainOptions { verbose: true, ..Default::default() };
            if t.gazetteers.is_dir() {
                opts.gazetteer = dossier_ner::Gazetteer::read_dir(&t.gazetteers)?;
            } else {
                eprintln!("note: {} not found; training without gazetteers", t.gazetteers.display());
            }
            if t.clusters.is_file() {
                opts.clusters = dossier_ner::Clusters::read(&t.clusters)?;
            } else {
                eprintln!("note: {} not found; training without word clusters", t.clusters.display());
            }
            opts.features.gazetteer = !opts.gazetteer.is_empty();
            opts.features.clusters = !opts.clusters.is_empty();
            opts.refit_on_dev = !t.no_refit;
            let (model, report) = dossier_ner::train_from_files(&t.train, &t.dev, &opts)?;
            model.save(&t.out)?;
            eprintln!(
                "saved {} ({} bytes, {} features); best epoch {}; {:.1} s",
                t.out.display(),
                report.model_bytes,
                report.num_features,
                report.best_epoch,
                report.seconds
            );
            Ok(())
        }
    }
}
