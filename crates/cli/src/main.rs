//! `dossier`: the command-line front of the dossier libraries.
//!
//! Glue only: flags are parsed here (clap), resolved into the libraries'
//! option types, and results are printed. Exit status: 0 on success, 1 when
//! some input or operation failed (after reporting each failure), 2 for
//! usage errors (bad flags or values), as clap does.

mod batch;
mod brief;
mod evaluate;
mod examples;
mod output;
mod tension;
mod watch;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use dossier_ingest::{ReadOptions, read_path};
use dossier_store::{ClaimFilter, EntityFilter, ListFilter, SqliteStore, Store};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Examples:
  dossier demo                          ingest the bundled example articles and print a brief
  dossier extract article.txt           print what dossier finds in one article (JSON)
  dossier extract --format text page.html --url https://example.com/a
  dossier ingest ~/clippings/           store every article under a folder in ./dossier.db
  dossier ingest https://example.com/feed.xml   fetch a feed's articles (also pages, .warc.gz archives)
  dossier watch https://example.com/feed.xml --every 15m
  dossier search \"missile fragments\"    full-text search with snippets
  dossier claims --by minister          who claimed what, with the chain of sources
  dossier show 3fa2                     one stored document, by id or id prefix

The store is an SQLite file (./dossier.db unless --db says otherwise).";

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "An intelligence desk for news: who claims what, on what evidence, reported by whom, when, and how sure.",
    long_about = "dossier turns news articles into an auditable evidence base: entities, dates, quotes and reported \
                  speech with their chains of sources, certainty, events and evidence, each pointing back to the \
                  exact span of text it came from.",
    after_help = AFTER_HELP
)]
struct Cli {
    /// Log progress details to stderr (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DbArg {
    /// The SQLite store to use; created if missing.
    #[arg(long, value_name = "PATH", default_value = "dossier.db")]
    db: PathBuf,
}

#[derive(Args, Clone)]
struct ReadArgs {
    /// Publication date to anchor relative dates, when the article gives none (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", value_parser = parse_published)]
    published: Option<String>,
    /// The URL the article came from (sets its outlet and metadata).
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = dossier_ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

impl ReadArgs {
    fn options(&self) -> ReadOptions {
        ReadOptions {
            url: self.url.clone(),
            published: self.published.clone(),
            published_from: None,
            format: None,
            max_bytes: self.max_bytes,
        }
    }
}

fn parse_every(s: &str) -> Result<std::time::Duration, String> {
    dossier_fetch::parse_every(s)
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    dossier_analysis::parse_day(s).map_err(|e| e.to_string())
}

fn parse_published(s: &str) -> Result<String, String> {
    dossier_ingest::dates::parse_date(s)
        .ok_or_else(|| format!("`{s}` is not a date (use YYYY-MM-DD, e.g. 2025-03-06, or RFC 3339)"))
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExtractFormat {
    /// The extraction JSON (schema dossier/extraction/v1); JSON Lines for several files.
    Json,
    /// The article with its annotations, for reading in a terminal.
    Text,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum TensionFormat {
    Table,
    Json,
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TensionPeriod {
    Day,
    Week,
    Month,
}

impl From<TensionPeriod> for dossier_analysis::Period {
    fn from(p: TensionPeriod) -> dossier_analysis::Period {
        match p {
            TensionPeriod::Day => dossier_analysis::Period::Day,
            TensionPeriod::Week => dossier_analysis::Period::Week,
            TensionPeriod::Month => dossier_analysis::Period::Month,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities, dates, attributions, claims, events and evidence from files and print them.
    Extract {
        /// Files or folders to read (text, Markdown or HTML, optionally gzipped; `-` for standard input).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: ExtractFormat,
    },
    /// Extract and store articles (files, folders searched recursively, or `-`).
    Ingest {
        /// Files, folders (searched recursively for .txt, .md and .html files, also gzipped) or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        read: ReadArgs,
        /// Worker threads for extraction (default: one per core).
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
        /// Allow fetching from private, loopback and link-local addresses (intranets, tests).
        #[arg(long)]
        allow_private: bool,
    },
    /// Poll feeds and store each new item's page; stops on Ctrl-C.
    Watch {
        /// RSS, Atom or JSON Feed URLs.
        #[arg(required = true, value_name = "URL")]
        urls: Vec<String>,
        #[command(flatten)]
        db: DbArg,
        /// How often to poll each feed (e.g. 90s, 15m, 1h); failures back off from this.
        #[arg(long, default_value = "15m", value_parser = parse_every)]
        every: std::time::Duration,
        /// Poll each feed once and exit.
        #[arg(long)]
        once: bool,
        /// Allow fetching from private, loopback and link-local addresses (intranets, tests).
        #[arg(long)]
        allow_private: bool,
    },
    /// List stored documents, newest first.
    List {
        #[command(flatten)]
        db: DbArg,
        /// Only documents of this outlet (id, name or domain; substring match).
        #[arg(long)]
        outlet: Option<String>,
        /// Published on or after this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_published)]
        from: Option<String>,
        /// Published on or before this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_published)]
        to: Option<String>,
        /// Only documents mentioning an entity whose name contains this.
        #[arg(long)]
        entity: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long, default_value_t = 0)]
        offset: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Show one stored document with its annotations.
    Show {
        /// Document id or a unique prefix of it (as `dossier list` prints).
        id: String,
        #[command(flatten)]
        db: DbArg,
        #[arg(long, value_enum, default_value = "text")]
        format: ExtractFormat,
    },
    /// Full-text search over stored documents, ranked, with snippets.
    Search {
        /// Words to find (all must match); "quoted phrases" match as phrases.
        query: String,
        #[command(flatten)]
        db: DbArg,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Entities across stored documents, by how many documents mention them.
    Entities {
        #[command(flatten)]
        db: DbArg,
        /// Only this type (PERSON, ORG, GPE, LOC, EQUIPMENT, EVENT, MISC).
        #[arg(long = "type")]
        ty: Option<String>,
        /// Only names containing this.
        #[arg(long)]
        name: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Claims across stored documents, with who holds them, the chain of sources and certainty.
    Claims {
        #[command(flatten)]
        db: DbArg,
        /// Only claims held by a source whose name contains this.
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// Only claims about an entity whose name contains this.
        #[arg(long, value_name = "NAME")]
        about: Option<String>,
        /// Only this certainty level (asserted, almost_certain, likely, possible, ...).
        #[arg(long)]
        certainty: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Events between actors across stored documents, with codes, certainty and the chain that reports them.
    Events {
        #[command(flatten)]
        db: DbArg,
        /// Only events with this actor on either side (name, actor code such as RUSMIL, or country code).
        #[arg(long, value_name = "ACTOR")]
        actor: Option<String>,
        /// … and this actor on the other side.
        #[arg(long, value_name = "ACTOR", requires = "actor")]
        with: Option<String>,
        /// Only this two-digit CAMEO root (e.g. 19 for fighting).
        #[arg(long)]
        root: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Tension between two actors per period: cooperation and conflict, facts apart from claims, incidents counted once.
    Tension {
        /// First actor: a name ("Russia", "NATO"), an actor code (RUSMIL) or a country code (RUS).
        a: String,
        /// Second actor.
        b: String,
        #[command(flatten)]
        db: DbArg,
        /// Only events on or after this day (YYYY-MM-DD).
        #[arg(long, value_parser = parse_day)]
        from: Option<chrono::NaiveDate>,
        /// Only events on or before this day (YYYY-MM-DD).
        #[arg(long, value_parser = parse_day)]
        to: Option<chrono::NaiveDate>,
        /// Period length.
        #[arg(long, value_enum, default_value = "month")]
        by: TensionPeriod,
        #[arg(long, value_enum, default_value = "table")]
        format: TensionFormat,
    },
    /// Outlets in the store, with every domain each has used and their reliability grade.
    Outlets {
        #[command(flatten)]
        db: DbArg,
    },
    /// Show or edit one outlet in the registry (reliability grade, type, country, domains).
    Outlet {
        #[command(subcommand)]
        what: OutletCommand,
    },
    /// Ingest the bundled example articles into a fresh store and print a brief.
    Demo {
        /// Where to create the demo store (replaced if it exists).
        #[arg(long, value_name = "PATH", default_value = "dossier-demo.db")]
        db: PathBuf,
        /// Then serve the web UI over the demo store.
        #[arg(long)]
        serve: bool,
        /// Address for --serve.
        #[arg(long, value_name = "ADDR", default_value = dossier_server::DEFAULT_BIND)]
        bind: std::net::SocketAddr,
    },
    /// Serve the HTTP API (/api/v1) and the web UI over a store.
    Serve {
        #[command(flatten)]
        db: DbArg,
        /// Address to listen on; loopback by default. Bound elsewhere, write endpoints need --token.
        #[arg(long, value_name = "ADDR", default_value = dossier_server::DEFAULT_BIND)]
        bind: std::net::SocketAddr,
        /// Token that write endpoints require (Authorization: Bearer TOKEN).
        #[arg(long, env = "DOSSIER_TOKEN", hide_env_values = true)]
        token: Option<String>,
    },
    /// Measure accuracy on third-party data sets (../shared/data).
    Eval {
        #[command(subcommand)]
        what: evaluate::EvalCommand,
    },
    /// Train a model from third-party data; the shipped models were made this way.
    Train {
        #[command(subcommand)]
        what: evaluate::TrainCommand,
    },
    /// Measure extraction speed.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum OutletKind {
    StateMedia,
    WireAgency,
    PublicBroadcaster,
    Independent,
    PartisanMedia,
    Blog,
    Other,
}

impl OutletKind {
    fn as_str(self) -> &'static str {
        match self {
            OutletKind::StateMedia => "state_media",
            OutletKind::WireAgency => "wire_agency",
            OutletKind::PublicBroadcaster => "public_broadcaster",
            OutletKind::Independent => "independent",
            OutletKind::PartisanMedia => "partisan_media",
            OutletKind::Blog => "blog",
            OutletKind::Other => "other",
        }
    }
}

fn parse_grade(s: &str) -> Result<String, String> {
    let g = s.trim().to_ascii_uppercase();
    if dossier_store::RELIABILITY_GRADES.iter().any(|(grade, _)| *grade == g) {
        Ok(g)
    } else {
        Err(format!(
            "`{s}` is not an Admiralty reliability grade (A completely reliable … E unreliable, F cannot be judged)"
        ))
    }
}

#[derive(Subcommand)]
enum OutletCommand {
    /// Everything the registry knows about an outlet (by id, name or domain).
    Show {
        outlet: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Set an outlet's grade, type, country or name, or add a domain; creates the outlet if it is new.
    Set {
        /// Outlet id, name or one of its domains.
        outlet: String,
        #[command(flatten)]
        db: DbArg,
        /// Admiralty source reliability: A completely reliable, B usually, C fairly, D not usually, E unreliable, F cannot be judged.
        #[arg(long, value_parser = parse_grade)]
        reliability: Option<String>,
        /// Why this grade (kept with it for whoever reads the assessment).
        #[arg(long)]
        rationale: Option<String>,
        #[arg(long, value_enum)]
        kind: Option<OutletKind>,
        /// Country (ISO 3166 code such as PL, or a name).
        #[arg(long)]
        country: Option<String>,
        /// Rename the outlet.
        #[arg(long)]
        name: Option<String>,
        /// Another domain of the same outlet (repeatable).
        #[arg(long = "add-domain", value_name = "DOMAIN")]
        add_domains: Vec<String>,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Run the pipeline over files (after one warm-up pass) and report documents/s, tokens/s, MB/s per core, peak memory and each stage's share of the time.
    Extract {
        /// Files or folders of articles.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Timed passes over all files.
        #[arg(long, default_value_t = 3)]
        iterations: usize,
        /// Run the pipeline with the optional syntax stage (after tokenize).
        #[arg(long)]
        syntax: bool,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
}

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", output::error_chain(&err));
            ExitCode::from(1)
        }
    }
}

/// Rust ignores SIGPIPE, so printing into a closed pipe (`dossier list |
/// head`) would panic; the default action ends the process quietly, as
/// other command-line tools do.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to its default at start-up,
    // before any other thread exists, has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn init_logging(verbose: u8) {
    // Parser libraries warn about messy HTML, which is normal input, not
    // something a user can act on; they speak only at -vv.
    let level = match verbose {
        0 => "warn,html5ever=error,selectors=error",
        1 => "info,html5ever=error,selectors=error",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("DOSSIER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

fn color_stdout() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn open_store(db: &DbArg) -> Result<SqliteStore> {
    Ok(SqliteStore::open(&db.db)?)
}

/// Opens a store that must already exist (read commands do not create one).
fn open_existing(db: &DbArg) -> Result<SqliteStore> {
    if !db.db.exists() {
        bail!("{}: no such store (create one with `dossier ingest PATH --db {}`)", db.db.display(), db.db.display());
    }
    open_store(db)
}

fn run(command: Command) -> Result<ExitCode> {
    match command {
        Command::Extract { files, read, format } => extract(&files, &read, format),
        Command::Ingest { paths, db, read, jobs, allow_private } => {
            let mut store = open_store(&db)?;
            let net = batch::NetOptions { allow_private };
            let report = batch::ingest(&mut store, &paths, &read.options(), jobs, &net)?;
            report.print();
            Ok(if report.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::List { db, outlet, from, to, entity, limit, offset, format } => {
            let store = open_existing(&db)?;
            let from = from.map(|d| d[..10.min(d.len())].to_string());
            let to = to.map(|d| d[..10.min(d.len())].to_string());
            let docs = store.list(&ListFilter { outlet, from, to, entity, limit, offset })?;
            output::documents(&docs, format == ListFormat::Json, store.count()?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { id, db, format } => {
            let store = open_existing(&db)?;
            let Some(stored) = store.get(&id)? else {
                bail!("no document with id `{id}` in {} (see `dossier list`)", db.db.display());
            };
            match format {
                ExtractFormat::Json => println!("{}", dossier_export::to_string_pretty(&stored.doc)),
                ExtractFormat::Text => {
                    print!("{}", dossier_export::render(&stored.doc, dossier_export::Style { color: color_stdout() }));
                    if let Some(source) = &stored.source {
                        println!("source: {source}, ingested {}", stored.ingested_at);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Search { query, db, limit, format } => {
            let store = open_existing(&db)?;
            let hits = store.search(&query, limit)?;
            output::search_hits(&hits, format == ListFormat::Json, color_stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Entities { db, ty, name, limit, format } => {
            let store = open_existing(&db)?;
            let rows = store.entities(&EntityFilter { ty, name, limit })?;
            output::entities(&rows, format == ListFormat::Json);
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims { db, by, about, certainty, limit, format } => {
            if let Some(c) = &certainty
                && dossier_model::CertaintyLevel::parse(c).is_none()
            {
                let levels: Vec<&str> = dossier_model::CertaintyLevel::ALL.iter().map(|l| l.as_str()).collect();
                eprintln!("error: `{c}` is not a certainty level ({})", levels.join(", "));
                return Ok(ExitCode::from(2));
            }
            let store = open_existing(&db)?;
            let rows = store.claims(&ClaimFilter { by, about, certainty, limit })?;
            output::claims(&rows, format == ListFormat::Json);
            Ok(ExitCode::SUCCESS)
        }
        Command::Events { db, actor, with, root, limit, format } => {
            let store = open_existing(&db)?;
            let actor_match = |q: &str| dossier_analysis::resolve_actor(&store, q);
            let filter = dossier_store::EventFilter {
                actor: actor.as_deref().map(actor_match).transpose()?,
                other: with.as_deref().map(actor_match).transpose()?,
                root,
                limit,
            };
            tension::events(&store.events(&filter)?, format == ListFormat::Json);
            Ok(ExitCode::SUCCESS)
        }
        Command::Tension { a, b, db, from, to, by, format } => {
            let store = open_existing(&db)?;
            let query = dossier_analysis::TensionQuery { a, b, from, to, by: by.into() };
            let report = dossier_analysis::tension(&store, &query)?;
            tension::print(&report, format);
            Ok(ExitCode::SUCCESS)
        }
        Command::Outlets { db } => {
            let store = open_existing(&db)?;
            output::outlets(&store.outlets()?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Outlet { what } => outlet(what),
        Command::Watch { urls, db, every, once, allow_private } => {
            let mut store = open_store(&db)?;
            watch::watch(&mut store, &db.db, urls, every, once, allow_private)
        }
        Command::Demo { db, serve: false, .. } => brief::demo(&db),
        Command::Demo { db, serve: true, bind } => {
            brief::demo(&db)?;
            serve(dossier_server::ServeConfig { db, bind, token: None })
        }
        Command::Serve { db, bind, token } => serve(dossier_server::ServeConfig { db: db.db, bind, token }),
        Command::Eval { what } => evaluate::eval(what).map(|()| ExitCode::SUCCESS),
        Command::Train { what } => evaluate::train(what).map(|()| ExitCode::SUCCESS),
        Command::Bench { what: BenchCommand::Extract { paths, iterations, syntax, format } } => {
            bench_extract(&paths, iterations, syntax, format)
        }
    }
}

fn serve(config: dossier_server::ServeConfig) -> Result<ExitCode> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the server runtime")?;
    runtime.block_on(dossier_server::serve(config))?;
    Ok(ExitCode::SUCCESS)
}

fn outlet(command: OutletCommand) -> Result<ExitCode> {
    match command {
        OutletCommand::Show { outlet, db } => {
            let store = open_existing(&db)?;
            let Some(record) = store.outlet_record(&outlet)? else {
                bail!("no outlet `{outlet}` in {} (see `dossier outlets`)", db.db.display());
            };
            output::outlet_record(&record);
        }
        OutletCommand::Set { outlet, db, reliability, rationale, kind, country, name, add_domains } => {
            let mut store = open_store(&db)?;
            let (id, is_new) = match store.outlet_record(&outlet)? {
                Some(r) => (r.outlet.id, false),
                None => {
                    eprintln!("note: `{outlet}` is a new outlet");
                    (dossier_model::outlet_id_for_name(&outlet), true)
                }
            };
            // A new outlet is named as given; an existing one keeps its
            // name unless --name says otherwise.
            let name = name.or_else(|| (is_new && !outlet.contains('.')).then(|| outlet.clone()));
            let update = dossier_store::OutletUpdate {
                name,
                country,
                kind: kind.map(|k| k.as_str().to_string()),
                reliability,
                rationale,
                add_domains: add_domains
                    .iter()
                    .map(|d| dossier_ingest::outlet::registrable_domain(&d.to_ascii_lowercase()))
                    .collect(),
            };
            store.update_outlet(&id, &update)?;
            if let Some(record) = store.outlet_record(&id)? {
                output::outlet_record(&record);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn extract(files: &[PathBuf], read: &ReadArgs, format: ExtractFormat) -> Result<ExitCode> {
    let pipeline = dossier_nlp::default_pipeline();
    let opts = read.options();
    let (files, errors) = dossier_ingest::collect_inputs(files);
    for e in &errors {
        eprintln!("error: {e}");
    }
    let mut failed = errors.len();
    let several = files.len() > 1;
    for (i, file) in files.iter().enumerate() {
        let mut doc = match read_path(file, &opts) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("error: {e}");
                failed += 1;
                continue;
            }
        };
        pipeline.run(&mut doc);
        match format {
            ExtractFormat::Json if several => println!("{}", dossier_export::to_string(&doc)),
            ExtractFormat::Json => println!("{}", dossier_export::to_string_pretty(&doc)),
            ExtractFormat::Text => {
                if i > 0 {
                    println!("\n{}\n", "─".repeat(60));
                }
                print!("{}", dossier_export::render(&doc, dossier_export::Style { color: color_stdout() }));
            }
        }
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn bench_extract(paths: &[PathBuf], iterations: usize, syntax: bool, format: ListFormat) -> Result<ExitCode> {
    let (files, errors) = dossier_ingest::collect_inputs(paths);
    for e in &errors {
        eprintln!("error: {e}");
    }
    let opts = ReadOptions::default();
    let mut docs = Vec::new();
    for f in &files {
        match read_path(f, &opts) {
            Ok(d) => docs.push(d),
            Err(e) => eprintln!("skipping {e}"),
        }
    }
    if docs.is_empty() {
        bail!("no readable articles among the given paths");
    }
    let pipeline = if syntax { dossier_nlp::pipeline_with_syntax() } else { dossier_nlp::default_pipeline() };
    let report = dossier_eval::bench::bench_extract(&pipeline, &docs, iterations);
    if format == ListFormat::Json {
        println!("{}", serde_json::to_string_pretty(&report).context("serialising the report")?);
    } else {
        output::bench(&report);
    }
    Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
